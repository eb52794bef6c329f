"""Everything under `extra:` in mkdocs.yml as one typed whole, read and checked once.

Each part is read by the module that uses it, which knows its Swedish messages: the
parts of the material (moduler), the booklets (haften.definitioner), the review times
(granskning), the image limit (bilder), the checker and its box types
(lattlast.installningar). Here they are put together, a key under extra that nobody
reads is an error (a misspelt `haftn:` would be ignored without a word), and the parts
of the material are the keys of extra.moduldelar: no other list names them. The source
check (kallor.las), every hook (mkdocs_stod.installningar) and the steps after MkDocs
(from the manifest) get the same result.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.sidor.granskning import Granskningstider
from kunskapsbank.haften.definitioner import Hafte, las_definitioner
from kunskapsbank.kallor.moduler import ENGELSKA, Modulval
from kunskapsbank.grund.yamlfil import nod_vid

# Our keys, the keys the hooks put there while building, and Material for MkDocs' own.
VARA = ("moduldelar", "haften", "granskning", "bilder", "lattlast")
FRAN_HOOKS = ("forbund", "kb_utskriftssida")
MATERIALS = ("generator", "social", "analytics", "consent", "version", "alternate", "homepage", "status",
             "tags", "annotate", "scope")


@dataclass(frozen=True)
class Installningar:
    moduler: Modulval                 # the parts of the material, and which the förbund has on
    haften: tuple[Hafte, ...]         # every booklet defined (haften_som_byggs: the ones this site builds)
    granskning: Granskningstider
    bilder_max_kb: int
    granskaren: object                # lattlast.Granskarinstallningar: levels, rules, box types

    @property
    def rutor(self):
        return self.granskaren.rutor

    @property
    def modulnamn(self) -> tuple[str, ...]:
        return modulnamn({"moduldelar": self.moduler.delar})

    def haften_som_byggs(self) -> list[Hafte]:
        """The booklets of this site: none of a switched-off part, and no page of one."""
        import copy

        valda = []
        for hafte in map(copy.copy, self.haften):
            if hafte.modul and not self.moduler.ar_pa(hafte.modul):
                continue
            hafte.sidor = [s for s in hafte.sidor if not self.moduler.modul_for(s)]
            hafte.lankas_fran = [s for s in hafte.lankas_fran if not self.moduler.modul_for(s)]
            if hafte.sidor:
                valda.append(hafte)
        return valda


def modulnamn(extra: dict) -> tuple[str, ...]:
    """The parts a förbund can switch off: the keys of extra.moduldelar, and English."""
    delar = extra.get("moduldelar") if isinstance(extra.get("moduldelar"), dict) else {}
    return (*[str(m) for m in delar], ENGELSKA)


def _okand_nyckel(extra: dict, nod, fil: str) -> InnehallsFel | None:
    kanda = (*VARA, *FRAN_HOOKS, *MATERIALS)
    for nyckel in extra:
        if nyckel in kanda or str(nyckel).startswith("_"):
            continue
        stalle = nod_vid(nod, (str(nyckel),), nyckeln=True)
        nara = difflib.get_close_matches(str(nyckel), VARA, n=1, cutoff=0.6)
        return InnehallsFel(fil, stalle.start_mark.line + 1 if stalle is not None else None,
                            f"extra.{nyckel} läses inte av något. Ett felstavat namn gör att inställningen "
                            "inte gäller, utan att något säger det.",
                            f"Menade du '{nara[0]}'? Skriv '{nara[0]}:'." if nara else
                            f"Inställningarna under extra heter {', '.join(VARA)}. Ta bort raden eller rätta namnet.",
                            stalle.start_mark.column + 1 if stalle is not None else None)
    return None


def las(extra: dict, nod=None, rot: Path | None = None, fil: str = "mkdocs.yml") -> Installningar:
    """The settings under extra (with extra.forbund from the identity file). `nod` is the
    YAML node of extra, for the line of a mistake; `rot` the project folder, for the
    checker's glossary. Raises InnehallsFel with file and line."""
    from kunskapsbank.kallor.bilder import max_kb
    from kunskapsbank.lattlast.installningar import Granskarinstallningar, InstallningsFel

    extra = extra or {}
    if (fel := _okand_nyckel(extra, nod, fil)):
        raise fel
    moduler = Modulval.fran_config(extra, nod)
    haften = tuple(las_definitioner(extra.get("haften"), nod, fil))
    for hafte in haften:
        if hafte.modul and hafte.modul not in moduler.delar:
            stalle = nod_vid(nod, ("haften", hafte.plats, "modul"))
            raise InnehallsFel(fil, stalle.start_mark.line + 1 if stalle is not None else None,
                               f"extra.haften: häftet {hafte.id} hör till delen '{hafte.modul}', men den "
                               "delen finns inte under extra.moduldelar.",
                               f"Skriv en av delarna: {', '.join(moduler.delar)}, eller ta bort raden modul.",
                               stalle.start_mark.column + 1 if stalle is not None else None)
    try:
        granskaren = Granskarinstallningar.fran_dict(extra.get("lattlast"), rot,
                                                     rot / fil if rot is not None else None)
    except InstallningsFel as fel:
        raise InnehallsFel(fil, fel.rad, fel.text, "Rätta inställningen under extra.lattlast.") from None
    return Installningar(moduler, haften, Granskningstider.fran_extra(extra), max_kb(extra), granskaren)
