"""Pages missing from the menu (nav in mkdocs.yml).

MkDocs builds a page that is not in the nav, but the booklets take their pages from the
nav, so a new page in a folder that a booklet includes (bip/teman/) would silently be
missing from the PDF. Such a page stops the build; any other page outside the nav gets a
note. Both say which nav section to add the page to, and on which line of mkdocs.yml.

Pages that are outside the nav on purpose are left alone: translations (*.en.md), the
förbund's own pages in docs/lokalt/ (hooks/forbund.py puts them in the menu), generated
pages (the readability report) and pages listed under not_in_nav in mkdocs.yml (the
caller leaves those out).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import yaml

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.kallor.lokalt import LOKAL_MAPP
from kunskapsbank.kallor.moduler import sidan_matchar

if TYPE_CHECKING:     # the booklet package loads WeasyPrint, which this module never needs
    from kunskapsbank.haften.definitioner import Hafte

Avsnittsvag = tuple[str, ...]     # section titles from the top of the nav; () is the top level


@dataclass
class SidaUtanforMenyn:
    src: str                                  # docs-relative
    avsnitt: Avsnittsvag | None               # where to add it; None when no section fits
    rad: int | None                           # line of that section in mkdocs.yml
    haften: list[tuple[Hafte, str]] = field(default_factory=list)   # (booklet, its entry that matches)

    @property
    def stoppar_bygget(self) -> bool:
        return bool(self.haften)

    def atgard(self) -> str:
        if self.avsnitt is None:
            plats = "i nav i mkdocs.yml"
        elif self.avsnitt == ():
            plats = "på översta nivån i nav i mkdocs.yml"
        else:
            plats = f"under {' > '.join(self.avsnitt)} i nav i mkdocs.yml"
        if self.rad:
            plats += f" (rad {self.rad})"
        return f"Lägg till '{self.src}' {plats}, där sidan ska stå i menyn."

    def som_fel(self) -> InnehallsFel:
        if self.stoppar_bygget:
            haften = " och ".join(f"häftet {h.titel} ({h.id}, som tar med '{post}')" for h, post in self.haften)
            meddelande = (f"Sidan finns inte i menyn (nav i mkdocs.yml), och därför kommer den inte med i "
                          f"{haften}. Häftena tar sina sidor från menyn.")
            return InnehallsFel(f"docs/{self.src}", None, meddelande, self.atgard())
        return InnehallsFel(f"docs/{self.src}", None,
                            "Sidan finns inte i menyn (nav i mkdocs.yml). Den byggs, men ingen hittar den via menyn.",
                            f"{self.atgard()} Ska sidan stå utanför menyn med flit, skriv den under not_in_nav "
                            "i mkdocs.yml.")

    def som_text(self) -> str:
        return str(self.som_fel()) if self.stoppar_bygget else f"Obs: {self.som_fel()}"


def avsiktligt_utanfor(src: str) -> bool:
    """Pages that are outside the nav by design, whatever the nav says."""
    return src.endswith(".en.md") or src.startswith(f"{LOKAL_MAPP}/")


def avsnitt_i_menyn(nav: list, vag: Avsnittsvag = ()) -> list[tuple[Avsnittsvag, list[str]]]:
    """Every section of the nav (the top level too) with the pages directly in it."""
    sidor: list[str] = []
    under: list[tuple[Avsnittsvag, list[str]]] = []
    for post in nav or []:
        poster = post.items() if isinstance(post, dict) else [(None, post)]
        for rubrik, varde in poster:
            if isinstance(varde, str):
                sidor.append(varde)
            elif isinstance(varde, list):
                under.extend(avsnitt_i_menyn(varde, vag + (str(rubrik),)))
    return [(vag, sidor)] + under


def _mappdelar(src: str) -> list[str]:
    mapp = posixpath.dirname(src)
    return mapp.split("/") if mapp else []


def foreslaget_avsnitt(src: str, avsnitt: list[tuple[Avsnittsvag, list[str]]]) -> Avsnittsvag | None:
    """The section whose pages live closest to `src` in the folder tree: a page in the
    same folder beats a page in a parent folder; then the section with most pages in
    that folder wins. None when no section shares a folder with the page."""
    mal = _mappdelar(src)

    def narhet(sida: str) -> int:
        delar = _mappdelar(sida)
        gemensamma = 0
        for a, b in zip(mal, delar):
            if a != b:
                break
            gemensamma += 1
        return gemensamma + (1 if delar == mal else 0)

    basta, basta_poang = None, (0, 0)
    for vag, sidor in avsnitt:
        if not sidor:
            continue
        poang = (max(narhet(s) for s in sidor), sum(1 for s in sidor if _mappdelar(s) == mal))
        if poang > basta_poang:
            basta, basta_poang = vag, poang
    return basta


def avsnittens_rader(config_text: str) -> dict[Avsnittsvag, int]:
    """The line in mkdocs.yml where each nav section starts (the `nav:` line for the top)."""
    try:
        rot = yaml.compose(config_text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    if not isinstance(rot, yaml.MappingNode):
        return {}
    rader: dict[Avsnittsvag, int] = {}

    def genomga(nod, vag: Avsnittsvag) -> None:
        if not isinstance(nod, yaml.SequenceNode):
            return
        for post in nod.value:
            if isinstance(post, yaml.MappingNode):
                for nyckel, varde in post.value:
                    if isinstance(varde, yaml.SequenceNode):
                        under = vag + (str(nyckel.value),)
                        rader.setdefault(under, nyckel.start_mark.line + 1)
                        genomga(varde, under)

    for nyckel, varde in rot.value:
        if nyckel.value == "nav":
            rader[()] = nyckel.start_mark.line + 1
            genomga(varde, ())
    return rader


def sidor_utanfor_menyn(nav: list | None, sidor: list[str], i_menyn: set[str], haften: list[Hafte],
                        config_text: str = "") -> list[SidaUtanforMenyn]:
    """Pages in `sidor` (docs-relative, the ones MkDocs would put in a nav) that the nav
    does not have. With no nav in the config MkDocs lists every page itself: none."""
    if nav is None:
        return []
    avsnitt = avsnitt_i_menyn(nav)
    rader = avsnittens_rader(config_text)
    resultat = []
    for src in sidor:
        if src in i_menyn or avsiktligt_utanfor(src):
            continue
        vag = foreslaget_avsnitt(src, avsnitt)
        traffar = [(h, post) for h in haften for post in h.sidor if sidan_matchar(src, post)]
        resultat.append(SidaUtanforMenyn(src, vag, rader.get(vag) if vag is not None else None, traffar))
    return resultat


DELTAGARE = "deltagare"
LASARE = {"deltagare": "kursdeltagare", "utbildare": "utbildare", "redaktorer": "redaktörer"}


def menyns_sidor(nav_nod) -> list[tuple[str, int, Avsnittsvag]]:
    """(page, line in mkdocs.yml, section) for every page in the nav, in menu order."""
    ut: list[tuple[str, int, Avsnittsvag]] = []

    def genomga(nod, vag: Avsnittsvag) -> None:
        for post in nod.value if isinstance(nod, yaml.SequenceNode) else []:
            par = post.value if isinstance(post, yaml.MappingNode) else [(None, post)]
            for nyckel, varde in par:
                if isinstance(varde, yaml.ScalarNode) and str(varde.value).endswith(".md"):
                    ut.append((str(varde.value), varde.start_mark.line + 1, vag))
                elif isinstance(varde, yaml.SequenceNode):
                    genomga(varde, vag + ((str(nyckel.value),) if nyckel is not None else ()))

    genomga(nav_nod, ())
    return ut


def lasare_i_fel_del(nav_nod, lasare: dict[str, str], config_namn: str) -> list[InnehallsFel]:
    """Participants' pages come first in the menu, then the trainers' and editors' tools
    in their own section: a participant must not find the checker's rules or the fork
    guide between the course chapters, nor a course page among the tools. `lasare` maps
    a page to its reader (front matter `lasare:`, deltagare when not given); pages it
    does not know (generated reports) are left out."""
    sidor = [(src, rad, vag) for src, rad, vag in menyns_sidor(nav_nod) if src in lasare]
    verktyg = [vag[:1] for src, _, vag in sidor if lasare[src] != DELTAGARE]
    if not verktyg:
        return []
    # The tools' own section is the top-level section that holds most of them.
    hem = max(dict.fromkeys(verktyg), key=lambda v: (bool(v), verktyg.count(v)))
    hemmets_start = next(i for i, (_, _, vag) in enumerate(sidor) if vag[:1] == hem)
    namn = " > ".join(hem) or "nav"
    fel = []
    for i, (src, rad, vag) in enumerate(sidor):
        if lasare[src] == DELTAGARE and i >= hemmets_start:
            fel.append(InnehallsFel(
                config_namn, rad,
                f"Sidan {src} är för kursdeltagare, men den står bland eller efter verktygen för "
                f"utbildare och redaktörer ({namn}).",
                f"Flytta raden upp, före avsnittet {namn}. Är sidan för utbildare, skriv "
                "lasare: utbildare i sidans sidhuvud."))
        elif lasare[src] != DELTAGARE and vag[:1] != hem:
            fel.append(InnehallsFel(
                config_namn, rad,
                f"Sidan {src} är för {LASARE[lasare[src]]}, men den står utanför avsnittet {namn} i menyn.",
                f"Flytta raden in under {namn}, så att kursdeltagarna har sina sidor för sig. Är sidan "
                "för kursdeltagare, ta bort lasare: ur sidans sidhuvud."))
    return fel
