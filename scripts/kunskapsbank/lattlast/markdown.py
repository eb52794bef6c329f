"""Reads Markdown into prose blocks that keep every character's line and column.

This is a line scanner, not a full CommonMark parser: it knows what the site uses
(front matter, fenced code, HTML comments and blocks, tables with or without outer
pipes, headings, lists, admonitions, definition lists, footnotes, abbreviation and link
definitions) and masks inline
code, URLs, HTML tags and markup with spaces, so columns stay true.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from kunskapsbank.grund.markdownkalla import kodrader

# Block kinds that hold running text.
STYCKE, RUBRIK, LISTPUNKT, RUTRUBRIK = "stycke", "rubrik", "listpunkt", "rutrubrik"
# Text from the front matter that a course page shows (see sidhuvudtext.py).
SIDHUVUDTEXT = "sidhuvudtext"

HEADING = re.compile(r"^(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+[ \t]*)?$")
SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
ADMONITION = re.compile(r"^(\s*)(!!!|\?\?\?\+?)[ \t]*([\w-]+)?(?:[ \t]+(\"[^\"]*\"|'[^']*'))?[ \t]*$")
DEFINITION = re.compile(r"^(\s*):[ \t]+")
ABBR_DEF = re.compile(r"^\s*\*\[[^\]]*\]:")
LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S")
# A footnote's text is shown at the bottom of the page, so it is checked like a paragraph.
FOOTNOTE_DEF = re.compile(r"^\s{0,3}\[\^[^\]]+\]:[ \t]*")
SNIPPET = re.compile(r"^\s*-{1,}8<-{1,}")
TABLE_ROW = re.compile(r"^\s*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HR = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
HTML_BLOCK = re.compile(r"^\s*</?[A-Za-z][A-Za-z0-9-]*(\s[^>]*)?/?>\s*$")
ATTR_LIST_LINE = re.compile(r"^\s*\{:?[^}]*\}\s*$")
BLOCKQUOTE = re.compile(r"^(\s*>\s?)+")
COMMENT_DIRECTIVE = re.compile(r"<!--\s*lattlast\s*:\s*(av|på|pa)\s+([^>]*?)\s*-->", re.IGNORECASE)

# Inline pieces that are not text. Each is replaced by spaces (same length).
INLINE_CODE = re.compile(r"(`+)(?:.+?)\1")
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
IMAGE_REF = re.compile(r"!\[([^\]]*)\]\[([^\]]*)\]")     # ![alt][logo]
IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
LINK = re.compile(r"\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])")
AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^>\s]*>", re.IGNORECASE)
BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()]+", re.IGNORECASE)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
HTML_COMMENT_INLINE = re.compile(r"<!--.*?-->")
ATTR_LIST = re.compile(r"\{:?\s*[#.:][^}]*\}")
FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
EMPHASIS = re.compile(r"(\*{1,3}|_{2,3}|~~|==|\^\^)")
KONTROLLTECKEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")


@dataclass
class Segment:
    """One source line's text inside a block: where it starts and what it says."""
    rad: int          # 1-based line
    kolumn: int       # 1-based column of text[0]
    text: str


@dataclass
class Block:
    typ: str
    segment: list[Segment]
    niva: int = 0     # heading level
    kalltext: str = ""  # the heading as written, before inline markup is masked

    @property
    def rad(self) -> int:
        return self.segment[0].rad

    def sammanfogad(self) -> tuple[str, list[tuple[int, int, int]]]:
        """The block's text with newlines between lines, and a map of
        (offset in text, line, column) for each segment."""
        delar, karta, pos = [], [], 0
        for seg in self.segment:
            karta.append((pos, seg.rad, seg.kolumn))
            delar.append(seg.text)
            pos += len(seg.text) + 1
        return "\n".join(delar), karta


@dataclass
class Bild:
    rad: int
    kolumn: int
    alt: str
    html: bool = False


@dataclass(frozen=True)
class FrontMatterFel:
    """Front matter that cannot be read: the line to look at and what is wrong."""
    rad: int
    text: str


