"""The self-check before and after the BIP course (bip/sjalvskattning.md): its front-matter
schema, the form it becomes, what the browser saves (the storage contract other parts
of the site read), the spider diagram and table in light, dark and phone modes, and the
static example diagram on bip/spindeldiagram.md."""

from __future__ import annotations

import datetime as dt
import json
import math
import re

import pytest
import yaml
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from kunskapsbank.haften.definitioner import las_definitioner
from kunskapsbank.kallor.moduler import sidan_matchar
from kunskapsbank.kallor.sidhuvud import granska_fil, granska_sidhuvud
from kunskapsbank.sidor.kurssidor import sjalvskattning
from verktyg import ROT, axe_brister, tabba_till

FIL = "docs/bip/sjalvskattning.md"
ADRESS = "bip/sjalvskattning/"
SKATTNING = granska_fil(ROT / FIL, FIL)[0].sjalvskattning
TEMAN = [(t.id, t.tema, [p.id for p in t.pastaenden]) for t in SKATTNING.teman]
PASTAENDEN = [p for _, _, ids in TEMAN for p in ids]
# One answer per statement, in the page's order: before and after the course. Uppföljning
# goes down, so the difference column shows a minus sign too.
FORE = dict(zip(PASTAENDEN, [2, 3, 2, 3, 2, 4, 1, 2, 3, 3, 2, 3, 3, 3]))
EFTER = dict(zip(PASTAENDEN, [4, 4, 3, 4, 3, 4, 3, 3, 4, 3, 4, 2, 3, 2]))
LAGEN = {
    "ljust": {"color_scheme": "light", "viewport": {"width": 1280, "height": 900}},
    "mörkt": {"color_scheme": "dark", "viewport": {"width": 1280, "height": 900}},
    "mobil": {"color_scheme": "light", "viewport": {"width": 375, "height": 740},
              "device_scale_factor": 2, "is_mobile": True, "has_touch": True},
}


def medel(varden: dict, ids: list[str]) -> float:
    return sum(varden[i] for i in ids) / len(ids)


def js_avrunda(varde: float) -> float:
    """Math.round(x * 10) / 10, as sjalvskattning.js rounds (half up, also below zero)."""
    return math.floor(varde * 10 + 0.5) / 10


def som_tal(varde: float) -> str:
    return f"{js_avrunda(varde):.1f}".replace(".", ",")


def som_skillnad(varde: float) -> str:
    avrundat = js_avrunda(varde)
    if avrundat == 0:
        return "0,0"
    return ("+" if avrundat > 0 else "−") + f"{abs(avrundat):.1f}".replace(".", ",")


# --- Front matter and the built page -------------------------------------------------

def test_sidan_har_fem_teman_med_egna_pastaenden():
    sida, fel = granska_fil(ROT / FIL, FIL)
    assert fel == [] and sida.granskad == dt.date(2026, 12, 7) and sida.lattlast == "lattlast"
    assert [t for _, t, _ in TEMAN] == ["Tilltro", "Jobbfokus", "Flexibilitet och reflektion",
                                       "Parallellitet", "Uppföljning"]
    assert all(2 <= len(ids) <= 3 for _, _, ids in TEMAN)
    assert len(set(PASTAENDEN)) == len(PASTAENDEN) == 14
    # The course participant rates their own work as staff.
    assert all(p.text.startswith("Jag ") for p in SKATTNING.pastaenden)
    assert (SKATTNING.skala.lag, SKATTNING.skala.hog) == ("Stämmer inte alls", "Stämmer helt")


def las(fil: str = FIL) -> str:
    return (ROT / fil).read_text(encoding="utf-8")


def rad_med(text: str, bit: str, nr: int = 1) -> int:
    return [i for i, rad in enumerate(text.split("\n"), 1) if bit in rad][nr - 1]


