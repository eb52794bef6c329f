"""How things are written in running text: `snedstreck` and `tidsintervall`.

A slash between two words leaves the reader to guess whether it means "and", "or" or
both ("och/eller", "kommun/region"). Dates and weeks written as a span of figures
("1/3–15/4", "v. 12–14") must be decoded, and "1/3" is read as a fraction or as the third
of January by many. Both are advice in klarspråk and lättläst alike.
"""

from __future__ import annotations

import re

from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, registrera

MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december")
# Two words with a slash between: letters only on both sides, at least two of them (not
# km/h, not a date, not an address: URLs are masked out of the text before the rules run).
SNEDSTRECK = re.compile(r"(?<![\w/.:])([^\W\d_]{2,})/([^\W\d_]{2,})(?![\w/])")
STRECK = r"\s?[–—-]\s?"
DAG_MANAD = r"(?P<{d}>[0-3]?\d)/(?P<{m}>1[0-2]|0?[1-9])"
TIDSINTERVALL = re.compile(
    r"(?<![\w/.-])(?:"
    + DAG_MANAD.format(d="d1", m="m1") + STRECK + DAG_MANAD.format(d="d2", m="m2")           # 1/3–15/4
    + r"|(?P<d3>[0-3]?\d)" + STRECK + DAG_MANAD.format(d="d4", m="m4")                        # 3–5/9
    + r"|\d{4}-\d{2}-\d{2}" + STRECK + r"\d{4}-\d{2}-\d{2}"                                  # 2025-03-01–2025-04-15
    + r"|(?:v\.|vecka|veckorna|vv\.)\s?(?P<v1>\d{1,2})" + STRECK + r"(?P<v2>\d{1,2})"        # v. 12–14
    + r")(?![\w/])", re.IGNORECASE)


def _datum(dag: str, manad: str) -> str:
    return f"den {int(dag)} {MANADER[int(manad) - 1]}"


@registrera
class Snedstreck(Regel):
    id = "snedstreck"
    allvarlighet = "warning"
    namn = "Snedstreck mellan ord"
    exempel = (
        Exempel("Du kan ringa och/eller skriva till oss.", True, "Du kan ringa eller skriva till oss."),
        Exempel("Stödet ges av kommun/region.", True),
        Exempel("Du kan ringa eller skriva till oss.", False),
        Exempel("Bilen kör 50 km/h. Kursen är 1/3 av utbildningen.", False),
    )

    def granska(self, k: Kontext):
        for mb in k.block:
            if "/" not in mb.text:
                continue
            for m in SNEDSTRECK.finditer(mb.text):
                forsta, andra = m.group(1), m.group(2)
                if forsta.lower() == "och" and andra.lower() == "eller":
                    yield mb.traff(m.start(), m.end(), f"”{m.group(0)}” är svårt att läsa.",
                                   "Skriv ”eller”: det betyder också att båda går bra. Annars: ”A, B eller båda”.",
                                   ("eller" if forsta.islower() else "Eller",))
                    continue
                yield mb.traff(m.start(), m.end(),
                               f"Snedstrecket i ”{m.group(0)}” säger inte om du menar ”och” eller ”eller”.",
                               f"Skriv ”{forsta} eller {andra}” eller ”{forsta} och {andra}”.",
                               (f"{forsta} eller {andra}", f"{forsta} och {andra}"))


@registrera
class Tidsintervall(Regel):
    id = "tidsintervall"
    allvarlighet = "warning"
    namn = "Datum och veckor med siffror"
    exempel = (
        Exempel("Kursen pågår 1/3–15/4 i Hallvik.", True, "Kursen pågår från den 1 mars till den 15 april i Hallvik."),
        Exempel("Vi träffas 3–5/9.", True, "Vi träffas från den 3 till den 5 september."),
        Exempel("Praktiken är v. 34–36.", True),
        Exempel("Projektet pågår 2025–2027. Vi ses klockan 9–12.", False),
        Exempel("Kursen pågår från den 1 mars till den 15 april.", False),
    )

    def granska(self, k: Kontext):
        for mb in k.block:
            if not any(c.isdigit() for c in mb.text):
                continue
            for m in TIDSINTERVALL.finditer(mb.text):
                g = m.groupdict()
                if g["d1"]:
                    ny = f"från {_datum(g['d1'], g['m1'])} till {_datum(g['d2'], g['m2'])}"
                elif g["d3"]:
                    ny = f"från den {int(g['d3'])} till {_datum(g['d4'], g['m4'])}"
                elif g["v1"]:
                    ny = f"från vecka {int(g['v1'])} till vecka {int(g['v2'])}"
                else:
                    ny = None
                forslag = (f"Skriv med ord, till exempel ”{ny}”." if ny else
                           "Skriv datumen med ord, till exempel ”från den 1 mars till den 15 april”.")
                yield mb.traff(m.start(), m.end(), f"”{m.group(0)}” är svårt att läsa som datum.", forslag,
                               (ny,) if ny else ())
