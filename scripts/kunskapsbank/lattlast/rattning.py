"""`scripts/lint --fix`: apply the replacements the rules mark safe, and nothing else.

Only a span on one line is replaced, and never in front matter, code, links, HTML,
or boxes (`!!!`/`???`, their marker lines and their indented text): what a trainer
wrote there stays exactly as it was.
"""

from __future__ import annotations

import difflib
import re

from kunskapsbank.lattlast.fynd import Fynd
from kunskapsbank.grund.markdownkalla import kodrader
from kunskapsbank.lattlast.markdown import las_markdown

# Parts of a line that are markup or code: inline code, images and links (text and
# address), autolinks and HTML tags.
SKYDDAT_I_RAD = re.compile(r"`+[^`]*`+|!?\[[^\]]*\]\([^)]*\)|!?\[[^\]]*\]\[[^\]]*\]|<[^>]+>")
RUTA = re.compile(r"^(\s*)(!!!|\?\?\?\+?)\s")
# A replaced span holds words only: no markup character may be inside it.
BARA_TEXT = re.compile(r"^[^\W\d_][\w .\u00a0]*$")


def _skyddade_rader(rader: list[str], front_matter_rader: int) -> set[int]:
    """0-based lines that --fix never changes."""
    skyddade = set(range(front_matter_rader))
    kod = kodrader(rader, front_matter_rader)
    ruta_indrag: int | None = None
    for i, rad in enumerate(rader):
        if i < front_matter_rader:
            continue
        if kod[i]:
            skyddade.add(i)
            continue
        indrag = len(rad) - len(rad.lstrip())
        if ruta_indrag is not None:
            if not rad.strip() or indrag > ruta_indrag:
                skyddade.add(i)
                continue
            ruta_indrag = None
        m = RUTA.match(rad)
        if m:
            ruta_indrag = len(m.group(1))
            skyddade.add(i)
    return skyddade


def ratta(kalla: str, fynd: list[Fynd]) -> tuple[str, int]:
    """The text with every safe replacement applied, and how many were applied."""
    dok = las_markdown(kalla)
    rader = kalla.split("\n")
    skyddade = _skyddade_rader(rader, dok.front_matter_rader)
    per_rad: dict[int, list[Fynd]] = {}
    for f in fynd:
        if (f.safe and f.replacements and f.end_line == f.line and f.end_column
                and f.line - 1 not in skyddade and 0 < f.line <= len(rader)):
            per_rad.setdefault(f.line - 1, []).append(f)
    antal = 0
    for i, lista in per_rad.items():
        rad = rader[i]
        skydd = [(m.start(), m.end()) for m in SKYDDAT_I_RAD.finditer(rad)]
        slut_fore = len(rad) + 1
        for f in sorted(lista, key=lambda f: -f.column):
            start, slut = f.column - 1, f.end_column - 1
            if slut > slut_fore or any(s < slut and start < e for s, e in skydd):
                continue
            if not BARA_TEXT.match(rad[start:slut]):
                continue
            rad = rad[:start] + f.replacements[0] + rad[slut:]
            slut_fore = start
            antal += 1
        rader[i] = rad
    return "\n".join(rader), antal


def diff(fore: str, efter: str, namn: str) -> str:
    return "".join(difflib.unified_diff(fore.splitlines(keepends=True), efter.splitlines(keepends=True),
                                        f"a/{namn}", f"b/{namn}"))
