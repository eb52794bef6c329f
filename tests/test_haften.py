"""Course booklets: content by audience, Swedish labels, table of contents, PDF/UA."""

from __future__ import annotations

import re
import subprocess

import pikepdf
import pytest
import yaml
from bs4 import BeautifulSoup

from kunskapsbank.haften.definitioner import las_definitioner
from verktyg import ROT, med_stilmall

# Every booklet the site builds, a session's kit as its two booklets.
HAFTEN = {h.id: h for h in las_definitioner(yaml.load((ROT / "mkdocs.yml").read_text(encoding="utf-8"),
                                                      Loader=yaml.SafeLoader)["extra"]["haften"])}
DELTAGARE = [i for i, h in HAFTEN.items() if h.malgrupp == "deltagare"]
UTBILDARE = [i for i, h in HAFTEN.items() if h.malgrupp == "utbildare"]
# The layout checks (rendering, page numbers, headings at a page's foot) on every booklet
# and on two of the 34 kits: the kits are made by the same steps from the same pages.
# Content and tagging (no trainer note, PDF/UA, Swedish labels) are checked on every kit.
KIT_PROV = ["kit-bip1-heldag-deltagare", "kit-bip2-dag1-utbildare"]
LAYOUT = [i for i, h in HAFTEN.items() if h.pa_sidorna or i in KIT_PROV]


def pdf(webbplats, hafte_id):
    return webbplats / "haften" / f"{hafte_id}.pdf"


def text(fil, forsta=None, sista=None, layout=False):
    kommando = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        kommando.append("-layout")
    if forsta:
        kommando += ["-f", str(forsta), "-l", str(sista or forsta)]
    return subprocess.run(kommando + [str(fil), "-"], capture_output=True, text=True, check=True).stdout


def antal_sidor(fil):
    with pikepdf.open(fil) as dok:
        return len(dok.pages)


def test_alla_haften_finns(webbplats):
    assert {"bip1-deltagare", "bip-utbildare", "vta-metodbok", "ovningar-deltagare",
            "ovningar-utbildare", "lathund"} <= set(HAFTEN)
    for hafte_id in HAFTEN:
        assert pdf(webbplats, hafte_id).stat().st_size > 5000, hafte_id


@pytest.mark.parametrize("hafte_id", LAYOUT)
def test_sida_1_till_3_ritas_med_innehall(webbplats, tmp_path, hafte_id):
    from PIL import Image
    sista = min(3, antal_sidor(pdf(webbplats, hafte_id)))
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", str(sista),
                    str(pdf(webbplats, hafte_id)), str(tmp_path / "s")], check=True)
    bilder = sorted(tmp_path.glob("s-*.png"))
    assert len(bilder) == sista
    for bild in bilder:
        with Image.open(bild) as b:
            bredd, hojd = b.size
            assert abs(hojd / bredd - 297 / 210) < 0.02          # A4 portrait
            morka = sum(b.convert("L").histogram()[:128])
            assert morka > 0.002 * bredd * hojd, f"{bild.name} ser tom ut"


def anteckningstext():
    """A sentence that stands only inside a trainer-notes block, and one from a facit."""
    kalla = (ROT / "docs/ovningar/bip-rollspel.md").read_text(encoding="utf-8")
    block = kalla.split('!!! utbildare "Utbildarens anteckningar"', 1)[1]
    rad = next(r.strip(" -") for r in block.splitlines() if r.strip().startswith("- "))
    return rad[:40]


@pytest.mark.parametrize("hafte_id", DELTAGARE)
def test_deltagarhaften_saknar_utbildarens_anteckningar_och_facit(webbplats, hafte_id):
    innehall = text(pdf(webbplats, hafte_id))
    assert "Utbildarens anteckningar" not in innehall
    assert "Endast för utbildare" not in innehall
    assert "Facit" not in innehall
    assert anteckningstext() not in " ".join(innehall.split())


