/* Självskattningen före och efter kursen: svaren sparas bara i din egen webbläsare
   (localStorage). Inget skickas någonstans. Resultatet ritas som ett spindeldiagram med
   en tabell bredvid. */
(function () {
  "use strict";
  var behallare = document.querySelectorAll(".kb-sjalvskattning");
  // Every page loads this file (extra_javascript); only the self-check page has the form.
  if (!behallare.length) return;

  // Shared with other parts of the site: the keys and the value's shape must not change.
  var NYCKEL = { fore: "kb-sjalvskattning:fore", efter: "kb-sjalvskattning:efter" };
  var NAMN = { fore: "Före kursen", efter: "Efter kursen" };
  var UTSEENDE = { fore: "streckad linje med fyrkanter", efter: "heldragen linje med rundlar" };
  var MATNINGAR = ["fore", "efter"];
  var SVG = "http://www.w3.org/2000/svg";
  var STORST = 5;

  function lagring() {
    // Reading localStorage itself throws where the reader has turned storage off.
    try { return window.localStorage; } catch (e) { return null; }
  }

  function idag() {
    var d = new Date();
    var tva = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + tva(d.getMonth() + 1) + "-" + tva(d.getDate());
  }

  // One decimal with a Swedish decimal comma; a difference gets its sign (− is the minus sign).
  function tal(varde) { return (Math.round(varde * 10) / 10).toFixed(1).replace(".", ","); }
  function skillnad(varde) {
    var avrundat = Math.round(varde * 10) / 10;
    if (avrundat === 0) return "0,0";
    return (avrundat > 0 ? "+" : "−") + Math.abs(avrundat).toFixed(1).replace(".", ",");
  }

  function skapa(namn, attribut, foralder) {
    var element = document.createElementNS(SVG, namn);
    Object.keys(attribut).forEach(function (a) { element.setAttribute(a, attribut[a]); });
    if (foralder) foralder.appendChild(element);
    return element;
  }

  behallare.forEach(function (ruta) {
    var form = ruta.querySelector("form.kb-sjalvskattning__formular");
    var status = ruta.querySelector(".kb-sjalvskattning__status");
    var visning = ruta.querySelector(".kb-sjalvskattning__visning");
    var tomt = ruta.querySelector(".kb-sjalvskattning__tomt");
    var spindel = ruta.querySelector(".kb-spindel");
    var forklaring = ruta.querySelector(".kb-spindel__forklaring");
    var tabell = ruta.querySelector(".kb-sjalvskattning__tabellram table");
    if (!form || !visning) return;
    var minne = lagring();

    // The themes and their statements, as the page's front matter lists them.
    var teman = Array.prototype.map.call(ruta.querySelectorAll(".kb-sjalvskattning__tema"), function (sektion) {
      return {
        id: sektion.dataset.tema,
        namn: sektion.dataset.namn,
        pastaenden: Array.prototype.map.call(sektion.querySelectorAll("[data-pastaende]"),
                                             function (f) { return f.dataset.pastaende; })
      };
    });

    // A statement whose id was changed lists its earlier ids (tidigare_id in the page's
    // front matter): a rating saved under one of them counts as the statement's own.
    var tidigare = {};
    ruta.querySelectorAll("[data-pastaende][data-tidigare]").forEach(function (f) {
      tidigare[f.dataset.pastaende] = f.dataset.tidigare.split(" ").filter(Boolean);
    });
    function medTidigare(varden) {
      var ut = {};
      Object.keys(varden).forEach(function (id) { ut[id] = varden[id]; });
      Object.keys(tidigare).forEach(function (id) {
        if (typeof ut[id] === "number") return;
        var gammalt = tidigare[id].filter(function (g) { return typeof varden[g] === "number"; })[0];
        if (gammalt) ut[id] = varden[gammalt];
      });
      return ut;
    }

    function medelvarden(varden) {
      var ut = {};
      teman.forEach(function (tema) {
        var svar = tema.pastaenden.map(function (id) { return varden[id]; })
          .filter(function (v) { return typeof v === "number" && v >= 1 && v <= STORST; });
        if (svar.length) ut[tema.id] = svar.reduce(function (a, b) { return a + b; }, 0) / svar.length;
      });
      return ut;
    }

    // A saved measurement, or null. The themes are worked out again from the answers, so
    // a statement added or removed since then counts as the page has it now; a theme with
    // no answer on this page keeps the mean that was saved.
    function las(matning) {
      if (!minne) return null;
      try {
        var data = JSON.parse(minne.getItem(NYCKEL[matning]));
        if (!data || typeof data !== "object" || typeof data.varden !== "object" || !data.varden) return null;
        var varden = medTidigare(data.varden);
        var temanNu = medelvarden(varden);
        Object.keys(data.teman || {}).forEach(function (id) {
          if (!(id in temanNu) && typeof data.teman[id] === "number") temanNu[id] = data.teman[id];
        });
        return { datum: String(data.datum || ""), varden: varden, teman: temanNu };
      } catch (e) {
        return null;      // storage turned off, or a value that is not ours
      }
    }

    // This visit's measurements: what is saved, and what was saved only here when storage failed.
    var matt = { fore: las("fore"), efter: las("efter") };

    // Inputs are found by their place, never by name: the whole-site print page
    // (print_page/) puts the page's path before every name and id.
    function valdMatning() {
      var val = form.querySelector(".kb-sjalvskattning__tillfalle input:checked");
      return val ? val.value : "fore";
    }

    function fyllI(matning) {
      var varden = (matt[matning] || {}).varden || {};
      form.querySelectorAll("[data-pastaende]").forEach(function (falt) {
        var varde = varden[falt.dataset.pastaende];
        falt.querySelectorAll("input[type=radio]").forEach(function (knapp) {
          knapp.checked = +knapp.value === varde;
        });
      });
    }

    function rensaSvg() { while (spindel.firstChild) spindel.removeChild(spindel.firstChild); }

    function ritaDiagram(serier) {
      rensaSvg();
      var bredd = 460, hojd = 340, cx = 230, cy = 175, radie = 120, n = teman.length;
      var svg = skapa("svg", {
        viewBox: "0 0 " + bredd + " " + hojd, role: "img", class: "kb-spindel__svg",
        "aria-label": "Spindeldiagram med ditt resultat. Samma siffror står i tabellen."
      });
      function punkt(i, varde) {
        var vinkel = -Math.PI / 2 + (2 * Math.PI * i) / n;
        var r = (radie * varde) / STORST;
        return [cx + r * Math.cos(vinkel), cy + r * Math.sin(vinkel)];
      }
      function punkter(lista) {
        return lista.map(function (p) { return p[0].toFixed(1) + "," + p[1].toFixed(1); }).join(" ");
      }
      // One ring for each step of the scale, and one axis for each theme.
      for (var steg = 1; steg <= STORST; steg++) {
        var ring = teman.map(function (t, i) { return punkt(i, steg); });
        skapa("polygon", { class: "kb-spindel__rutnat", points: punkter(ring) }, svg);
      }
      teman.forEach(function (tema, i) {
        var yttre = punkt(i, STORST);
        skapa("line", { class: "kb-spindel__rutnat", x1: cx, y1: cy,
                        x2: yttre[0].toFixed(1), y2: yttre[1].toFixed(1) }, svg);
        // The theme's name just outside the axis, on one or two lines.
        var vinkel = -Math.PI / 2 + (2 * Math.PI * i) / n;
        var x = cx + (radie + 14) * Math.cos(vinkel), y = cy + (radie + 14) * Math.sin(vinkel);
        var ankare = Math.abs(Math.cos(vinkel)) < 0.2 ? "middle" : (Math.cos(vinkel) > 0 ? "start" : "end");
        var rader = radbryt(tema.namn, 14);
        var forsta = Math.sin(vinkel) < -0.5 ? -(rader.length - 1) * 20 - 4
          : (Math.sin(vinkel) > 0.5 ? 16 : 6 - (rader.length - 1) * 10);
        var text = skapa("text", { class: "kb-spindel__etikett", x: x.toFixed(1), y: (y + forsta).toFixed(1), "text-anchor": ankare }, svg);
        rader.forEach(function (rad, r) {
          var del = skapa("tspan", { x: x.toFixed(1), dy: r ? "20" : "0" }, text);
          del.textContent = rad;
        });
      });
      serier.forEach(function (matning) {
        var lista = teman.map(function (tema, i) { return punkt(i, matt[matning].teman[tema.id] || 0); });
        var grupp = skapa("g", { class: "kb-spindel__serie kb-spindel__serie--" + matning, "data-serie": matning }, svg);
        skapa("polygon", { class: "kb-spindel__linje", points: punkter(lista) }, grupp);
        lista.forEach(function (p) {
          if (matning === "fore") {
            skapa("rect", { class: "kb-spindel__punkt", x: (p[0] - 5).toFixed(1), y: (p[1] - 5).toFixed(1), width: 10, height: 10 }, grupp);
          } else {
            skapa("circle", { class: "kb-spindel__punkt", cx: p[0].toFixed(1), cy: p[1].toFixed(1), r: 6 }, grupp);
          }
        });
      });
      spindel.appendChild(svg);
    }

    function radbryt(text, langd) {
      var rader = [], rad = "";
      text.split(" ").forEach(function (ord) {
        if (rad && (rad + " " + ord).length > langd) { rader.push(rad); rad = ord; } else { rad = rad ? rad + " " + ord : ord; }
      });
      if (rad) rader.push(rad);
      return rader;
    }

    // The legend is HTML text, so it keeps the page's text size on a phone.
    function ritaForklaring(serier) {
      forklaring.textContent = "";
      serier.forEach(function (matning) {
        var post = document.createElement("li");
        var prov = skapa("svg", { class: "kb-spindel__prov kb-spindel__serie--" + matning, viewBox: "0 0 44 16", "aria-hidden": "true", focusable: "false" });
        skapa("line", { class: "kb-spindel__linje", x1: 2, y1: 8, x2: 42, y2: 8 }, prov);
        if (matning === "fore") skapa("rect", { class: "kb-spindel__punkt", x: 17, y: 3, width: 10, height: 10 }, prov);
        else skapa("circle", { class: "kb-spindel__punkt", cx: 22, cy: 8, r: 6 }, prov);
        post.appendChild(prov);
        var datum = matt[matning].datum ? " (" + matt[matning].datum + ")" : "";
        post.appendChild(document.createTextNode(NAMN[matning] + datum + ": " + UTSEENDE[matning] + "."));
        forklaring.appendChild(post);
      });
    }

    function ritaTabell(serier) {
      var thead = tabell.querySelector("thead"), tbody = tabell.querySelector("tbody");
      thead.textContent = "";
      tbody.textContent = "";
      var bada = serier.length === 2;
      var rubriker = ["Tema"].concat(serier.map(function (m) { return NAMN[m]; }), bada ? ["Skillnad"] : []);
      var rubrikrad = thead.insertRow();
      rubriker.forEach(function (rubrik) {
        var th = document.createElement("th");
        th.scope = "col";
        th.textContent = rubrik;
        rubrikrad.appendChild(th);
      });
      teman.forEach(function (tema) {
        var rad = tbody.insertRow();
        var th = document.createElement("th");
        th.scope = "row";
        th.textContent = tema.namn;
        rad.appendChild(th);
        serier.forEach(function (m) {
          var varde = matt[m].teman[tema.id];
          rad.insertCell().textContent = typeof varde === "number" ? tal(varde) : "–";
        });
        if (bada) {
          var fore = matt.fore.teman[tema.id], efter = matt.efter.teman[tema.id];
          rad.insertCell().textContent = typeof fore === "number" && typeof efter === "number" ? skillnad(efter - fore) : "–";
        }
      });
    }

    function rita() {
      var serier = MATNINGAR.filter(function (m) { return matt[m]; });
      visning.hidden = !serier.length;
      tomt.hidden = !!serier.length;
      if (!serier.length) { rensaSvg(); return; }
      ritaDiagram(serier);
      ritaForklaring(serier);
      ritaTabell(serier);
    }

    // Back after the course: the form is ready for the second measurement.
    form.querySelector(".kb-sjalvskattning__tillfalle input[value='" + (matt.fore ? "efter" : "fore") + "']").checked = true;
    fyllI(valdMatning());
    rita();
    if (!minne) {
      status.textContent = "Din webbläsare kan inte spara svaren. Du ser resultatet bara medan sidan är öppen.";
    }

    form.querySelectorAll(".kb-sjalvskattning__tillfalle input").forEach(function (knapp) {
      knapp.addEventListener("change", function () { fyllI(valdMatning()); });
    });

    form.addEventListener("submit", function (handelse) {
      handelse.preventDefault();
      var varden = {}, saknas = [];
      form.querySelectorAll("[data-pastaende]").forEach(function (falt) {
        var valt = falt.querySelector("input[type=radio]:checked");
        if (valt) varden[falt.dataset.pastaende] = +valt.value;
        else saknas.push(falt);
      });
      if (saknas.length) {
        status.textContent = "Svara på alla påståenden först. " + saknas.length +
          (saknas.length === 1 ? " påstående saknar svar." : " påståenden saknar svar.");
        saknas[0].querySelector("input").focus();
        return;
      }
      var matning = valdMatning();
      var data = { datum: idag(), varden: varden, teman: medelvarden(varden) };
      matt[matning] = data;
      var sparat = false;
      try {
        minne.setItem(NYCKEL[matning], JSON.stringify(data));
        sparat = true;
      } catch (e) {
        sparat = false;   // storage turned off (minne is null) or full
      }
      rita();
      status.textContent = sparat
        ? "Sparat. Dina svar " + NAMN[matning].toLowerCase() + " finns nu i din webbläsare."
        : "Svaren kunde inte sparas i webbläsaren. Du ser resultatet bara medan sidan är öppen.";
    });

    form.addEventListener("click", function (handelse) {
      var knapp = handelse.target.closest("button[data-atgard='ta-bort']");
      if (!knapp) return;
      if (!window.confirm("Vill du ta bort alla dina svar, både före och efter kursen?")) return;
      MATNINGAR.forEach(function (m) {
        matt[m] = null;
        try { if (minne) minne.removeItem(NYCKEL[m]); } catch (e) { /* nothing saved to remove */ }
      });
      form.querySelector(".kb-sjalvskattning__tillfalle input[value='fore']").checked = true;
      fyllI("fore");
      rita();
      status.textContent = "Dina svar är borttagna.";
    });
  });
})();
