"""Boxes (`!!! typ` admonitions and `??? typ` collapsible blocks) and who may read them.

Trainer notes must never reach participants. Rather than removing what is recognised as
a trainer note (a typo in the type or a slip in the indentation would then let the note
through), participant output keeps only what is declared as participant content (see
kunskapsbank.kontroller.synlighet, the one place that decides who sees what), and the build stops
on anything it cannot place: a type nobody declared, a box whose text did not end up
inside it, `!!!`/`???` text that was not read as a box, a box that became a code block,
a participant box titled as a trainer note.

Two checks share the rules. `problem_i_kallan` reads the Markdown a trainer wrote and
explains the slip in their terms (the checker's rule `ruta` uses it). `problem_i_html`
reads what the Markdown became, so a slip the source check cannot see still stops the
build.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.markdownkalla import utanfor_kod

# Material's own box types; all of them are text for everyone.
MATERIAL_TYPER = ("note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint",
                  "important", "success", "check", "done", "question", "help", "faq",
                  "warning", "caution", "attention", "failure", "fail", "missing", "danger",
                  "error", "bug", "example", "quote", "cite")
# Trainer notes and the knowledge test's answer key: never in participant booklets.
UTBILDARTYPER = ("utbildare", "facit")
# Material's placement classes for a box (`!!! note inline end`); they are not types.
PLACERING = ("inline", "end")

# A line that starts like a box, and the rest of it as Python-Markdown's admonition and
# pymdownx.details read it: types separated by single spaces, then a title in "...".
RUTSTART = re.compile(r"^(?P<indrag>[ \t]*)(?P<markor>!!!|\?\?\?\+?)(?P<resten>.*)$")
RUTRAD = re.compile(r'^ ?(?P<typer>[\w\-]+(?: +[\w\-]+)*)(?: +"(?P<rubrik>.*?)")? *$')
# Box syntaxes that are not switched on here, and so become text that everyone sees.
BLOCK = re.compile(r"^[ \t]*(?P<markor>///)[ \t]*[\w-]")
FLIK = re.compile(r"^[ \t]*(?P<markor>===[+!]?)[ \t]+[\"']")
# Characters nobody sees that stop a line from being read as a box.
OSYNLIGA = "\u00a0\u00ad\u034f\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff"
OSYNLIGT_FORE = re.compile(rf"^[ \t{OSYNLIGA}]*(?:!!!|\?\?\?|///|===)")
OSYNLIGT = re.compile(rf"[{OSYNLIGA}]")
OSYNLIGA_NAMN = {"\u00a0": "ett hårt mellanslag (NBSP)", "\u200b": "ett nollbreddsmellanslag",
                 "\ufeff": "en byte order mark (BOM)", "\u00ad": "ett mjukt bindestreck",
                 "\u2060": "en ordfog (word joiner)", "\u202f": "ett smalt hårt mellanslag"}
# What is left of a marker that Markdown did not read as a box, seen in the page's text.
# Not after a letter, digit or another marker character, but after anything else, an
# invisible character too.
KVARLAMNAD_MARKOR = re.compile(r"(?<![\w!?/=:])(!{2,4}|\?{3}\+?|/{3}|={3}[+!]?)[ \t\u00a0]?[\"'A-Za-zÅÄÖåäö][\w-]*")
INLINE_KOD = re.compile(r"`+[^`]*`+")
# attr_list text ({ .utbildare }) that Markdown did not read as a class.
KVARLAMNAD_KLASS = re.compile(r"\{:?\s*((?:[.#][\w-]+\s*)+)\}")
KVAR_ATGARD = ("Lämna en tom rad före rutan, börja raden med !!! eller ??? och ett mellanslag, "
               "och dra in den 0 eller 4 mellanslag.")
LISTPUNKT = re.compile(r"^\s*([-*+]|\d{1,9}[.)])\s")
DEFINITION = re.compile(r"^\s*:[ \t]+")
# Words in a box title that say the box is meant for trainers.
# Words that say a box is for trainers: a note, a key, a script for the day, "to you who lead".
UTBILDARORD = re.compile(r"\b(utbildar\w*|facit\w*|kursledar\w*|manus\w*|(?:till dig|du) som leder)\b",
                         re.IGNORECASE)
# A line in a code block (or a box's text) that reads like a box marker.
MARKORRAD = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?|///)[ \t]*[\w-]", re.MULTILINE)


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
                               "Skriv till exempel ”utbildare: [handledare]” under ”rutor:”.")
        listor = {}
        for nyckel in ("deltagare", "utbildare"):
            varde = data.get(nyckel) or []
            if not isinstance(varde, list) or not all(isinstance(t, str) and t for t in varde):
                raise InnehallsFel(fil, None, f"extra.rutor.{nyckel} ska vara en lista med namn.",
                                   f"Skriv till exempel ”{nyckel}: [typ1, typ2]”.")
            listor[nyckel] = frozenset(varde)
        utbildare = frozenset(UTBILDARTYPER) | listor["utbildare"]
        # A type declared for trainers is never participant content, whatever else says so.
        return cls(frozenset(MATERIAL_TYPER) - utbildare | (listor["deltagare"] - utbildare), utbildare)

    def forslag(self, typ: str) -> str:
        nara = difflib.get_close_matches(typ.lower(), sorted(self.kanda), n=1, cutoff=0.6)
        if nara:
            return f"Menade du ”{nara[0]}”? Rätta stavningen."
        return ("Använd en av typerna " + ", ".join(sorted(UTBILDARTYPER)) + " (bara för utbildare) "
                "eller tip, note, example, question, warning. Nya typer läggs till under "
                "extra.rutor i mkdocs.yml.")




@dataclass(frozen=True)
class Rutproblem:
    rad: int
    kolumn: int
    meddelande: str
    atgard: str

    def som_fel(self, fil: str, karta: "Radkarta | None" = None) -> InnehallsFel:
        """The problem as an error in `fil`, or, for a line that came from a snippet, in
        the snippet's own file (karta: where each line of the checked text came from)."""
        fil, rad = karta.plats(self.rad) if karta else (fil, self.rad)
        return InnehallsFel(fil, rad, self.meddelande, self.atgard, kolumn=self.kolumn)