@dataclass
class Dokument:
    rader: list[str]
    front_matter: dict
    front_matter_fel: FrontMatterFel | None
    block: list[Block] = field(default_factory=list)
    bilder: list[Bild] = field(default_factory=list)
    # Lines where each rule is switched off inline: rule id or "alla" -> set of lines.
    avstangt: dict[str, set[int]] = field(default_factory=dict)
    # The front matter as YAML nodes, which know their line and column (None when
    # there is no front matter or it cannot be read).
    front_matter_nod: object | None = None
    # How many lines at the top the front matter takes (0 without front matter).
    front_matter_rader: int = 0

    def ar_avstangd(self, regel: str, rad: int) -> bool:
        return rad in self.avstangt.get(regel, ()) or rad in self.avstangt.get("alla", ())


def position(karta: list[tuple[int, int, int]], offset: int) -> tuple[int, int]:
    """Line and column of an offset in a block's joined text. A binary search: a
    paragraph of many thousand lines with a finding on each line must stay fast."""
    if len(karta) == 1:          # a one-line block, the common case
        seg_start, rad, kol = karta[0]
        return rad, kol + (offset - seg_start if offset >= seg_start else offset)
    # Each entry starts with its offset; offsets are unique, so the tuple (offset, inf)
    # sorts after the entry that starts at offset and before the next one.
    index = bisect.bisect_right(karta, (offset, math.inf)) - 1
    seg_start, rad, kol = karta[max(index, 0)]
    if index < 0:
        seg_start = 0
    return rad, kol + (offset - seg_start)


def _maskera(text: str, monster: re.Pattern, behall_grupp: int | None = None) -> str:
    def ersatt(m: re.Match) -> str:
        if behall_grupp is None:
            return " " * len(m.group(0))
        start, slut = m.span(behall_grupp)
        s0 = m.start()
        return (" " * (start - s0)) + m.group(behall_grupp) + (" " * (m.end() - slut))
    return monster.sub(ersatt, text)


# Every inline pattern above needs one of these characters, or "://" or "w." (www.):
# most lines of prose have none, and then there is nothing to mask.
INLINE_TECKEN = ("<", "`", "[", "{", "@", "*", "_", "~", "=", "^", "\\", "://", "w.", "W.")


def rensa_inline(text: str) -> str:
    """Mask everything in a line that is not running text; keeps the length."""
    if not any(tecken in text for tecken in INLINE_TECKEN):
        return text
    text = _maskera(text, HTML_COMMENT_INLINE)
    text = _maskera(text, INLINE_CODE)
    text = _maskera(text, IMAGE)
    text = _maskera(text, IMAGE_REF)
    text = _maskera(text, IMG_TAG)
    text = _maskera(text, AUTOLINK)
    text = _maskera(text, LINK, behall_grupp=1)
    text = _maskera(text, BARE_URL)
    text = _maskera(text, EMAIL)
    text = _maskera(text, HTML_TAG)
    text = _maskera(text, ATTR_LIST)
    text = _maskera(text, FOOTNOTE_REF)
    text = _maskera(text, EMPHASIS)
    text = ESCAPE.sub(" ", text)
    return text


def _las_front_matter(rader: list[str]) -> tuple[dict, FrontMatterFel | None, int, object | None]:
    """Return (front matter, error, index of the first line after it, YAML node).
    Line numbers in the node count from the line after the first ---."""
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.grund.markdownkalla import har_sidhuvud, sidhuvudets_slut, sidhuvudets_text
    from kunskapsbank.grund.yamlfil import las_yaml_nod

    if not har_sidhuvud(rader):
        return {}, None, 0, None
    text, slut = sidhuvudets_text(rader), sidhuvudets_slut(rader)
    if text is None:
        return {}, FrontMatterFel(1, "Sidhuvudet börjar med --- men stängs aldrig med en rad ---, så det "
                                     "visas som text på sidan"), 0, None
    try:
        data, nod = las_yaml_nod(text, "", forsta_rad=2)
    except InnehallsFel as fel:     # the line where the mistake is (an unclosed quote: where it opens)
        return {}, FrontMatterFel(fel.rad or 2, "Sidhuvudet (front matter) går inte att läsa"), slut + 1, None
    if data is None:
        return {}, None, slut + 1, nod
    if not isinstance(data, dict):
        return {}, FrontMatterFel(2, "Sidhuvudet (front matter) ska bestå av nycklar med värden"), slut + 1, None
    return data, None, slut + 1, nod


