"""Image files that make pages slow and booklets heavy: a photo straight from a camera
can be a hundred megabytes, and WeasyPrint puts it into every booklet unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from kunskapsbank.grund.fel import InnehallsFel

BILDTYPER = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp", ".tif", ".tiff"}
STANDARD_MAX_KB = 1000


def max_kb(extra: dict) -> int:
    """The limit from mkdocs.yml (extra: bilder: max_kb:), in kB."""
    installning = (extra or {}).get("bilder") or {}
    varde = installning.get("max_kb", STANDARD_MAX_KB) if isinstance(installning, dict) else None
    if isinstance(varde, bool) or not isinstance(varde, int) or varde <= 0:
        raise InnehallsFel("mkdocs.yml", None, f"extra: bilder: max_kb ska vara ett heltal större "
                           f"än 0, inte '{varde}'.",
                           f"Skriv till exempel max_kb: {STANDARD_MAX_KB} under bilder: i extra:.")
    return varde


def _storlek(antal_byte: int) -> str:
    kb = antal_byte / 1024
    if kb >= 10 * 1024:
        return f"{kb / 1024:.0f} MB"
    return f"{max(1, round(kb))} kB"


def for_stora_bilder(filer: Iterable[tuple[str, Path]], grans_kb: int) -> list[str]:
    """A Swedish warning for each image (shown name, path) larger than the limit."""
    varningar = []
    for namn, fil in filer:
        if fil.suffix.lower() not in BILDTYPER:
            continue
        try:
            storlek = fil.stat().st_size
        except OSError:
            continue
        if storlek > grans_kb * 1024:
            varningar.append(str(InnehallsFel(
                namn, None, f"Bilden är {_storlek(storlek)}, mer än gränsen {grans_kb} kB. Den gör "
                "sidan långsam att öppna i mobilen och kommer med i kurshäftena i full storlek.",
                "Gör bilden mindre: färre pixlar (till exempel högst 1600 bildpunkter breda) och "
                "foton som JPEG. Gränsen står i mkdocs.yml under extra: bilder: max_kb.")))
    return varningar
