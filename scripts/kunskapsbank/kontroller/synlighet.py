"""Who sees what: one decision for the web view, the search index and every participant PDF.

An element is for trainers only when its classes say so, however it was written:
- it has a class of a trainer type (utbildare, facit and the types under
  extra.rutor.utbildare): a box with one or several types (`!!! warning utbildare`),
  `<div class="utbildare" markdown>`, `{ .utbildare }` on a paragraph, a pymdown block;
- it is a box (an admonition or <details>) with a type that is not declared for
  participants, or with no type at all (the build stops on those too, see rutor).
Everything inside such an element goes with it, at any depth.

The web page marks each such element with the class KLASS: the stylesheet hides it until
the trainer view is chosen, and utbildarvy.js offers the button. The search index and the
participant booklets leave the same elements out. The three outputs ask the same
predicate, so they cannot disagree.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from kunskapsbank.kontroller.rutor import Rutor

KLASS = "kb-utbildare"
# Material's placement classes for a box; they are not types.
MODIFIERARE = frozenset({"admonition", "inline", "end", KLASS})
# Text in trainer notes is compared by sentences long enough to be unmistakable.
MENING = re.compile(r"[^.!?:;\n]+[.!?:;]?")
BLOCKTAGGAR = frozenset({"p", "li", "div", "details", "summary", "section", "aside", "blockquote", "pre",
                         "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "dt", "dd", "ul", "ol",
                         "dl", "table", "figcaption", "legend", "label", "br"})
MINSTA_ORD = 5


def ar_ruta(tagg: str, klasser) -> bool:
    return tagg == "details" or (tagg == "div" and "admonition" in klasser)


def bara_for_utbildare(tagg: str, klasser, rutor: Rutor) -> bool:
    """The one predicate: may only trainers see this element (and all inside it)?"""
    klasser = set(klasser or ())
    if klasser & rutor.for_utbildare or KLASS in klasser:
        return True
    if ar_ruta(tagg, klasser):
        typer = klasser - MODIFIERARE
        return not typer or not typer <= rutor.for_deltagare
    return False


def _klasser(varde) -> list[str]:
    if varde is None:
        return []
    return varde.split() if isinstance(varde, str) else list(varde)


# ---------------------------------------------------------------- the web page -------

class _Starttaggar(HTMLParser):
    """Where each start tag of a trainer-only element stands in the HTML text."""

    def __init__(self, rutor: Rutor):
        super().__init__(convert_charrefs=False)
        self.rutor, self.traffar = rutor, []

    def handle_starttag(self, tagg, attribut):
        klasser = _klasser(dict(attribut).get("class"))
        if KLASS not in klasser and bara_for_utbildare(tagg, klasser, self.rutor):
            self.traffar.append((self.getpos(), self.get_starttag_text()))

    handle_startendtag = handle_starttag


def _kandidat(html: str, rutor: Rutor) -> bool:
    """Can the page hold a trainer-only element at all? Most pages have no box and no
    trainer class; parsing them would be most of the cost."""
    return "<details" in html or "admonition" in html or any(t in html for t in rutor.for_utbildare)


def markera(html: str, rutor: Rutor) -> str:
    """The page's HTML with KLASS added to every trainer-only element. Only those start
    tags change; every other character of the page stays as Markdown wrote it."""
    if not _kandidat(html, rutor):
        return html
    tolk = _Starttaggar(rutor)
    tolk.feed(html)
    tolk.close()
    if not tolk.traffar:
        return html
    radstart = [0]
    for rad in html.split("\n"):
        radstart.append(radstart[-1] + len(rad) + 1)
    delar, pos = [], 0
    for (rad, kolumn), tagg in tolk.traffar:
        start = radstart[rad - 1] + kolumn
        delar += [html[pos:start], _med_klass(tagg)]
        pos = start + len(tagg)
    return "".join(delar) + html[pos:]


_KLASSATTRIBUT = re.compile(r"""(\sclass\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE)


