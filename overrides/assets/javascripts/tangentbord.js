/* Material opens the menu and the search on phones with <label> elements, which the
   keyboard cannot reach. They get a tab stop, a button role, a name and Enter/Space. */
(function () {
  "use strict";
  var engelska = document.documentElement.lang === "en";
  var NAMN = { __drawer: engelska ? "Menu" : "Meny", __search: engelska ? "Search" : "Sök" };
  document.querySelectorAll("label.md-header__button[for]").forEach(function (etikett) {
    var kryss = document.getElementById(etikett.getAttribute("for"));
    if (!kryss || !(kryss.id in NAMN)) return;
    etikett.setAttribute("tabindex", "0");
    etikett.setAttribute("role", "button");
    etikett.setAttribute("aria-label", NAMN[kryss.id]);
    var visa = function () { etikett.setAttribute("aria-expanded", kryss.checked ? "true" : "false"); };
    visa();
    kryss.addEventListener("change", visa);
    etikett.addEventListener("keydown", function (handelse) {
      if (handelse.key !== "Enter" && handelse.key !== " ") return;
      if (handelse.key === " ") handelse.preventDefault();   // no page scroll
      // Material already toggles on Enter in some versions; click only if nothing did.
      var fore = kryss.checked;
      window.setTimeout(function () {
        if (kryss.checked === fore) etikett.click();
        visa();
      }, 0);
    });
  });
})();
