"""Command line: scripts/lint [PATH ...] [--format text|json|github] [--stats] [--strict]
[--fix [--dry-run]]

Exit code 0: no errors. 1: errors (or warnings with --strict). 2: bad usage or a file
that cannot be read. With --fix: 0 when the files could be read and written.

JSON findings have path, line, column, end_line and end_column (just after the span),
rule, severity, message, suggestion, replacements (texts that can replace the span as
they are) and safe (--fix may apply the first replacement).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

from kunskapsbank.grund.kommandorad import SvenskArgumentParser, SvenskHjalp
from kunskapsbank.kallor.sidhuvud import granska_fil as granska_sidhuvudfil
from kunskapsbank.kallor.mappar import lankloop_fel
from kunskapsbank.lattlast.fynd import ALLVARLIGHETER, ORDNING, Fynd
from kunskapsbank.lattlast.granskare import LasFel, Resultat, granska_fil, granska_text
from kunskapsbank.lattlast.installningar import Granskarinstallningar, InstallningsFel, las_mkdocs_yml
from kunskapsbank.lattlast.rattning import diff, ratta


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
    hur.add_argument("--fix", action="store_true",
                     help="byt ut det som säkert går att byta (till exempel 'samt' mot 'och') "
                          "och visa ändringarna. Sidhuvud, kod, länkar och rutor ändras aldrig")
    hur.add_argument("--dry-run", action="store_true",
                     help="med --fix: visa vad som skulle ändras, utan att spara")
    hur.add_argument("--niva", choices=("lattlast", "klarsprak"),
                     help="nivån för texter som inte anger någon i sitt sidhuvud, till exempel "
                          "ett brev (standard: standardniva i mkdocs.yml)")
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


# Below this much text one process is quicker than starting a second one.
PARALLELL_FRAN_BYTE = 2_000_000
ALLVARLIGHET = attrgetter("severity")
# How a finding is written in each output format.
FORMATERARE = {"text": Fynd.som_text, "json": Fynd.som_json, "github": som_github}


@dataclass
class Utskrift:
    """One file's findings written out in the output format, in UTF-8, with how many
    there are of each severity. A worker process sends this back instead of the
    findings: with hundreds of thousands of them, pickling the objects costs more than
    writing them, and the main process only has to pass the bytes on."""
    text: bytes
    antal: dict[str, int]
    bedomning: tuple[bool | None, str] | None = None     # (reaches its level, the verdict's text)


def _granska_en(fil: Path, inst: Granskarinstallningar, format_: str | None = None) -> Resultat | Utskrift | LasFel:
    """One file's result, findings sorted; written out already when format_ is given."""
    try:
        resultat = granska_fil(fil, inst, _visningsnamn(fil))
    except LasFel as fel:
        return fel
    sidhuvudfel = _sidhuvudfel(fil, resultat)
    if sidhuvudfel:     # (the checker's own findings come sorted)
        resultat.fynd = sorted(resultat.fynd + sidhuvudfel, key=ORDNING)
    if format_ is None:
        return resultat
    per_allvarlighet = Counter(map(ALLVARLIGHET, resultat.fynd))
    antal = {s: per_allvarlighet[s] for s in ALLVARLIGHETER}
    rader = list(map(FORMATERARE[format_], resultat.fynd))
    skiljetecken = ",\n" if format_ == "json" else "\n"
    text = skiljetecken.join(rader) + ("" if format_ == "json" or not rader else "\n")
    bedomning = resultat.bedomning
    return Utskrift(text.encode("utf-8"), antal, (bedomning.klarar, bedomning.text) if bedomning else None)


