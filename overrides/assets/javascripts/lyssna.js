/* "Lyssna": läser sidan högt med webbläsarens egen talsyntes. Ingen text skickas till
   någon tjänst. Knappen visas när webbläsaren har en röst på sidans språk; har den
   röster men ingen på sidans språk, säger sidan det och hur man får en. */
(function () {
  "use strict";
  var tal = window.speechSynthesis;
  var innehall = document.querySelector(".kb-sidinnehall");
  if (!tal || !innehall || typeof window.SpeechSynthesisUtterance === "undefined") return;
  var sprak = (innehall.getAttribute("lang") || document.documentElement.lang || "sv").slice(0, 2);
  var LASBART = "h1, h2, h3, h4, p, li, dt, dd, td, th, legend, summary, .admonition-title";

  function rost() {
    var roster = tal.getVoices() || [];
    return roster.find(function (r) { return (r.lang || "").toLowerCase().indexOf(sprak) === 0; });
  }

  function textbitar() {
    var artikel = innehall.querySelector("article") || innehall;
    var bitar = [];
    // The answer box under a question (svar.js) is not read: its label repeats the
    // question, and its text is the reader's own.
    var utom = ".kb-lyssna, .headerlink, [hidden], pre, code, .kb-svar, .kb-svar__hjalp";
    artikel.querySelectorAll(LASBART).forEach(function (el) {
      if (el.closest(utom)) return;
      var inre = Array.prototype.some.call(el.querySelectorAll(LASBART), function (i) { return !i.closest(utom); });
      if (inre) return;                                // read the innermost block only
      if (!el.offsetParent && el.tagName !== "SUMMARY") return;   // not shown
      var kopia = el.cloneNode(true);
      kopia.querySelectorAll(".kb-svar").forEach(function (ruta) { ruta.remove(); });
      var text = kopia.textContent.replace(/¶/g, "").replace(/\s+/g, " ").trim();
      if (text) bitar.push(text);
    });
    return bitar;
  }

  function bygg(valdRost) {
    var ruta = document.createElement("div");
    ruta.className = "kb-lyssna";
    ruta.setAttribute("role", "group");
    ruta.setAttribute("aria-label", "Lyssna på sidan");
    ruta.innerHTML =
      '<button type="button" class="md-button kb-lyssna__spela">Lyssna</button>' +
      '<button type="button" class="md-button kb-lyssna__paus" aria-pressed="false" disabled>Pausa</button>' +
      '<button type="button" class="md-button kb-lyssna__stopp" disabled>Stoppa</button>';
    var spela = ruta.querySelector(".kb-lyssna__spela");
    var paus = ruta.querySelector(".kb-lyssna__paus");
    var stopp = ruta.querySelector(".kb-lyssna__stopp");

    function lage(spelar) {
      paus.disabled = !spelar;
      stopp.disabled = !spelar;
      if (!spelar) paus.setAttribute("aria-pressed", "false");
    }
    spela.addEventListener("click", function () {
      tal.cancel();
      var bitar = textbitar();
      bitar.forEach(function (text, i) {
        var yttrande = new SpeechSynthesisUtterance(text);
        yttrande.voice = valdRost;
        yttrande.lang = valdRost.lang;
        if (i === bitar.length - 1) yttrande.onend = function () { lage(false); };
        tal.speak(yttrande);
      });
      lage(true);
    });
    paus.addEventListener("click", function () {
      var pausad = paus.getAttribute("aria-pressed") === "true";
      if (pausad) tal.resume(); else tal.pause();
      paus.setAttribute("aria-pressed", pausad ? "false" : "true");
    });
    stopp.addEventListener("click", function () {
      tal.cancel();
      lage(false);
      spela.focus();
    });
    window.addEventListener("pagehide", function () { tal.cancel(); });

    var rubrik = innehall.querySelector("h1");
    if (rubrik) rubrik.insertAdjacentElement("afterend", ruta);
  }

  // The browser has voices, but none in the page's language: say so, instead of a
  // button that silently is not there.
  var SAKNAS = {
    sv: "Lyssna: webbläsaren har ingen röst på svenska, så den kan inte läsa sidan högt. " +
        "Lägg till svenska under tal i datorns eller mobilens inställningar, eller använd " +
        "ditt eget program för talsyntes.",
    en: "Listen: your browser has no English voice, so it cannot read this page aloud. Add " +
        "English under speech in your computer's or phone's settings, or use your own " +
        "text-to-speech program."
  };
  function sagUtanRost() {
    if (document.querySelector(".kb-lyssna")) return;
    var notis = document.createElement("p");
    notis.className = "kb-lyssna kb-lyssna--saknas";
    notis.textContent = SAKNAS[sprak] || SAKNAS.sv;
    var rubrik = innehall.querySelector("h1");
    if (rubrik) rubrik.insertAdjacentElement("afterend", notis);
  }

  function forsok() {
    var valdRost = rost();
    var notis = document.querySelector(".kb-lyssna--saknas");
    if (valdRost && notis) notis.remove();
    if (valdRost && !document.querySelector(".kb-lyssna")) bygg(valdRost);
    else if (!valdRost && (tal.getVoices() || []).length) sagUtanRost();
    return !!valdRost;
  }
  if (!forsok() && "onvoiceschanged" in tal) {
    tal.addEventListener("voiceschanged", forsok);
  }
})();
