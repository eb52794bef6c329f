/* Sammanställningen som bildspel: bilderna byggs av svaren som sidan Sammanställ svaren
   lade i webbläsarens minne (localStorage). Inget hämtas eller skickas. */
(function () {
  "use strict";
  var bilder = document.querySelector(".reveal .slides");
  var data = null;
  try { data = JSON.parse(window.localStorage.getItem("kb-sammanstallning-bildspel")); } catch (e) { data = null; }

  function bild(rubrik, niva, rader, not) {
    var sektion = document.createElement("section");
    var h = document.createElement(niva);
    h.textContent = rubrik;
    sektion.appendChild(h);
    if (rader && rader.length) {
      var lista = document.createElement("ul");
      rader.forEach(function (text) {
        var li = document.createElement("li");
        li.textContent = text;
        lista.appendChild(li);
      });
      sektion.appendChild(lista);
    }
    if (not) {
      var p = document.createElement("p");
      p.textContent = not;
      sektion.appendChild(p);
    }
    bilder.appendChild(sektion);
  }

  if (!data || !Array.isArray(data.fragor) || !data.fragor.length) {
    bild("Inga svar att visa", "h1", [], "Öppna sidan Sammanställ svaren, välj filerna och tryck på Visa som bildspel.");
    return;
  }
  bild(data.titel || "Svaren från gruppen", "h1", [], data.urval || "");
  // Six answers to a slide, as on every deck (kunskapsbank.bildspel.kalla.MAX_PUNKTER).
  data.fragor.forEach(function (fraga) {
    for (var i = 0; i < fraga.svar.length; i += 6) {
      bild(fraga.fraga + (i ? " (fortsättning)" : ""), "h2", fraga.svar.slice(i, i + 6));
    }
  });
})();
