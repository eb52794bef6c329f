/* Dina svar: rutorna under frågorna, sidan "Mina svar" och "Din kurs" på startsidan.
   Allt sparas bara i din egen webbläsare (localStorage). Inget skickas någonstans. */
(function () {
  "use strict";
  var PREFIX = "kb-svar:";                    // + the question's id: {svar, fraga, sida, titel, andrad}
  var REFLEKTION = "kb-reflektion-svar:";     // reflektion.js: + pathname + ":" + the page's own id
  var GAMMAL_REFLEKTION = "kb-reflektion:";   // reflektion.js before ids: answers by position
  var NAMN = "kb-svar-namn", ORGANISATION = "kb-svar-organisation", PERSON = "kb-svar-person";
  var EGNA = [PREFIX, REFLEKTION, GAMMAL_REFLEKTION, "kb-test:", "kb-sjalvskattning:", "kb-intyg-namn",
              NAMN, ORGANISATION, PERSON];

  // Storage that cannot be written (disabled, private mode, full) is found before the
  // reader types, so the page can say so at once.
  function lagring() {
    try {
      var minne = window.localStorage, prov = "kb-prov";
      minne.setItem(prov, "1");
      minne.removeItem(prov);
      return minne;
    } catch (e) { return null; }
  }
  var minne = lagring();

  function las(nyckel) {
    try { return minne ? minne.getItem(nyckel) : null; } catch (e) { return null; }
  }
  function skriv(nyckel, varde) {
    try { minne.setItem(nyckel, varde); return true; } catch (e) { return false; }
  }
  function nycklar() {
    var ut = [];
    try { for (var i = 0; minne && i < minne.length; i++) ut.push(minne.key(i)); } catch (e) { /* none */ }
    return ut;
  }

  function webbplatsensRot() {
    try {
      var config = JSON.parse(document.getElementById("__config").textContent);
      return new URL(config.base + "/", location.href);
    } catch (e) { return new URL("/", location.href); }
  }

  function datum(iso) {
    var d = iso ? new Date(iso) : new Date();
    return isNaN(d) ? "" : d.toLocaleDateString("sv-SE", { year: "numeric", month: "long", day: "numeric" });
  }

  function el(tagg, egenskaper, barn) {
    var e = document.createElement(tagg);
    Object.keys(egenskaper || {}).forEach(function (k) {
      if (k === "text") e.textContent = egenskaper[k];
      else if (k === "klass") e.className = egenskaper[k];
      else e.setAttribute(k, egenskaper[k]);
    });
    (barn || []).forEach(function (b) {
      if (b) e.appendChild(typeof b === "string" ? document.createTextNode(b) : b);
    });
    return e;
  }

  function laddaNer(filnamn, innehall, typ) {
    var lank = el("a", { href: URL.createObjectURL(new Blob([innehall], { type: typ })), download: filnamn });
    document.body.appendChild(lank);
    lank.click();
    lank.remove();
  }

  /* ---- The answer file: a web page anyone can open and read, with the same answers as
     data (JSON) inside it, which the trainer's compilation (sammanstall.js) reads. ---- */
  function svarsfil(svar) {
    var namn = las(NAMN) || "", organisation = las(ORGANISATION) || "";
    var person = las(PERSON);
    if (!person) {
      person = Math.random().toString(36).slice(2) + Date.now().toString(36);
      skriv(PERSON, person);
    }
    var data = { format: "kb-svar", version: 1, person: person, namn: namn, organisation: organisation,
                 nedladdat: new Date().toISOString(), svar: svar };
    var html = el("div");
    html.appendChild(el("h1", { text: "Mina svar" + (namn ? ": " + namn : "") }));
    html.appendChild(el("p", { text: (organisation ? "Organisation: " + organisation + ". " : "") +
                                    "Nedladdat " + datum() + "." }));
    var forraSidan = null;
    svar.forEach(function (s) {
      if (s.titel !== forraSidan) html.appendChild(el("h2", { text: s.titel || s.sida }));
      forraSidan = s.titel;
      html.appendChild(el("h3", { text: s.fraga }));
      s.svar.split(/\n{2,}/).forEach(function (stycke) { html.appendChild(el("p", { text: stycke })); });
    });
    // "</" inside the data would end the script element early.
    var json = JSON.stringify(data).replace(/</g, "\\u003c");
    return "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">" +
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
      "<title>Mina svar" + (namn ? ": " + el("b", { text: namn }).innerHTML : "") + "</title>" +
      "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.5}" +
      "h3{font-size:1em;margin-top:1.5em}p{white-space:pre-wrap}</style></head><body>\n" +
      html.innerHTML + "\n<script type=\"application/json\" id=\"kb-svarsfil\">" + json +
      "</script>\n</body></html>\n";
  }

  function filnamn() {
    var namn = (las(NAMN) || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    return "mina-svar" + (namn ? "-" + namn : "") + "-" + new Date().toISOString().slice(0, 10) + ".html";
  }

  /* ---- The boxes under the questions on every page ---- */
  function sidansRubrik() {
    var h1 = document.querySelector(".kb-sidinnehall h1");
    return h1 ? h1.textContent.replace(/¶/g, "").trim() : document.title;
  }

  function passa(ruta) {     // a box grows with its answer, on screen and on paper
    ruta.style.height = "auto";
    ruta.style.height = ruta.scrollHeight + 2 + "px";
  }

  function svarsrutorna() {
    var rutor = Array.prototype.slice.call(document.querySelectorAll(".kb-svar textarea[data-svar]"));
    if (!rutor.length) return;
    var varning = null;

    function postFor(ruta) {
      return { id: ruta.dataset.svar, fraga: ruta.dataset.fraga, sida: ruta.dataset.svar.split("#")[0],
               titel: sidansRubrik(), svar: ruta.value.trim(), andrad: new Date().toISOString() };
    }

    // Nothing typed is ever lost: the text stays in its box, and the reader can take it
    // home as a file even when the browser will not keep it.
    function kanInteSpara() {
      if (varning) return;
      var knapp = el("button", { type: "button", klass: "md-button", text: "Ladda ner svaren på sidan" });
      varning = el("div", { klass: "admonition warning kb-svar__varning", role: "alert" }, [
        el("p", { text: "Din webbläsare kan inte spara svaren. Det du skriver finns kvar så länge sidan är " +
                        "öppen. Ladda ner svaren innan du stänger sidan." }), knapp]);
      knapp.addEventListener("click", function () {
        laddaNer(filnamn(), svarsfil(rutor.filter(function (r) { return r.value.trim(); }).map(postFor)),
                 "text/html;charset=utf-8");
      });
      var hjalp = document.querySelector(".kb-svar__hjalp");
      (hjalp || rutor[0].closest(".kb-svar")).insertAdjacentElement("afterend", varning);
    }

    rutor.forEach(function (ruta) {
      var status = document.getElementById(ruta.getAttribute("aria-describedby"));
      var sparat = las(PREFIX + ruta.dataset.svar);
      if (sparat) {
        try { ruta.value = JSON.parse(sparat).svar || ""; } catch (e) { ruta.value = sparat; }
      }
      passa(ruta);
      var vantar = null;
      ruta.addEventListener("input", function () {
        passa(ruta);
        var ok = !!minne;
        if (ok && ruta.value.trim()) ok = skriv(PREFIX + ruta.dataset.svar, JSON.stringify(postFor(ruta)));
        else if (ok) { try { minne.removeItem(PREFIX + ruta.dataset.svar); } catch (e) { ok = false; } }
        if (!ok) {
          status.textContent = "Inte sparat";
          kanInteSpara();
          return;
        }
        // "Sparat" once the reader pauses: a screen reader is not interrupted on every key.
        status.textContent = "";
        window.clearTimeout(vantar);
        vantar = window.setTimeout(function () { status.textContent = "Sparat"; }, 600);
      });
    });
    window.addEventListener("beforeprint", function () { rutor.forEach(passa); });
    if (!minne) kanInteSpara();
  }

  /* ---- Every saved answer, with its question, in the order of today's site ---- */
  function allaSvar(fragor) {
    var rot = webbplatsensRot(), svar = [], sedda = {};
    fragor.forEach(function (f) {
      var text = null;
      if (f.reflektion) {
        text = las(REFLEKTION + new URL(f.sida, rot).pathname + ":" + f.reflektion);
      } else {
        var post = las(PREFIX + f.id);
        if (post) { try { text = JSON.parse(post).svar; } catch (e) { text = post; } }
      }
      sedda[f.id] = true;
      if (text && text.trim()) {
        svar.push({ id: f.id, fraga: f.fraga, sida: f.sida, titel: f.titel, svar: text.trim(), finns: true });
      }
    });
    // Answers to questions today's site no longer asks (reworded or removed): kept, with
    // the question as it was when the answer was written.
    nycklar().forEach(function (nyckel) {
      if (nyckel.indexOf(PREFIX) !== 0 || sedda[nyckel.slice(PREFIX.length)]) return;
      var post;
      try { post = JSON.parse(las(nyckel)); } catch (e) { post = { svar: las(nyckel) }; }
      if (!post || !(post.svar || "").trim()) return;
      var id = nyckel.slice(PREFIX.length);
      svar.push({ id: id, fraga: post.fraga || "(Frågan är okänd)", sida: post.sida || id.split("#")[0],
                  titel: post.titel || "", svar: post.svar.trim(), finns: false });
    });
    nycklar().forEach(function (nyckel) {
      if (nyckel.indexOf(GAMMAL_REFLEKTION) !== 0 || !(las(nyckel) || "").trim()) return;
      svar.push({ id: nyckel, fraga: "Svar från en äldre version av reflektionsfrågorna",
                  sida: "vta/reflektion/", titel: "Reflektionsfrågor", svar: las(nyckel).trim(), finns: false });
    });
    return svar;
  }

  function hamtaFragor() {
    return fetch(new URL("svar/fragor.json", webbplatsensRot()))
      .then(function (svar) { return svar.ok ? svar.json() : { fragor: [] }; })
      .then(function (data) { return data.fragor || []; })
      .catch(function () { return []; });
  }

  function minaSvar(ruta) {
    var rot = webbplatsensRot();
    var status = el("p", { klass: "kb-mina-svar__status", role: "status" });
    var lista = el("div", { klass: "kb-mina-svar__lista" });
    var namn = el("input", { id: "kb-mina-svar-namn", type: "text", autocomplete: "name" });
    var org = el("input", { id: "kb-mina-svar-org", type: "text", autocomplete: "organization" });
    namn.value = las(NAMN) || "";
    org.value = las(ORGANISATION) || "";
    var uppgifter = el("div", { klass: "kb-mina-svar__uppgifter" }, [
      el("p", { text: "Om du vill kan du skriva ditt namn och din organisation. De kommer med i filen " +
                      "när du laddar ner svaren." }),
      el("label", { for: "kb-mina-svar-namn", text: "Ditt namn (om du vill)" }), namn,
      el("label", { for: "kb-mina-svar-org", text: "Din organisation (om du vill)" }), org]);
    [[namn, NAMN], [org, ORGANISATION]].forEach(function (par) {
      par[0].addEventListener("input", function () { skriv(par[1], par[0].value.trim()); });
    });
    var ladda = el("button", { type: "button", klass: "md-button md-button--primary", text: "Ladda ner svaren" });
    var skrivUt = el("button", { type: "button", klass: "md-button", text: "Skriv ut" });
    var tom = el("button", { type: "button", klass: "md-button", text: "Ta bort alla svar" });
    var knappar = el("div", { klass: "kb-mina-svar__knappar" }, [ladda, skrivUt, tom]);
    ruta.textContent = "";
    [uppgifter, knappar, status, lista].forEach(function (e) { ruta.appendChild(e); });
    var svar = [];

    function visa(fragor) {
      svar = allaSvar(fragor);
      lista.textContent = "";
      if (!minne) {
        status.textContent = "Din webbläsare kan inte spara svar. Därför finns inga svar här. " +
          "Ladda ner svaren på varje sida där du skriver.";
      } else {
        status.textContent = svar.length ? "Du har skrivit " + svar.length + (svar.length === 1 ? " svar." : " svar.")
                                         : "Du har inte skrivit några svar ännu.";
      }
      ladda.disabled = tom.disabled = !svar.length;
      var forraSidan = null, andrade = svar.filter(function (s) { return !s.finns; });
      svar.filter(function (s) { return s.finns; }).forEach(function (s) {
        if (s.sida !== forraSidan) {
          lista.appendChild(el("h2", {}, [el("a", { href: new URL(s.sida, rot).href, text: s.titel })]));
          forraSidan = s.sida;
        }
        lista.appendChild(el("h3", { text: s.fraga }));
        lista.appendChild(el("p", { klass: "kb-mina-svar__svar", text: s.svar }));
      });
      if (andrade.length) {
        lista.appendChild(el("h2", { text: "Svar på frågor som har ändrats" }));
        lista.appendChild(el("p", { text: "Frågorna har ändrats eller tagits bort sedan du svarade. " +
                                          "Här står frågan som den var när du skrev ditt svar." }));
        andrade.forEach(function (s) {
          lista.appendChild(el("h3", { text: s.fraga + (s.titel ? " (" + s.titel + ")" : "") }));
          lista.appendChild(el("p", { klass: "kb-mina-svar__svar", text: s.svar }));
        });
      }
    }

    ladda.addEventListener("click", function () {
      var fil = filnamn();
      laddaNer(fil, svarsfil(svar.map(function (s) {
        return { id: s.id, fraga: s.fraga, sida: s.sida, titel: s.titel, svar: s.svar };
      })), "text/html;charset=utf-8");
      status.textContent = "Svaren är nedladdade som " + fil + ".";
    });
    skrivUt.addEventListener("click", function () { window.print(); });
    tom.addEventListener("click", function () {
      if (!window.confirm("Vill du ta bort alla dina svar? Det går inte att ångra.")) return;
      nycklar().forEach(function (nyckel) {
        if ([PREFIX, REFLEKTION, GAMMAL_REFLEKTION].some(function (p) { return nyckel.indexOf(p) === 0; })) {
          try { minne.removeItem(nyckel); } catch (e) { /* nothing to remove */ }
        }
      });
      hamtaFragor().then(visa).then(function () { status.textContent = "Alla dina svar är borttagna."; });
    });
    hamtaFragor().then(visa);
  }

  /* ---- "Din kurs" on the start page: what this browser remembers ---- */
  function dinKurs(ruta) {
    var rot = webbplatsensRot();
    var punkter = el("ul");
    var status = el("p", { role: "status" });
    var tom = el("button", { type: "button", klass: "md-button", text: "Ta bort allt som är sparat" });

    function visa(fragor) {
      punkter.textContent = "";
      var antal = allaSvar(fragor).length;
      if (antal) {
        punkter.appendChild(el("li", {}, [document.createTextNode("Du har skrivit " + antal + " svar. "),
          el("a", { href: new URL("mina-svar/", rot).href, text: "Läs dina svar" })]));
      }
      nycklar().filter(function (n) { return n.indexOf("kb-test:") === 0; }).sort().forEach(function (n) {
        var test;
        try { test = JSON.parse(las(n)); } catch (e) { return; }
        if (!test || !test.godkand) return;
        punkter.appendChild(el("li", {}, [
          el("a", { href: new URL(n.slice(8) + "/", rot).href, text: test.titel || "Kunskapstestet" }),
          document.createTextNode(": klarat " + datum(test.datum) + ", " + test.ratt + " rätt av " + test.av + ".")]));
      });
      [["fore", "före kursen"], ["efter", "efter kursen"]].forEach(function (par) {
        var skattning;
        try { skattning = JSON.parse(las("kb-sjalvskattning:" + par[0])); } catch (e) { return; }
        if (!skattning) return;
        punkter.appendChild(el("li", {}, [
          el("a", { href: new URL("bip/sjalvskattning/", rot).href, text: "Självskattningen " + par[1] }),
          document.createTextNode(": gjord " + datum(skattning.datum) + ".")]));
      });
      var tomt = !punkter.children.length;
      status.textContent = !minne ? "Din webbläsare sparar inget från webbplatsen."
        : tomt ? "Du har inte sparat något ännu. Svar, test och självskattning sparas här i din webbläsare."
        : "";
      tom.hidden = tomt;
    }

    tom.addEventListener("click", function () {
      if (!window.confirm("Vill du ta bort allt som webbplatsen har sparat i din webbläsare? " +
                          "Det går inte att ångra.")) return;
      nycklar().forEach(function (nyckel) {
        if (EGNA.some(function (p) { return nyckel.indexOf(p) === 0; })) {
          try { minne.removeItem(nyckel); } catch (e) { /* nothing to remove */ }
        }
      });
      hamtaFragor().then(visa).then(function () { status.textContent = "Allt är borttaget."; });
    });
    ruta.appendChild(punkter);
    ruta.appendChild(status);
    ruta.appendChild(tom);
    ruta.hidden = false;
    hamtaFragor().then(visa);
  }

  window.KunskapsbankSvar = { el: el, webbplatsensRot: webbplatsensRot };
  svarsrutorna();
  var mina = document.querySelector(".kb-mina-svar");
  if (mina) minaSvar(mina);
  var kurs = document.querySelector(".kb-din-kurs");
  if (kurs) dinKurs(kurs);
})();