def _med_klass(tagg: str) -> str:
    m = _KLASSATTRIBUT.search(tagg)
    if m:
        varde = next(g for g in m.groups()[1:] if g is not None)
        return tagg[:m.start()] + f'{m.group(1)}"{varde} {KLASS}"' + tagg[m.end():]
    slut = len(tagg) - (2 if tagg.endswith("/>") else 1)
    namn = re.match(r"<[^\s/>]+", tagg).end()
    return tagg[:namn] + f' class="{KLASS}"' + tagg[namn:slut] + tagg[slut:]


# ---------------------------------------------------- the participant outputs --------

def ta_bort(dom, rutor: Rutor) -> None:
    """Remove, in place, every trainer-only element from a BeautifulSoup or lxml tree."""
    if hasattr(dom, "find_all"):                      # BeautifulSoup
        for element in dom.find_all(True):
            if not element.decomposed and bara_for_utbildare(element.name, _klasser(element.get("class")), rutor):
                element.decompose()
        return
    for element in [e for e in dom.iter() if isinstance(e.tag, str)]:
        if element.getparent() is not None and _i_tradet(element, dom) and \
                bara_for_utbildare(element.tag, _klasser(element.get("class")), rutor):
            _ta_bort_lxml(element)


def _i_tradet(element, rot) -> bool:
    while element is not None:
        if element is rot:
            return True
        element = element.getparent()
    return False


def _ta_bort_lxml(element) -> None:
    """Remove an lxml element but keep the text that follows it (its tail)."""
    foralder, svans = element.getparent(), element.tail
    if svans:
        forra = element.getprevious()
        if forra is not None:
            forra.tail = (forra.tail or "") + svans
        else:
            foralder.text = (foralder.text or "") + svans
    foralder.remove(element)


def for_deltagare(html: str, rutor: Rutor) -> str:
    """A page's HTML without what only trainers may see (what the search index reads)."""
    if not _kandidat(html, rutor):
        return html
    from lxml import etree, html as lxml_html

    rot = lxml_html.fragment_fromstring(html, create_parent="div")
    ta_bort(rot, rutor)
    return "".join([rot.text or ""] + [etree.tostring(e, encoding="unicode", method="html")
                                       for e in rot])


def meningar(text: str) -> set[str]:
    """The sentences of a text that are long enough to be unmistakable, in one spacing.
    A line break ends a sentence too (a title, a list item)."""
    return {m for m in (" ".join(d.split()) for d in MENING.findall(text)) if len(m.split()) >= MINSTA_ORD}


def _blocktext(element) -> str:
    """An lxml element's text with a line break between block elements (a box's title and
    its first paragraph are two sentences), and none inside a paragraph."""
    delar: list[str] = []

    def ga(e):
        if not isinstance(e.tag, str) or e.tag in ("script", "style"):
            return
        ar_block = e.tag in BLOCKTAGGAR
        delar.append("\n" if ar_block else "")
        delar.append((e.text or "").replace("\n", " "))
        for barn in e:
            ga(barn)
            delar.append((barn.tail or "").replace("\n", " "))
        delar.append("\n" if ar_block else "")
    ga(element)
    return "".join(delar)


def utbildartext(html: str, rutor: Rutor) -> set[str]:
    """Sentences that stand only in trainer-only elements of a page: what no participant
    output may contain."""
    from lxml import html as lxml_html

    if not html.strip():
        return set()
    rot = lxml_html.fragment_fromstring(html, create_parent="div")
    inne = set()
    for element in rot.iter():
        if isinstance(element.tag, str) and bara_for_utbildare(element.tag, _klasser(element.get("class")), rutor):
            inne |= meningar(_blocktext(element))
    if not inne:
        return set()
    ta_bort(rot, rutor)
    return inne - meningar(_blocktext(rot))
