/* Deltagarvy och utbildarvy. Utbildarens anteckningar är dolda för deltagare.
   Utbildare visar dem med knappen, eller med ?vy=utbildare i adressen. Valet sparas
   i webbläsaren. */
(function () {
  "use strict";
  var NYCKEL = "kb-vy";
  var rot = document.documentElement;
  // Marked by the build (kunskapsbank.synlighet): whatever only trainers may see.
  var anteckningar = document.querySelectorAll(".kb-utbildare");

  function spara(varde) {
    try { window.localStorage.setItem(NYCKEL, varde); } catch (e) { /* no storage */ }
  }
  function sparad() {
    try { return window.localStorage.getItem(NYCKEL); } catch (e) { return null; }
  }

  var fraga = new URLSearchParams(location.search).get("vy");
  if (fraga === "utbildare" || fraga === "deltagare") spara(fraga);
  rot.classList.toggle("kb-utbildarvy", sparad() === "utbildare");

  if (!anteckningar.length) return;
  var knapp = document.createElement("button");
  knapp.type = "button";
  knapp.className = "md-button kb-vyknapp";
  function uppdatera() {
    // The button says what it will do; its name changes, so it is no toggle (aria-pressed).
    var pa = rot.classList.contains("kb-utbildarvy");
    knapp.textContent = (pa ? "Dölj" : "Visa") + " utbildarens anteckningar";
  }
  knapp.addEventListener("click", function () {
    var pa = !rot.classList.contains("kb-utbildarvy");
    rot.classList.toggle("kb-utbildarvy", pa);
    spara(pa ? "utbildare" : "deltagare");
    uppdatera();
    // The notes may stand far down the page: bring the first one into view, so the
    // reader sees that something happened.
    if (pa) anteckningar[0].scrollIntoView({ block: "center" });
  });
  uppdatera();
  var rubrik = document.querySelector(".md-content .md-typeset h1");
  if (rubrik) rubrik.insertAdjacentElement("afterend", knapp);
  else document.querySelector(".md-content .md-typeset").prepend(knapp);
})();