def fel_i(text: str) -> list[str]:
    sida, fel = granska_sidhuvud(text, FIL)
    assert sida is None and fel, "felet upptäcktes inte"
    return [str(f) for f in fel]


def test_samma_id_pa_tva_pastaenden_ger_svenskt_fel_pa_raden():
    text = las().replace("id: tilltro-vet-paverkan", "id: tilltro-visar-tro", 1)
    fel = fel_i(text)
    assert fel[0].startswith(f"{FIL}:{rad_med(text, 'id: tilltro-visar-tro', 2)}:15: "
                             "Två påståenden har samma id, 'tilltro-visar-tro'")
    assert "Så rättar du: Ge påståendet ett eget id" in fel[0]


def test_felstavad_nyckel_i_sjalvskattningen_ger_svenskt_fel_pa_raden():
    text = las().replace("      pastaenden:\n", "      pastaende:\n", 1)
    fel = fel_i(text)
    assert fel[0].startswith(f"{FIL}:{rad_med(text, 'pastaende:')}:7: Nyckeln 'pastaende' finns inte. "
                             "Menade du 'pastaenden'?")


def test_for_fa_teman_ger_svenskt_fel_pa_raden():
    text = las()
    text = text[:text.index("    - id: jobbfokus")] + text[text.index("    - id: uppfoljning"):]
    fel = fel_i(text)
    assert fel[0].startswith(f"{FIL}:{rad_med(text, '- id: tilltro')}:5: Självskattningen har 2 teman. "
                             "Ett spindeldiagram behöver minst 3")


def test_skalan_utan_ord_for_5_ger_svenskt_fel_pa_raden():
    text = las().replace('    hog: "Stämmer helt"\n', "", 1)
    fel = fel_i(text)
    assert fel[0].startswith(f"{FIL}:{rad_med(text, 'lag:')}:5: 'hog' saknas i 'skala'.")


def test_formularet_har_en_grupp_med_rubrik_per_pastaende(webbplats):
    dom = BeautifulSoup((webbplats / ADRESS / "index.html").read_text(encoding="utf-8"), "html.parser")
    grupper = dom.select("form.kb-sjalvskattning__formular fieldset[data-pastaende]")
    assert [g["data-pastaende"] for g in grupper] == PASTAENDEN
    for grupp, pastaende in zip(grupper, SKATTNING.pastaenden):
        assert pastaende.text in grupp.legend.get_text()
        assert [i["value"] for i in grupp.select("input[type=radio]")] == ["1", "2", "3", "4", "5"]
        etiketter = [" ".join(lab.get_text().split()) for lab in grupp.select("label")]
        assert etiketter == ["1 Stämmer inte alls", "2", "3", "4", "5 Stämmer helt"]
    val = dom.select_one("fieldset.kb-sjalvskattning__tillfalle")
    assert val.legend.get_text() == "När svarar du?"
    assert [" ".join(lab.get_text().split()) for lab in val.select("label")] == ["Före kursen", "Efter kursen"]
    rubriker = [h.get_text().strip("¶ ") for h in dom.select("article h2")]
    start = rubriker.index("Tilltro")
    assert rubriker[start:start + 6] == [t for _, t, _ in TEMAN] + ["Ditt resultat"]
    assert dom.select_one("table caption").get_text().startswith("Ditt resultat per tema")
    # In the menu right after the BIP knowledge test.
    bip = next(d["BIP"] for d in yaml.load(las("mkdocs.yml"), Loader=yaml.SafeLoader)["nav"]
               if isinstance(d, dict) and "BIP" in d)
    assert bip.index("bip/sjalvskattning.md") == bip.index("bip/kunskapstest.md") + 1
    # No other page has the form; the script sees that and does nothing there.
    assert "kb-sjalvskattning" not in (webbplats / "bip/kunskapstest/index.html").read_text(encoding="utf-8")


