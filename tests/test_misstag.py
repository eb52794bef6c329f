"""A generator of the mistakes trainers and förbund editors make, run on the real pages.

Each kind of mistake mutates copies of real pages the way people slip when they edit by
hand: other ways of writing a trainer note, a note that turns into a code block or plain
text, front matter that is not closed, a question that YAML cuts short, a right answer
that moves, a reflection id that changes. Each mutated page goes through the build's own
functions (sidbygge.py) and must either stop the build with a Swedish message at the
right file and line, or be provably harmless: no sentence of a trainer note in what a
participant gets (the web page as the stylesheet shows it, the search index, the
booklet), nothing lost from the trainer's view, every question and right answer as the
trainer meant. The real builds at the end show that sidbygge.py and scripts/build agree.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from sidbygge import ROT, anteckningar, bygg_sida, innehaller
from verktyg import andra_config, bygg, kopiera_projekt

STOPP, OFARLIGT, ENDERA = "stoppar", "ofarligt", "endera"
MARKOR = re.compile(r"^(?P<indrag> *)(?:!!!|\?\?\?\+?) *utbildare\b")


def _sidor(villkor) -> list[str]:
    return sorted(p.relative_to(ROT / "docs").as_posix() for p in (ROT / "docs").rglob("*.md")
                  if not p.name.endswith(".en.md") and villkor(p.read_text(encoding="utf-8")))


ANTECKNINGSSIDOR = _sidor(lambda t: any(MARKOR.match(r) for r in t.splitlines()))
SIDHUVUDSSIDOR = _sidor(lambda t: t.startswith("---\n") and "\ntitle:" in t.split("\n---\n", 1)[0])
TEST, REFLEKTION, SJALVSKATTNING = "vta/kunskapstest.md", "vta/reflektion.md", "bip/sjalvskattning.md"


# ---------------------------------------------------------------- the mutations ------

def _box(rader: list[str]) -> tuple[int, int, int]:
    """(first line index, end index, indent) of the page's first trainer-notes box."""
    start = next(i for i, r in enumerate(rader) if MARKOR.match(r))
    indrag = len(MARKOR.match(rader[start]).group("indrag"))
    slut = start + 1
    while slut < len(rader) and (not rader[slut].strip() or
                                 len(rader[slut]) - len(rader[slut].lstrip()) >= indrag + 4):
        slut += 1
    while not rader[slut - 1].strip():
        slut -= 1
    return start, slut, indrag


def _flytta(rader: list[str], steg: int) -> list[str]:
    return [(" " * steg + r if steg > 0 else r[-steg:]) if r.strip() else r for r in rader]


def _kropp(box: list[str], indrag: int) -> list[str]:
    """The box's text without its marker line, not indented; a title of its own
    ("Manus för dagen") first, in bold, as a trainer who rewrites the box keeps it."""
    titel = re.search(r'"([^"]+)"\s*$', box[0])
    forst = [f"**{titel.group(1)}**", ""] if titel and titel.group(1) != "Utbildarens anteckningar" else []
    return forst + [r[indrag + 4:] if r.strip() else r for r in box[1:]]


def i_rutan(omskriv: Callable[[list[str], int], list[str]]):
    """A mutation of the first trainer-notes box: (text) -> (text, first line, last line)."""
    def mutera(text: str):
        rader = text.split("\n")
        start, slut, indrag = _box(rader)
        fore, box, efter = rader[:start], rader[start:slut], rader[slut:]
        ny = omskriv(box, indrag)
        # A paragraph added before the box counts as the mistake's place too.
        return "\n".join(fore + ny + efter), len(fore), len(fore) + len(ny)
    return mutera


def _ny_rubrikrad(box, indrag, ersatt):
    return [ersatt(box[0])] + box[1:]


def _stycke_fore(box, indrag, extra=()):
    return ["Ett vanligt stycke före rutan.", "", *extra] + _flytta(box, 4 - indrag)


def _div(box, indrag, klass="utbildare", tagg="div"):
    return [" " * indrag + f'<{tagg} class="{klass}" markdown>', ""] + _flytta(_kropp(box, indrag), indrag) \
        + ["", " " * indrag + f"</{tagg}>"]


def _attr_list(i_listan: bool):
    """The note as paragraphs, each ending with a line { .utbildare } (attr_list). List
    items become paragraphs, or keep their bullet with { .utbildare } after the text,
    which Python-Markdown does not read as a class."""
    def omskriv(box, indrag):
        ut, i_stycke = [], False
        for rad in _kropp(box, indrag) + [""]:
            lista = re.match(r"^\s*([-*+]|\d+\.)\s+", rad)
            if i_stycke and (not rad.strip() or lista):
                ut += ["{ .utbildare }", ""]
                i_stycke = False
            if lista and i_listan:
                ut.append(rad + " { .utbildare }")
            elif rad.strip():
                ut.append(rad[lista.end():] if lista else rad)
                i_stycke = True
            else:
                ut.append(rad)
        return _flytta(ut, indrag)
    return omskriv


def _block_syntax(box, indrag):
    return ["/// admonition | Utbildarens anteckningar", "    type: utbildare", ""] \
        + _flytta(_kropp(box, indrag), 0) + ["///"]


def _med_rubrik(box, indrag):
    return box[:1] + [" " * (indrag + 4) + "## Så leder du övningen", ""] + box[1:]


