"""No active content and no references to other hosts in what the site publishes.

Two checks, both engine-free: SVG files (they are XML and may carry scripts, event
handlers and links that a browser or WeasyPrint loads), and the HTML of each page after
Markdown (a trainer's raw HTML and our own generated forms meet there). Both fail with
the file and line instead of changing anything: nothing a trainer wrote may be lost
silently, and nothing that runs or calls out may reach a reader.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit
from xml.parsers import expat

import nh3
from lxml import etree

from kunskapsbank.grund.fel import InnehallsFel

# Images embedded in an SVG or a page as data: are allowed; they load nothing. SVG is
# not among them: a data: SVG is a document of its own that could hold a script.
DATA_BILD = re.compile(r"^data:image/(png|jpeg|gif|webp)[;,]", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]*)""", re.IGNORECASE)

# ---------------------------------------------------------------- SVG ----------------

SVG_FORBJUDNA = {"script", "foreignobject", "handler", "listener", "iframe", "object", "embed"}
SVG_ATGARD = ("Spara bilden på nytt som en vanlig SVG utan skript och länkar (till exempel "
              "\"Vanlig SVG\" eller \"Optimerad SVG\" i Inkscape), eller som PNG.")


def _lokalt_namn(namn: str) -> str:
    return namn.rsplit(":", 1)[-1].rsplit(" ", 1)[-1].lower()


def _svg_referens_ok(varde: str) -> bool:
    varde = varde.strip()
    return varde.startswith("#") or bool(DATA_BILD.match(varde))


def _css_problem(css: str) -> str | None:
    """What in a piece of CSS (a style attribute or a <style> element) could load
    something from elsewhere, or None."""
    if "\\" in css:
        return "CSS med bakstreck (\\), som kan dölja en adress"
    if re.search(r"@import|expression\s*\(", css, re.IGNORECASE):
        return "CSS som hämtar en annan fil (@import)"
    for adress in CSS_URL.findall(css):
        if not _svg_referens_ok(adress):
            return f"en CSS-adress url({adress})"
    return None


def granska_svg(data: bytes, namn: str) -> list[InnehallsFel]:
    """Everything in an SVG file that can run code or load something from another
    place, each with the line; an empty list when the file is safe to publish."""
    problem: list[InnehallsFel] = []
    parser = expat.ParserCreate()
    # Entities are where XML bombs and external files hide; a drawing needs none.
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stil: list[str] = []
    i_stil = [0]

    def fynd(vad: str, atgard: str = SVG_ATGARD) -> None:
        problem.append(InnehallsFel(namn, parser.CurrentLineNumber,
                                    f"SVG-bilden har {vad}. Det kan köra kod eller hämta något från "
                                    "en annan webbplats när bilden visas.", atgard))

    def start(tagg: str, attribut: dict) -> None:
        lokal = _lokalt_namn(tagg)
        if lokal in SVG_FORBJUDNA:
            fynd(f"elementet <{tagg}>")
        if lokal == "style":
            i_stil[0] += 1
        for attr, varde in attribut.items():
            attr_lokal = _lokalt_namn(attr)
            if attr_lokal.startswith("on"):
                fynd(f"attributet {attr}, som kör kod")
            elif attr_lokal in ("href", "src"):
                if not _svg_referens_ok(varde):
                    fynd(f"en länk till en annan fil eller webbplats ({attr}=\"{varde}\")",
                         "Lägg in den bild som behövs i själva SVG-filen, eller ta bort länken. "
                         + SVG_ATGARD)
            elif lokal in ("set", "animate") and attr_lokal == "attributename" \
                    and _lokalt_namn(varde) in ("href", "src"):
                fynd(f"en animation som byter länk ({attr}=\"{varde}\")")
            else:
                css = _css_problem(varde) if "url(" in varde.lower() or attr_lokal == "style" else None
                if css:
                    fynd(f"{css} i attributet {attr}")

    def slut(tagg: str) -> None:
        if _lokalt_namn(tagg) == "style" and i_stil[0]:
            i_stil[0] -= 1
            css = _css_problem("".join(stil))
            stil.clear()
            if css:
                fynd(f"{css} i <style>")

    def text(data: str) -> None:
        if i_stil[0]:
            stil.append(data)

    def entitet(namn_, *_args) -> None:
        fynd(f"en egen XML-entitet ({namn_})")

    def instruktion(mal: str, _data: str) -> None:
        if mal.lower() == "xml-stylesheet":
            fynd("en länk till en stilmall (<?xml-stylesheet?>)")

    parser.StartElementHandler = start
    parser.EndElementHandler = slut
    parser.CharacterDataHandler = text
    parser.EntityDeclHandler = entitet
    parser.ProcessingInstructionHandler = instruktion
    try:
        parser.Parse(data, True)
    except expat.ExpatError as fel:
        problem.append(InnehallsFel(namn, fel.lineno, "SVG-bilden går inte att läsa som XML "
                                    f"({expat.ErrorString(fel.code)}).",
                                    "Spara bilden på nytt från ritprogrammet som SVG."))
    return problem


