"""`nominalstil`: a noun made from a verb where the verb says it plainer.

"Vi gör en bedömning av" is "vi bedömer"; "Uppföljning av planen sker varje år" hides who
follows up; "bidra till en ökad förståelse" is an abstract way of saying that more people
will understand. The patterns and word lists are data (data/nominalstil.yml). The rule
names the verb but replaces nothing: the sentence has to be written anew, by a person.
"""

from __future__ import annotations

from functools import lru_cache

from kunskapsbank.lattlast import sprak
from kunskapsbank.lattlast.markdown import LISTPUNKT, STYCKE
from kunskapsbank.lattlast.regeldata import las_data
from kunskapsbank.lattlast.regler.bas import Kontext, Regel, exempel_i_data, registrera
from kunskapsbank.lattlast.text import ORDETS_LAG

_DATA = las_data("nominalstil")
TOMMA_VERB = frozenset(_DATA["tomma_verb"])
HA_VERB = frozenset(_DATA["ha_verb"])
HA_SUBSTANTIV = frozenset(_DATA["ha_substantiv"])
FORANDRING = frozenset(_DATA["forandring"])
FORANDRING_EFTER = frozenset(_DATA["forandring_efter"])
SLUT_VERB = tuple(_DATA["slut_verbsubstantiv"])
SLUT_ABSTRAKT = tuple(_DATA["slut_abstrakt"])
SUBSTANTIV = dict(_DATA["substantiv"])
UNDANTAG = frozenset(_DATA["undantag"])
# Words that may stand between the empty verb and its noun: "gör ni en ny bedömning".
MELLAN = frozenset("""en ett någon något några den det de denna detta dessa vi ni man jag du han
hon hen dom också även inte alltid sedan då nu först redan ofta gärna snart ny nytt nya
gemensam gemensamt gemensamma noggrann noggrant grundlig grundligt ordentlig egen eget
första andra sista årlig årliga löpande regelbunden fortsatt""".split())
MAX_MELLAN = 3
# The empty verb in the passive or after the noun: "Uppföljning sker", "hur bedömningen görs".
EFTER_SUBSTANTIVET = 8
PARTIKLAR = ("upp", "in", "ut", "av", "till", "över", "fram", "om", "på", "under", "genom", "tillbaka")


def ar_verbsubstantiv(ord_: str) -> bool:
    """A noun made from a verb: bedömning, förståelse, utvärdering, översyn."""
    if ord_ in UNDANTAG or ord_.endswith(("styrelse", "styrelsen")):
        return False
    return ord_ in SUBSTANTIV or (len(ord_) > 6 and ord_.endswith(SLUT_VERB))


@lru_cache(maxsize=10_000)
def verbet(substantiv: str) -> str | None:
    """The verb behind a noun, as a reader would write it: bedömning -> bedöma,
    uppföljning -> följa upp, utvärdering -> utvärdera."""
    if substantiv in SUBSTANTIV:
        return SUBSTANTIV[substantiv]
    grund = sprak.lemma(substantiv).split("+")[0]
    for slut, ny in (("ering", "era"), ("ation", "era"), ("ring", "ra"), ("else", "a"), ("ning", "a")):
        if not grund.endswith(slut):
            continue
        stam = grund[: -len(slut)]
        # avstämning -> avstämma: the verb doubles the consonant the noun has single.
        for verb in (stam + ny, stam + stam[-1:] + ny):
            for partikel in PARTIKLAR:
                rest = verb[len(partikel):]
                # "uppfölja" is rare, "följa upp" is how it is said.
                if verb.startswith(partikel) and sprak.frekvens(rest) > sprak.frekvens(verb) + 1 \
                        and sprak.ar_verblemma(rest):
                    return f"{rest} {partikel}"
            if sprak.frekvens(verb) > 0:
                return verb
        return None
    return None


@registrera
class Nominalstil(Regel):
    id = "nominalstil"
    allvarlighet = "warning"
    namn = "Substantiv i stället för verb"
    exempel = exempel_i_data(_DATA)

    def granska(self, k: Kontext):
        kallor = _DATA["kallor"]
        for mb in k.block:
            if mb.block.typ not in (STYCKE, LISTPUNKT):
                continue
            for mening in mb.meningar:
                ordlista = list(map(ORDETS_LAG, mening.ord))
                if TOMMA_VERB.isdisjoint(ordlista) and HA_VERB.isdisjoint(ordlista) \
                        and FORANDRING.isdisjoint(ordlista):
                    continue     # most sentences: none of the patterns can match
                for i, fras_start in self._fynd(ordlista):
                    o = mening.ord[i]
                    verb = verbet(ordlista[i])
                    fras = mb.text[mening.ord[fras_start].start:o.slut] if fras_start < i else o.text
                    forslag = (f"Skriv med verbet ”{verb}” i stället för ”{fras}”, och säg vem som gör det."
                               if verb else "Skriv med ett verb i stället, och säg vem som gör det.")
                    yield mb.traff(o.start, o.slut, f"”{o.text}” är ett substantiv där ett verb är tydligare.",
                                   f"{forslag} Källa: {kallor['klarsprak']}")

    @staticmethod
    def _fynd(ordlista: list[str]):
        """(index of the noun, index where the phrase starts) for each hit in a sentence."""
        tagna = set()
        for i, w in enumerate(ordlista):
            if w in TOMMA_VERB or w in HA_VERB:
                # Pattern 1: the empty verb, a few small words, the noun.
                for j in range(i + 1, min(i + 2 + MAX_MELLAN, len(ordlista))):
                    n = ordlista[j]
                    if (ar_verbsubstantiv(n) if w in TOMMA_VERB else n in HA_SUBSTANTIV):
                        if j not in tagna:
                            tagna.add(j)
                            yield j, i
                        break
                    if n not in MELLAN and n not in FORANDRING:
                        break
                # Pattern 2: the noun first, the empty verb after it in the passive or as
                # "ske" ("Uppföljning sker", "hur bedömningen görs"). In the active the
                # word before is the doer: "Styrelsen gör en översyn".
                if w in TOMMA_VERB and (w.endswith("s") or w.startswith("sk")):
                    for j in range(max(0, i - EFTER_SUBSTANTIVET), i):
                        if ar_verbsubstantiv(ordlista[j]) and (j == 0 or ordlista[j - 1] in (
                                "hur", "att", "när", "där", "en", "ett", "som", "och")):
                            if j not in tagna:
                                tagna.add(j)
                                yield j, j
                            break
            elif w in FORANDRING and i + 1 < len(ordlista):
                # Pattern 3: "bidra till en ökad förståelse".
                n = ordlista[i + 1]
                fore = ordlista[i - 2:i]
                if n.endswith(SLUT_ABSTRAKT) and len(n) > 5 and n not in UNDANTAG \
                        and not FORANDRING_EFTER.isdisjoint(fore) and i + 1 not in tagna:
                    tagna.add(i + 1)
                    yield i + 1, i
