"""Boxes (`!!! typ` admonitions and `??? typ` collapsible blocks) and who may read them.

Trainer notes must never reach participants. Rather than removing what is recognised as
a trainer note (a typo in the type or a slip in the indentation would then let the note
through), participant output keeps only boxes whose type is declared as participant
content, and the build stops on anything it cannot place: a type nobody declared, a box
whose text did not end up inside it, or `!!!`/`???` text that was not read as a box.

Two checks share the rules. `problem_i_kallan` reads the Markdown a trainer wrote and
explains the slip in their terms (the checker's rule `ruta` uses it). `problem_i_html`
reads what the Markdown became, so a slip the source check cannot see still stops the
build. `bara_for_deltagare` makes the participant version of a page.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .fel import InnehallsFel

# Material's own box types; all of them are text for everyone.
MATERIAL_TYPER = ("note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint",
                  "important", "success", "check", "done", "question", "help", "faq",
                  "warning", "caution", "attention", "failure", "fail", "missing", "danger",
                  "error", "bug", "example", "quote", "cite")
# Trainer notes and the knowledge test's answer key: never in participant booklets.
UTBILDARTYPER = ("utbildare", "facit")

MARKOR = re.compile(r"^(?P<indrag>[ \t]*)(?P<markor>!!!|\?\?\?\+?)[ \t]*(?P<typ>[^\s\"']+)?")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# What is left of a marker that Markdown did not read as a box, seen in the page's text.
KVARLAMNAD_MARKOR = re.compile(r"(?:^|\s)(!{2,4}|\?{3}\+?)[ \t]?[A-Za-zÅÄÖåäö][\w-]*")
INLINE_KOD = re.compile(r"`+[^`]*`+")
KVAR_ATGARD = ("Lämna en tom rad före rutan, börja raden med !!! eller ??? och ett mellanslag, "
               "och dra in den 0 eller 4 mellanslag.")
LISTPUNKT = re.compile(r"^\s*([-*+]|\d{1,9}[.)])\s")


@dataclass(frozen=True)
class Rutor:
    """The declared box types: which participants see, which only trainers see."""
    for_deltagare: frozenset[str] = frozenset(MATERIAL_TYPER)
    for_utbildare: frozenset[str] = frozenset(UTBILDARTYPER)

    @property
    def kanda(self) -> frozenset[str]:
        return self.for_deltagare | self.for_utbildare

    @classmethod
    def fran_config(cls, data, fil: str = "mkdocs.yml") -> "Rutor":
        """From extra.rutor: `deltagare: [typ, ...]` adds participant types,
        `utbildare: [typ, ...]` adds trainer-only types."""
        if data is None:
            return cls()
        if not isinstance(data, dict) or set(data) - {"deltagare", "utbildare"}:
            raise InnehallsFel(fil, None, "extra.rutor ska ha listorna deltagare och utbildare.",
                               "Skriv till exempel 'utbildare: [handledare]' under 'rutor:'.")
        listor = {}
        for nyckel in ("deltagare", "utbildare"):
            varde = data.get(nyckel) or []
            if not isinstance(varde, list) or not all(isinstance(t, str) and t for t in varde):
                raise InnehallsFel(fil, None, f"extra.rutor.{nyckel} ska vara en lista med namn.",
                                   f"Skriv till exempel '{nyckel}: [typ1, typ2]'.")
            listor[nyckel] = frozenset(varde)
        utbildare = frozenset(UTBILDARTYPER) | listor["utbildare"]
        # A type declared for trainers is never participant content, whatever else says so.
        return cls(frozenset(MATERIAL_TYPER) - utbildare | (listor["deltagare"] - utbildare), utbildare)

    def forslag(self, typ: str) -> str:
        nara = difflib.get_close_matches(typ.lower(), sorted(self.kanda), n=1, cutoff=0.6)
        if nara:
            return f"Menade du '{nara[0]}'? Rätta stavningen."
        return ("Använd en av typerna " + ", ".join(sorted(UTBILDARTYPER)) + " (bara för utbildare) "
                "eller tip, note, example, question, warning. Nya typer läggs till under "
                "extra.rutor i mkdocs.yml.")


@dataclass(frozen=True)
class Rutproblem:
    rad: int
    kolumn: int
    meddelande: str
    atgard: str

    def som_fel(self, fil: str) -> InnehallsFel:
        return InnehallsFel(fil, self.rad, self.meddelande, self.atgard, kolumn=self.kolumn)


def _utanfor_kod(rader: list[str]):
    """(index, line) for each line outside front matter and fenced code."""
    staket, start = None, 0
    if rader and rader[0].strip() == "---":
        slut = next((i for i in range(1, len(rader)) if rader[i].strip() in ("---", "...")), None)
        start = slut + 1 if slut else 0
    for i, rad in enumerate(rader[start:], start):
        m = FENCE.match(rad)
        if m:
            if staket is None:
                staket = m.group(1)[0]
            elif m.group(1)[0] == staket:
                staket = None
            continue
        if staket is None:
            yield i, rad


def _indrag(rad: str) -> int:
    return len(rad.expandtabs(4)) - len(rad.expandtabs(4).lstrip())


def problem_i_kallan(rader: list[str], rutor: Rutor, forsta_rad: int = 1) -> list[Rutproblem]:
    """Slips around `!!!`/`???` in Markdown lines (forsta_rad: the file line of rader[0])."""
    problem = []
    for i, rad in _utanfor_kod(rader):
        m = MARKOR.match(rad)
        if not m:
            # What the HTML check would find as marker text left on the page.
            if (kvar := KVARLAMNAD_MARKOR.search(INLINE_KOD.sub("", rad))):
                problem.append(Rutproblem(i + forsta_rad, kvar.start(1) + 1, _kvar_text(kvar.group(0).strip()),
                                          KVAR_ATGARD))
            continue
        nr, kol = i + forsta_rad, m.start("markor") + 1
        typ = m.group("typ")
        markor = m.group("markor")
        if not typ:
            problem.append(Rutproblem(nr, kol, f"Rutan '{markor}' saknar typ.",
                                      f"Skriv typen direkt efter {markor}, till exempel "
                                      f"'{markor} utbildare \"Utbildarens anteckningar\"'."))
            continue
        if typ not in rutor.kanda:
            problem.append(Rutproblem(nr, kol, f"Rutan har en okänd typ: '{typ}'.", rutor.forslag(typ)))
            continue
        forra = rader[i - 1] if i > 0 else ""
        if forra.strip() and not MARKOR.match(forra):
            problem.append(Rutproblem(nr, kol, f"Det saknas en tom rad före '{markor} {typ}'. Utan den "
                                      "blir rutan vanlig text i stycket eller listan ovanför.",
                                      "Lägg till en tom rad före raden."))
            continue
        if _indrag(rad) % 4:
            problem.append(Rutproblem(nr, kol, f"Raden '{markor} {typ}' är indragen {_indrag(rad)} "
                                      "mellanslag. Då blir rutan vanlig text.",
                                      "Dra in rutan 0, 4 eller 8 mellanslag. I en lista: 4 mellanslag."))
            continue
        nasta = next((j for j in range(i + 1, len(rader)) if rader[j].strip()), None)
        if nasta is None or _indrag(rader[nasta]) < _indrag(rad) + 4:
            hur = ("inte indragen" if nasta is None or _indrag(rader[nasta]) <= _indrag(rad)
                   else f"indragen bara {_indrag(rader[nasta]) - _indrag(rad)} mellanslag")
            problem.append(Rutproblem(nr, kol, f"Rutan '{markor} {typ}' blir tom: texten under den är "
                                      f"{hur}. Då hamnar texten utanför rutan och syns för alla.",
                                      f"Dra in texten i rutan 4 mellanslag mer än raden med {markor}."))
            continue
        if _indrag(rader[nasta]) % 4:
            problem.append(Rutproblem(nasta + forsta_rad, _indrag(rader[nasta]) + 1,
                                      f"Texten i rutan '{markor} {typ}' är indragen "
                                      f"{_indrag(rader[nasta])} mellanslag. Markdown kan då läsa den fel.",
                                      f"Dra in texten i rutan {_indrag(rad) + 4} mellanslag."))
    return problem


def _kvar_text(markor: str) -> str:
    return f"Texten '{markor}' blev inte en ruta utan står som vanlig text på sidan."


def _typ(element) -> str | None:
    """The box type: its first class besides admonition (a BeautifulSoup or lxml element)."""
    klasser = [k for k in _klasser(element) if k != "admonition"]
    return klasser[0] if klasser else None


def _rutor_i(dom):
    return dom.select("div.admonition, details")


def _rad_for(rader: list[str], forsta_rad: int, traffar) -> int | None:
    for i, rad in _utanfor_kod(rader):
        if traffar(rad):
            return i + forsta_rad
    return None


# The boxes and all text of a page, in document order, on lxml's own tree: this runs on
# every page (BeautifulSoup on top took most of the check's time). The same parser as
# the booklet step's BeautifulSoup("lxml"), so both see the same boxes and text.
_RUTOR_XPATH = "//div[contains(concat(' ', normalize-space(@class), ' '), ' admonition ')] | //details"
_AVSKILDA = ("code", "pre", "script", "style")


def _klasser(element) -> list[str]:
    klasser = element.get("class") or []
    return klasser.split() if isinstance(klasser, str) else klasser    # lxml gives a string


def _text_i(element) -> str:
    """An element's text as BeautifulSoup's get_text gives it: no comments, scripts or styles."""
    return "".join(t for t in element.xpath(".//text()[not(ancestor::script or ancestor::style)]"))


def _strangar(dom):
    """Every piece of text with the element it stands in, comments too (BeautifulSoup's
    find_all(string=...) finds those, and the booklet step must refuse the same pages)."""
    for element in dom.iter():
        if not isinstance(element.tag, str):           # a comment: its text is its own
            yield element.text or "", element.getparent()
            if element.tail:
                yield element.tail, element.getparent()
            continue
        if element.text:
            yield element.text, element
        if element.tail and element.getparent() is not None:
            yield element.tail, element.getparent()


def problem_i_html(html: str, rader: list[str], rutor: Rutor, forsta_rad: int = 1) -> list[Rutproblem]:
    """Boxes in the rendered page that cannot be placed. rader is the Markdown source,
    used only to say on which line the trainer finds the problem."""
    # Most pages have no box and no marker text; parsing them would be most of the cost.
    if not any(tecken in html for tecken in ("admonition", "<details", "!!", "???")):
        return []
    from lxml import etree

    dom = etree.HTML(html.encode("utf-8"), etree.HTMLParser(encoding="utf-8"))
    if dom is None:
        return []
    problem = []

    def lagg_till(rad, meddelande, atgard):
        problem.append(Rutproblem(rad or forsta_rad, 1, meddelande, atgard))

    for ruta in dom.xpath(_RUTOR_XPATH):
        typ = _typ(ruta)
        if typ is None:
            lagg_till(None, "En ruta (<details> eller admonition) saknar typ.",
                      "Skriv rutan som '??? typ \"Rubrik\"', till exempel '??? utbildare'.")
            continue
        if typ not in rutor.kanda:
            rad = _rad_for(rader, forsta_rad, lambda r: (m := MARKOR.match(r)) and m.group("typ") == typ)
            lagg_till(rad, f"Rutan har en okänd typ: '{typ}'.", rutor.forslag(typ))
            continue
        rubrik = next((e for e in ruta.iterdescendants("p", "summary") if "admonition-title" in _klasser(e)), None) \
            if ruta.tag == "div" else next(ruta.iterdescendants("summary"), None)
        innehall = "".join(_text_i(el) for el in ruta if isinstance(el.tag, str) and el is not rubrik)
        if not innehall.strip():
            rad = _rad_for(rader, forsta_rad, lambda r: (m := MARKOR.match(r)) and m.group("typ") == typ)
            lagg_till(rad, f"Rutan '{typ}' är tom: texten under den hamnade utanför rutan och syns för alla.",
                      "Dra in texten i rutan 4 mellanslag mer än raden med !!! eller ???.")
    for text, element in _strangar(dom):
        if not KVARLAMNAD_MARKOR.search(text):
            continue
        if element is not None and (element.tag in _AVSKILDA or any(f.tag in _AVSKILDA for f in element.iterancestors())):
            continue
        markor = KVARLAMNAD_MARKOR.search(text).group(0).strip()
        rad = _rad_for(rader, forsta_rad, lambda r: markor in r)
        lagg_till(rad, _kvar_text(markor), KVAR_ATGARD)
    return problem


def bara_for_deltagare(dom, rutor: Rutor, fil: str) -> None:
    """Remove, in place, every box that is not declared participant content (a BeautifulSoup
    tree of a rendered page). Raises InnehallsFel if box marker text is left over, since
    then a trainer note may stand in the page as plain text."""
    for ruta in _rutor_i(dom):
        if ruta.decomposed:
            continue
        if _typ(ruta) not in rutor.for_deltagare:
            ruta.decompose()
    for text in dom.find_all(string=KVARLAMNAD_MARKOR):
        if not text.find_parent(["code", "pre", "script", "style"]):
            raise InnehallsFel(fil, None, f"Sidan har texten '{text.strip()[:60]}', som ser ut som en "
                               "ruta som inte blev en ruta. Den kan vara utbildarens anteckningar.",
                               "Rätta rutan på sidan; bygget visar var.")