def test_sidan_finns_inte_i_nagot_hafte_och_haftet_doljer_formularets_knappar():
    """The answers live in the browser, so the page is in no booklet. Should a förbund add it,
    the booklet's stylesheet hides what only works on screen."""
    installningar = yaml.load(las("mkdocs.yml"), Loader=yaml.SafeLoader)
    for hafte in las_definitioner(installningar["extra"]["haften"]):
        assert not any(sidan_matchar("bip/sjalvskattning.md", post) for post in hafte.sidor), hafte.id
    css = las("scripts/kunskapsbank/haften/hafte.css")
    assert re.search(r"\.kb-sjalvskattning__knappar, \.kb-sjalvskattning__status, "
                     r"\.kb-sjalvskattning__resultat \{ display: none; \}", css)


# --- In a real browser -------------------------------------------------------------

def oppna(sida, server):
    sida.goto(server.url + ADRESS, wait_until="load")
    expect(sida.locator("input[name='sk-tillfalle']:checked")).to_have_count(1)


def fyll_i(sida, matning: str, varden: dict) -> None:
    sida.check(f"input[name='sk-tillfalle'][value='{matning}']")
    for pastaende, varde in varden.items():
        sida.check(f"input[name='sk-{pastaende}'][value='{varde}']")
    sida.get_by_role("button", name="Spara mina svar").click()


def tabellen(sida) -> list[list[str]]:
    return sida.eval_on_selector(".kb-sjalvskattning__tabellram table",
                                 "t => [...t.rows].map(r => [...r.cells].map(c => c.textContent.trim()))")


def sparat(sida, matning: str):
    return sida.evaluate(f"JSON.parse(localStorage.getItem('kb-sjalvskattning:{matning}'))")


@pytest.mark.browser
def test_fore_sparas_och_syns_efter_omladdning_med_en_serie(server, sida):
    oppna(sida, server)
    expect(sida.locator(".kb-sjalvskattning__tomt")).to_be_visible()
    expect(sida.locator(".kb-sjalvskattning__visning")).to_be_hidden()
    fyll_i(sida, "fore", FORE)
    expect(sida.locator(".kb-sjalvskattning__status")).to_have_text(re.compile(r"^Sparat\."))
    expect(sida.locator(".kb-sjalvskattning__status")).to_have_attribute("role", "status")
    # The storage contract that other parts of the site read.
    data = sparat(sida, "fore")
    assert set(data) == {"datum", "varden", "teman"}
    assert data["datum"] == sida.evaluate("(() => { const d = new Date(); return d.getFullYear() + '-' + "
                                          "String(d.getMonth() + 1).padStart(2, '0') + '-' + "
                                          "String(d.getDate()).padStart(2, '0'); })()")
    assert data["varden"] == FORE
    assert data["teman"] == pytest.approx({t: medel(FORE, ids) for t, _, ids in TEMAN})
    assert sparat(sida, "efter") is None

    sida.reload(wait_until="load")
    expect(sida.locator(".kb-sjalvskattning__visning")).to_be_visible()
    assert tabellen(sida) == [["Tema", "Före kursen"]] + [[namn, som_tal(medel(FORE, ids))]
                                                          for _, namn, ids in TEMAN]
    expect(sida.locator(".kb-spindel svg [data-serie]")).to_have_count(1)
    assert sida.locator(".kb-spindel svg [data-serie='fore'] rect").count() == len(TEMAN)
    expect(sida.locator(".kb-spindel__forklaring li")).to_have_count(1)
    expect(sida.locator(".kb-spindel__forklaring li")).to_contain_text("streckad linje med fyrkanter")
    # Back after the course, the form waits for the second measurement, empty.
    expect(sida.locator("input[name='sk-tillfalle'][value='efter']")).to_be_checked()
    expect(sida.locator("fieldset[data-pastaende] input:checked")).to_have_count(0)
    # "Before" again shows the saved answers.
    sida.check("input[name='sk-tillfalle'][value='fore']")
    expect(sida.locator("fieldset[data-pastaende] input:checked")).to_have_count(len(FORE))
    assert sida.externa == []


