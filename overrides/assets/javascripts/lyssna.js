/* "Lyssna": läser sidan högt med webbläsarens egen talsyntes. Ingen text skickas till
   någon tjänst. Knappen visas bara när webbläsaren har en röst på sidans språk. */
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
    artikel.querySelectorAll(LASBART).forEach(function (el) {
      if (el.closest(".kb-lyssna, .headerlink, [hidden], pre, code")) return;
      if (el.querySelector(LASBART)) return;          // read the innermost block only
      if (!el.offsetParent && el.tagName !== "SUMMARY") return;   // not shown
      var text = el.textContent.replace(/¶/g, "").replace(/\s+/g, " ").trim();
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

  function forsok() {
    var valdRost = rost();
    if (valdRost && !document.querySelector(".kb-lyssna")) bygg(valdRost);
    return !!valdRost;
  }
  if (!forsok() && "onvoiceschanged" in tal) {
    tal.addEventListener("voiceschanged", forsok);
  }
})();