def _tabb(box, indrag):
    return box[:1] + [("\t" + r[indrag + 4:]) if r.strip() else r for r in box[1:]]


def _snippet(trasig: bool):
    def omskriv(box, indrag):
        innehall = _flytta(box, -indrag)
        if trasig:
            innehall = innehall[:1] + [("  " + r[4:]) if r.strip() else r for r in innehall[1:]]
        SNIPPETS[id(omskriv)] = "\n".join(innehall) + "\n"
        return [" " * indrag + '--8<-- "docs/_snippets/anteckning.md"']
    return omskriv


SNIPPETS: dict[int, str] = {}


def sidhuvudet(ersatt: Callable[[list[str]], list[str]]):
    """A mutation of the front matter's lines (the lines between the --- lines)."""
    def mutera(text: str):
        rader = text.split("\n")
        slut = rader.index("---", 1)
        ny, efter = ersatt(rader[1:slut]), rader[slut + 1:]
        return "\n".join(["---"] + ny + ["---"] + efter), 1, len(ny) + 2
    return mutera


def hela(ersatt: Callable[[str], tuple[str, int, int]]):
    return ersatt


def vid(monster: str, mutera):
    """The same mutation, with the mistake's place at the first line matching `monster`
    in the mutated text (where the build must say it)."""
    def ny(text):
        mutant = mutera(text)[0]
        nr = _rad_med(mutant.split("\n"), monster) + 1
        return mutant, nr, nr
    return ny


def pa_rad(nr: int, mutera):
    """The same mutation, with the mistake's place at line `nr` (where the build says it)."""
    return lambda text: (mutera(text)[0], nr, nr)


def _rad_med(rader: list[str], monster: str, nr: int = 0) -> int:
    return [i for i, r in enumerate(rader) if re.search(monster, r)][nr]


def _byt_rad(monster: str, ny: Callable[[str], list[str]], nr: int = 0):
    """Replace the nr-th line matching `monster` with lines; the place is that line."""
    def mutera(text: str):
        rader = text.split("\n")
        i = _rad_med(rader, monster, nr)
        nya = ny(rader[i])
        return "\n".join(rader[:i] + nya + rader[i + 1:]), i + 1, i + max(1, len(nya))
    return mutera


@dataclass
class Misstag:
    id: str
    sidor: list[str]
    mutera: Callable
    utfall: str                        # STOPP, OFARLIGT or ENDERA
    snippet: Callable | None = None    # for mistakes in a snippet: its omskriv function


def _a(id_, omskriv, utfall, snippet=None):
    return Misstag(id_, ANTECKNINGSSIDOR, i_rutan(omskriv), utfall, snippet)


def _s(id_, ersatt, utfall=STOPP):
    return Misstag(id_, SIDHUVUDSSIDOR[::4], sidhuvudet(ersatt), utfall)


