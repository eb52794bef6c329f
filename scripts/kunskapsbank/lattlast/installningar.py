"""Settings: levels, limits and rule switches, from mkdocs.yml (extra.lattlast) and
each page's front matter (`lattlast: lattlast`, `lattlast: klarsprak` or `lattlast: av`)."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.kontroller.rutor import Rutor
from kunskapsbank.lattlast.fynd import ALLVARLIGHETER

STANDARD_NIVAER = {
    # Lättläst (MTM): short common words, short sentences. LIX 40 and below reads easily.
    "lattlast": {"lix_max": 40, "mening_max_ord": 15, "stycke_max_meningar": 5,
                 "stycke_max_ord": 80, "rubrik_max_tecken": 60, "ord_max_bokstaver": 22,
                 "lix_min_ord": 80, "andel_langa_max": 30},
    # Klarspråk (Språkrådet/Isof): 15-20 words a sentence on average; LIX up to 50 is
    # ordinary factual prose.
    "klarsprak": {"lix_max": 50, "mening_max_ord": 20, "stycke_max_meningar": 6,
                  "stycke_max_ord": 120, "rubrik_max_tecken": 70, "ord_max_bokstaver": 24,
                  "lix_min_ord": 80, "andel_langa_max": 40},
}
# The levels' names as a trainer reads them.
NIVANAMN = {"lattlast": "lättläst", "klarsprak": "klarspråk"}
NIVA_ALIAS = {"lättläst": "lattlast", "lattlast": "lattlast", "klarspråk": "klarsprak",
              "klarsprak": "klarsprak", "av": "av", "false": "av"}
STANDARD_ORDLISTA = "docs/_snippets/forkortningar.md"
ABBR = re.compile(r"^\s*\*\[([^\]]+)\]:\s*(.*)$")


TOPPNYCKLAR = ("standardniva", "nivaer", "regler", "ordlista", "rutor", "egennamn")


class InstallningsFel(ValueError):
    """Bad settings; the text is Swedish and names the setting. rad is the line in
    mkdocs.yml when it could be found."""

    def __init__(self, text: str, rad: int | None = None):
        super().__init__(text)
        self.text = text
        self.rad = rad

    def __str__(self) -> str:
        return f"{self.text} (rad {self.rad})" if self.rad else self.text


def ar_tal(varde) -> bool:
    # YAML reads "ja" and "true" as booleans, which Python counts as numbers.
    return isinstance(varde, (int, float)) and not isinstance(varde, bool) and varde >= 0


@dataclass
class Granskarinstallningar:
    nivaer: dict = field(default_factory=lambda: copy.deepcopy(STANDARD_NIVAER))
    standardniva: str = "klarsprak"
    avstangda_regler: set = field(default_factory=set)
    allvarlighet: dict = field(default_factory=dict)
    forkortningar: dict = field(default_factory=dict)
    rutor: Rutor = field(default_factory=Rutor)
    # Names in capitals that are no acronyms (FAMNA, HELIX), for the whole site.
    egennamn: frozenset = frozenset()

    @classmethod
    def fran_dict(cls, data: dict | None, rot: Path | None = None,
                  kallfil: Path | None = None) -> "Granskarinstallningar":
        """Settings from extra.lattlast. kallfil (default rot/mkdocs.yml) is read only
        to tell which line a bad setting stands on."""
        from kunskapsbank.lattlast.regler import alla_regler

        if kallfil is None and rot is not None:
            kallfil = rot / "mkdocs.yml"

        def fel(text: str, *vag) -> InstallningsFel:
            return InstallningsFel(text, rad_i_mkdocs_yml(kallfil, ("extra", "lattlast", *vag)))

        data = data or {}
        if not isinstance(data, dict):
            raise fel("extra.lattlast ska vara nycklar med värden.")
        for nyckel in data:
            if nyckel not in TOPPNYCKLAR:
                raise fel(f"Okänd inställning '{nyckel}' i extra.lattlast. "
                          f"Det som går att ställa in är {', '.join(TOPPNYCKLAR)}.", nyckel)
        inst = cls()
        niva = NIVA_ALIAS.get(str(data.get("standardniva", "klarsprak")).lower())
        if niva not in ("lattlast", "klarsprak"):
            raise fel("extra.lattlast.standardniva ska vara lattlast eller klarsprak.", "standardniva")
        inst.standardniva = niva
        nivaer = data.get("nivaer") or {}
        if not isinstance(nivaer, dict):
            raise fel("extra.lattlast.nivaer ska innehålla nivåerna lattlast och klarsprak.", "nivaer")
        for namn, varden in nivaer.items():
            ratt_namn = NIVA_ALIAS.get(str(namn).lower(), namn)
            if ratt_namn not in inst.nivaer or not isinstance(varden, dict):
                raise fel(f"Okänd nivå '{namn}' i extra.lattlast.nivaer. "
                          "Nivåerna heter lattlast och klarsprak.", "nivaer", namn)
            for nyckel, varde in varden.items():
                if nyckel not in inst.nivaer[ratt_namn]:
                    raise fel(f"Okänd gräns '{nyckel}' i extra.lattlast.nivaer.{namn}. Gränserna "
                              f"heter {', '.join(inst.nivaer[ratt_namn])}.", "nivaer", namn, nyckel)
                if not ar_tal(varde):
                    raise fel(f"extra.lattlast.nivaer.{namn}.{nyckel} ska vara ett tal, men är "
                              f"'{varde}'.", "nivaer", namn, nyckel)
                inst.nivaer[ratt_namn][nyckel] = varde
        regler = alla_regler()
        regelinstallningar = data.get("regler") or {}
        if not isinstance(regelinstallningar, dict):
            raise fel("extra.lattlast.regler ska vara regler med av, på eller allvarlighet.", "regler")
        for regel, varde in regelinstallningar.items():
            if regel not in regler:
                raise fel(f"Okänd regel '{regel}' i extra.lattlast.regler. "
                          f"Regler som finns: {', '.join(sorted(regler))}.", "regler", regel)
            if not regler[regel].kan_stangas_av and varde not in (True, "på", None):
                raise fel(f"Regeln {regel} skyddar utbildarens anteckningar och går inte att "
                          "stänga av eller ändra.", "regler", regel)
            if varde in (False, "av"):
                inst.avstangda_regler.add(regel)
            elif isinstance(varde, dict) and set(varde) == {"allvarlighet"}:
                if varde["allvarlighet"] not in ALLVARLIGHETER:
                    raise fel(f"extra.lattlast.regler.{regel}.allvarlighet ska vara "
                              "error, warning eller info.", "regler", regel, "allvarlighet")
                inst.allvarlighet[regel] = varde["allvarlighet"]
            elif varde not in (True, "på", None):
                raise fel(f"extra.lattlast.regler.{regel} ska vara av, på eller "
                          "{allvarlighet: error|warning|info}.", "regler", regel)
        try:
            inst.rutor = Rutor.fran_config(data.get("rutor"))
        except InnehallsFel as rutfel:
            raise fel(rutfel.meddelande + " " + (rutfel.atgard or ""), "rutor") from None
        egennamn = data.get("egennamn") or []
        if not isinstance(egennamn, list) or not all(isinstance(n, str) for n in egennamn):
            raise fel("extra.lattlast.egennamn ska vara en lista med namn, till exempel "
                      "[FAMNA, HELIX].", "egennamn")
        inst.egennamn = frozenset(egennamn)
        ordlista = data.get("ordlista", STANDARD_ORDLISTA)
        if ordlista is not None and not isinstance(ordlista, str):
            raise fel("extra.lattlast.ordlista ska vara sökvägen till ordlistan, till exempel "
                      f"{STANDARD_ORDLISTA}.", "ordlista")
        if rot is not None and ordlista:
            inst.forkortningar = las_forkortningar(rot / ordlista)
        return inst


def las_forkortningar(path: Path) -> dict[str, str]:
    """The glossary's abbreviations (`*[AF]: Arbetsförmedlingen`)."""
    if not path.exists():
        return {}
    resultat = {}
    for rad in path.read_text(encoding="utf-8").splitlines():
        m = ABBR.match(rad)
        if m:
            resultat[m.group(1).strip()] = m.group(2).strip()
    return resultat


