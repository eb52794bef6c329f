"""Markdown extension: a box of type `pahittat` is a made-up example, and says so.

    !!! pahittat "Kim söker jobb"
        Kim är 29 år ...

becomes a box titled "Påhittat exempel: Kim söker jobb" (without a title: "Påhittat
exempel"). The label is part of the page's HTML, so the web page, the search index, the
booklets and a screen reader all get the same words, on every page, and nobody has to
remember to write "Exemplet är påhittat". A Python-Markdown extension (not a hook), so
any engine that runs Python-Markdown extensions keeps the label.

`sprak` chooses the label's language; hooks/pahittat.py sets it per page.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

NAMN = "kunskapsbank.motor.pahittat"     # as mkdocs.yml names the extension
TYP = "pahittat"
ETIKETT = {"sv": "Påhittat exempel", "en": "Made-up example"}


def _titel(ruta: etree.Element) -> etree.Element | None:
    forsta = ruta[0] if len(ruta) else None
    if forsta is None:
        return None
    if ruta.tag == "details":
        return forsta if forsta.tag == "summary" else None
    return forsta if "admonition-title" in (forsta.get("class") or "").split() else None


class Etikett(Treeprocessor):
    def __init__(self, md, sprak: str):
        super().__init__(md)
        self.sprak = sprak

    def run(self, root: etree.Element) -> None:
        etikett = ETIKETT.get(self.sprak, ETIKETT["sv"])
        for ruta in root.iter():
            if ruta.tag not in ("div", "details") or TYP not in (ruta.get("class") or "").split():
                continue
            titel = _titel(ruta)
            if titel is None:
                continue
            # Admonition's own title for a box without one is the type, capitalised.
            egen = "".join(titel.itertext()).strip()
            if egen in ("", TYP.capitalize()):
                for barn in list(titel):
                    titel.remove(barn)
                titel.text = etikett
            else:
                titel.text = f"{etikett}: " + (titel.text or "")


class PahittatExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"sprak": ["sv", "Sidans språk: etikettens språk (sv eller en)."]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        # After admonition (priority 0 treeprocessors run late) but before toc and attr_list.
        md.treeprocessors.register(Etikett(md, self.getConfig("sprak")), "kb_pahittat", 9)


def makeExtension(**kwargs):
    return PahittatExtension(**kwargs)
