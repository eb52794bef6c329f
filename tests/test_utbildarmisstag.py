"""Trainer notes never reach participants, whatever slip a trainer makes around them.

Every page with trainer notes is mutated the way people slip when they edit Markdown by
hand. Each mutation must either stop the build with the file and the line of the slip,
or be harmless: the note stays whole inside its box on the web page and no word of it
reaches the participant version (what the booklets are made from).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from kunskapsbank.fel import InnehallsFel
from kunskapsbank.lattlast import granska_text
from kunskapsbank.rutor import Rutor, bara_for_deltagare, problem_i_html, problem_i_kallan
from verktyg import ROT, bygg, kopiera_projekt

RUTOR = Rutor()
MARKOR = re.compile(r"^(?P<indrag> *)(?:!!!|\?\?\?\+?) *utbildare\b")
SIDOR = sorted(p.relative_to(ROT / "docs").as_posix() for p in (ROT / "docs").rglob("*.md")
               if any(MARKOR.match(r) for r in p.read_text(encoding="utf-8").splitlines()))


def _rendera(text: str) -> str:
    """The page's Markdown as HTML, with the Markdown extensions of mkdocs.yml."""
    class Lasare(yaml.SafeLoader):
        pass
    Lasare.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((ROT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Lasare)
    namn, installningar = [], {}
    for post in config["markdown_extensions"]:
        if isinstance(post, dict):
            (nyckel, varde), = post.items()
            namn.append(nyckel)
            installningar[nyckel] = dict(varde or {})
        else:
            namn.append(post)
    installningar["pymdownx.snippets"]["base_path"] = [str(ROT)]
    brodtext = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    return markdown.Markdown(extensions=namn, extension_configs=installningar).convert(brodtext)


def _block(rader: list[str]) -> tuple[int, int, int]:
    """(first line index, end index, indent) of the page's first trainer-notes box."""
    start = next(i for i, r in enumerate(rader) if MARKOR.match(r))
    indrag = len(MARKOR.match(rader[start]).group("indrag"))
    slut = start + 1
    while slut < len(rader) and (not rader[slut].strip() or
                                 len(rader[slut]) - len(rader[slut].lstrip()) >= indrag + 4):
        slut += 1
    while not rader[slut - 1].strip():
        slut -= 1
    return start, slut, indrag


def _flytta(rader: list[str], steg: int) -> list[str]:
    return [(" " * steg + r) if r.strip() else r for r in rader]


def _nytt_indrag(rader: list[str], indrag: int, nytt: int) -> list[str]:
    """The box's body re-indented to `nytt` spaces beyond the marker instead of 4."""
    return [rader[0]] + [(" " * (indrag + nytt) + r[indrag + 4:]) if r.strip() else r for r in rader[1:]]


def mutera(text: str, slag: str) -> tuple[str, int, int]:
    """The page with one slip in its first trainer-notes box, and the 1-based lines in
    the file where the mutated box starts and ends."""
    rader = text.split("\n")
    start, slut, indrag = _block(rader)
    fore, box, efter = rader[:start], rader[start:slut], rader[slut:]
    lista = ["1. Ett steg i en numrerad lista."]
    if slag == "indrag-0":
        box = _nytt_indrag(box, indrag, -indrag)
    elif slag in ("indrag-2", "indrag-3"):
        box = _nytt_indrag(box, indrag, int(slag[-1]))
    elif slag == "stavfel":
        box[0] = box[0].replace("utbildare", "utbilare", 1)
    elif slag == "versal":
        box[0] = box[0].replace("utbildare", "Utbildare", 1)
    elif slag == "tva-utropstecken":
        box[0] = re.sub(r"(!!!|\?\?\?\+?)", lambda m: m.group(1)[:2], box[0], count=1)
    elif slag == "utan-mellanslag":
        box[0] = re.sub(r"(!!!|\?\?\?\+?) +", r"\1", box[0], count=1)
    elif slag == "lista-utan-tomrad":
        box = lista + _flytta(box, -indrag)
        while fore and not fore[-1].strip():
            fore.pop()
    elif slag == "lista-indrag-3":
        box = lista + [""] + _flytta(box, 3 - indrag)
    elif slag == "lista-med-tomrad":
        box = lista + [""] + _flytta(box, 4 - indrag)
    else:
        raise ValueError(slag)
    return "\n".join(fore + box + efter), len(fore) + 1, len(fore) + len(box)


MUTATIONER = ["indrag-0", "indrag-2", "indrag-3", "stavfel", "versal", "tva-utropstecken",
              "utan-mellanslag", "lista-utan-tomrad", "lista-indrag-3", "lista-med-tomrad"]


def _stycken(html: str) -> list[str]:
    """The note's text, as sentences long enough to be unmistakable."""
    dom = BeautifulSoup(html, "html.parser")
    bitar = []
    for ruta in dom.select(".utbildare"):
        for del_ in ruta.find_all(["p", "li"]):
            text = " ".join(del_.get_text(" ").split())
            if len(text.split()) >= 4:
                bitar.append(text[:60])
    return bitar


def _platt(dom) -> str:
    return " ".join(dom.get_text(" ").split())


def _problem(text: str) -> list:
    rader = text.split("\n")
    return problem_i_kallan(rader, RUTOR) + problem_i_html(_rendera(text), rader, RUTOR)


def test_alla_sidor_med_anteckningar_provas():
    assert len(SIDOR) >= 15, SIDOR
    for sida in SIDOR:
        text = (ROT / "docs" / sida).read_text(encoding="utf-8")
        assert _problem(text) == [], sida
        assert _stycken(_rendera(text)), f"{sida}: anteckningarna syns inte i HTML"


@pytest.mark.parametrize("slag", MUTATIONER)
@pytest.mark.parametrize("sida", SIDOR)
def test_misstag_stoppar_bygget_eller_ar_ofarligt(sida, slag):
    original = (ROT / "docs" / sida).read_text(encoding="utf-8")
    anteckning = _stycken(_rendera(original))
    text, forsta, sista = mutera(original, slag)
    assert text != original
    problem = _problem(text)
    if problem:
        # The message names a line of the mutated box (or the line just before it).
        assert any(forsta - 1 <= p.rad <= sista for p in problem), (slag, forsta, sista, problem)
        assert all(p.meddelande and p.atgard for p in problem)
        return
    html = _rendera(text)
    webb = BeautifulSoup(html, "html.parser")
    # Nothing lost: the whole note is still in its box on the web page ...
    i_rutan = " ".join(_platt(r) for r in webb.select(".utbildare"))
    assert all(bit in i_rutan for bit in anteckning), (slag, "anteckningen försvann")
    for ruta in webb.select(".utbildare"):
        ruta.decompose()
    # ... and nowhere outside it, and not in what participants get.
    assert not any(bit in _platt(webb) for bit in anteckning), (slag, "anteckningen syns utanför rutan")
    deltagare = BeautifulSoup(html, "html.parser")
    bara_for_deltagare(deltagare, RUTOR, sida)
    assert not any(bit in _platt(deltagare) for bit in anteckning), (slag, "läcker till deltagarna")


def test_de_vanligaste_misstagen_stoppar_alltid_bygget():
    """The slips that today would put the note in front of participants are never
    judged harmless."""
    for sida in SIDOR:
        original = (ROT / "docs" / sida).read_text(encoding="utf-8")
        for slag in ("indrag-0", "indrag-2", "stavfel", "lista-utan-tomrad", "tva-utropstecken"):
            text, _, _ = mutera(original, slag)
            assert _problem(text), (sida, slag)


def test_granskaren_visar_misstaget_med_rad_och_kan_inte_stangas_av():
    text = (ROT / "docs" / SIDOR[0]).read_text(encoding="utf-8")
    mutant, forsta, _ = mutera(text, "stavfel")
    mutant = mutant.replace("---\n", "---\n", 1) + "\n<!-- lattlast: av ruta -->\n"
    fynd = [f for f in granska_text(mutant, f"docs/{SIDOR[0]}").fynd if f.rule == "ruta"]
    assert [(f.line, f.severity) for f in fynd] == [(forsta, "error")]
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


def test_bygget_stoppar_med_fil_och_rad_for_varje_misstag(tmp_path):
    """One build of a copy of the real project with a slip on four pages: the build
    stops and names each file and line."""
    projekt = kopiera_projekt(tmp_path / "projekt")
    vantat = []
    for sida, slag in zip(SIDOR, ["indrag-2", "stavfel", "lista-utan-tomrad", "tva-utropstecken"]):
        fil = projekt / "docs" / sida
        text, forsta, sista = mutera(fil.read_text(encoding="utf-8"), slag)
        fil.write_text(text, encoding="utf-8")
        vantat.append((sida, forsta, sista))
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    utdata = resultat.stdout + resultat.stderr
    assert resultat.returncode != 0
    assert "Traceback" not in utdata
    for sida, forsta, sista in vantat:
        rader = {int(m) for m in re.findall(rf"docs/{re.escape(sida)}:(\d+)", utdata)}
        assert any(forsta - 1 <= r <= sista for r in rader), (sida, forsta, sista, utdata[-3000:])


def test_ofarligt_misstag_ger_ratt_haften(tmp_path):
    """A box moved into a list the right way builds, and the participant booklet still
    has no word of the note while the trainer booklet has it."""
    projekt = kopiera_projekt(tmp_path / "projekt")
    sida = next(s for s in SIDOR if s.startswith("ovningar/"))
    fil = projekt / "docs" / sida
    original = fil.read_text(encoding="utf-8")
    anteckning = _stycken(_rendera(original))
    text, _, _ = mutera(original, "lista-med-tomrad")
    fil.write_text(text, encoding="utf-8")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "pa"})
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr

    def pdftext(namn):
        ut = subprocess.run(["pdftotext", str(tmp_path / "site/haften" / namn), "-"],
                            capture_output=True, text=True, check=True).stdout
        return " ".join(ut.split())
    deltagare, utbildare = pdftext("ovningar-deltagare.pdf"), pdftext("ovningar-utbildare.pdf")
    # The first words of each note sentence (a PDF line break may split the rest).
    borjan = [" ".join(bit.split()[:4]) for bit in anteckning]
    assert all(b in utbildare for b in borjan)
    assert not any(b in deltagare for b in borjan)


def test_regeln_ruta_gar_inte_att_stanga_av_i_mkdocs_yml():
    from kunskapsbank.lattlast import Installningar, InstallningsFel
    with pytest.raises(InstallningsFel, match="skyddar utbildarens anteckningar"):
        Installningar.fran_dict({"regler": {"ruta": "av"}})
