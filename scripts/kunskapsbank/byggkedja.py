"""The whole build, step by step. This is what scripts/build runs:

    1. Kontroll av källorna  kunskapsbank.kontroller.kallkontroll checks docs/ and mkdocs.yml
                     (link loops, front matter, SVG files, boxes, image sizes).
    2. Rapportsidorna  kunskapsbank.sidor.rapportsidor runs the checker and writes the report
                     pages and review notes to a temporary folder of this build.
    3. Webbplatsen   MkDocs renders the HTML of both languages. It gets the folder in
                     $KB_BYGGMAPP; our hooks only adapt (identity, the report pages,
                     the checks of each page's HTML, the manifest).
    4. Sökindexet och frågorna  kunskapsbank.sok.sokindex makes the search index per
                     language; kunskapsbank.sidor.svarsrutor lists every question with an
                     answer box (svar/fragor.json) for "Mina svar" and the trainers.
    5. Bildspelen    kunskapsbank.bildspel.bygg makes each deck (docs/bildspel/) a
                     presentation in the browser (reveal.js) and a PowerPoint file.
    6. Granska din text  kunskapsbank.webbgranskare.bygg puts the checker for the browser
                     (Pyodide and our pure-Python sources) into assets/webbgranskare/.
    7. Kurshäften    kunskapsbank.haften reads the site and the manifest, writes the PDFs.

Steps 3-7 build into a fresh folder next to the site folder, which replaces it only
when every step has passed: a stopped build leaves the last good site as it was.
Each step prints one line with its time. Of MkDocs' own output only what a trainer
must act on is shown (warnings, errors, notes starting with "Obs:"); --utforligt shows
all of it.

    python -m kunskapsbank.byggkedja [--site-dir site] [--config mkdocs.yml] [--utforligt]
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from contextlib import contextmanager
from pathlib import Path

from kunskapsbank.kontroller import kallkontroll
from kunskapsbank.sidor import rapportsidor
from kunskapsbank.sidor.rapportsidor import BYGGMAPP
from kunskapsbank.sidor.svarsrutor import skriv_fragelistan
from kunskapsbank.sok.sokindex import bygg_sokindex

VISAS = ("WARNING", "ERROR", "Obs:", "Aborted", "Error:", "Traceback", "FEL:")


def _sag(text: str) -> None:
    print(f"==> {text}", file=sys.stderr, flush=True)


class _MkDocsLogg(logging.Handler):
    """MkDocs' log lines as its command line writes them ("WARNING -  ..."), but only
    what a trainer must act on, unless all of it is asked for."""

    def __init__(self, utforligt: bool):
        super().__init__()
        self.utforligt = utforligt

    def emit(self, post: logging.LogRecord) -> None:
        rad = f"{post.levelname:<8}-  {self.format(post)}"
        if self.utforligt or any(ord_ in rad for ord_ in VISAS):
            print(rad, file=sys.stderr, flush=True)


@contextmanager
def _mkdocs_miljo(config: Path, mapp: Path, utforligt: bool):
    """What `mkdocs build` sets up around a build: its folder, the environment the
    hooks read, its log and Python's warnings in that log."""
    import warnings

    forra_mappen, forra_miljon = Path.cwd(), dict(os.environ)
    logg = logging.getLogger("mkdocs")
    hanterare = _MkDocsLogg(utforligt)
    forra_nivan, forra_spridningen = logg.level, logg.propagate
    logg.addHandler(hanterare)
    logg.setLevel(logging.INFO)
    logg.propagate = False
    os.chdir(config.parent)           # relative paths in mkdocs.yml (snippets) start here
    os.environ.update({"NO_MKDOCS_2_WARNING": "1", BYGGMAPP: str(mapp)})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("module", DeprecationWarning)
            warnings.showwarning = lambda meddelande, kategori, *_: logg.info(f"{kategori.__name__}: {meddelande}")
            yield
    finally:
        os.chdir(forra_mappen)
        os.environ.clear()
        os.environ.update(forra_miljon)
        logg.removeHandler(hanterare)
        logg.setLevel(forra_nivan)
        logg.propagate = forra_spridningen


def bygg_webbplatsen(config: Path, site: Path, strikt: bool, utforligt: bool, mapp: Path) -> int:
    """`mkdocs build` in this process: the modules the steps before it imported (our
    own, pydantic, YAML) are not loaded a second time."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    with _mkdocs_miljo(config, mapp, utforligt):
        try:
            # strict as --strict: MkDocs counts the warnings and stops after the build.
            installningar = load_config(config_file=str(config), site_dir=str(site), strict=strikt)
            installningar.plugins.on_startup(command="build", dirty=False)
            try:
                build(installningar)
            finally:
                installningar.plugins.on_shutdown()
        except MkDocsException as fel:
            fel.show()                    # as the command line shows it ("Error: ...", "Aborted ...")
            return fel.exit_code
        except Exception:                 # a bug of ours or of a plugin: its last lines, never silence
            print("".join(traceback.format_exc().splitlines(keepends=True)[-6:]), file=sys.stderr)
            return 1
    return 0


def bygg_sokindexet(site: Path) -> int:
    from kunskapsbank.grund.fel import InnehallsFel

    try:
        antal = bygg_sokindex(site)
    except InnehallsFel as fel:
        print(f"FEL: {fel}", file=sys.stderr)
        return 1
    skriv_fragelistan(site)
    if not antal:
        print(f"FEL: {site / 'search/search_index.json'} saknas: MkDocs sökplugin (search) skrev inget index.",
              file=sys.stderr)
    return 0 if antal else 1


def bygg_bildspelen(site: Path, config: Path) -> int:
    from kunskapsbank.bildspel.bygg import bygg_bildspelen as bygg
    from kunskapsbank.grund.fel import InnehallsFel

    try:
        bygg(site, config.parent, lambda t: print(t, file=sys.stderr))
    except InnehallsFel as fel:
        print(f"FEL: {fel}", file=sys.stderr)
        return 1
    return 0


def bygg_webbgranskaren(site: Path, config: Path) -> int:
    from kunskapsbank.webbgranskare.bygg import main as webbgranskare

    return webbgranskare([str(site), "--rot", str(config.parent), "--config", str(config)])


def bygg_haftena(site: Path, rot: Path, utforligt: bool) -> int:
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.haften.steg import bygg_haften

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
        ("Sökindexet och frågorna", lambda: bygg_sokindexet(site)),
        ("Bildspelen (webbläsare och PowerPoint)", lambda: bygg_bildspelen(site, config)),
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
