"""A slide deck's source: Markdown with slides separated by a line `---`, as reveal.js
and Marp users write them, in docs/bildspel/ (or a förbund's docs/lokalt/bildspel/).

    # The deck's title          <- slide 1
    ---
    ## A slide's title
    - a point
    !!! utbildare "Manus"        <- speaker notes: a trainer note, last on the slide
        Säg: ...

The same source is a web page (MkDocs renders the separators as rules), a presentation
in the browser and a PowerPoint file (kunskapsbank.bildspel.presentation, .powerpoint).
This module finds the slides and what is wrong with them, with file and line; it is pure
Python, since the checker in the browser (Pyodide) reads decks too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.markdownkalla import brodtextens_start, kodrader
# The checker's block patterns, so that the deck and the checker read Markdown alike.
from kunskapsbank.lattlast.markdown import ADMONITION, HEADING, IMAGE, LIST_ITEM

SKILJE = "---"
# Lines a writer may have meant as a separator: too few or too many dashes, other rule
# characters, or the separator indented.
NASTAN_SKILJE = re.compile(r"^\s*(-{2,}|\*{3,}|_{3,}|–|—)\s*$")


def ar_anteckning(rad: str) -> bool:
    """`!!! utbildare` at the margin: the slide's speaker notes."""
    m = ADMONITION.match(rad)
    return bool(m) and not m.group(1) and m.group(2) == "!!!" and m.group(3) == "utbildare"


def bilder_i(rad: str):
    """Each image on the line: (alt text, address without a title)."""
    for m in IMAGE.finditer(rad):
        adress = m.group(2).split()
        yield m.group(1), adress[0] if adress else ""


MAX_PUNKTER, MAX_ORD_I_PUNKT, MAX_ORD_I_MENING = 6, 12, 15
# More than this on a 16:9 slide (1280 × 720 at 32 px, bildspel.css) overflows: lines of
# about 65 characters under the title.
MAX_RADER_PA_BILD, TECKEN_PA_RAD = 13, 65


def ar_bildspel(sokvag: str) -> bool:
    """A deck is a page in a folder named bildspel, other than its index."""
    delar = PurePosixPath(str(sokvag).replace("\\", "/")).parts
    return "bildspel" in delar[:-1] and delar[-1] not in ("index.md", "index.en.md")


@dataclass
class Punkt:
    rad: int
    niva: int
    text: str


@dataclass
class Bild:
    nr: int
    rad: int                     # the line of its title (or first line)
    rubrik: str | None
    niva: int = 0
    punkter: list[Punkt] = field(default_factory=list)
    stycken: list[tuple[int, str]] = field(default_factory=list)     # (line, text) outside lists
    bilder: list[tuple[int, str, str]] = field(default_factory=list)  # (line, alt, src)
    anteckningar: list[str] = field(default_factory=list)
    anteckningsrad: int | None = None


def ord_i(text: str) -> int:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)       # a link counts as its words
    return len(re.findall(r"[\wÅÄÖåäö][\w\-–'’ÅÄÖåäö]*", text))


def dela(rader: list[str]) -> list[tuple[int, list[str]]]:
    """The slides as (line number of their first line, their lines), by separators outside
    code and the front matter."""
    start = brodtextens_start(rader)
    kod = kodrader(rader, start)
    bilder, aktuell, forsta = [], [], start + 1
    for i in range(start, len(rader)):
        if rader[i].rstrip() == SKILJE and not kod[i]:
            bilder.append((forsta, aktuell))
            aktuell, forsta = [], i + 2
        else:
            aktuell.append(rader[i])
    bilder.append((forsta, aktuell))
    return [(f, r) for f, r in bilder if any(x.strip() for x in r)]


