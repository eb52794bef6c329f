"""Searching a text with a pattern only where a word starts that can begin a match.

The phrase and abbreviation patterns are long alternations, and the regex engine tries
them at every position of the text: on a page of dense text that cost more than most
rules. Their matches can only start at a word, though: the pattern begins with a
negative lookbehind for a word character, and every alternative with letters. So the
letters each alternative begins with are read from the pattern once, and only the
words that begin with such letters are tried, at their start. The matches are the
ones finditer() gives. A pattern this module cannot read is searched with finditer().
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from kunskapsbank.lattlast.text import ORD, ORDETS_TEXT, Ord

try:     # the regex parser of the standard library; absent in some future Python
    from re import _parser
    from re._constants import (ASSERT_NOT, BRANCH, CATEGORY, CATEGORY_SPACE, CATEGORY_WORD, IN,
                               LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE, SUBPATTERN)
except ImportError:  # pragma: no cover - depends on the Python version
    _parser = None

# How many words' answers each pattern keeps (a long-running `mkdocs serve` sees many).
MINNE = 100_000


def _ar_bokstav(tecken: str) -> bool:
    return ORD.fullmatch(tecken) is not None


def _aldrig_bokstav(delar: list) -> bool:
    """Can these pattern parts only match one character, and never a letter (a space,
    a full stop)?"""
    if len(delar) != 1:
        return False
    op, varde = delar[0]
    if op is LITERAL:
        return not _ar_bokstav(chr(varde))
    return op is IN and all(del_ == (CATEGORY, CATEGORY_SPACE)
                            or (del_[0] is LITERAL and not _ar_bokstav(chr(del_[1])))
                            for del_ in varde)


def _inledningar(delar: list, bokstaver: str = "") -> list[tuple[str, bool]] | None:
    """The letters a match of the pattern parts can begin with, each with whether they
    are the whole word (a non-letter follows them). None when that cannot be said."""
    for i, (op, varde) in enumerate(delar):
        if op is LITERAL:
            tecken = chr(varde)
            if _ar_bokstav(tecken):
                bokstaver += tecken
                continue
            return [(bokstaver, True)] if bokstaver else None
        if op is BRANCH:
            alla = []
            for alternativ in varde[1]:
                svar = _inledningar(list(alternativ.data) + delar[i + 1:], bokstaver)
                if svar is None:
                    return None
                alla += svar
            return alla
        if op is SUBPATTERN:
            _, lagg_till, ta_bort, inre = varde
            if lagg_till or ta_bort:
                return None      # (?i:...) and the like: other rules inside
            return _inledningar(list(inre.data) + delar[i + 1:], bokstaver)
        if op in (MAX_REPEAT, MIN_REPEAT) and bokstaver:
            minst, _, inre = varde
            if minst >= 1 and _aldrig_bokstav(inre.data):
                return [(bokstaver, True)]      # "i\s+syfte": the word is "i"
        break                    # a class, a repeat, an assertion: the word may go on
    return [(bokstaver, False)] if bokstaver else None


@lru_cache(maxsize=None)
def _ordmonster(monster: re.Pattern) -> re.Pattern | None:
    """A pattern for the words a match of monster can start at, or None."""
    if _parser is None:
        return None
    try:
        delar = list(_parser.parse(monster.pattern, monster.flags).data)
    except Exception:  # noqa: BLE001 - an unreadable pattern is searched as it is
        return None
    # First a lookbehind that no word character stands before the match...
    if not delar or delar[0][0] is not ASSERT_NOT or delar[0][1][0] != -1:
        return None
    bakat = delar[0][1][1].data
    if not (len(bakat) == 1 and bakat[0][0] is IN and (CATEGORY, CATEGORY_WORD) in bakat[0][1]
            and (NEGATE, None) not in bakat[0][1]):
        return None
    # ...and letters first in every alternative: the match starts where a word starts.
    inledningar = _inledningar(delar[1:])
    if inledningar is None:
        return None
    alternativ = sorted({re.escape(b) + (r"\Z" if hela else "") for b, hela in inledningar})
    return re.compile("|".join(alternativ), monster.flags)


@lru_cache(maxsize=None)
def _kan_borja(monster: re.Pattern):
    """word -> can a match of monster start at it? None when every position is tried."""
    ordmonster = _ordmonster(monster)
    if ordmonster is None:
        return None

    @lru_cache(maxsize=MINNE)
    def kan_borja(ord_: str) -> bool:
        return ordmonster.match(ord_) is not None
    return kan_borja


def traffar(monster: re.Pattern, text: str, ord_: list[Ord]) -> list[re.Match]:
    """monster.finditer(text) as a list; ord_ are all the words of text, in order."""
    kan_borja = _kan_borja(monster)
    if kan_borja is None:
        return list(monster.finditer(text))
    ut: list[re.Match] = []
    slut = 0
    # The words are sifted without a turn of a Python loop each: most cannot begin one.
    for o in compress(ord_, map(kan_borja, map(ORDETS_TEXT, ord_))):
        if o.start >= slut:   # not inside the match before: finditer() goes on after it
            m = monster.match(text, o.start)
            if m is not None:
                ut.append(m)
                slut = m.end()
    return ut