_trasig_snippet, _hel_snippet = _snippet(True), _snippet(False)
MISSTAG = [
    # How a trainer note is written: the ways people write it, right and wrong.
    _a("indrag-0", lambda b, i: _flytta(b, -i)[:1] + [r[4:] if r.strip() else r for r in _flytta(b, -i)[1:]], STOPP),
    _a("indrag-2", lambda b, i: b[:1] + [" " * (i + 2) + r[i + 4:] if r.strip() else r for r in b[1:]], STOPP),
    _a("indrag-3", lambda b, i: b[:1] + [" " * (i + 3) + r[i + 4:] if r.strip() else r for r in b[1:]], STOPP),
    _a("indrag-8", lambda b, i: b[:1] + [" " * 4 + r if r.strip() else r for r in b[1:]], STOPP),
    _a("tabb-i-texten", _tabb, ENDERA),
    _a("stavfel-i-typen", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("utbildare", "utbilare", 1)), STOPP),
    _a("versal-i-typen", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("utbildare", "Utbildare", 1)), STOPP),
    _a("tva-utropstecken", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("!!!", "!!", 1)), STOPP),
    _a("utan-mellanslag", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("!!! ", "!!!", 1)), ENDERA),
    _a("tva-mellanslag", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("!!! ", "!!!  ", 1)), STOPP),
    _a("enkla-citattecken", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace('"', "'")), STOPP),
    _a("typografiska-citattecken", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace('"', "\u201d")), STOPP),
    _a("text-efter-rubriken", lambda b, i: _ny_rubrikrad(b, i, lambda r: r + " Läs först."), STOPP),
    _a("lista-utan-tomrad", lambda b, i: ["1. Ett steg i en lista."] + _flytta(b, -i), STOPP),
    _a("lista-indrag-3", lambda b, i: ["1. Ett steg i en lista.", ""] + _flytta(b, 3 - i), STOPP),
    _a("lista-med-tomrad", lambda b, i: ["1. Ett steg i en lista.", ""] + _flytta(b, 4 - i), OFARLIGT),
    _a("tva-typer", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("utbildare", "warning utbildare", 1)), OFARLIGT),
    _a("typerna-i-omvand-ordning", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("utbildare", "utbildare note", 1)),
       OFARLIGT),
    _a("placering-inline", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("utbildare", "utbildare inline end", 1)),
       OFARLIGT),
    _a("hopfallbar", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("!!!", "???", 1)), OFARLIGT),
    _a("hopfallbar-oppen", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("!!!", "???+", 1)), OFARLIGT),
    _a("facit-typ", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("utbildare", "facit", 1)), OFARLIGT),
    _a("div-med-klass", _div, OFARLIGT),
    _a("div-med-tva-klasser", lambda b, i: _div(b, i, "note utbildare"), OFARLIGT),
    _a("section-med-klass", lambda b, i: _div(b, i, "utbildare", "section"), OFARLIGT),
    _a("details-html", lambda b, i: _div(b, i, "utbildare", "details"), ENDERA),
    _a("attr-list-pa-stycke", _attr_list(False), OFARLIGT),
    _a("attr-list-efter-listpunkt", _attr_list(True), ENDERA),
    _a("pymdown-block", _block_syntax, STOPP),
    _a("kodblock-efter-stycke", lambda b, i: _stycke_fore(b, i), STOPP),
    _a("flik", lambda b, i: ['=== "Flik"', ""] + _flytta(b, 4 - i), STOPP),
    _a("nollbreddsmellanslag", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("!!!", "\u200b!!!", 1)), STOPP),
    _a("hart-mellanslag", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("!!!", "\u00a0!!!", 1)), STOPP),
    _a("bom-mitt-i-filen", lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("!!!", "\ufeff!!!", 1)), STOPP),
    _a("fel-typ-med-utbildarrubrik",
       lambda b, i: _ny_rubrikrad(b, i, lambda r: r.replace("utbildare", "note", 1)), STOPP),
    _a("tips-till-utbildaren",
       lambda b, i: _ny_rubrikrad(b, i, lambda r: re.sub(r'utbildare ".*"', 'tip "Tips till utbildaren"', r)), STOPP),
    _a("rubrik-i-anteckningen", _med_rubrik, STOPP),
    _a("i-en-snippet", _hel_snippet, OFARLIGT, _hel_snippet),
    _a("trasig-ruta-i-en-snippet", _trasig_snippet, STOPP, _trasig_snippet),
    # Front matter slips: the page's title and settings must not be lost or printed.
    Misstag("sidhuvud-stangs-inte", SIDHUVUDSSIDOR[::4],
            hela(lambda t: (t.replace("\n---\n", "\n\n", 1), 1, 1)), STOPP),
    Misstag("tom-rad-fore-sidhuvudet", SIDHUVUDSSIDOR[::4], hela(lambda t: ("\n" + t, 1, 2)), STOPP),
    Misstag("andra-sidhuvud", SIDHUVUDSSIDOR[::4],
            hela(lambda t: (t.replace("\n---\n", "\n---\n\n---\ngranskad: 2026-01-10\n---\n", 1),
                            t.split("\n").index("---", 1) + 1, t.split("\n").index("---", 1) + 5)), STOPP),
    _s("tabb-i-sidhuvudet", lambda r: r[:1] + ["\t" + r[1]] + r[2:] if len(r) > 1 else ["\t" + r[0]]),
    _s("kolon-i-titeln", lambda r: [re.sub(r"^title: .*", "title: BIP: en kurs i tre delar", x) for x in r]),
    _s("titeln-tva-ganger", lambda r: r + [next(x for x in r if x.startswith("title:"))]),
    _s("felstavad-nyckel", lambda r: [x.replace("title:", "titel:", 1) for x in r]),
    _s("omojligt-datum", lambda r: [x for x in r if not x.startswith("granskad:")] + ["granskad: 2026-13-01"]),
    _s("granskad-i-framtiden", lambda r: [x for x in r if not x.startswith("granskad:")] + ["granskad: 2031-05-01"]),
    _s("citattecken-stangs-inte", lambda r: [re.sub(r'^title: "?(.*?)"?$', r'title: "\1', x) for x in r]),
    _s("kommentar-i-beskrivningen", lambda r: [x for x in r if not x.startswith("description:")]
       + ["description: Del #2 av kursen om BIP"]),
    # The knowledge test: every question and right answer as the trainer meant, or a stop.
    Misstag("fraga-med-brädgård", [TEST], _byt_rad(r"^  - fraga:", lambda r: ["  - fraga: Vad står VTA för? Se punkt #1"]),
            STOPP),
    Misstag("samma-alternativ-tva-ganger", [TEST], _byt_rad(r'^      - "27"', lambda r: [r, r]), STOPP),
    Misstag("alternativ-fore-ratt-tas-bort", [TEST], _byt_rad(r'^      - "12"', lambda r: []), OFARLIGT),
    Misstag("ratt-alternativ-tas-bort", [TEST], vid(r'^    ratt: "27"', _byt_rad(r'^      - "27"', lambda r: [])), STOPP),
    Misstag("alternativen-byter-plats", [TEST],
            hela(lambda t: (t.replace('      - "12"\n      - "27"\n', '      - "27"\n      - "12"\n', 1), 1, 1)),
            OFARLIGT),
    Misstag("ratt-som-nummer", [TEST], _byt_rad(r'^    ratt: "27"', lambda r: ["    ratt: 2"]), STOPP),
    Misstag("ratt-saknas", [TEST], vid(r"^  - fraga: \"Forskare", _byt_rad(r'^    ratt: "27"', lambda r: [])), STOPP),
    Misstag("fraga-utan-streck", [TEST], _byt_rad(r"^  - fraga:", lambda r: [r.replace("  - ", "    ", 1)], 3), STOPP),
    Misstag("fraga-tas-bort", [TEST], hela(lambda t: _utan_fraga(t)), STOPP),
    # Reflection ids: a saved answer must not vanish without a word.
    Misstag("id-byter-namn", [REFLEKTION], pa_rad(5, _byt_rad(r"^      - id: ", lambda r: [r + "-ny"])), STOPP),
    Misstag("id-byter-namn-med-tidigare-id", [REFLEKTION],
            _byt_rad(r"^      - id: ", lambda r: [r + "-ny", "        tidigare_id: [" + r.split(": ")[1] + "]"]),
            OFARLIGT),
    Misstag("fraga-tas-bort-med-sitt-id", [REFLEKTION],
            hela(lambda t: (re.sub(r"      - id: egen-fraga\n        fraga: .*\n", "", t), 3, 5)), STOPP),
    Misstag("samma-id-tva-ganger", [REFLEKTION],
            _byt_rad(r"^      - id: ", lambda r: ["      - id: kontakt-arbetsgivare"], 1), STOPP),
    Misstag("id-med-versaler", [REFLEKTION], _byt_rad(r"^      - id: ", lambda r: [r.upper().replace("- ID:", "- id:")]),
            STOPP),
    # The self-check's statements: a saved rating must not vanish without a word either.
    Misstag("pastaende-byter-id", [SJALVSKATTNING], pa_rad(6, _byt_rad(r"^        - id: ", lambda r: [r + "-ny"])), STOPP),
    Misstag("pastaende-byter-id-med-tidigare-id", [SJALVSKATTNING],
            _byt_rad(r"^        - id: ", lambda r: [r + "-ny", "          tidigare_id: [" + r.split(": ")[1] + "]"]),
            OFARLIGT),
    Misstag("pastaende-tas-bort", [SJALVSKATTNING],
            pa_rad(6, hela(lambda t: (re.sub(r"        - id: tilltro-eget-yrke\n          text: .*\n", "", t), 0, 0))),
            STOPP),
    Misstag("tidigare-id-som-ett-annat-pastaende-har", [SJALVSKATTNING],
            _byt_rad(r"^        - id: ", lambda r: [r + "-ny", "          tidigare_id: [tilltro-eget-yrke]"]), STOPP),
]


