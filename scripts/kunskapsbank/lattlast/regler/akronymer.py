"""`oforklarad-forkortning`: an acronym that neither the glossary nor the page explains."""

from __future__ import annotations

import re

from kunskapsbank.lattlast import sprak
from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, Traff, registrera

AKRONYM = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,}[a-zåäö]?)(?![\wÅÄÖåäö])")
# Roman numerals as texts use them: "Karl XII", "del II", "kapitel IV". Only I, V and X:
# "MI", "CD" and "DC" are far more often acronyms than 1001, 400 and 600.
ROMERSKA = re.compile(r"^[IVX]+$")
ALLTID_OK = {"OK", "JA", "NEJ"}
# Two or more words in capitals in a row are shouting ("KOM IHÅG ATT RINGA"), not
# acronyms. Only spaces may stand between them.
VERSALORD = re.compile(r"(?<![\w-])[A-ZÅÄÖ]+(?![\wÅÄÖåäö])")
# A single word in capitals that is a common Swedish word ("VIKTIGT:") is emphasis.
VANLIGT_ORD_ZIPF = 4.0
VANLIGT_ORD_MIN_LANGD = 4
AKRONYM_MONSTER = r"[A-ZÅÄÖ]{2,}[a-zåäö]?"
# Every acronym has two capitals in a row. Written out (not {2}), so that the regex
# engine skips ahead to a capital instead of trying every position.
TVA_VERSALER = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ]")
# How a page explains an acronym: "Arbetsförmedlingen (AF)", "AF (Arbetsförmedlingen)",
# "AF = Arbetsförmedlingen", "AF – Arbetsförmedlingen", "AF står för ...". Read once per
# page, not once per acronym, so a page with many acronyms stays fast. The words must
# spell the acronym: "Kontakta oss (AF)" explains nothing.
FORKLARING = re.compile(
    rf"\(\s*(?P<efter>{AKRONYM_MONSTER})\s*\)"
    rf"|\b(?P<fore>{AKRONYM_MONSTER})\s*\((?P<inom>[^)]{{2,120}})\)"
    rf"|\b(?P<tecken>{AKRONYM_MONSTER})[ \t]*(?:=|–|—|:|-(?=\s))[ \t]*(?P<namn>[^\n]{{2,120}})"
    rf"|\b(?P<ord>{AKRONYM_MONSTER})\b\s+(?:står för|betyder|är en förkortning)")
ORD_I_NAMN = re.compile(r"[^\W\d_]+")
NAMN_ORD = 6


def stavar(namn: str, akronym: str) -> bool:
    """Do these words spell the acronym: its first letter starts a word, and its other
    letters follow in order ("Kommunernas aktivitetsansvar" - KAA, "motiverande samtal"
    - MI)? Compared in lower case; a genitive or plural s on the acronym is not needed."""
    bokstaver = akronym.lower()
    namn = namn.lower()
    for m in ORD_I_NAMN.finditer(namn):
        if m.group()[0] != bokstaver[0]:
            continue
        rest = iter(namn[m.start() + 1:])
        if all(b in rest for b in bokstaver[1:]):
            return True
    return False


def forklarade_pa_sidan(text: str) -> set[str]:
    forklarade = set()
    for m in FORKLARING.finditer(text):
        if m.group("efter"):
            fore = ORD_I_NAMN.findall(text[max(0, m.start() - 120):m.start()])[-NAMN_ORD:]
            if stavar(" ".join(fore), m.group("efter")):
                forklarade.add(m.group("efter"))
        elif m.group("fore"):
            if stavar(" ".join(ORD_I_NAMN.findall(m.group("inom"))[:NAMN_ORD]), m.group("fore")):
                forklarade.add(m.group("fore"))
        elif m.group("tecken"):
            if stavar(" ".join(ORD_I_NAMN.findall(m.group("namn"))[:NAMN_ORD]), m.group("tecken")):
                forklarade.add(m.group("tecken"))
        else:
            forklarade.add(m.group("ord"))
    return forklarade


def versalsjok(text: str) -> set[int]:
    """Start offsets of capitalised words that stand in a run of two or more."""
    ord_ = list(VERSALORD.finditer(text))
    i_sjok: set[int] = set()
    for forra, nasta in zip(ord_, ord_[1:]):
        if not text[forra.end():nasta.start()].strip():
            i_sjok.update((forra.start(), nasta.start()))
    return i_sjok


def ar_betoning(akronym: str) -> bool:
    """VIKTIGT, OBSERVERA: a common word written in capitals for emphasis."""
    return (len(akronym) >= VANLIGT_ORD_MIN_LANGD
            and sprak.frekvens(akronym.lower()) >= VANLIGT_ORD_ZIPF)


@registrera
class OforklaradForkortning(Regel):
    id = "oforklarad-forkortning"
    # An error only where participants read (level lattlast); elsewhere, where names in
    # capitals are common, a warning that does not stop a trainer's pull request.
    allvarlighet = "warning"
    namn = "Oförklarad förkortning"
    exempel = (
        Exempel("Kontakta KLX om du har frågor.", True),
        Exempel("Kontakta Kommunens lärcentrum i Xstad (KLX) om du har frågor. KLX svarar i dag.", False),
        Exempel("Handledarna använder MI i samtalen.", True),
        Exempel("Handledarna använder motiverande samtal (MI). MI hjälper deltagaren att välja.", False),
        Exempel("Kontakta oss (KLX) om du har frågor.", True),
        Exempel("KLX = Kommunens lärcentrum i Xstad. Kontakta KLX om du har frågor.", False),
        Exempel("KLX – Kommunens lärcentrum i Xstad. Kontakta KLX om du har frågor.", False),
        Exempel("Karl XII och del II av boken.", False),
    )

    def granska(self, k: Kontext):
        forklarade: set[str] | None = None     # read when the first acronym needs it
        sett: set[str] = set()
        allvarlighet = "error" if k.niva == "lattlast" else "warning"
        for mb in k.block:
            if not TVA_VERSALER.search(mb.text):
                continue     # no acronym without two capitals in a row: most paragraphs
            sjok = versalsjok(mb.text)
            for m in AKRONYM.finditer(mb.text):
                akronym = m.group(1)
                # "SCÖs": the genitive of an acronym is explained when the acronym is.
                grund = akronym[:-1] if akronym.endswith("s") else akronym
                if (grund in sett or grund in ALLTID_OK or ROMERSKA.match(grund)
                        or grund in k.forklarade_forkortningar or grund in k.egennamn
                        or m.start(1) in sjok or ar_betoning(grund)):
                    continue
                sett.add(grund)
                if forklarade is None:
                    forklarade = forklarade_pa_sidan("\n".join(b.text for b in k.block))
                if grund in forklarade:
                    continue
                traff = mb.traff(m.start(1), m.end(1), f"Förkortningen {grund} förklaras inte.",
                                 f"Skriv ut vad {grund} betyder första gången, till exempel "
                                 f"”Hela namnet ({grund})”.")
                traff.severity = allvarlighet
                yield traff
