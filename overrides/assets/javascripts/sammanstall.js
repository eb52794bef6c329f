/* Sammanställ svaren: läser kursdeltagarnas svarsfiler (från "Mina svar") i webbläsaren.
   Inget laddas upp. Varje svar som går att läsa kommer med; det som inte går att läsa
   sägs med filens namn. */
(function () {
  "use strict";
  var ruta = document.querySelector(".kb-sammanstall");
  if (!ruta) return;

  // Shared with svar.js, which the site loads first.
  var gemensamt = window.KunskapsbankSvar;
  if (!gemensamt) return;
  var el = gemensamt.el, webbplatsensRot = gemensamt.webbplatsensRot;

  var fragor = [];          // today's questions, in the site's order (svar/fragor.json)
  var filer = [];           // {namn, person, deltagare, organisation, svar: [...]}
  var meddelanden = [];     // what could not be read, by file

  /* A file from "Mina svar" is a web page with its answers as data inside
     (<script type="application/json" id="kb-svarsfil">); the same data as a .json file
     is read too. Returns the file's answers, or a message saying why there are none. */
  function tolka(namn, text) {
    if (!text.trim()) return { fel: namn + ": filen är tom. Be kursdeltagaren ladda ner svaren igen." };
    var json = text.trim();
    if (json.charAt(0) !== "{") {
      var dom = new DOMParser().parseFromString(text, "text/html");
      var data = dom.getElementById("kb-svarsfil");
      if (!data) {
        return { fel: namn + ": filen är inte en svarsfil från sidan Mina svar. Be kursdeltagaren ladda ner " +
                      "svaren med knappen Ladda ner svaren." };
      }
      json = data.textContent;
    }
    var innehall;
    try { innehall = JSON.parse(json); } catch (e) {
      return { fel: namn + ": filen är skadad, så svaren går inte att läsa. Be kursdeltagaren ladda ner svaren igen." };
    }
    if (!innehall || innehall.format !== "kb-svar" || !Array.isArray(innehall.svar)) {
      return { fel: namn + ": filen är inte en svarsfil från sidan Mina svar." };
    }
    var lasta = innehall.svar.filter(function (s) {
      return s && typeof s.id === "string" && typeof s.svar === "string" && s.svar.trim();
    });
    var fil = { namn: namn, person: String(innehall.person || ""), deltagare: String(innehall.namn || ""),
                organisation: String(innehall.organisation || ""), svar: lasta };
    if (lasta.length < innehall.svar.length) {
      fil.varning = namn + ": " + (innehall.svar.length - lasta.length) + " av " + innehall.svar.length +
        " svar gick inte att läsa. De andra svaren är med.";
    }
    return { fil: fil };
  }

  var val = el("input", { id: "kb-sammanstall-filer", type: "file", multiple: "", accept: ".html,.htm,.json" });
  var filLista = el("ul", { klass: "kb-sammanstall__filer" });
  var meddelandeLista = el("ul", { klass: "kb-sammanstall__meddelanden" });
  var meddelandeRuta = el("div", { klass: "admonition warning", role: "alert", hidden: "" }, [
    el("p", { klass: "admonition-title", text: "Det här gick inte att läsa" }), meddelandeLista]);
  var status = el("p", { role: "status", klass: "kb-sammanstall__status" });
  var urval = el("select", { id: "kb-sammanstall-urval" });
  var csv = el("button", { type: "button", klass: "md-button md-button--primary", text: "Ladda ner som kalkylblad (CSV)" });
  var skrivUt = el("button", { type: "button", klass: "md-button", text: "Skriv ut sammanställningen" });
  var bildspel = el("button", { type: "button", klass: "md-button", text: "Visa som bildspel" });
  var resultat = el("div", { klass: "kb-sammanstall__resultat" });
  var yta = el("div", { klass: "kb-sammanstall__val" }, [
    el("label", { for: "kb-sammanstall-filer", text: "Välj svarsfiler (du kan välja flera)" }), val,
    el("p", { text: "Du kan också dra filerna hit och släppa dem." }), filLista,
    el("label", { for: "kb-sammanstall-urval", text: "Visa svaren från" }), urval]);
  ruta.textContent = "";
  [yta, meddelandeRuta, status, el("div", { klass: "kb-sammanstall__knappar" }, [csv, skrivUt, bildspel]), resultat]
    .forEach(function (e) { ruta.appendChild(e); });

  function allaSvar() {
    var ut = [];
    filer.forEach(function (fil) {
      fil.svar.forEach(function (s) {
        ut.push({ id: s.id, fraga: String(s.fraga || ""), titel: String(s.titel || ""), sida: String(s.sida || ""),
                  svar: s.svar.trim(), organisation: fil.organisation || "Ingen organisation angiven",
                  deltagare: fil.deltagare, fil: fil.namn });
      });
    });
    return ut;
  }

  function valdaSvar() {
    return allaSvar().filter(function (s) { return !urval.value || s.organisation === urval.value; });
  }

  // Questions in today's order; answers to questions the site no longer has (another
  // version of the questions) are listed after them with the question from the file.
  function grupper(svar) {
    var kanda = {}, ordning = [];
    fragor.forEach(function (f) { kanda[f.id] = f; });
    var perId = {};
    svar.forEach(function (s) {
      if (!perId[s.id]) { perId[s.id] = []; ordning.push(s.id); }
      perId[s.id].push(s);
    });
    var idag = fragor.filter(function (f) { return perId[f.id]; }).map(function (f) {
      return { fraga: f, svar: perId[f.id], finns: true };
    });
    var okanda = ordning.filter(function (id) { return !kanda[id]; }).map(function (id) {
      var forsta = perId[id][0];
      return { fraga: { id: id, fraga: forsta.fraga || "(okänd fråga)", titel: forsta.titel, sida: forsta.sida },
               svar: perId[id], finns: false };
    });
    return { idag: idag, okanda: okanda };
  }

  function visaFraga(grupp, forelder) {
    var sektion = el("section", { klass: "kb-sammanstall__fraga" }, [
      el("h3", { text: grupp.fraga.fraga }),
      el("p", { text: (grupp.fraga.titel || grupp.fraga.sida) + ". " + grupp.svar.length +
                      (grupp.svar.length === 1 ? " svar." : " svar.") })]);
    var lista = el("ul");
    grupp.svar.forEach(function (s) {
      lista.appendChild(el("li", {}, [el("span", { klass: "kb-sammanstall__svar", text: s.svar }),
        " (" + [s.organisation, s.deltagare].filter(Boolean).join(", ") + ")"]));
    });
    sektion.appendChild(lista);
    forelder.appendChild(sektion);
  }

  function visa() {
    var organisationer = [];
    filer.forEach(function (f) {
      var o = f.organisation || "Ingen organisation angiven";
      if (organisationer.indexOf(o) < 0) organisationer.push(o);
    });
    var forraValet = urval.value;
    urval.textContent = "";
    urval.appendChild(el("option", { value: "", text: "Alla organisationer" }));
    organisationer.sort().forEach(function (o) { urval.appendChild(el("option", { value: o, text: o })); });
    urval.value = organisationer.indexOf(forraValet) >= 0 ? forraValet : "";

    filLista.textContent = "";
    filer.forEach(function (fil, nr) {
      var falt = el("input", { type: "text", id: "kb-sammanstall-org-" + nr, value: fil.organisation });
      falt.addEventListener("change", function () { fil.organisation = falt.value.trim(); visa(); });
      var bort = el("button", { type: "button", klass: "md-button", text: "Ta bort " + fil.namn });
      bort.addEventListener("click", function () { filer.splice(nr, 1); visa(); });
      filLista.appendChild(el("li", {}, [
        el("span", { text: fil.namn + (fil.deltagare ? " (" + fil.deltagare + ")" : "") + ": " +
                           fil.svar.length + " svar. " }),
        el("label", { for: "kb-sammanstall-org-" + nr, text: "Organisation" }), falt, bort]));
    });

    // Two files from one browser are one person's: both are kept, and the trainer is told.
    var meddela = meddelanden.slice();
    var perPerson = {};
    filer.forEach(function (f) { if (f.person) (perPerson[f.person] = perPerson[f.person] || []).push(f.namn); });
    Object.keys(perPerson).forEach(function (p) {
      if (perPerson[p].length > 1) {
        meddela.push(perPerson[p].join(" och ") + ": filerna kommer från samma person. Alla svar i dem är med. " +
                     "Ta bort den äldre filen om svaren finns två gånger.");
      }
    });
    filer.forEach(function (f) { if (f.varning) meddela.push(f.varning); });
    meddelandeLista.textContent = "";
    meddela.forEach(function (m) { meddelandeLista.appendChild(el("li", { text: m })); });
    meddelandeRuta.hidden = !meddela.length;

    var svar = valdaSvar(), delar = grupper(svar);
    resultat.textContent = "";
    status.textContent = filer.length
      ? filer.length + (filer.length === 1 ? " fil" : " filer") + " med " + allaSvar().length + " svar. Visar " +
        svar.length + " svar" + (urval.value ? " från " + urval.value : "") + "."
      : "Inga filer är valda ännu.";
    csv.disabled = skrivUt.disabled = bildspel.disabled = !svar.length;
    if (delar.idag.length) resultat.appendChild(el("h2", { text: "Svaren fråga för fråga" }));
    delar.idag.forEach(function (g) { visaFraga(g, resultat); });
    if (delar.okanda.length) {
      resultat.appendChild(el("h2", { text: "Frågor som inte finns på webbplatsen i dag" }));
      resultat.appendChild(el("p", { text: "Filerna har svar på frågor som har ändrats eller tagits bort. " +
        "Här står frågan som den var när kursdeltagaren svarade." }));
      delar.okanda.forEach(function (g) {
        g.fraga.fraga += " (id: " + g.fraga.id + ")";
        visaFraga(g, resultat);
      });
    }
  }

  function lasIn(lista) {
    var las = Array.prototype.map.call(lista, function (fil) {
      return fil.text().then(function (text) { return { namn: fil.name, text: text }; },
                             function () { return { namn: fil.name, text: null }; });
    });
    return Promise.all(las).then(function (lasta) {
      lasta.forEach(function (l) {
        var tolkad = l.text === null ? { fel: l.namn + ": filen gick inte att öppna." } : tolka(l.namn, l.text);
        if (tolkad.fel) meddelanden.push(tolkad.fel);
        else filer.push(tolkad.fil);
      });
      visa();
    });
  }

  val.addEventListener("change", function () { lasIn(val.files).then(function () { val.value = ""; }); });
  ruta.addEventListener("dragover", function (h) { h.preventDefault(); });
  ruta.addEventListener("drop", function (h) {
    h.preventDefault();
    if (h.dataTransfer && h.dataTransfer.files.length) lasIn(h.dataTransfer.files);
  });
  urval.addEventListener("change", visa);
  skrivUt.addEventListener("click", function () { window.print(); });

  // For the workshop: a slide per question (svar/bildspel/, svarsbildspel.js), with the
  // answers shown now, from this browser's storage; nothing leaves the browser.
  bildspel.addEventListener("click", function () {
    var delar = grupper(valdaSvar());
    var data = {
      titel: "Svaren från gruppen", urval: urval.value || "Alla organisationer",
      fragor: delar.idag.concat(delar.okanda).map(function (g) {
        return { fraga: g.fraga.fraga, svar: g.svar.map(function (s) { return s.svar + " (" + s.organisation + ")"; }) };
      })
    };
    try {
      window.localStorage.setItem("kb-sammanstallning-bildspel", JSON.stringify(data));
    } catch (e) {
      status.textContent = "Webbläsaren kan inte spara svaren till bildspelet. Ladda ner kalkylbladet i stället.";
      return;
    }
    window.open(new URL("svar/bildspel/", webbplatsensRot()).href, "_blank");
  });

  // Semicolons and a byte order mark: Excel in Swedish opens the file with å, ä and ö
  // in their own columns.
  csv.addEventListener("click", function () {
    var falt = function (v) { return '"' + String(v).replace(/"/g, '""') + '"'; };
    var rader = [["Fråga", "Sida", "Organisation", "Namn", "Svar", "Fil", "Frågan finns på webbplatsen i dag"]];
    var kanda = {};
    fragor.forEach(function (f) { kanda[f.id] = true; });
    var delar = grupper(valdaSvar());
    delar.idag.concat(delar.okanda).forEach(function (g) {
      g.svar.forEach(function (s) {
        rader.push([s.fraga || g.fraga.fraga, s.titel || s.sida, s.organisation, s.deltagare, s.svar, s.fil,
                    kanda[s.id] ? "ja" : "nej"]);
      });
    });
    var text = "\ufeff" + rader.map(function (r) { return r.map(falt).join(";"); }).join("\r\n") + "\r\n";
    var lank = el("a", { href: URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" })),
                         download: "sammanstallning-svar.csv" });
    document.body.appendChild(lank);
    lank.click();
    lank.remove();
    status.textContent = "Svaren är nedladdade som sammanstallning-svar.csv.";
  });

  fetch(new URL("svar/fragor.json", webbplatsensRot()))
    .then(function (svar) { return svar.ok ? svar.json() : { fragor: [] }; })
    .catch(function () { return { fragor: [] }; })
    .then(function (data) { fragor = data.fragor || []; visa(); ruta.dataset.klar = "ja"; });
})();