def _utan_fraga(text: str) -> tuple[str, int, int]:
    """The knowledge test with its last question removed: the page still says 'Elva'."""
    start = text.rindex("\n  - fraga:")
    slut = text.index("\n", text.index("kapitel:", start))
    return text[:start] + text[slut:], 3, 3


# ---------------------------------------------------------------- the checks ---------

def _fragorna(sida) -> list[tuple[str, frozenset, str]]:
    return [(f.fraga, frozenset(f.alternativ), f.ratt) for f in sida.sidhuvud.fragor or []]


def _tidigare_id(src: str) -> dict[str, str]:
    """The ids of saved answers the page has now, as git's history would give them."""
    from kunskapsbank.kallor.svarsid import id_i_texten
    return id_i_texten((ROT / "docs" / src).read_text(encoding="utf-8"))


@pytest.mark.parametrize("misstag", MISSTAG, ids=lambda m: m.id)
def test_misstaget_stoppar_bygget_pa_ratt_rad_eller_ar_ofarligt(misstag, tmp_path):
    assert len(MISSTAG) >= 40
    for src in misstag.sidor:
        original = (ROT / "docs" / src).read_text(encoding="utf-8")
        text, forsta, sista = misstag.mutera(original)
        assert text != original, (misstag.id, src)
        rot = ROT
        if misstag.snippet is not None:
            rot = tmp_path
            (rot / "docs/_snippets").mkdir(parents=True, exist_ok=True)
            (rot / "docs/_snippets/anteckning.md").write_text(SNIPPETS[id(misstag.snippet)], encoding="utf-8")
        sida = bygg_sida(text, src, rot, tidigare_id=_tidigare_id(src))
        if sida.stoppar:
            assert misstag.utfall != OFARLIGT, (misstag.id, src, [str(f) for f in sida.fel])
            rader = {(f.fil, f.rad) for f in sida.fel}
            if misstag.snippet is not None:
                assert any(fil == "docs/_snippets/anteckning.md" for fil, _ in rader), (misstag.id, rader)
            else:
                assert any(fil == f"docs/{src}" and rad is not None and forsta <= rad <= sista + 1
                           for fil, rad in rader), (misstag.id, src, forsta, sista, [str(f) for f in sida.fel])
            assert all(f.atgard for f in sida.fel), (misstag.id, [str(f) for f in sida.fel])
            continue
        assert misstag.utfall != STOPP, (misstag.id, src, "bygget stoppade inte")
        if src in ANTECKNINGSSIDOR:
            hemligt = anteckningar(original, src)
            assert hemligt, src
            # Nothing lost: the trainer still sees every sentence ...
            assert innehaller(sida.webb_utbildare(), hemligt) == hemligt, (misstag.id, src)
            # ... and no participant output holds one.
            for namn, utdata in (("webbsidan", sida.webb_deltagare()), ("sökindexet", sida.sokindex()),
                                 ("häftet", sida.hafte())):
                assert not innehaller(utdata, hemligt), (misstag.id, src, namn, innehaller(utdata, hemligt))
        if src == TEST:
            fore = _fragorna(bygg_sida(original, src))
            efter = _fragorna(sida)
            assert [(f, r) for f, _, r in efter] == [(f, r) for f, _, r in fore], misstag.id
            assert all(e <= f for (_, e, _), (_, f, _) in zip(efter, fore)), misstag.id
        if src in (REFLEKTION, SJALVSKATTNING):
            assert 'data-tidigare="' in sida.html, misstag.id


