// "Granska din text" in a worker of its own: Pyodide starts and the checker runs here,
// so the page never freezes while Python loads or a long text is checked. The page
// (granska-din-text.js) sends "starta" once and "granska" for each text; this worker
// answers with each step of the start as it happens, then with the findings.
// Everything comes from the site itself (assets/webbgranskare/); no text is sent anywhere.

// Everything else the start needs is Python: kunskapsbank/lattlast/webbstart.py.
const PYTHON_START = `
import sys
sys.path.insert(0, "/kb")
from kunskapsbank.lattlast.webbstart import granska
`;
const STEG = 4;

let granska = null;

function steg(nr, text) {
  self.postMessage({ typ: "steg", nr, av: STEG, text });
}

async function hamta(mapp, namn) {
  const svar = await fetch(mapp + namn);
  if (!svar.ok) throw new Error(`${namn}: ${svar.status}`);
  return svar.arrayBuffer();
}

async function hamtaPackad(mapp, namn) {
  const svar = await fetch(mapp + namn);
  if (!svar.ok) throw new Error(`${namn}: ${svar.status}`);
  return new Response(svar.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
}

async function starta(mapp) {
  if (!("DecompressionStream" in self)) throw new Error("DecompressionStream saknas");
  steg(1, "Hämtar Python till din webbläsare");
  // loadPyodide needs the standard library at its start; the download is bound by the
  // line's speed, so waiting for it first costs little.
  const [{ loadPyodide }, stdlib] = await Promise.all([
    import(mapp + "pyodide.mjs"), hamtaPackad(mapp, "python_stdlib.zip.gz")]);
  steg(2, "Startar Python");
  const filer = Promise.all([hamta(mapp, "motor.zip"), hamta(mapp, "sv-frekvenser.xz"),
    hamta(mapp, "sv-lemman.xz"), hamta(mapp, "installningar.json")]);
  const py = await loadPyodide({ indexURL: mapp, stdLibURL: URL.createObjectURL(new Blob([stdlib])),
                                 env: { HOME: "/home/pyodide" } });
  steg(3, "Läser in ordlistorna");
  const [motor, frekvenser, lemman, installningar] = await filer;
  py.unpackArchive(motor, "zip", { extractDir: "/kb" });
  py.FS.writeFile("/kb/sv-frekvenser.xz", new Uint8Array(frekvenser));
  py.FS.writeFile("/kb/sv-lemman.xz", new Uint8Array(lemman));
  py.FS.writeFile("/kb/installningar.json", new Uint8Array(installningar));
  steg(4, "Startar granskaren");
  await py.runPythonAsync(PYTHON_START);
  granska = py.globals.get("granska");
  // What the worker fetched, for the page's service worker to keep for the next visit.
  self.postMessage({ typ: "klar", adresser: performance.getEntriesByType("resource").map((r) => r.name) });
}

self.addEventListener("message", (handelse) => {
  const data = handelse.data || {};
  if (data.typ === "starta") {
    starta(data.mapp).catch((fel) => self.postMessage({ typ: "fel", orsak: String(fel) }));
  } else if (data.typ === "granska" && granska) {
    try {
      self.postMessage({ typ: "svar", id: data.id, svar: granska(data.text, data.niva) });
    } catch (fel) {
      self.postMessage({ typ: "fel", orsak: String(fel) });
    }
  }
});