@dataclass(frozen=True)
class Radkarta:
    """Where each line of a page with its snippets put in came from: (file, line)."""
    platser: tuple[tuple[str, int], ...]

    def plats(self, rad: int) -> tuple[str, int]:
        return self.platser[rad - 1] if 1 <= rad <= len(self.platser) else self.platser[0]


def _indrag(rad: str) -> int:
    return len(rad.expandtabs(4)) - len(rad.expandtabs(4).lstrip())


def typer_i(rad: str) -> list[str] | None:
    """The box types of a marker line as Markdown reads it, or None if it is no box."""
    m = RUTSTART.match(rad)
    r = RUTRAD.match(m.group("resten")) if m else None
    return [t for t in r.group("typer").split() if t not in PLACERING] if r else None


def _rubrik(rad: str) -> str | None:
    m = RUTSTART.match(rad)
    r = RUTRAD.match(m.group("resten")) if m else None
    return r.group("rubrik") if r else None


def _varfor_ingen_ruta(markor: str, resten: str) -> tuple[str, str]:
    """(message, fix) for a line that starts like a box but is not one."""
    if not resten.strip():
        return (f"Rutan ”{markor}” saknar typ.",
                f"Skriv typen direkt efter {markor}, till exempel ”{markor} utbildare \"Utbildarens anteckningar\"”.")
    if resten.startswith(("  ", "\t", " \t")):
        return (f"Efter ”{markor}” står mer än ett mellanslag. Då blir rutan vanlig text som alla ser.",
                f"Skriv ett mellanslag mellan {markor} och typen.")
    if re.search(r"['\u201c\u201d\u2018\u2019\u00ab\u00bb]", resten):
        return ("Rutans rubrik står inom fel sorts citattecken. Då blir rutan vanlig text som alla ser.",
                f"Skriv rubriken inom raka dubbla citattecken: {markor} utbildare \"Rubrik\".")
    return (f"Raden börjar som en ruta men blir vanlig text: efter ”{markor}” ska bara typen och en "
            "rubrik inom \"...\" stå.",
            f"Skriv raden som {markor} typ \"Rubrik\", till exempel {markor} utbildare \"Utbildarens anteckningar\".")


