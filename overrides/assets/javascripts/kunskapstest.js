/* Kunskapstestet: rättar i webbläsaren. Inget skickas någonstans. Den som klarar testet
   får ett intyg att skriva ut; resultatet och namnet sparas bara i den egna webbläsaren. */
(function () {
  "use strict";
  var BOKSTAV = "ABCDEFGH";
  var MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                 "september", "oktober", "november", "december"];
  // Shared with other parts of the site: kb-test:<page source without .md> holds
  // {godkand, ratt, av, datum, kurs, titel}; kb-intyg-namn holds the name as typed.
  var NAMN = "kb-intyg-namn";

  // Every call to the storage may throw (turned off, private mode, full): then the
  // certificate still works for this visit, it is just not remembered.
  function las(nyckel) {
    try { return window.localStorage.getItem(nyckel); } catch (e) { return null; }
  }
  function spara(nyckel, varde) {
    try { window.localStorage.setItem(nyckel, varde); return true; } catch (e) { return false; }
  }
  function lasResultat(nyckel) {
    try { return JSON.parse(las(nyckel)); } catch (e) { return null; }
  }

  function idag() {
    var d = new Date();
    return d.getFullYear() + "-" + ("0" + (d.getMonth() + 1)).slice(-2) + "-" + ("0" + d.getDate()).slice(-2);
  }
  // "2026-12-07" -> "7 december 2026"; a fixed list, so the text never depends on the
  // browser's language.
  function svensktDatum(iso) {
    var delar = String(iso).split("-");
    return +delar[2] + " " + MANADER[+delar[1] - 1] + " " + delar[0];
  }

  function element(tagg, klass, text) {
    var e = document.createElement(tagg);
    if (klass) e.className = klass;
    if (text) e.textContent = text;
    return e;
  }

  // The certificate section after the form. It is built once, hidden, so its status
  // element is already on the page when a message is put in it.
  function byggIntyg(form) {
    var d = form.dataset;
    var del = element("section", "kb-intyg-del");
    del.hidden = true;
    del.setAttribute("aria-labelledby", "kb-intyg-rubrik");
    var rubrik = element("h2", "", "Ditt intyg");
    rubrik.id = "kb-intyg-rubrik";
    rubrik.tabIndex = -1;
    var klarade = element("p", "kb-intyg-del__klarade");
    var hjalp = element("p", "", "Skriv ditt namn. Det sparas bara i den här webbläsaren och skickas inte någonstans.");
    var etikett = element("label", "kb-intyg-del__etikett", "Ditt namn");
    etikett.htmlFor = "kb-intyg-namn";
    var falt = element("input", "kb-intyg-del__namn");
    falt.type = "text";
    falt.id = "kb-intyg-namn";
    falt.autocomplete = "name";
    var knapp = element("button", "md-button md-button--primary", "Skriv ut intyget");
    knapp.type = "button";
    var status = element("p", "kb-intyg-del__status");
    status.setAttribute("role", "status");

    var intyg = element("article", "kb-intyg");
    intyg.setAttribute("aria-labelledby", "kb-intyg-titel");
    var logga = element("img", "kb-intyg__logga");
    logga.src = d.logga;
    logga.alt = d.forbund;
    var titel = element("h3", "kb-intyg__titel", "Intyg");
    titel.id = "kb-intyg-titel";
    var namn = element("p", "kb-intyg__namn");
    var resultat = element("p", "kb-intyg__resultat");
    var datum = element("p", "kb-intyg__datum");
    intyg.append(logga, titel, namn,
      element("p", "", "har klarat kunskapstestet" + (d.kurs ? " om " + d.kurs : "") + "."),
      resultat, datum, element("p", "", "Testet finns på webbplatsen från " + d.forbund + "."),
      element("p", "kb-intyg__not", "Intyget visar att deltagaren har klarat ett självtest. Ett självtest " +
        "är ett test som deltagaren gör på egen hand på webbplatsen. Ingen utbildare har rättat testet. " +
        "Intyget är inte ett betyg."));

    del.append(rubrik, klarade, hjalp, etikett, falt, knapp, status, intyg);
    form.insertAdjacentElement("afterend", del);

    function visaNamn() {
      var text = falt.value.trim();
      // Without a name the line stays empty on paper, to write the name by hand.
      namn.textContent = text || "Inget namn ifyllt";
      namn.classList.toggle("kb-intyg__namn--tom", !text);
    }
    falt.value = las(NAMN) || "";
    visaNamn();
    falt.addEventListener("input", function () {
      visaNamn();
      spara(NAMN, falt.value);
    });
    knapp.addEventListener("click", function () {
      // Only the certificate goes on paper (see the print rules in kunskapsbank.css).
      document.body.classList.add("kb-skriver-intyg");
      window.print();
    });
    window.addEventListener("afterprint", function () {
      document.body.classList.remove("kb-skriver-intyg");
    });

    return function visa(r, kanSparas) {
      klarade.textContent = "Du klarade testet den " + svensktDatum(r.datum) + ".";
      resultat.textContent = "Resultat: " + r.ratt + " rätt av " + r.av + " frågor.";
      datum.textContent = "Datum: " + svensktDatum(r.datum);
      del.hidden = false;
      status.textContent = kanSparas ? "" : "Webbläsaren kan inte spara något. Den kommer inte ihåg att du " +
        "klarade testet. Skriv ut intyget nu om du vill ha det.";
      return rubrik;
    };
  }

  // The best result is kept: a fail never replaces a pass; a new pass replaces the old.
  function sparaResultat(form, ratt, av) {
    var nyckel = "kb-test:" + form.dataset.test;
    var nytt = { godkand: ratt >= parseInt(form.dataset.godkant, 10), ratt: ratt, av: av, datum: idag(),
                 kurs: form.dataset.kurs, titel: form.dataset.titel };
    var forut = lasResultat(nyckel);
    if (forut && forut.godkand && !nytt.godkand) return { resultat: forut, sparat: true };
    return { resultat: nytt, sparat: spara(nyckel, JSON.stringify(nytt)) };
  }

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
    return ratt;
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
    // The whole-site print page (#print-site-page) shows the tests as text, without certificates.
    var visaIntyg = form.dataset.test && !form.closest("#print-site-page") ? byggIntyg(form) : null;
    // The pass shown: the stored one, or this visit's when the browser cannot store it.
    var klarat = visaIntyg && lasResultat("kb-test:" + form.dataset.test);
    if (klarat && klarat.godkand && klarat.datum) visaIntyg(klarat, true);
    else klarat = null;
    form.addEventListener("submit", function (handelse) {
      handelse.preventDefault();
      var ratt = ratta(form);
      if (!visaIntyg) return;
      var utfall = sparaResultat(form, ratt, form.querySelectorAll(".kb-fraga").length);
      if (utfall.resultat.godkand) klarat = utfall.resultat;
      if (!klarat) return;
      var rubrik = visaIntyg(klarat, utfall.sparat);
      // A new pass: the reader goes on to the certificate (the result is said by its status).
      if (ratt >= parseInt(form.dataset.godkant, 10)) rubrik.focus();
    });
    form.addEventListener("reset", function () {
      window.setTimeout(function () { borjaOm(form); }, 0);
    });
  });
})();