def test_alla_sidor_bygger_som_de_ar_och_anteckningarna_syns_bara_for_utbildare():
    assert len(ANTECKNINGSSIDOR) >= 15 and len(SIDHUVUDSSIDOR) >= 40
    for src in ANTECKNINGSSIDOR:
        text = (ROT / "docs" / src).read_text(encoding="utf-8")
        sida = bygg_sida(text, src)
        assert not sida.stoppar, [str(f) for f in sida.fel]
        hemligt = anteckningar(text, src)
        assert hemligt and innehaller(sida.webb_utbildare(), hemligt) == hemligt
        assert not innehaller(sida.webb_deltagare() + sida.sokindex() + sida.hafte(), hemligt), src


def test_en_kod_med_fyra_backticks_runt_tre_visar_exemplet_som_det_ar():
    """A ```` fence can show a ``` fence, a box and a link as an example: nothing in it is
    read as a box, a link or a note (issue 24)."""
    exempel = "````markdown\n```\n!!! utbildare \"Utbildarens anteckningar\"\n    Hemligt.\n```\n" \
              "[en länk](../vta/index.md)\n````"
    text = f"---\ntitle: Exempel\n---\n\n# Exempel\n\nSå skriver du en ruta:\n\n{exempel}\n"
    sida = bygg_sida(text, "bip/exempel.md")
    assert not sida.stoppar, [str(f) for f in sida.fel]
    assert "!!! utbildare" in sida.webb_deltagare() and "[en länk](../vta/index.md)" in sida.webb_deltagare()


# ---------------------------------------------------------------- real builds --------

def _mutera_i(projekt: Path, src: str, misstag_id: str) -> tuple[int, int]:
    misstag = next(m for m in MISSTAG if m.id == misstag_id)
    fil = projekt / "docs" / src
    text, forsta, sista = misstag.mutera(fil.read_text(encoding="utf-8"))
    fil.write_text(text, encoding="utf-8")
    if misstag.snippet is not None:
        (projekt / "docs/_snippets/anteckning.md").write_text(SNIPPETS[id(misstag.snippet)], encoding="utf-8")
    return forsta, sista


OFARLIGA_I_BYGGET = ["tva-typer", "div-med-klass", "attr-list-pa-stycke", "hopfallbar", "facit-typ",
                     "div-med-tva-klasser", "section-med-klass", "placering-inline"]


def test_ofarliga_misstag_ger_haften_sokindex_och_sidor_utan_anteckningar(tmp_path):
    """The harmless ways of writing a note, in one real build with the booklets: not one
    note sentence in a participant PDF or the search index, every note marked on the web."""
    projekt = kopiera_projekt(tmp_path / "projekt")
    sidor = [s for s in ANTECKNINGSSIDOR if s.startswith("ovningar/")]
    hemligt = {}
    for src, misstag_id in zip(sidor, OFARLIGA_I_BYGGET):
        hemligt[src] = anteckningar((ROT / "docs" / src).read_text(encoding="utf-8"), src)
        _mutera_i(projekt, src, misstag_id)
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "pa"})
    assert resultat.returncode == 0, resultat.stderr[-3000:]
    site = tmp_path / "site"
    alla = set().union(*hemligt.values())

    def pdf(namn: str) -> str:
        ut = subprocess.run(["pdftotext", str(site / "haften" / namn), "-"], capture_output=True, text=True, check=True)
        return " ".join(ut.stdout.split())
    deltagare, utbildare = pdf("ovningar-deltagare.pdf"), pdf("ovningar-utbildare.pdf")
    # A PDF may break a sentence over two lines; its first four words stay together.
    borjan = {" ".join(m.split()[:4]) for m in alla}
    assert not {b for b in borjan if b in deltagare}
    assert {b for b in borjan if b in utbildare} == borjan
    sok = json.loads((site / "search/sok.sv.json").read_text(encoding="utf-8"))
    for src, meningar in hemligt.items():
        # Per page: a sentence a note shares with another page may be found on that page.
        url = src.removesuffix(".md") + "/"
        soktext = " ".join(" ".join(re.sub(r"<[^>]+>", " ", d["title"] + " " + d["text"]).split())
                           for d in sok["docs"] if d["location"].split("#")[0] == url)
        assert soktext and not innehaller(soktext, meningar), src
    from lxml import html as lxml_html
    from kunskapsbank.kontroller.synlighet import KLASS
    for src, meningar in hemligt.items():
        dom = lxml_html.fromstring((site / src.removesuffix(".md") / "index.html").read_bytes())
        markerat = " ".join(" ".join(e.text_content().split()) for e in dom.xpath(f"//*[contains(@class, '{KLASS}')]"))
        assert innehaller(markerat, meningar) == meningar, src


