"""Nothing a förbund or a trainer writes becomes active content or an outbound request:
config values are escaped everywhere, raw HTML and SVGs are checked against an
allow-list, the PDF renderer fetches nothing from other hosts, and limits (image size,
logo folder, printable characters, symlink loops) get Swedish messages."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from verktyg import ROT, andra_config, bygg, kopiera_projekt, med_stilmall, skriv_sida

NAMN = 'Förbundet "Väst" & <Öst> <script>alert("namn")</script>'
KORTNAMN = 'SF "V" & <Ö></style>INJ'

# Module fixtures build copies of the project; one test process builds them once.
pytestmark = pytest.mark.xdist_group("sakerhet")


def las(fil: Path) -> BeautifulSoup:
    return BeautifulSoup(fil.read_text(encoding="utf-8"), "html.parser")


def pdftext(fil: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(fil), "-"], capture_output=True,
                          text=True, check=True).stdout


def ny_forbund(projekt: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kunskapsbank.forbund.nytt_forbund", "--rot", str(projekt), *args],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture(scope="module")
def farligt_namn(tmp_path_factory) -> Path:
    """A small copy of the project made a förbund's own with ny-forbund, with quotes,
    &, < and a script in its name and `</style>` in its short name, built with a booklet."""
    mapp = tmp_path_factory.mktemp("namn")
    projekt = kopiera_projekt(mapp / "projekt", med_innehall=False)
    docs = projekt / "docs"
    skriv_sida(docs, "index.md", "Start", "Välkommen till kursen.")
    skriv_sida(docs, "lokalt/kontakt.md", "Kontakt", "Ring oss på dagtid.", lattlast="lattlast")
    (docs / "tillganglighet").mkdir()
    shutil.copy2(ROT / "docs/tillganglighet/redogorelse.md", docs / "tillganglighet/redogorelse.md")

    def med_hafte(config):
        # With a nav, the förbund's own pages get a section titled with the short name.
        config["nav"] = ["index.md", {"Tillgänglighet": ["tillganglighet/redogorelse.md"]}]
        config["extra"]["haften"] = [{"id": "prov", "titel": "Provhäfte", "malgrupp": "deltagare",
                                      "sidor": ["index.md", "tillganglighet/redogorelse.md"]}]
    andra_config(projekt / "mkdocs.yml", med_hafte)
    svar = ny_forbund(projekt, "--namn", NAMN, "--kortnamn", KORTNAMN, "--epost", "hej@vast.example",
                      "--webbplats", "https://vast.example", "--farg", "#1f4e79",
                      "--logga", str(ROT / "docs/lokalt/logga.svg"), "--utan-bygge")
    assert svar.returncode == 0, svar.stdout + svar.stderr
    resultat = bygg(projekt / "mkdocs.yml", mapp / "site")
    assert resultat.returncode == 0, resultat.stderr
    return mapp / "site"


def test_namnet_med_citattecken_och_skript_visas_bokstavligt_overallt(farligt_namn):
    site = farligt_namn
    for relativ in ("index.html", "tillganglighet/redogorelse/index.html", "lokalt/kontakt/index.html"):
        dom = las(site / relativ)
        assert " ".join(dom.select_one(".md-header__topic .md-ellipsis").get_text().split()) == NAMN
        assert dom.title.get_text().endswith(NAMN), relativ
        logga = dom.select_one(".md-header a.md-logo")
        assert logga["aria-label"] == NAMN and logga["title"] == NAMN, relativ
        assert dom.select_one(".kb-sidfot__namn").get_text() == NAMN, relativ
        menyrubriker = [" ".join(e.get_text().split()) for e in dom.select(".md-nav--primary label.md-nav__link")]
        assert KORTNAMN in menyrubriker, (relativ, menyrubriker)
    redogorelse = las(site / "tillganglighet/redogorelse/index.html").select_one("article")
    assert f"{NAMN} står bakom webbplatsen" in " ".join(redogorelse.get_text().split())
    for fil in site.rglob("*.html"):
        dom = las(fil)
        assert not dom.find("script", string=re.compile("alert")), f"{fil}: namnets skript körs"


def test_kortnamn_med_style_slut_skrivs_bokstavligt_i_pdf_ens_sidfot(farligt_namn):
    text = pdftext(farligt_namn / "haften/prov.pdf")
    assert f"{KORTNAMN} · Utgåva" in text
    assert NAMN in text
    # Before the fix the rest of the stylesheet was printed as text after </style>.
    assert "counter(" not in text and "@bottom" not in text and "INJ;" not in text


# --- SVG files: no script, no event handler, no reference to another file or host ------

SVG_FALL = [
    ('<script>alert(1)</script>', "elementet <script>"),
    ('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
     "elementet <foreignObject>"),
    ('<rect width="5" height="5" onload="alert(1)"/>', "attributet onload"),
    ('<image href="http://127.0.0.1:9/a.png" width="5" height="5"/>', 'href="http://127.0.0.1:9/a.png"'),
    ('<image xlink:href="//example.org/a.png" width="5" height="5"/>', 'xlink:href="//example.org/a.png"'),
    ('<a href="javascript:alert(1)"><text>x</text></a>', 'href="javascript:alert(1)"'),
    ('<rect style="fill: url(https://example.org/f.svg#g)" width="5" height="5"/>',
     "url(https://example.org/f.svg#g) i attributet style"),
    ('<rect fill="url(http://example.org/m.svg#p)" width="5" height="5"/>', "i attributet fill"),
    ('<style>@import url(https://example.org/s.css);</style>', "@import"),
    ('<style>rect { fill: url(http://example.org/x.png) }</style>', "i <style>"),
]


def svg(innehall: str, forst: str = "") -> bytes:
    return (f'{forst}<svg xmlns="http://www.w3.org/2000/svg" '
            f'xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">\n'
            f'<title>Bild</title>\n{innehall}\n</svg>\n').encode()


@pytest.mark.parametrize("innehall, vantat", SVG_FALL)
def test_svg_med_aktivt_innehall_eller_extern_referens_stoppas_med_rad(innehall, vantat):
    from kunskapsbank.kontroller.sakerhet import granska_svg
    problem = granska_svg(svg(innehall), "docs/bilder/bild.svg")
    assert problem, innehall
    assert any(vantat in str(p) for p in problem), [str(p) for p in problem]
    assert all(str(p).startswith("docs/bilder/bild.svg:3: SVG-bilden har") for p in problem)
    assert all("Så rättar du:" in str(p) for p in problem)


def test_svg_med_stilmall_entitet_eller_trasig_xml_stoppas():
    from kunskapsbank.kontroller.sakerhet import granska_svg
    stilmall = granska_svg(svg("", '<?xml-stylesheet href="https://example.org/s.css"?>\n'), "a.svg")
    assert "stilmall" in str(stilmall[0])
    bomb = granska_svg(svg("<text>&a;</text>", '<!DOCTYPE svg [<!ENTITY a "aaaa">]>\n'), "a.svg")
    assert "XML-entitet" in str(bomb[0])
    trasig = granska_svg(b"<svg><g></svg>", "a.svg")
    assert str(trasig[0]).startswith("a.svg:1: SVG-bilden går inte att läsa som XML")


def test_ofarliga_svg_och_alla_svg_filer_i_docs_godkanns():
    from kunskapsbank.kontroller.sakerhet import granska_svg
    ofarlig = svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/>'
                  '<use href="#g"/><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>'
                  '<style>rect { stroke: url(#g) }</style>',
                  '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
                  '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n')
    assert granska_svg(ofarlig, "a.svg") == []
    filer = sorted((ROT / "docs").rglob("*.svg"))
    assert len(filer) >= 4
    for fil in filer:
        assert granska_svg(fil.read_bytes(), fil.name) == [], fil


# --- Raw HTML in pages: an allow-list, and a stop with file and line -------------------

def test_sidans_html_utanfor_vitlistan_ger_fil_och_rad():
    import markdown
    from kunskapsbank.kontroller.sakerhet import granska_sidans_html
    kalla = ("---\ntitle: Prov\n---\n\n# Prov\n\nText.\n\n"           # lines 1-7
             '<p onclick="alert(1)">Klicka</p>\n\n'                     # 9
             '<div style="background: url(http://example.org/x.png)">Ruta</div>\n\n'   # 11
             "<script>alert(2)</script>\n\n"                            # 13
             "![Karta](https://example.org/karta.png)\n\n"              # 15
             '<a href="javascript:alert(3)">Länk</a>\n\n'               # 17
             '<iframe src="https://example.org/film"></iframe>\n')      # 19
    html = markdown.markdown(kalla.split("---\n", 2)[2], extensions=["md_in_html", "attr_list"])
    problem = [str(p) for p in granska_sidans_html(html, kalla, "docs/prov.md")]
    vantat = [("docs/prov.md:9:", "attributet onclick på <p>"),
              ("docs/prov.md:11:", "url(http://example.org/x.png) i style"),
              ("docs/prov.md:13:", "HTML-taggen <script>"),
              ("docs/prov.md:15:", 'src="https://example.org/karta.png"'),
              ("docs/prov.md:17:", "javascript:"),
              ("docs/prov.md:19:", "HTML-taggen <iframe>")]
    for plats, text in vantat:
        assert any(p.startswith(plats) and text in p and "Så rättar du:" in p for p in problem), \
            (plats, text, problem)
    assert len(problem) == len(vantat), problem


def test_tillaten_html_och_egna_formular_passerar_vitlistan():
    import markdown
    from kunskapsbank.sidor import kurssidor
    from kunskapsbank.kontroller.sakerhet import granska_sidans_html
    kalla = ('<details class="tip"><summary>Mer</summary><p>Text med <abbr title="Arbetsförmedlingen">AF'
             '</abbr>, <kbd>Ctrl</kbd> och <mark>markering</mark>.</p></details>\n\n'
             '| A | B |\n|:--|--:|\n| 1 | 2 |\n\n'
             '<span style="color: #1f4e79">Färg</span> <img alt="Punkt" src="data:image/png;base64,iVBORw0KGgo=">\n'
             '<a href="https://example.org" download>Fil</a> <a href="mailto:a@b.se">Mejl</a>\n')
    html = markdown.markdown(kalla, extensions=["tables", "md_in_html", "abbr"])
    assert granska_sidans_html(html, kalla, "docs/a.md") == []
    for sida, skapa in (("vta/kunskapstest.md", kurssidor.kunskapstest), ("vta/reflektion.md", kurssidor.reflektion)):
        text = (ROT / "docs" / sida).read_text(encoding="utf-8")
        from kunskapsbank.kallor.sidhuvud import las_sidhuvud
        formular = markdown.markdown(skapa(las_sidhuvud(text, sida)), extensions=["md_in_html", "attr_list"])
        assert "<form" in formular, sida
        assert granska_sidans_html(formular, text, sida) == [], sida


# --- Project copies: each mistake stops the build with the file and line ---------------

def _bygg_kopia(tmp_path: Path, andra) -> subprocess.CompletedProcess:
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "Välkommen till kursen.")
    andra(projekt / "docs")
    return bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})


def _logga_med_skript(docs: Path) -> None:
    fil = docs / "lokalt/logga.svg"
    fil.write_text(fil.read_text(encoding="utf-8").replace("</svg>", "<script>alert(1)</script>\n</svg>"),
                   encoding="utf-8")


def _sida_med_farlig_html(docs: Path) -> None:
    skriv_sida(docs, "kurs.md", "Kurs", "Läs mer nedan.\n\n<p onclick=\"alert(1)\">Klicka här</p>\n\n"
               "<span style=\"background: url(http://example.org/spar.png)\">Ruta</span>\n\n"
               "<script>alert(2)</script>")


def _lankloop(docs: Path) -> None:
    (docs / "bilder").mkdir()
    (docs / "bilder/tillbaka").symlink_to("..")


def _logga_utanfor(docs: Path) -> None:
    shutil.copy2(docs / "lokalt/logga.svg", docs.parent / "utanfor.svg")
    fil = docs / "lokalt/forbund.yml"
    fil.write_text(fil.read_text(encoding="utf-8").replace("logga: lokalt/logga.svg", "logga: ../utanfor.svg"),
                   encoding="utf-8")


def _rad(fil: Path, text: str) -> int:
    return next(nr for nr, rad in enumerate(fil.read_text(encoding="utf-8").splitlines(), 1) if text in rad)


@pytest.mark.parametrize("andra, vantat", [
    (_logga_med_skript, [r"docs/lokalt/logga\.svg:\d+: SVG-bilden har elementet <script>"]),
    (_sida_med_farlig_html, [r"docs/kurs\.md:9: Sidan har attributet onclick på <p>",
                             r"docs/kurs\.md:11: Sidan har en CSS-adress url\(http://example\.org/spar\.png\)",
                             r"docs/kurs\.md:13: Sidan har HTML-taggen <script>"]),
    (_lankloop, [r"docs/bilder/tillbaka: Länken pekar tillbaka på sig själv"]),
    (_logga_utanfor, [r"docs/lokalt/forbund\.yml:(\d+):\d+: Loggan \.\./utanfor\.svg ligger utanför mappen "
                      r"docs/lokalt/\. Så rättar du: Lägg loggan i docs/lokalt/"]),
], ids=["svg-skript", "html", "lankloop", "logga-utanfor"])
def test_misstaget_stoppar_bygget_med_svenskt_fel(tmp_path, andra, vantat):
    resultat = _bygg_kopia(tmp_path, andra)
    assert resultat.returncode != 0
    assert "Traceback" not in resultat.stderr, resultat.stderr[-2000:]
    for monster in vantat:
        traff = re.search(monster, resultat.stderr)
        assert traff, (monster, resultat.stderr[-2000:])
        if traff.groups():
            assert int(traff.group(1)) == _rad(tmp_path / "projekt/docs/lokalt/forbund.yml", "logga:")
    assert not (tmp_path / "site/index.html").exists()


def test_tillaten_html_formular_och_stor_bild_bygger_med_varning(tmp_path):
    """The real pages with our own forms build; a trainer's allowed HTML stays as
    written; an image over the limit builds with a warning that names it and its size."""
    projekt = kopiera_projekt(tmp_path / "projekt")
    docs = projekt / "docs"
    skriv_sida(docs, "bip/extra.md", "Extra", '<details class="tip"><summary>Mer</summary>\n'
               '<p>Tryck <kbd>Ctrl</kbd> och <span style="color: #1f4e79">läs</span>.</p></details>\n\n'
               "![Ett stort foto](stort.png)")
    with open(docs / "bip/stort.png", "wb") as fil:        # 1.2 MB, mostly a hole on disk
        fil.write(b"\x89PNG\r\n\x1a\n")
        fil.truncate(1200 * 1024)
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert resultat.returncode == 0, resultat.stderr[-3000:]
    assert ("docs/bip/stort.png: Bilden är 1200 kB, mer än gränsen 1000 kB." in resultat.stderr), \
        resultat.stderr[-3000:]
    assert "Gör bilden mindre" in resultat.stderr
    sida = las(tmp_path / "site/bip/extra/index.html").select_one("article")
    assert sida.select_one("details.tip kbd").get_text() == "Ctrl"
    assert sida.select_one('span[style="color: #1f4e79"]').get_text() == "läs"
    assert las(tmp_path / "site/vta/kunskapstest/index.html").select("form input[type=radio]")
    assert las(tmp_path / "site/vta/reflektion/index.html").select("form textarea")


def test_bildgrans_kan_andras_och_fel_varde_ger_svenskt_fel(tmp_path):
    from kunskapsbank.kallor.bilder import STANDARD_MAX_KB, for_stora_bilder, max_kb
    from kunskapsbank.grund.fel import InnehallsFel
    assert max_kb({}) == STANDARD_MAX_KB and max_kb({"bilder": {"max_kb": 300}}) == 300
    for fel in ("mycket", 0, True, -5):
        with pytest.raises(InnehallsFel, match="max_kb ska vara ett heltal"):
            max_kb({"bilder": {"max_kb": fel}})
    stor = tmp_path / "foto.jpg"
    with open(stor, "wb") as fil:
        fil.truncate(108 * 1024 * 1024)
    liten = tmp_path / "ikon.png"
    liten.write_bytes(b"\x89PNG" + b"0" * 2000)
    text = tmp_path / "text.md"
    text.write_text("x" * 400_000)
    varningar = for_stora_bilder([("docs/foto.jpg", stor), ("docs/ikon.png", liten), ("docs/text.md", text)], 300)
    assert varningar == [varningar[0]] and varningar[0].startswith(
        "docs/foto.jpg: Bilden är 108 MB, mer än gränsen 300 kB.")


def test_logga_utanfor_lokalt_eller_via_lank_ut_ger_fel_pa_radens_nummer(tmp_path):
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.forbund.identitet import las_identitet
    docs = tmp_path / "docs"
    shutil.copytree(ROT / "docs/lokalt", docs / "lokalt")
    shutil.copy2(ROT / "docs/lokalt/logga.svg", tmp_path / "utanfor.svg")
    fil = docs / "lokalt/forbund.yml"
    original = fil.read_text(encoding="utf-8")
    rad = _rad(fil, "logga:")
    (docs / "lokalt/lank.svg").symlink_to(tmp_path / "utanfor.svg")
    for logga in ("../utanfor.svg", "lokalt/lank.svg", "lokalt/../../utanfor.svg"):
        fil.write_text(original.replace("logga: lokalt/logga.svg", f"logga: {logga}"), encoding="utf-8")
        with pytest.raises(InnehallsFel) as fel:
            las_identitet(docs)
        assert re.match(rf"docs/lokalt/forbund\.yml:{rad}:\d+: Loggan {re.escape(logga)} ligger utanför "
                        "mappen docs/lokalt/\\.", str(fel.value)), str(fel.value)
    fil.write_text(original, encoding="utf-8")
    assert las_identitet(docs).logga == "lokalt/logga.svg"


def test_lint_med_en_mapp_med_lankloop_ger_svenskt_fel(tmp_path):
    mapp = tmp_path / "sidor"
    (mapp / "del").mkdir(parents=True)
    skriv_sida(mapp, "del/sida.md", "Sida", "Kort text här.")
    (mapp / "del/runt").symlink_to(mapp)
    svar = subprocess.run([sys.executable, "-m", "kunskapsbank.lattlast.cli", "--rot", str(ROT), "sidor"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert svar.returncode == 2
    assert svar.stderr.startswith("FEL: sidor/del/runt: Länken pekar tillbaka på sig själv"), svar.stderr
    assert "Traceback" not in svar.stderr
    sjalv = tmp_path / "sjalv"
    sjalv.mkdir()
    (sjalv / "loop.md").symlink_to("loop.md")
    svar = subprocess.run([sys.executable, "-m", "kunskapsbank.lattlast.cli", "--rot", str(ROT), "sjalv"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert svar.returncode == 2 and "FEL: sjalv/loop.md: Länken pekar tillbaka" in svar.stderr, svar.stderr


# --- The privacy check of a built site ---------------------------------------------------

def test_integritetskontrollen_hittar_inline_stil_style_element_och_svg(tmp_path):
    from kunskapsbank.kontroller.integritet import externa_resurser
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    ren = '<html><head><style>p { color: red }</style></head><body><p style="color: red">Hej</p></body></html>'
    (site / "index.html").write_text(ren, encoding="utf-8")
    (site / "bild.svg").write_bytes(svg('<rect fill="url(#g)" width="1" height="1"/>'))
    assert externa_resurser(site) == []

    (site / "a/index.html").write_text(
        '<html><body><p style="background: url(https://example.org/spar.png)">Hej</p></body></html>',
        encoding="utf-8")
    (site / "b.html").write_text('<html><head><style>@import url("//example.org/s.css");</style></head>'
                                 '<body></body></html>', encoding="utf-8")
    (site / "bild.svg").write_bytes(svg('<image href="http://example.org/a.png" width="1" height="1"/>'))
    fynd = externa_resurser(site)
    assert any(f.startswith("a/index.html: <p style=") and "https://example.org/spar.png" in f for f in fynd), fynd
    assert any(f.startswith("b.html: <style>") and "//example.org/s.css" in f for f in fynd), fynd
    assert any(f.startswith("bild.svg:3: SVG-bilden har") and "http://example.org/a.png" in f for f in fynd), fynd
    assert len(fynd) == 3, fynd


# --- The booklets' renderer fetches nothing from other hosts -------------------------------

class _Raknare:
    """A loopback web server that counts the requests it gets."""

    def __enter__(self):
        import http.server
        import threading
        self.anrop = []
        raknare = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                raknare.anrop.append(self.path)
                self.send_response(404)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_pdf_hamtar_inget_utifran_och_listar_det_den_nekade(tmp_path):
    from kunskapsbank.haften.pdf import skriv_pdf
    site = tmp_path / "site"
    site.mkdir()
    (tmp_path / "hemlig.png").write_bytes((ROT / "docs/lokalt/logga.svg").read_bytes())
    with _Raknare() as server:
        (site / "ritning.svg").write_bytes(svg(f'<image href="{server.url}/svg.png" width="5" height="5"/>'))
        html = (f'<html><head><style>@import url("{server.url}/stil.css");</style></head><body>'
                f'<p>Text</p><img alt="Extern" src="{server.url}/bild.png">'
                f'<p style="background: url({server.url}/bakgrund.png)">Ruta</p>'
                f'<img alt="Ritning" src="ritning.svg"><img alt="Utanför" src="{(tmp_path / "hemlig.png").as_uri()}">'
                '</body></html>')
        renderat = skriv_pdf(html, tmp_path / "ut.pdf", site.as_uri() + "/")
        assert server.anrop == []
    assert renderat.sidor == 1 and (tmp_path / "ut.pdf").stat().st_size > 0
    assert set(renderat.nekade) == {f"{server.url}/{namn}" for namn in ("stil.css", "bild.png", "bakgrund.png", "svg.png")} \
        | {(tmp_path / "hemlig.png").as_uri()}


def test_bygget_varnar_for_nekad_hamtning_med_hafte_adress_och_sida(tmp_path):
    from kunskapsbank.haften.bygg import bygg_alla
    from kunskapsbank.haften.definitioner import las_definitioner
    from kunskapsbank.haften.sammanstall import Kallsida
    from kunskapsbank.haften.utgava import Utgava
    site = med_stilmall(tmp_path / "site")
    (site / "a").mkdir(parents=True)
    with _Raknare() as server:
        adress = f"{server.url}/karta.png?stad=1&zoom=2"
        (site / "a/index.html").write_text(
            '<html><body><article class="md-content__inner"><h1 id="a">Karta</h1>'
            f'<p><img alt="Karta" src="{adress.replace("&", "&amp;")}"></p></article></body></html>',
            encoding="utf-8")
        hafte = las_definitioner([{"id": "prov", "titel": "Prov", "malgrupp": "deltagare", "sidor": ["a.md"]}])[0]
        forbund = {"namn": "Förbundet", "kortnamn": "F", "epost": "a@b.se", "webbplats": "https://b.se",
                   "logga": "saknas.svg", "profilfarg": "#1f4e79"}
        varningar = []
        bygg_alla([hafte], lambda h: [Kallsida("a.md", "a/", site / "a/index.html", "Karta")], forbund,
                  Utgava("1", "2026-01-01"), site, None, rapportera=lambda t: None, varna=varningar.append)
        assert server.anrop == []
    assert varningar == [
        f"Häftet prov (haften/prov.pdf): hämtade inte {adress}. Häftena hämtar aldrig något från andra "
        "webbplatser, så det saknas i PDF-filen. Adressen står på docs/a.md. Så rättar du: spara filen "
        "i docs/ (till exempel i en mapp bilder/) och länka till den i stället."]


# --- The checker's rule `tecken` --------------------------------------------------------

def _tecken(text: str) -> list[tuple[int, int, str]]:
    from kunskapsbank.lattlast import granska_text
    resultat = granska_text("---\nlattlast: lattlast\n---\n# Rubrik\n\n" + text, "docs/a.md")
    return [(f.line, f.column, f.severity) for f in resultat.fynd if f.rule == "tecken"]


def test_styrtecken_for_skrivriktning_ar_fel_och_emoji_varning_med_rad_och_kolumn():
    assert _tecken("Vi ses i morgon. Bra jobbat, Åsa!\n") == []
    assert _tecken("Hej \u202edag\u202c alla.\n") == [(6, 5, "error"), (6, 9, "error")]
    assert _tecken("Bra jobbat \U0001F44D\U0001F3FD idag och \U0001F98A.\n") == [(6, 12, "warning"), (6, 24, "warning")]
    from kunskapsbank.lattlast import granska_text
    fynd = [f for f in granska_text("# R\n\nTa \u2067detta\u2069.\n", "a.md").fynd if f.rule == "tecken"]
    assert "U+2067" in fynd[0].message and "Ta bort tecknet" in fynd[0].suggestion


def test_tecken_utan_typsnittet_faller_tillbaka_pa_unicode_omraden(monkeypatch):
    from kunskapsbank.lattlast.regler import tecken
    assert tecken.typsnittets_tecken() is not None, "DejaVu Sans behövs för häftena (fonts-dejavu-core)"
    assert tecken.kan_skrivas_ut("→") and not tecken.kan_skrivas_ut("\U0001F98A")
    monkeypatch.setattr(tecken, "typsnittets_tecken", lambda: None)
    assert tecken.kan_skrivas_ut("å") and tecken.kan_skrivas_ut("–")
    assert not tecken.kan_skrivas_ut("\U0001F98A") and not tecken.kan_skrivas_ut("\ue000")
    assert _tecken("Glad \U0001F98A.\n") == [(6, 6, "warning")]


def test_svensk_text_behover_inte_lasa_typsnittet(monkeypatch):
    """scripts/lint starts quickly: å, ä, ö and the rest of Latin-1 and Latin Extended-A
    are drawn by DejaVu Sans, so no fontconfig call and no font file for them."""
    from kunskapsbank.lattlast.regler import tecken

    def las_typsnittet():
        raise AssertionError("typsnittet lästes för vanlig svensk text")
    monkeypatch.setattr(tecken, "typsnittets_tecken", las_typsnittet)
    assert _tecken("Åsa, Örjan och Zoë ställde frågor om lönebidrag à 100 % – och fick svar.\n") == []
    monkeypatch.undo()
    typsnittet = tecken.typsnittets_tecken()
    assert typsnittet is not None, "DejaVu Sans behövs för häftena (fonts-dejavu-core)"
    genvagen = [k for k in [*range(0x80, 0x250), *range(0x2000, 0x2070)]
                if unicodedata.category(chr(k)) not in ("Cn", "Cc", "Cf", "Zl", "Zp")]
    assert len(genvagen) > 500 and [hex(k) for k in genvagen if k not in typsnittet] == []


def test_inga_tecken_fynd_pa_webbplatsens_sidor():
    from kunskapsbank.lattlast import granska_fil
    fynd = [f.som_text() for fil in sorted((ROT / "docs").rglob("*.md"))
            for f in granska_fil(fil).fynd if f.rule == "tecken"]
    assert fynd == []
