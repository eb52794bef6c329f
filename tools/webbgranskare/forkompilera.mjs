// Starts the checker in Pyodide under Node.js, exactly as the page "Granska din text"
// does, and writes the standard library back with the modules that start imported as
// bytecode (.pyc): the page then skips compiling them, seconds on a slow computer.
// Run by kunskapsbank/webbgranskare.py:
//   node forkompilera.mjs PYODIDE_DIR ASSETS_DIR STANDARDBIBLIOTEK_PY UT_ZIP
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideMapp, tillgangar, standardbibliotek, ut] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideMapp, "pyodide.mjs")).href);
const las = (namn) => new Uint8Array(fs.readFileSync(path.join(tillgangar, namn)));

const py = await loadPyodide({
  indexURL: pyodideMapp + path.sep,
  stdLibURL: path.join(tillgangar, "python_stdlib.zip"),   // the trimmed zip, before it is gzipped
});
py.unpackArchive(las("motor.zip"), "zip", { extractDir: "/kb" });
for (const namn of ["sv-frekvenser.xz", "sv-lemman.xz", "installningar.json"]) {
  py.FS.writeFile("/kb/" + namn, las(namn));
}
// The page's start (PYTHON_START in granska-din-text.js).
py.runPython(`
import sys
sys.path.insert(0, "/kb")
from kunskapsbank.lattlast.webbstart import granska
`);
const moduler = py.runPython("import sys, json; json.dumps(sorted(sys.modules))");
py.FS.writeFile("/tmp/stdlib.zip", las("python_stdlib.zip"));
py.runPython(fs.readFileSync(standardbibliotek, "utf-8"));
py.globals.get("forkompilera_fil")("/tmp/stdlib.zip", moduler, "/tmp/ut.zip");
fs.writeFileSync(ut, py.FS.readFile("/tmp/ut.zip"));
