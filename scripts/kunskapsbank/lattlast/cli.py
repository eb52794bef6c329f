"""Command line: scripts/lint [PATH ...] [--format text|json|github] [--stats] [--strict]

Exit code 0: no errors. 1: errors (or warnings with --strict). 2: bad usage or a file
that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ..kommandorad import SvenskArgumentParser, SvenskHjalp
from ..sidhuvud import granska_fil as granska_sidhuvudfil
from ..mappar import lankloop_fel
from .fynd import Fynd
from .granskare import LasFel, Resultat, granska_fil
from .installningar import Installningar, InstallningsFel, las_mkdocs_yml


def _parser() -> argparse.ArgumentParser:
    p = SvenskArgumentParser(
        prog="scripts/lint",
        description="Lättläst-granskaren: visar vad som gör svensk text svår att läsa.",
        formatter_class=SvenskHjalp, add_help=False)
    # Own groups, so the help has Swedish headings instead of argparse's "options".
    vad = p.add_argument_group("Vad som granskas")
    vad.add_argument("sokvagar", metavar="SÖKVÄG", nargs="*",
                     help="Markdown-fil eller mapp (alla .md under den). Standard: docs/")
    hur = p.add_argument_group("Val")
    hur.add_argument("--format", choices=("text", "json", "github"), default="text",
                     help="text (standard), json eller github (kommentarer i pull requests)")
    hur.add_argument("--stats", action="store_true",
                     help="skriv statistik per fil (ord, meningar, långa ord, LIX, OVIX) som JSON")
    hur.add_argument("--strict", action="store_true", help="varningar ger också felkod 1")
    hur.add_argument("--config", metavar="FIL", help="mkdocs.yml att läsa inställningar från")
    hur.add_argument("--rot", metavar="MAPP", help=argparse.SUPPRESS)
    hur.add_argument("-h", "--help", action="help", help="visa den här hjälpen")
    return p


def _filer(sokvagar: list[Path]) -> tuple[list[Path], list[Path]]:
    """The files to check, and the folders that hold no .md file."""
    filer: list[Path] = []
    tomma: list[Path] = []
    for sokvag in sokvagar:
        if sokvag.is_dir():
            hittade = sorted(p for p in sokvag.rglob("*.md") if p.is_file())
            if not hittade:
                tomma.append(sokvag)
            filer.extend(hittade)
        else:
            filer.append(sokvag)
    return filer, tomma


def _visningsnamn(fil: Path) -> str:
    try:
        return os.path.relpath(fil)
    except ValueError:
        return str(fil)


def _github_escape(text: str, egenskap: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if egenskap:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def som_github(f: Fynd) -> str:
    niva = {"error": "error", "warning": "warning", "info": "notice"}[f.severity]
    meddelande = f.message + (f" Förslag: {f.suggestion}" if f.suggestion else "")
    return (f"::{niva} file={_github_escape(f.path, True)},line={f.line},col={f.column},"
            f"title={_github_escape('Lättläst: ' + f.rule, True)}::{_github_escape(meddelande)}")


def _sidhuvudfel(fil: Path, resultat: Resultat) -> list[Fynd]:
    """The front-matter schema's findings (the build stops on them too), except where
    the checker already reported the same line."""
    sedda = {f.line for f in resultat.fynd if f.rule == "sidhuvud"}
    _, fel = granska_sidhuvudfil(fil, resultat.path)
    return [Fynd(resultat.path, f.rad or 1, f.kolumn or 1, "sidhuvud", "error", f.meddelande, f.atgard)
            for f in fel if (f.rad or 1) not in sedda]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    rot = Path(args.rot) if args.rot else Path.cwd()
    config = Path(args.config) if args.config else rot / "mkdocs.yml"
    if args.config and not config.is_file():
        # A settings file the trainer names must exist: silently using the defaults
        # would check the pages against other limits than they expect.
        print(f"FEL: {config}: inställningsfilen finns inte. Kontrollera namnet efter --config.",
              file=sys.stderr)
        return 2
    try:
        inst = Installningar.fran_dict(las_mkdocs_yml(config), rot, config)
    except InstallningsFel as fel:
        plats = f"{config}:{fel.rad}" if fel.rad else f"{config}"
        print(f"FEL: {plats}: {fel.text}", file=sys.stderr)
        return 2
    except Exception as fel:  # a broken mkdocs.yml must not give a traceback
        print(f"FEL: {config} går inte att läsa ({fel.__class__.__name__}).", file=sys.stderr)
        return 2
    sokvagar = [Path(s) for s in args.sokvagar] or [rot / "docs"]
    saknas = [s for s in sokvagar if not s.exists()]
    if saknas:
        for s in saknas:
            print(f"FEL: {s}: filen eller mappen finns inte.", file=sys.stderr)
        return 2

    loopar = [fel for fel in (lankloop_fel(s, _visningsnamn(s)) for s in sokvagar if s.is_dir()) if fel]
    if loopar:
        for fel in loopar:
            print(f"FEL: {fel}", file=sys.stderr)
        return 2

    filer, tomma = _filer(sokvagar)
    for mapp in tomma:
        print(f"{'FEL' if not filer else 'OBS'}: {mapp}: mappen har inga Markdown-filer (.md) "
              "att granska.", file=sys.stderr)
    if not filer:
        return 2
    resultat: list[Resultat] = []
    lasfel = False
    for fil in filer:
        try:
            svar = granska_fil(fil, inst, _visningsnamn(fil))
        except LasFel as fel:
            print(f"FEL: {fel}", file=sys.stderr)
            lasfel = True
            continue
        svar.fynd = sorted(svar.fynd + _sidhuvudfel(fil, svar), key=lambda f: (f.line, f.column, f.rule))
        resultat.append(svar)
    fynd = [f for r in resultat for f in r.fynd]

    if args.stats:
        rader = [r.statistik.som_dict() for r in resultat if r.statistik is not None]
        print(json.dumps(rader, ensure_ascii=False, indent=2))
    elif args.format == "json":
        print(json.dumps([f.som_dict() for f in fynd], ensure_ascii=False, indent=2))
    elif args.format == "github":
        for f in fynd:
            print(som_github(f))
    else:
        for f in fynd:
            print(f.som_text())
        antal = {s: sum(1 for f in fynd if f.severity == s) for s in ("error", "warning", "info")}
        print(f"Granskade {len(resultat)} filer: {antal['error']} fel, {antal['warning']} "
              f"varningar, {antal['info']} tips.", file=sys.stderr)

    if lasfel:
        return 2
    if any(f.severity == "error" for f in fynd):
        return 1
    if args.strict and any(f.severity == "warning" for f in fynd):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
