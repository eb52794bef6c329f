"""Booklet definitions from the site config (extra.haften in mkdocs.yml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..moduler import sidan_matchar

MALGRUPPER = {"deltagare": "För deltagare", "utbildare": "För utbildare"}
PAPPER = ("A4", "A5")
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class DefinitionsFel(ValueError):
    """A mistake in a booklet definition; Swedish text naming the booklet and key."""


@dataclass
class Hafte:
    id: str
    titel: str
    malgrupp: str
    sidor: list[str]
    undertitel: str = ""
    papper: str = "A4"
    modul: str | None = None
    omslag: bool = True
    innehallsforteckning: bool = True
    max_sidor: int | None = None
    kompakt: bool = False        # tight spacing for one-sheet quick guides
    lankas_fran: list[str] = field(default_factory=list)  # more pages that offer the download
    kallsidor: list[str] = field(default_factory=list)   # resolved, in nav order

    @property
    def for_utbildare(self) -> bool:
        return self.malgrupp == "utbildare"

    @property
    def filnamn(self) -> str:
        return f"haften/{self.id}.pdf"


def las_definitioner(data) -> list[Hafte]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise DefinitionsFel("extra.haften i mkdocs.yml ska vara en lista med häften.")
    haften, sedda = [], set()
    for nr, post in enumerate(data, 1):
        if not isinstance(post, dict):
            raise DefinitionsFel(f"Häfte nummer {nr} i extra.haften ska ha nycklar som id och titel.")
        namn = post.get("id", f"nummer {nr}")
        for nyckel in ("id", "titel", "malgrupp", "sidor"):
            if not post.get(nyckel):
                raise DefinitionsFel(f"Häftet {namn} i extra.haften saknar '{nyckel}'.")
        if not ID.match(str(post["id"])):
            raise DefinitionsFel(f"Häftet {namn}: id får bara ha små bokstäver a-z, siffror och bindestreck.")
        if post["id"] in sedda:
            raise DefinitionsFel(f"Två häften har samma id: {post['id']}.")
        sedda.add(post["id"])
        if post["malgrupp"] not in MALGRUPPER:
            raise DefinitionsFel(f"Häftet {namn}: malgrupp ska vara deltagare eller utbildare, "
                                 f"inte '{post['malgrupp']}'.")
        papper = str(post.get("papper", "A4")).upper()
        if papper not in PAPPER:
            raise DefinitionsFel(f"Häftet {namn}: papper ska vara A4 eller A5, inte '{post.get('papper')}'.")
        sidor = post["sidor"]
        if not isinstance(sidor, list) or not all(isinstance(s, str) for s in sidor):
            raise DefinitionsFel(f"Häftet {namn}: sidor ska vara en lista med filer eller mappar.")
        lankas_fran = post.get("lankas_fran", [])
        if not isinstance(lankas_fran, list) or not all(isinstance(s, str) for s in lankas_fran):
            raise DefinitionsFel(f"Häftet {namn}: lankas_fran ska vara en lista med filer eller mappar.")
        haften.append(Hafte(id=post["id"], titel=str(post["titel"]), malgrupp=post["malgrupp"],
                            sidor=sidor, undertitel=str(post.get("undertitel", "")), papper=papper,
                            modul=post.get("modul"), omslag=bool(post.get("omslag", True)),
                            innehallsforteckning=bool(post.get("innehallsforteckning", True)),
                            max_sidor=post.get("max_sidor"), kompakt=bool(post.get("kompakt", False)),
                            lankas_fran=lankas_fran))
    return haften


def valj_sidor(hafte: Hafte, sidor_i_ordning: list[str], poster: list[str] | None = None) -> list[str]:
    """Resolve a booklet's entries (files, folders ending in /, or patterns with *) to
    source files in the site's navigation order. Raises DefinitionsFel for an entry that
    matches nothing."""
    valda: list[str] = []
    for post in hafte.sidor if poster is None else poster:
        traffar = [s for s in sidor_i_ordning if sidan_matchar(s, post)]
        if not traffar:
            raise DefinitionsFel(f"Häftet {hafte.id}: '{post}' finns inte bland sidorna på webbplatsen.")
        valda.extend(t for t in traffar if t not in valda)
    return valda
