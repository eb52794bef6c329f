// "Granska din text": runs kunskapsbank.lattlast (the engine of scripts/lint) in Pyodide.
// Everything comes from the site itself (assets/webbgranskare/, see
// kunskapsbank/webbgranskare.py); the text is never sent anywhere.
const ruta = document.querySelector(".kb-granska");

// Everything else the start needs is Python: kunskapsbank/lattlast/webbstart.py.
const PYTHON_START = `
import sys
sys.path.insert(0, "/kb")
from kunskapsbank.lattlast.webbstart import granska
`;

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
  const form = ruta.querySelector("#kb-granska-form");
  const falt = ruta.querySelector("#kb-granska-text");
  const knapp = ruta.querySelector("#kb-granska-knapp");
  const resultat = ruta.querySelector("#kb-granska-resultat");
  const lista = ruta.querySelector("#kb-granska-lista");
  const markerad = ruta.querySelector("#kb-granska-markerad");
  const mapp = new URL(ruta.dataset.mapp, location.href).href;
  let granska = null;

  function visaReserv(orsak) {
    status.textContent = "Granskaren kunde inte starta. Läs rutan nedan.";
    ruta.querySelector("#kb-granska-reserv").hidden = false;
    knapp.disabled = true;
    console.warn("Granska din text:", orsak);
  }

  async function hamta(namn) {
    const svar = await fetch(mapp + namn);
    if (!svar.ok) throw new Error(`${namn}: ${svar.status}`);
    return svar.arrayBuffer();
  }

  async function hamtaPackad(namn) {
    const svar = await fetch(mapp + namn);
    if (!svar.ok) throw new Error(`${namn}: ${svar.status}`);
    return new Response(svar.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  }

  async function ladda() {
    if ("serviceWorker" in navigator && ruta.dataset.serviceWorker) {
      navigator.serviceWorker.register(new URL(ruta.dataset.serviceWorker, location.href),
        { scope: "./" }).catch(() => undefined);
    }
    status.textContent = "Granskaren laddas: Python startar i din webbläsare …";
    if (!("DecompressionStream" in window)) throw new Error("DecompressionStream saknas");
    // loadPyodide needs the standard library at its start; the download is bound by
    // the line's speed, so waiting for it first costs little.
    const [{ loadPyodide }, stdlib] = await Promise.all([
      import(mapp + "pyodide.mjs"), hamtaPackad("python_stdlib.zip.gz")]);
    const [py, motor, frekvenser, lemman, installningar] = await Promise.all([
      loadPyodide({ indexURL: mapp, stdLibURL: URL.createObjectURL(new Blob([stdlib])),
                    env: { HOME: "/home/pyodide" } }),
      hamta("motor.zip"), hamta("sv-frekvenser.xz"), hamta("sv-lemman.xz"), hamta("installningar.json")]);
    status.textContent = "Granskaren laddas: ordlistorna läses in …";
    py.unpackArchive(motor, "zip", { extractDir: "/kb" });
    py.FS.writeFile("/kb/sv-frekvenser.xz", new Uint8Array(frekvenser));
    py.FS.writeFile("/kb/sv-lemman.xz", new Uint8Array(lemman));
    py.FS.writeFile("/kb/installningar.json", new Uint8Array(installningar));
    await py.runPythonAsync(PYTHON_START);
    granska = py.globals.get("granska");
    knapp.disabled = false;
    status.textContent = "Granskaren är klar. Skriv eller klistra in din text och välj Granska texten.";
    ruta.dataset.klar = "ja";
    // Keep what this page used, for the next visit without network.
    navigator.serviceWorker?.ready.then((reg) => reg.active?.postMessage({
      typ: "behall",
      adresser: [location.href, ...performance.getEntriesByType("resource").map((r) => r.name)],
    })).catch(() => undefined);
  }

  function visa(svar, text) {
    const fynd = svar.fynd;
    ruta.querySelector("#kb-granska-omdome").textContent = svar.omdome;
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
    if (!granska) return;
    const text = falt.value;
    const niva = form.querySelector("input[name=niva]:checked").value;
    const svar = JSON.parse(granska(text, niva));
    visa(svar, text);
    const antal = svar.fynd.length;
    status.textContent = `${forst}Klart: ${antal === 0 ? "inget" : antal} ${antal === 1 ? "sak" : "saker"} att se över. ${svar.omdome}`;
    ruta.dataset.granskningar = String(Number(ruta.dataset.granskningar || 0) + 1);
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
