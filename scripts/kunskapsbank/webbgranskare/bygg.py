"""The browser assets of the page "Granska din text", a build step without MkDocs:

    python -m kunskapsbank.webbgranskare.bygg site/ [--rot .]

The page runs the checker itself (kunskapsbank.lattlast) in Pyodide, so it needs in
site/assets/webbgranskare/: Pyodide's core runtime (npm package, pinned in
tools/webbgranskare/package-lock.json) with its standard library trimmed and the
modules the checker's start imports precompiled (kunskapsbank.webbgranskare.standardbibliotek,
tools/webbgranskare/forkompilera.mjs), the pure-Python sources (our checker, PyYAML without
its C part, simplemma's code), simplemma's Swedish dictionary and wordfreq's Swedish
frequencies as word files (kunskapsbank.lattlast.ordfil) and the site's checker
settings. Plus a service worker at the site's root that keeps all of it for offline use.

Without node/npm or the package the step still passes with a note: the page then tells
its reader to use scripts/lint.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from kunskapsbank.grund.npmpaket import npm_paket

MAPP = "assets/webbgranskare"
SERVICE_WORKER = "granska-din-text-sw.js"
PYODIDE_FILER = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json")
NPM_MAPP = Path("tools/webbgranskare")
SIDA = "tillganglighet/granska-din-text.md"
# Our modules the checker imports (kunskapsbank.lattlast and what it needs, no pydantic).
EGNA_MODULER = ("__init__.py", "grund/__init__.py", "grund/cachemapp.py", "grund/fel.py", "grund/markdownkalla.py",
                "grund/yamlfil.py", "kontroller/__init__.py", "kontroller/rutor.py", "kallor/__init__.py",
                "kallor/sidhuvudnycklar.py", "bildspel/__init__.py", "bildspel/kalla.py")
FAST_TID = (2026, 1, 1, 0, 0, 0)     # the same sources give the same zip, byte for byte


def _pyodide(rot: Path, meddela) -> Path | None:
    return npm_paket(rot, NPM_MAPP, "pyodide", PYODIDE_FILER, meddela,
                     "sidan Granska din text kan inte granska i webbläsaren. Sidan visar under tiden "
                     "hur man använder scripts/lint.")


def _lagg_till(arkiv: zipfile.ZipFile, fil: Path, namn: str) -> None:
    info = zipfile.ZipInfo(namn, FAST_TID)
    info.compress_type = zipfile.ZIP_DEFLATED
    arkiv.writestr(info, fil.read_bytes())


def kallkod_zip() -> bytes:
    """The Python the page imports, as one zip for Pyodide to unpack."""
    import simplemma
    import yaml

    import kunskapsbank
    from kunskapsbank.lattlast.regeldata import las_datatext

    paket = Path(kunskapsbank.__file__).parent
    ut = io.BytesIO()
    with zipfile.ZipFile(ut, "w", compresslevel=9) as arkiv:
        for namn in EGNA_MODULER:
            _lagg_till(arkiv, paket / namn, f"kunskapsbank/{namn}")
        for fil in sorted((paket / "lattlast").rglob("*")):
            if fil.suffix in (".py", ".yml") and "__pycache__" not in fil.parts:
                _lagg_till(arkiv, fil, f"kunskapsbank/{fil.relative_to(paket).as_posix()}")
            if fil.suffix == ".yml" and fil.parent.name == "data":
                # The rules' data as JSON too (kunskapsbank.lattlast.regeldata reads it
                # first), only where JSON holds exactly what YAML gives.
                data = las_datatext(fil.read_text(encoding="utf-8"))
                text = json.dumps(data, ensure_ascii=False)
                if json.loads(text) == data:
                    info = zipfile.ZipInfo(f"kunskapsbank/lattlast/data/{fil.stem}.json", FAST_TID)
                    arkiv.writestr(info, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
        yaml_mapp = Path(yaml.__file__).parent
        for fil in sorted(yaml_mapp.glob("*.py")):
            _lagg_till(arkiv, fil, f"yaml/{fil.name}")
        sm_mapp = Path(simplemma.__file__).parent
        for fil in sorted(sm_mapp.rglob("*.py")):
            if "__pycache__" not in fil.parts:
                _lagg_till(arkiv, fil, f"simplemma/{fil.relative_to(sm_mapp).as_posix()}")
    # simplemma's dictionaries stay out: the Swedish one comes as a word file.
    return ut.getvalue()


ORDFILER = {"frekvenser": "sv-frekvenser.xz", "lemman": "sv-lemman.xz"}
# Python's standard library as an uncompressed zip in gzip: smaller than a zip of
# compressed files. The page unpacks it with the browser's DecompressionStream.
STDLIB = "python_stdlib.zip.gz"


def _fran_cachen(fil: Path, kalla: str, skriv) -> None:
    """Made once for the same inputs (a package version) and kept in the cache folder:
    making it takes seconds."""
    from kunskapsbank.grund.cachemapp import las_cache, spara_cache

    namn = f"{kalla}-{fil.name}"
    if (sparad := las_cache(namn)) is not None:
        fil.write_bytes(sparad)
        return
    skriv(fil)
    spara_cache(namn, fil.read_bytes())


def _forkompilera(pyodide: Path, ut: Path, skript: Path, stdlib: Path) -> None:
    """The checker starts once under Node.js as on the page; what it imported from the
    standard library goes into it as bytecode (see tools/webbgranskare/forkompilera.mjs)."""
    from kunskapsbank.webbgranskare import standardbibliotek
    from kunskapsbank.grund.fel import InnehallsFel

    node = shutil.which("node")
    if node is None:
        raise InnehallsFel(str(NPM_MAPP), None, "node saknas, fast npm finns.", "Installera Node.js och bygg igen.")
    svar = subprocess.run([node, str(skript), str(pyodide), str(ut), standardbibliotek.__file__,
                           str(stdlib) + ".ny"], capture_output=True, text=True)
    if svar.returncode != 0:
        # Our own code failed in Pyodide: the page would fail the same way for its readers.
        fel = [r for r in svar.stderr.splitlines() if "Error" in r][-3:]
        raise InnehallsFel(str(skript.relative_to(skript.parents[2])), None,
                           "granskaren startade inte i Pyodide, så sidan Granska din text skulle inte "
                           "fungera.\n" + "\n".join(fel),
                           "Kör testerna i tests/test_webbgranskare.py för att se varför.")
    os.replace(str(stdlib) + ".ny", stdlib)


def installningar(rot: Path, config: Path) -> dict:
    """The site's checker settings (extra.lattlast) and its glossary, for the page."""
    from kunskapsbank.lattlast.installningar import STANDARD_ORDLISTA, Granskarinstallningar, las_mkdocs_yml

    data = las_mkdocs_yml(config)
    Granskarinstallningar.fran_dict(data, rot, config)      # the build stops on bad settings anyway
    ordlista = data.get("ordlista", STANDARD_ORDLISTA)
    fil = rot / ordlista if ordlista else None
    return {"lattlast": data, "ordlista": ordlista,
            "ordlistans_text": fil.read_text(encoding="utf-8") if fil and fil.is_file() else ""}


