"""The sources the pages rest on: one list in docs/_data/kallor.yml, named by key in
each page's front matter (`kallor: [slutrapport, vta-studien]`).

From that the build makes the list at the end of each page and the page "Källor" with
every source and the pages that use it (kunskapsbank.sidor.rapportsidor). A figure on a
page that names no source is a warning: a reader must be able to check where 4 000 or
32 % comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import StringConstraints

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.markdownkalla import brodtextens_start, kodrader
from kunskapsbank.grund.sidsprak import svensk_kalla
from kunskapsbank.grund.validering import Modell, validera_varje
from kunskapsbank.grund.yamlfil import las_mapping, las_text

KALLISTA = "_data/kallor.yml"           # under docs/
KALLSIDA = "kallor/index.md"            # the generated page "Källor"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Adress = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^https?://\S+$")]
Nyckel = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]

RUBRIK = {"sv": "Källor", "en": "Sources"}
ALLA_KALLOR = {"sv": "Alla källor och sidorna som bygger på dem",
               "en": "All sources and the pages that use them"}


class Kalla(Modell):
    titel: Text
    utgivare: Text | None = None
    ar: int | None = None
    adress: Adress | None = None
    om: Text | None = None

    def som_markdown(self) -> str:
        titel = f"[{self.titel}]({self.adress})" if self.adress else f"*{self.titel}*"
        delar = [titel] + [d for d in (self.utgivare, str(self.ar) if self.ar else None) if d]
        return ", ".join(delar) + "." + (f" {self.om}" if self.om else "")

    def detaljer(self) -> str:
        """The source under its own heading on the page Källor: all but the title."""
        delar = [d for d in (self.utgivare, str(self.ar) if self.ar else None) if d]
        rader = [", ".join(delar) + "." if delar else "", self.om or "",
                 f"Läs den här: <{self.adress}>" if self.adress else ""]
        return " ".join(r for r in rader if r)


@dataclass(frozen=True)
class Kallista:
    kallor: dict[str, Kalla]
    fil: str                            # how a trainer finds the file, for messages

    def nycklar(self) -> tuple[str, ...]:
        return tuple(self.kallor)


def las_kallistan(docs: Path, namn: str | None = None) -> Kallista:
    """The source list, checked. No file: an empty list. Raises InnehallsFel with line."""
    fil = docs / KALLISTA
    namn = namn or f"docs/{KALLISTA}"
    if not fil.is_file():
        return Kallista({}, namn)
    data, nod = las_mapping(las_text(fil, namn), namn)
    fel = []
    for nyckel in data or {}:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", str(nyckel)):
            rad = next((k.start_mark.line + 1 for k, _ in nod.value if k.value == nyckel), None)
            fel.append(InnehallsFel(namn, rad, f"'{nyckel}' går inte att använda som namn på en källa.",
                                    "Skriv namnet med små bokstäver a–z, siffror och bindestreck, "
                                    "till exempel vta-studien."))
    kallor, fynd = validera_varje(Kalla, {k: v for k, v in (data or {}).items()
                                          if re.fullmatch(r"[a-z0-9][a-z0-9-]*", str(k))}, nod, namn)
    fel = sorted(fel + fynd, key=lambda f: f.rad or 0)
    if fel:
        raise fel[0]
    return Kallista(kallor, namn)


def kallavsnitt(nycklar: list[str], lista: Kallista, sprak: str = "sv") -> str:
    """The section that ends a page: its sources, in the order the page names them."""
    rader = [f"- {lista.kallor[n].som_markdown()}" for n in nycklar if n in lista.kallor]
    if not rader:
        return ""
    return f"\n\n## {RUBRIK.get(sprak, RUBRIK['sv'])} {{ #kallor .kb-kallor }}\n\n" + "\n".join(rader) + "\n"


def kallsida_markdown(lista: Kallista, anvandning: dict[str, list[tuple[str, str]]]) -> str:
    """The page "Källor": every source with the pages (src, title) that name it."""
    delar = ["---", "title: Källor", "sprak: sv", "description: Källorna som sidorna bygger på, och vilka sidor "
             "som bygger på varje källa.", "search:", "  boost: 0.5", "---", "",
             "# Källor", "",
             "Här finns alla källor som materialet bygger på. Varje sida slutar med sina egna källor. "
             "Under varje källa ser du vilka sidor som använder den.", "",
             "Några källor är rapporter och ansökningar från projekten. De finns inte på webben. "
             "Vill du läsa dem, fråga det samordningsförbund som har gjort materialet.", ""]
    # A source no built page names (a part the förbund switched off) is left out.
    for nyckel, kalla in lista.kallor.items():
        if not (sidor := sorted(anvandning.get(nyckel, []), key=lambda s: s[1].casefold())):
            continue
        delar += [f"## {kalla.titel} {{ #{nyckel} }}", "", kalla.detaljer(), "",
                  "Sidor som bygger på källan:", ""]
        delar += [f"- [{titel}](../{src})" for src, titel in sidor]
        delar.append("")
    return "\n".join(delar)


# A figure a reader may want to check: a percentage, "213 av 299", a number written with
# a thousands space (4 000, 27 000) or a year. Times, dates with a month name and
# numbered steps are not figures of this kind.
SIFFRA = re.compile(
    r"(?<![\w.,])(?:\d+(?:,\d+)?\s?(?:%|procent\b)"
    r"|\d+ av \d+\b"
    r"|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,])"
    r"|(?:19|20)\d\d(?![\d:.-]\d))")
# A law is cited by its number, "(2018:1937)": the citation is its own source.
LAGNUMMER = re.compile(r"\(\d{4}:\d+\)")


def forsta_siffra(kalla: str) -> tuple[int, str] | None:
    """(line, figure) of the first figure in the page's running text, or None. Code,
    front matter, trainer notes and link addresses are not running text."""
    rader = kalla.replace("\r\n", "\n").split("\n")
    start = brodtextens_start(rader)
    i_utbildarruta = False
    for nr, (rad, i_kod) in enumerate(zip(rader[start:], kodrader(rader[start:])), start + 1):
        if i_kod:
            continue
        if re.match(r"^(?:!!!|\?\?\?\+?) *utbildare\b", rad):
            i_utbildarruta = True
            continue
        if i_utbildarruta and (not rad.strip() or rad.startswith("    ")):
            continue
        i_utbildarruta = False
        text = re.sub(r"\]\([^)]*\)|<[^>]+>|\{[^}]*\}", " ", LAGNUMMER.sub(" ", rad))
        if (m := SIFFRA.search(text)):
            return nr, m.group(0)
    return None


def sidans_kallor(src: str, kallor_per_sida: dict[str, list[str] | None]) -> list[str]:
    """A page's sources; a translation that names none rests on its Swedish page's."""
    return kallor_per_sida.get(src) or kallor_per_sida.get(svensk_kalla(src)) or []


def siffra_utan_kalla(kalla: str, fil: str) -> str | None:
    """The warning for a page that states a figure and names no source."""
    if (hittad := forsta_siffra(kalla)) is None:
        return None
    rad, siffra = hittad
    return (f"{fil}:{rad}: Sidan anger en siffra ({siffra}) men ingen källa. "
            "Åtgärd: Skriv i sidhuvudet vilken källa siffran kommer från, till exempel "
            f"kallor: [slutrapport]. Källorna står i docs/{KALLISTA}.")