def _utan_kommentarer(rad: str, i_kommentar: bool) -> tuple[str, bool]:
    """The line with HTML comments blanked out (same length, so columns stay true), and
    whether a comment is still open at its end. Text before <!-- and after --> on the
    same line is kept: it is shown on the page. `<!--` inside inline code opens nothing."""
    if not i_kommentar and "<!--" not in rad:
        return rad, False         # the common case, kept fast
    sokbar = _maskera(rad, INLINE_CODE)
    delar, pos = [], 0
    while pos < len(rad):
        if i_kommentar:
            slut = rad.find("-->", pos)
            if slut < 0:
                delar.append(" " * (len(rad) - pos))
                break
            delar.append(" " * (slut + 3 - pos))
            pos, i_kommentar = slut + 3, False
        else:
            start = sokbar.find("<!--", pos)
            if start < 0:
                delar.append(rad[pos:])
                break
            delar.append(rad[pos:start] + "    ")
            pos, i_kommentar = start + 4, True
    return "".join(delar), i_kommentar


def _ar_tabellhuvud(block: Block | None, rader: list[str]) -> bool:
    """A table without outer pipes ("Namn | Tid" over "--- | ---") starts as a
    one-line paragraph whose line holds a pipe."""
    return (block is not None and block.typ == STYCKE and len(block.segment) == 1
            and "|" in rader[block.segment[0].rad - 1])


