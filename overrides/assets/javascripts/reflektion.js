/* Reflektionsfrågorna: svaren sparas bara i din egen webbläsare (localStorage).
   Inget skickas någonstans. Du kan skriva ut dem eller ladda ner dem som en textfil. */
(function () {
  "use strict";
  var PREFIX = "kb-reflektion:" + location.pathname + ":";

  function lagring() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  document.querySelectorAll("form.kb-reflektion").forEach(function (form) {
    var minne = lagring();
    var status = form.querySelector(".kb-reflektion__status");
    var falt = Array.prototype.slice.call(form.querySelectorAll("textarea"));

    // A box grows with its answer, so a long answer is neither hidden behind a scroll
    // bar on screen nor cut off on paper.
    function passa(ruta) {
      ruta.style.height = "auto";
      ruta.style.height = ruta.scrollHeight + 2 + "px";
    }

    falt.forEach(function (ruta) {
      if (minne) ruta.value = minne.getItem(PREFIX + ruta.id) || "";
      passa(ruta);
      ruta.addEventListener("input", function () {
        if (minne) minne.setItem(PREFIX + ruta.id, ruta.value);
        passa(ruta);
      });
    });
    window.addEventListener("beforeprint", function () { falt.forEach(passa); });
    if (!minne) status.textContent = "Din webbläsare kan inte spara svaren. Ladda ner dem innan du stänger sidan.";

    form.addEventListener("click", function (handelse) {
      var knapp = handelse.target.closest("button[data-atgard]");
      if (!knapp) return;
      var atgard = knapp.dataset.atgard;
      if (atgard === "ladda-ner") {
        var rader = [document.title, ""];
        falt.forEach(function (ruta) {
          var etikett = ruta.closest("label").querySelector(".kb-reflektion__text").textContent.trim();
          rader.push(etikett, ruta.value.trim() || "(inget svar)", "");
        });
        var fil = new Blob([rader.join("\n")], { type: "text/plain;charset=utf-8" });
        var lank = document.createElement("a");
        lank.href = URL.createObjectURL(fil);
        lank.download = "reflektionsfragor.txt";
        document.body.appendChild(lank);
        lank.click();
        lank.remove();
        status.textContent = "Svaren är nedladdade som reflektionsfragor.txt.";
      } else if (atgard === "skriv-ut") {
        window.print();
      } else if (atgard === "tom") {
        if (!window.confirm("Vill du ta bort alla dina svar?")) return;
        falt.forEach(function (ruta) {
          ruta.value = "";
          if (minne) minne.removeItem(PREFIX + ruta.id);
        });
        status.textContent = "Alla svar är borttagna.";
      }
    });
  });
})();