def test_misstag_som_stoppar_visar_fil_och_rad_i_bygget(tmp_path):
    """Mistakes of every group on different pages in one real build: the build stops in
    its first step and names each file and line, with no traceback."""
    projekt = kopiera_projekt(tmp_path / "projekt")
    valda = [("kodblock-efter-stycke", ANTECKNINGSSIDOR[0]), ("nollbreddsmellanslag", ANTECKNINGSSIDOR[1]),
             ("fel-typ-med-utbildarrubrik", ANTECKNINGSSIDOR[2]), ("flik", ANTECKNINGSSIDOR[3]),
             ("pymdown-block", ANTECKNINGSSIDOR[4]), ("sidhuvud-stangs-inte", "bip/vad-ar-bip.md"),
             ("fraga-med-brädgård", TEST), ("samma-id-tva-ganger", REFLEKTION),
             ("trasig-ruta-i-en-snippet", ANTECKNINGSSIDOR[5])]
    vantat = []
    for misstag_id, src in valda:
        forsta, sista = _mutera_i(projekt, src, misstag_id)
        vantat.append((misstag_id, src, forsta, sista))
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    utdata = resultat.stdout + resultat.stderr
    assert resultat.returncode != 0 and "Traceback" not in utdata
    assert "1/6 Kontroll av källorna: stoppade" in utdata, utdata[-2000:]
    for misstag_id, src, forsta, sista in vantat:
        if misstag_id == "trasig-ruta-i-en-snippet":
            assert re.search(r"docs/_snippets/anteckning\.md:\d+", utdata), utdata[-3000:]
            continue
        rader = {int(m) for m in re.findall(rf"docs/{re.escape(src)}:(\d+)", utdata)}
        assert any(forsta <= r <= sista + 1 for r in rader), (misstag_id, src, forsta, sista, utdata[-3000:])


def id_byter_namn(tmp_path, src: str, gammalt: str, nytt: str, tidigare_id_rad: str):
    """A project in git whose page `src` had an id that a later commit renamed; then the
    source check with the rename as committed, and once the page lists the old id under
    tidigare_id (the line tidigare_id_rad, after the new id's line)."""
    projekt = kopiera_projekt(tmp_path / "projekt")
    git = lambda *a: subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *a],  # noqa: E731
                                    cwd=projekt, check=True, capture_output=True)
    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "Som förut")
    fil = projekt / "docs" / src
    original = fil.read_text(encoding="utf-8")
    fil.write_text(original.replace(f"- id: {gammalt}\n", f"- id: {nytt}\n"), encoding="utf-8")
    git("commit", "-qam", "Nytt id")
    kontroll = lambda: subprocess.run([sys.executable, "-m", "kunskapsbank.kontroller.kallkontroll"],  # noqa: E731
                                      cwd=projekt, capture_output=True, text=True)
    fel = kontroll()
    fil.write_text(original.replace(f"- id: {gammalt}\n", f"- id: {nytt}\n{tidigare_id_rad}\n"), encoding="utf-8")
    return original, fel, kontroll()


def test_nytt_id_pa_en_reflektionsfraga_stoppar_bygget_tills_det_gamla_star_kvar(tmp_path):
    """A renamed id in a repository whose history has the old one: the build names the
    answers that would be lost; with tidigare_id the build passes and the page moves them."""
    _, fel, ok = id_byter_namn(tmp_path, REFLEKTION, "egen-fraga", "fraga-till-arbetsgivaren",
                               "        tidigare_id: [egen-fraga]")
    assert fel.returncode == 1 and f"docs/{REFLEKTION}:5: Reflektionsfrågan med id 'egen-fraga'" in fel.stderr, fel.stderr
    assert ok.returncode == 0, ok.stderr


def bip_i_menyn(config: dict) -> list:
    """The BIP section of the menu, wherever it stands in nav."""
    return next(post["BIP"] for post in config["nav"] if isinstance(post, dict) and "BIP" in post)


def test_lankar_meny_och_haften_som_pekar_fel_ger_svenska_fel_med_rad(tmp_path):
    """What MkDocs finds itself (a link to a missing or wrongly cased file, an absolute
    link, a missing anchor, a menu entry for a missing file) and a booklet that lists a
    missing page: Swedish, with file and line and the file that was meant."""
    projekt = kopiera_projekt(tmp_path / "projekt")
    sida = projekt / "docs/bip/vad-ar-bip.md"
    sida.write_text(sida.read_text(encoding="utf-8") + "\n[a](Forhallningssatt-och-verktyg.md) [b](/bip/index.md) "
                    "[c](index.md#finns-inte)\n", encoding="utf-8")
    rad = len(sida.read_text(encoding="utf-8").rstrip("\n").split("\n"))
    andra_config(projekt / "mkdocs.yml", lambda c: bip_i_menyn(c).append("bip/finns-inte.md"))
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    utdata = resultat.stderr
    assert resultat.returncode != 0 and "Traceback" not in utdata
    assert re.search(r"mkdocs\.yml:\d+:\d+: Menyn \(nav\) har sidan bip/finns-inte\.md", utdata), utdata[-3000:]
    andra_config(projekt / "mkdocs.yml", lambda c: bip_i_menyn(c).remove("bip/finns-inte.md"))
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    utdata = resultat.stderr
    assert f"docs/bip/vad-ar-bip.md:{rad}:5: Länken 'Forhallningssatt-och-verktyg.md'" in utdata, utdata[-3000:]
    assert "Menade du 'forhallningssatt-och-verktyg.md'?" in utdata
    assert f"docs/bip/vad-ar-bip.md:{rad}:" in utdata and "börjar med /" in utdata
    assert "går till ett avsnitt som inte finns på sidan docs/bip/index.md" in utdata
    assert "Doc file" not in utdata and "Traceback" not in utdata
    # Said once, by the Swedish pass, although the English pass copies the page.
    assert utdata.count("Länken 'Forhallningssatt-och-verktyg.md'") == 1, utdata[-3000:]
    andra_config(projekt / "mkdocs.yml", lambda c: c["extra"]["haften"][0]["sidor"].append("bip/finns-inte.md"))
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert re.search(r"FEL: mkdocs\.yml:\d+:\d+: Häftet bip1-deltagare: 'bip/finns-inte\.md' under sidor är ingen "
                     r"sida på webbplatsen", resultat.stderr), resultat.stderr[-2000:]
    assert "Traceback" not in resultat.stderr


