"""The booklet step of the build: reads the manifest and the HTML in site/, writes the
PDF files to site/haften/ and each page's download sizes. No site engine is needed:

    python -m kunskapsbank.haften site/
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from kunskapsbank import manifest
from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.haften.bygg import Byggt, bygg_alla, fyll_i_storlekar
from kunskapsbank.kallor.installningar import las as las_installningar
from kunskapsbank.haften.definitioner import DefinitionsFel, valj_sidor
from kunskapsbank.haften.sammanstall import Kallsida
from kunskapsbank.haften.utgava import las_utgava


def bygg_haften(site_dir: Path, rot: Path, rapportera: Callable[[str], None] = print,
                varna: Callable[[str], None] = print) -> list[Byggt]:
    """Build every booklet of the site in site_dir. Problems a trainer must act on go to
    `varna`; raises InnehallsFel for what stops the step."""
    site_dir = Path(site_dir)
    bygge = manifest.las(site_dir, "sv")
    haften = las_installningar(bygge.extra).haften_som_byggs()
    sidor = {s.src: s for s in bygge.sidor}
    ordning = [s.src for s in bygge.i_menyordning()]
    for hafte in haften:
        try:
            hafte.kallsidor = valj_sidor(hafte, ordning)
        except DefinitionsFel as fel:
            raise InnehallsFel("mkdocs.yml", None, str(fel), "Rätta posten under extra.haften.") from None

    def kallsidor(hafte):
        return [Kallsida(src, sidor[src].url, site_dir / sidor[src].fil, sidor[src].titel,
                         sidor[src].granskad, Path(rot) / "docs" / src)
                for src in hafte.kallsidor]

    rutor = las_installningar(bygge.extra).rutor
    byggda = bygg_alla(haften, kallsidor, bygge.extra.get("forbund") or {}, las_utgava(rot), site_dir,
                       bygge.site_url, rapportera, varna, rutor)
    for b in byggda:
        if b.hafte.max_sidor and b.sidor > b.hafte.max_sidor:
            varna(f"Häftet {b.hafte.id} blev {b.sidor} sidor men får vara högst {b.hafte.max_sidor}. "
                  f"Så rättar du: korta texten på {', '.join('docs/' + s for s in b.hafte.kallsidor)}.")
    fyll_i_storlekar(site_dir, byggda)
    return byggda


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    tolk = argparse.ArgumentParser(prog="python -m kunskapsbank.haften",
                                   description="Bygger kurshäftena (PDF) av en byggd webbplats.")
    tolk.add_argument("site", help="mappen med den byggda webbplatsen, till exempel site/")
    tolk.add_argument("--rot", default=".", help="projektets mapp (för utgåvan från git)")
    args = tolk.parse_args(argv)
    varningar: list[str] = []

    def varna(text: str) -> None:
        varningar.append(text)
        print(f"VARNING: {text}", file=sys.stderr)

    start = time.perf_counter()
    try:
        byggda = bygg_haften(Path(args.site), Path(args.rot), lambda t: print(t, file=sys.stderr), varna)
    except InnehallsFel as fel:
        print(f"FEL: {fel}", file=sys.stderr)
        return 1
    print(f"Alla {len(byggda)} häften klara på {time.perf_counter() - start:.1f} s", file=sys.stderr)
    # Like the strict site build: what a trainer must act on stops the build.
    return 1 if varningar else 0
