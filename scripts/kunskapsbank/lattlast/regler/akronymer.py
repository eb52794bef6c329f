"""`oforklarad-forkortning`: an acronym that neither the glossary nor the page explains."""

from __future__ import annotations

import re

from kunskapsbank.lattlast import sprak
from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, Traff, registrera

AKRONYM = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,}[a-zåäö]?)(?![\wÅÄÖåäö])")
ROMERSKA = re.compile(r"^[IVXLCDM]+$")
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
# "AF står för ...". Read once per page, not once per acronym, so a page with many
# acronyms stays fast.
FORKLARING = re.compile(
    rf"\(\s*({AKRONYM_MONSTER})\s*\)"
    rf"|\b({AKRONYM_MONSTER})\s*\("
    rf"|\b({AKRONYM_MONSTER})\b\s+(?:står för|betyder|är en förkortning)")


def forklarade_pa_sidan(text: str) -> set[str]:
    return {next(g for g in m.groups() if g) for m in FORKLARING.finditer(text)}


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
                                 f"'Hela namnet ({grund})', eller lägg till den i "
                                 "docs/_snippets/forkortningar.md. Är det ett namn, lägg till det "
                                 "under egennamn i mkdocs.yml.")
                traff.severity = allvarlighet
                yield traff
