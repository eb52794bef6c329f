"""Kontroll av källorna: the checks that need only what someone wrote in docs/ and
mkdocs.yml, run before the site engine:

    python -m kunskapsbank.kontroller.kallkontroll [--config mkdocs.yml]

- a link loop in docs/ (kunskapsbank.kallor.mappar; kallor.las stops on it before walking docs/)
- every page's front matter against the schema (kunskapsbank.kallor.sidhuvud)
- SVG files with active content or references to other hosts (kunskapsbank.kontroller.sakerhet)
- boxes (`!!!`/`???`) that would not become what the trainer meant (kunskapsbank.kontroller.rutor)
- images larger than the limit in mkdocs.yml: warnings only (kunskapsbank.kallor.bilder)
- `{{ name }}` in a page that the build does not know (kunskapsbank.sidor.variabler)
- the menu: participants' pages first, the tools for trainers and editors in a section
  of their own (kunskapsbank.kontroller.meny)
- course sessions: an "Inför" page names a real session, an evaluation page a real form
  (docs/_data/utvardering.yml); a case no session links to is a warning
  (kunskapsbank.kontroller.kurstillfallen)
- a figure on a page that names no source: a warning (kunskapsbank.kallor.kallhanvisningar)
- links to pages of a part the förbund switched off: notes, since MkDocs shows them as
  plain text (kunskapsbank.kallor.moduler, hooks/forbund.py)

Every page is checked before any is built, so one run lists every mistake. What Markdown
makes of a page is checked while the engine renders it (hooks/kontroller.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kunskapsbank.kallor.bilder import for_stora_bilder
from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.haften.definitioner import poster_som_saknas
from kunskapsbank.kallor.kallhanvisningar import sidans_kallor, siffra_utan_kalla
from kunskapsbank.kallor.kallorna import Kallor, las
from kunskapsbank.sidor.variabler import okanda
from kunskapsbank.kallor.moduler import avlanka_markdown, meddelanden_om_avstangda
from kunskapsbank.grund.markdownkalla import brodtextens_start, med_snippets
from kunskapsbank.kontroller import kurstillfallen
from kunskapsbank.kontroller.meny import DELTAGARE, lasare_i_fel_del
from kunskapsbank.bildspel.kalla import ar_bildspel, bilder_med_for_mycket_text, fel_i_bildspelet
from kunskapsbank.kontroller.rutor import Radkarta, problem_i_kallan, upprepade_rubriker
from kunskapsbank.kontroller.sakerhet import granska_svg
from kunskapsbank.kallor.sidhuvud import granska_fil
from kunskapsbank.kallor.svarsid import forsvunna_svar, id_i_historiken
from kunskapsbank.grund.yamlfil import mkdocs_nod


@dataclass
class Utfall:
    fel: list[InnehallsFel] = field(default_factory=list)     # stop the build
    varningar: list[str] = field(default_factory=list)        # a trainer should act, the build goes on
    upplysningar: list[str] = field(default_factory=list)     # what the build did on purpose


def granska(kallor: Kallor) -> Utfall:
    """Raises InnehallsFel for a mistake in the settings themselves."""
    grans, rutor = kallor.installningar.bilder_max_kb, kallor.installningar.rutor
    utfall = Utfall()
    svars_id = id_i_historiken(kallor.rot, os.path.relpath(kallor.docs, kallor.rot))
    med_siffror: dict[str, tuple[list[str] | None, str]] = {}     # the pages whose figures need a source
    lasare: dict[str, str] = {}
    svenska = set(kallor.svenska_sidor())
    sidhuvuden = {}         # the Swedish pages' front matter and lines, for the course sessions
    for src, fil in kallor.sidor.items():
        sidhuvud, fel = granska_fil(fil, kallor.namn(src), kallor.installningar.modulnamn,
                                    kallor.kallista.nycklar())
        utfall.fel += fel
        if sidhuvud is None and fel:
            continue        # unreadable, or front matter the box check cannot skip
        rader = fil.read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n")
        if (borta := forsvunna_svar(kallor.namn(src), sidhuvud, svars_id.get(kallor.namn(src), {}), rader)):
            utfall.fel.append(borta)
        # Snippets (--8<--) are checked where the page puts them, and reported in their own file.
        med, platser = med_snippets(rader, kallor.namn(src), kallor.rot)
        for fel in (p.som_fel(kallor.namn(src), Radkarta(tuple(platser))) for p in problem_i_kallan(med, rutor)):
            if str(fel) not in map(str, utfall.fel):
                utfall.fel.append(fel)
        lasare[src] = sidhuvud.lasare or DELTAGARE
        if ar_bildspel(src):
            utfall.fel += fel_i_bildspelet(kallor.namn(src), rader, lambda bild, f=fil: (f.parent / bild).is_file())
            utfall.varningar += bilder_med_for_mycket_text(kallor.namn(src), rader)
        utfall.varningar += upprepade_rubriker(rader, kallor.namn(src), brodtextens_start(rader))
        if src in svenska:
            sidhuvuden[src] = (sidhuvud, rader)
        utfall.fel += okanda("\n".join(rader), kallor.namn(src))
        if sidhuvud.lasare != "redaktorer":
            med_siffror[src] = (sidhuvud.kallor, "\n".join(rader))
        start = brodtextens_start(rader)
        utfall.varningar += [f.som_text() for f in avlanka_markdown(
            "\n".join(rader[start:]), src, kallor.namn(src), kallor.modulval, start)[1]]
    fel, varningar = kurstillfallen.granska(sidhuvuden, kallor.namn, kallor.docs)
    # A session page with a mistake is missing from sidhuvuden: its cases would look unused.
    utfall.varningar += varningar if not (utfall.fel or fel) else []
    utfall.fel += fel
    kallor_per_sida = {src: k for src, (k, _) in med_siffror.items()}
    for src, (_, text) in med_siffror.items():
        if not sidans_kallor(src, kallor_per_sida) and (varning := siffra_utan_kalla(text, kallor.namn(src))):
            utfall.varningar.append(varning)
    for src, fil in kallor.filer.items():
        if fil.suffix.lower() == ".svg":
            utfall.fel += granska_svg(fil.read_bytes(), kallor.namn(src))
    utfall.varningar += for_stora_bilder([(kallor.namn(s), f) for s, f in kallor.filer.items()], grans)
    utfall.fel += poster_som_saknas(kallor.installningar, sorted(kallor.svenska_sidor()),
                                    mkdocs_nod(kallor.config_fil, "extra"))
    utfall.fel += lasare_i_fel_del(mkdocs_nod(kallor.config_fil, "nav"), lasare, kallor.config_fil.name)
    utfall.upplysningar = meddelanden_om_avstangda(kallor.modulval, kallor.avstangda)
    return utfall


def kor(config: Path, skriv=print, utforligt: bool = False) -> int:
    """The step: prints every mistake and warning; 1 when the build must stop."""
    try:
        utfall = granska(las(config))
    except InnehallsFel as fel:
        utfall = Utfall([fel])
    for fel in utfall.fel:
        skriv(f"FEL: {fel}")
    for varning in utfall.varningar:
        skriv(f"VARNING: {varning}")
    for text in utfall.upplysningar if utforligt else []:
        skriv(text)
    return 1 if utfall.fel else 0


def main(argv: list[str] | None = None) -> int:
    tolk = argparse.ArgumentParser(prog="python -m kunskapsbank.kontroller.kallkontroll",
                                   description="Kontrollerar källorna i docs/ innan webbplatsen byggs.")
    tolk.add_argument("--config", default="mkdocs.yml", help="webbplatsens inställningar")
    tolk.add_argument("--utforligt", action="store_true", help="visa också vad bygget gör med flit")
    args = tolk.parse_args(argv)
    return kor(Path(args.config), lambda t: print(t, file=sys.stderr), args.utforligt)


if __name__ == "__main__":
    sys.exit(main())
