"""Settings: levels, limits and rule switches, from mkdocs.yml (extra.lattlast) and
each page's front matter (`lattlast: lattlast`, `lattlast: klarsprak` or `lattlast: av`)."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

from .fynd import ALLVARLIGHETER

STANDARD_NIVAER = {
    # Lättläst (MTM): short common words, short sentences. LIX 40 and below reads easily.
    "lattlast": {"lix_max": 40, "mening_max_ord": 15, "stycke_max_meningar": 5,
                 "stycke_max_ord": 80, "rubrik_max_tecken": 60, "ord_max_bokstaver": 22,
                 "lix_min_ord": 80},
    # Klarspråk (Språkrådet/Isof): 15-20 words a sentence on average; LIX up to 50 is
    # ordinary factual prose.
    "klarsprak": {"lix_max": 50, "mening_max_ord": 20, "stycke_max_meningar": 6,
                  "stycke_max_ord": 120, "rubrik_max_tecken": 70, "ord_max_bokstaver": 24,
                  "lix_min_ord": 80},
}
NIVA_ALIAS = {"lättläst": "lattlast", "lattlast": "lattlast", "klarspråk": "klarsprak",
              "klarsprak": "klarsprak", "av": "av", "false": "av"}
STANDARD_ORDLISTA = "docs/_snippets/forkortningar.md"
ABBR = re.compile(r"^\s*\*\[([^\]]+)\]:\s*(.*)$")


class InstallningsFel(ValueError):
    """Bad settings; the text is Swedish and names the setting."""


@dataclass
class Installningar:
    nivaer: dict = field(default_factory=lambda: copy.deepcopy(STANDARD_NIVAER))
    standardniva: str = "klarsprak"
    avstangda_regler: set = field(default_factory=set)
    allvarlighet: dict = field(default_factory=dict)
    forkortningar: dict = field(default_factory=dict)

    @classmethod
    def fran_dict(cls, data: dict | None, rot: Path | None = None) -> "Installningar":
        from .regler import alla_regler

        data = data or {}
        if not isinstance(data, dict):
            raise InstallningsFel("extra.lattlast ska vara nycklar med värden.")
        inst = cls()
        niva = NIVA_ALIAS.get(str(data.get("standardniva", "klarsprak")).lower())
        if niva not in ("lattlast", "klarsprak"):
            raise InstallningsFel("extra.lattlast.standardniva ska vara lattlast eller klarsprak.")
        inst.standardniva = niva
        for namn, varden in (data.get("nivaer") or {}).items():
            namn = NIVA_ALIAS.get(str(namn).lower(), namn)
            if namn not in inst.nivaer or not isinstance(varden, dict):
                raise InstallningsFel(f"Okänd nivå '{namn}' i extra.lattlast.nivaer.")
            for nyckel, varde in varden.items():
                if nyckel not in inst.nivaer[namn] or not isinstance(varde, (int, float)):
                    raise InstallningsFel(f"Okänd gräns eller fel värde: extra.lattlast.nivaer.{namn}.{nyckel}.")
                inst.nivaer[namn][nyckel] = varde
        regler = alla_regler()
        for regel, varde in (data.get("regler") or {}).items():
            if regel not in regler:
                raise InstallningsFel(f"Okänd regel '{regel}' i extra.lattlast.regler. "
                                      f"Regler som finns: {', '.join(sorted(regler))}.")
            if varde in (False, "av"):
                inst.avstangda_regler.add(regel)
            elif isinstance(varde, dict) and "allvarlighet" in varde:
                if varde["allvarlighet"] not in ALLVARLIGHETER:
                    raise InstallningsFel(f"extra.lattlast.regler.{regel}.allvarlighet ska vara "
                                          "error, warning eller info.")
                inst.allvarlighet[regel] = varde["allvarlighet"]
            elif varde not in (True, "på", None):
                raise InstallningsFel(f"extra.lattlast.regler.{regel} ska vara av, på eller "
                                      "{allvarlighet: error|warning|info}.")
        ordlista = data.get("ordlista", STANDARD_ORDLISTA)
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
    """extra.lattlast from mkdocs.yml, tolerant of MkDocs' custom YAML tags."""
    import yaml

    class Lasare(yaml.SafeLoader):
        pass

    Lasare.add_multi_constructor("", lambda loader, suffix, node: None)
    if not path.exists():
        return {}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=Lasare) or {}
    return ((data.get("extra") or {}).get("lattlast")) or {}
