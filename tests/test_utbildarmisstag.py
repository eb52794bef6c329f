"""Trainer notes never reach participants: the rules behind the mistake generator
(test_misstag.py), which mutates every page with trainer notes in every way people slip.

Here: the checker shows a slip with its line and cannot be switched off, a box type that
nobody declared never reaches a participant, a förbund's own trainer type is hidden like
utbildare, and who sees what is one decision for the web page, the search and the booklets.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.lattlast import granska_text
from kunskapsbank.kontroller.rutor import Rutor, bara_for_deltagare
from kunskapsbank.kontroller.synlighet import KLASS, bara_for_utbildare, for_deltagare, markera
from test_misstag import ANTECKNINGSSIDOR, MISSTAG
from verktyg import ROT

RUTOR = Rutor()


def _platt(dom) -> str:
    return " ".join(dom.get_text(" ").split())


def mutera(text: str, slag: str):
    return next(m for m in MISSTAG if m.id == slag).mutera(text)


def test_granskaren_visar_misstaget_med_rad_och_kan_inte_stangas_av():
    text = (ROT / "docs" / ANTECKNINGSSIDOR[0]).read_text(encoding="utf-8")
    mutant, forsta, _ = mutera(text, "stavfel-i-typen")
    mutant = mutant.replace("---\n", "---\n", 1) + "\n<!-- lattlast: av ruta -->\n"
    fynd = [f for f in granska_text(mutant, f"docs/{ANTECKNINGSSIDOR[0]}").fynd if f.rule == "ruta"]
    assert [(f.line, f.severity) for f in fynd] == [(forsta + 1, "error")]
    assert "utbildare" in fynd[0].suggestion
    # An untranslated English page, or a page with the language check off, is guarded too.
    fynd_en = granska_text(mutant, "docs/x.en.md").fynd
    assert any(f.rule == "ruta" for f in fynd_en)


def test_okanda_typer_stryks_ur_deltagarversionen_aven_utan_bygget():
    """The participant version keeps only declared participant boxes: a box type nobody
    declared never reaches a participant booklet, even if the build check were skipped."""
    html = ('<div class="admonition tip"><p class="admonition-title">Tips</p><p>Synligt.</p></div>'
            '<div class="admonition utbilare"><p class="admonition-title">X</p><p>Hemligt A.</p></div>'
            '<details class="facit"><summary>Facit</summary><p>Hemligt B.</p></details>'
            '<details><summary>Utan typ</summary><p>Hemligt C.</p></details>')
    dom = BeautifulSoup(html, "html.parser")
    bara_for_deltagare(dom, RUTOR, "docs/a.md")
    assert _platt(dom) == "Tips Synligt."
    with pytest.raises(InnehallsFel, match="docs/a.md"):
        bara_for_deltagare(BeautifulSoup("<p>Steg ett. !!! utbildare Hemligt</p>", "html.parser"),
                           RUTOR, "docs/a.md")


def test_egen_typ_for_utbildare_i_mkdocs_yml():
    rutor = Rutor.fran_config({"utbildare": ["handledare"], "deltagare": ["utbildare"]})
    assert "handledare" in rutor.for_utbildare and "utbildare" not in rutor.for_deltagare
    with pytest.raises(InnehallsFel, match="extra.rutor"):
        Rutor.fran_config({"deltagre": ["x"]})


def test_egen_utbildartyp_doljs_pa_webben_som_utbildare():
    """A type declared for trainers in mkdocs.yml is hidden on the web page like
    utbildare, not only left out of the booklets (the stylesheet hides one class)."""
    rutor = Rutor.fran_config({"utbildare": ["handledare"]})
    html = ('<div class="admonition handledare"><p class="admonition-title">H</p><p>Bara för handledare.</p></div>'
            '<p class="utbildare">Också dold.</p><div class="admonition tip"><p>Synlig.</p></div>')
    markerad = markera(html, rutor)
    assert markerad.count(KLASS) == 2 and 'class="admonition tip"' in markerad
    assert "handledare" not in for_deltagare(html, rutor) and "Också dold" not in for_deltagare(html, rutor)
    dom = BeautifulSoup(html, "html.parser")
    bara_for_deltagare(dom, rutor, "docs/a.md")
    assert _platt(dom) == "Synlig."


@pytest.mark.parametrize("tagg, klasser, dold", [
    ("div", ["admonition", "utbildare"], True), ("div", ["admonition", "warning", "utbildare"], True),
    ("div", ["admonition", "utbildare", "note"], True), ("details", ["facit"], True),
    ("p", ["utbildare"], True), ("div", ["utbildare"], True), ("section", ["note", "utbildare"], True),
    ("div", ["admonition", "note", "inline", "end"], False), ("details", ["tip"], False),
    ("details", [], True), ("div", ["admonition"], True), ("div", ["admonition", "okand"], True),
    ("p", ["note"], False), ("span", [], False),
])
def test_en_och_samma_regel_for_vem_som_ser_vad(tagg, klasser, dold):
    assert bara_for_utbildare(tagg, klasser, RUTOR) is dold


def test_markeringen_andrar_bara_starttaggarna():
    """The web page's HTML is Markdown's own, character for character, apart from the
    class added to what only trainers may see."""
    html = ('<p>Text &amp; <em>mer</em></p>\n<div class=\'utbildare\' data-x="1">\n<p>Dold</p>\n</div>\n'
            '<details class="facit" open><summary>Facit</summary><p>Svar</p></details><br/><img src="a.png" alt="">')
    markerad = markera(html, RUTOR)
    assert markerad.replace(f" {KLASS}", "") == html.replace("class='utbildare'", 'class="utbildare"')
    assert markerad.count(KLASS) == 2


def test_regeln_ruta_gar_inte_att_stanga_av_i_mkdocs_yml():
    from kunskapsbank.lattlast import Granskarinstallningar, InstallningsFel
    with pytest.raises(InstallningsFel, match="skyddar utbildarens anteckningar"):
        Granskarinstallningar.fran_dict({"regler": {"ruta": "av"}})