# ---------------------------------------------------------------- the whole site -----

def test_sokindexet_har_ingen_mening_ur_nagon_utbildaranteckning(webbplats):
    """Over every page of the real site, both languages: the search index (what search
    shows a participant) holds no sentence that stands only in trainer notes or facit."""
    from lxml import etree, html as lxml_html

    from kunskapsbank import manifest
    from kunskapsbank.kontroller.synlighet import utbildartext
    from sidbygge import RUTOR

    provade = 0
    for sprak in ("sv", "en"):
        sok = json.loads((webbplats / f"search/sok.{sprak}.json").read_text(encoding="utf-8"))
        per_sida: dict[str, str] = {}
        for d in sok["docs"]:
            per_sida[d["location"].split("#")[0]] = per_sida.get(d["location"].split("#")[0], "") + " " + \
                " ".join(re.sub(r"<[^>]+>", " ", d["title"] + " " + d["text"]).split())
        for sida in manifest.las(webbplats, sprak).sidor:
            artikel = lxml_html.fromstring((webbplats / sida.fil).read_bytes()).xpath("//article")[0]
            hemligt = utbildartext(etree.tostring(artikel, encoding="unicode"), RUTOR)
            provade += bool(hemligt)
            assert not innehaller(per_sida.get(sida.url, ""), hemligt), (sida.src, innehaller(per_sida[sida.url], hemligt))
    assert provade >= 15
    # The whole-site print page shows each page again: each note there is marked as well.
    from kunskapsbank.kontroller.synlighet import KLASS, bara_for_utbildare
    utskrift = lxml_html.fromstring((webbplats / "print_page/index.html").read_bytes())
    omarkerade = [e for e in utskrift.iter() if isinstance(e.tag, str)
                  and bara_for_utbildare(e.tag, [k for k in (e.get("class") or "").split() if k != KLASS], RUTOR)
                  and not any(KLASS in (f.get("class") or "").split() for f in [e, *e.iterancestors()])]
    assert not omarkerade and KLASS in (webbplats / "print_page/index.html").read_text(encoding="utf-8")


@pytest.mark.browser
def test_deltagarvyn_visar_ingen_anteckning_hur_den_an_ar_skriven(tmp_path, sida):
    """In Chromium: a box, a förbund's own trainer type, a paragraph with { .utbildare },
    a <div class="utbildare"> and a facit are hidden from a participant and shown, all of
    them, when the trainer view is chosen."""
    from verktyg import WebbServer, skriv_sida
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    andra_config(projekt / "mkdocs.yml",
                 lambda c: c["extra"]["lattlast"]["rutor"].update(utbildare=["utbildare", "facit", "handledare"]))
    anteckningar_ = ["Anteckning i en ruta.", "Anteckning för handledare.", "Anteckning i ett stycke.",
                     "Anteckning i en div.", "Svaret i facit."]
    text = (f'Synlig text.\n\n!!! utbildare "Utbildarens anteckningar"\n    {anteckningar_[0]}\n\n'
            f'!!! handledare "Till handledaren"\n    {anteckningar_[1]}\n\n{anteckningar_[2]}\n{{ .utbildare }}\n\n'
            f'<div class="utbildare" markdown>\n{anteckningar_[3]}\n</div>\n\n??? facit "Facit"\n    {anteckningar_[4]}\n')
    skriv_sida(projekt / "docs", "index.md", "Start", text, lattlast="av")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert resultat.returncode == 0, resultat.stderr[-2000:]
    with WebbServer(tmp_path / "site") as server:
        sida.goto(server.url)
        synligt = lambda: " ".join(sida.locator("article").inner_text().split())  # noqa: E731
        assert "Synlig text." in synligt()
        assert not [a for a in anteckningar_ if a in synligt()]
        sida.get_by_role("button", name="Visa utbildarens anteckningar").click()
        sida.locator("details.facit summary").click()
        assert all(a in synligt() for a in anteckningar_), synligt()


# ---------------------------------------------------------------- booklets -----------

def _bild(fil: Path) -> None:
    from PIL import Image
    fil.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 20), (31, 78, 121)).save(fil)