# ---------------------------------------------------------------- HTML ---------------

# What a page may hold after Markdown: what Markdown and its extensions write, and the
# forms that kunskapsbank.sidor.kurssidor generates. Everything else fails the build.
TAGGAR = set(nh3.ALLOWED_TAGS) | {
    "section", "form", "fieldset", "legend", "input", "label", "textarea", "button",
    "select", "option", "optgroup", "output", "meter", "progress", "main", "picture",
    "source",
} - {"area", "map"}
ATTRIBUT = {
    "*": {"id", "class", "lang", "dir", "title", "hidden", "tabindex", "role", "style",
          "translate"},
    **{tagg: set(namn) for tagg, namn in nh3.ALLOWED_ATTRIBUTES.items()},
}
ATTRIBUT["a"] = ATTRIBUT["a"] | {"download", "rel", "type"}
ATTRIBUT["img"] = ATTRIBUT["img"] | {"loading", "decoding"}
ATTRIBUT["ol"] = ATTRIBUT["ol"] | {"type", "reversed"}
ATTRIBUT.update({
    "li": {"value"},
    "details": {"open"},
    "time": {"datetime"},
    "source": {"srcset", "type", "media"},
    "form": {"novalidate", "autocomplete"},
    "fieldset": {"disabled", "name"},
    "label": {"for"},
    "input": {"type", "name", "value", "checked", "disabled", "placeholder", "required",
              "min", "max", "step", "autocomplete", "maxlength", "readonly", "size"},
    "textarea": {"name", "rows", "cols", "placeholder", "required", "maxlength", "readonly",
                 "disabled", "autocomplete"},
    "button": {"type", "name", "value", "disabled"},
    "select": {"name", "required", "disabled", "multiple", "size"},
    "option": {"value", "selected", "disabled", "label"},
    "optgroup": {"label", "disabled"},
    "output": {"for", "name"},
    "meter": {"value", "min", "max", "low", "high", "optimum"},
    "progress": {"value", "max"},
    "section": {"heading-number"},
})
PREFIX = {"data-", "aria-"}
# data: is needed for embedded images; _attributproblem allows it only in img src.
SCHEMAN = {"http", "https", "mailto", "tel", "data"}
KALL_ATTRIBUT = {"src", "srcset", "poster"}


def _extern_kalla(varde: str) -> bool:
    """A source that the browser would load from another host (or as a document of
    its own): anything with a scheme or a host, except data: images."""
    for del_ in varde.split(","):
        adress = del_.strip().split(" ")[0]
        if not adress or DATA_BILD.match(adress):
            continue
        delar = urlsplit(adress)
        if delar.scheme or delar.netloc or adress.startswith("//"):
            return True
    return False


def _attributproblem(attr: str, varde: str) -> str | None:
    if attr == "style":
        return _css_problem(varde)
    if attr in KALL_ATTRIBUT and _extern_kalla(varde):
        return f"en bild eller fil från en annan webbplats ({attr}=\"{varde}\")"
    if attr not in KALL_ATTRIBUT and urlsplit(varde.strip()).scheme.lower() == "data":
        return f"en data:-adress i {attr}, som kan vara en egen sida med skript"
    return None