def las_bilder(rader: list[str]) -> list[Bild]:
    """Each slide's title, points, text, images and notes, as written (no checks)."""
    ut = []
    for nr, (forsta, bildrader) in enumerate(dela(rader), 1):
        bild = Bild(nr, forsta, None)
        i_anteckning = False
        for j, rad in enumerate(bildrader):
            radnr = forsta + j
            if not rad.strip():
                if i_anteckning:
                    bild.anteckningar.append("")
                continue
            if ar_anteckning(rad):
                i_anteckning, bild.anteckningsrad = True, radnr
                continue
            if i_anteckning and (rad.startswith("    ") or radnr - 1 == bild.anteckningsrad):
                # (A first line without indent is an error, fel_i_bildspelet; it is still the note.)
                bild.anteckningar.append(rad[4:] if rad.startswith("    ") else rad.strip())
                continue
            i_anteckning = False          # a line at the margin ends the box, as in Markdown
            if bild.rubrik is None and not bild.punkter and not bild.stycken and bild.rad == forsta:
                bild.rad = radnr          # a slide without a title is named by its first line
            if (bild.rubrik is None and not bild.punkter and not bild.stycken
                    and (m := HEADING.match(rad)) and m.group(2).strip()):
                bild.rubrik, bild.niva, bild.rad = m.group(2).strip(), len(m.group(1)), radnr
                continue
            for alt, adress in bilder_i(rad):
                bild.bilder.append((radnr, alt.strip(), adress))
            bara_bild = bool(IMAGE.fullmatch(rad.strip()))
            if m := LIST_ITEM.match(rad):
                bild.punkter.append(Punkt(radnr, len(m.group(1).replace("\t", "    ")) // 2 // 2, rad[m.end():].strip()))
            elif bild.punkter and rad.startswith("  ") and not bara_bild:
                bild.punkter[-1].text += " " + rad.strip()        # a point that goes on on the next line
            elif not bara_bild:
                bild.stycken.append((radnr, rad.strip()))
        while bild.anteckningar and not bild.anteckningar[-1].strip():
            bild.anteckningar.pop()
        ut.append(bild)
    return ut


def fel_i_bildspelet(fil: str, rader: list[str], finns=None) -> list[InnehallsFel]:
    """What stops the build: a deck with no slides, a slide without a title, a broken
    separator, an image without alt text or that does not exist, notes that are not
    indented. `finns(src)` says whether an image the deck names exists."""
    fel = []
    start = brodtextens_start(rader)
    kod = kodrader(rader, start)
    for i in range(start, len(rader)):
        if kod[i]:
            continue
        rad = rader[i]
        if rad.rstrip() != SKILJE and NASTAN_SKILJE.match(rad):
            fel.append(InnehallsFel(fil, i + 1, f"Raden '{rad.strip()}' ser ut som en skiljelinje mellan bilder, "
                                    "men en skiljelinje är exakt tre bindestreck.",
                                    "Skriv --- ensamt på raden, utan mellanslag före, med en tom rad före och efter."))
        elif rad.rstrip() == SKILJE and i > start and rader[i - 1].strip():
            fel.append(InnehallsFel(fil, i + 1, "Skiljelinjen --- står direkt under text. Då blir texten ovanför "
                                    "en rubrik i stället för att bilden tar slut.",
                                    "Lägg en tom rad före ---."))
    bilder = las_bilder(rader)
    if not bilder:
        fel.append(InnehallsFel(fil, max(start, 1), "Bildspelet har inga bilder.",
                                "Skriv bilderna under sidhuvudet: # Titel för den första, sedan --- och ## Rubrik "
                                "för varje ny bild."))
    for bild in bilder:
        if bild.rubrik is None:
            fel.append(InnehallsFel(fil, bild.rad, f"Bild {bild.nr} saknar rubrik.",
                                    "Börja bilden med en rubrik: ## Vad bilden handlar om."))
        for radnr, alt, src in bild.bilder:
            if not alt:
                fel.append(InnehallsFel(fil, radnr, f"Bilden {src} på bild {bild.nr} saknar alternativtext.",
                                        f"Beskriv bilden inom hakparenteserna: ![Så här ser bilden ut]({src})."))
            if finns is not None and not re.match(r"^[a-z]+:", src) and not finns(src):
                fel.append(InnehallsFel(fil, radnr, f"Bilden {src} på bild {bild.nr} finns inte.",
                                        "Kontrollera filnamnet och sökvägen från bildspelets mapp."))
        if bild.anteckningsrad is not None:
            text = [r for r in bild.anteckningar if r.strip()]
            if not text:
                fel.append(InnehallsFel(fil, bild.anteckningsrad, f"Anteckningen på bild {bild.nr} är tom.",
                                        "Skriv manus under !!! utbildare, indraget fyra mellanslag."))
    # Notes that are not indented: the line right after "!!! utbildare" starts at the margin.
    for i in range(start, len(rader) - 1):
        if not kod[i] and ar_anteckning(rader[i]):
            j = i + 1
            while j < len(rader) and not rader[j].strip():
                j += 1
            if j < len(rader) and rader[j].rstrip() != SKILJE and not rader[j].startswith("    "):
                fel.append(InnehallsFel(fil, j + 1, "Manuset under !!! utbildare är inte indraget. Då visas det "
                                        "på bilden för alla, och bildspelet får ingen anteckning.",
                                        "Dra in varje rad i manuset fyra mellanslag."))
    return fel


def bilder_med_for_mycket_text(fil: str, rader: list[str]) -> list[str]:
    """A warning for each slide whose text would overflow it at presentation size,
    naming the slide (step 1 of the build)."""
    ut = []
    for bild in las_bilder(rader):
        if bild.rubrik is None:
            continue
        # About 45 characters to a line at presentation size; a picture takes half the width.
        bredd = TECKEN_PA_RAD // 2 if bild.bilder else TECKEN_PA_RAD
        rader_pa_bilden = sum(1 + len(p.text) // bredd for p in bild.punkter) + \
            sum(1 + len(t) // bredd for _, t in bild.stycken)
        if rader_pa_bilden > MAX_RADER_PA_BILD:
            ut.append(f"{fil}:{bild.rad}: Bild {bild.nr} '{bild.rubrik}' har för mycket text för en bild "
                      f"(ungefär {rader_pa_bilden} rader, högst {MAX_RADER_PA_BILD} får plats). "
                      "Så rättar du: Dela bilden i två, eller flytta text till manuset (!!! utbildare).")
    return ut


def bildspel_for_kurstillfalle(docs, src: str) -> str | None:
    """The deck of a session page: docs/bildspel/<the page's name>.md, or with the
    module in front (vta/workshop-1.md -> bildspel/vta-workshop-1.md)."""
    from pathlib import Path

    sokvag = PurePosixPath(src)
    for namn in (sokvag.stem, f"{sokvag.parts[0]}-{sokvag.stem}"):
        if (Path(docs) / "bildspel" / f"{namn}.md").is_file():
            return namn
    return None


def lankar_till_bildspelet(deck_id: str, fran_url: str, rubrik: str) -> str:
    """The links to a deck's two formats and its page, as HTML for a page at `fran_url`
    (the files are written by a step after MkDocs, so they are plain links)."""
    upp = "../" * fran_url.strip("/").count("/") + ("../" if fran_url.strip("/") else "")
    bas = f"{upp}bildspel/{deck_id}/"
    return (f'<p class="kb-bildspel-lankar"><strong>{rubrik}</strong> '
            f'<a href="{bas}presentation/">Visa bildspelet i webbläsaren</a> · '
            f'<a href="{bas}{deck_id}.pptx" download>Ladda ner som PowerPoint</a>'
            + ("" if fran_url.startswith("bildspel/") else f' · <a href="{bas}">Läs bildspelet som text</a>')
            + "</p>")
