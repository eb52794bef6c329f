"""Review dates: a trainer sees which pages' facts are due for a new check, in the
build, on the page itself and in the report; the date comes from the page, never git."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kunskapsbank.sidor import granskning
from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.kallor.sidhuvud import las_sidhuvud
from verktyg import bygg, kopiera_projekt, med_stilmall, skriv_sida

IDAG = dt.date(2027, 6, 1)


def _sida(src: str, front: str) -> granskning.Granskning:
    inst = granskning.Granskningstider.fran_extra({"granskning": {
        "granskas_om": "12 månader", "delar": {"vta/": "1 år", "vta/modellen/5-ekonomiskt-stod.md": "6 månader"}}})
    return granskning.granskning(src, "Titel", las_sidhuvud(f"---\n{front}---\n\n# Titel\n", f"docs/{src}"),
                                 inst, IDAG)


def test_sidor_om_pengar_forfaller_efter_sin_egen_tid():
    pengar = _sida("vta/modellen/5-ekonomiskt-stod.md", "granskad: 2026-11-15\n")
    metod = _sida("vta/metodbok/2-studien.md", "granskad: 2026-11-15\n")
    assert (pengar.senast, pengar.sen) == (dt.date(2027, 5, 15), True)
    assert (metod.senast, metod.sen) == (dt.date(2027, 11, 15), False)
    # The page's own interval beats the section's.
    egen = _sida("vta/modellen/5-ekonomiskt-stod.md", "granskad: 2026-11-15\ngranskas_om: 1 år\n")
    assert egen.senast == dt.date(2027, 11, 15) and not egen.sen
    # The last day of a month stays in its month.
    assert _sida("bip/a.md", "granskad: 2026-08-31\ngranskas_om: 6 månader\n").senast == dt.date(2027, 2, 28)


def test_installningar_med_fel_tid_ger_svenskt_fel():
    with pytest.raises(InnehallsFel, match="ingen tid som granskaren förstår"):
        granskning.Granskningstider.fran_extra({"granskning": {"delar": {"vta/": "ett halvår"}}})


def test_notisen_star_under_huvudrubriken():
    sen = _sida("vta/modellen/5-ekonomiskt-stod.md", "granskad: 2026-11-15\n")
    markdown = granskning.lagg_till_notis("Inledning?\n\n# Ekonomiskt stöd\n\nText.\n",
                                          granskning.notis_markdown(sen, "sv"))
    rubrik, resten = markdown.split("# Ekonomiskt stöd\n", 1)
    assert "Innehållet granskades senast 15 november 2026. Det kan vara inaktuellt." in resten.split("Text.")[0]
    assert "granskades" not in rubrik
    assert "last reviewed on November 15, 2026" in granskning.notis_markdown(sen, "en")


def test_rapporten_visar_sena_sidor_forst_och_sidor_utan_datum():
    sidor = [_sida("bip/aktuell.md", "granskad: 2026-10-10\nansvarig: Utbildare i BIP\n"),
             _sida("bip/utan.md", "title: Utan\n"),
             _sida("vta/modellen/5-ekonomiskt-stod.md", "granskad: 2026-11-15\n")]
    rader = [r for r in granskning.rapport_markdown(sidor, IDAG).splitlines() if r.startswith("| [")]
    assert [re.search(r"\((.*?)\)", r).group(1) for r in rader] == [
        "../vta/modellen/5-ekonomiskt-stod.md", "../bip/utan.md", "../bip/aktuell.md"]
    assert rader[0].endswith("| 2026-11-15 | 2027-05-15 | – | **Granska nu** |")
    assert rader[2].endswith("| 2026-10-10 | 2027-10-10 | Utbildare i BIP | Aktuell |")


@pytest.fixture(scope="module")
def bygge(tmp_path_factory):
    """A small site: a page checked today, an overdue page in both languages, a page
    without a date."""
    tmp_path = tmp_path_factory.mktemp("granskning")
    projekt = kopiera_projekt(tmp_path / "p", med_innehall=False)
    docs = projekt / "docs"
    skriv_sida(docs, "index.md", "Start", "En kort sida om kursen.", lattlast="klarsprak",
               granskad=dt.date.today())
    skriv_sida(docs, "stod.md", "Stöd till arbetsgivare", "Arbetsgivaren kan få lönebidrag.",
               lattlast="klarsprak", granskad=dt.date(2020, 3, 1), ansvarig="Utbildare i VTA")
    skriv_sida(docs, "stod.en.md", "Support for employers", "The employer can get a wage subsidy.",
               granskad=dt.date(2020, 3, 1))
    skriv_sida(docs, "ny.md", "Ny sida", "En sida som ingen har granskat.", lattlast="klarsprak")
    ut = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert ut.returncode == 0, ut.stderr[-3000:]
    return tmp_path, ut.stdout + ut.stderr


@pytest.mark.xdist_group("granskning-bygge")
def test_bygget_namner_sena_sidor_och_sidor_utan_datum(bygge):
    tmp_path, logg = bygge
    # One line per page, once per build (not once per language), and no warning: the strict build goes on.
    assert logg.count("Obs: docs/stod.md: Fakta på sidan skulle ha granskats senast 2021-03-01.") == 1, logg
    assert logg.count("Obs: docs/ny.md: Sidhuvudet saknar raden granskad:.") == 1, logg
    assert "docs/index.md: " not in logg

    sida = (tmp_path / "site/stod/index.html").read_text(encoding="utf-8")
    efter_rubrik = sida.split("</h1>", 1)[1]
    assert re.match(r'\s*<p class="kb-granskning" role="note">Innehållet granskades senast 1 mars 2020\. '
                    r'Det kan vara inaktuellt\.', efter_rubrik), efter_rubrik[:300]
    engelsk = (tmp_path / "site/en/stod/index.html").read_text(encoding="utf-8")
    assert "The content was last reviewed on March 1, 2020." in engelsk
    assert "kb-granskning" not in (tmp_path / "site/index.html").read_text(encoding="utf-8")

    rapport = (tmp_path / "site/granskning/index.html").read_text(encoding="utf-8")
    rader = re.findall(r"<tr>(.*?)</tr>", rapport, re.DOTALL)[1:]
    celler = [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", r, re.DOTALL)] for r in rader]
    assert celler[0] == ["Stöd till arbetsgivare", "2020-03-01", "2021-03-01", "Utbildare i VTA", "Granska nu"]
    assert celler[1][0] == "Support for employers (engelska)" and celler[1][4] == "Granska nu"
    assert celler[2] == ["Ny sida", "–", "–", "–", "Datum saknas"]
    assert celler[3][0] == "Start" and celler[3][4] == "Aktuell"
    manifest = (tmp_path / "site/.kunskapsbank/manifest-sv.json").read_text(encoding="utf-8")
    assert '"granskad": "2020-03-01"' in manifest


@pytest.mark.browser
@pytest.mark.xdist_group("granskning-bygge")
@pytest.mark.parametrize("schema", ["light", "dark"])
def test_notisen_och_rapporten_klarar_axe(bygge, chromium, schema):
    from axe_playwright_python.base import AXE_SCRIPT

    from verktyg import WebbServer, axe_brister

    tmp_path, _ = bygge
    with WebbServer(tmp_path / "site") as server:
        context = chromium.new_context(color_scheme=schema)
        context.add_init_script(AXE_SCRIPT)
        sida = context.new_page()
        brister = []
        for adress in ("stod/", "en/stod/", "granskning/", "nytt/"):
            sida.goto(server.url + adress)
            brister += [f"{adress}: {b}" for b in axe_brister(sida)]
        context.close()
    assert brister == []


def test_haftet_skriver_granskningsdatum_under_kapitlets_rubrik(tmp_path):
    from bs4 import BeautifulSoup

    from kunskapsbank.haften.definitioner import las_definitioner
    from kunskapsbank.haften.sammanstall import Kallsida, sammanstall
    from kunskapsbank.haften.utgava import Utgava

    site = med_stilmall(tmp_path / "site")
    for namn in ("a", "b"):
        (site / namn).mkdir(parents=True)
        (site / namn / "index.html").write_text(
            f'<html><body><article class="md-content__inner"><h1 id="{namn}">Sida {namn}</h1>'
            '<p>Text.</p></article></body></html>', encoding="utf-8")
    hafte = las_definitioner([{"id": "prov", "titel": "Prov", "malgrupp": "deltagare", "sidor": ["a.md", "b.md"]}])[0]
    forbund = {"namn": "Förbundet", "kortnamn": "F", "epost": "a@b.se", "webbplats": "https://b.se",
               "logga": "saknas.svg", "profilfarg": "#1f4e79"}
    html = sammanstall(hafte, [Kallsida("a.md", "a/", site / "a/index.html", "Sida a", "2026-11-15"),
                               Kallsida("b.md", "b/", site / "b/index.html", "Sida b")],
                       forbund, Utgava("1", "2026-01-01"), site)
    dom = BeautifulSoup(html, "html.parser")
    a, b = dom.select("section.kapitel")
    assert a.h1.find_next_sibling().get_text() == "Fakta granskade 15 november 2026"
    assert b.select(".kapitel__granskad") == []
