// "Granska din text": runs kunskapsbank.lattlast (the engine of scripts/lint) in Pyodide,
// in a worker of its own (workers/granska.js), so the page answers to typing while Python
// loads and while a long text is checked. Everything comes from the site itself
// (assets/webbgranskare/, see kunskapsbank/webbgranskare/); the text is never sent anywhere.
const ruta = document.querySelector(".kb-granska");

const ALLVARLIGHET = { error: "Fel", warning: "Varning", info: "Tips" };

function el(namn, egenskaper = {}, ...barn) {
  const e = document.createElement(namn);
  Object.assign(e, egenskaper);
  for (const b of barn) e.append(b);
  return e;
}

// Python counts columns in code points, JavaScript strings in UTF-16 units.
function position(text, rad, kolumn) {
  const rader = text.split("\n");
  let start = 0;
  for (let i = 0; i < Math.min(rad - 1, rader.length - 1); i++) start += rader[i].length + 1;
  const tecken = Array.from(rader[Math.min(rad - 1, rader.length - 1)] || "");
  return start + tecken.slice(0, Math.max(kolumn - 1, 0)).join("").length;
}

function spann(text, fynd) {
  const fran = position(text, fynd.line, fynd.column);
  let till = fynd.end_line ? position(text, fynd.end_line, fynd.end_column) : fran;
  if (till <= fran) {
    const ord = /^\S+/.exec(text.slice(fran));
    till = fran + (ord ? ord[0].length : 0);
  }
  return [fran, till];
}