@pytest.mark.browser
def test_efter_ger_bada_serierna_och_ratt_skillnad(server, sida):
    oppna(sida, server)
    fyll_i(sida, "fore", FORE)
    fyll_i(sida, "efter", EFTER)
    expect(sida.locator(".kb-sjalvskattning__status")).to_have_text(re.compile(r"^Sparat\. Dina svar efter kursen"))
    expect(sida.locator(".kb-spindel svg [data-serie]")).to_have_count(2)
    vantat = [["Tema", "Före kursen", "Efter kursen", "Skillnad"]]
    for _, namn, ids in TEMAN:
        fore, efter = medel(FORE, ids), medel(EFTER, ids)
        vantat.append([namn, som_tal(fore), som_tal(efter), som_skillnad(efter - fore)])
    assert tabellen(sida) == vantat
    assert {r[3] for r in vantat[1:]} >= {"+1,3", "−0,7"}       # up and down both shown
    # The row and column headers are real headers.
    assert sida.locator("table thead th[scope=col]").count() == 4
    assert sida.locator("table tbody th[scope=row]").count() == len(TEMAN)
    # Before is dashed with squares, after is solid with round markers.
    streck = sida.eval_on_selector_all(".kb-spindel svg [data-serie] .kb-spindel__linje",
                                       "ls => ls.map(l => getComputedStyle(l).strokeDasharray)")
    assert streck[0] != "none" and streck[1] == "none"
    assert sida.locator("[data-serie='fore'] rect").count() == sida.locator("[data-serie='efter'] circle").count() == 5
    sida.reload(wait_until="load")
    assert tabellen(sida) == vantat


@pytest.mark.browser
def test_bara_tangentbordet(server, sida):
    oppna(sida, server)
    tabba_till(sida, "e.name === 'sk-tillfalle'", 80, "Tabb-tangenten når aldrig valet före eller efter")
    assert sida.evaluate("document.activeElement.value") == "fore"
    for pastaende, varde in FORE.items():
        # Links to the theme pages stand between the groups: Tab goes on past them.
        tabba_till(sida, f"e.name === 'sk-{pastaende}'", 5, f"Tabb-tangenten når inte {pastaende}")
        sida.keyboard.press("Space")
        for _ in range(varde - 1):
            sida.keyboard.press("ArrowRight")
        assert sida.evaluate("document.activeElement.checked && +document.activeElement.value") == varde
    sida.keyboard.press("Tab")
    assert sida.evaluate("document.activeElement.textContent") == "Spara mina svar"
    sida.keyboard.press("Enter")
    expect(sida.locator(".kb-sjalvskattning__status")).to_have_text(re.compile(r"^Sparat\."))
    assert sparat(sida, "fore")["varden"] == FORE
    # The delete button is next, and asks first.
    sida.keyboard.press("Tab")
    assert sida.evaluate("document.activeElement.textContent") == "Ta bort mina svar"
    sida.once("dialog", lambda dialog: dialog.dismiss())
    sida.keyboard.press("Enter")
    assert sparat(sida, "fore") is not None


@pytest.mark.browser
def test_saknade_svar_sags_och_fokus_hamnar_pa_forsta(server, sida):
    oppna(sida, server)
    sida.check(f"input[name='sk-{PASTAENDEN[0]}'][value='3']")
    sida.get_by_role("button", name="Spara mina svar").click()
    expect(sida.locator(".kb-sjalvskattning__status")).to_have_text(
        f"Svara på alla påståenden först. {len(PASTAENDEN) - 1} påståenden saknar svar.")
    assert sida.evaluate("document.activeElement.name") == f"sk-{PASTAENDEN[1]}"
    assert sparat(sida, "fore") is None


