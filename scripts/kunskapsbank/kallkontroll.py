"""Kontroll av källorna: the checks that need only what someone wrote in docs/ and
mkdocs.yml, run before the site engine:

    python -m kunskapsbank.kallkontroll [--config mkdocs.yml]

- a link loop in docs/ (kunskapsbank.mappar; kallor.las stops on it before walking docs/)
- every page's front matter against the schema (kunskapsbank.sidhuvud)
- SVG files with active content or references to other hosts (kunskapsbank.sakerhet)
- boxes (`!!!`/`???`) that would not become what the trainer meant (kunskapsbank.rutor)
- images larger than the limit in mkdocs.yml: warnings only (kunskapsbank.bilder)

Every page is checked before any is built, so one run lists every mistake. What Markdown
makes of a page is checked while the engine renders it (hooks/kontroller.py).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .bilder import for_stora_bilder, max_kb
from .fel import InnehallsFel
from .kallor import Kallor, las
from .rutor import Rutor, problem_i_kallan
from .sakerhet import granska_svg
from .sidhuvud import granska_fil


@dataclass
class Utfall:
    fel: list[InnehallsFel] = field(default_factory=list)     # stop the build
    varningar: list[str] = field(default_factory=list)        # a trainer should act, the build goes on


def granska(kallor: Kallor) -> Utfall:
    """Raises InnehallsFel for a mistake in the settings themselves."""
    grans, rutor = max_kb(kallor.extra), Rutor.fran_config((kallor.extra.get("lattlast") or {}).get("rutor"))
    utfall = Utfall()
    for src, fil in kallor.sidor.items():
        sidhuvud, fel = granska_fil(fil, kallor.namn(src))
        utfall.fel += fel
        if sidhuvud is None and fel:
            continue        # unreadable, or front matter the box check cannot skip
        rader = fil.read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n")
        utfall.fel += [p.som_fel(kallor.namn(src)) for p in problem_i_kallan(rader, rutor)]
    for src, fil in kallor.filer.items():
        if fil.suffix.lower() == ".svg":
            utfall.fel += granska_svg(fil.read_bytes(), kallor.namn(src))
    utfall.varningar = for_stora_bilder([(kallor.namn(s), f) for s, f in kallor.filer.items()], grans)
    return utfall


def kor(config: Path, skriv=print) -> int:
    """The step: prints every mistake and warning; 1 when the build must stop."""
    try:
        utfall = granska(las(config))
    except InnehallsFel as fel:
        utfall = Utfall([fel])
    for fel in utfall.fel:
        skriv(f"FEL: {fel}")
    for varning in utfall.varningar:
        skriv(f"VARNING: {varning}")
    return 1 if utfall.fel else 0


def main(argv: list[str] | None = None) -> int:
    tolk = argparse.ArgumentParser(prog="python -m kunskapsbank.kallkontroll",
                                   description="Kontrollerar källorna i docs/ innan webbplatsen byggs.")
    tolk.add_argument("--config", default="mkdocs.yml", help="webbplatsens inställningar")
    args = tolk.parse_args(argv)
    return kor(Path(args.config), lambda t: print(t, file=sys.stderr))


if __name__ == "__main__":
    sys.exit(main())
