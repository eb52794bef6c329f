"""Where our caches live between runs: $KB_CACHE, else ~/.cache/kunskapsbank."""

from __future__ import annotations

import os
from pathlib import Path


def cachemapp() -> Path | None:
    """The cache folder, or None when it cannot be written (then nothing is cached)."""
    mapp = Path(os.environ.get("KB_CACHE") or Path.home() / ".cache" / "kunskapsbank")
    try:
        mapp.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return mapp if os.access(mapp, os.W_OK) else None