@pytest.mark.browser
def test_ta_bort_mina_svar_tar_bort_bada(server, sida):
    oppna(sida, server)
    fyll_i(sida, "fore", FORE)
    fyll_i(sida, "efter", EFTER)
    sida.once("dialog", lambda dialog: dialog.accept())
    sida.get_by_role("button", name="Ta bort mina svar").click()
    expect(sida.locator(".kb-sjalvskattning__status")).to_have_text("Dina svar är borttagna.")
    assert sparat(sida, "fore") is None and sparat(sida, "efter") is None
    expect(sida.locator(".kb-sjalvskattning__visning")).to_be_hidden()
    expect(sida.locator("fieldset[data-pastaende] input:checked")).to_have_count(0)


# localStorage that throws: turned off by the reader (reading it throws), or full.
AVSTANGD = """Object.defineProperty(window, 'localStorage', {configurable: true,
  get() { throw new DOMException('Lagringen är avstängd', 'SecurityError'); }});"""
FULL = """Storage.prototype.setItem = function () {
  throw new DOMException('Lagringen är full', 'QuotaExceededError'); };"""


@pytest.mark.browser
@pytest.mark.parametrize("skript", [AVSTANGD, FULL], ids=["avstängd", "full"])
def test_utan_lagring_ritas_resultatet_anda_och_status_sager_det(server, chromium, skript):
    context = chromium.new_context(locale="sv-SE")
    context.add_init_script(skript)
    sida = context.new_page()
    fel = []
    sida.on("pageerror", lambda e: fel.append(str(e)))
    oppna(sida, server)
    if skript == AVSTANGD:
        expect(sida.locator(".kb-sjalvskattning__status")).to_have_text(
            "Din webbläsare kan inte spara svaren. Du ser resultatet bara medan sidan är öppen.")
    fyll_i(sida, "fore", FORE)
    expect(sida.locator(".kb-sjalvskattning__status")).to_have_text(
        "Svaren kunde inte sparas i webbläsaren. Du ser resultatet bara medan sidan är öppen.")
    expect(sida.locator(".kb-spindel svg [data-serie]")).to_have_count(1)
    fyll_i(sida, "efter", EFTER)
    expect(sida.locator(".kb-spindel svg [data-serie]")).to_have_count(2)
    assert len(tabellen(sida)[0]) == 4
    # Material's own scripts read the storage too, and throw when it is turned off (as they
    # do for any reader with storage off); with full storage no script may throw.
    assert skript == AVSTANGD or fel == []
    context.close()


@pytest.mark.browser
def test_skriptet_gor_ingenting_pa_andra_sidor(server, sida):
    fel = []
    sida.on("pageerror", lambda e: fel.append(str(e)))
    sida.goto(server.url + "bip/kunskapstest/", wait_until="load")
    sida.wait_for_function("document.readyState === 'complete'")
    assert sida.evaluate("Object.keys(localStorage).filter(k => k.startsWith('kb-sjalvskattning'))") == []
    assert sida.locator(".kb-spindel").count() == 0 and fel == []


@pytest.mark.browser
def test_formularet_fungerar_pa_hela_webbplatsen_pa_en_sida(server, sida):
    """The print page puts the page's path before every name and id in the form."""
    sida.goto(server.url + "print_page/", wait_until="load")
    expect(sida.locator(".kb-sjalvskattning__tillfalle input:checked")).to_have_count(1)
    for grupp, varde in zip(sida.locator("fieldset[data-pastaende]").all(), FORE.values()):
        grupp.locator(f"input[value='{varde}']").check()
    sida.locator(".kb-sjalvskattning").get_by_role("button", name="Spara mina svar").click()
    expect(sida.locator(".kb-sjalvskattning__status")).to_have_text(re.compile(r"^Sparat\."))
    assert sparat(sida, "fore")["varden"] == FORE


# --- Light, dark and phone -------------------------------------------------------------

