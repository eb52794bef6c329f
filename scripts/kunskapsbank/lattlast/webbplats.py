"""Lättläst-granskaren over a whole site: every Swedish source page, once."""

from __future__ import annotations

from pathlib import Path

from .granskare import LasFel, Resultat, granska_fil
from .installningar import Installningar


def granska_webbplatsen(sidor: list[tuple[str, Path]], inst: Installningar) -> tuple[list[Resultat], list[str]]:
    """(results, problems) for (display name, file) pairs. A page that cannot be read
    is a problem in Swedish, never a traceback."""
    resultat, problem = [], []
    for namn, fil in sidor:
        try:
            resultat.append(granska_fil(fil, inst, namn))
        except LasFel as fel:
            problem.append(str(fel))
    return resultat, problem
