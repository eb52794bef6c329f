"""The whole build, step by step. This is what scripts/build runs:

    1. Kontroll av källorna  kunskapsbank.kallkontroll checks docs/ and mkdocs.yml
                     (link loops, front matter, SVG files, boxes, image sizes).
    2. Rapportsidorna  kunskapsbank.rapportsidor runs the checker and writes the report
                     pages and review notes to a temporary folder of this build.
    3. Webbplatsen   MkDocs renders the HTML of both languages. It gets the folder in
                     $KB_BYGGMAPP; our hooks only adapt (identity, the report pages,
                     the checks of each page's HTML, the manifest).
    4. Sökindexet    kunskapsbank.sokindex makes the search index per language.
    5. Granska din text  kunskapsbank.webbgranskare puts the checker for the browser
                     (Pyodide and our pure-Python sources) into assets/webbgranskare/.
    6. Kurshäften    kunskapsbank.haften reads the site and the manifest, writes the PDFs.

Steps 3-6 build into a fresh folder next to the site folder, which replaces it only
when every step has passed: a stopped build leaves the last good site as it was.
Each step prints one line with its time. Of MkDocs' own output only what a trainer
must act on is shown (warnings, errors, notes starting with "Obs:"); --utforligt shows
all of it.

    python -m kunskapsbank.byggkedja [--site-dir site] [--config mkdocs.yml] [--utforligt]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import kallkontroll, rapportsidor
from .rapportsidor import BYGGMAPP
from .sokindex import bygg_sokindex

VISAS = ("WARNING", "ERROR", "Obs:", "Aborted", "Error:", "Traceback", "FEL:")


def _sag(text: str) -> None:
    print(f"==> {text}", file=sys.stderr, flush=True)


def bygg_webbplatsen(config: Path, site: Path, strikt: bool, utforligt: bool, mapp: Path) -> int:
    kommando = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "--site-dir", str(site)]
    if strikt:
        # Not --quiet: it hides the warnings that --strict counts, and the build would pass.
        kommando.append("--strict")
    resultat = subprocess.run(kommando, capture_output=True, text=True, cwd=config.parent,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1", BYGGMAPP: str(mapp)})
    for strom, ut in ((resultat.stdout, sys.stdout), (resultat.stderr, sys.stderr)):
        for rad in strom.splitlines():
            if utforligt or any(ord_ in rad for ord_ in VISAS) or resultat.returncode and "Exception" in rad:
                print(rad, file=ut)
    return resultat.returncode


def bygg_sokindexet(site: Path) -> int:
    antal = bygg_sokindex(site)
    if not antal:
        print(f"FEL: {site / 'search/search_index.json'} saknas: MkDocs sökplugin (search) skrev inget index.",
              file=sys.stderr)
    return 0 if antal else 1


def bygg_webbgranskaren(site: Path, config: Path) -> int:
    from .webbgranskare import main as webbgranskare

    return webbgranskare([str(site), "--rot", str(config.parent), "--config", str(config)])


def bygg_haftena(site: Path, rot: Path, utforligt: bool) -> int:
    from .fel import InnehallsFel
    from .haften.steg import bygg_haften

    varningar = []

    def varna(text: str) -> None:
        varningar.append(text)
        print(f"VARNING: {text}", file=sys.stderr)

    try:
        bygg_haften(site, rot, (lambda t: print(t, file=sys.stderr)) if utforligt else (lambda t: None), varna)
    except InnehallsFel as fel:
        print(f"FEL: {fel}", file=sys.stderr)
        return 1
    return 1 if varningar else 0


def lagg_pa_plats(nytt: Path, site: Path) -> None:
    """Put the finished build where the site belongs, replacing the old one only now."""
    gammalt = site.with_name(f".{site.name}.gammalt")
    shutil.rmtree(gammalt, ignore_errors=True)
    if site.exists():
        site.rename(gammalt)
    nytt.rename(site)
    shutil.rmtree(gammalt, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    tolk = argparse.ArgumentParser(prog="python -m kunskapsbank.byggkedja",
                                   description="Bygger webbplatsen och kurshäftena, steg för steg.")
    tolk.add_argument("--config", default="mkdocs.yml", help="webbplatsens inställningar")
    tolk.add_argument("--site-dir", default="site", help="mappen att bygga till")
    tolk.add_argument("--inte-strikt", action="store_true", help="varningar stoppar inte bygget")
    tolk.add_argument("--utforligt", action="store_true", help="visa allt som MkDocs skriver")
    args = tolk.parse_args(argv)
    config = Path(args.config).resolve()
    site = Path(args.site_dir).resolve()
    # Everything is built into a fresh folder next to site/, which takes the place of
    # site/ only when every step has passed: a stopped build never leaves a site that
    # looks complete, and the last good site stays where it was.
    nytt = site.with_name(f".{site.name}.nytt")
    shutil.rmtree(nytt, ignore_errors=True)
    nytt.parent.mkdir(parents=True, exist_ok=True)
    mapp = Path(tempfile.mkdtemp(prefix="kunskapsbank-bygge-"))
    kod = 1
    try:
        kod = _kor_stegen(config, nytt, mapp, args)
    finally:
        shutil.rmtree(mapp, ignore_errors=True)
        if kod != 0:
            shutil.rmtree(nytt, ignore_errors=True)
    if kod == 0:
        lagg_pa_plats(nytt, site)
        if os.environ.get("KB_HAFTEN") == "av":
            _sag("Kurshäftena byggdes inte (KB_HAFTEN=av).")
        _sag(f"Klart: {site}")
    return kod


def _kor_stegen(config: Path, site: Path, mapp: Path, args) -> int:
    fel = lambda t: print(t, file=sys.stderr)  # noqa: E731
    steg = [
        ("Kontroll av källorna", lambda: kallkontroll.kor(config, fel, args.utforligt)),
        ("Rapportsidorna (läsbarhet, granskning, nytt)",
         lambda: rapportsidor.kor(config, mapp, args.utforligt, fel, not args.inte_strikt)),
        ("Webbplatsen (MkDocs, båda språken)",
         lambda: bygg_webbplatsen(config, site, not args.inte_strikt, args.utforligt, mapp)),
        ("Sökindexet", lambda: bygg_sokindexet(site)),
        ("Granska din text (granskaren i webbläsaren)", lambda: bygg_webbgranskaren(site, config)),
    ]
    if os.environ.get("KB_HAFTEN") != "av":
        steg.append(("Kurshäftena (PDF)", lambda: bygg_haftena(site, config.parent, args.utforligt)))
    totalt = time.perf_counter()
    for nr, (namn, kor) in enumerate(steg, 1):
        start = time.perf_counter()
        kod = kor()
        tid = time.perf_counter() - start
        if kod != 0:
            _sag(f"{nr}/{len(steg)} {namn}: stoppade efter {tid:.1f} s. Rätta felen ovan och bygg igen.")
            return kod
        _sag(f"{nr}/{len(steg)} {namn}: {tid:.1f} s")
    _sag(f"Alla steg på {time.perf_counter() - totalt:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