@pytest.mark.parametrize("hafte_id", UTBILDARE)
def test_utbildarhaften_har_anteckningarna(webbplats, hafte_id):
    innehall = " ".join(text(pdf(webbplats, hafte_id)).split())
    assert "Endast för utbildare: Utbildarens anteckningar" in innehall
    if "ovningar/" in HAFTEN[hafte_id].sidor:
        assert anteckningstext() in innehall
    if "vta/kunskapstest.md" in HAFTEN[hafte_id].sidor:
        assert "Facit: rätt svar på alla 11 frågor" in innehall


@pytest.mark.parametrize("hafte_id", list(HAFTEN))
def test_bara_svenska_etiketter(webbplats, hafte_id):
    innehall = text(pdf(webbplats, hafte_id))
    for engelska in ("Page ", "Table of Contents", "Contents", "Print Site"):
        assert engelska not in innehall
    sidor = antal_sidor(pdf(webbplats, hafte_id))
    assert f"Sida 1 av {sidor}" in innehall
    if HAFTEN[hafte_id].innehallsforteckning:
        assert "Innehåll" in innehall


def test_omslaget_har_forbund_titel_malgrupp_och_utgava_fran_git(webbplats):
    forbund = yaml.safe_load((ROT / "docs/lokalt/forbund.yml").read_text(encoding="utf-8"))
    hash_ = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROT, capture_output=True,
                           text=True).stdout.strip()
    for hafte_id in DELTAGARE + UTBILDARE:
        if not HAFTEN[hafte_id].omslag:
            continue
        omslag = " ".join(text(pdf(webbplats, hafte_id), 1).split())
        assert forbund["namn"] in omslag
        assert HAFTEN[hafte_id].titel in omslag
        assert ("För utbildare" if hafte_id in UTBILDARE else "För deltagare") in omslag
        # The edition a reader understands: the day the content last changed.
        assert re.search(r"Utgåva \d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|"
                         r"oktober|november|december) \d{4}", omslag), omslag
        if hash_:
            assert f"Version {hash_}" in omslag