def _granska_alla(filer: list[Path], inst: Granskarinstallningar, format_: str | None = None) -> list:
    """Results in the files' order. Much text is checked in two processes (the machine
    the site is built on has two cores); the dictionaries are loaded before the fork.
    The files go out a few at a time, so a process slowed by other work gets fewer."""
    storlek = sum(f.stat().st_size for f in filer if f.is_file())
    arbetare = min(2, os.cpu_count() or 1)
    with _sallan_skrapsamling():
        if storlek < PARALLELL_FRAN_BYTE or arbetare < 2 or len(filer) < 2:
            return [_granska_en(f, inst, format_) for f in filer]
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from functools import partial

        granska_text("Uppvärmning av ordlistorna.", "uppvarmning.md", inst)
        # What is loaded now stays to the end: the children's garbage collector need not
        # look through it (nor copy the memory it would touch).
        gc.freeze()
        try:
            with ProcessPoolExecutor(arbetare, mp_context=multiprocessing.get_context("fork")) as pool:
                return list(pool.map(partial(_granska_en, inst=inst, format_=format_), filer,
                                     chunksize=max(1, len(filer) // 32)))
        finally:
            gc.unfreeze()


@contextmanager
def _sallan_skrapsamling():
    """The checking makes millions of short-lived objects and no reference cycles to
    speak of: the garbage collector need not look for them every 700 objects."""
    forra = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*forra)


class _Textstrom:
    def __init__(self, strom):
        self.strom = strom

    def write(self, data: bytes) -> None:
        self.strom.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.strom.flush()


def _skriv(delar: list[bytes], json_lista: bool) -> None:
    """The files' findings to stdout as they are, a JSON list with one finding per
    line: a print per finding cost more than the checking with much text."""
    sys.stdout.flush()
    ut = getattr(sys.stdout, "buffer", None)
    if ut is None:       # a text stream only, as when a test captures the output
        ut = _Textstrom(sys.stdout)
    if json_lista:
        ut.write(b"[\n")
    for i, del_ in enumerate(delar):
        if json_lista and i:
            ut.write(b",\n")
        ut.write(del_)
    if json_lista:
        ut.write(b"\n]\n")
    ut.flush()


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
        inst = Granskarinstallningar.fran_dict(las_mkdocs_yml(config), rot, config)
    except InstallningsFel as fel:
        plats = f"{config}:{fel.rad}" if fel.rad else f"{config}"
        print(f"FEL: {plats}: {fel.text}", file=sys.stderr)
        return 2
    except Exception as fel:  # a broken mkdocs.yml must not give a traceback
        print(f"FEL: {config} går inte att läsa ({fel.__class__.__name__}).", file=sys.stderr)
        return 2
    if args.niva:
        inst.standardniva = args.niva
    if args.dry_run and not args.fix:
        print("FEL: --dry-run används tillsammans med --fix: scripts/lint --fix --dry-run FIL",
              file=sys.stderr)
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
    # --fix and --stats need the findings themselves; the other formats only their text.
    format_ = None if args.fix or args.stats else args.format
    resultat: list[Resultat | Utskrift] = []
    lasfel = False
    for svar in _granska_alla(filer, inst, format_):
        if isinstance(svar, LasFel):
            print(f"FEL: {svar}", file=sys.stderr)
            lasfel = True
            continue
        resultat.append(svar)

    if args.fix:
        return _ratta_filer(filer, resultat, args.dry_run) or (2 if lasfel else 0)
    if args.stats:
        rader = [{**r.statistik.som_dict(), "bedomning": r.bedomning.text} for r in resultat if r.statistik is not None]
        print(json.dumps(rader, ensure_ascii=False, indent=2))
        antal = {s: sum(1 for r in resultat for f in r.fynd if f.severity == s) for s in ALLVARLIGHETER}
    else:
        antal = {s: sum(u.antal[s] for u in resultat) for s in ALLVARLIGHETER}
        _skriv([u.text for u in resultat if u.text], args.format == "json")
        if args.format == "text":
            print(f"Granskade {len(resultat)} {'fil' if len(resultat) == 1 else 'filer'}: {antal['error']} fel, "
                  f"{antal['warning']} "
                  f"varningar, {antal['info']} tips.", file=sys.stderr)
            _skriv_bedomning(resultat)

    if lasfel:
        return 2
    if antal["error"]:
        return 1
    if args.strict and antal["warning"]:
        return 1
    return 0


def _skriv_bedomning(utskrifter: list[Utskrift]) -> None:
    """Whether the text reaches its level: the whole verdict for one file, a count for many."""
    bedomda = [u.bedomning for u in utskrifter if u.bedomning]
    if len(bedomda) == 1:
        print(bedomda[0][1], file=sys.stderr)
    elif bedomda:
        inte = sum(1 for klarar, _ in bedomda if klarar is False)
        print(f"{len(bedomda) - inte} av {len(bedomda)} sidor klarar sin nivå"
              + (f"; {inte} klarar den inte än. Granska en sida i taget för att se varför." if inte else "."),
              file=sys.stderr)


def _ratta_filer(filer: list[Path], resultat: list[Resultat], bara_visa: bool) -> int:
    """Apply the safe replacements, print the diff; 2 when a file cannot be written."""
    per_namn = {r.path: r for r in resultat}
    totalt, andrade = 0, 0
    for fil in filer:
        r = per_namn.get(_visningsnamn(fil))
        if r is None:
            continue
        kalla = fil.read_text(encoding="utf-8")
        ny, antal = ratta(kalla, r.fynd)
        if not antal:
            continue
        print(diff(kalla, ny, r.path), end="")
        totalt, andrade = totalt + antal, andrade + 1
        if not bara_visa:
            try:
                fil.write_text(ny, encoding="utf-8")
            except OSError as err:
                print(f"FEL: {r.path}: filen går inte att spara ({err.strerror}).", file=sys.stderr)
                return 2
    verb = "Skulle ändra" if bara_visa else "Ändrade"
    print(f"{verb} {totalt} ställen i {andrade} filer. Granska ändringarna innan du sparar dem i git.",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
