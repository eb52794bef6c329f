"""How the page "Granska din text" starts the checker in Pyodide; the build runs the
same start under Node.js to learn which modules it imports (kunskapsbank.webbgranskare.bygg).

The page unpacks motor.zip into MAPP, writes the word files and installningar.json
beside it, then imports this module and calls granska(text, niva) for each check.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

MAPP = Path("/kb")
os.environ.setdefault("KB_FREKVENSTABELL", str(MAPP / "sv-frekvenser.xz"))
os.environ.setdefault("KB_LEMMAFIL", str(MAPP / "sv-lemman.xz"))

from kunskapsbank.lattlast.installningar import Granskarinstallningar  # noqa: E402  (after the word files are named)
from kunskapsbank.lattlast.webbsvar import granska_inklistrad_text  # noqa: E402


def _installningar() -> Granskarinstallningar:
    data = json.loads((MAPP / "installningar.json").read_text(encoding="utf-8"))
    rot = MAPP / "rot"
    if data["ordlista"]:
        # The site's glossary, where the settings say it is (relative to the project).
        fil = rot / data["ordlista"]
        fil.parent.mkdir(parents=True, exist_ok=True)
        fil.write_text(data["ordlistans_text"], encoding="utf-8")
    return Granskarinstallningar.fran_dict(data["lattlast"], rot, rot / "mkdocs.yml")


_INST = _installningar()


def granska(text: str, niva: str) -> str:
    return json.dumps(granska_inklistrad_text(text, niva, _INST), ensure_ascii=False)


# The first check loads the word files and the rules, better while the page says so.
# It has something for most rules, so the modules they import load now too (and the
# build learns them: tools/webbgranskare/forkompilera.mjs).
UPPVARMNING = (
    "Beslutet fattas av nämnden i maj, t.ex. när man vill erhålla stöd i syfte att börja "
    "arbeta. Ansökan skickas till AF. När du har kommit till mötet och berättat om din "
    "situation för den som tar emot dig går ni igenom vad du behöver och vilka steg som ska "
    "tas efter mötet så att alla vet vad som händer sedan.")
granska(UPPVARMNING, "lattlast")