def _osynligt(rad: str) -> tuple[int, str] | None:
    """(column, name) of an invisible character in front of a marker."""
    if not OSYNLIGT_FORE.match(rad):
        return None
    m = OSYNLIGT.search(rad)
    if m is None or m.start() >= OSYNLIGT_FORE.match(rad).end():
        return None
    tecken = m.group(0)
    namn = OSYNLIGA_NAMN.get(tecken) or unicodedata.name(tecken, "ett osynligt tecken").lower()
    return m.start() + 1, f"{namn}, U+{ord(tecken):04X}"


def _kodblock_efter(rader: list[str], i: int) -> str | None:
    """Why the indented line i would be a code block, or None when it sits in a list, a
    box or a definition (which take indented text). The indent test Python-Markdown
    uses: four spaces more than the text it follows, after a blank line."""
    indrag = _indrag(rader[i])
    if indrag < 4:
        return None
    for j in range(i - 1, -1, -1):
        if not rader[j].strip() or _indrag(rader[j]) >= indrag:
            continue
        ovan = rader[j]
        behallare = LISTPUNKT.match(ovan) or RUTSTART.match(ovan) or DEFINITION.match(ovan)
        innehall = _indrag(ovan) + (4 if behallare else 0)
        if indrag - innehall < 4:
            return None
        return "flik" if FLIK.match(ovan) else "stycke"
    return "stycke"


