"""What the page "Granska din text" shows, computed by the same engine as scripts/lint.

Runs in the browser (Pyodide) and in the tests: a pasted text and a level in, the
findings as scripts/lint --format json writes them, the statistics and a plain verdict
out. The text is checked as a page without front matter, at the level the reader chose.
"""

from __future__ import annotations

import copy

from kunskapsbank.lattlast.granskare import granska_text
from kunskapsbank.lattlast.installningar import NIVANAMN, Granskarinstallningar


def granska_inklistrad_text(text: str, niva: str, inst: Granskarinstallningar) -> dict:
    if niva not in NIVANAMN:
        niva = inst.standardniva
    inst = copy.copy(inst)
    inst.standardniva = niva
    resultat = granska_text(text, "text", inst)
    statistik = resultat.statistik.som_dict() if resultat.statistik else None
    grans = inst.nivaer[niva]
    return {"niva": niva, "nivanamn": NIVANAMN[niva],
            "fynd": [f.som_dict() for f in resultat.fynd],
            "statistik": statistik, "lix_max": grans["lix_max"], "lix_min_ord": grans["lix_min_ord"],
            "omdome": omdome(resultat.fel, resultat.varningar, statistik, grans, NIVANAMN[niva])}


def omdome(fel: int, varningar: int, statistik: dict | None, grans: dict, nivanamn: str) -> str:
    """One plain sentence for the level: what the reader should do next."""
    if not statistik or not statistik["words"]:
        return "Skriv eller klistra in en text först."
    for_svar = (statistik["lix"] is not None and statistik["words"] >= grans["lix_min_ord"]
                and statistik["lix"] > grans["lix_max"])
    if fel or for_svar:
        orsak = "texten är för svår att läsa (LIX)" if for_svar and not fel else "det finns fel"
        return f"Texten klarar inte nivån {nivanamn} än: {orsak}. Rätta det som står i listan."
    if varningar:
        return f"Texten klarar nivån {nivanamn}, men {varningar} saker kan bli tydligare."
    return f"Texten klarar nivån {nivanamn}. Granskaren hittade inget att ändra."
