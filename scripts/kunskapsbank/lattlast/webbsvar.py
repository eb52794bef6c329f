"""What the page "Granska din text" shows, computed by the same engine as scripts/lint.

Runs in the browser (Pyodide) and in the tests: a pasted text and a level in, the
findings as scripts/lint --format json writes them, the statistics and a plain verdict
out (lattlast.bedomning, the same verdict as scripts/lint's and the report's). The text
is checked as a page without front matter, at the level the reader chose.
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
    bedomning = resultat.bedomning
    return {"niva": niva, "nivanamn": NIVANAMN[niva],
            "fynd": [f.som_dict() for f in resultat.fynd],
            "statistik": statistik, "lix_max": grans["lix_max"], "lix_min_ord": grans["lix_min_ord"],
            "bedomning": bedomning.som_dict() if bedomning else None,
            "omdome": bedomning.text if bedomning and statistik and statistik["words"]
            else "Skriv eller klistra in en text först."}