def _hafte_med(projekt: Path, sidor: list[str]) -> None:
    andra_config(projekt / "mkdocs.yml", lambda c: c["extra"].update(haften=[
        {"id": "prov", "titel": "Provhäfte", "malgrupp": "deltagare", "sidor": sidor}]))


def test_bilder_med_mellanslag_och_svenska_bokstaver_kommer_med_i_haftet(tmp_path):
    import pikepdf
    from verktyg import skriv_sida
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    _bild(projekt / "docs/bilder/min bild.png")
    _bild(projekt / "docs/bilder/översikt å.png")
    skriv_sida(projekt / "docs", "index.md", "Start", "Två bilder.\n\n![En bild med mellanslag](bilder/min%20bild.png)"
               "\n\n![En bild med å och ö](<bilder/översikt å.png>)\n", lattlast="av")
    _hafte_med(projekt, ["index.md"])
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "pa"})
    assert resultat.returncode == 0, resultat.stderr[-3000:]
    assert "Failed to load" not in resultat.stderr
    with pikepdf.open(tmp_path / "site/haften/prov.pdf") as pdf:
        bilder = {n for p in pdf.pages for n, x in (p.Resources.get("/XObject") or {}).items()
                  if x.get("/Subtype") == "/Image"}
    assert len(bilder) == 2


def test_en_bild_som_saknas_stoppar_haftet_med_sida_och_rad(tmp_path):
    from verktyg import skriv_sida
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", 'Text.\n\n<img src="bilder/saknas.png" alt="Saknas">\n',
               lattlast="av")
    _hafte_med(projekt, ["index.md"])
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "pa"})
    assert resultat.returncode != 0 and "Traceback" not in resultat.stderr
    rad = (projekt / "docs/index.md").read_text(encoding="utf-8").split("\n").index(
        '<img src="bilder/saknas.png" alt="Saknas">') + 1
    assert f"FEL: docs/index.md:{rad}: Bilden bilder/saknas.png finns inte, så häftet prov skulle sakna den." \
        in resultat.stderr, resultat.stderr[-2000:]


def test_tecken_som_haftets_typsnitt_saknar_ar_fel_i_forbundets_fil(tmp_path):
    """An emoji in the förbund's name would print as an empty box on every booklet page:
    the identity file stops the build at its line."""
    from kunskapsbank.forbund.identitet import las_identitet
    from kunskapsbank.grund.fel import InnehallsFel
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    fil = projekt / "docs/lokalt/forbund.yml"
    text = fil.read_text(encoding="utf-8")
    namn = re.search(r"^namn: (.*)$", text, re.MULTILINE)
    fil.write_text(text.replace(namn.group(0), 'namn: "Samordningsförbundet Solsidan \U0001F31E"'), encoding="utf-8")
    with pytest.raises(InnehallsFel) as fel:
        las_identitet(projekt / "docs")
    rad = text[:namn.start()].count("\n") + 1
    assert str(fel.value).startswith(f"docs/lokalt/forbund.yml:{rad}:") and "U+1F31E" in str(fel.value), str(fel.value)


def test_kodexempel_i_fyra_backticks_bygger_och_visas_som_det_ar(tmp_path):
    """A ```` fence around a ``` fence that holds a trainer-notes box and a link to a part
    the förbund has switched off: the build passes, and the example is shown character
    for character (no box, no link turned into text, no `ruta` error)."""
    from verktyg import skriv_sida
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    andra_config(projekt / "docs/lokalt/forbund.yml", lambda c: c["moduler"].update(vta=False))
    # Inside the inner fence: a box without indent (an error if it were real) and a link.
    exempel = ('```markdown\n!!! utbildare "Utbildarens anteckningar"\nFråga gruppen. Läs '
               "[modellen](../vta/modellen/index.md) före kursen.\n```")
    skriv_sida(projekt / "docs", "index.md", "Start", f"Så här ser en ruta ut i Markdown:\n\n````markdown\n{exempel}\n````\n",
               lattlast="klarsprak")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert resultat.returncode == 0, resultat.stderr[-3000:]
    from lxml import html as lxml_html
    dom = lxml_html.fromstring((tmp_path / "site/index.html").read_bytes())
    koden = dom.xpath("//article//pre")[0].text_content()
    assert koden.strip("\n") == exempel
    assert not dom.xpath("//article//*[contains(@class, 'admonition')]")


def test_nytt_id_pa_ett_pastaende_i_sjalvskattningen_stoppar_bygget_tills_det_gamla_star_kvar(tmp_path):
    """The same guard for the self-check: a renamed statement id in a repository whose
    history has the old one stops the build at 'sjalvskattning:'; with tidigare_id it passes."""
    original, fel, ok = id_byter_namn(tmp_path, SJALVSKATTNING, "tilltro-eget-yrke", "tilltro-mitt-arbete",
                                      "          tidigare_id: [tilltro-eget-yrke]")
    rad = original.split("\n").index("sjalvskattning:") + 1
    assert fel.returncode == 1, fel.stderr
    assert f"docs/{SJALVSKATTNING}:{rad}: Påståendet med id 'tilltro-eget-yrke' finns inte längre" in fel.stderr, fel.stderr
    assert "tidigare_id: [tilltro-eget-yrke]" in fel.stderr
    assert ok.returncode == 0, ok.stderr
