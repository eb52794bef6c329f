/*
 * Search worker for Material's search box: Swedish that understands compound words,
 * definite forms and typos, and English on the English pages.
 *
 * Material's page sends SETUP, waits for READY, then sends QUERY and shows RESULT, in
 * its own message format. Nothing is downloaded until the person opens search: the
 * page says so on a BroadcastChannel (overrides/main.html), then this worker fetches
 * search/sok.<språk>.json, which the build writes (kunskapsbank.sokindex).
 *
 * Words are analysed as at build time (kunskapsbank.sokord): every form that occurs
 * in the content comes with its lemma and compound parts. A form that does not occur
 * is lemmatised with the suffix rules simplemma applied to the content, and a compound
 * is split into known parts the same way as at build time (highest mean frequency).
 */
/* global BroadcastChannel */
(function () {
  "use strict";
  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var ORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;
  var BINDESTRECK = /[-‐‑]/;
  var TAGG_ELLER_ORD = /(<[^>]*>)|([\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*)/gu;

  // Weights: an exact form counts on top of its lemma; a compound part counts less.
  var VIKT = { exakt: 1.0, lemma: 2.0, somDel: 0.8, del: 1.0, delSomDel: 0.5, prefix: 0.7,
               stavning: 0.8, synonym: 1.6 };
  // A page's description (its front matter's one sentence on what it is about) counts
  // between a heading and the running text; its search words (sokord: readers' words the
  // page does not use) count as a heading.
  var FALT = { sidtitel: 6, rubrik: 3, sokord: 3, beskrivning: 2, text: 1 };
  // A page whose title names what the query asks for (its lemma, or a part of a compound
  // in the title: "mätning" in "progressionsmätning") comes before pages that only
  // mention it: its score grows by this share for each query word the title names.
  var TITELN_NAMNGER = 1.5;
  var TITELTACKNING = 0.5;
  var BM25 = { k1: 2.0, b: 0.5 };

  function Sokmotor(data) {
    this.docs = data.docs;
    this.former = data.former;
    this.synonymer = data.synonymer || {};
    this.bojningar = data.bojningar || [];
    this.zipf = data.zipf;
    this.regler = data.regler;
    this.stoppord = new Set(data.stoppord);
    this.delning = data.delning;
    this.ickeDelar = new Set(data.delning.icke_delar);
    this.cache = new Map();
    this.postningar = new Map();
    this.sidor = new Map();
    this.langd = [];
    var summa = 0;
    for (var i = 0; i < this.docs.length; i++) {
      var doc = this.docs[i];
      var sida = doc.location.split("#")[0];
      if (!this.sidor.has(sida)) this.sidor.set(sida, i);
      var artikel = doc.location.indexOf("#") < 0;
      this.indexera(i, doc.title, artikel ? FALT.sidtitel : FALT.rubrik, 0);
      if (doc.beskrivning) this.indexera(i, doc.beskrivning, FALT.beskrivning, 0);
      if (doc.sokord) this.indexera(i, doc.sokord.join(" "), FALT.sokord, 0);
      this.langd[i] = this.indexera(i, doc.text, FALT.text, 1);
      summa += this.langd[i];
    }
    this.snittlangd = summa / Math.max(1, this.docs.length) || 1;
    // Each page's title: per word (not stop words or numbers) its lemma and compound
    // parts, for TITELN_NAMNGER.
    this.titelord = new Map();
    var self = this;
    this.sidor.forEach(function (i, sida) {
      var ordlista = [];
      ((self.docs[i].title || "").replace(/<[^>]*>/g, " ").toLowerCase().match(ORD) || []).forEach(function (o) {
        if (self.stoppord.has(o) || /^[\p{N}]+$/u.test(o)) return;
        var nycklar = new Set();
        self.nycklarFor(o).forEach(function (n) { if (n[0] !== "=") nycklar.add(n[0] === "~" ? n.slice(1) : n); });
        ordlista.push(nycklar);
      });
      self.titelord.set(sida, ordlista);
    });
    this.nycklar = Array.from(this.postningar.keys()).filter(function (k) {
      return k[0] !== "=" && k[0] !== "~";
    }).sort();
  }

  /* Counts each key of the words in html for section i, in field falt (0 title, 1 text),
     with the field's weight; returns the number of words. */
  Sokmotor.prototype.indexera = function (i, html, vikt, falt) {
    var ord = (html || "").replace(/<[^>]*>/g, " ").toLowerCase().match(ORD) || [];
    for (var n = 0; n < ord.length; n++) {
      var nycklar = this.nycklarFor(ord[n]);
      for (var k = 0; k < nycklar.length; k++) {
        var lista = this.postningar.get(nycklar[k]);
        if (!lista) this.postningar.set(nycklar[k], lista = new Map());
        var tf = lista.get(i);
        if (!tf) lista.set(i, tf = [0, 0]);
        tf[falt] += vikt;
      }
    }
    return ord.length;
  };

  /* BM25F: a word in a long text counts less than in a short one, so a quiz or a summary
     that touches every subject does not outrank the page about the subject. */
  Sokmotor.prototype.vagd = function (tf, i) {
    var text = tf[1] / (1 - BM25.b + BM25.b * this.langd[i] / this.snittlangd);
    var t = tf[0] + text;
    return t * (BM25.k1 + 1) / (t + BM25.k1);
  };

  Sokmotor.prototype.nycklarFor = function (form) {
    var a = this.analysera(form);
    var nycklar = ["=" + form, a.lemma];
    for (var d = 0; d < a.delar.length; d++) nycklar.push("~" + a.delar[d]);
    return nycklar;
  };

  Sokmotor.prototype.analysera = function (form) {
    var svar = this.cache.get(form);
    if (!svar) {
      svar = this.analyseraUtanCache(form);
      this.cache.set(form, svar);
    }
    return svar;
  };

  Sokmotor.prototype.analyseraUtanCache = function (form) {
    var kand = this.former[form];
    if (kand) return { lemma: kand[0], delar: kand.slice(1) };
    if (BINDESTRECK.test(form)) {
      var bitar = form.split(BINDESTRECK).filter(Boolean);
      var hel = this.analysera(bitar.join(""));
      if (hel.delar.length || this.postningar.has(hel.lemma) || hel.lemma !== bitar.join("")) return hel;
      var sista = this.analysera(bitar[bitar.length - 1]);
      var self = this;
      var delar = bitar.slice(0, -1).map(function (b) { return self.analysera(b).lemma; });
      delar.push(sista.lemma);
      return { lemma: bitar.slice(0, -1).join("") + sista.lemma,
               delar: Array.from(new Set(delar)).filter(function (d) { return d.length >= 2; }) };
    }
    var lemma = this.lemma(form);
    if (lemma) return { lemma: lemma, delar: [] };
    var delning = this.dela(form);
    if (delning) return delning;
    return { lemma: form, delar: [] };
  };

  /* A known lemma for the form: itself, or by one of the content's suffix rules. */
  Sokmotor.prototype.lemma = function (form) {
    if (this.former[form]) return this.former[form][0];
    if (this.postningar.has(form) || this.zipf[form]) return form;
    for (var r = 0; r < this.regler.length; r++) {
      var fran = this.regler[r][0], till = this.regler[r][1];
      if (form.length - fran.length < 2 || form.slice(-fran.length) !== fran) continue;
      var kandidat = form.slice(0, -fran.length) + till;
      if (this.former[kandidat]) return this.former[kandidat][0];
      if (this.postningar.has(kandidat) || this.zipf[kandidat]) return kandidat;
    }
    return null;
  };

  /* A compound part's lemma and frequency, as sokord.Ordanalys._del does it. */
  Sokmotor.prototype.del = function (bit, sist) {
    var min = this.delning.min_del;
    if (bit.length < min) return null;
    var kandidater = sist ? [bit] : [bit, /s$/.test(bit) ? bit.slice(0, -1) : null];
    for (var k = 0; k < kandidater.length; k++) {
      var kandidat = kandidater[k];
      if (!kandidat || kandidat.length < min || this.ickeDelar.has(kandidat)) continue;
      var bas = this.lemma(kandidat);
      if (!bas || bas.length < min || this.ickeDelar.has(bas)) continue;
      // The last part is a form of its lemma ("diagrammet"), not a lookalike.
      if (sist && !(kandidat.indexOf(bas) === 0 ||
                    (bas.length >= 5 && kandidat.indexOf(bas.slice(0, -1)) === 0))) continue;
      var z = this.zipf[bas] || 0;
      if (z >= this.delning.min_zipf) return [bas, z / 10];
    }
    return null;
  };

  Sokmotor.prototype.dela = function (form) {
    var self = this, basta = null, straff = this.delning.straff / 10;
    function poang(zipfs) {
      var summa = zipfs.reduce(function (a, b) { return a + b; }, 0);
      return summa / zipfs.length - straff * Math.max(0, zipfs.length - 2);
    }
    function fortsatt(start, kvar, delar, zipfs, bitar) {
      var sista = self.del(form.slice(start), true);
      if (sista && delar.length >= 1) {
        var z = zipfs.concat([sista[1]]);
        if (!basta || poang(z) > poang(basta.zipfs) + 1e-9)
          basta = { delar: delar.concat([sista[0]]), zipfs: z, bitar: bitar };
      }
      if (kvar <= 1) return;
      for (var slut = start + self.delning.min_del; slut <= form.length - self.delning.min_del; slut++) {
        var forsta = self.del(form.slice(start, slut), false);
        if (forsta) fortsatt(slut, kvar - 1, delar.concat([forsta[0]]), zipfs.concat([forsta[1]]),
                             bitar.concat([form.slice(start, slut)]));
      }
    }
    fortsatt(0, this.delning.max_delar, [], [], []);
    if (!basta) return null;
    var lemma = basta.bitar.join("") + basta.delar[basta.delar.length - 1];
    return { lemma: lemma, delar: Array.from(new Set(basta.delar)).filter(function (d) { return d !== lemma; }) };
  };

  Sokmotor.prototype.idf = function (lista) {
    return Math.log(1 + (this.docs.length - lista.size + 0.5) / (lista.size + 0.5));
  };

  /* The index keys a query word looks for, each with its weight. */
  Sokmotor.prototype.fragenycklar = function (ord) {
    var a = this.analysera(ord);
    var nycklar = [["=" + ord, VIKT.exakt], [a.lemma, VIKT.lemma], ["~" + a.lemma, VIKT.somDel]];
    for (var d = 0; d < a.delar.length; d++) {
      nycklar.push([a.delar[d], VIKT.del / a.delar.length]);
      nycklar.push(["~" + a.delar[d], VIKT.delSomDel / a.delar.length]);
    }
    // A word the pages avoid on purpose (the term list) looks for the word they use.
    var synonym = this.synonym(ord, a.lemma);
    if (synonym) nycklar.push([synonym, VIKT.synonym], ["~" + synonym, VIKT.synonym * VIKT.somDel / VIKT.lemma]);
    var self = this;
    var traffar = nycklar.some(function (n) { return self.postningar.has(n[0]); });
    // As the person types, the last word is often unfinished: "arbetsgiv".
    if (ord.length >= 3) {
      var i = binarSok(this.nycklar, ord);
      for (var antal = 0; i < this.nycklar.length && this.nycklar[i].indexOf(ord) === 0 && antal < 30; i++, antal++)
        if (this.nycklar[i] !== a.lemma) { nycklar.push([this.nycklar[i], VIKT.prefix]); traffar = true; }
    }
    if (!traffar && ord.length >= 5) {
      var grans = ord.length >= 8 ? 2 : 1;
      for (var k = 0; k < this.nycklar.length; k++) {
        var nyckel = this.nycklar[k];
        if (Math.abs(nyckel.length - ord.length) <= grans && avstand(ord, nyckel, grans) <= grans)
          nycklar.push([nyckel, VIKT.stavning]);
      }
    }
    return nycklar;
  };

  Sokmotor.prototype.synonym = function (ord, lemma) {
    if (this.synonymer[ord]) return this.synonymer[ord];
    if (this.synonymer[lemma]) return this.synonymer[lemma];
    for (var b = 0; b < this.bojningar.length; b++) {
      var slut = this.bojningar[b];
      if (ord.length - slut.length >= 4 && ord.slice(-slut.length) === slut &&
          this.synonymer[ord.slice(0, -slut.length)]) return this.synonymer[ord.slice(0, -slut.length)];
    }
    return null;
  };

  Sokmotor.prototype.sok = function (fraga) {
    var ord = (fraga.toLowerCase().match(ORD) || []);
    var self = this;
    var viktiga = ord.filter(function (o) { return !self.stoppord.has(o); });
    if (viktiga.length) ord = viktiga;
    ord = Array.from(new Set(ord));
    if (!ord.length) return { items: [] };

    var poang = new Map(), traffade = new Map(), anvanda = new Set();
    ord.forEach(function (o, nr) {
      var perDok = new Map();
      self.fragenycklar(o).forEach(function (par) {
        var lista = self.postningar.get(par[0]);
        if (!lista) return;
        anvanda.add(par[0]);
        var idf = self.idf(lista);
        lista.forEach(function (tf, i) {
          perDok.set(i, (perDok.get(i) || 0) + par[1] * idf * self.vagd(tf, i));
        });
      });
      perDok.forEach(function (p, i) {
        poang.set(i, (poang.get(i) || 0) + p);
        if (!traffade.has(i)) traffade.set(i, new Set());
        traffade.get(i).add(nr);
      });
    });

    var fragelemman = ord.map(function (o) { return self.analysera(o).lemma; });
    // Pages: the best section counts fully, the others a little.
    var sidor = new Map();
    poang.forEach(function (p, i) {
      var tackning = traffade.get(i).size / ord.length;
      p = p * (0.25 + 0.75 * tackning * tackning);
      var sida = self.docs[i].location.split("#")[0];
      if (!sidor.has(sida)) sidor.set(sida, []);
      sidor.get(sida).push({ i: i, poang: p });
    });
    var grupper = [];
    sidor.forEach(function (avsnitt, sida) {
      avsnitt.sort(function (a, b) { return b.poang - a.poang; });
      var summa = avsnitt[0].poang;
      for (var k = 1; k < avsnitt.length; k++) summa += 0.2 * avsnitt[k].poang;
      // The title names the query's words, and the more of the title they are, the more
      // the page is about them: "Jobbfokus" before "Inför dag 2: Jobbfokus".
      var titel = self.titelord.get(sida) || [];
      var namngivna = fragelemman.filter(function (l) {
        return titel.some(function (nycklar) { return nycklar.has(l); });
      }).length;
      if (namngivna) {
        var tacker = titel.filter(function (nycklar) {
          return fragelemman.some(function (l) { return nycklar.has(l); });
        }).length / titel.length;
        summa *= 1 + TITELN_NAMNGER * (namngivna / fragelemman.length) * (TITELTACKNING + (1 - TITELTACKNING) * tacker);
      }
      // search: boost in a page's front matter (the tools for editors have 0.5).
      var boost = self.docs[self.sidor.get(sida)].boost;
      if (typeof boost === "number") summa *= boost;
      grupper.push({ sida: sida, poang: summa, avsnitt: avsnitt });
    });
    grupper.sort(function (a, b) { return b.poang - a.poang; });

    return {
      items: grupper.map(function (g) {
        var artikel = self.sidor.get(g.sida);
        var poster = [self.post(artikel, g.poang, ord, traffade.get(artikel), anvanda)];
        g.avsnitt.forEach(function (a) {
          if (a.i !== artikel) poster.push(self.post(a.i, a.poang, ord, traffade.get(a.i), anvanda));
        });
        return poster;
      })
    };
  };

  /* One result in Material's format, with the matching words marked. */
  Sokmotor.prototype.post = function (i, poang, ord, traffade, anvanda) {
    var doc = this.docs[i], self = this, termer = {};
    ord.forEach(function (o, nr) { termer[o] = !!(traffade && traffade.has(nr)); });
    function markera(html) {
      return (html || "").replace(TAGG_ELLER_ORD, function (hel, tagg, ordet) {
        if (tagg) return tagg;
        var traff = self.nycklarFor(ordet.toLowerCase()).some(function (n) {
          return anvanda.has(n) || anvanda.has(n.replace(/^~/, ""));
        });
        return traff ? "<mark data-md-highlight>" + ordet + "</mark>" : ordet;
      });
    }
    return { location: doc.location, title: markera(doc.title), text: markera(doc.text),
             score: poang, terms: termer };
  };

  function binarSok(lista, varde) {
    var lag = 0, hog = lista.length;
    while (lag < hog) {
      var mitt = (lag + hog) >> 1;
      if (lista[mitt] < varde) lag = mitt + 1; else hog = mitt;
    }
    return lag;
  }

  /* Levenshtein distance, stopping early once it exceeds grans. */
  function avstand(a, b, grans) {
    var forra = [], nu = [];
    for (var j = 0; j <= b.length; j++) forra[j] = j;
    for (var i = 1; i <= a.length; i++) {
      nu = [i];
      var minst = i;
      for (j = 1; j <= b.length; j++) {
        nu[j] = Math.min(forra[j] + 1, nu[j - 1] + 1, forra[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (nu[j] < minst) minst = nu[j];
      }
      if (minst > grans) return grans + 1;
      forra = nu;
    }
    return forra[b.length];
  }

  // --- Messages ---------------------------------------------------------------

  var parametrar = new URL(self.location.href).searchParams;
  var motor = null, laddning = null, setup = false, klar = false;

  function ladda() {
    if (!laddning)
      laddning = fetch(parametrar.get("data"))
        .then(function (svar) { return svar.json(); })
        .then(function (data) { motor = new Sokmotor(data); meddelaKlar(); });
    return laddning;
  }

  function meddelaKlar() {
    if (motor && setup && !klar) {
      klar = true;
      self.postMessage({ type: READY });
    }
  }

  if (typeof BroadcastChannel !== "undefined" && parametrar.get("kanal")) {
    var kanal = new BroadcastChannel(parametrar.get("kanal"));
    kanal.onmessage = function (ev) { if (ev.data === "ladda") ladda(); };
    kanal.postMessage("startad");   // the page answers "ladda" if search is open already
  }

  self.addEventListener("message", function (ev) {
    var meddelande = ev.data;
    if (meddelande.type === SETUP) {
      setup = true;
      if (typeof BroadcastChannel === "undefined") ladda();
      meddelaKlar();
    } else if (meddelande.type === QUERY) {
      ladda().then(function () {
        self.postMessage({ type: RESULT, data: motor.sok(meddelande.data) });
      });
    }
  });

  self.Sokmotor = Sokmotor;   // for tests and benchmarks that run the engine directly
})();
