"""The edition printed on a booklet: version and date from git, so a printed copy can be
traced back to the exact source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kunskapsbank.grund.git import git as _git


@dataclass
class Utgava:
    version: str
    datum: str

    @property
    def text(self) -> str:
        return f"Utgåva {self.version}, {self.datum}"


def las_utgava(rot: Path) -> Utgava:
    version = _git(rot, "describe", "--tags", "--always", "--dirty=-ändrad")
    datum = _git(rot, "log", "-1", "--format=%cs")
    if not version:
        return Utgava("utan versionsnummer", dt.date.today().isoformat())
    return Utgava(version, datum or dt.date.today().isoformat())
