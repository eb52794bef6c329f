"""Reads YAML while remembering the line of every top-level key, for error messages."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .fel import InnehallsFel


def las_yaml(path: Path, visningsnamn: str | None = None) -> tuple[dict, dict[str, int]]:
    """Return (data, line of each top-level key). Raises InnehallsFel on any problem."""
    namn = visningsnamn or str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InnehallsFel(namn, None, "Filen saknas.", "Skapa filen eller kör scripts/ny-forbund.")
    except (OSError, UnicodeDecodeError) as err:
        raise InnehallsFel(namn, None, f"Filen går inte att läsa ({err.__class__.__name__}).",
                           "Spara filen som UTF-8.")
    return tolka_yaml(text, namn)


def tolka_yaml(text: str, namn: str, forsta_rad: int = 1) -> tuple[dict, dict[str, int]]:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        rad = mark.line + forsta_rad if mark else forsta_rad
        problem = getattr(err, "problem", None) or "okänt fel"
        raise InnehallsFel(namn, rad, f"YAML-koden går inte att läsa ({problem}).",
                           "Kontrollera indrag, kolon och citattecken på raden.")
    if data is None:
        return {}, {}
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise InnehallsFel(namn, forsta_rad, "Filen ska innehålla nycklar med värden (nyckel: värde).")
    rader = {}
    for key_node, _ in node.value:
        rader[str(key_node.value)] = key_node.start_mark.line + forsta_rad
    return data, rader


def kommentar_i_stallet_for_varde(path: Path, rad: int | None, nyckel: str) -> str | None:
    """`profilfarg: #1f4e79` gives an empty key: in YAML, # after a space starts a
    comment. Return the text that was meant as the value ('#1f4e79'), or None."""
    if not rad:
        return None
    try:
        rader = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if rad > len(rader):
        return None
    m = re.match(rf"^\s*{re.escape(nyckel)}\s*:[ \t]+(#\S.*?)\s*$", rader[rad - 1])
    return m.group(1) if m else None