KONTRAST = """() => {
  // Colours as the browser computed them; a see-through colour is laid on the background first.
  const rgb = (s) => { const m = s.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
  const bakgrund = (e) => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
                                 if (c.a > 0) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
  const over = (f, b) => ({r: f.r * f.a + b.r * (1 - f.a), g: f.g * f.a + b.g * (1 - f.a), b: f.b * f.a + b.b * (1 - f.a)});
  const lum = (c) => { const k = [c.r, c.g, c.b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                       return 0.2126 * k[0] + 0.7152 * k[1] + 0.0722 * k[2]; };
  const kontrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const svg = document.querySelector('.kb-spindel svg');
  const bg = bakgrund(svg);
  const matt = (valjare, egenskap) => [...svg.querySelectorAll(valjare)].map(e => {
    const s = getComputedStyle(e); return {valjare, farg: s[egenskap], kontrast: kontrast(over(rgb(s[egenskap]), bg), bg)}; });
  return {bakgrund: bg,
          text: matt('.kb-spindel__etikett', 'fill'),
          linjer: [...matt('.kb-spindel__rutnat', 'stroke'), ...matt('.kb-spindel__linje', 'stroke'),
                   ...matt('.kb-spindel__punkt', 'fill')]};
}"""


def kontext(chromium, lage):
    context = chromium.new_context(locale="sv-SE", **LAGEN[lage])
    return context, context.new_page()


@pytest.mark.browser
@pytest.mark.parametrize("lage", ["ljust", "mörkt"])
def test_diagrammet_har_kontrast_mot_sidans_bakgrund(server, chromium, lage):
    context, sida = kontext(chromium, lage)
    oppna(sida, server)
    fyll_i(sida, "fore", FORE)
    fyll_i(sida, "efter", EFTER)
    expect(sida.locator(".kb-spindel svg [data-serie]")).to_have_count(2)
    matt = sida.evaluate(KONTRAST)
    morkt = sum(matt["bakgrund"][k] for k in "rgb") < 3 * 128
    assert morkt == (lage == "mörkt"), matt["bakgrund"]
    assert len(matt["text"]) == len(TEMAN)
    # Text at least 4.5:1, lines and markers at least 3:1 (WCAG 1.4.3 and 1.4.11).
    assert [m for m in matt["text"] if m["kontrast"] < 4.5] == []
    assert [m for m in matt["linjer"] if m["kontrast"] < 3] == []
    context.close()


@pytest.mark.browser
def test_forklaringen_och_axlarnas_namn_ar_lasbara_i_mobilen(server, chromium):
    context, sida = kontext(chromium, "mobil")
    oppna(sida, server)
    fyll_i(sida, "fore", FORE)
    fyll_i(sida, "efter", EFTER)
    expect(sida.locator(".kb-spindel__forklaring li")).to_have_count(2)
    storlek = sida.eval_on_selector_all(".kb-spindel__forklaring li", "ls => ls.map(l => parseFloat(getComputedStyle(l).fontSize))")
    assert min(storlek) >= 12
    # The axis names are SVG text, scaled with the picture: their size on screen counts.
    skalad = sida.evaluate("""() => { const svg = document.querySelector('.kb-spindel svg');
      const skala = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('.kb-spindel__etikett')].map(t => parseFloat(getComputedStyle(t).fontSize) * skala); }""")
    assert min(skalad) >= 12, skalad
    # Nothing is wider than the phone, the table neither.
    assert sida.evaluate("document.documentElement.scrollWidth") <= 375
    assert sida.evaluate("document.querySelector('.kb-sjalvskattning__tabellram table').scrollWidth") <= 375
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lage", list(LAGEN))
def test_axe_hittar_inga_brister_med_resultatet_synligt(server, chromium, lage):
    context, sida = kontext(chromium, lage)
    oppna(sida, server)
    assert axe_brister(sida) == []
    fyll_i(sida, "fore", FORE)
    expect(sida.locator(".kb-spindel svg [data-serie]")).to_have_count(1)
    fyll_i(sida, "efter", EFTER)
    expect(sida.locator(".kb-spindel svg [data-serie]")).to_have_count(2)
    assert axe_brister(sida) == []
    context.close()