def problem_i_kallan(rader: list[str], rutor: Rutor, forsta_rad: int = 1) -> list[Rutproblem]:
    """Slips around `!!!`/`???` in Markdown lines (forsta_rad: the file line of rader[0])."""
    problem = []
    for i, rad in utanfor_kod(rader):
        nr = i + forsta_rad
        if (osynligt := _osynligt(rad)) is not None:
            kol, namn = osynligt
            problem.append(Rutproblem(nr, kol, f"Före rutan står ett tecken som inte syns: {namn}. "
                                      "Då blir rutan vanlig text som alla ser.",
                                      "Radera början av raden och skriv !!! på nytt, direkt i början."))
            continue
        if (m := BLOCK.match(rad) or FLIK.match(rad)):
            vad = "Blocket '///'" if m.group("markor") == "///" else "Fliken '==='"
            problem.append(Rutproblem(nr, m.start("markor") + 1, f"{vad} finns inte på den här "
                                      "webbplatsen. Raden och texten under den blir vanlig text som alla ser.",
                                      "Skriv en ruta i stället: !!! utbildare \"Utbildarens anteckningar\", "
                                      "med texten indragen 4 mellanslag."))
            continue
        m = RUTSTART.match(rad)
        if not m:
            # What the HTML check would find as marker text left on the page.
            if (kvar := KVARLAMNAD_MARKOR.search(INLINE_KOD.sub("", rad))):
                problem.append(Rutproblem(nr, kvar.start(1) + 1, _kvar_text(kvar.group(0).strip()),
                                          KVAR_ATGARD))
            continue
        kol, markor = m.start("markor") + 1, m.group("markor")
        typer = typer_i(rad)
        if typer is None or not typer:
            problem.append(Rutproblem(nr, kol, *_varfor_ingen_ruta(markor, m.group("resten"))))
            continue
        okand = next((t for t in typer if t not in rutor.kanda), None)
        if okand:
            problem.append(Rutproblem(nr, kol, f"Rutan har en okänd typ: ”{okand}”.", rutor.forslag(okand)))
            continue
        typ = " ".join(typer)
        forra = rader[i - 1] if i > 0 else ""
        if forra.strip() and not RUTSTART.match(forra):
            problem.append(Rutproblem(nr, kol, f"Det saknas en tom rad före ”{markor} {typ}”. Utan den "
                                      "blir rutan vanlig text i stycket eller listan ovanför.",
                                      "Lägg till en tom rad före raden."))
            continue
        if _indrag(rad) % 4:
            problem.append(Rutproblem(nr, kol, f"Raden ”{markor} {typ}” är indragen {_indrag(rad)} "
                                      "mellanslag. Då blir rutan vanlig text.",
                                      "Dra in rutan 0, 4 eller 8 mellanslag. I en lista: 4 mellanslag."))
            continue
        if (varfor := _kodblock_efter(rader, i)) is not None:
            orsak = ("Flikar (===) finns inte på webbplatsen, så texten under fliken" if varfor == "flik"
                     else "Efter ett vanligt stycke blir en indragen rad")
            problem.append(Rutproblem(nr, kol, f"Raden ”{markor} {typ}” är indragen {_indrag(rad)} mellanslag. "
                                      f"{orsak} ett kodblock, och det ser alla, också utbildarens anteckningar.",
                                      "Ta bort indraget, så att raden börjar med " + markor + ". I en lista: "
                                      "dra in 4 mellanslag mer än listpunkten."))
            continue
        nasta = next((j for j in range(i + 1, len(rader)) if rader[j].strip()), None)
        if nasta is None or _indrag(rader[nasta]) < _indrag(rad) + 4:
            hur = ("inte indragen" if nasta is None or _indrag(rader[nasta]) <= _indrag(rad)
                   else f"indragen bara {_indrag(rader[nasta]) - _indrag(rad)} mellanslag")
            problem.append(Rutproblem(nr, kol, f"Rutan ”{markor} {typ}” blir tom: texten under den är "
                                      f"{hur}. Då hamnar texten utanför rutan och syns för alla.",
                                      f"Dra in texten i rutan 4 mellanslag mer än raden med {markor}."))
            continue
        if _indrag(rader[nasta]) % 4:
            problem.append(Rutproblem(nasta + forsta_rad, _indrag(rader[nasta]) + 1,
                                      f"Texten i rutan ”{markor} {typ}” är indragen "
                                      f"{_indrag(rader[nasta])} mellanslag. Markdown kan då läsa den fel.",
                                      f"Dra in texten i rutan {_indrag(rad) + 4} mellanslag."))
            continue
        if _indrag(rader[nasta]) >= _indrag(rad) + 8 and not LISTPUNKT.match(rader[nasta]):
            problem.append(Rutproblem(nasta + forsta_rad, _indrag(rader[nasta]) + 1,
                                      f"Texten i rutan ”{markor} {typ}” är indragen {_indrag(rader[nasta])} "
                                      "mellanslag. Då blir den ett kodblock i rutan: Markdown visar tecknen som "
                                      "de står, utan stycken och listor.",
                                      f"Dra in texten i rutan {_indrag(rad) + 4} mellanslag."))
            continue
        if (fel_titel := _utbildarrubrik(typer, _rubrik(rad) or "", rutor)):
            problem.append(Rutproblem(nr, kol, *fel_titel))
    return problem


def _utbildarrubrik(typer: list[str], rubrik: str, rutor: Rutor) -> tuple[str, str] | None:
    """A box every participant sees whose title says it is for trainers."""
    if set(typer) & rutor.for_utbildare or not (m := UTBILDARORD.search(rubrik)):
        return None
    typ = "facit" if m.group(0).lower().startswith("facit") else "utbildare"
    typ = typ if typ in rutor.for_utbildare else sorted(rutor.for_utbildare)[0]
    return (f"Rutan heter ”{rubrik}” men har typen ”{' '.join(typer)}”, som alla ser. Ordet "
            f"”{m.group(0)}” säger att den är för utbildare.",
            f"Skriv typen {typ}: !!! {typ} \"{rubrik}\". Är rutan för alla, byt rubrik.")


def _kvar_text(markor: str) -> str:
    return f"Texten ”{markor}” blev inte en ruta utan står som vanlig text på sidan."


# The boxes and all text of a page, in document order, on lxml's own tree: this runs on
# every page (BeautifulSoup on top took most of the check's time). The same parser as
# the booklet step's BeautifulSoup("lxml"), so both see the same boxes and text.
_RUTOR_XPATH = "//div[contains(concat(' ', normalize-space(@class), ' '), ' admonition ')] | //details"
_AVSKILDA = ("code", "pre", "script", "style")
_RUBRIKER = ("h1", "h2", "h3", "h4", "h5", "h6")


