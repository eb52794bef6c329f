"""The participant's answers: a box under every question, "Mina svar", "Din kurs" on the
start page, and the trainer's compilation of a group's answer files."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from kunskapsbank.sidor.svarsrutor import fragans_id, lagg_till_svarsrutor
from verktyg import axe_brister

TEMA = "bip/teman/tilltro/"

SIDA = """<h1>Tema</h1>
<div class="admonition question"><ul><li>Hur följer du upp i dag?</li><li>Vem påminner dig?</li></ul></div>
<h2 id="diskussionsfragor">Diskussionsfrågor</h2>
<ol><li>Vad säger Nadia?</li></ol>
<div class="admonition utbildare"><div class="admonition question"><ul><li>Fråga bara för utbildaren?</li></ul></div></div>
<ul><li>En vanlig lista, inga frågor</li></ul>"""


def test_varje_fraga_far_en_svarsruta_men_inte_utbildarens_eller_vanliga_listor():
    html, fragor = lagg_till_svarsrutor(SIDA, "bip/teman/x/")
    assert [f.fraga for f in fragor] == ["Hur följer du upp i dag?", "Vem påminner dig?", "Vad säger Nadia?"]
    dom = BeautifulSoup(html, "html.parser")
    assert [t["data-svar"] for t in dom.select("textarea")] == [f.id for f in fragor]
    # Each box is named by its question for a screen reader, and has its own status line.
    for t in dom.select("textarea"):
        etikett = dom.select_one(f'label[for="{t["id"]}"]')
        assert etikett.get_text().startswith("Ditt svar: ") and t["data-fraga"] in etikett.get_text()
        assert dom.select_one(f'#{t["aria-describedby"]}[role=status]') is not None
    assert "En vanlig lista" not in " ".join(f.fraga for f in fragor)


def test_fragans_id_foljer_fragan_nar_andra_fragor_flyttas_eller_laggs_till():
    _, forut = lagg_till_svarsrutor(SIDA, "bip/teman/x/")
    flyttad = SIDA.replace("<li>Hur följer du upp i dag?</li><li>Vem påminner dig?</li>",
                           "<li>En ny första fråga?</li><li>Vem påminner dig?</li><li>Hur följer du upp i dag?</li>")
    _, efter = lagg_till_svarsrutor(flyttad, "bip/teman/x/")
    assert {f.fraga: f.id for f in forut}.items() <= {f.fraga: f.id for f in efter}.items()
    assert fragans_id("a/", "Vad gör du?") == "a/#vad-gor-du"
    # Two questions that start with the same words still get an id each.
    _, lika = lagg_till_svarsrutor('<div class="admonition question"><ul><li>Vad gör du i dag?</li>'
                                   '<li>Vad gör du i dag?</li></ul></div>', "a/")
    assert len({f.id for f in lika}) == 2


def test_fragelistan_har_varje_svarsruta_pa_webbplatsen(webbplats):
    lista = json.loads((webbplats / "svar/fragor.json").read_text(encoding="utf-8"))["fragor"]
    ids = {f["id"] for f in lista}
    rutor = set()
    for fil in webbplats.rglob("*.html"):
        text = fil.read_text(encoding="utf-8")
        if "kb-svar" in text:
            rutor |= {t["data-svar"] for t in BeautifulSoup(text, "lxml").select(".kb-svar textarea")}
    assert rutor and rutor <= ids
    # Every BIP theme, every VTA chapter, every exercise and the reflection form.
    sidor = {f["sida"] for f in lista}
    for sida in ["bip/teman/tilltro/", "bip/teman/jobbfokus/", "bip/teman/flexibilitet-och-reflektion/",
                 "bip/teman/parallellitet/", "bip/teman/uppfoljning/", "vta/metodbok/2-studien/",
                 "ovningar/vta-matchning/", "ovningar/bip-rollspel/", "vta/reflektion/"]:
        assert sida in sidor, sida
    assert sum(1 for f in lista if f.get("reflektion")) == 20
    # Trainers' pages ask the group, not the reader: no boxes there.
    assert not any(f["sida"].startswith("bip/kurser/") for f in lista)
    # The box's label is not search text.
    assert "Ditt svar" not in (webbplats / "search/sok.sv.json").read_text(encoding="utf-8")


def skriv_svar(sida, url, nr, text):
    sida.goto(url, wait_until="load")
    ruta = sida.locator(f"#kb-svar-{nr}")
    ruta.fill(text)
    expect(sida.locator(f"#kb-svar-{nr}-status")).to_have_text("Sparat")
    return ruta


@pytest.mark.browser
def test_svar_pa_ett_tema_finns_kvar_efter_omladdning_och_pa_mina_svar(server, sida):
    skriv_svar(sida, server.url + TEMA, 1, "Jag tror på Kim för att hen har gjort praktik förut.")
    sida.reload(wait_until="load")
    expect(sida.locator("#kb-svar-1")).to_have_value("Jag tror på Kim för att hen har gjort praktik förut.")
    fraga = sida.locator("#kb-svar-1").get_attribute("data-fraga")
    sida.goto(server.url + "mina-svar/", wait_until="load")
    expect(sida.locator(".kb-mina-svar__status")).to_have_text("Du har skrivit 1 svar.")
    lista = sida.locator(".kb-mina-svar__lista")
    expect(lista.get_by_role("heading", name=fraga)).to_be_visible()
    expect(lista.get_by_role("link", name="Tilltro")).to_be_visible()
    expect(lista).to_contain_text("Jag tror på Kim för att hen har gjort praktik förut.")
    sida.fill("#kb-mina-svar-namn", "Testperson Ett")
    sida.fill("#kb-mina-svar-org", "Kommunen")
    with sida.expect_download() as nedladdning:
        sida.get_by_role("button", name="Ladda ner svaren").click()
    assert re.fullmatch(r"mina-svar-testperson-ett-\d{4}-\d\d-\d\d\.html", nedladdning.value.suggested_filename)
    fil = open(nedladdning.value.path(), encoding="utf-8").read()
    dom = BeautifulSoup(fil, "html.parser")
    # A trainer can read the file as it is, and the compilation reads the same answers as data.
    assert fraga in dom.get_text() and "Testperson Ett" in dom.get_text()
    data = json.loads(dom.select_one("script#kb-svarsfil").string)
    assert data["organisation"] == "Kommunen" and [s["id"] for s in data["svar"]] == [
        sida.evaluate("Object.keys(localStorage).find(k => k.startsWith('kb-svar:'))")[len("kb-svar:"):]]
    assert sida.externa == []


@pytest.mark.browser
def test_svar_pa_en_fraga_som_har_andrats_finns_kvar_med_den_gamla_fragan(server, sida):
    sida.goto(server.url + "mina-svar/", wait_until="load")
    sida.evaluate("""localStorage.setItem('kb-svar:bip/teman/tilltro/#en-fraga-som-inte-finns-langre',
        JSON.stringify({svar: 'Mitt gamla svar', fraga: 'En fråga som inte finns längre?',
                        sida: 'bip/teman/tilltro/', titel: 'Tilltro'}))""")
    sida.reload(wait_until="load")
    lista = sida.locator(".kb-mina-svar__lista")
    expect(lista.get_by_role("heading", name="Svar på frågor som har ändrats")).to_be_visible()
    expect(lista).to_contain_text("En fråga som inte finns längre?")
    expect(lista).to_contain_text("Mitt gamla svar")


@pytest.mark.browser
def test_utan_lagring_sager_sidan_det_och_svaren_gar_att_ladda_ner(server, chromium):
    context = chromium.new_context(locale="sv-SE")
    context.add_init_script("""Object.defineProperty(window, 'localStorage',
        {get() { throw new DOMException('blockerad', 'SecurityError'); }});""")
    sida = context.new_page()
    sida.goto(server.url + TEMA, wait_until="load")
    expect(sida.get_by_role("alert")).to_contain_text("kan inte spara svaren")
    sida.locator("#kb-svar-2").fill("Det här får inte försvinna.")
    expect(sida.locator("#kb-svar-2-status")).to_have_text("Inte sparat")
    expect(sida.locator("#kb-svar-2")).to_have_value("Det här får inte försvinna.")
    with sida.expect_download() as nedladdning:
        sida.get_by_role("button", name="Ladda ner svaren på sidan").click()
    assert "Det här får inte försvinna." in open(nedladdning.value.path(), encoding="utf-8").read()
    context.close()


@pytest.mark.browser
def test_din_kurs_pa_startsidan_visar_svaren_och_kan_tommas(server, sida):
    sida.goto(server.url, wait_until="load")
    din_kurs = sida.locator(".kb-din-kurs")
    expect(din_kurs).to_contain_text("Du har inte sparat något ännu")
    skriv_svar(sida, server.url + TEMA, 1, "Ett svar.")
    sida.evaluate("""localStorage.setItem('kb-test:vta/kunskapstest', JSON.stringify(
        {godkand: true, ratt: 9, av: 10, datum: '2026-12-07', kurs: 'VTA', titel: 'Kunskapstest om VTA'}))""")
    sida.goto(server.url, wait_until="load")
    expect(din_kurs).to_contain_text("Du har skrivit 1 svar.")
    expect(din_kurs.get_by_role("link", name="Kunskapstest om VTA")).to_be_visible()
    expect(din_kurs).to_contain_text("9 rätt av 10")
    assert axe_brister(sida) == []
    sida.once("dialog", lambda dialog: dialog.accept())
    din_kurs.get_by_role("button", name="Ta bort allt som är sparat").click()
    expect(din_kurs.get_by_role("status")).to_have_text("Allt är borttaget.")
    assert sida.evaluate("Object.keys(localStorage).filter(k => k.startsWith('kb-'))") == []


def svarsfil(person, organisation, svar, namn=""):
    data = {"format": "kb-svar", "version": 1, "person": person, "namn": namn, "organisation": organisation,
            "nedladdat": "2026-12-07T10:00:00Z", "svar": svar}
    return ("<!DOCTYPE html><html lang=sv><head><meta charset=utf-8><title>Mina svar</title></head><body>"
            f'<script type="application/json" id="kb-svarsfil">{json.dumps(data)}</script></body></html>')


@pytest.mark.browser
def test_sammanstallningen_laser_tre_filer_varav_en_skadad_och_ger_kalkylblad(server, sida, webbplats, tmp_path):
    fragor = json.loads((webbplats / "svar/fragor.json").read_text(encoding="utf-8"))["fragor"]
    f1, f2 = fragor[0], fragor[1]
    filer = {
        "anna.html": svarsfil("p1", "Arbetsförmedlingen", [
            {"id": f1["id"], "fraga": f1["fraga"], "svar": "Svar A1; med semikolon och \"citat\""},
            {"id": f2["id"], "fraga": f2["fraga"], "svar": "Svar A2"},
            {"id": "gammal/sida/#en-fraga-fran-forr", "fraga": "En fråga från förr?", "svar": "Svar A3"}]),
        "bo.html": svarsfil("p2", "Kommunen", [{"id": f1["id"], "fraga": f1["fraga"], "svar": "Svar B1"}]),
        "trasig.html": svarsfil("p3", "Regionen", [])[:120],
    }
    for namn, text in filer.items():
        (tmp_path / namn).write_text(text, encoding="utf-8")
    (tmp_path / "tom.html").write_text("", encoding="utf-8")
    sida.goto(server.url + "svar/sammanstall/", wait_until="load")
    expect(sida.locator(".kb-sammanstall")).to_have_attribute("data-klar", "ja")
    sida.set_input_files("#kb-sammanstall-filer", [str(tmp_path / n) for n in [*filer, "tom.html"]])
    meddelanden = sida.locator(".kb-sammanstall__meddelanden")
    expect(meddelanden).to_contain_text("trasig.html: filen är")
    expect(meddelanden).to_contain_text("tom.html: filen är tom")
    resultat = sida.locator(".kb-sammanstall__resultat")
    for svar in ["Svar A1", "Svar A2", "Svar A3", "Svar B1"]:
        expect(resultat).to_contain_text(svar)
    # An answer to a question the site no longer has is listed under its own heading.
    expect(resultat.get_by_role("heading", name="Frågor som inte finns på webbplatsen i dag")).to_be_visible()
    expect(resultat).to_contain_text("En fråga från förr?")
    # Per organisation.
    sida.select_option("#kb-sammanstall-urval", "Kommunen")
    expect(resultat).to_contain_text("Svar B1")
    expect(resultat).not_to_contain_text("Svar A1")
    sida.select_option("#kb-sammanstall-urval", "")
    with sida.expect_download() as nedladdning:
        sida.get_by_role("button", name="Ladda ner som kalkylblad (CSV)").click()
    text = open(nedladdning.value.path(), encoding="utf-8-sig").read()
    rader = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rader[0][:5] == ["Fråga", "Sida", "Organisation", "Namn", "Svar"]
    assert sorted(r[4] for r in rader[1:]) == ["Svar A1; med semikolon och \"citat\"", "Svar A2", "Svar A3", "Svar B1"]
    assert {r[2] for r in rader[1:]} == {"Arbetsförmedlingen", "Kommunen"}
    assert [r[6] for r in rader[1:] if r[4] == "Svar A3"] == ["nej"]
    assert axe_brister(sida) == []
    # With one click the compilation is a deck for the workshop: a slide per question.
    with sida.context.expect_page() as ny:
        sida.get_by_role("button", name="Visa som bildspel").click()
    bildspel = ny.value
    expect(bildspel.locator("body")).to_have_attribute("data-klar", "ja")
    expect(bildspel.locator("section h2", has_text=f1["fraga"][:30]).first).to_be_attached()
    expect(bildspel.locator(".slides")).to_contain_text("Svar B1 (Kommunen)")
    expect(bildspel.locator(".slides")).to_contain_text("En fråga från förr?")
    assert sida.externa == []


@pytest.mark.browser
def test_tva_filer_fran_samma_person_sags_och_bada_ar_med(server, sida, tmp_path):
    (tmp_path / "forsta.html").write_text(svarsfil("samma", "", [{"id": "a/#x", "fraga": "X?", "svar": "Ett"}]))
    (tmp_path / "andra.html").write_text(svarsfil("samma", "", [{"id": "a/#x", "fraga": "X?", "svar": "Två"}]))
    sida.goto(server.url + "svar/sammanstall/", wait_until="load")
    expect(sida.locator(".kb-sammanstall")).to_have_attribute("data-klar", "ja")
    sida.set_input_files("#kb-sammanstall-filer", [str(tmp_path / "forsta.html"), str(tmp_path / "andra.html")])
    expect(sida.locator(".kb-sammanstall__meddelanden")).to_contain_text("forsta.html och andra.html: filerna kommer från samma person")
    expect(sida.locator(".kb-sammanstall__resultat")).to_contain_text("Ett")
    expect(sida.locator(".kb-sammanstall__resultat")).to_contain_text("Två")


@pytest.mark.browser
@pytest.mark.parametrize("lage", ["light", "dark"])
def test_mina_svar_med_svar_har_inga_axe_brister(server, chromium, lage):
    context = chromium.new_context(locale="sv-SE", color_scheme=lage)
    sida = context.new_page()
    skriv_svar(sida, server.url + TEMA, 1, "Ett svar att visa.")
    sida.goto(server.url + "mina-svar/", wait_until="load")
    expect(sida.locator(".kb-mina-svar__lista")).to_contain_text("Ett svar att visa.")
    assert axe_brister(sida) == []
    sida.goto(server.url + TEMA, wait_until="load")
    expect(sida.locator("#kb-svar-1")).to_have_value("Ett svar att visa.")
    assert axe_brister(sida) == []
    context.close()


def test_i_haftet_finns_fragan_och_plats_att_skriva_men_inte_skarmens_hjalptext(webbplats):
    import subprocess
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(webbplats / "haften/bip1-deltagare.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Hur märker en deltagare vad du tror om hen?" in " ".join(text.split())
    for skarmtext in ["Ditt svar", "Mina svar", "Sparat", "Svaren sparas bara"]:
        assert skarmtext not in text, skarmtext


@pytest.mark.browser
def test_lyssna_laser_fragorna_men_inte_svarsrutorna(server, chromium):
    from test_tillganglighet import FALSK_ROST
    context = chromium.new_context()
    context.add_init_script(FALSK_ROST % "[{lang: 'sv-SE', name: 'Svenska'}]")
    sida = context.new_page()
    sida.goto(server.url + TEMA, wait_until="load")
    sida.locator("#kb-svar-1").fill("Mitt eget hemliga svar.")
    fraga = sida.locator("#kb-svar-1").get_attribute("data-fraga")
    sida.get_by_role("button", name="Lyssna").click()
    sagt = " ".join(s["text"] for s in sida.evaluate("window.__tal.sagt"))
    assert fraga in sagt
    assert "Ditt svar" not in sagt and "Mitt eget hemliga svar" not in sagt
    context.close()
