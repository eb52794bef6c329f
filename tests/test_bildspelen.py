"""Slide decks (docs/bildspel/): the source's checks, the PowerPoint files, the
presentation in the browser and the checker's slide rule."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect
from pptx import Presentation

from kunskapsbank.bildspel.kalla import fel_i_bildspelet, las_bilder
from kunskapsbank.lattlast import Granskarinstallningar, granska_text
from verktyg import ROT, axe_brister

DECKS = sorted(p for p in (ROT / "docs/bildspel").glob("*.md") if p.name != "index.md")


def rader(text: str) -> list[str]:
    return text.split("\n")


def kallans_bilder(deck: Path):
    return las_bilder(deck.read_text(encoding="utf-8").split("\n"))


def test_minst_tio_bildspel_med_tio_till_tjugofem_bilder():
    assert len(DECKS) >= 10
    for deck in DECKS:
        bilder = kallans_bilder(deck)
        assert 10 <= len(bilder) <= 25, (deck.name, len(bilder))
        assert not fel_i_bildspelet(deck.name, deck.read_text(encoding="utf-8").split("\n"),
                                    lambda src, d=deck: (d.parent / src).is_file())


@pytest.mark.parametrize("deck", DECKS, ids=[d.stem for d in DECKS])
def test_powerpoint_har_kallans_rubriker_anteckningar_och_alt_text(webbplats, deck):
    fil = webbplats / "bildspel" / deck.stem / f"{deck.stem}.pptx"
    pres = Presentation(str(fil))
    bilder = kallans_bilder(deck)
    assert len(pres.slides) == len(bilder)
    for bild, slide in zip(bilder, pres.slides):
        # The title sits in the layout's title placeholder: PowerPoint's check finds it there.
        assert slide.shapes.title is not None and slide.shapes.title.text == bild.rubrik
        noter = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        if bild.anteckningar:
            forsta = next(r for r in bild.anteckningar if r.strip())
            assert re.sub(r"\*\*|\[|\]\([^)]*\)", "", forsta).split()[:3] == noter.split()[:3], (bild.rubrik, noter)
        if bild.punkter and bild.nr > 1:
            kropp = slide.placeholders[1].text_frame.paragraphs
            assert len(kropp) == len(bild.punkter)
            assert [p.level for p in kropp] == [min(p.niva, 4) for p in bild.punkter]
        for form in slide.shapes:
            if form.shape_type == 13:        # a picture: described, as PowerPoint's check wants
                assert form._element.nvPicPr.cNvPr.get("descr"), (deck.stem, bild.nr)


def test_powerpoint_har_forbundets_farg_och_namn(webbplats):
    forbund = yaml.safe_load((ROT / "docs/lokalt/forbund.yml").read_text(encoding="utf-8"))
    pres = Presentation(str(webbplats / "bildspel/bip1-heldag/bip1-heldag.pptx"))
    farg = forbund["profilfarg"].lstrip("#").upper()
    slide = pres.slides[1]
    band = [f for f in slide.shapes if f.name.startswith("Dekor")]
    assert band and str(band[0].fill.fore_color.rgb) == farg
    # Marked as decorative, so PowerPoint's accessibility check asks no alt text for it.
    assert band[0]._element.xpath(".//*[local-name()='decorative']/@val") == ["1"]
    logga = [f for f in slide.shapes if f.shape_type == 13]
    assert logga and logga[0]._element.nvPicPr.cNvPr.get("descr") == forbund["namn"]
    html = (webbplats / "bildspel/bip1-heldag/presentation/index.html").read_text(encoding="utf-8")
    assert f"--kb-profilfarg: {forbund['profilfarg']}" in html and forbund["namn"] in html


def test_libreoffice_oppnar_powerpoint_filen_och_varje_rubrik_finns_i_pdf(webbplats, tmp_path):
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice Impress (soffice) saknas. Kör scripts/test, som installerar det.")
    deck = ROT / "docs/bildspel/vta-workshop-1.md"
    fil = webbplats / "bildspel" / deck.stem / f"{deck.stem}.pptx"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profil", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(fil)], check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / f"{deck.stem}.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    platt = " ".join(text.split())
    for bild in kallans_bilder(deck):
        assert bild.rubrik in platt, bild.rubrik


# ---- Mistakes a trainer makes in a deck: the build stops with file and line ----

BRA = "---\ntitle: Test\n---\n\n# Test\n\n---\n\n## Mål\n\n- En punkt\n\n!!! utbildare \"Manus\"\n    Säg hej.\n"


@pytest.mark.parametrize("fel, rad, orsak", [
    (BRA.replace("## Mål\n\n", ""), 9, "saknar rubrik"),
    (BRA.replace("\n---\n\n## Mål", "\n--\n\n## Mål"), 7, "skiljelinje"),
    (BRA.replace("# Test\n\n---", "# Test\n---"), 6, "direkt under text"),
    (BRA.replace("    Säg hej.", "Säg hej."), 14, "inte indraget"),
    (BRA + "\n![](bild.png)\n", 16, "saknar alternativtext"),
    (BRA + "\n![En bild](finns-inte.png)\n", 16, "finns inte"),
    ("---\ntitle: Test\n---\n\n", 3, "inga bilder"),
])
def test_fel_i_ett_bildspel_sags_med_rad(fel, rad, orsak):
    hittat = fel_i_bildspelet("docs/bildspel/test.md", rader(fel), lambda src: src == "bild.png")
    assert any(f.rad == rad and orsak in str(f) for f in hittat), [str(f) for f in hittat]
    assert all(str(f).startswith("docs/bildspel/test.md:") for f in hittat)


def test_bildspelet_bra_har_inga_fel():
    assert fel_i_bildspelet("docs/bildspel/test.md", rader(BRA), lambda src: True) == []


def test_en_bild_utan_rubrik_stoppar_bygget_med_fil_och_rad(tmp_path):
    from projektkopia import kopiera_projekt
    projekt = kopiera_projekt(tmp_path / "p", med_innehall=True)
    deck = projekt / "docs/bildspel/bip1-heldag.md"
    text = deck.read_text(encoding="utf-8")
    text = text.replace("## Dagens mål\n\n", "", 1)
    deck.write_text(text, encoding="utf-8")
    ut = subprocess.run([str(ROT / ".venv/bin/python"), "-m", "kunskapsbank.kontroller.kallkontroll"],
                        cwd=projekt, capture_output=True, text=True)
    assert ut.returncode != 0
    assert re.search(r"docs/bildspel/bip1-heldag\.md:\d+: Bild 2 saknar rubrik", ut.stdout + ut.stderr), ut.stdout


def test_en_punkt_med_trettio_ord_ar_ett_fel_i_granskaren_med_rad():
    text = BRA.replace("- En punkt", "- " + " ".join(["ord"] * 30))
    fynd = [f for f in granska_text(text, "docs/bildspel/test.md", Granskarinstallningar()).fynd if f.rule == "bildspel"]
    assert [(f.line, f.severity) for f in fynd] == [(11, "error")]
    assert "30 ord" in fynd[0].message


def test_varje_kurstillfalle_med_bildspel_lankar_till_bada_formaten(webbplats):
    for deck in DECKS:
        sida = (f"vta/{deck.stem[4:]}" if deck.stem.startswith("vta-") else f"bip/kurser/{deck.stem}")
        html = (webbplats / sida / "index.html").read_text(encoding="utf-8")
        assert f"bildspel/{deck.stem}/presentation/" in html and f"{deck.stem}.pptx" in html, sida


# ---- The presentation in the browser ----

@pytest.mark.browser
@pytest.mark.parametrize("lage", ["light", "dark"])
def test_presentationen_har_inga_axe_brister_och_hamtar_inget_utifran(server, chromium, lage):
    context = chromium.new_context(locale="sv-SE", color_scheme=lage)
    externa = []
    context.route(re.compile(r"^(?!https?://127\.0\.0\.1[:/]|data:|blob:)"),
                  lambda route: (externa.append(route.request.url), route.abort()))
    sida = context.new_page()
    sida.goto(server.url + "bildspel/bip1-heldag/presentation/", wait_until="load")
    expect(sida.locator("body")).to_have_attribute("data-klar", "ja")
    assert axe_brister(sida) == []
    sida.keyboard.press("ArrowRight")
    expect(sida.locator("section.present h2")).to_have_text("Dagens mål")
    assert axe_brister(sida) == []
    assert externa == []
    context.close()


@pytest.mark.browser
def test_tangentbordet_bladdrar_och_talarvyn_visar_manuset(server, sida):
    sida.goto(server.url + "bildspel/vta-workshop-1/presentation/", wait_until="load")
    expect(sida.locator("body")).to_have_attribute("data-klar", "ja")
    bilder = kallans_bilder(ROT / "docs/bildspel/vta-workshop-1.md")
    expect(sida.locator("section.present h1")).to_have_text(bilder[0].rubrik)
    sida.keyboard.press("ArrowRight")
    sida.keyboard.press("ArrowRight")
    expect(sida.locator("section.present h2")).to_have_text(bilder[2].rubrik)
    sida.keyboard.press("ArrowLeft")
    expect(sida.locator("section.present h2")).to_have_text(bilder[1].rubrik)
    with sida.context.expect_page() as ny:
        sida.keyboard.press("s")
    talarvy = ny.value
    forsta_ord = next(r for r in bilder[1].anteckningar if r.strip()).split()[1]
    expect(talarvy.locator("body")).to_contain_text(forsta_ord, timeout=30000)
    assert sida.externa == []


@pytest.mark.browser
def test_utskriften_ger_en_bild_per_sida(server, sida):
    sida.goto(server.url + "bildspel/bip1-heldag/presentation/?print-pdf", wait_until="load")
    expect(sida.locator("body")).to_have_attribute("data-klar", "ja")
    expect(sida.locator(".pdf-page").first).to_be_attached()
    assert sida.locator(".pdf-page").count() == len(kallans_bilder(ROT / "docs/bildspel/bip1-heldag.md"))


def test_ett_forbund_far_sitt_namn_sin_farg_och_ett_eget_bildspel(tmp_path):
    """A fork changes only docs/lokalt/: its name and colour reach both formats, and a
    deck in its own folder is built like the others."""
    import datetime

    from projektkopia import kopiera_projekt
    from verktyg import bygg, skriv_sida
    projekt = kopiera_projekt(tmp_path / "p", med_innehall=False)
    identitet = projekt / "docs/lokalt/forbund.yml"
    text = identitet.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^namn: .*$", "namn: Samordningsförbundet Norrby", text)
    text = re.sub(r'(?m)^profilfarg: .*$', 'profilfarg: "#7a1f5c"', text)
    identitet.write_text(text, encoding="utf-8")
    skriv_sida(projekt / "docs", "index.md", "Start", "En kort sida om kursen för dig.", lattlast="klarsprak",
               granskad=datetime.date(2026, 12, 1))
    (projekt / "docs/lokalt/bildspel").mkdir(parents=True)
    (projekt / "docs/lokalt/bildspel/var-dag.md").write_text(
        BRA.replace("title: Test", "title: Vår dag\nlattlast: klarsprak\ngranskad: 2026-12-01\nlasare: utbildare")
        .replace("# Test", "# Vår dag"), encoding="utf-8")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert resultat.returncode == 0, resultat.stderr[-3000:]
    mapp = tmp_path / "site/lokalt/bildspel/var-dag"
    pres = Presentation(str(mapp / "var-dag.pptx"))
    assert [s.shapes.title.text for s in pres.slides] == ["Vår dag", "Mål"]
    band = [f for f in pres.slides[1].shapes if f.name.startswith("Dekor")]
    assert str(band[0].fill.fore_color.rgb) == "7A1F5C"
    assert pres.core_properties.author == "Samordningsförbundet Norrby"
    html = (mapp / "presentation/index.html").read_text(encoding="utf-8")
    assert "--kb-profilfarg: #7a1f5c" in html and "Samordningsförbundet Norrby" in html
