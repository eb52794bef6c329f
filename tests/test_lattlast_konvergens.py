"""Suggestions converge: a replacement the checker offers, put in its place, never makes a
new finding on the same words ("På grund av" must not become "'På grund av att' ... skriv
'Eftersom'"), and leaves a sentence the checker reads as whole.

Run over every example of every rule (what the rule data promises) and over real text:
the project's development corpus and the site's own pages. Not over the held-out corpus
in tests/korpus/egen/kontroll/, which only measures."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from kunskapsbank.lattlast import Granskarinstallningar, granska_text
from kunskapsbank.lattlast.regler import alla_regler

from verktyg import ROT

INST = Granskarinstallningar()
UTVECKLING = ROT / "tests/korpus/egen/utveckling"
# Real agency prose beside the project (../shared/corpus/): read when it is there.
VERKLIG = ROT.parent / "shared" / "corpus"


def _sida(text: str) -> str:
    return f"---\nlattlast: klarsprak\n---\n\n{text}\n"


@lru_cache(maxsize=None)
def _texter() -> tuple[tuple[str, str], ...]:
    texter = [(f"exempel {regel_id}: {e.text[:50]}", _sida(e.text))
              for regel_id, regel in sorted(alla_regler().items()) for e in regel.alla_exempel() if e.traff]
    texter += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(UTVECKLING.glob("*.md"))]
    texter += [(f"verklig {p.name}", p.read_text(encoding="utf-8")) for p in sorted(VERKLIG.glob("*.md"))]
    texter += [(str(p.relative_to(ROT)), p.read_text(encoding="utf-8"))
               for p in sorted((ROT / "docs").rglob("*.md")) if "_snippets" not in p.parts]
    return tuple(texter)


def _overlappar(f, rad: int, start: int, slut: int) -> bool:
    """Does finding f cover any of columns start..slut (exclusive) on line rad?"""
    if f.line != rad:
        return False
    f_slut = f.end_column if f.end_line == f.line and f.end_column else f.column + 1
    return f.column < slut and start < f_slut


def _ersatt(text: str, f, ny: str) -> str:
    rader = text.split("\n")
    rad = rader[f.line - 1]
    rader[f.line - 1] = rad[:f.column - 1] + ny + rad[f.end_column - 1:]
    return "\n".join(rader)


def _nya_fynd(fore, efter, f, ny: str) -> list:
    """Findings after the replacement that cover its words and that no rule made before.
    A rule that already found something on these words may still find it: the
    replacement solves one problem, not every problem of the words."""
    start, slut = f.column, f.column + max(len(ny), 1)
    redan = {g.rule for g in fore if _overlappar(g, f.line, f.column, f.end_column)}
    return [g for g in efter if _overlappar(g, f.line, start, slut) and g.rule not in redan]


def _brott(namn: str, text: str) -> list[str]:
    """Every replacement in the text that makes a new finding on its own words.

    Checking the whole page once per replacement made the real corpus alone take half a
    minute. Replacements on different lines cannot move each other's columns, so each
    round puts one replacement on each line at once and checks the page once; a line
    where something new turns up is checked again alone, so the message names the very
    replacement that did it."""
    fore = granska_text(text, "sida.md", INST).fynd
    per_rad: dict[int, list] = {}
    for f in fore:
        if f.replacements and f.end_line == f.line:
            per_rad.setdefault(f.line, []).extend((f, ny) for ny in f.replacements)
    brott = []
    for runda in range(max((len(v) for v in per_rad.values()), default=0)):
        valda = [v[runda] for v in per_rad.values() if runda < len(v)]
        samlad = text
        for f, ny in valda:
            samlad = _ersatt(samlad, f, ny)
        efter = granska_text(samlad, "sida.md", INST).fynd
        for f, ny in valda:
            if not _nya_fynd(fore, [g for g in efter if g.line == f.line], f, ny):
                continue
            # Something new on this line: was it this replacement, alone?
            nya = _nya_fynd(fore, granska_text(_ersatt(text, f, ny), "sida.md", INST).fynd, f, ny)
            if nya:
                brott.append(f"{namn}:{f.line}: ”{f.rule}” föreslår ”{ny}”, som ger "
                             + "; ".join(f"{g.rule}: {g.message}" for g in nya))
    return brott


def _del(namn: str) -> str:
    return "webbplatsen" if namn.startswith("docs") else namn.split()[0] if " " in namn else "utveckling"


@pytest.mark.parametrize("del_", ["exempel", "utveckling", "webbplatsen", "verklig"])
def test_ingen_ersattning_ger_ett_nytt_fynd_pa_samma_ord(del_):
    texter = [(n, t) for n, t in _texter() if _del(n) == del_]
    if del_ == "verklig" and not texter:
        pytest.skip(f"Ingen verklig text i {VERKLIG}.")
    assert texter
    brott = [b for namn, text in texter for b in _brott(namn, text)]
    assert brott == [], "\n".join(brott)


def test_varje_ersattning_i_ordlistorna_provas():
    """The examples cover every entry that offers a replacement: no entry is left out of
    the convergence test because nothing in it was ever found."""
    hittade = set()
    for namn, text in _texter():
        if namn.startswith("exempel"):
            hittade.update(f.rule for f in granska_text(text, "sida.md", INST).fynd if f.replacements)
    assert {"krangligt-ord", "forkortning", "snedstreck", "tidsintervall", "man"} <= hittade


def _ar_infinitiv(ord_: str) -> bool:
    from kunskapsbank.lattlast import sprak
    ord_ = ord_.lower()
    return sprak.lemma(ord_) == ord_ or (ord_.endswith("s") and sprak.lemma(ord_[:-1]) == ord_[:-1])


def test_efter_hjalpverb_och_att_ar_ersattningen_ett_infinitiv():
    """"kan implementeras" becomes "kan införas", never "kan införs": every verb in the
    word list, active and passive, after "kan" and after "att"."""
    from kunskapsbank.lattlast.regeldata import krangliga_ord

    fel = []
    for post in krangliga_ord().ord.values():
        if not post.former or not post.lemma.endswith("a"):
            continue
        for form in (post.lemma, post.lemma + "s"):
            for fore in ("Det kan", "Det är bra att", "Det kan inte"):
                text = f"{fore} {form} i dag."
                for f in granska_text(text, "sida.md", INST).fynd:
                    if f.rule == "krangligt-ord" and f.replacements:
                        forsta = f.replacements[0].split()[0]
                        if not _ar_infinitiv(forsta):
                            fel.append(f"{text} -> {f.replacements[0]}")
    assert fel == [], "\n".join(fel)


def test_meddelandena_har_svenska_citattecken():
    """Every message and suggestion quotes with ”…”, never with straight quotes, on every
    example of every rule and on the real texts. Inside ”…” a straight quote may stand
    when it is Markdown the trainer types (!!! utbildare "Rubrik")."""
    import re

    raka = []
    for namn, text in _texter():
        for f in granska_text(text, "sida.md", INST).fynd:
            for del_ in (f.message, f.suggestion or ""):
                utan_citat = re.sub(r"”[^”]*”", "", del_)
                if "'" in utan_citat or '"' in utan_citat:
                    raka.append(f"{namn}: {f.rule}: {del_}")
    assert raka == [], "\n".join(sorted(set(raka))[:30])