# --- The static example on bip/spindeldiagram.md ---------------------------------------------

SVG_STORLEK = """async () => {
  const bild = document.querySelector('article img[src$="spindeldiagram-exempel.svg"]');
  const svg = new DOMParser().parseFromString(await (await fetch(bild.src)).text(), 'image/svg+xml').documentElement;
  const skala = bild.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const forsta = svg.querySelector('rect');
  return {minsta: Math.min(...[...svg.querySelectorAll('text')].map(t => +t.getAttribute('font-size'))) * skala,
          ytan: forsta.getAttribute('fill'), bredd: +forsta.getAttribute('width') / svg.viewBox.baseVal.width,
          utan_farg: [...svg.querySelectorAll('text')].filter(t => !t.getAttribute('fill')).length};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("lage", ["mörkt", "mobil"])
def test_exemplets_bild_ar_ett_ljust_kort_med_lasbar_text(server, chromium, lage):
    """The example is an <img>: the page's dark scheme cannot reach inside, so it is a light
    card with its own dark text, and its text (legend too) is large enough on a phone."""
    context, sida = kontext(chromium, lage)
    sida.goto(server.url + "bip/spindeldiagram/", wait_until="load")
    matt = sida.evaluate(SVG_STORLEK)
    assert matt["ytan"] == "#ffffff" and matt["bredd"] > 0.98 and matt["utan_farg"] == 0
    if lage == "mobil":
        assert matt["minsta"] >= 12, matt
    alt = sida.get_attribute("article img[src$='spindeldiagram-exempel.svg']", "alt")
    assert alt.startswith("Påhittat spindeldiagram med sju axlar och två mätningar")
    context.close()


def test_nytt_id_med_tidigare_id_ger_pastaendet_ett_data_tidigare():
    text = (ROT / FIL).read_text(encoding="utf-8").replace(
        "- id: tilltro-eget-yrke\n", "- id: tilltro-mitt-arbete\n          tidigare_id: [tilltro-eget-yrke]\n")
    sida, fel = granska_sidhuvud(text, FIL)
    assert fel == []
    assert ('<fieldset class="kb-sjalvskattning__pastaende" data-pastaende="tilltro-mitt-arbete" '
            'data-tidigare="tilltro-eget-yrke">') in sjalvskattning(sida)


@pytest.mark.browser
def test_svar_sparat_under_ett_tidigare_id_raknas_for_pastaendet_med_det_nya(server, sida):
    """A trainer renamed a statement's id and wrote the old one under tidigare_id: ratings a
    participant saved before still count, in the form and in the result."""
    oppna(sida, server)
    fyll_i(sida, "fore", FORE)
    vantat = tabellen(sida)

    def nytt_id(route):
        svar = route.fetch()
        html = svar.text().replace('data-pastaende="tilltro-eget-yrke"',
                                   'data-pastaende="tilltro-mitt-arbete" data-tidigare="tilltro-eget-yrke"')
        route.fulfill(response=svar, body=html.replace('name="sk-tilltro-eget-yrke"', 'name="sk-tilltro-mitt-arbete"'))

    sida.route(server.url + ADRESS, nytt_id)
    sida.reload(wait_until="load")
    expect(sida.locator("fieldset[data-pastaende='tilltro-mitt-arbete']")).to_have_count(1)
    expect(sida.locator(".kb-sjalvskattning__visning")).to_be_visible()
    assert tabellen(sida) == vantat
    sida.check("input[name='sk-tillfalle'][value='fore']")
    expect(sida.locator(f"input[name='sk-tilltro-mitt-arbete'][value='{FORE['tilltro-eget-yrke']}']")).to_be_checked()
