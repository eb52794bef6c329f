"""The förbund's own folder, docs/lokalt/: identity file, logo, optional style sheet and
local pages. Upstream never edits this folder, so a fork's own material merges cleanly.

Local pages join the menu on their own, under the förbund's short name, so a fork never
edits the nav in mkdocs.yml (which upstream changes often)."""

from __future__ import annotations

from pathlib import Path

LOKAL_MAPP = "lokalt"
STILMALL = "stil.css"


def lokala_sidor(docs_dir: Path) -> list[str]:
    """docs-relative paths of the Swedish local pages, the folder's index page first."""
    mapp = docs_dir / LOKAL_MAPP
    if not mapp.is_dir():
        return []
    sidor = sorted(p.relative_to(docs_dir).as_posix() for p in mapp.rglob("*.md")
                   if not p.name.endswith(".en.md"))
    index = f"{LOKAL_MAPP}/index.md"
    return ([index] if index in sidor else []) + [s for s in sidor if s != index]


def lokal_stilmall(docs_dir: Path) -> str | None:
    """docs/lokalt/stil.css, the förbund's own styles, if it has any."""
    return f"{LOKAL_MAPP}/{STILMALL}" if (docs_dir / LOKAL_MAPP / STILMALL).is_file() else None
