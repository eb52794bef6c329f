"""Values from the settings that a page may name in its text: `{{ repo }}` is the address
of the repository the site is built from (from `redigera` in docs/lokalt/forbund.yml, the
address the edit button uses), so the fork guide always names the right repository,
also in a förbund's own copy; `{{ forbund.namn }}` and the identity file's other keys
are the förbund's own details (the accessibility statement uses them).

The source check (kunskapsbank.kontroller.kallkontroll) stops the build on a name it does
not know, so a typo never reaches a reader as `{{ rpo }}`.
"""

from __future__ import annotations

import re
from dataclasses import fields

from kunskapsbank.forbund.identitet import STANDARD_TJANST, Identitet
from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.markdownkalla import brodtextens_start
from kunskapsbank.sidor.redogorelse import som_markdown

VARIABEL = re.compile(r"\{\{\s*([A-Za-z_][\w.]*)\s*\}\}")
SAKNAS = "(adressen saknas: skriv redigera i docs/lokalt/forbund.yml)"


def repo_adress(redigera: str | None) -> str | None:
    """https://github.com/konto/repo/edit/main/docs/ -> https://github.com/konto/repo"""
    if not redigera:
        return None
    return re.sub(r"/(?:edit|blob|tree)/.*$", "", redigera.rstrip("/"))


def varden(forbund: dict) -> dict[str, str]:
    # The identity's own texts are the förbund's: escaped, so a name with * or _ stays a name.
    egna = {f"forbund.{k}": som_markdown(str(v)) for k, v in forbund.items() if isinstance(v, (str, int))}
    return {"repo": repo_adress(forbund.get("redigera")) or SAKNAS,
            "forbund.tjanst": som_markdown(forbund.get("tjanst") or STANDARD_TJANST), **egna}


def kanda_namn() -> set[str]:
    return {"repo", "forbund.tjanst"} | {f"forbund.{f.name}" for f in fields(Identitet)}


def fyll_i(markdown: str, forbund: dict) -> str:
    kanda = varden(forbund)
    return VARIABEL.sub(lambda m: kanda.get(m.group(1), m.group(0)), markdown)


def okanda(kalla: str, fil: str) -> list[InnehallsFel]:
    """Every `{{ name }}` in the page's text that is not a known value."""
    rader = kalla.replace("\r\n", "\n").split("\n")
    fel = []
    for nr in range(brodtextens_start(rader), len(rader)):
        for m in VARIABEL.finditer(rader[nr]):
            if m.group(1) not in kanda_namn():
                fel.append(InnehallsFel(
                    fil, nr + 1, f"{m.group(0)} är inget värde som bygget känner till.",
                    "Skriv {{ repo }} för adressen till ert repo eller {{ forbund.namn }} för "
                    "förbundets namn. Ska klamrarna synas på sidan, "
                    "skriv dem inom backticks i ett kodexempel.", m.start() + 1))
    return fel