TOC_RAD = re.compile(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$")


@pytest.mark.parametrize("hafte_id", [i for i in LAYOUT if HAFTEN[i].innehallsforteckning])
def test_innehallsforteckningens_sidnummer_stammer(webbplats, hafte_id):
    fil = pdf(webbplats, hafte_id)
    poster = []
    for sidnr in range(2, 6):
        for rad in text(fil, sidnr, layout=True).splitlines():
            m = TOC_RAD.match(rad)
            if m:
                poster.append((m.group(1), int(m.group(2))))
    assert len(poster) >= 3
    for titel, sida in poster:
        pa_sidan = " ".join(text(fil, sida).split())
        assert " ".join(titel.split()) in pa_sidan, f"'{titel}' står inte på sidan {sida}"


@pytest.mark.parametrize("hafte_id", list(HAFTEN))
def test_tillganglig_pdf_ua(webbplats, hafte_id):
    with pikepdf.open(pdf(webbplats, hafte_id)) as dok:
        rot = dok.Root
        assert "/StructTreeRoot" in rot
        assert bool(rot.MarkInfo.Marked)
        assert str(rot.Lang) == "sv"
        assert bool(rot.ViewerPreferences.DisplayDocTitle)
        with dok.open_metadata() as xmp:
            assert str(xmp.get("pdfuaid:part")) == "1"
            assert xmp.get("dc:title") == HAFTEN[hafte_id].titel
        with dok.open_outline() as disposition:
            titlar = [o.title for o in disposition.root]
        assert titlar, "bokmärken saknas"


def struktur_element(nod, typ, hittade):
    if isinstance(nod, pikepdf.Dictionary):
        if nod.get("/S") == typ:
            hittade.append(nod)
        barn = nod.get("/K")
        if barn is not None:
            for b in (barn if isinstance(barn, pikepdf.Array) else [barn]):
                struktur_element(b, typ, hittade)
    return hittade


def test_bilder_har_alternativtext_i_pdf(webbplats):
    with pikepdf.open(pdf(webbplats, "bip1-deltagare")) as dok:
        figurer = struktur_element(dok.Root.StructTreeRoot, "/Figure", [])
        assert figurer, "inga figurer i strukturträdet"
        alt = [str(f.get("/Alt", "")) for f in figurer]
        assert all(alt), alt
        assert any("spindeldiagram" in a.lower() for a in alt)


def test_lathunden_ar_ett_a4_och_lases_i_ratt_ordning(webbplats):
    fil = pdf(webbplats, "lathund")
    assert antal_sidor(fil) == 1
    innehall = text(fil)
    ordning = [innehall.index(r) for r in ("Före samtalet", "Under samtalet", "Efter samtalet",
                                            "Om deltagaren inte vill", "Trygghet och plats")]
    assert ordning == sorted(ordning)


def test_kurssidor_lankar_till_sitt_hafte_med_storlek(webbplats):
    dom = BeautifulSoup((webbplats / "bip/kurser/bip1-heldag/index.html").read_text(encoding="utf-8"),
                        "html.parser")
    ruta = dom.select_one(".kb-hafteslankar")
    assert "Ladda ner häftet som PDF" in ruta.get_text()
    lank = ruta.find("a", href=re.compile(r"haften/bip-utbildare\.pdf$"))
    kb = round(pdf(webbplats, "bip-utbildare").stat().st_size / 1024)
    assert f"({kb} kB)" in lank.parent.get_text()
    # Trainers send the participants' booklet out before the course day (lankas_fran).
    assert ruta.find("a", href=re.compile(r"haften/bip1-deltagare\.pdf$"))
    bip2 = BeautifulSoup((webbplats / "bip/kurser/bip2/index.html").read_text(encoding="utf-8"), "html.parser")
    assert not bip2.find("a", href=re.compile(r"haften/bip1-deltagare\.pdf$"))


@pytest.mark.browser
def test_utskrift_fran_webblasaren_visar_bara_innehall_och_lankadresser(server, sida):
    sida.goto(server.url + "tillganglighet/", wait_until="networkidle")
    sida.emulate_media(media="print")
    for valjare in (".md-header", ".md-sidebar--primary", ".md-search", ".md-footer"):
        assert not sida.locator(valjare).first.is_visible(), valjare
    efter = sida.evaluate("""() => { const a = [...document.querySelectorAll('.md-typeset a[href^="http"]')][0];
                                     return a ? getComputedStyle(a, '::after').content : null; }""")
    assert efter is None or "attr(href)" in efter or "http" in efter


def test_hela_webbplatsen_pa_en_sida_ar_svensk(webbplats):
    dom = BeautifulSoup((webbplats / "print_page/index.html").read_text(encoding="utf-8"), "html.parser")
    assert dom.html["lang"] == "sv"
    rubriker = [h.get_text(" ", strip=True) for h in dom.select("h1")]
    assert "Innehåll" in rubriker[0]
    assert any("Vad är BIP" in r for r in rubriker)
    assert not any("The BIP and VTA knowledge base" in r for r in rubriker)


def test_lank_till_sida_utanfor_utskriftssidan_leder_till_webbplatsen():
    from kunskapsbank.sidor.utskriftssida import ratta_lankar_till_utelamnade_sidor
    sida = ('<h1 id="granskaren">Granskaren</h1>'
            '<a href="#lattlast">rapporten</a> <a href="#granskaren">upp</a> '
            '<a href="#bip-kurser-bip2-dag-1">dag 1</a>')
    from mkdocs_print_site_plugin.urls import get_page_key
    urler = ["", "granskaren/", "lattlast/", "bip/", "bip/kurser/bip2/"]
    ny, andrade = ratta_lankar_till_utelamnade_sidor(sida, {get_page_key(u): u for u in urler}, "print_page/")
    assert andrade == 2
    assert '<a href="../lattlast/">rapporten</a>' in ny
    assert '<a href="#granskaren">upp</a>' in ny          # an anchor that exists stays
    assert '<a href="../bip/kurser/bip2/#dag-1">dag 1</a>' in ny


def test_a5_och_lankadresser_skrivs_ut_efter_lanktexten(tmp_path):
    """A booklet on A5 paper; an external link's address is printed after its text, and a
    link to a page outside the booklet gets the site's full address when one is known."""
    from kunskapsbank.haften.definitioner import las_definitioner
    from kunskapsbank.haften.pdf import skriv_pdf
    from kunskapsbank.haften.sammanstall import Kallsida, sammanstall
    from kunskapsbank.haften.utgava import Utgava

    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    med_stilmall(site)
    (site / "a/index.html").write_text(
        '<html><body><article class="md-content__inner"><h1 id="a">Anmälan</h1>'
        '<p>Du kan <a href="https://www.digg.se/tdosanmalan">anmäla brister till Digg</a>. '
        'Läs också <a href="../b/#steg">stegen på nästa sida</a>.</p></article></body></html>',
        encoding="utf-8")
    hafte = las_definitioner([{"id": "prov", "titel": "Prov", "malgrupp": "deltagare",
                               "sidor": ["a.md"], "papper": "A5"}])[0]
    forbund = {"namn": "Förbundet", "kortnamn": "F", "epost": "a@b.se", "webbplats": "https://b.se",
               "logga": "saknas.svg", "profilfarg": "#1f4e79"}
    html = sammanstall(hafte, [Kallsida("a.md", "a/", site / "a/index.html", "Anmälan")], forbund,
                       Utgava("1", "2026-01-01"), site, "https://kunskap.example/")
    fil = tmp_path / "prov.pdf"
    skriv_pdf(html, fil, site.as_uri() + "/")
    with pikepdf.open(fil) as dok:
        bredd, hojd = (float(v) for v in dok.pages[0].MediaBox[2:])
    assert (round(bredd / 72 * 25.4), round(hojd / 72 * 25.4)) == (148, 210)
    innehall = " ".join(text(fil).split())
    assert "anmäla brister till Digg (https://www.digg.se/tdosanmalan)" in innehall
    assert "stegen på nästa sida (https://kunskap.example/b/#steg)" in innehall


@pytest.mark.parametrize("hafte_id", [i for i in LAYOUT if HAFTEN[i].omslag])
def test_ingen_rubrik_star_ensam_langst_ner_pa_en_sida(webbplats, hafte_id):
    """The last text on a page is never a heading whose section starts on the next page."""
    fil = pdf(webbplats, hafte_id)
    rubriker = set()
    with pikepdf.open(fil) as dok:
        with dok.open_outline() as disposition:
            def samla(poster):
                for post in poster:
                    rubriker.add(" ".join(post.title.split()))
                    samla(post.children)
            samla(disposition.root)
        antal = len(dok.pages)
    assert len(rubriker) > 5
    ensamma = []
    for sidnr in range(2, antal + 1):
        rader = [r.strip() for r in text(fil, sidnr).splitlines() if r.strip()]
        # The running footer ("… · Utgåva …", "Sida X av Y") comes last on every page.
        rader = [r for r in rader if not re.match(r"^(Sida \d+ av \d+|.* · Utgåva .*)$", r)]
        if rader and rader[-1] in rubriker:
            ensamma.append(f"sidan {sidnr}: {rader[-1]}")
    assert ensamma == []


@pytest.mark.parametrize("hafte_id", ["bip1-deltagare", "vta-metodbok"])
def test_ingen_ruta_upprepar_rubriken_ovanfor(webbplats, hafte_id):
    """"Frågor att fundera på" once, not as a heading and again as the box's title (issue 28)."""
    rader = [" ".join(r.split()) for r in text(pdf(webbplats, hafte_id)).splitlines() if r.strip()]
    dubbla = {a for a, b in zip(rader, rader[1:]) if a == b and len(a.split()) >= 2 and not a[0].isdigit()}
    assert not dubbla, dubbla
