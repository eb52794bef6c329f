"""The site foundation: strict build, languages, identity from config, privacy."""

from __future__ import annotations

import subprocess
from pathlib import Path

import lxml.html
import pytest
import yaml
from bs4 import BeautifulSoup
from lxml.cssselect import CSSSelector

from kunskapsbank.kontroller.integritet import externa_resurser
from verktyg import ROT, bygg, kopiera_projekt, skriv_sida, sok_i_rutan

IDENTITET = yaml.safe_load((ROT / "docs/lokalt/forbund.yml").read_text(encoding="utf-8"))

# Module fixtures build copies of the project; one test process builds them once.
pytestmark = pytest.mark.xdist_group("webbplats")


def las(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def html_sidor(site: Path):
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def test_strikt_bygge_stoppar_trasig_lank_och_ankare(tmp_path):
    projekt = kopiera_projekt(tmp_path, med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "Se [sidan](finns-inte.md).")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site")
    assert resultat.returncode != 0
    assert "finns-inte.md" in resultat.stderr

    skriv_sida(projekt / "docs", "index.md", "Start", "Se [avsnittet](annan.md#saknas).")
    skriv_sida(projekt / "docs", "annan.md", "Annan", "## Finns\n\nText.")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site")
    assert resultat.returncode != 0
    assert "saknas" in resultat.stderr


def test_svenska_sidor_har_lang_sv_och_engelska_lang_en(webbplats):
    engelska = [p for p in html_sidor(webbplats) if p.relative_to(webbplats).parts[0] == "en"]
    svenska = [p for p in html_sidor(webbplats) if p.relative_to(webbplats).parts[0] != "en"]
    assert len(svenska) > 10 and len(engelska) > 10
    for sida in svenska:
        assert las(sida).html["lang"] == "sv", sida
    for sida in engelska:
        assert las(sida).html["lang"] == "en", sida


def test_oversatt_sida_saknar_reservsprak_men_ooversatt_sida_sager_det_pa_engelska(webbplats):
    oversatt = las(webbplats / "en/index.html")
    assert oversatt.select_one(".kb-reservsprak") is None
    assert oversatt.select_one(".kb-sidinnehall")["lang"] == "en"

    reserv = las(webbplats / "en/bip/likabehandling/index.html")
    notis = reserv.select_one(".kb-reservsprak")
    assert notis is not None and notis["lang"] == "en"
    assert "not available in English" in notis.get_text()
    # The Swedish text keeps lang="sv" so a screen reader pronounces it in Swedish.
    assert reserv.select_one(".kb-sidinnehall")["lang"] == "sv"
    # The Swedish original never shows the notice.
    assert las(webbplats / "bip/likabehandling/index.html").select_one(".kb-reservsprak") is None


def test_varje_engelsk_sida_utan_oversattning_sager_det(webbplats):
    """Every page under en/ either has its own .en.md or shows the notice and marks its
    Swedish text lang="sv" (also generated pages such as the readability report)."""
    docs = ROT / "docs"
    fel = []
    for sida in html_sidor(webbplats / "en"):
        relativ = sida.relative_to(webbplats / "en").parent.as_posix()
        kandidater = [docs / f"{relativ}.en.md", docs / relativ / "index.en.md"] if relativ != "." \
            else [docs / "index.en.md"]
        if relativ == "print_page":
            continue
        dom = las(sida)
        innehall = dom.select_one(".kb-sidinnehall")
        oversatt = any(k.exists() for k in kandidater)
        if oversatt and (dom.select_one(".kb-reservsprak") or innehall["lang"] != "en"):
            fel.append(f"{relativ}: översatt men visar ändå svensk reservtext")
        if not oversatt and (not dom.select_one(".kb-reservsprak") or innehall["lang"] != "sv"):
            fel.append(f"{relativ}: svensk text utan upplysning eller utan lang=sv")
    assert fel == []
    assert len(list((webbplats / "en").rglob("index.html"))) > 50


def test_utskriftssidan_ar_svensk_och_bara_pa_ett_stalle(webbplats):
    """mkdocs-static-i18n writes the English print page over the Swedish one; the build
    puts the Swedish one back and leaves no copy of it anywhere else on the site."""
    assert las(webbplats / "print_page/index.html").html["lang"] == "sv"
    kopior = [p.relative_to(webbplats).as_posix() for p in webbplats.rglob("*.html")
              if any(del_.startswith(".") for del_ in p.relative_to(webbplats).parts)]
    assert kopior == []


def test_redigeringslanken_pekar_pa_kallfilen(webbplats):
    knapp = las(webbplats / "bip/vad-ar-bip/index.html").select_one("a.md-content__button[href]")
    assert knapp["href"] == IDENTITET["redigera"] + "bip/vad-ar-bip.md"


def test_senast_uppdaterad_kommer_fran_git(webbplats):
    datum = las(webbplats / "bip/vad-ar-bip/index.html").select_one(".git-revision-date-localized-plugin")
    assert datum is not None
    git = subprocess.run(["git", "log", "-1", "--format=%cs", "--", "docs/bip/vad-ar-bip.md"], cwd=ROT,
                         capture_output=True, text=True)
    if not git.stdout.strip():
        pytest.skip("filen är inte incheckad i git, så det finns inget datum att jämföra med")
    ar, manad, dag = git.stdout.strip().split("-")
    manader = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
               "oktober", "november", "december"]
    assert datum.get_text(strip=True) == f"{int(dag)} {manader[int(manad) - 1]} {ar}"