def _klasser(element) -> list[str]:
    klasser = element.get("class") or []
    return klasser.split() if isinstance(klasser, str) else klasser    # lxml gives a string


def _typer_i_html(ruta) -> list[str]:
    return [k for k in _klasser(ruta) if k not in ("admonition", *PLACERING) and not k.startswith("kb-")]


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


def _i_kod(element) -> bool:
    return element is not None and (element.tag in _AVSKILDA or any(f.tag in _AVSKILDA for f in element.iterancestors()))


def problem_i_html(html: str, rader: list[str], rutor: Rutor, forsta_rad: int = 1) -> list[Rutproblem]:
    """Boxes in the rendered page that cannot be placed. rader is the Markdown source
    (with its snippets put in), used only to say on which line the trainer finds the problem."""
    # Most pages have no box, no class and no marker text; parsing them would be most of the cost.
    if not any(tecken in html for tecken in ("admonition", "<details", "!!", "???", "///", "===", "<pre", "{",
                                             *rutor.for_utbildare)):
        return []
    from lxml import etree

    from kunskapsbank.kontroller.synlighet import bara_for_utbildare

    dom = etree.HTML(html.encode("utf-8"), etree.HTMLParser(encoding="utf-8"))
    if dom is None:
        return []
    problem = []
    # The k-th box with given types in the page is the k-th marker line with those types.
    markorer: dict[tuple, list[int]] = {}
    for i, rad in utanfor_kod(rader):
        if (typer := typer_i(rad)):
            markorer.setdefault(tuple(typer), []).append(i + forsta_rad)
    sedda: dict[tuple, int] = {}

    def lagg_till(rad, meddelande, atgard):
        problem.append(Rutproblem(rad or forsta_rad, 1, meddelande, atgard))

    for ruta in dom.xpath(_RUTOR_XPATH):
        typer = tuple(_typer_i_html(ruta))
        nr = sedda[typer] = sedda.get(typer, -1) + 1
        linjer = markorer.get(typer) or [None]
        rad = linjer[min(nr, len(linjer) - 1)]
        if not typer:
            lagg_till(rad, "En ruta (<details> eller admonition) saknar typ.",
                      "Skriv rutan som ”??? typ \"Rubrik\"”, till exempel ”??? utbildare”.")
            continue
        if (okand := next((t for t in typer if t not in rutor.kanda), None)):
            lagg_till(rad, f"Rutan har en okänd typ: ”{okand}”.", rutor.forslag(okand))
            continue
        rubrik = next((e for e in ruta.iterdescendants("p", "summary") if "admonition-title" in _klasser(e)), None) \
            if ruta.tag == "div" else next(ruta.iterdescendants("summary"), None)
        innehall = "".join(_text_i(el) for el in ruta if isinstance(el.tag, str) and el is not rubrik)
        if not innehall.strip():
            lagg_till(rad, f"Rutan ”{' '.join(typer)}” är tom: texten under den hamnade utanför rutan och syns för alla.",
                      "Dra in texten i rutan 4 mellanslag mer än raden med !!! eller ???.")
            continue
        if rubrik is not None and (fel_titel := _utbildarrubrik(list(typer), " ".join(_text_i(rubrik).split()), rutor)):
            lagg_till(rad, *fel_titel)
    for element in dom.iter(*_RUBRIKER):
        if any(bara_for_utbildare(f.tag, _klasser(f), rutor) for f in element.iterancestors()):
            text = " ".join("".join(t for t in element.xpath(".//text()[not(ancestor::a[@class='headerlink'])]")).split())
            lagg_till(_rad_for(rader, forsta_rad, lambda r: text and text in r),
                      f"Rubriken \"{text}\" står i utbildarens anteckningar. Sidans innehållsförteckning "
                      "visar den för alla.",
                      "Skriv rubriken som fet text (**Rubrik**) i stället för med #.")
    for pre in dom.iter("pre"):
        if any("highlight" in _klasser(f) for f in pre.iterancestors()):
            continue         # a fenced example: it shows box syntax on purpose
        if (m := MARKORRAD.search(_text_i(pre))):
            markor = m.group(0).strip()
            lagg_till(_rad_for(rader, forsta_rad, lambda r: r.strip().startswith(markor)),
                      f"Raden ”{markor}” blev ett kodblock, eftersom den är indragen efter ett vanligt "
                      "stycke. Alla ser kodblocket, också utbildarens anteckningar.",
                      "Ta bort indraget, så att raden börjar med !!!. Vill du visa koden som exempel, "
                      "sätt den mellan två rader med ```.")
    for text, element in _strangar(dom):
        if (klass := KVARLAMNAD_KLASS.search(text)) and set(klass.group(1).split()) & {f".{t}" for t in rutor.for_utbildare} \
                and not _i_kod(element):
            lagg_till(_rad_for(rader, forsta_rad, lambda r: klass.group(0) in r),
                      f"Texten ”{klass.group(0)}” blev inte en klass utan står på sidan, och det den skulle "
                      "dölja syns för alla.",
                      "Skriv anteckningen i en ruta: !!! utbildare \"Utbildarens anteckningar\", med texten "
                      "indragen 4 mellanslag.")
        if not KVARLAMNAD_MARKOR.search(text) or _i_kod(element):
            continue
        markor = KVARLAMNAD_MARKOR.search(text).group(0).strip()
        rad = _rad_for(rader, forsta_rad, lambda r: markor in r)
        lagg_till(rad, _kvar_text(markor), KVAR_ATGARD)
    return problem


