"""Step 5 of the build: every deck (kunskapsbank.bildspel.kalla) as a presentation in
the browser and as a PowerPoint file, from the page MkDocs built of it.

The page already holds the deck as HTML: the slides separated by <hr>, the notes in
trainer-note boxes, links and abbreviations resolved. So both formats read that page:

    site/<deck>/presentation/index.html   reveal.js (vendored from npm, tools/bildspel),
                                          the förbund's colours and logo, speaker notes
    site/<deck>/<id>.pptx                 python-pptx (kunskapsbank.bildspel.powerpoint)

Without npm or the package the presentation is not built (a note says so); the
PowerPoint files and the page itself are.
"""

from __future__ import annotations

import html as htmlmod
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from bs4 import BeautifulSoup, Tag

from kunskapsbank import manifest
from kunskapsbank.bildspel.kalla import ar_bildspel
from kunskapsbank.grund.npmpaket import npm_paket

NPM_MAPP = Path("tools/bildspel")
REVEAL_FILER = ("dist/reveal.js", "dist/reveal.css", "dist/reset.css", "dist/plugin/notes.js")
MAPP = "assets/bildspel"


@dataclass
class Punkt:
    niva: int
    text: str


@dataclass
class Bild:
    rubrik: str
    html: str                                   # the slide's content without its notes
    punkter: list[Punkt] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    bilder: list[tuple[Path, str]] = field(default_factory=list)     # (file in site/, alt)
    anteckningar: str = ""


@dataclass
class Bildspel:
    id: str
    titel: str
    url: str
    bilder: list[Bild]


def _text(e) -> str:
    return " ".join(e.get_text().replace("¶", "").split())


def _punkter(lista: Tag, niva: int = 0) -> list[Punkt]:
    ut = []
    for li in lista.find_all("li", recursive=False):
        egen = li.__copy__()
        for under in egen.find_all(["ul", "ol"]):
            under.decompose()
        ut.append(Punkt(niva, _text(egen)))
        for under in li.find_all(["ul", "ol"], recursive=False):
            ut += _punkter(under, niva + 1)
    return ut


def las_sidan(sidans_html: str, sidfil: Path, site: Path, deck_id: str, url: str) -> Bildspel:
    """The deck as slides, from the page MkDocs built."""
    dom = BeautifulSoup(sidans_html, "lxml")
    artikel = dom.select_one("article.md-content__inner")
    artikel = artikel.select_one(".kb-sidinnehall") or artikel      # overrides/main.html wraps the content
    for bort in artikel.select(".headerlink, .md-source-file, .kb-granskning, .kb-hafteslankar, "
                               ".md-content__button, .kb-bildspel-lankar, .md-source-file"):
        bort.decompose()
    delar: list[list] = [[]]
    for barn in artikel.children:
        if isinstance(barn, Tag) and "kb-kallor" in (barn.get("class") or []):
            break                         # the page's list of sources ends the page, not a slide
        if isinstance(barn, Tag) and barn.name == "hr":
            delar.append([])
        elif isinstance(barn, Tag) or str(barn).strip():
            delar[-1].append(barn)
    bilder = []
    for del_ in delar:
        taggar = [b for b in del_ if isinstance(b, Tag)]
        rubrik = next((b for b in taggar if b.name in ("h1", "h2")), None)
        if rubrik is None:
            continue                      # e.g. the list of sources a page ends with
        anteckningar = [b for b in taggar if "utbildare" in (b.get("class") or [])]
        innehall = [b for b in taggar if b is not rubrik and b not in anteckningar]
        bild = Bild(rubrik=_text(rubrik), html="".join(str(b) for b in innehall))
        for b in innehall:
            if b.name in ("ul", "ol"):
                bild.punkter += _punkter(b)
            elif b.name == "p" and _text(b):
                bild.text.append(_text(b))
            for img in b.find_all("img") if b.name != "img" else [b]:
                src = (sidfil.parent / img.get("src", "")).resolve()
                bild.bilder.append((src, img.get("alt", "")))
                if not re.match(r"^[a-z]+:|/", img.get("src", "")):
                    img["src"] = "../" + img["src"]      # the presentation is a folder deeper than the page
        bild.html = "".join(str(b) for b in innehall)
        for a in anteckningar:
            titel = a.select_one(".admonition-title")
            if titel:
                titel.decompose()
        bild.anteckningar = "\n".join(_text(p) for a in anteckningar for p in a.find_all(["p", "li"]))
        bilder.append(bild)
    return Bildspel(deck_id, bilder[0].rubrik if bilder else deck_id, url, bilder)


def _reveal(rot: Path, meddela) -> Path | None:
    return npm_paket(rot, NPM_MAPP, "reveal.js", REVEAL_FILER, meddela,
                     "bildspelen visas inte som presentation i webbläsaren. PowerPoint-filerna byggs ändå.")


