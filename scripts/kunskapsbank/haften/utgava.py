"""The edition printed on a booklet. A reader sees the day the content last changed
("Utgåva 7 december 2026"); the commit stands beside it in small print, so a printed copy
can still be traced back to the exact source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kunskapsbank.grund.git import git as _git


@dataclass
class Utgava:
    version: str
    datum: str            # ISO date of the last change to the content (docs/)

    @property
    def text(self) -> str:
        from kunskapsbank.sidor.granskning import datum as svenskt_datum
        try:
            return f"Utgåva {svenskt_datum(dt.date.fromisoformat(self.datum))}"
        except ValueError:
            return f"Utgåva {self.datum}"

    @property
    def spar(self) -> str:
        """Where the edition comes from, for the one who looks it up in the source."""
        return f"Version {self.version} i källkoden"


def las_utgava(rot: Path) -> Utgava:
    version = _git(rot, "describe", "--tags", "--always", "--dirty=-ändrad")
    # The content's last change, not the last commit: a fix to the build makes no new edition.
    datum = _git(rot, "log", "-1", "--format=%cs", "--", "docs") or _git(rot, "log", "-1", "--format=%cs")
    if not version:
        return Utgava("utan versionsnummer", dt.date.today().isoformat())
    return Utgava(version, datum or dt.date.today().isoformat())
