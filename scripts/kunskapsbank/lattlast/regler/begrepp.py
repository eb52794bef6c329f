"""`samma-ord`: one word for each thing. A synonym makes a reader wonder whether two
people or things are meant; the term list (data/begrepp.yml) names the word the material
uses for each concept and the words it avoids.

Two kinds of finding:
- a word to avoid ("klienten"): write the concept's own word;
- a word that means something else in this sentence: "deltagarna" next to "kursdagen"
  most likely means the course's participants, who are "kursdeltagare" here, while
  "deltagare" is the person seeking work.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kunskapsbank.lattlast import sprak
from kunskapsbank.lattlast.markdown import LISTPUNKT, RUTRUBRIK, STYCKE
from kunskapsbank.lattlast.regeldata import las_data
from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, registrera

TEXTBLOCK = (STYCKE, LISTPUNKT, RUTRUBRIK)


@lru_cache(maxsize=1)
def _data():
    data = las_data("begrepp")
    undvik, fraser, forvaxla = {}, {}, []
    for post in data["begrepp"]:
        for ord_ in post.get("undvik") or ():
            (fraser if " " in ord_ else undvik)[ord_.lower()] = post
        if (f := post.get("forvaxla")):
            forvaxla.append((frozenset(o.lower() for o in f["ord"]), frozenset(o.lower() for o in f["nara"]),
                             f["ratt"], post))
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(fraser, key=len, reverse=True)))
                       + r")\w*", re.IGNORECASE) if fraser else None
    return data, undvik, regex, fraser, forvaxla


# Endings of an inflected noun: "klient" finds klienten, klienter, klienternas, not
# "klientnära" (another word, which the list does not judge).
BOJNINGAR = ("", "s", "n", "ns", "en", "ens", "et", "ets", "er", "ers", "erna", "ernas", "ar", "arna",
             "arnas", "na", "nas", "e", "es", "or", "orna")


def _post_for(ord_: str, undvik: dict) -> dict | None:
    if (post := undvik.get(ord_)) is not None:
        return post
    for i in range(len(ord_) - 1, max(len(ord_) - 6, 2), -1):
        if ord_[i:] in BOJNINGAR and (post := undvik.get(ord_[:i])) is not None:
            return post
    return undvik.get(sprak.lemma(ord_).split("+")[0])


@registrera
class SammaOrd(Regel):
    id = "samma-ord"
    allvarlighet = "warning"
    namn = "Samma sak, samma ord"

    def alla_exempel(self):
        data, *_ = _data()
        return tuple(e for post in data["begrepp"] for e in (Exempel(post["exempel"]["ja"], True),
                                                              Exempel(post["exempel"]["nej"], False))) + (
            # The person seeking work, where no course is named: the right word.
            Exempel("Deltagaren och handläggaren träffas varje vecka.", False),
            # A compound that only contains the word is another word.
            Exempel("Kursdeltagarna i workshoppen delar sina svar.", False),
            # Both words in one sentence: the text keeps the two apart on purpose.
            Exempel("Efter kursdagen vågar kursdeltagarna prova verktyget med en deltagare.", False),
        )

    def granska(self, k: Kontext):
        data, undvik, regex, fraser, forvaxla = _data()
        for mb in k.block:
            if mb.block.typ not in TEXTBLOCK:
                continue
            if regex is not None:
                for m in regex.finditer(mb.text):
                    post = next(p for f, p in fraser.items() if m.group(0).lower().startswith(f))
                    yield self._traff(mb, m.start(), m.end(), m.group(0), post)
            for mening in mb.meningar:
                lag = [o.lag for o in mening.ord]
                for o in mening.ord:
                    post = _post_for(o.lag, undvik)
                    if post is not None:
                        yield self._traff(mb, o.start, o.slut, mb.text[o.start:o.slut], post)
                        continue
                    for ord_, nara, ratt, post in forvaxla:
                        if o.lag in ord_ and any(n in nara for n in lag) \
                                and not any(n.startswith(ratt.removesuffix("e")) for n in lag):
                            text = mb.text[o.start:o.slut]
                            ersatt = ("K" if text[0].isupper() else "k") + "urs" + text.lower()
                            yield mb.traff(
                                o.start, o.slut,
                                f"”{text}” betyder i materialet den som söker arbete. Här står ordet nära "
                                f"kursen, så texten menar nog den som går kursen.",
                                f"Skriv ”{ersatt}” om du menar den som går kursen ({post['betyder']}). "
                                f"Menar du den som söker arbete, låt ordet stå.", (ersatt,))
                            break

    def _traff(self, mb, start, slut, text, post):
        return mb.traff(start, slut,
                        f"”{text}” och ”{post['ord']}” kan läsas som två olika saker. Materialet använder "
                        f"”{post['ord']}” ({post['betyder']}).",
                        f"Skriv ”{post['ord']}” i en form som passar meningen. Samma sak ska heta samma sak.")
