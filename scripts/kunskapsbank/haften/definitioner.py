"""Booklet definitions from the site config (extra.haften in mkdocs.yml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StringConstraints, field_validator, model_validator

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.kallor.moduler import sidan_matchar
from kunskapsbank.kallor.sidhuvud import Text
from kunskapsbank.grund.validering import Modell, fel, validera

MALGRUPPER = {"deltagare": "För deltagare", "utbildare": "För utbildare"}
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
    pa_sidorna: bool = True        # its own pages offer it (a kit: only its session's pages)
    plats: int = 0                 # its entry's place in extra.haften, for messages
    i_kallan: tuple[tuple[str, int, str], ...] = ()      # (key, index, entry) as written there

    @property
    def for_utbildare(self) -> bool:
        return self.malgrupp == "utbildare"

    @property
    def filnamn(self) -> str:
        return f"haften/{self.id}.pdf"


class Haftesdefinition(Modell):
    """One booklet in extra.haften, as written in mkdocs.yml. An entry with
    `kurstillfalle:` is a session's kit: two booklets, one for participants (`sidor`) and
    one for the trainer (the session page, `sidor` and `utbildare`), offered on the
    session page and the pages in `lankas_fran`."""

    id: Annotated[str, StringConstraints(pattern=ID.pattern)]
    titel: Text
    undertitel: str = ""
    malgrupp: Literal["deltagare", "utbildare"] | None = None
    kurstillfalle: Text | None = None
    utbildare: list[Text] = []
    sidor: Annotated[list[Text], Field(min_length=1)]
    papper: Annotated[Literal["A4", "A5"], BeforeValidator(lambda v: v.upper() if isinstance(v, str) else v)] = "A4"
    modul: Annotated[str, StringConstraints(min_length=1)] | None = None     # a key of extra.moduldelar
    omslag: bool = True
    innehallsforteckning: bool = True
    max_sidor: Annotated[int, Field(ge=1)] | None = None
    kompakt: bool = False
    lankas_fran: list[Text] = []

    @model_validator(mode="after")
    def _hafte_eller_kit(self):
        if self.kurstillfalle is None and self.malgrupp is None:
            raise fel(f"Häftet {self.id} saknar malgrupp.",
                      "Skriv malgrupp: deltagare eller malgrupp: utbildare. Är det ett kit för ett "
                      "kurstillfälle, skriv kurstillfalle: och sidans fil.", "id")
        if self.kurstillfalle is not None and self.malgrupp is not None:
            raise fel(f"Kitet {self.id} har malgrupp, men ett kit blir alltid två häften: ett för "
                      "kursdeltagare och ett för utbildaren.", "Ta bort raden malgrupp.", "malgrupp")
        if self.utbildare and self.kurstillfalle is None:
            raise fel(f"'utbildare' gäller bara kit (häften med kurstillfalle:).",
                      "Lägg sidorna under sidor, eller skriv kurstillfalle: och sidans fil.", "utbildare")
        return self


class _Haften(Modell):
    haften: list[Haftesdefinition]

    @field_validator("haften")
    @classmethod
    def _unika_id(cls, haften):
        sedda = set()
        for nr, hafte in enumerate(haften):
            namn = [f"{hafte.id}-deltagare", f"{hafte.id}-utbildare"] if hafte.kurstillfalle else [hafte.id]
            for id_ in namn:
                if id_ in sedda:
                    raise fel(f"Två häften har samma id: {id_}.",
                              "Ge häftet ett eget id; det blir filnamnet på PDF-filen.", nr, "id")
                sedda.add(id_)
        return haften


def las_definitioner(data, nod=None, fil: str = "mkdocs.yml") -> list[Hafte]:
    """The booklets in extra.haften. `nod` is the YAML node of `extra` in `fil`, so a
    mistake is reported at its line. Raises InnehallsFel."""
    if data is None:
        return []
    modell, fynd = validera(_Haften, {"haften": data}, nod, fil)
    if fynd:
        raise InnehallsFel(fynd[0].fil, fynd[0].rad, "extra.haften: " + fynd[0].meddelande,
                           fynd[0].atgard, fynd[0].kolumn)
    haften = []
    for nr, d in enumerate(modell.haften):
        gemensamt = dict(papper=d.papper, modul=d.modul, omslag=d.omslag,
                         innehallsforteckning=d.innehallsforteckning, max_sidor=d.max_sidor,
                         kompakt=d.kompakt, plats=nr)
        poster = tuple(("sidor", i, p) for i, p in enumerate(d.sidor)) \
            + tuple(("lankas_fran", i, p) for i, p in enumerate(d.lankas_fran))
        if d.kurstillfalle is None:
            haften.append(Hafte(id=d.id, titel=d.titel, malgrupp=d.malgrupp, sidor=list(d.sidor),
                                undertitel=d.undertitel, lankas_fran=list(d.lankas_fran),
                                i_kallan=poster, **gemensamt))
            continue
        # A kit: offered where the session is, never on every page it holds.
        visas = [d.kurstillfalle, *d.lankas_fran]
        haften.append(Hafte(id=f"{d.id}-deltagare", titel=d.titel, malgrupp="deltagare",
                            undertitel=d.undertitel or "Kit för kursdeltagare", sidor=list(d.sidor),
                            lankas_fran=visas, pa_sidorna=False,
                            i_kallan=poster + (("kurstillfalle", -1, d.kurstillfalle),), **gemensamt))
        haften.append(Hafte(id=f"{d.id}-utbildare", titel=d.titel, malgrupp="utbildare",
                            undertitel="Kit för utbildaren, med anteckningar",
                            sidor=[d.kurstillfalle, *d.sidor, *d.utbildare], lankas_fran=[d.kurstillfalle],
                            pa_sidorna=False,
                            i_kallan=tuple(("utbildare", i, p) for i, p in enumerate(d.utbildare)),
                            **gemensamt))
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


def poster_som_saknas(installningar, sidor: list[str], nod=None, fil: str = "mkdocs.yml") -> list[InnehallsFel]:
    """An error at its line in mkdocs.yml for each booklet entry (sidor, lankas_fran) that
    matches no page of the site: the booklet would silently lack it."""
    import difflib

    from kunskapsbank.grund.yamlfil import nod_vid

    modulval, fynd = installningar.moduler, []
    for hafte in installningar.haften:
        if hafte.modul and not modulval.ar_pa(hafte.modul):
            continue
        for nyckel, i, post in hafte.i_kallan:
            if modulval.modul_for(post) or any(sidan_matchar(s, post) for s in sidor):
                continue
            stalle = nod_vid(nod, ("haften", hafte.plats, nyckel) + ((i,) if i >= 0 else ()))
            nara = difflib.get_close_matches(post, sidor, n=1, cutoff=0.8)
            fynd.append(InnehallsFel(
                fil, stalle.start_mark.line + 1 if stalle is not None else None,
                f"Häftet {hafte.id}: '{post}' under {nyckel} är ingen sida på webbplatsen.",
                f"Menade du '{nara[0]}'? Skriv namnet precis så." if nara else
                "Skriv sidans fil från mappen docs/, till exempel 'bip/vad-ar-bip.md', en mapp som "
                "slutar på / eller ett mönster med *.",
                stalle.start_mark.column + 1 if stalle is not None else None))
    return fynd


def lankar_per_sida(haften: list[Hafte], ordning: list[str]) -> dict[str, list[dict]]:
    """For each page (source path), the booklets it is in or links to, for the download
    box on the page. Raises InnehallsFel for an entry that matches no page."""
    per_sida: dict[str, list[dict]] = {}
    for hafte in haften:
        try:
            sidor = valj_sidor(hafte, ordning)
            extra = valj_sidor(hafte, ordning, hafte.lankas_fran)
        except DefinitionsFel as fel:
            raise InnehallsFel("mkdocs.yml", None, str(fel), "Rätta posten under extra.haften.") from None
        sidor = sidor if hafte.pa_sidorna else []
        for src in sidor + [s for s in extra if s not in sidor]:
            per_sida.setdefault(src, []).append({"id": hafte.id, "titel": hafte.titel, "fil": hafte.filnamn})
    return per_sida
