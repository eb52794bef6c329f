/* Kunskapstestet: rättar i webbläsaren. Inget skickas någonstans. */
(function () {
  "use strict";
  var BOKSTAV = "ABCDEFGH";

  function ratta(form) {
    var fragor = Array.prototype.slice.call(form.querySelectorAll(".kb-fraga"));
    var ratt = 0;
    fragor.forEach(function (fraga) {
      var valt = fraga.querySelector("input:checked");
      var korrekt = !!valt && valt.value === fraga.dataset.ratt;
      var aterkoppling = fraga.querySelector(".kb-aterkoppling");
      var svar = aterkoppling.querySelector(".kb-aterkoppling__svar");
      if (korrekt) ratt += 1;
      fraga.classList.toggle("kb-fraga--ratt", korrekt);
      fraga.classList.toggle("kb-fraga--fel", !korrekt);
      aterkoppling.classList.toggle("kb-aterkoppling--fel", !korrekt);
      svar.textContent = korrekt
        ? "Rätt svar (" + BOKSTAV[valt.value - 1] + ")."
        : (valt ? "Inte rätt." : "Du svarade inte på frågan.");
      aterkoppling.hidden = false;
    });
    var godkant = parseInt(form.dataset.godkant, 10);
    var resultat = form.querySelector(".kb-resultat");
    resultat.textContent = "Du fick " + ratt + " rätt av " + fragor.length + ". " +
      (ratt >= godkant
        ? "Du är godkänd. Bra jobbat!"
        : "Du behöver " + godkant + " rätt för att bli godkänd. Läs kapitlen vid frågorna som inte blev rätt och försök igen.");
    resultat.classList.toggle("kb-resultat--godkand", ratt >= godkant);
    resultat.classList.toggle("kb-resultat--underkand", ratt < godkant);
    resultat.setAttribute("tabindex", "-1");
    resultat.focus();
  }

  function borjaOm(form) {
    form.querySelectorAll(".kb-fraga").forEach(function (fraga) {
      fraga.classList.remove("kb-fraga--ratt", "kb-fraga--fel");
      fraga.querySelector(".kb-aterkoppling").hidden = true;
    });
    var resultat = form.querySelector(".kb-resultat");
    resultat.textContent = "";
    resultat.classList.remove("kb-resultat--godkand", "kb-resultat--underkand");
    var forsta = form.querySelector("input");
    if (forsta) forsta.focus();
  }

  document.querySelectorAll("form.kb-test").forEach(function (form) {
    form.classList.add("kb-test--aktiv");
    form.addEventListener("submit", function (handelse) {
      handelse.preventDefault();
      ratta(form);
    });
    form.addEventListener("reset", function () {
      window.setTimeout(function () { borjaOm(form); }, 0);
    });
  });
})();