def las_markdown(kalla: str) -> Dokument:
    """Scan Markdown source into a Dokument. Never raises on any input."""
    # A lone CR is no line break in Markdown editors or in git; as a control character
    # it becomes a space below, so line numbers match the file's real lines.
    kalla = kalla.lstrip("\ufeff").replace("\r\n", "\n")
    # Control characters are not text; replace them so regexes and columns behave.
    kalla = KONTROLLTECKEN.sub(" ", kalla)
    rader = kalla.split("\n")
    front, front_fel, start, nod = _las_front_matter(rader)
    dok = Dokument(rader=rader, front_matter=front, front_matter_fel=front_fel,
                   front_matter_nod=nod, front_matter_rader=start)

    aktuellt: Block | None = None
    i = start
    kod = kodrader(rader, start)
    i_kommentar = False
    i_tabell = False
    avstangda: set[str] = set()

    def avsluta():
        nonlocal aktuellt
        # An empty heading is kept: the rubrik rule reports it.
        if aktuellt is not None and (aktuellt.typ == RUBRIK or any(s.text.strip() for s in aktuellt.segment)):
            dok.block.append(aktuellt)
        aktuellt = None

    while i < len(rader):
        rad = rader[i]
        radnr = i + 1
        for regel in avstangda:
            dok.avstangt.setdefault(regel, set()).add(radnr)

        if kod[i]:
            avsluta()
            i += 1
            continue

        # Inline switches: <!-- lattlast: av passiv --> ... <!-- lattlast: på passiv -->
        # (read here, after code blocks, so an example inside ``` or `...` switches nothing).
        if not i_kommentar and "<!--" in rad:
            for m in COMMENT_DIRECTIVE.finditer(_maskera(rad, INLINE_CODE)):
                regler = {r.strip().lower() for r in re.split(r"[,\s]+", m.group(2)) if r.strip()}
                if m.group(1).lower() == "av":
                    avstangda |= regler
                    for regel in regler:
                        dok.avstangt.setdefault(regel, set()).add(radnr)
                else:
                    avstangda -= regler

        rad, i_kommentar = _utan_kommentarer(rad, i_kommentar)
        stripped = rad.strip()
        if not stripped:
            # A blank line, or a line that is only a comment, ends the block.
            avsluta()
            i_tabell = False
            i += 1
            continue
        if i_tabell:
            i += 1       # a table row: cells are data, not running text
            continue

        # Images are collected everywhere except code, for the alt-text rule.
        for monster in (IMAGE, IMAGE_REF) if "![" in rad else ():
            for m in monster.finditer(rad):
                dok.bilder.append(Bild(radnr, m.start() + 1, m.group(1)))
        for m in IMG_TAG.finditer(rad) if "<" in rad else ():
            alt = re.search(r"\balt\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", m.group(0), re.IGNORECASE)
            dok.bilder.append(Bild(radnr, m.start() + 1,
                                   alt.group(1).strip("\"'") if alt else None, html=True))

        if TABLE_SEP.match(rad) and "|" in rad:
            # A table's separator line: its rows run to the next blank line, with or
            # without outer pipes. Without them, the header row was read as a paragraph.
            if _ar_tabellhuvud(aktuellt, rader):
                aktuellt = None
            avsluta()
            i_tabell = True
            i += 1
            continue

        m_fotnot = FOOTNOTE_DEF.match(rad)
        if m_fotnot:
            avsluta()
            aktuellt = Block(STYCKE, [Segment(radnr, m_fotnot.end() + 1,
                                              rensa_inline(rad[m_fotnot.end():]))])
            i += 1
            continue

        if (TABLE_ROW.match(rad) or TABLE_SEP.match(rad) or ABBR_DEF.match(rad)
                or LINK_DEF.match(rad) or SNIPPET.match(rad) or HR.match(rad)
                or ATTR_LIST_LINE.match(rad) or HTML_BLOCK.match(rad)):
            avsluta()
            i += 1
            continue

        # A Setext underline turns the paragraph above into a heading.
        m_setext = SETEXT.match(rad)
        if m_setext and aktuellt is not None and aktuellt.typ == STYCKE and len(aktuellt.segment) == 1:
            aktuellt.typ, aktuellt.niva = RUBRIK, 1 if m_setext.group(1)[0] == "=" else 2
            avsluta()
            i += 1
            continue

        m_bq = BLOCKQUOTE.match(rad)
        indrag = m_bq.end() if m_bq else 0
        innehall = rad[indrag:]

        m_rubrik = HEADING.match(innehall.lstrip()) if innehall.lstrip().startswith("#") else None
        if m_rubrik:
            avsluta()
            text_start = indrag + (len(innehall) - len(innehall.lstrip())) + m_rubrik.start(2)
            text = m_rubrik.group(2)
            aktuellt = Block(RUBRIK, [Segment(radnr, text_start + 1, rensa_inline(text))],
                             niva=len(m_rubrik.group(1)), kalltext=text)
            avsluta()
            i += 1
            continue

        m_adm = ADMONITION.match(innehall)
        if m_adm:
            avsluta()
            if m_adm.group(4):
                titel = m_adm.group(4)[1:-1]
                kol = indrag + m_adm.start(4) + 2
                aktuellt = Block(RUTRUBRIK, [Segment(radnr, kol, rensa_inline(titel))])
                avsluta()
            i += 1
            continue

        m_lista = LIST_ITEM.match(innehall)
        m_def = DEFINITION.match(innehall)
        if m_lista or m_def:
            avsluta()
            m = m_lista or m_def
            kol = indrag + m.end()
            aktuellt = Block(LISTPUNKT, [Segment(radnr, kol + 1, rensa_inline(innehall[m.end():]))])
            i += 1
            continue

        # Running text; an indented line continues the current block.
        ledande = len(innehall) - len(innehall.lstrip())
        text = innehall.lstrip()
        kol = indrag + ledande + 1
        if aktuellt is None:
            aktuellt = Block(STYCKE, [])
        aktuellt.segment.append(Segment(radnr, kol, rensa_inline(text)))
        i += 1
    avsluta()
    return dok
