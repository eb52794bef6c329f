"""MkDocs' own messages about what a trainer wrote, in Swedish, with file, line and fix.

MkDocs checks links and the menu itself and says so in English, naming the page but not
the line ("Doc file 'bip/x.md' contains a link 'y.md', but the target 'bip/y.md' is not
found among documentation files."). A filter on MkDocs' log handlers rewrites each such
line as one of our errors (kunskapsbank.grund.fel): the file, the line where the link or menu
entry stands, what is wrong and how to fix it, with the file that was most likely meant.
The level stays, so a strict build still stops on it. Lines we do not know pass as they are.
"""

from __future__ import annotations

import difflib
import logging
import posixpath
import re
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.sidsprak import STANDARD, kallsprak

LANK = re.compile(r"Doc file '(?P<src>[^']+)' contains a link '(?P<url>[^']+)', but (?:the target(?: '(?P<mal>[^']+)')? "
                  r"is not found among documentation files|(?P<ankare>the doc '(?P<doc>[^']+)' does not contain an "
                  r"anchor '#(?P<namn>[^']+)'|there is no such anchor on this page))\.")
ABSOLUT = re.compile(r"Doc file '(?P<src>[^']+)' contains an absolute link '(?P<url>[^']+)', it was left as is\.")
OKAND = re.compile(r"Doc file '(?P<src>[^']+)' contains an unrecognized relative link '(?P<url>[^']+)', it was left as is\.")
UTELAMNAD = re.compile(r"Doc file '(?P<src>[^']+)' contains a link to '(?P<mal>[^']+)' which is excluded from the built site\.")
MENY = re.compile(r"A reference to '(?P<mal>[^']+)' is included in the 'nav' configuration, (?P<hur>which is not found in "
                  r"the documentation files|but this file is excluded from the built site)\.")
FORSLAG = re.compile(r" Did you mean '(?P<forslag>[^']*)'\?")


def _rad(fil: Path, text: str) -> tuple[int, int] | None:
    """(line, column) of the first line in `fil` that holds `text`."""
    try:
        rader = fil.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for nr, rad in enumerate(rader, 1):
        if (kol := rad.find(text)) >= 0:
            return nr, kol + 1
    return None


def _menade(mal: str, docs: Path) -> str | None:
    """The file in docs/ that a missing target most likely meant: the same name in other
    letter case first, then the nearest name."""
    filer = [p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()]
    lika = [f for f in filer if f.lower() == mal.lower()]
    if lika:
        return lika[0]
    nara = difflib.get_close_matches(mal, filer, n=1, cutoff=0.75)
    return nara[0] if nara else None


def _relativ(mal: str, fran_src: str) -> str:
    return posixpath.relpath(mal, posixpath.dirname(fran_src) or ".")


