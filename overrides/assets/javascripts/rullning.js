/* Wide tables and code examples scroll sideways on small screens. A scrolling box must
   be reachable with the keyboard (WCAG 2.1.1), so it gets a tab stop, and a table box
   a name. Material wraps the tables itself after the page has loaded, so this waits
   for its document$ signal. */
(function () {
  "use strict";
  var engelska = document.documentElement.lang === "en";
  function markera() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (ruta) {
      if (!ruta.hasAttribute("tabindex")) ruta.setAttribute("tabindex", "0");
      ruta.setAttribute("role", "region");
      ruta.setAttribute("aria-label", engelska ? "Table" : "Tabell");
    });
    document.querySelectorAll(".md-typeset pre > code").forEach(function (kod) {
      if (!kod.hasAttribute("tabindex")) kod.setAttribute("tabindex", "0");
    });
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(markera);
  } else {
    markera();
  }
})();
