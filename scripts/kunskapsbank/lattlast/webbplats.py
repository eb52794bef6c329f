"""Lättläst-granskaren over a whole site: every Swedish source page, once. A page whose
text, name, settings and engine are unchanged since the last build keeps its result
(fyndcache)."""

from __future__ import annotations

from pathlib import Path

from . import fyndcache
from .granskare import LasFel, Resultat, granska_fil, granska_text
from .installningar import Installningar


def granska_webbplatsen(sidor: list[tuple[str, Path]], inst: Installningar) -> tuple[list[Resultat], list[str]]:
    """(results, problems) for (display name, file) pairs. A page that cannot be read
    is a problem in Swedish, never a traceback."""
    resultat, problem = [], []
    for namn, fil in sidor:
        try:
            kalla = fil.read_bytes()
            text = kalla.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            try:                    # granska_fil says in Swedish what is wrong with the file
                resultat.append(granska_fil(fil, inst, namn))
            except LasFel as fel:
                problem.append(str(fel))
            continue
        nyckel = fyndcache.nyckel(kalla, namn, inst)
        svar = fyndcache.hamta(namn, nyckel)
        if svar is None:
            svar = granska_text(text, namn, inst)
            fyndcache.spara(namn, nyckel, svar)
        resultat.append(svar)
    return resultat, problem