def test_identiteten_syns_i_sidhuvud_och_sidfot(webbplats):
    for sida in (webbplats / "index.html", webbplats / "en/vta/index.html"):
        dom = las(sida)
        assert IDENTITET["namn"] in dom.select_one(".md-header").get_text()
        sidfot = dom.select_one(".md-footer").get_text()
        assert IDENTITET["namn"] in sidfot
        assert IDENTITET["epost"] in sidfot
        assert dom.select_one(f'.md-footer a[href="mailto:{IDENTITET["synpunkter"]}"]')


def test_identiteten_kommer_bara_fran_config(tmp_path):
    # No template or hook may hold the förbund's name or addresses.
    for mapp in ("overrides", "hooks"):
        for fil in (ROT / mapp).rglob("*"):
            if fil.is_file() and fil.suffix in (".html", ".py", ".css", ".js"):
                text = fil.read_text(encoding="utf-8")
                for nyckel in ("namn", "kortnamn", "epost", "synpunkter"):
                    assert IDENTITET[nyckel] not in text, f"{fil} innehåller {nyckel}"

    # Change the identity file only: the built site follows.
    projekt = kopiera_projekt(tmp_path, med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "Välkommen.")
    fil = projekt / "docs/lokalt/forbund.yml"
    fil.write_text(fil.read_text(encoding="utf-8")
                   .replace(IDENTITET["namn"], "Finsam Testköping")
                   .replace(IDENTITET["epost"], "hej@testkoping.example"), encoding="utf-8")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site")
    assert resultat.returncode == 0, resultat.stderr
    html = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert "Finsam Testköping" in html and "hej@testkoping.example" in html
    assert IDENTITET["namn"] not in html


def test_fel_i_identitetsfilen_ger_svenskt_fel_med_rad_och_inget_traceback(tmp_path):
    projekt = kopiera_projekt(tmp_path, med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "Välkommen.")
    fil = projekt / "docs/lokalt/forbund.yml"
    rader = fil.read_text(encoding="utf-8").splitlines()
    radnr = next(i for i, r in enumerate(rader, 1) if r.startswith("epost:"))
    rader[radnr - 1] = "epost: inte-en-adress"
    fil.write_text("\n".join(rader) + "\n", encoding="utf-8")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site")
    assert resultat.returncode != 0
    assert f"docs/lokalt/forbund.yml:{radnr}" in resultat.stderr
    assert "e-postadress" in resultat.stderr
    assert "Traceback" not in resultat.stderr


