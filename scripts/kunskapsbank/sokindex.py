"""Cleans the merged search index that mkdocs-static-i18n writes.

A page with no English version is built twice (Swedish original and English fallback),
so every search hit showed up twice. The fallback copies are dropped: same text,
location under the language prefix.
"""

from __future__ import annotations

import json
from pathlib import Path


def ta_bort_reservkopior(index: dict, prefix: str = "en/") -> int:
    original = {(d["location"], d.get("title"), d.get("text")) for d in index["docs"]
                if not d["location"].startswith(prefix)}
    behall, borttagna = [], 0
    for dokument in index["docs"]:
        plats = dokument["location"]
        if plats.startswith(prefix) and (plats[len(prefix):], dokument.get("title"),
                                         dokument.get("text")) in original:
            borttagna += 1
            continue
        behall.append(dokument)
    index["docs"] = behall
    return borttagna


def stada_sokindex(site_dir: Path) -> int:
    fil = site_dir / "search" / "search_index.json"
    if not fil.exists():
        return 0
    index = json.loads(fil.read_text(encoding="utf-8"))
    borttagna = ta_bort_reservkopior(index)
    fil.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return borttagna
