"""`oforklarad-forkortning`: an acronym that neither the glossary nor the page explains."""

from __future__ import annotations

import re

from .bas import Kontext, Regel, registrera

AKRONYM = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,}[a-zåäö]?)(?![\wÅÄÖåäö])")
ROMERSKA = re.compile(r"^[IVXLCDM]+$")
ALLTID_OK = {"OK"}


def forklaras_pa_sidan(akronym: str, text: str) -> bool:
    a = re.escape(akronym)
    return bool(re.search(rf"\(\s*{a}\s*\)|\b{a}\s*\(|\b{a}\b\s+(står för|betyder|är en förkortning)",
                          text))


@registrera
class OforklaradForkortning(Regel):
    id = "oforklarad-forkortning"
    allvarlighet = "error"
    namn = "Oförklarad förkortning"

    def granska(self, k: Kontext):
        hela_texten = "\n".join(mb.text for mb in k.block)
        sett: set[str] = set()
        for mb in k.block:
            for m in AKRONYM.finditer(mb.text):
                akronym = m.group(1)
                if (akronym in sett or akronym in ALLTID_OK or ROMERSKA.match(akronym)
                        or akronym in k.forklarade_forkortningar):
                    continue
                sett.add(akronym)
                if forklaras_pa_sidan(akronym, hela_texten):
                    continue
                rad, kol = mb.plats(m.start(1))
                yield (rad, kol, f"Förkortningen {akronym} förklaras inte.",
                       f"Skriv ut vad {akronym} betyder första gången, till exempel "
                       f"'Hela namnet ({akronym})', eller lägg till den i "
                       "docs/_snippets/forkortningar.md.")
