"""One home for each explanation: no passage of 25 words or more stands on two pages.
A repeated paragraph drifts apart when one copy is corrected; a link does not."""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

from kunskapsbank.lattlast.markdown import LISTPUNKT, STYCKE, las_markdown
from verktyg import ROT

MINSTA_ANTAL_ORD = 25


def stycken(fil: Path) -> list[tuple[int, list[str]]]:
    """The page's paragraphs as (line, words); the items of one list count as one paragraph,
    since a list copied item by item is as much a repeat as a copied paragraph."""
    ut: list[tuple[int, list[str]]] = []
    lista: list[tuple[int, str]] = []

    def avsluta_lista():
        if lista:
            ut.append((lista[0][0], ord_i(" ".join(text for _, text in lista))))
            lista.clear()

    for block in las_markdown(fil.read_text(encoding="utf-8")).block:
        text = " ".join(segment.text for segment in block.segment)
        if block.typ == LISTPUNKT:
            lista.append((block.rad, text))
            continue
        avsluta_lista()
        if block.typ == STYCKE:
            ut.append((block.rad, ord_i(text)))
    avsluta_lista()
    return ut


def ord_i(text: str) -> list[str]:
    # Markup is already masked; case, punctuation and line breaks do not make text new.
    return re.findall(r"\w+", text.lower())


def upprepningar(docs: Path) -> list[str]:
    """Every run of MINSTA_ANTAL_ORD words that stands on more than one page, as
    'file:line and file:line: "the words"'. English translations mirror the Swedish
    pages on purpose and are left out."""
    var = defaultdict(dict)
    for fil in sorted(docs.rglob("*.md")):
        if fil.name.endswith(".en.md") or "_snippets" in fil.parts:
            continue
        namn = fil.relative_to(docs.parent).as_posix()
        for rad, orden in stycken(fil):
            for i in range(len(orden) - MINSTA_ANTAL_ORD + 1):
                var[" ".join(orden[i:i + MINSTA_ANTAL_ORD])].setdefault(namn, rad)
    fynd = {" och ".join(f"{namn}:{rad}" for namn, rad in sorted(sidor.items())): fras
            for fras, sidor in var.items() if len(sidor) > 1}
    return [f'{stallen}: "{fras} …"' for stallen, fras in sorted(fynd.items())]


def test_ingen_text_pa_25_ord_eller_mer_star_pa_tva_sidor():
    fynd = upprepningar(ROT / "docs")
    assert not fynd, ("Samma text står på flera sidor. Låt en sida förklara och länka dit från de andra:\n"
                      + "\n".join(fynd))


def test_ett_kopierat_stycke_eller_en_kopierad_lista_hittas_med_fil_och_rad(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(ROT / "docs", docs)
    # A trainer copies the model's list onto the chapter page, and a paragraph with a
    # changed line break and a link from the chapter page onto an exercise.
    lista = "\n".join(rad for rad in (docs / "vta/modellen/index.md").read_text(encoding="utf-8").splitlines()
                      if re.match(r"\d\. \[", rad))
    kapitel = docs / "vta/metodbok/4-modellen.md"
    kapitel.write_text(kapitel.read_text(encoding="utf-8") + "\n" + lista.replace("](", "](../modellen/") + "\n",
                       encoding="utf-8")
    stycke = max((text for text in (docs / "bip/teman/tilltro.md").read_text(encoding="utf-8").split("\n\n")
                  if not text.startswith(("-", "#", "!", " "))), key=len)
    ovning = docs / "ovningar/bip-rollspel.md"
    ovning.write_text(ovning.read_text(encoding="utf-8") + "\n" + stycke.replace(". ", ".\n", 1)
                      .replace("jobb", "[jobb](../bip/teman/tilltro.md)", 1) + "\n", encoding="utf-8")

    fynd = "\n".join(upprepningar(docs))
    assert re.search(r"docs/vta/metodbok/4-modellen\.md:\d+ och docs/vta/modellen/index\.md:\d+", fynd)
    assert re.search(r"docs/bip/teman/tilltro\.md:\d+ och docs/ovningar/bip-rollspel\.md:\d+", fynd)
    assert len(stycke.split()) >= MINSTA_ANTAL_ORD
