"""Readability figures: words, sentences, long words, LIX and OVIX."""

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

    def som_dict(self) -> dict:
        return asdict(self)

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


def rakna(path: str, ordlista: list[str], meningar: int) -> Statistik:
    # map instead of loops in Python: a page can have a hundred thousand words.
    langa = sum(map(LANGT_ORD.__lt__, map(len, ordlista)))
    unika = len(set(map(str.lower, ordlista)))
    return Statistik(path=path, words=len(ordlista), sentences=meningar, long_words=langa,
                     lix=lix(len(ordlista), meningar, langa), ovix=ovix(len(ordlista), unika))
