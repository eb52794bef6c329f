/* Startar bildspelet: tangentbord (pilar, mellanslag), talarvyn med S, helskärm med F.
   Allt finns på webbplatsen; inget hämtas från någon annan. */
(function () {
  "use strict";
  if (typeof Reveal === "undefined") return;
  Reveal.initialize({
    hash: true, history: false, center: false, transition: "none", backgroundTransition: "none",
    width: 1280, height: 720, margin: 0.06, slideNumber: "c/t", controls: true, progress: true,
    // controlsTutorial off: reveal.js would bounce the "next" arrow for 100 s, and
    // movement that lasts over 5 s without a way to stop it fails WCAG 2.2.2.
    keyboard: true, controlsTutorial: false, plugins: typeof RevealNotes !== "undefined" ? [RevealNotes] : []
  }).then(function () {
    // reveal.js names its buttons in English; the page is Swedish.
    var namn = { "navigate-left": "Föregående bild", "navigate-right": "Nästa bild",
                 "navigate-up": "Bilden ovanför", "navigate-down": "Bilden nedanför" };
    Object.keys(namn).forEach(function (klass) {
      document.querySelectorAll(".reveal .controls ." + klass).forEach(function (knapp) {
        knapp.setAttribute("aria-label", namn[klass]);
      });
    });
    document.body.dataset.klar = "ja";
  });
})();
