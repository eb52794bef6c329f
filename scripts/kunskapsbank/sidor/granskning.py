"""Review dates: when a person last checked a page's facts, and when that is due again.

A page says `granskad: YYYY-MM-DD` in its front matter, and may say `granskas_om:` and
`ansvarig:` (kunskapsbank.kallor.sidhuvud checks the types). How long a check holds when the
page does not say is set per part of the site in mkdocs.yml, `extra.granskning`: rules
and money change faster than a method. The date never comes from git: an edit that
fixes a typo is not a check of the facts.

Everything here takes today's date as an argument, so tests can move time.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import dataclass, field

from babel.dates import format_date
from dateutil.relativedelta import relativedelta

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.markdowntext import som_text
from kunskapsbank.kallor.moduler import sidan_matchar
from kunskapsbank.kallor.sidhuvud import Sidhuvud
from kunskapsbank.grund.sidsprak import STANDARD, kallsprak, svensk_kalla

STANDARD_MANADER = 12
TID = re.compile(r"^(\d+) (månad|månader|år)$")
RAPPORT = "granskning/index.md"


def manader(varde, var: str) -> int:
    """'12 månader', '1 år' or 12 as a number of months (the schema's forms)."""
    if isinstance(varde, int) and not isinstance(varde, bool) and varde > 0:
        return varde
    m = TID.match(str(varde).strip())
    if not m or int(m.group(1)) == 0:
        raise InnehallsFel(var, None, f"'{varde}' är ingen tid som granskaren förstår.",
                           "Skriv till exempel 12 månader eller 1 år.")
    return int(m.group(1)) * (12 if m.group(2) == "år" else 1)


@dataclass
class Granskningstider:
    """extra.granskning in mkdocs.yml: the default interval and one per part of the site.
    A part is a file, a folder ending in / or a pattern with *; the longest that matches
    a page wins, so one page can have a shorter time than its folder."""

    granskas_om: int = STANDARD_MANADER
    delar: dict[str, int] = field(default_factory=dict)

    @classmethod
    def fran_extra(cls, extra: dict) -> "Granskningstider":
        data = extra.get("granskning") or {}
        if not isinstance(data, dict):
            raise InnehallsFel("mkdocs.yml", None, "extra.granskning ska ha nycklarna granskas_om och delar.",
                               "Se exemplet i mkdocs.yml i Kunskapsbanken.")
        delar = data.get("delar") or {}
        if not isinstance(delar, dict):
            raise InnehallsFel("mkdocs.yml", None, "extra.granskning.delar ska vara sida: tid, en per rad.",
                               "Skriv till exempel vta/modellen/: 6 månader.")
        return cls(manader(data.get("granskas_om", STANDARD_MANADER), "mkdocs.yml (extra.granskning.granskas_om)"),
                   {monster: manader(tid, f"mkdocs.yml (extra.granskning.delar, {monster})")
                    for monster, tid in delar.items()})

    def manader_for(self, src: str) -> int:
        traffar = [m for m in self.delar if sidan_matchar(src, m)]
        return self.delar[max(traffar, key=len)] if traffar else self.granskas_om


@dataclass
class Granskning:
    src: str                        # docs-relative source, e.g. vta/modellen/5-ekonomiskt-stod.md
    titel: str
    granskad: dt.date | None
    senast: dt.date | None          # the day the next check is due
    ansvarig: str | None
    sen: bool                       # the due day has passed

    @property
    def fil(self) -> str:
        return f"docs/{self.src}"


def granskning(src: str, titel: str, sidhuvud: Sidhuvud, inst: Granskningstider, idag: dt.date) -> Granskning:
    granskad = sidhuvud.granskad
    if granskad is None:
        return Granskning(src, titel, None, None, sidhuvud.ansvarig, False)
    tid = manader(sidhuvud.granskas_om, f"docs/{src}") if sidhuvud.granskas_om is not None \
        else inst.manader_for(src)
    senast = granskad + relativedelta(months=tid)
    return Granskning(src, titel, granskad, senast, sidhuvud.ansvarig, senast < idag)


def datum(dag: dt.date, sprak: str = STANDARD) -> str:
    """'15 november 2026' (sv) or 'November 15, 2026' (en)."""
    return format_date(dag, format="long", locale=sprak)


def meddelanden(granskningar: list[Granskning]) -> list[str]:
    """One line for the build per page a trainer should look at (an "Obs:" note: the
    strict build must not stop because time has passed)."""
    rader = []
    for g in sorted(granskningar, key=lambda g: g.src):
        if g.sen:
            rader.append(f"Obs: {g.fil}: Fakta på sidan skulle ha granskats senast {g.senast.isoformat()}. "
                         "Läs igenom sidan och skriv dagens datum i raden granskad: i sidhuvudet.")
        elif g.granskad is None:
            rader.append(f"Obs: {g.fil}: Sidhuvudet saknar raden granskad:. Skriv datumet då någon "
                         "senast kontrollerade fakta på sidan, till exempel granskad: 2026-12-01.")
    return rader


def notis_markdown(g: Granskning, sprak: str) -> str:
    """The calm note at the top of an overdue page, in the page's language."""
    if sprak == STANDARD:
        text = (f"Innehållet granskades senast {datum(g.granskad, 'sv')}. Det kan vara inaktuellt. "
                "Kontrollera gärna fakta innan du använder sidan.")
    else:
        text = (f"The content was last reviewed on {datum(g.granskad, 'en')}. It may be out of date. "
                "Please check the facts before you use this page.")
    return f'<p class="kb-granskning" role="note">{text}</p>\n'


def lagg_till_notis(markdown: str, notis: str) -> str:
    """Put the note right under the page's main heading (or first, without one)."""
    rader = markdown.splitlines(keepends=True)
    for i, rad in enumerate(rader):
        if rad.startswith("# "):
            return "".join(rader[:i + 1]) + "\n" + notis + "\n" + "".join(rader[i + 1:])
    return notis + "\n" + markdown


def rapport_markdown(granskningar: list[Granskning], idag: dt.date, sidans_plats: str = RAPPORT) -> str:
    """The report page for trainers: every page with review date, due date and owner,
    overdue first, then pages without a date, then the next due first."""
    bas = posixpath.dirname(sidans_plats)

    def ordning(g: Granskning):
        # A translation right after its Swedish page.
        return (0 if g.sen else 1 if g.granskad is None else 2, g.senast or dt.date.max,
                svensk_kalla(g.src), kallsprak(g.src) != STANDARD)

    sena = sum(g.sen for g in granskningar)
    utan = sum(g.granskad is None for g in granskningar)
    rader = [
        "---", "title: Granskning av fakta", "lattlast: av", "lasare: redaktorer", "sprak: sv", "search:", "  exclude: true", "---", "",
        "# Granskning av fakta",
        "",
        f"Listan visar när någon senast kontrollerade fakta på varje sida. Den gjordes när "
        f"webbplatsen byggdes, {datum(idag)}. "
        + (f"{sena} sidor skulle ha granskats före den dagen och {utan} sidor saknar datum. De står först."
           if sena or utan else "Alla sidor har ett datum som gäller."),
        "",
        "Så granskar du en sida: läs den och kontrollera fakta mot källorna. Skriv sedan dagens datum "
        "i raden `granskad:` i sidans sidhuvud. En ändring av texten räknas inte som en granskning.",
        "",
        "| Sida | Granskad | Granska senast | Ansvarig | Läge |",
        "| --- | --- | --- | --- | --- |",
    ]
    for g in sorted(granskningar, key=ordning):
        lage = "**Granska nu**" if g.sen else "Datum saknas" if g.granskad is None else "Aktuell"
        if kallsprak(g.src) == STANDARD:
            lank = f"[{som_text(g.titel)}]({posixpath.relpath(g.src, bas)})"
        else:
            # The report is built in the Swedish pass, where a link to an English source
            # has no target.
            lank = f"{som_text(g.titel)} (engelska)"
        rader.append(f"| {lank} | {g.granskad.isoformat() if g.granskad else '–'} | "
                     f"{g.senast.isoformat() if g.senast else '–'} | {som_text(g.ansvarig or '–')} | {lage} |")
    return "\n".join(rader) + "\n"
