"""The certificate (intyg) of a passed knowledge test: shown after a pass and remembered
in the browser, printed alone on one A4 page, readable by axe's rules in both palettes,
and working for this visit when the browser cannot store anything."""

from __future__ import annotations

import datetime
import io
import json
import subprocess

import pikepdf
import pytest
from playwright.sync_api import expect

from kunskapsbank.kallor.sidhuvud import Sidhuvud
from kunskapsbank.sidor import kurssidor
from verktyg import axe_brister

FORBUND = "Samordningsförbundet Exempelstad"
MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"]
# (page, course name, questions, one question's text that must not be on the certificate)
TESTER = [("vta/kunskapstest", "VTA", 11, "Vad står VTA för?"),
          ("bip/kunskapstest", "BIP", 10, "I vilket land gjorde forskarna studien")]
# Storage turned off (every use throws) or full (writing throws).
UTAN_LAGRING = {
    "avstängd": "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('nej', 'SecurityError'); }});",
    "full": "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
}


def idag() -> str:
    d = datetime.date.today()
    return f"{d.day} {MANADER[d.month - 1]} {d.year}"


def svara(sida, antal_ratt: int) -> None:
    """Answer the test, the first `antal_ratt` questions right, and correct it."""
    fragor = sida.eval_on_selector_all("fieldset.kb-fraga", "fs => fs.map(f => [+f.dataset.ratt, f.querySelectorAll('input').length])")
    for nr, (ratt, antal) in enumerate(fragor, 1):
        val = ratt if nr <= antal_ratt else ratt % antal + 1
        sida.check(f"input[name='fraga-{nr}'][value='{val}']")
    sida.get_by_role("button", name="Rätta testet").click()


def sparat(sida, test: str):
    return json.loads(sida.evaluate(f"localStorage.getItem('kb-test:{test}')") or "null")


def intygets_pdf(sida) -> bytes:
    """Press "Skriv ut intyget" with the print dialog stubbed, then print as Chromium does."""
    sida.evaluate("window.print = () => { window.skrevUt = true; }")
    sida.get_by_role("button", name="Skriv ut intyget").click()
    assert sida.evaluate("window.skrevUt && document.body.classList.contains('kb-skriver-intyg')")
    return sida.pdf(format="A4")


@pytest.mark.browser
@pytest.mark.parametrize("test, kurs, antal, fraga", TESTER, ids=["VTA", "BIP"])
def test_godkant_test_ger_intyg_som_skrivs_ut_pa_en_sida_och_kommer_ihag(server, sida, tmp_path, test, kurs, antal, fraga):
    sida.goto(server.url + test + "/", wait_until="networkidle")
    expect(sida.locator(".kb-intyg-del")).to_be_hidden()
    svara(sida, 8)
    # Focus moves to the certificate's heading; the result is still said by its status.
    rubrik = sida.get_by_role("heading", name="Ditt intyg")
    expect(rubrik).to_be_focused()
    expect(sida.locator(".kb-resultat")).to_have_text(f"Du fick 8 rätt av {antal}. Du är godkänd. Bra jobbat!")
    sida.get_by_label("Ditt namn").fill("Testa Testsson")
    intyg = sida.get_by_role("article", name="Intyg")
    for text in ("Testa Testsson", f"har klarat kunskapstestet om {kurs}", f"8 rätt av {antal}", idag(), FORBUND,
                 "Intyget är inte ett betyg"):
        expect(intyg).to_contain_text(text)
    expect(intyg.get_by_role("img", name=FORBUND)).to_be_visible()
    expect(sida.get_by_label("Ditt namn")).to_have_attribute("autocomplete", "name")
    assert sida.evaluate("document.querySelector('.kb-intyg__logga').naturalWidth") > 0
    lagrat = sparat(sida, test)
    assert lagrat | {"datum": None} == {"godkand": True, "ratt": 8, "av": antal, "datum": None, "kurs": kurs,
                                        "titel": sida.eval_on_selector("form.kb-test", "f => f.dataset.titel")}
    assert lagrat["datum"] == datetime.date.today().isoformat()
    assert sida.evaluate("localStorage.getItem('kb-intyg-namn')") == "Testa Testsson"

    pdf = intygets_pdf(sida)
    with pikepdf.open(io.BytesIO(pdf)) as dok:
        assert len(dok.pages) == 1
    (fil := tmp_path / "intyg.pdf").write_bytes(pdf)
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(fil), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    for del_ in ("Intyg", "Testa Testsson", f"8 rätt av {antal}", idag(), FORBUND, kurs):
        assert del_ in text, del_
    for del_ in (fraga, "Rätta testet", "Ditt namn", "Facit"):
        assert del_ not in text, del_
    sida.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert not sida.evaluate("document.body.classList.contains('kb-skriver-intyg')")

    # The pass and the name are remembered: the certificate is there without a new test.
    sida.reload(wait_until="networkidle")
    expect(sida.locator(".kb-intyg-del")).to_be_visible()
    expect(sida.locator(".kb-intyg-del")).to_contain_text(f"Du klarade testet den {idag()}.")
    expect(sida.get_by_label("Ditt namn")).to_have_value("Testa Testsson")
    expect(sida.get_by_role("article", name="Intyg")).to_contain_text("Testa Testsson")
    expect(sida.locator(".kb-resultat")).to_have_text("")
    assert sida.externa == []


