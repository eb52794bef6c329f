/* Wide tables scroll sideways on small screens. A scrolling box must be reachable with
   the keyboard (WCAG 2.1.1), so it gets a tab stop and a name. */
(function () {
  "use strict";
  document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (ruta) {
    if (!ruta.hasAttribute("tabindex")) ruta.setAttribute("tabindex", "0");
    ruta.setAttribute("role", "region");
    ruta.setAttribute("aria-label", document.documentElement.lang === "en" ? "Table" : "Tabell");
  });
})();
