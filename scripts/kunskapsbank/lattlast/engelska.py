"""The plain-English check for the English pages (*.en.md): the same findings and
report format as the Swedish checker, for readers with English as a second language.

textstat (a maintained library) counts syllables and gives the Flesch reading ease; the
rules here say where a sentence is too long, where a verb is passive and which words are
long, so an editor knows what to change. Messages are in Swedish, like every message an
editor reads; the text they are about is English.

- `en-lang-mening`: a sentence of more than 20 words (warning), more than 30 (error).
- `en-passiv`: a form of "be" or "get" with a past participle: "is given", "was made".
- `en-langt-ord`: a word of four or more syllables that the page uses once or twice (a
  tip). A long word the page keeps using, such as "participant", is a term the reader
  learns on the page; a Swedish term (å, ä, ö) is explained where it stands.
- `en-lasbarhet`: the page's Flesch reading ease under 60 (plain English) is a warning.
"""

from __future__ import annotations

import re

from kunskapsbank.lattlast.fynd import Fynd
from kunskapsbank.lattlast.markdown import LISTPUNKT, RUTRUBRIK, STYCKE, Dokument, position

TEXTBLOCK = (STYCKE, LISTPUNKT, RUTRUBRIK)
GRANS_VARNING, GRANS_FEL = 20, 30
LASBARHET_MIN = 60          # Flesch reading ease: 60-70 is "plain English"
LANGT_ORD = 4               # syllables
ORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:['’-][A-Za-zÀ-ÿ]+)*")
# A sentence ends at . ! ? followed by a space and a capital, a digit or the end.
MENINGSSLUT = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-Z0-9ÅÄÖ])|\n\s*\n")
VARA = r"(?:am|is|are|was|were|be|been|being|get|gets|got|gotten)"
OREGELBUNDNA = ("given made done seen taken written built paid found held kept left told shown "
                "brought chosen sent met led won read known run set put thought bought taught "
                "caught felt heard meant understood spent lost sold").split()
PASSIV = re.compile(rf"\b{VARA}\s+(?:(?:not|also|often|always|usually|then|now|never|only)\s+)?"
                    rf"((?:[a-z]+ed)|(?:{'|'.join(OREGELBUNDNA)}))\b", re.IGNORECASE)
# Adjectives that look like participles: "is interested", "are tired" are not passives.
INTE_PASSIV = frozenset("interested tired worried scared pleased bored used supposed based called "
                        "excited married qualified experienced skilled limited required needed".split())


def _meningar(text: str) -> list[tuple[int, str]]:
    ut, start = [], 0
    for m in MENINGSSLUT.finditer(text):
        if text[start:m.start()].strip():
            ut.append((start, text[start:m.start()]))
        start = m.end()
    if text[start:].strip():
        ut.append((start, text[start:]))
    return ut


def granska(dok: Dokument, path: str) -> tuple[list[Fynd], dict]:
    """The findings and the page's figures: words, sentences, Flesch reading ease."""
    import textstat        # only the English check needs it

    fynd: list[Fynd] = []
    allt: list[str] = []
    hur_ofta: dict[str, int] = {}
    for block in dok.block:
        if block.typ in TEXTBLOCK:
            for o in ORD.findall(block.sammanfogad()[0]):
                hur_ofta[o.lower()] = hur_ofta.get(o.lower(), 0) + 1
    antal_meningar = 0
    for block in dok.block:
        if block.typ not in TEXTBLOCK:
            continue
        text, karta = block.sammanfogad()
        for start, mening in _meningar(text):
            orden = ORD.findall(mening)
            if not orden:
                continue
            antal_meningar += 1
            allt.append(mening.strip())
            rad, kol = position(karta, start + len(mening) - len(mening.lstrip()))
            if len(orden) > GRANS_VARNING and block.typ != RUTRUBRIK:
                fynd.append(Fynd(path, rad, kol, "en-lang-mening", "error" if len(orden) > GRANS_FEL else "warning",
                                 f"Meningen har {len(orden)} engelska ord. Sikta på högst {GRANS_VARNING}.",
                                 "Dela meningen i två. Ta en sak i taget."))
            for m in PASSIV.finditer(mening):
                if m.group(1).lower() in INTE_PASSIV:
                    continue
                rad, kol = position(karta, start + m.start())
                fynd.append(Fynd(path, rad, kol, "en-passiv", "warning",
                                 f"”{m.group(0)}” är passiv form.",
                                 "Säg vem som gör något: ”We give you …” i stället för ”You are given …”."))
            for m in ORD.finditer(mening):
                if m.group(0)[0].isupper() and m.start() > 0:
                    continue        # a name, an agency: the reader needs it as it is
                if hur_ofta.get(m.group(0).lower(), 0) > 2 or re.search("[åäöÅÄÖ]", m.group(0)):
                    continue
                if textstat.syllable_count(m.group(0)) >= LANGT_ORD:
                    rad, kol = position(karta, start + m.start())
                    fynd.append(Fynd(path, rad, kol, "en-langt-ord", "info",
                                     f"”{m.group(0)}” är ett långt ord.",
                                     "Finns ett kortare, vanligt ord som säger samma sak? Annars: förklara ordet."))
    text = " ".join(allt)
    ord_antal = len(ORD.findall(text))
    lasbarhet = textstat.flesch_reading_ease(text) if ord_antal >= 50 else None
    if lasbarhet is not None and lasbarhet < LASBARHET_MIN:
        fynd.append(Fynd(path, 1, 1, "en-lasbarhet", "warning",
                         f"Sidans läsbarhet (Flesch reading ease) är {lasbarhet:.0f}. Sikta på minst {LASBARHET_MIN}.",
                         "Korta de längsta meningarna och byt långa ord mot vanliga."))
    return fynd, {"ord": ord_antal, "meningar": antal_meningar, "flesch": lasbarhet}