@pytest.mark.browser
def test_underkant_efter_godkant_behaller_godkant(server, sida):
    sida.goto(server.url + "vta/kunskapstest/", wait_until="networkidle")
    svara(sida, 9)
    expect(sida.get_by_role("heading", name="Ditt intyg")).to_be_focused()
    sida.get_by_role("button", name="Börja om").click()
    expect(sida.locator(".kb-resultat")).to_have_text("")
    svara(sida, 3)
    expect(sida.locator(".kb-resultat")).to_contain_text("Du fick 3 rätt av 11. Du behöver 8 rätt")
    assert sparat(sida, "vta/kunskapstest")["ratt"] == 9
    expect(sida.get_by_role("article", name="Intyg")).to_contain_text("9 rätt av 11")
    # A new pass replaces the old one, also with fewer right.
    svara(sida, 8)
    expect(sida.get_by_role("article", name="Intyg")).to_contain_text("8 rätt av 11")
    assert sparat(sida, "vta/kunskapstest")["ratt"] == 8


@pytest.mark.browser
def test_underkant_ger_inget_intyg(server, sida):
    sida.goto(server.url + "vta/kunskapstest/", wait_until="networkidle")
    svara(sida, 7)
    expect(sida.locator(".kb-resultat")).to_contain_text("Du fick 7 rätt av 11")
    expect(sida.locator(".kb-intyg-del")).to_be_hidden()
    assert sparat(sida, "vta/kunskapstest")["godkand"] is False


@pytest.mark.browser
@pytest.mark.parametrize("lage", list(UTAN_LAGRING))
def test_intyget_fungerar_utan_lagring(server, chromium, lage):
    context = chromium.new_context(locale="sv-SE")
    try:
        context.add_init_script(UTAN_LAGRING[lage])
        sida = context.new_page()
        sida.goto(server.url + "vta/kunskapstest/", wait_until="networkidle")
        svara(sida, 8)
        expect(sida.get_by_role("status").filter(has_text="kommer inte ihåg")).to_have_text(
            "Webbläsaren kan inte spara något. Den kommer inte ihåg att du klarade testet. "
            "Skriv ut intyget nu om du vill ha det.")
        sida.get_by_label("Ditt namn").fill("Testa Testsson")
        intyg = sida.get_by_role("article", name="Intyg")
        expect(intyg).to_contain_text("Testa Testsson")
        expect(intyg).to_contain_text("8 rätt av 11")
        # A fail later in the same visit leaves this visit's certificate.
        svara(sida, 2)
        expect(sida.locator(".kb-resultat")).to_contain_text("Du fick 2 rätt av 11")
        expect(intyg).to_contain_text("8 rätt av 11")
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("schema", ["light", "dark"])
def test_intyget_har_inga_axe_brister_och_skrivs_ut_svart_pa_vitt(server, chromium, schema):
    context = chromium.new_context(locale="sv-SE", color_scheme=schema)
    try:
        sida = context.new_page()
        sida.goto(server.url + "vta/kunskapstest/", wait_until="networkidle")
        svara(sida, 8)
        sida.get_by_label("Ditt namn").fill("Testa Testsson")
        expect(sida.get_by_role("article", name="Intyg")).to_be_visible()
        assert axe_brister(sida) == []
        # On paper every text of the certificate is black, also from the dark palette.
        sida.evaluate("document.body.classList.add('kb-skriver-intyg')")
        sida.emulate_media(media="print")
        farger = sida.eval_on_selector_all(
            ".kb-intyg, .kb-intyg *", "es => [...new Set(es.map(e => getComputedStyle(e).color))]")
        assert farger == ["rgb(0, 0, 0)"]
        expect(sida.locator(".md-header")).to_be_hidden()
        expect(sida.locator("form.kb-test")).to_be_hidden()
    finally:
        context.close()


@pytest.mark.browser
def test_hela_webbplatsen_pa_en_sida_visar_inget_intyg(server, sida):
    sida.goto(server.url + "vta/kunskapstest/", wait_until="networkidle")
    sida.evaluate("localStorage.setItem('kb-test:vta/kunskapstest', JSON.stringify("
                  "{godkand: true, ratt: 9, av: 11, datum: '2026-12-07', kurs: 'VTA', titel: 'Kunskapstest'}))")
    sida.reload(wait_until="networkidle")
    expect(sida.locator(".kb-intyg-del")).to_contain_text("Du klarade testet den 7 december 2026.")
    sida.goto(server.url + "print_page/", wait_until="load")
    expect(sida.locator("form.kb-test.kb-test--aktiv")).to_have_count(2)
    expect(sida.locator(".kb-intyg-del")).to_have_count(0)


def test_kursens_namn_fran_modul_del_eller_titel():
    delar = {"bip": ["bip/", "ovningar/bip-*"], "vta": ["vta/"]}
    assert kurssidor.kursens_namn(Sidhuvud(title="Test"), "vta/kunskapstest.md", delar) == "VTA"
    assert kurssidor.kursens_namn(Sidhuvud(title="Test"), "ovningar/bip-test.md", delar) == "BIP"
    assert kurssidor.kursens_namn(Sidhuvud(title="Test", modul="vta"), "bip/test.md", delar) == "VTA"
    assert kurssidor.kursens_namn(Sidhuvud(title="Vårt eget test"), "lokalt/test.md", delar) == "Vårt eget test"