def oversatt(text: str, docs: Path, config_fil: Path) -> str | None:
    """The Swedish error for one of MkDocs' messages, or None for a message we do not know."""
    text = FORSLAG.sub("", text)
    namn = lambda src: f"{docs.name}/{src}"  # noqa: E731  how a trainer finds the page
    if (m := LANK.fullmatch(text)):
        src, url = m.group("src"), m.group("url")
        plats = _rad(docs / src, url) or (None, None)
        if m.group("ankare"):
            mal = m.group("doc") or src
            return str(InnehallsFel(namn(src), plats[0], f"Länken '{url}' går till ett avsnitt som inte finns på "
                                    f"sidan {namn(mal)}.", "Kontrollera rubriken du länkar till: ankaret efter # är "
                                    "rubriken med små bokstäver och bindestreck i stället för mellanslag. Har "
                                    "rubriken bytt namn, ändra länken.", plats[1]))
        mal = m.group("mal") or posixpath.normpath(posixpath.join(posixpath.dirname(src), unquote(urlsplit(url).path)))
        menade = _menade(mal, docs)
        atgard = (f"Menade du '{_relativ(menade, src)}'? Skriv filnamnet precis så, med samma stora och små "
                  "bokstäver." if menade else
                  "Kontrollera filnamnet och mappen. Länken räknas från mappen där sidan ligger; ../ går upp en mapp.")
        return str(InnehallsFel(namn(src), plats[0], f"Länken '{url}' går till {namn(mal)}, som inte finns.",
                                atgard, plats[1]))
    if (m := ABSOLUT.fullmatch(text)):
        src, url = m.group("src"), m.group("url")
        plats = _rad(docs / src, url) or (None, None)
        forslag = _relativ(url.lstrip("/"), src)
        return str(InnehallsFel(namn(src), plats[0], f"Länken '{url}' börjar med /. Den fungerar inte när "
                                "webbplatsen ligger i en undermapp, och inte i häftena.",
                                f"Skriv länken från sidans egen mapp, till exempel '{forslag}'.", plats[1]))
    if (m := OKAND.fullmatch(text)):
        src, url = m.group("src"), m.group("url")
        plats = _rad(docs / src, url) or (None, None)
        return str(InnehallsFel(namn(src), plats[0], f"Länken '{url}' går inte till en fil i {docs.name}/.",
                                "Länka till sidans fil med .md på slutet, till exempel 'index.md' eller "
                                "'../bip/vad-ar-bip.md'.", plats[1]))
    if (m := UTELAMNAD.fullmatch(text)):
        src = m.group("src")
        plats = _rad(docs / src, posixpath.basename(m.group("mal"))) or (None, None)
        return str(InnehallsFel(namn(src), plats[0], f"Länken går till {namn(m.group('mal'))}, som inte kommer "
                                "med på webbplatsen.", "Länka till en sida som finns på webbplatsen, eller ta bort "
                                "länken.", plats[1]))
    if (m := MENY.fullmatch(text)):
        mal = m.group("mal")
        plats = _rad(config_fil, mal) or (None, None)
        if m.group("hur").startswith("which"):
            menade = _menade(mal, docs)
            atgard = (f"Menade du '{menade}'? Skriv namnet precis så i nav." if menade else
                      f"Skapa sidan {docs.name}/{mal}, eller ta bort raden ur nav.")
            meddelande = f"Menyn (nav) har sidan {mal}, men filen {docs.name}/{mal} finns inte."
        else:
            meddelande, atgard = (f"Menyn (nav) har sidan {mal}, men den sidan lämnas utanför webbplatsen "
                                  "(exclude_docs).", "Ta bort raden ur nav, eller ta bort sidan ur exclude_docs.")
        return str(InnehallsFel(config_fil.name, plats[0], meddelande, atgard, plats[1]))
    return None


class Oversattning(logging.Filter):
    """Rewrites MkDocs' messages about links and the menu as Swedish errors (one per build).
    An English pass repeats what the Swedish pass says about a page it copies untranslated
    (a fallback copy); the repeat is left out, the Swedish pass still stops the build."""

    def __init__(self, docs: Path, config_fil: Path, passets_sprak: Callable[[], str | None]):
        super().__init__()
        self.docs, self.config_fil, self.passets_sprak = Path(docs), Path(config_fil), passets_sprak

    def filter(self, post: logging.LogRecord) -> bool:
        if post.levelno < logging.INFO or not post.name.startswith("mkdocs."):
            return True
        text = post.getMessage()
        if (svenska := oversatt(text, self.docs, self.config_fil)) is None:
            return True
        sida = re.match(r"Doc file '([^']+)'", text)
        if sida and kallsprak(sida.group(1)) == STANDARD and self.passets_sprak() not in (None, STANDARD):
            return False
        post.msg, post.args = svenska, ()
        return True


def installera(docs: Path, config_fil: Path, passets_sprak: Callable[[], str | None] = lambda: None) -> None:
    """Put this build's translation on every handler of MkDocs' log (the pipeline's own,
    or `mkdocs serve`'s), in place of an earlier build's. passets_sprak: the language the
    build is writing now (mkdocs-static-i18n builds one after the other)."""
    for hanterare in logging.getLogger("mkdocs").handlers:
        for gammal in [f for f in hanterare.filters if isinstance(f, Oversattning)]:
            hanterare.removeFilter(gammal)
        hanterare.addFilter(Oversattning(docs, config_fil, passets_sprak))
