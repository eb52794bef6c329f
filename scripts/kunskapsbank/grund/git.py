"""Facts from git: the edition of the material and when a file last changed. Without
git, or outside a repository, the answers say so instead of failing."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path


def git(mapp: Path, *args: str) -> str | None:
    """git's answer in `mapp`, or None when there is none."""
    try:
        svar = subprocess.run(["git", *args], cwd=mapp, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return svar.stdout.strip() if svar.returncode == 0 and svar.stdout.strip() else None


def senast_andrad(fil: Path | str) -> str:
    """The date (YYYY-MM-DD) of the last commit that changed `fil`; today without one."""
    fil = Path(fil)
    return git(fil.parent, "log", "-1", "--format=%cs", "--", fil.name) or dt.date.today().isoformat()
