"""Module switches: a förbund turns off BIP, VTA, the exercises or English in its own
identity file (docs/lokalt/forbund.yml, key `moduler`) instead of editing the nav.

Which pages belong to which module is upstream's business and lives in mkdocs.yml
(extra.moduldelar), so a fork never has to touch the nav to switch a part off. A page
that belongs to a switched-off module is taken out of the nav, the files (so there is
no page and no search entry) and the booklets. A link to such a page from a page that
stays is turned into plain text and reported with file and line.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from dataclasses import dataclass, field
from typing import Annotated

from pydantic import StringConstraints, field_validator

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.markdownkalla import kodrader
from kunskapsbank.grund.validering import Modell, fel, validera

# The parts that own pages are the keys of extra.moduldelar in mkdocs.yml; "engelska"
# is the English build and owns no page list. How a part is named in messages.
ENGELSKA = "engelska"
MODULNAMN = {"bip": "BIP", "vta": "VTA", "ovningar": "Övningar", ENGELSKA: "engelska sidor"}
DELNAMN = r"^[a-z][a-z0-9-]*$"


def delens_namn(modul: str) -> str:
    return MODULNAMN.get(modul, modul)

# [text](target "title") and [text](<target>); images (![...]) are left alone.
MD_LANK = re.compile(r"(?<!!)\[(?P<text>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<mal><[^>]*>|[^)\s]+)(?:\s+\"[^\"]*\")?\)")
# [id]: target   (reference-style definitions)
MD_REFERENS = re.compile(r"^ {0,3}\[(?P<id>[^\]]+)\]:\s*(?P<mal>\S+)", re.MULTILINE)


def sidan_matchar(src: str, monster: str) -> bool:
    """A page entry in the config: a folder ending in /, a pattern with *, or one file."""
    return src.startswith(monster) if monster.endswith("/") else fnmatch.fnmatchcase(src, monster)


@dataclass
class Avlankning:
    fil: str
    rad: int
    mal: str
    modul: str

    def som_text(self) -> str:
        return (f"{self.fil}:{self.rad}: Länken till '{self.mal}' leder till delen "
                f"{delens_namn(self.modul)}, som är avstängd i docs/lokalt/forbund.yml. Länken visas "
                f"som vanlig text. Ta bort länken eller slå på delen igen.")


class _Moduldelar(Modell):
    moduldelar: dict[Annotated[str, StringConstraints(pattern=DELNAMN)],
                     list[Annotated[str, StringConstraints(min_length=1)]]]

    @field_validator("moduldelar")
    @classmethod
    def _inte_engelska(cls, delar):
        if ENGELSKA in delar:
            raise fel(f"'{ENGELSKA}' är namnet på de engelska sidorna och kan inte äga en lista med sidor.",
                      "Ge delen ett annat namn.", ENGELSKA)
        return delar


@dataclass
class Modulval:
    """Which modules are on, and which pages each module owns."""

    pa: dict[str, bool]
    delar: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def fran_config(cls, extra: dict, nod=None) -> "Modulval":
        """From config.extra; `nod` is the YAML node of `extra` in mkdocs.yml, so a
        mistake in extra.moduldelar is reported at its line. Raises InnehallsFel."""
        pa = dict((extra.get("forbund") or {}).get("moduler") or {})
        delar, fynd = validera(_Moduldelar, {"moduldelar": extra.get("moduldelar") or {}}, nod, "mkdocs.yml")
        if fynd:
            raise InnehallsFel(fynd[0].fil, fynd[0].rad, "extra.moduldelar: " + fynd[0].meddelande,
                               fynd[0].atgard, fynd[0].kolumn)
        return cls(pa=pa, delar={m: list(s) for m, s in delar.moduldelar.items()})

    def ar_pa(self, modul: str) -> bool:
        return self.pa.get(modul, True)

    @property
    def avstangda(self) -> list[str]:
        return [m for m in (*self.delar, ENGELSKA) if not self.ar_pa(m)]

    def modul_for(self, src: str) -> str | None:
        """The switched-off module that owns the page `src` (docs-relative), or None."""
        src = src.lstrip("/")
        for modul, monster in self.delar.items():
            if self.ar_pa(modul):
                continue
            if any(sidan_matchar(src, m) for m in monster):
                return modul
        return None


def filtrera_nav(nav: list, modulval: Modulval) -> list:
    """The nav from mkdocs.yml without the pages of switched-off modules; a section
    that is left empty goes too."""
    resultat = []
    for post in nav or []:
        if isinstance(post, str):
            if not modulval.modul_for(post):
                resultat.append(post)
        elif isinstance(post, dict):
            ny = {}
            for rubrik, varde in post.items():
                if isinstance(varde, list):
                    barn = filtrera_nav(varde, modulval)
                    if barn:
                        ny[rubrik] = barn
                elif isinstance(varde, str) and not modulval.modul_for(varde):
                    ny[rubrik] = varde
            if ny:
                resultat.append(ny)
        else:
            resultat.append(post)
    return resultat


def malsida(mal: str, sidans_src: str) -> str | None:
    """The docs-relative .md file a Markdown link target points at, or None."""
    mal = mal.strip("<>").split("#", 1)[0].split("?", 1)[0]
    if not mal or "://" in mal or mal.startswith(("mailto:", "tel:", "/")) or not mal.endswith(".md"):
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(sidans_src), mal))


def avlanka_markdown(markdown: str, sidans_src: str, visningsnamn: str,
                     modulval: Modulval, forskjutning: int = 0) -> tuple[str, list[Avlankning]]:
    """Turn Markdown links to pages of switched-off modules into their text.
    Fenced code blocks are left as they are. `forskjutning` is added to line numbers."""
    if not modulval.avstangda:
        return markdown, []
    fynd: list[Avlankning] = []
    referenser = {}
    for m in MD_REFERENS.finditer(markdown):
        sida = malsida(m.group("mal"), sidans_src)
        if sida and modulval.modul_for(sida):
            referenser[m.group("id").lower()] = (sida, modulval.modul_for(sida))
    rader = markdown.split("\n")
    for nr, (rad, i_kod) in enumerate(zip(list(rader), kodrader(rader))):
        if i_kod:
            continue

        def byt(m: re.Match) -> str:
            sida = malsida(m.group("mal"), sidans_src)
            modul = modulval.modul_for(sida) if sida else None
            if not modul:
                return m.group(0)
            fynd.append(Avlankning(visningsnamn, forskjutning + nr + 1, sida, modul))
            return m.group("text")

        ny = MD_LANK.sub(byt, rad)
        for ref, (sida, modul) in referenser.items():
            monster = re.compile(r"(?<!!)\[([^\]]+)\]\[" + re.escape(ref) + r"\]", re.IGNORECASE)
            if monster.search(ny):
                fynd.append(Avlankning(visningsnamn, forskjutning + nr + 1, sida, modul))
                ny = monster.sub(r"\1", ny)
        rader[nr] = ny
    if referenser:
        rader = [r for r in rader
                 if not ((m := MD_REFERENS.match(r)) and m.group("id").lower() in referenser)]
    return "\n".join(rader), fynd


def menyn_for_forbundet(nav: list, modulval: Modulval, egna: list[str], rubrik: str) -> list:
    """The nav without switched-off parts, with the förbund's own pages last under its
    short name (once, however often this runs)."""
    nav = filtrera_nav(nav, modulval)
    if egna and not any(isinstance(p, dict) and rubrik in p for p in nav):
        nav.append({rubrik: egna})
    return nav


def meddelanden_om_avstangda(modulval: Modulval, borttagna: list[str]) -> list[str]:
    """One line per switched-off part that removed pages."""
    rader = []
    for modul in (m for m in modulval.avstangda if m in modulval.delar):
        antal = sum(1 for src in borttagna if modulval.modul_for(src) == modul)
        if antal:
            rader.append(f"Delen {delens_namn(modul)} är avstängd i docs/lokalt/forbund.yml: {antal} "
                         f"{'sida' if antal == 1 else 'sidor'} visas inte i menyn, sökningen eller häftena.")
    return rader
