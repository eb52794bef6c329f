"""Writes a file so that it is either wholly old or wholly new: the new content goes to
a temporary file in the same folder, which then replaces the old file in one step. An
interrupt, a full disk or a crash never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _rattigheter(mal: Path) -> int:
    try:
        return mal.stat().st_mode & 0o7777
    except FileNotFoundError:
        # A new file gets what the user's umask gives any new file (mkstemp makes 0600).
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def skriv_atomiskt(mal: Path, data: bytes, *, synka: bool = True) -> None:
    """synka=False for a cache: no wait for the disk, and after a power cut the file may
    be empty, but never half of the new content mixed with the old."""
    fd, tillfallig = tempfile.mkstemp(dir=mal.parent, prefix=f".{mal.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fil:
            fil.write(data)
            fil.flush()
            if synka:
                os.fsync(fil.fileno())
        os.chmod(tillfallig, _rattigheter(mal))
        os.replace(tillfallig, mal)
    except BaseException:
        # Also on KeyboardInterrupt: the temporary file must not stay behind.
        Path(tillfallig).unlink(missing_ok=True)
        raise
