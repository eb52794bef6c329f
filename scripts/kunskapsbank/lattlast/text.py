"""Sentences and words in Swedish running text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words are runs of letters; digits alone are not words.
ORD = re.compile(r"[^\W\d_]+")
# Abbreviations whose full stop does not end a sentence (lower-cased, without the last dot).
FORKORTNINGAR_MED_PUNKT = {
    "t.ex", "bl.a", "m.m", "osv", "dvs", "d.v.s", "o.s.v", "s.k", "m.fl", "fr.o.m", "t.o.m",
    "p.g.a", "ca", "jfr", "resp", "enl", "kl", "nr", "st", "tel", "inkl", "exkl", "obs", "ev",
    "f.d", "f.n", "m.a.o", "o.d", "dyl", "etc", "e.d", "bl", "ang", "avd", "dr", "mr", "mrs",
    "prof", "sek", "kap", "s", "p", "t", "o", "a", "f", "e", "m", "ff", "uppl", "red", "red.",
    "vol", "mm", "cm", "km", "kg", "min", "tim", "sid", "jan", "feb", "aug", "sept", "okt",
    "nov", "dec", "§",
}
SLUT = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
FORE_PUNKT = re.compile(r"([\w.§]+)$")


@dataclass
class Ord:
    text: str
    start: int      # offset in the block text

    @property
    def slut(self) -> int:
        return self.start + len(self.text)


@dataclass
class Mening:
    text: str
    start: int
    ord: list[Ord]


def ord_i(text: str, forskjutning: int = 0) -> list[Ord]:
    return [Ord(m.group(0), m.start() + forskjutning) for m in ORD.finditer(text)]


def _ar_forkortning(fore: str) -> bool:
    m = FORE_PUNKT.search(fore)
    if not m:
        return False
    token = m.group(1).lower().rstrip(".")
    return token in FORKORTNINGAR_MED_PUNKT or bool(re.fullmatch(r"(?:[a-zåäö]\.){1,3}[a-zåäö]", token))


def dela_meningar(text: str) -> list[Mening]:
    """Split a block's text into sentences. A block's end always ends a sentence."""
    meningar, start = [], 0
    for m in SLUT.finditer(text):
        slut = m.end()
        if m.group(0).startswith(".") and len(m.group(0).rstrip("\"'”’)]")) == 1:
            if _ar_forkortning(text[start:m.start()]):
                # An abbreviation ends a sentence only when a capital letter follows
                # and the abbreviation is one that can close a sentence.
                efter = text[slut:].lstrip()
                token = FORE_PUNKT.search(text[start:m.start()]).group(1).lower()
                if not (efter[:1].isupper() and token in ("osv", "o.s.v", "m.m", "etc", "m.fl")):
                    continue
        del_text = text[start:slut]
        if ORD.search(del_text):
            meningar.append(Mening(del_text, start, ord_i(del_text, start)))
        start = slut
    rest = text[start:]
    if ORD.search(rest):
        meningar.append(Mening(rest, start, ord_i(rest, start)))
    return meningar
