"""Readability figures: words, sentences, long words, LIX and OVIX.

The counts cover all the text a reader reads. LIX is computed on running text only:
paragraphs, and list items that are whole sentences. A heading or a short bullet line is
no sentence, and counting it as one makes a page look easier than its prose is."""

from __future__ import annotations

import math
from dataclasses import dataclass, asdict

LANGT_ORD = 6   # a long word has more than six letters


@dataclass
class Statistik:
    path: str
    words: int
    sentences: int
    long_words: int
    lix: float | None
    ovix: float | None
    # Running text, on which LIX is computed.
    prosa_ord: int = 0
    prosa_meningar: int = 0
    prosa_langa: int = 0
    langsta_mening: int = 0       # words in the longest sentence (of paragraphs and list items)

    def som_dict(self) -> dict:
        return asdict(self)

    @property
    def meningslangd(self) -> float | None:
        """Words per sentence in the running text: one half of LIX."""
        return round(self.prosa_ord / self.prosa_meningar, 1) if self.prosa_meningar else None

    @property
    def andel_langa(self) -> float | None:
        """Per cent of long words in the running text: the other half of LIX."""
        return round(100 * self.prosa_langa / self.prosa_ord, 1) if self.prosa_ord else None

    @property
    def ord_per_mening(self) -> float | None:
        return round(self.words / self.sentences, 1) if self.sentences else None


def lix(ord_antal: int, meningar: int, langa: int) -> float | None:
    """LIX = words/sentences + 100 * long words/words."""
    if not ord_antal or not meningar:
        return None
    return round(ord_antal / meningar + 100 * langa / ord_antal, 1)


def ovix(ord_antal: int, unika: int) -> float | None:
    """OVIX = log(words) / log(2 - log(unique)/log(words)); undefined when every word
    is unique or there are fewer than two words."""
    if ord_antal < 2 or unika < 1 or unika >= ord_antal:
        return None
    return round(math.log(ord_antal) / math.log(2 - math.log(unika) / math.log(ord_antal)), 1)


def rakna(path: str, ordlista: list[str], meningar: int, prosa: list[str] | None = None,
          prosa_meningar: int | None = None) -> Statistik:
    """The figures for all text (ordlista, meningar) and LIX for the running text (prosa,
    prosa_meningar; all text when not given)."""
    # map instead of loops in Python: a page can have a hundred thousand words.
    langa = sum(map(LANGT_ORD.__lt__, map(len, ordlista)))
    unika = len(set(map(str.lower, ordlista)))
    prosa, prosa_meningar = (ordlista, meningar) if prosa is None else (prosa, prosa_meningar or 0)
    prosa_langa = langa if prosa is ordlista else sum(map(LANGT_ORD.__lt__, map(len, prosa)))
    return Statistik(path=path, words=len(ordlista), sentences=meningar, long_words=langa,
                     lix=lix(len(prosa), prosa_meningar, prosa_langa), ovix=ovix(len(ordlista), unika),
                     prosa_ord=len(prosa), prosa_meningar=prosa_meningar, prosa_langa=prosa_langa)