def _filter(tagg: str, attr: str, varde: str) -> str | None:
    return None if _attributproblem(attr, varde) else varde


def _rensa(html: str) -> str:
    return nh3.clean(html, tags=TAGGAR, clean_content_tags={"script", "style"},
                     attributes=ATTRIBUT, attribute_filter=_filter, strip_comments=False,
                     link_rel=None, generic_attribute_prefixes=PREFIX, url_schemes=SCHEMAN)


def _element(html: str) -> Counter:
    # lxml's own tree: this runs on every page (BeautifulSoup on top took four times as
    # long), and both sides of the comparison use the same parser. Bytes with a declared
    # encoding, since lxml refuses a str that starts with <?xml ... encoding=...?>.
    dom = etree.HTML(html.encode("utf-8"), etree.HTMLParser(encoding="utf-8"))
    return Counter((e.tag, tuple(sorted(e.attrib.items())))
                   for e in ([] if dom is None else dom.iter()) if isinstance(e.tag, str))


def _tillatet_attribut(tagg: str, attr: str) -> bool:
    return (attr in ATTRIBUT["*"] or attr in ATTRIBUT.get(tagg, set())
            or any(attr.startswith(p) for p in PREFIX))


def _varfor(tagg: str, attribut: tuple) -> list[tuple[str, str, str]]:
    """(what is wrong, a text to find in the Markdown source, the fix) for each thing
    in an element that nh3 would remove."""
    if tagg not in TAGGAR:
        return [(f"HTML-taggen <{tagg}>", f"<{tagg}",
                 f"Ta bort <{tagg}> och skriv innehållet med vanlig Markdown.")]
    problem = []
    for attr, varde in attribut:
        kort = varde.strip()[:60]
        if not _tillatet_attribut(tagg, attr):
            vad = "som kör kod" if attr.startswith("on") else "som inte är tillåtet"
            problem.append((f"attributet {attr} på <{tagg}>, {vad}", f"{attr}=",
                            f"Ta bort {attr}=\"...\" ur taggen."))
        elif attr == "style" and _attributproblem(attr, varde):
            problem.append((f"{_attributproblem(attr, varde)} i style", kort,
                            "Ta bort url(...) ur style. En bild lägger du i docs/ och visar med "
                            "Markdown: ![Beskrivning](bilder/namn.png)."))
        elif _attributproblem(attr, varde):
            problem.append((_attributproblem(attr, varde), kort,
                            "Spara filen i docs/ (till exempel i en mapp bilder/) och länka till den: "
                            "![Beskrivning](bilder/namn.png). Webbplatsen hämtar aldrig något från "
                            "andra webbplatser."))
        elif attr in ("href", "cite") and urlsplit(varde.strip()).scheme.lower() not in SCHEMAN | {""}:
            problem.append((f"en länk av typen {urlsplit(varde.strip()).scheme}: ({attr}=\"{kort}\")",
                            kort, "Länka till en sida med https:// eller till en sida i docs/."))
    return problem or [(f"HTML i <{tagg}> som inte är tillåten", f"<{tagg}",
                        "Skriv innehållet med vanlig Markdown.")]


def _rad(kalla: list[str], sok: str) -> int | None:
    sok = sok.lower()
    return next((nr for nr, rad in enumerate(kalla, 1) if sok in rad.lower()), None)


def granska_sidans_html(html: str, kalla: str, fil: str) -> list[InnehallsFel]:
    """Everything in a page's HTML that the allow-list does not keep, each with the line
    in the Markdown source where it was found (or without a line when it was not
    written there); an empty list when nh3 would keep the page as it is."""
    borttaget = _element(html) - _element(_rensa(html))
    rader = kalla.splitlines()
    problem = []
    for tagg, attribut in sorted(borttaget, key=str):
        for vad, sok, atgard in _varfor(tagg, attribut):
            problem.append(InnehallsFel(fil, _rad(rader, sok), f"Sidan har {vad}. Sådant får inte "
                                        "finnas på webbplatsen: det kan köra kod eller hämta något "
                                        "från en annan webbplats.", atgard))
    problem.sort(key=lambda p: p.rad or 0)
    return problem
