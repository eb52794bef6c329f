"""`fragment`: a sentence without a finite verb in running text, and "dels" without a second
"dels".

"Ett tydligt tecken på ett splittrat system." leaves the reader to supply the verb and the
link to the sentence before. In headings, list items and slide bullets short lines without
a verb are the norm, so only paragraphs are read. Greetings and a one-word answer ("Ja.")
are no fragments. A verb is known by its inflection (simplemma gives the lemma); the
irregular ones are data (data/fragment.yml). When unsure, the rule says nothing: a missed
fragment costs less than telling a trainer that a whole sentence is broken.
"""

from __future__ import annotations

from functools import lru_cache

from kunskapsbank.lattlast import sprak
from kunskapsbank.lattlast.markdown import STYCKE
from kunskapsbank.lattlast.regeldata import las_data
from kunskapsbank.lattlast.regler.bas import Kontext, Regel, exempel_i_data, registrera
from kunskapsbank.lattlast.text import ORDETS_LAG

_DATA = las_data("fragment")
FINITA = frozenset(_DATA["finita_verb"])
HALSNINGAR = tuple(sorted(_DATA["halsningar"], key=len, reverse=True))
INTE_IMPERATIV = frozenset(_DATA["inte_imperativ"])
# Forms of a verb that are not finite: the supine and the participles (prövat, skrivit,
# gjort, inskriven, planerad), the present participle (arbetande).
ICKE_FINITA_SLUT = ("ande", "ende", "at", "it", "tt", "t", "d", "dd", "ad", "en", "na", "et")
MINST_ORD = 3


# Past and passive endings no noun or adjective has: "godkändes", "enades", "informerade".
FINITA_SLUT = ("ades", "des", "tes", "erade", "erar")


def _ar_verb(grund: str, ocksa_substantiv: bool = False) -> bool:
    """A verb's lemma, also a short verb with a prefix ("föreslå"). ocksa_substantiv: also
    a lemma that is more often a noun but has a present tense ("fråga": frågar), which
    only a command at the start of a sentence can be ("Fråga din handledare.")."""
    if sprak.ar_verblemma(grund):
        return True
    if any(grund.endswith(kort) and len(grund) > len(kort) + 2 for kort in sprak.KORTA_VERB):
        return True
    return ocksa_substantiv and grund.endswith("a") and sprak.form_av(grund + "r", grund) > 0


@lru_cache(maxsize=100_000)
def ar_finit(ord_: str) -> bool:
    """Is this word (lower case) a finite verb form: present, past or passive?"""
    if ord_ in FINITA or (ord_.endswith(FINITA_SLUT) and len(ord_) > 5):
        return True
    grund = sprak.lemma(ord_).split("+")[0]
    if grund != ord_ and _ar_verb(grund):
        return not ord_.endswith(ICKE_FINITA_SLUT)
    # A present the lemmatiser takes for a noun: tittar (tittare), frågar (fråga, a noun
    # more often). No noun has a form in -ar of an -a word ("frågor", "veckor").
    if ord_.endswith("ar") and len(ord_) > 4 and sprak.frekvens(ord_[:-1]) >= 2 and _ar_verb(ord_[:-1], True):
        return True
    # Past tense the lemmatiser gives as a participle: godkände (godkänd), hjälpte.
    if ord_.endswith(("de", "te")) and len(ord_) > 4 and not ord_.endswith(("ande", "ende")):
        stam = ord_[:-2]
        return any(sprak.frekvens(inf) >= 2 and sprak.ar_verblemma(inf) for inf in (stam + "a", stam + stam[-1] + "a"))
    return False


@lru_cache(maxsize=20_000)
def ar_imperativ(ord_: str) -> bool:
    """A sentence's first word as a command: "Kontakta", "Fråga", "Ta", "Läs", "Glöm"."""
    if ord_ in INTE_IMPERATIV or len(ord_) < 2:
        return False
    if sprak.lemma(ord_).split("+")[0] == ord_ and (ord_ in sprak.KORTA_VERB or (
            ord_.endswith("a") and sprak.form_av(ord_ + "r", ord_) > 0)):
        return True     # the -a verbs: the command is the infinitive
    # The other verbs: the command is the stem (läs - läsa, glöm - glömma).
    return any(sprak.frekvens(inf) >= 2 and sprak.lemma(inf) == inf and sprak.ar_verblemma(inf)
               for inf in (ord_ + "a", ord_ + ord_[-1] + "a"))


def ar_halsning(mening_lag: str) -> bool:
    return mening_lag.startswith(HALSNINGAR)


@registrera
class Fragment(Regel):
    id = "fragment"
    allvarlighet = "warning"
    namn = "Mening utan verb"
    exempel = exempel_i_data(_DATA)

    def granska(self, k: Kontext):
        for mb in k.block:
            if mb.block.typ != STYCKE:
                continue
            meningar = mb.meningar
            for nr, mening in enumerate(meningar):
                ordlista = list(map(ORDETS_LAG, mening.ord))
                yield from self._dels(mb, mening, ordlista, meningar[nr + 1] if nr + 1 < len(meningar) else None)
                if len(ordlista) < MINST_ORD:
                    continue
                text = mening.text.strip()
                # A question, a lead-in to a list ("Så här gör du:"), a label and its value
                # ("Plats: Kommunhuset"), a remark in brackets or a signature: no sentence
                # to repair.
                if not text.endswith((".", "!")) or ":" in text or text.startswith(("(", "”", '"')):
                    continue
                if ar_halsning(" ".join(ordlista)):
                    continue
                if any(map(ar_finit, ordlista)) or ar_imperativ(ordlista[0]):
                    continue
                forsta, sista = mening.ord[0], mening.ord[-1]
                yield mb.traff(forsta.start, sista.slut,
                               f"Meningen ”{_kort(mb.text[forsta.start:sista.slut])}” har inget verb.",
                               "Skriv en hel mening med ett verb, eller sätt ihop den med meningen före. "
                               "Till exempel ”Det är ett tydligt tecken …” i stället för ”Ett tydligt tecken …”.")

    @staticmethod
    def _dels(mb, mening, ordlista, nasta):
        """"dels X, och Y": the second "dels" is missing (in this sentence and the next)."""
        if ordlista.count("dels") != 1:
            return
        if nasta is not None and "dels" in map(ORDETS_LAG, nasta.ord):
            return
        o = mening.ord[ordlista.index("dels")]
        yield mb.traff(o.start, o.slut, "”dels” står bara en gång. Läsaren väntar på ett andra ”dels”.",
                       "Skriv ”dels … dels …”, eller ta bort ”dels” och skriv ”både … och …”.")


def _kort(text: str, max_ord: int = 6) -> str:
    ord_ = text.split()
    return " ".join(ord_[:max_ord]) + (" …" if len(ord_) > max_ord else "")
