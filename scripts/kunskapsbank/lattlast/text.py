"""Sentences and words in Swedish running text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

# Words are runs of letters; digits alone are not words.
ORD = re.compile(r"[^\W\d_]+")
# Abbreviations whose full stop does not end a sentence (lower-cased, without the last dot).
FORKORTNINGAR_MED_PUNKT = {
    "t.ex", "bl.a", "m.m", "osv", "dvs", "d.v.s", "o.s.v", "s.k", "m.fl", "fr.o.m", "t.o.m",
    "p.g.a", "ca", "jfr", "resp", "enl", "kl", "nr", "st", "tel", "inkl", "exkl", "obs", "ev",
    "f.d", "f.n", "m.a.o", "o.d", "dyl", "etc", "e.d", "bl", "ang", "avd", "dr", "mr", "mrs",
    "prof", "sek", "kap", "s", "p", "t", "o", "a", "f", "e", "m", "ff", "uppl", "red", "red.",
    "vol", "mm", "cm", "km", "kg", "min", "tim", "sid", "jan", "feb", "aug", "sept", "okt",
    "nov", "dec", "§", "ex", "v", "vv",
}
# Abbreviations that usually close a phrase, so a capital letter after them starts a
# new sentence ("... böcker, tidningar osv. Sedan ...").
SLUTAR_MENING_FORE_VERSAL = {"osv", "o.s.v", "m.m", "etc", "m.fl"}
# Abbreviations that are also ordinary words or units ("Boken är min. Den är ny.",
# "Det är 5 km. Sedan ..."): before a capital letter the full stop is far more often a
# sentence end than an abbreviation.
AVEN_VANLIGA_ORD = {"min", "st", "s", "a", "e", "o", "f", "m", "t", "p", "red", "vol", "dec",
                    "jan", "feb", "aug", "sept", "okt", "nov", "tim", "sek", "mm", "cm", "km",
                    "kg"}
SLUT = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
TECKEN_I_TOKEN = re.compile(r"[\w.§]+")
NASTA_TECKEN = re.compile(r"\s*(\S?)")
# Every abbreviation is shorter than this, so a look this far back before a full stop
# is enough; looking at the whole text before it made long texts quadratic.
FONSTER = 16


class Ord:
    """A word in a block: its text, lower-cased text and offsets. A plain class with
    slots, as there is one per word of the text and rules read them often."""
    __slots__ = ("text", "lag", "start", "slut")

    def __init__(self, text: str, start: int):
        self.text = text
        self.lag = text.lower()
        self.start = start      # offset in the block text
        self.slut = start + len(text)

    def __eq__(self, annat) -> bool:
        return isinstance(annat, Ord) and (self.text, self.start) == (annat.text, annat.start)

    def __repr__(self) -> str:
        return f"Ord(text={self.text!r}, start={self.start})"


# A word's fields for map(): the rules read them for every word of a page.
ORDETS_TEXT = attrgetter("text")
ORDETS_LAG = attrgetter("lag")
ORDETS_START = attrgetter("start")


@dataclass
class Mening:
    text: str
    start: int
    ord: list[Ord]


def ord_i(text: str, forskjutning: int = 0) -> list[Ord]:
    return [Ord(m.group(), m.start() + forskjutning) for m in ORD.finditer(text)]


def _token_fore_punkt(text: str, punkt: int) -> str | None:
    """The word (with inner dots) right before the full stop at offset punkt, as
    written; None when it is longer than any abbreviation. It is the run of word
    characters, dots and § that ends the window before the stop (or ends just before a
    last newline in it, as a regex's $ does), read backwards: a regex search forwards
    would try every start in the window."""
    start = max(0, punkt - FONSTER)
    slut = punkt - 1 if punkt > start and text[punkt - 1] == "\n" else punkt
    m = TECKEN_I_TOKEN.match(text[start:slut][::-1])
    if not m or slut - m.end() == start > 0:
        return None
    return text[slut - m.end():slut]


INITIALER = re.compile(r"(?:[a-zåäö]\.){1,3}[a-zåäö]")


@lru_cache(maxsize=10_000)
def _ar_forkortning(token: str) -> bool:
    token = token.lower().rstrip(".")
    return token in FORKORTNINGAR_MED_PUNKT or bool(INITIALER.fullmatch(token))


def _punkt_avslutar_mening(text: str, punkt: int, slut: int) -> bool:
    """Does the single full stop at offset punkt end a sentence?"""
    token = _token_fore_punkt(text, punkt)
    if token is None or not _ar_forkortning(token):
        return True
    nasta = NASTA_TECKEN.match(text, slut).group(1)
    if not nasta.isupper():
        return False     # "t.ex. ett intyg": the sentence goes on
    bas = token.lower().rstrip(".")
    if bas in SLUTAR_MENING_FORE_VERSAL:
        return True
    if len(token) == 1 and token.isupper():
        return False     # an initial: "Karl F. Svensson"
    return bas in AVEN_VANLIGA_ORD


def dela_meningar(text: str) -> list[Mening]:
    """Split a block's text into sentences. A block's end always ends a sentence."""
    # The words are found once for the whole block. No word crosses a sentence end,
    # which stands after punctuation and before a space.
    alla_ord = ord_i(text)
    meningar, start, i = [], 0, 0
    for m in SLUT.finditer(text):
        slut = m.end()
        tecken = m.group()
        if tecken[0] == "." and len(tecken.rstrip("\"'”’)]")) == 1:
            if not _punkt_avslutar_mening(text, m.start(), slut):
                continue
        j = bisect_left(alla_ord, slut, lo=i, key=ORDETS_START)    # the first word after
        if j > i:      # a part without words (a lone "...") is no sentence
            meningar.append(Mening(text[start:slut], start, alla_ord[i:j]))
        start, i = slut, j
    if i < len(alla_ord):
        meningar.append(Mening(text[start:], start, alla_ord[i:]))
    return meningar