def _presentation(deck: Bildspel, djup: int, forbund: dict, logga: str | None) -> str:
    """reveal.js's page: each slide a <section> with its title as a heading, notes in
    <aside class="notes"> for the speaker view (S)."""
    upp = "../" * djup
    sektioner = []
    for nr, bild in enumerate(deck.bilder):
        tagg = "h1" if nr == 0 else "h2"
        noter = f'<aside class="notes">{htmlmod.escape(bild.anteckningar)}</aside>' if bild.anteckningar else ""
        sektioner.append(f'<section aria-label="Bild {nr + 1} av {len(deck.bilder)}">'
                         f'<{tagg}>{htmlmod.escape(bild.rubrik)}</{tagg}>{bild.html}{noter}</section>')
    farg = forbund.get("profilfarg", "#1f4e79")
    textfarg = forbund.get("textfarg", "#ffffff")
    logga_html = (f'<img class="kb-logga" src="{upp}{htmlmod.escape(logga)}" alt="{htmlmod.escape(forbund.get("namn", ""))}">'
                  if logga else "")
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{htmlmod.escape(deck.titel)} – bildspel</title>
<link rel="stylesheet" href="{upp}{MAPP}/reset.css">
<link rel="stylesheet" href="{upp}{MAPP}/reveal.css">
<link rel="stylesheet" href="{upp}{MAPP}/bildspel.css">
<style>:root {{ --kb-profilfarg: {farg}; --kb-textfarg: {textfarg}; }}</style>
</head>
<body>
<a class="kb-skip" href="#kb-innehall">Till bildspelet</a>
<a class="kb-tillbaka" href="../">Tillbaka till sidan om bildspelet</a>
<main class="reveal" id="kb-innehall" tabindex="-1" aria-label="{htmlmod.escape(deck.titel)}">
<div class="slides">
{"".join(sektioner)}
</div>
</main>
{logga_html}
<script src="{upp}{MAPP}/reveal.js"></script>
<script src="{upp}{MAPP}/notes.js"></script>
<script src="{upp}{MAPP}/bildspel.js"></script>
</body>
</html>
"""


def _svarsbildspel(forbund: dict, logga: str | None) -> str:
    """The empty deck svarsbildspel.js fills with the compiled answers."""
    tom = Bildspel("svar", "Svaren från gruppen", "svar/bildspel/", [])
    html = _presentation(tom, 2, forbund, logga)
    html = html.replace('<a class="kb-tillbaka" href="../">Tillbaka till sidan om bildspelet</a>',
                        '<a class="kb-tillbaka" href="../sammanstall/">Tillbaka till Sammanställ svaren</a>')
    return html.replace(f'<script src="../../{MAPP}/bildspel.js">',
                        f'<script src="../../{MAPP}/svarsbildspel.js"></script>\n<script src="../../{MAPP}/bildspel.js">')


def bygg_bildspelen(site: Path, rot: Path, meddela=print) -> list[Bildspel]:
    """Both formats of every deck the manifest lists. Returns the decks."""
    from kunskapsbank.bildspel.powerpoint import skriv_pptx

    data = manifest.las(site, "sv")
    forbund = data.extra.get("forbund") or {}
    sidor = [s for s in data.sidor if ar_bildspel(s.src) and not s.reservkopia]
    logga = forbund.get("logga")
    reveal = _reveal(rot, meddela)
    if reveal is not None:
        ut = site / MAPP
        ut.mkdir(parents=True, exist_ok=True)
        for f in REVEAL_FILER:
            shutil.copyfile(reveal / f, ut / PurePosixPath(f).name)
        egna = Path(__file__).parent
        for f in ("bildspel.css", "bildspel.js", "svarsbildspel.js"):
            shutil.copyfile(egna / f, ut / f)
        # The trainer's compilation of answers (svar/sammanstall/) as a deck, made in the browser.
        (site / "svar" / "bildspel").mkdir(parents=True, exist_ok=True)
        (site / "svar" / "bildspel" / "index.html").write_text(_svarsbildspel(forbund, logga), encoding="utf-8")
    decks = []
    for sida in sidor:
        sidfil = site / sida.fil
        deck_id = PurePosixPath(sida.src).stem
        deck = las_sidan(sidfil.read_text(encoding="utf-8"), sidfil, site, deck_id, sida.url)
        decks.append(deck)
        mapp = sidfil.parent
        if reveal is not None:
            (mapp / "presentation").mkdir(exist_ok=True)
            djup = len(PurePosixPath(sida.url).parts) + 1
            (mapp / "presentation" / "index.html").write_text(_presentation(deck, djup, forbund, logga),
                                                              encoding="utf-8")
        skriv_pptx(deck, mapp / f"{deck_id}.pptx", forbund, (site / logga) if logga else None)
    (site / MAPP).mkdir(parents=True, exist_ok=True)
    (site / MAPP / "bildspel.json").write_text(json.dumps(
        [{"id": d.id, "titel": d.titel, "url": d.url, "bilder": len(d.bilder)} for d in decks],
        ensure_ascii=False), encoding="utf-8")
    return decks