def test_inga_externa_resurser_i_html_css_js_eller_svg(webbplats):
    # Every page (with its style attributes and <style> elements), CSS, JS and SVG file.
    # A fetch the booklets' renderer refused is a warning, so the strict build behind
    # the `webbplats` fixture has already failed on one (see test_sakerhet.py).
    fynd = externa_resurser(webbplats)
    # Material's bundle fetches from other hosts on its own in two cases: repository facts
    # from GitHub when repo_url is set, and the Mermaid library from unpkg when a page has
    # a diagram. Neither may be switched on.
    config = yaml.load((ROT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    assert not config.get("repo_url"), "repo_url får Material att hämta data från GitHub"
    mermaid = CSSSelector(".mermaid, pre.mermaid, code.language-mermaid")
    for sida in html_sidor(webbplats):
        if mermaid(lxml.html.document_fromstring(sida.read_bytes())):
            fynd.append(f"{sida}: Mermaid-diagram laddar ett skript från unpkg.com")
    assert fynd == []


@pytest.mark.browser
def test_inga_anrop_till_andra_vardar_i_webblasaren(server, sida):
    for adress in ("", "en/", "bip/vad-ar-bip/", "vta/", "ordlista/"):
        sida.goto(server.url + adress, wait_until="networkidle")
        sok(sida, "arbetsgivare")
    assert sida.externa == []


@pytest.fixture(scope="module")
def sokplats(tmp_path_factory):
    """A small site with the real config whose pages hold only inflected forms."""
    from verktyg import WebbServer
    mapp = tmp_path_factory.mktemp("sok")
    projekt = kopiera_projekt(mapp, med_innehall=False)
    docs = projekt / "docs"
    skriv_sida(docs, "index.md", "Start", "Välkommen till testet.")
    skriv_sida(docs, "grupp.md", "Arbete i grupp", "Här finns flera övningar för gruppen.")
    skriv_sida(docs, "kontakt.md", "Kontakter", "Vi träffar arbetsgivarna varje vecka.")
    skriv_sida(docs, "annat.md", "Annat", "Den här sidan handlar om väder och vind.")
    resultat = bygg(projekt / "mkdocs.yml", mapp / "site")
    assert resultat.returncode == 0, resultat.stderr
    with WebbServer(mapp / "site") as s:
        yield s


sok = sok_i_rutan


@pytest.mark.browser
@pytest.mark.parametrize("fraga, sidan", [
    ("övning", "grupp/"),
    ("arbetsgivare", "kontakt/"),
    ("Övningen", "grupp/"),
])
def test_sokningen_hittar_andra_bojningar(sokplats, sida, fraga, sidan):
    sida.goto(sokplats.url, wait_until="networkidle")
    traffar = sok(sida, fraga)
    assert "/" + sidan in traffar, traffar
    assert "/annat/" not in traffar
    assert sida.externa == []


@pytest.mark.browser
@pytest.mark.parametrize("start, mal", [
    ("bip/", "en/bip/"),
    ("en/vta/", "vta/"),
    ("bip/vad-ar-bip/", "en/bip/vad-ar-bip/"),
])
def test_sprakvaljaren_leder_till_samma_sida_pa_andra_spraket(server, sida, start, mal):
    sida.goto(server.url + start, wait_until="networkidle")
    sida.click(".md-header__option .md-select")
    annat = "English" if not start.startswith("en/") else "Svenska"
    with sida.expect_navigation():
        sida.get_by_role("link", name=annat).click()
    assert sida.url == server.url + mal


@pytest.mark.browser
def test_sokningen_visar_varje_svensk_sida_en_gang(sokplats, sida):
    sida.goto(sokplats.url, wait_until="networkidle")
    traffar = sok(sida, "övningar")
    assert traffar == ["/grupp/"]


def test_utan_adress_skrivs_ingen_sitemap_med_trasiga_adresser(webbplats):
    """docs/lokalt/forbund.yml has no `adress:` here: a sitemap cannot list full
    addresses then, and one with 'None' in front of every page would mislead."""
    assert not list(webbplats.rglob("sitemap.xml*"))


def test_med_adress_listar_sitemap_varje_sida_med_hel_adress(tmp_path):
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "En kort sida om kursen.", lattlast="klarsprak")
    skriv_sida(projekt / "docs", "om.md", "Om kursen", "Kursen är för dig som handleder.", lattlast="klarsprak")
    forbund = projekt / "docs/lokalt/forbund.yml"
    forbund.write_text(forbund.read_text(encoding="utf-8").replace(
        "# adress: https://kunskap.exempelstad.example/", "adress: https://kunskap.norrby.example/"), encoding="utf-8")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert resultat.returncode == 0, resultat.stderr[-2000:]
    adresser = BeautifulSoup((tmp_path / "site/sitemap.xml").read_text(encoding="utf-8"), "xml").find_all("loc")
    assert sorted(a.text for a in adresser) == [
        "https://kunskap.norrby.example/", "https://kunskap.norrby.example/en/",
        "https://kunskap.norrby.example/en/om/", "https://kunskap.norrby.example/om/"]
