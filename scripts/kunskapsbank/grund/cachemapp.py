"""Where our caches live between runs: $KB_CACHE, else ~/.cache/kunskapsbank. A cache
only saves time: a file that is missing, cannot be written or cannot be read means the
work is done again, never an error."""

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


def las_cache(namn: str) -> bytes | None:
    """The kept file `namn` (a path inside the cache folder), or None."""
    mapp = cachemapp()
    try:
        return (mapp / namn).read_bytes() if mapp else None
    except OSError:
        return None


def spara_cache(namn: str, data: bytes) -> None:
    """Keep `data` as `namn`; two builds at once never leave a mix of both."""
    from kunskapsbank.grund.atomisk import skriv_atomiskt     # not needed by the checker in the browser

    mapp = cachemapp()
    if mapp is None:
        return
    try:
        (mapp / namn).parent.mkdir(parents=True, exist_ok=True)
        skriv_atomiskt(mapp / namn, data, synka=False)
    except OSError:
        pass
