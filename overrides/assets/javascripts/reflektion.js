/* Reflektionsfrågorna: svaren sparas bara i din egen webbläsare (localStorage).
   Inget skickas någonstans. Du kan skriva ut dem eller ladda ner dem som en textfil. */
(function () {
  "use strict";
  // Each answer is kept under its question's own id (data-svar, from the page's front
  // matter), so it stays with its question when questions are added or moved.
  var PREFIX = "kb-reflektion-svar:" + location.pathname + ":";
  // Before the ids, answers were kept by the question's position. Such an answer may
  // belong to another question by now, so it is never put in a box; it is kept, named
  // as an answer from an older version of the page, and goes into the downloaded file.
  var GAMMALT_PREFIX = "kb-reflektion:" + location.pathname + ":reflektion-";

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

    function nyckel(ruta) { return PREFIX + ruta.dataset.svar; }

    function gamlaSvar() {
      var svar = [];
      if (!minne) return svar;
      for (var i = 0; i < minne.length; i++) {
        var namn = minne.key(i);
        if (namn && namn.indexOf(GAMMALT_PREFIX) === 0 && (minne.getItem(namn) || "").trim()) {
          svar.push({ namn: namn, nr: +namn.slice(GAMMALT_PREFIX.length), text: minne.getItem(namn) });
        }
      }
      return svar.sort(function (a, b) { return a.nr - b.nr; });
    }

    // A question whose id was changed lists its earlier ids (tidigare_id in the page's
    // front matter): an answer saved under one of them moves to the new id.
    function flyttaTidigare(ruta) {
      (ruta.dataset.tidigare || "").split(" ").forEach(function (gammalt) {
        var gammalNyckel = PREFIX + gammalt, text = gammalt && minne.getItem(gammalNyckel);
        if (!text) return;
        var nu = minne.getItem(nyckel(ruta)) || "";
        // Both ids have an answer: keep both, the older one last, so nothing is lost.
        if (nu.indexOf(text) < 0) minne.setItem(nyckel(ruta), nu.trim() ? nu + "\n\n" + text : text);
        minne.removeItem(gammalNyckel);
      });
    }

    falt.forEach(function (ruta) {
      if (minne && ruta.dataset.svar) {
        try { flyttaTidigare(ruta); } catch (e) { /* storage full: the old answer stays where it is */ }
      }
      if (minne && ruta.dataset.svar) ruta.value = minne.getItem(nyckel(ruta)) || "";
      passa(ruta);
      ruta.addEventListener("input", function () {
        if (minne && ruta.dataset.svar) minne.setItem(nyckel(ruta), ruta.value);
        passa(ruta);
      });
    });
    window.addEventListener("beforeprint", function () { falt.forEach(passa); });
    if (!minne) {
      status.textContent = "Din webbläsare kan inte spara svaren. Ladda ner dem innan du stänger sidan.";
    } else if (gamlaSvar().length) {
      status.textContent = "Du har svar från en äldre version av sidan. De visas inte vid frågorna, " +
        "eftersom frågorna kan ha ändrats. Du får dem när du laddar ner svaren.";
    }

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
        var gamla = gamlaSvar();
        if (gamla.length) {
          rader.push("Svar från en äldre version av sidan. Frågorna kan ha ändrats sedan dess.", "");
          gamla.forEach(function (svar) {
            rader.push("Fråga " + svar.nr + " i den äldre versionen", svar.text.trim(), "");
          });
        }
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
          if (minne && ruta.dataset.svar) minne.removeItem(nyckel(ruta));
        });
        gamlaSvar().forEach(function (svar) { minne.removeItem(svar.namn); });
        status.textContent = "Alla svar är borttagna.";
      }
    });
  });
})();