def _rad_for(rader: list[str], forsta_rad: int, traffar) -> int | None:
    for i, rad in utanfor_kod(rader):
        if traffar(rad):
            return i + forsta_rad
    return None


def bara_for_deltagare(dom, rutor: Rutor, fil: str) -> None:
    """Remove, in place, everything only trainers may see (a BeautifulSoup tree of a
    rendered page; kunskapsbank.kontroller.synlighet decides). Raises InnehallsFel if box marker
    text is left over, since then a trainer note may stand in the page as plain text."""
    from kunskapsbank.kontroller.synlighet import ta_bort

    ta_bort(dom, rutor)
    for text in dom.find_all(string=KVARLAMNAD_MARKOR):
        if not text.find_parent(["code", "pre", "script", "style"]):
            raise InnehallsFel(fil, None, f"Sidan har texten ”{text.strip()[:60]}”, som ser ut som en "
                               "ruta som inte blev en ruta. Den kan vara utbildarens anteckningar.",
                               "Rätta rutan på sidan; bygget visar var.")


_RUTRAD = re.compile(r'^(?P<indrag>[ \t]*)(?P<markor>!!!|\?\?\?\+?)[ \t]+(?P<typer>[\w-]+(?:[ \t]+[\w-]+)*)[ \t]+"(?P<titel>[^"]+)"[ \t]*$')
_RUBRIKRAD = re.compile(r"^#{1,6}[ \t]+(?P<text>.+?)[ \t]*#*[ \t]*$")


def upprepade_rubriker(rader: list[str], fil: str, start: int = 0) -> list[str]:
    """A box whose title says again what the heading right above it says: a screen
    reader, Lyssna and the booklets read it twice. Warnings with line and fix."""
    from kunskapsbank.grund.markdownkalla import kodrader

    varningar, forra = [], None
    for nr, (rad, i_kod) in enumerate(zip(rader, kodrader(rader, start)), 1):
        if nr <= start or i_kod or not rad.strip():
            continue
        ruta = _RUTRAD.match(rad)
        if ruta and forra and " ".join(forra.lower().split()) == " ".join(ruta.group("titel").lower().split()):
            varningar.append(f"{fil}:{nr}: Rutans rubrik ”{ruta.group('titel')}” upprepar rubriken ovanför. "
                             "Skärmläsare, Lyssna och häftena läser den två gånger. Så rättar du: skriv "
                             f"rutan utan egen rubrik: {ruta.group('markor')} {ruta.group('typer')} \"\"")
        rubrik = _RUBRIKRAD.match(rad)
        forra = rubrik.group("text") if rubrik else None
    return varningar