def las_mkdocs_yml(path: Path) -> dict:
    """extra.lattlast from mkdocs.yml, read as every step reads it (yamlfil: MkDocs' own
    tags mean nothing, a key twice is a mistake). InstallningsFel for a file that cannot
    be read, with its line."""
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.grund.yamlfil import MkdocsLasare, las_yaml_nod

    if not path.exists():
        return {}
    try:
        data, _ = las_yaml_nod(path.read_text(encoding="utf-8-sig"), path.name, lasare=MkdocsLasare)
    except InnehallsFel as fel:
        raise InstallningsFel(f"{fel.fil}: {fel.meddelande} {fel.atgard or ''}".strip(), fel.rad) from None
    if not isinstance(data, dict):
        return {}
    return ((data.get("extra") or {}).get("lattlast")) or {}


def rad_i_mkdocs_yml(path: Path | None, vag: tuple) -> int | None:
    """The line of a key path (extra, lattlast, nivaer, ...) in mkdocs.yml: the deepest
    key that exists on the way. None when the file cannot be read."""
    from kunskapsbank.grund.yamlfil import mkdocs_nod, nod_vid

    try:
        rot = mkdocs_nod(path)
    except Exception:  # only a help for the message: a broken file gives no line
        return None
    for langd in range(len(vag), 0, -1):
        nyckel = nod_vid(rot, tuple(str(d) for d in vag[:langd]), nyckeln=True)
        if getattr(nyckel, "value", None) == str(vag[langd - 1]):
            return nyckel.start_mark.line + 1
    return None
