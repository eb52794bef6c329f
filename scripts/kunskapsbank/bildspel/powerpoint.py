"""A deck as an editable PowerPoint file (python-pptx): titles in the layouts' title
placeholders and points in the body placeholder with their levels, so PowerPoint's
accessibility check finds a title on every slide and reads them in order; images with
their alt text; the notes as speaker notes; the förbund's colour on a band at the top and
its logo in the corner (an SVG logo is drawn as PNG with CairoSVG: PowerPoint's own
files cannot hold SVG without a PNG beside it)."""

from __future__ import annotations

import io
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt

BREDD, HOJD = Emu(12192000), Emu(6858000)           # 16:9, 13.33 × 7.5 in
TITELLAYOUT, INNEHALLSLAYOUT, BARA_RUBRIK = 0, 1, 5
FAST_TID = (2026, 1, 1, 0, 0, 0)


def _farg(hex_: str, standard: str = "1f4e79") -> RGBColor:
    text = (hex_ or standard).lstrip("#")
    if len(text) == 3:
        text = "".join(t * 2 for t in text)
    try:
        return RGBColor.from_string(text.upper())
    except ValueError:
        return RGBColor.from_string(standard.upper())


def _bild_som_png(fil: Path) -> io.BytesIO | None:
    if not fil.is_file():
        return None
    if fil.suffix.lower() == ".svg":
        import cairosvg
        return io.BytesIO(cairosvg.svg2png(url=str(fil), output_width=600))
    if fil.suffix.lower() in (".png", ".jpg", ".jpeg", ".gif"):
        return io.BytesIO(fil.read_bytes())
    return None


def _alt_text(bild_form, alt: str) -> None:
    """The picture's description (cNvPr descr), which PowerPoint reads as alt text."""
    bild_form._element.nvPicPr.cNvPr.set("descr", alt)


def _dekor(cNvPr) -> None:
    """Mark a shape as decorative, as PowerPoint's "Mark as decorative" does: its
    accessibility check then asks for no alt text, and screen readers skip it."""
    from lxml import etree
    from pptx.oxml.ns import qn

    ext_lst = etree.SubElement(cNvPr, qn("a:extLst"))
    ext = etree.SubElement(ext_lst, qn("a:ext"), uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}")
    adec = "http://schemas.microsoft.com/office/drawing/2017/decorative"
    etree.SubElement(ext, f"{{{adec}}}decorative", val="1", nsmap={"adec": adec})


def _band(slide, farg: RGBColor) -> None:
    """The förbund's colour as a thin band at the top, behind everything else (last in
    reading order: it is decoration, marked so for screen readers)."""
    from pptx.enum.shapes import MSO_SHAPE

    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, BREDD, Emu(180000))
    band.fill.solid()
    band.fill.fore_color.rgb = farg
    band.line.fill.background()
    band.name = "Dekor: förbundets färg"
    _dekor(band._element.nvSpPr.cNvPr)
    # Drawn first (under the text), read last: the spTree order is the reading order.
    trad = slide.shapes._spTree
    trad.remove(band._element)
    trad.append(band._element)


def skriv_pptx(deck, fil: Path, forbund: dict, logga: Path | None) -> None:
    pres = Presentation()
    pres.slide_width, pres.slide_height = BREDD, HOJD
    pres.core_properties.title = deck.titel
    pres.core_properties.language = "sv-SE"
    pres.core_properties.author = forbund.get("namn", "")
    import datetime
    pres.core_properties.created = pres.core_properties.modified = datetime.datetime(*FAST_TID)
    pres.core_properties.last_modified_by = forbund.get("namn", "")
    pres.core_properties.revision = 1
    farg = _farg(forbund.get("profilfarg", ""))
    logga_png = _bild_som_png(logga) if logga else None
    logga_bytes = logga_png.getvalue() if logga_png else None
    for nr, bild in enumerate(deck.bilder):
        layout = pres.slide_layouts[TITELLAYOUT if nr == 0 else INNEHALLSLAYOUT if bild.punkter or bild.text
                                    else BARA_RUBRIK]
        slide = pres.slides.add_slide(layout)
        # The placeholders sit where the 4:3 layout put them: spread them over 16:9.
        # (Setting one of left/top/width/height makes the shape's own position, so all four.)
        for ph in slide.placeholders:
            top, height = ph.top, ph.height
            ph.left, ph.top, ph.width, ph.height = Emu(600000), top, BREDD - Emu(1200000), height
        slide.shapes.title.text = bild.rubrik
        slide.shapes.title.text_frame.paragraphs[0].runs[0].font.color.rgb = farg
        if nr == 0:
            undertitel = slide.placeholders[1]
            undertitel.text = " ".join(bild.text) or forbund.get("namn", "")
        elif bild.punkter or bild.text:
            kropp = slide.placeholders[1].text_frame
            rader = [(p.niva, p.text) for p in bild.punkter] or [(0, t) for t in bild.text]
            for i, (niva, text) in enumerate(rader):
                stycke = kropp.paragraphs[0] if i == 0 else kropp.add_paragraph()
                stycke.text, stycke.level = text, min(niva, 4)
                for run in stycke.runs:
                    run.font.size = Pt(28 if niva == 0 else 24)
        for src, alt in bild.bilder:
            data = _bild_som_png(src)
            if data is None:
                continue
            form = slide.shapes.add_picture(data, BREDD - Emu(4200000), Emu(1600000), width=Emu(3800000))
            _alt_text(form, alt)
        if logga_bytes:
            form = slide.shapes.add_picture(io.BytesIO(logga_bytes), BREDD - Emu(1900000), HOJD - Emu(800000),
                                            height=Emu(600000))
            _alt_text(form, forbund.get("namn", "Logotyp"))
        _band(slide, farg)
        if bild.anteckningar:
            slide.notes_slide.notes_text_frame.text = bild.anteckningar
    fil.parent.mkdir(parents=True, exist_ok=True)
    utan_tid = io.BytesIO()
    pres.save(utan_tid)
    fil.write_bytes(_samma_bytes(utan_tid.getvalue()))


def _samma_bytes(pptx: bytes) -> bytes:
    """The file with a fixed time on every part of the zip: the same deck gives the same
    bytes in every build (the language passes are compared file by file)."""
    import zipfile

    ut = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(pptx)) as inne, zipfile.ZipFile(ut, "w", zipfile.ZIP_DEFLATED) as nytt:
        for post in inne.infolist():
            nytt.writestr(zipfile.ZipInfo(post.filename, date_time=FAST_TID), inne.read(post.filename),
                          compress_type=zipfile.ZIP_DEFLATED)
    return ut.getvalue()