function starta() {
  const status = ruta.querySelector("#kb-granska-status");
  const framsteg = ruta.querySelector("#kb-granska-framsteg");
  const form = ruta.querySelector("#kb-granska-form");
  const falt = ruta.querySelector("#kb-granska-text");
  const knapp = ruta.querySelector("#kb-granska-knapp");
  const resultat = ruta.querySelector("#kb-granska-resultat");
  const lista = ruta.querySelector("#kb-granska-lista");
  const markerad = ruta.querySelector("#kb-granska-markerad");
  const mapp = new URL(ruta.dataset.mapp, location.href).href;
  let arbetare = null, klar = false, vantar = null, nasta = 0, stegText = "";
  const svaren = new Map();

  function visaReserv(orsak) {
    status.textContent = "Granskaren kunde inte starta. Läs rutan nedan.";
    framsteg.hidden = true;
    ruta.querySelector("#kb-granska-reserv").hidden = false;
    knapp.disabled = true;
    console.warn("Granska din text:", orsak);
  }

  async function ladda() {
    if ("serviceWorker" in navigator && ruta.dataset.serviceWorker) {
      navigator.serviceWorker.register(new URL(ruta.dataset.serviceWorker, location.href),
        { scope: "./" }).catch(() => undefined);
    }
    // The worker starts from a blob: a worker made from a blob belongs to this page, so the
    // page's service worker serves its files too (offline after the first visit).
    const kod = await (await fetch(new URL(ruta.dataset.arbetare, location.href))).text();
    arbetare = new Worker(URL.createObjectURL(new Blob([kod], { type: "text/javascript" })), { type: "module" });
    arbetare.addEventListener("error", (e) => visaReserv(e.message || "arbetaren"));
    arbetare.addEventListener("message", (handelse) => {
      const data = handelse.data;
      if (data.typ === "steg") {
        // The real step of the start, as the worker reaches it: never a made-up percentage.
        stegText = `steg ${data.nr} av ${data.av}: ${data.text.toLowerCase()}`;
        framsteg.max = data.av;
        framsteg.value = data.nr - 1;
        status.textContent = `Granskaren laddas, ${stegText} …` +
          (vantar !== null ? " Din text granskas när granskaren är klar." : " Du kan skriva under tiden.");
      } else if (data.typ === "klar") {
        klar = true;
        framsteg.value = framsteg.max;
        framsteg.hidden = true;
        ruta.dataset.klar = "ja";
        status.textContent = "Granskaren är klar. Skriv eller klistra in din text och välj Granska texten.";
        // Keep what this page and its worker used, for the next visit without network.
        navigator.serviceWorker?.ready.then((reg) => reg.active?.postMessage({
          typ: "behall",
          adresser: [location.href, new URL(ruta.dataset.arbetare, location.href).href,
                     ...performance.getEntriesByType("resource").map((r) => r.name), ...data.adresser],
        })).catch(() => undefined);
        if (vantar !== null) { const forst = vantar; vantar = null; kor(forst); }
      } else if (data.typ === "svar") {
        svaren.get(data.id)?.(data.svar);
        svaren.delete(data.id);
      } else if (data.typ === "fel") {
        visaReserv(data.orsak);
      }
    });
    arbetare.postMessage({ typ: "starta", mapp });
  }

  function visa(svar, text) {
    const fynd = svar.fynd;
    ruta.querySelector("#kb-granska-omdome").textContent = svar.omdome;
    // Each condition of the level, and whether it holds: the verdict is never a guess.
    const villkor = ruta.querySelector("#kb-granska-villkor");
    villkor.replaceChildren();
    for (const v of (svar.bedomning && svar.bedomning.villkor) || []) {
      const tecken = v.klarar === true ? "Håller" : v.klarar === false ? "Håller inte" : "Går inte att bedöma";
      villkor.append(el("li", {}, el("strong", { textContent: `${v.namn}: ${tecken}.` }), " ", v.text));
    }
    const siffror = ruta.querySelector("#kb-granska-siffror");
    siffror.replaceChildren();
    const s = svar.statistik || {};
    const lixText = s.lix == null ? "kan inte räknas" :
      `${String(s.lix).replace(".", ",")}` + (s.words < svar.lix_min_ord ?
        ` (räknas bara från ${svar.lix_min_ord} ord)` : ` (högst ${svar.lix_max} för ${svar.nivanamn})`);
    for (const [namn, varde] of [["Ord", s.words ?? 0], ["Meningar", s.sentences ?? 0],
      ["Långa ord (fler än sex bokstäver)", s.long_words ?? 0], ["LIX", lixText],
      ["OVIX", s.ovix == null ? "kan inte räknas" : String(s.ovix).replace(".", ",")]]) {
      siffror.append(el("dt", { textContent: namn }), el("dd", { textContent: String(varde) }));
    }

    // The text with each finding marked where it is: underline and a number in brackets.
    markerad.replaceChildren();
    let plats = 0;
    fynd.forEach((f, i) => {
      const [fran, till] = spann(text, f);
      const nr = el("span", { className: "kb-granska__nr", textContent: `[${i + 1}]` });
      if (fran < plats) { return; }
      markerad.append(text.slice(plats, fran));
      const mark = el("mark", { id: `kb-fynd-${i + 1}`, tabIndex: -1, className: `kb-granska__fynd kb-granska__fynd--${f.severity}` },
        text.slice(fran, till), nr);
      markerad.append(mark);
      plats = till;
    });
    markerad.append(text.slice(plats));

    lista.replaceChildren();
    fynd.forEach((f, i) => {
      const punkt = el("li", { className: "kb-granska__punkt" });
      punkt.dataset.rad = f.line;
      punkt.dataset.kolumn = f.column;
      punkt.dataset.regel = f.rule;
      const [fran, till] = spann(text, f);
      const lank = el("a", { href: `#kb-fynd-${i + 1}`, textContent: `[${i + 1}] ${ALLVARLIGHET[f.severity] || f.severity}, rad ${f.line}` });
      lank.addEventListener("click", (e) => {
        const mal = document.getElementById(`kb-fynd-${i + 1}`);
        if (!mal) return;
        e.preventDefault();
        mal.scrollIntoView({ block: "center" });
        mal.focus();
      });
      punkt.append(lank, ": ", el("span", { className: "kb-granska__meddelande", textContent: f.message }));
      if (f.suggestion) punkt.append(" ", el("span", { textContent: f.suggestion }));
      if (f.replacements.length) {
        const knappar = el("span", { className: "kb-granska__ersattningar" });
        for (const ny of f.replacements) {
          const b = el("button", { type: "button", className: "md-button", textContent: `Byt till ”${ny}”` });
          b.setAttribute("aria-label", `Byt ”${text.slice(fran, till)}” mot ”${ny}” på rad ${f.line}`);
          b.addEventListener("click", () => {
            falt.value = text.slice(0, fran) + ny + text.slice(till);
            kor(`Bytte till ”${ny}”. `);
          });
          knappar.append(" ", b);
        }
        punkt.append(knappar);
      }
      lista.append(punkt);
    });
    resultat.hidden = false;
  }

  function kor(forst = "") {
    if (!klar) {
      vantar = forst;
      status.textContent = `Granskaren laddas, ${stegText || "strax"} … Din text granskas när granskaren är klar.`;
      return;
    }
    const text = falt.value;
    const niva = form.querySelector("input[name=niva]:checked").value;
    const id = ++nasta;
    status.textContent = "Granskar texten …";
    svaren.set(id, (svarText) => {
      if (id !== nasta) return;            // a newer check has started: this answer is stale
      const svar = JSON.parse(svarText);
      visa(svar, text);
      const antal = svar.fynd.length;
      const saker = antal === 0 ? "inget att se över" : `${antal} ${antal === 1 ? "sak" : "saker"} att se över`;
      status.textContent = `${forst}Klart: ${saker}. ${svar.omdome}`;
      ruta.dataset.granskningar = String(Number(ruta.dataset.granskningar || 0) + 1);
    });
    arbetare.postMessage({ typ: "granska", id, text, niva });
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); kor(); });
  ruta.querySelector("#kb-granska-kopiera").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(falt.value);
      status.textContent = "Texten är kopierad. Klistra in den där du skriver.";
    } catch {
      falt.select();
      status.textContent = "Texten är markerad. Kopiera den med Ctrl+C (Cmd+C på Mac).";
    }
  });
  ladda().catch(visaReserv);
}

if (ruta) starta();