def _service_worker(version: str) -> str:
    mall = (Path(__file__).parent / "webbgranskare_sw.js").read_text(encoding="utf-8")
    return mall.replace("__VERSION__", version).replace("__MAPP__", MAPP)


def _gzip_storlek(data: bytes, suffix: str) -> int:
    """How many bytes the file is over the line. What is compressed already (xz, gzip,
    zip) goes as it is; the rest is gzipped once per content and the size kept in the
    cache folder, since Pyodide's 8 MB are the same on every build."""
    from kunskapsbank.grund.cachemapp import las_cache, spara_cache

    if suffix in (".xz", ".gz", ".zip"):
        return len(data)
    namn = f"gzip/{hashlib.sha256(data).hexdigest()}"
    try:
        return int(las_cache(namn) or b"")
    except ValueError:
        pass
    packad = len(gzip.compress(data, 6))
    spara_cache(namn, str(packad).encode())
    return packad


def bygg(site: Path, rot: Path, config: Path, meddela=print) -> dict:
    """Write the assets; return their sizes in bytes (as stored and gzipped)."""
    from kunskapsbank import manifest

    ut = site / MAPP
    if ut.exists():
        shutil.rmtree(ut)
    if manifest.las(site, "sv").sida(SIDA) is None:
        (site / SERVICE_WORKER).unlink(missing_ok=True)
        return {}          # a site without the page (a fork, a test site) needs none of it
    ut.mkdir(parents=True)
    pyodide = _pyodide(rot, meddela)
    if pyodide is None:
        (site / SERVICE_WORKER).unlink(missing_ok=True)
        return {}
    from importlib.metadata import version

    from kunskapsbank.lattlast.sprak import skriv_frekvenstabell, skriv_lemmafil
    from kunskapsbank.webbgranskare import standardbibliotek

    for namn in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm"):
        shutil.copyfile(pyodide / namn, ut / namn)
    # The page loads no Pyodide packages, so it needs the lock file's version facts only.
    las = json.loads((pyodide / "pyodide-lock.json").read_text(encoding="utf-8"))
    (ut / "pyodide-lock.json").write_text(json.dumps({**las, "packages": {}}), encoding="utf-8")
    motor = kallkod_zip()
    (ut / "motor.zip").write_bytes(motor)
    with zipfile.ZipFile(io.BytesIO(motor)) as arkiv:
        kallor = [arkiv.read(n).decode("utf-8") for n in arkiv.namelist() if n.endswith(".py")]
    _fran_cachen(ut / ORDFILER["frekvenser"], f"wordfreq-{version('wordfreq')}", skriv_frekvenstabell)
    _fran_cachen(ut / ORDFILER["lemman"], f"simplemma-{version('simplemma')}", skriv_lemmafil)
    (ut / "installningar.json").write_text(json.dumps(installningar(rot, config), ensure_ascii=False),
                                           encoding="utf-8")
    stdlib = (pyodide / "python_stdlib.zip").read_bytes()
    forkompilering = rot / NPM_MAPP / "forkompilera.mjs"
    # Its own inputs name the library in the cache: Pyodide's, our sources, the two steps.
    if not forkompilering.is_file():
        meddela(f"Obs: {NPM_MAPP}/forkompilera.mjs saknas, så Granska din text startar några sekunder "
                "långsammare. Hämta filen från Kunskapsbankens källkod och bygg igen.")
    nyckel = hashlib.sha256(stdlib + motor + Path(standardbibliotek.__file__).read_bytes()
                            + (forkompilering.read_bytes() if forkompilering.is_file() else b"")
                            ).hexdigest()[:16]

    def standardbiblioteket(fil: Path) -> None:
        zipfil = ut / "python_stdlib.zip"
        zipfil.write_bytes(standardbibliotek.smal_standardbibliotek(stdlib, kallor)[0])
        if forkompilering.is_file():
            _forkompilera(pyodide, ut, forkompilering, zipfil)
        fil.write_bytes(standardbibliotek.som_gzip(zipfil.read_bytes()))
        zipfil.unlink()

    _fran_cachen(ut / STDLIB, f"stdlib-{nyckel}", standardbiblioteket)
    summa = hashlib.sha256()
    storlek = {}
    for fil in sorted(ut.iterdir()):
        data = fil.read_bytes()
        summa.update(fil.name.encode() + data)
        storlek[fil.name] = (len(data), _gzip_storlek(data, fil.suffix))
    (site / SERVICE_WORKER).write_text(_service_worker(summa.hexdigest()[:16]), encoding="utf-8")
    return storlek


def main(argv: list[str] | None = None) -> int:
    tolk = argparse.ArgumentParser(prog="python -m kunskapsbank.webbgranskare",
                                   description="Lägger granskaren för webbläsaren i site/.")
    tolk.add_argument("site", help="den byggda webbplatsen")
    tolk.add_argument("--rot", default=".", help="projektets mapp")
    tolk.add_argument("--config", default=None, help="mkdocs.yml (standard: ROT/mkdocs.yml)")
    args = tolk.parse_args(argv)
    rot = Path(args.rot).resolve()
    config = Path(args.config).resolve() if args.config else rot / "mkdocs.yml"
    from kunskapsbank.grund.fel import InnehallsFel

    try:
        storlek = bygg(Path(args.site).resolve(), rot, config, lambda t: print(t, file=sys.stderr))
    except InnehallsFel as fel:
        print(f"FEL: {fel}", file=sys.stderr)
        return 1
    if storlek:
        ra = sum(s[0] for s in storlek.values()) / 1e6
        packad = sum(s[1] for s in storlek.values()) / 1e6
        print(f"Granska din text: {ra:.1f} MB i {MAPP}/, {packad:.1f} MB med gzip "
              f"(laddas bara på den sidan, och bara första gången).", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
