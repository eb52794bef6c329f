"""Word analysis for search: each word's lemma and the parts of a compound word.

Swedish writes compounds as one word, so "lönebidraget" must reach "lönebidrag", "lön"
and "bidrag". The lemma comes from simplemma; compounds are split by the method of
Koehn and Knight (2003, "Empirical methods for compound splitting"): among all ways to
cut the word into known words, take the one whose parts have the highest mean Zipf
frequency (wordfreq), and split only if that beats the frequency of the whole word. So
"arbetsgivare" (common) stays whole, while "arbetsgivarkoordinator" (unknown) splits
into "arbetsgivare" + "koordinator". Parts are at least three letters and never a
function word, so "arbets|givar|e" can not yield "e". A part in its joining form
("löne-", "arbets-", "arbetsgivar-") is mapped to its lemma by simplemma, which knows
these forms; a linking -s- that simplemma does not know is dropped.

The browser does the same to what a person types (sok.js), with the tables that
`sprakdata` writes: every form seen here with its analysis, the suffix rules simplemma
applied to this content, and the frequency of every known part.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kunskapsbank.lattlast import sprak

# A word, with hyphenated parts kept together: "kick-off", "BIP-kurser".
ORD = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*")
BINDESTRECK = re.compile(r"[-‐‑]")

MIN_DEL = 3             # letters in a compound part
MIN_ZIPF_DEL = 2.5      # a part must be at least this common (wordfreq's Zipf scale)
ZIPF_TAK = 5.5          # very common words would otherwise win every split
ZIPF_EGET_ORD = 3.0     # a word of this content that wordfreq lacks (BIP, VTA)
MAX_DELAR = 4

STOPPORD = {
    "sv": set("""alla allt att av bara blev bli blir de dem den denna deras dess det detta dig din
        ditt du där efter eller en er era ert ett från för ha hade han hans har hon hos hur i in
        inte inom jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när och
        också om oss på sedan sig sin sina sitt ska skulle som så till under upp ut utan vad var
        vara varit vi vid vilka vilken vill vår våra vårt än är även över""".split()),
    "en": set("""a about an and are as at be been but by can do for from has have he her his how
        i if in into is it its not of on or our she so than that the their them they this to
        was we what when where which who will with you your""".split()),
}
# Endings that make words ("tillgänglig|het", "samord|ning") are no parts of their own.
AVLEDNINGAR = {"het", "heter", "ning", "else", "skap", "dom", "are", "ande", "ende", "lig",
               "lighet", "tion", "itet", "isk"}
ICKE_DELAR = STOPPORD["sv"] | sprak.PARTIKLAR | AVLEDNINGAR
STRAFF_PER_DEL = 0.6    # each part beyond two must earn its place


@dataclass(frozen=True)
class Analys:
    lemma: str
    delar: tuple[str, ...] = ()


def ord_i(text: str) -> list[str]:
    return [m.group(0).lower() for m in ORD.finditer(text)]


@lru_cache(maxsize=200_000)
def _lemma(ord_: str, sprak_: str) -> str:
    return sprak.lemma(ord_) if sprak_ == "sv" else sprak.lemma_pa(ord_, sprak_)


def _zipf(ord_: str, egna_ord: frozenset[str]) -> float:
    z = sprak.frekvens(ord_)
    if z == 0 and ord_ in egna_ord:
        return ZIPF_EGET_ORD
    return min(z, ZIPF_TAK)


class Ordanalys:
    """Analyses the words of one language's pages; remembers what it did, so that
    `sprakdata` can hand the same knowledge to the browser."""

    def __init__(self, sprak_: str, egna_ord: set[str] = frozenset()):
        self.sprak = sprak_
        self.egna_ord = frozenset(egna_ord)
        self.former: dict[str, Analys] = {}
        self.fogformer: dict[str, str] = {}     # "löne" -> "lön", seen inside compounds

    def analysera(self, form: str) -> Analys:
        if form in self.former:
            return self.former[form]
        if BINDESTRECK.search(form):
            analys = self._bindestreck(form)
        else:
            analys = self._ord(form)
        self.former[form] = analys
        return analys

    def _bindestreck(self, form: str) -> Analys:
        """kick-off and kickoff are the same word; BIP-kurser has the parts bip and kurs."""
        bitar = [b for b in BINDESTRECK.split(form) if b]
        hel = "".join(bitar)
        analys = self._ord(hel)
        if analys.delar or analys.lemma != hel:
            return analys
        sista = self._ord(bitar[-1])
        delar = [self._ord(b).lemma for b in bitar[:-1]] + [sista.lemma]
        return Analys("".join(bitar[:-1]) + sista.lemma,
                      tuple(d for d in dict.fromkeys(delar) if len(d) >= 2))

    def _ord(self, form: str) -> Analys:
        lemma = _lemma(form, self.sprak)
        if self.sprak != "sv":
            return Analys(lemma)
        helhet = max(_zipf(lemma, self.egna_ord), _zipf(form, self.egna_ord))
        okant = lemma == form and sprak.frekvens(form) == 0
        # A word simplemma knows is split in its lemma, so that its ending can not pass
        # for a part ("handläggarna" is not "hand" + "läggarna").
        delning = self._dela(form if okant else lemma)
        if delning is None:
            return Analys(lemma)
        delar, zipfs, bitar = delning
        if poang(zipfs) <= helhet:
            return Analys(lemma)
        if okant:
            lemma = "".join(bitar[:-1]) + delar[-1]   # unknown compound: inflect its last part
        for bit, bas in zip(bitar[:-1], delar[:-1]):
            if bit != bas:
                self.fogformer[bit] = bas
        return Analys(lemma, tuple(dict.fromkeys(d for d in delar if d != lemma)))

    def _del(self, bit: str, sist: bool) -> tuple[str, float] | None:
        """The lemma and frequency of one compound part, or None if it is no word."""
        if len(bit) < MIN_DEL:
            return None
        kandidater = [bit] if sist else [bit, bit[:-1] if bit.endswith("s") else None]
        for kandidat in kandidater:
            if not kandidat or len(kandidat) < MIN_DEL:
                continue
            bas = _lemma(kandidat, "sv")
            if bas == kandidat + "a" and sprak.frekvens(kandidat) >= MIN_ZIPF_DEL:
                bas = kandidat      # "test" is a noun here, not the verb "testa"
            if bas in ICKE_DELAR or kandidat in ICKE_DELAR or len(bas) < MIN_DEL:
                continue
            # A part must be a word itself, not just something simplemma guessed at.
            if sprak.frekvens(kandidat) == 0 and bas == kandidat and kandidat not in self.egna_ord:
                continue
            # The last part is an inflected form of its lemma ("diagrammet" of "diagram"),
            # not a lookalike ("are" is no form of "area").
            if sist and not (kandidat.startswith(bas) or
                             (len(bas) >= 5 and kandidat.startswith(bas[:-1]))):
                continue
            z = _zipf(bas, self.egna_ord)
            if z >= MIN_ZIPF_DEL:
                return bas, z
        return None

    def _dela(self, form: str):
        """The best cut into at least two known parts: (lemmas, zipfs, pieces)."""
        basta = None
        for delning in _delningar(self, form, 0, MAX_DELAR):
            if len(delning[0]) >= 2 and (basta is None or poang(delning[1]) > poang(basta[1]) + 1e-9):
                basta = delning
        return basta


def _delningar(analys: Ordanalys, form: str, start: int, kvar: int):
    """Every cut of form[start:] into known parts, as (lemmas, zipfs, pieces)."""
    sista = analys._del(form[start:], sist=True)
    if sista:
        yield [sista[0]], [sista[1]], [form[start:]]
    if kvar <= 1:
        return
    for slut in range(start + MIN_DEL, len(form) - MIN_DEL + 1):
        bit = form[start:slut]
        forsta = analys._del(bit, sist=False)
        if forsta is None:
            continue
        for delar, zipfs, bitar in _delningar(analys, form, slut, kvar - 1):
            yield [forsta[0]] + delar, [forsta[1]] + zipfs, [bit] + bitar


def poang(zipfs: list[float]) -> float:
    """Mean Zipf frequency of the parts, less a penalty for each part beyond two."""
    return sum(zipfs) / len(zipfs) - STRAFF_PER_DEL * max(0, len(zipfs) - 2)


def suffixregler(former: dict[str, Analys], minsta_antal: int = 2) -> list[tuple[str, str]]:
    """The endings simplemma removed or changed on this content ("et" -> "", "arna" ->
    "e"), most specific first, so the browser can lemmatise a form it has not seen."""
    antal: Counter = Counter()
    for form, analys in former.items():
        lemma = analys.lemma
        if lemma == form or BINDESTRECK.search(form):
            continue
        gemensam = 0
        while gemensam < min(len(form), len(lemma)) and form[gemensam] == lemma[gemensam]:
            gemensam += 1
        if gemensam < 2:
            continue
        fran, till = form[gemensam:], lemma[gemensam:]
        if 0 < len(fran) <= 5 and len(till) <= 3:
            antal[(fran, till)] += 1
    regler = [regel for regel, n in antal.items() if n >= minsta_antal]
    return sorted(regler, key=lambda r: (-len(r[0]), -antal[r], r))
