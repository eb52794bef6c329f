"""Lättläst-granskaren over a whole site: every Swedish source page, once. A page whose
text, name, settings and engine are unchanged since the last build keeps its result
(fyndcache)."""

from __future__ import annotations

from pathlib import Path

from kunskapsbank.lattlast import fyndcache
from kunskapsbank.lattlast.granskare import LasFel, Resultat, granska_text, las_kalla
from kunskapsbank.lattlast.installningar import Granskarinstallningar


def granska_webbplatsen(sidor: list[tuple[str, Path]], inst: Granskarinstallningar) -> tuple[list[Resultat], list[str]]:
    """(results, problems) for (display name, file) pairs. A page that cannot be read
    is a problem in Swedish, never a traceback."""
    resultat, problem = [], []
    for namn, fil in sidor:
        try:
            text = las_kalla(fil, namn)
        except LasFel as fel:
            problem.append(str(fel))
            continue
        nyckel = fyndcache.nyckel(text.encode("utf-8"), namn, inst)
        svar = fyndcache.hamta(namn, nyckel)
        if svar is None:
            svar = granska_text(text, namn, inst)
            fyndcache.spara(namn, nyckel, svar)
        resultat.append(svar)
    return resultat, problem
