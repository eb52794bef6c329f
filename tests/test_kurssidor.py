"""Course pages: front-matter schema, glossary, summary boxes, the knowledge test, the
reflection form and trainer notes."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from kunskapsbank.sidor import kurssidor
from kunskapsbank.kallor import sidhuvud
from kunskapsbank.grund.fel import InnehallsFel
from verktyg import ROT, axe_brister, tabba_till

DOCS = ROT / "docs"


def front_matter(fil):
    text = fil.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    return yaml.safe_load(m.group(1)) if m else {}


def sidor_med(nyckel):
    return [f for f in sorted(DOCS.rglob("*.md")) if front_matter(f).get(nyckel)]


def test_varje_sida_foljer_sidhuvudets_schema():
    kurstillfallen, ovningar = sidor_med("kurstillfalle"), sidor_med("ovning")
    assert len(kurstillfallen) >= 6 and len(ovningar) >= 8
    for fil in sorted(DOCS.rglob("*.md")):
        sida, fel = sidhuvud.granska_fil(fil, str(fil))
        assert fel == [], fil
        if fil in kurstillfallen + ovningar:
            assert kurssidor.sammanfattning(sida).count("<dt>") >= 4, fil


def test_sammanfattning_saknad_nyckel_ger_svenskt_fel_pa_raden():
    kalla = (DOCS / "bip/kurser/bip1-heldag.md").read_text(encoding="utf-8")
    kalla = re.sub(r"^malgrupp: .*\n", "", kalla, flags=re.M)
    with pytest.raises(InnehallsFel) as fel:
        sidhuvud.las_sidhuvud(kalla, "docs/x.md")
    # Line 5 holds "kurstillfalle: true", the key that asks for the summary box.
    assert str(fel.value).startswith("docs/x.md:5:16: ") and "malgrupp" in str(fel.value)


def test_varje_forkortning_definieras_en_gang_och_finns_i_ordlistan():
    rader = (DOCS / "_snippets/forkortningar.md").read_text(encoding="utf-8").splitlines()
    forkortningar = [re.match(r"\*\[([^\]]+)\]:", r).group(1) for r in rader if r.strip()]
    dubbletter = [f for f, n in Counter(forkortningar).items() if n > 1]
    assert dubbletter == []
    ordlista = (DOCS / "ordlista.md").read_text(encoding="utf-8")
    termer = re.findall(r"^(\S[^\n]*)\n:   ", ordlista, re.M)
    assert len(termer) >= 30
    saknas = [f for f in forkortningar if not any(t.startswith(f) for t in termer)
              and f not in ("AA", "EN", "EU", "PDF", "LIX")]
    assert saknas == []


def test_forkortningar_forklaras_med_abbr_pa_sidorna(webbplats):
    dom = BeautifulSoup((webbplats / "bip/vad-ar-bip/index.html").read_text(encoding="utf-8"), "html.parser")
    abbr = {a.get_text(): a["title"] for a in dom.select(".md-content abbr")}
    assert abbr.get("NNS") == "Nationella nätverket för samordningsförbund"


def test_sammanfattningsrutan_visar_nycklarna(webbplats):
    dom = BeautifulSoup((webbplats / "bip/kurser/bip1-heldag/index.html").read_text(encoding="utf-8"), "html.parser")
    ruta = dom.select_one(".kb-sammanfattning")
    etiketter = [dt.get_text() for dt in ruta.select("dt")]
    assert etiketter == ["Kurs", "Målgrupp", "Tid", "Mål", "Material"]
    # The box comes right after the page title.
    assert dom.select_one(".md-content h1").find_next_sibling() == ruta


def test_utan_javascript_finns_fragor_och_facit(webbplats):
    dom = BeautifulSoup((webbplats / "vta/kunskapstest/index.html").read_text(encoding="utf-8"), "html.parser")
    assert len(dom.select("fieldset.kb-fraga legend")) == 11
    facit = dom.select_one("details.facit")
    assert facit is not None and len(facit.select("li")) == 11


# --- In a real browser -------------------------------------------------------------

def svara(sida, antal_ratt: int):
    """Answer the test with the keyboard only; the first `antal_ratt` answers right."""
    fragor = sida.eval_on_selector_all("fieldset.kb-fraga", "fs => fs.map(f => +f.dataset.ratt)")
    antal_alternativ = sida.eval_on_selector_all(
        "fieldset.kb-fraga", "fs => fs.map(f => f.querySelectorAll('input').length)")
    tabba_till(sida, "e.name === 'fraga-1'", 400, "Tabb-tangenten når aldrig första frågan")
    for nr, (ratt, antal) in enumerate(zip(fragor, antal_alternativ), 1):
        assert sida.evaluate("document.activeElement.name") == f"fraga-{nr}"
        mal = ratt if nr <= antal_ratt else (ratt % antal) + 1
        sida.keyboard.press("Space")                     # selects the first alternative
        for _ in range(mal - 1):
            sida.keyboard.press("ArrowDown")
        sida.keyboard.press("Tab")
    assert sida.evaluate("document.activeElement.textContent") == "Rätta testet"
    sida.keyboard.press("Enter")
    return sida.inner_text(".kb-resultat")


@pytest.mark.browser
def test_testet_godkant_med_8_ratt_med_bara_tangentbord(server, sida):
    sida.goto(server.url + "vta/kunskapstest/", wait_until="networkidle")
    resultat = svara(sida, 8)
    assert resultat.startswith("Du fick 8 rätt av 11. Du är godkänd")
    # A pass: focus moves on to the certificate (tests/test_intyg.py); the result, a
    # status message, is read out all the same.
    assert sida.get_attribute(".kb-resultat", "role") == "status"
    expect(sida.get_by_role("heading", name="Ditt intyg")).to_be_focused()
    # Wrong answers point to the chapter to read.
    fel = sida.locator(".kb-fraga--fel .kb-aterkoppling a")
    assert fel.count() == 3 and "metodbok" in fel.first.get_attribute("href")
    assert sida.externa == []


@pytest.mark.browser
def test_testet_underkant_med_7_ratt_och_kan_goras_om(server, sida):
    sida.goto(server.url + "vta/kunskapstest/", wait_until="networkidle")
    assert svara(sida, 7).startswith("Du fick 7 rätt av 11. Du behöver 8 rätt")
    # Focus moves to the result so a screen reader reads it out.
    assert sida.evaluate("document.activeElement.className").startswith("kb-resultat")
    sida.click("text=Börja om")
    # The form clears itself right after the browser's own reset; expect() waits for it.
    expect(sida.locator(".kb-resultat")).to_have_text("")
    expect(sida.locator(".kb-aterkoppling:visible")).to_have_count(0)


@pytest.mark.browser
def test_testet_har_inga_axe_brister_efter_rattning(server, sida):
    sida.goto(server.url + "vta/kunskapstest/", wait_until="networkidle")
    assert axe_brister(sida) == []
    sida.click("text=Rätta testet")
    assert axe_brister(sida) == []


@pytest.mark.browser
def test_reflektionssvar_overlever_omladdning_och_kan_laddas_ner(server, sida):
    sida.goto(server.url + "vta/reflektion/", wait_until="networkidle")
    assert sida.locator("textarea").count() == 20
    sida.fill("#reflektion-1", "Jag ringer två arbetsgivare varje vecka.")
    sida.fill("#reflektion-20", "Vi behöver fler trepartssamtal.")
    sida.reload(wait_until="networkidle")
    assert sida.input_value("#reflektion-1") == "Jag ringer två arbetsgivare varje vecka."
    with sida.expect_download() as nedladdning:
        sida.get_by_role("button", name="Ladda ner svaren som fil").click()
    innehall = open(nedladdning.value.path(), encoding="utf-8").read()
    assert "1. Hur ofta har du kontakt med arbetsgivare" in innehall
    assert "Vi behöver fler trepartssamtal." in innehall
    assert "(inget svar)" in innehall
    # A long answer is shown in full, on screen and on paper.
    langt = "\n".join(f"Rad {i}: vi ringer fler arbetsgivare och följer upp." for i in range(15))
    sida.fill("#reflektion-2", langt)
    sida.emulate_media(media="print")
    dolt = sida.eval_on_selector("#reflektion-2", "r => r.scrollHeight - r.clientHeight")
    assert dolt <= 2 and sida.locator("#reflektion-2").is_visible()
    assert sida.externa == []


@pytest.mark.browser
def test_utbildarens_anteckningar_dolda_for_deltagare_och_synliga_i_utbildarvy(server, sida):
    sida.goto(server.url + "ovningar/bip-rollspel/", wait_until="networkidle")
    anteckning = sida.locator(".admonition.utbildare")
    assert anteckning.count() == 1 and not anteckning.is_visible()
    knapp = sida.locator(".kb-vyknapp")
    assert knapp.inner_text() == "Visa utbildarens anteckningar"
    assert not sida.locator(".md-content__button").first.is_visible()    # no edit pencil for participants
    knapp.click()
    assert anteckning.is_visible()
    # The button now says what it will do, and the first note is where the reader looks.
    assert knapp.inner_text() == "Dölj utbildarens anteckningar" and knapp.get_attribute("aria-pressed") is None
    sida.wait_for_function("""() => { const r = document.querySelector('.kb-utbildare').getBoundingClientRect();
                                      return r.top < innerHeight && r.bottom > 0; }""")
    assert sida.locator(".md-content__button").first.is_visible()
    # The choice is remembered on the next page.
    sida.goto(server.url + "vta/workshop-1/", wait_until="networkidle")
    assert sida.locator(".admonition.utbildare").first.is_visible()
    sida.goto(server.url + "ovningar/bip-rollspel/?vy=deltagare", wait_until="networkidle")
    assert not sida.locator(".admonition.utbildare").is_visible()
