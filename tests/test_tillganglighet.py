"""Accessibility as a tested property: axe (WCAG 2.1 A/AA) on every page of both
languages in light mode, and in dark mode and at phone width on a representative set of
pages (URVAL: a page of every kind and every page with a script of its own; with
`./scripts/test --alla-lagen` every page in all three modes, as the weekly workflow and
the publishing workflow run it); keyboard use; reflow; reduced motion; the Lyssna
control; the accessibility statement; linkchecker. The run's facts are written to
.cache/tillganglighet/ (one file per mode), which the accessibility statement shows."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml.cssselect import CSSSelector
import pytest
from axe_playwright_python.base import AXE_SCRIPT
from bs4 import BeautifulSoup

from verktyg import AXE_TAGGAR, LANGA_ROERELSER, ROT, VANTA_PA_STILLA_SIDA, WebbServer, tabba_till, andra_config, bygg, kopiera_projekt, skriv_sida

# Rules excluded from the run, each with the reason the statement repeats. Empty: none.
UNDANTAG: dict[str, str] = {}
LAGEN = {
    "ljust": {"color_scheme": "light", "viewport": {"width": 1280, "height": 900}},
    "mörkt": {"color_scheme": "dark", "viewport": {"width": 1280, "height": 900}},
    "mobil": {"color_scheme": "light", "viewport": {"width": 375, "height": 740},
              "device_scale_factor": 2, "is_mobile": True, "has_touch": True},
}
AXE_KORNING = """async ([undantag, utanfor]) => {
  const options = {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations'],
                   rules: Object.fromEntries(undantag.map(r => [r, {enabled: false}]))};
  const svar = await axe.run(utanfor ? {exclude: [[utanfor]]} : document, options);
  return svar.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' – ' +
                                                     (n.failureSummary || '').split('\\n')[1]));
}""" % json.dumps(AXE_TAGGAR)


# The representative set: for each kind of page, one page of that kind. Dark mode and the
# phone width run on these; light mode on every page. test_urvalet_har_en_sida_av_varje_slag
# fails when the site gets a kind of page, or a script, that no page here has.
URVAL = {
    "startsida": "",
    "avsnittets startsida": "bip/",
    "vanlig sida med bild": "bip/vad-ar-bip/",
    "tema med rutor": "bip/teman/tilltro/",
    "spindeldiagram": "bip/spindeldiagram/",
    "kurstillfälle med dagordning": "bip/kurser/bip1-heldag/",
    "övning med utbildarens anteckningar": "ovningar/bip-rollspel/",
    "inför kursdagen": "infor/bip1-heldag/",
    "utdelningsblad med kort": "utdelning/rollkort-rollspelet/",
    "utvärdering": "utdelning/utvardering-bip1/",
    "kunskapstest": "vta/kunskapstest/",
    "reflektion": "vta/reflektion/",
    "mina svar": "mina-svar/",
    "bildspel i webbläsaren": "bildspel/bip1-heldag/presentation/",
    "sammanställningen som bildspel": "svar/bildspel/",
    "sammanställ svaren": "svar/sammanstall/",
    "självskattning": "bip/sjalvskattning/",
    "modellens punkt": "vta/modellen/2-avtal/",
    "ordlista": "ordlista/",
    "Granska din text": "tillganglighet/granska-din-text/",
    "granskarens regler": "granskaren/",
    "läsbarhetsrapport": "lattlast/",
    "granskning av fakta": "granskning/",
    "nytt i materialet": "nytt/",
    "tillgänglighetsredogörelse": "tillganglighet/redogorelse/",
    "sidan finns inte": "404.html",
    "hela webbplatsen på en sida": "print_page/",
    "engelsk sida": "en/",
    "engelsk lathund": "en/lathund/introducera-bip/",
    "engelskt tema med rutor": "en/bip/teman/tilltro/",
    "engelsk ordlista": "en/ordlista/",
    "sida som inte är översatt": "en/bip/likabehandling/",
    "engelsk Granska din text": "en/tillganglighet/granska-din-text/",
}


def alla_sidor(site) -> list[str]:
    sidor = []
    for fil in sorted(site.rglob("*.html")):
        relativ = fil.relative_to(site).as_posix()
        sidor.append(relativ[: -len("index.html")] if relativ.endswith("index.html") else relativ)
    return sidor


def skrivna_sidor(site) -> list[str]:
    """Every page written in one of the languages: not the English menu's copies of pages
    that exist only in Swedish (the Swedish page with a notice, one of them in URVAL).
    Two of five pages of the site are such copies, and each new Swedish page adds one."""
    urval = set(URVAL.values())
    return [a for a in alla_sidor(site) if a in urval or "kb-reservsprak" not in
            (site / (a + "index.html" if not a.endswith(".html") else a)).read_text(encoding="utf-8")]


# Parts of a page that are copies of other pages: the print page holds every page of the
# site. Light mode checks it whole; dark mode and the phone width check its own parts (the
# table of contents, the header, the menu), since URVAL already has a page of every kind of
# content in those modes, and the whole print page takes 25 s per mode. --alla-lagen
# checks it whole in every mode.
KOPIOR_AV_SIDOR = {"print_page/": "#print-site-page section.print-page[id]"}


def axe_i(sida, url: str, utanfor: str | None = None) -> list[str]:
    """axe's violations on the page at url, leaving out what matches the selector utanfor."""
    sida.goto(url, wait_until="load")
    sida.evaluate(VANTA_PA_STILLA_SIDA)
    return sida.evaluate(AXE_KORNING, [list(UNDANTAG), utanfor])


def spara_resultat(del_: "Del", sidor: int, brister: int, webblasare: str, korning: str) -> None:
    """The facts the accessibility statement shows, one file per part of a mode: the parts
    run in different test processes (kunskapsbank.sidor.redogorelse adds up the last run's)."""
    lage = del_.lage
    from importlib.metadata import version
    from kunskapsbank.sidor.redogorelse import TESTRESULTAT
    storlek = "x".join(str(v) for v in LAGEN[lage]["viewport"].values())
    data = {"datum": dt.date.today().isoformat(), "sidor": sidor, "lage": f"{lage} ({storlek} px)",
            "kontroller": sidor, "brister": brister, "undantag": UNDANTAG, "korning": korning,
            "verktyg": f"axe-core via axe-playwright-python {version('axe-playwright-python')}, "
                       f"Playwright {version('playwright')}, {webblasare}"}
    (ROT / TESTRESULTAT).mkdir(parents=True, exist_ok=True)
    (ROT / TESTRESULTAT / f"{list(LAGEN).index(lage)}-{del_}.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


# The reflow check's window (WCAG 1.4.10: 1280 px zoomed to 400 %); wider than 321 px
# means the reader has to scroll sideways.
SMALT_FONSTER = {"width": 320, "height": 800}
HOPPLANK_OCH_BREDD_I = "ljust"


@dataclass
class Sidbesok:
    """What one visit to every page in one mode gathered. Loading a page is the slow
    part, so every per-page check of a mode shares the visit; the tests judge the facts."""
    sidor: list[str]
    brister: list[str] = field(default_factory=list)
    externa: list[str] = field(default_factory=list)
    saknade: list[str] = field(default_factory=list)      # requests answered 404, with the page
    # Page → (the first Tab stop is the skip link, the id that has focus after Enter).
    hopplank: dict[str, tuple[bool, str]] = field(default_factory=dict)
    # Page → its width in CSS pixels in SMALT_FONSTER.
    bredd: dict[str, int] = field(default_factory=dict)
    # Page → the movement on it that runs longer than 5 s (LANGA_ROERELSER).
    rorelser: dict[str, list[str]] = field(default_factory=dict)
    axe_sekunder: float = 0.0

    def hopplankens_fel(self) -> list[str]:
        return [f"{adress}: första tabbstoppet är inte hopplänken" if not forst
                else f"{adress}: fokus hamnade inte i innehållet"
                for adress, (forst, fokus) in self.hopplank.items() if not (forst and fokus == "kb-innehall")]

    def for_breda_sidor(self) -> list[str]:
        return [f"{adress}: {bredd} px bred" for adress, bredd in self.bredd.items() if bredd > 321]


def besok_varje_sida(chromium, bas_url: str, sidor: list[str], lage: str, hela_sidor: bool = False) -> Sidbesok:
    """Load each page once in the mode: axe first, on the still page, as it was loaded.
    In light mode then the skip link and the width at 320 px, which move focus and
    change the window. Light mode is a plain desktop window, as the reflow check wants;
    phone mode's emulation lets the window grow with a too wide page."""
    besok = Sidbesok(sidor)
    context = chromium.new_context(**LAGEN[lage])
    context.add_init_script(AXE_SCRIPT)
    # Every page of the site is loaded here anyway, so this is also the privacy check
    # for all of them: a request to another host is blocked and recorded.
    context.route(re.compile(r"^(?!https?://127\.0\.0\.1[:/]|data:|blob:)"),
                  lambda route: (besok.externa.append(route.request.url), route.abort()))
    sida = context.new_page()
    pa_sidan = [""]
    sida.on("response", lambda svar: besok.saknade.append(f"{pa_sidan[0]}: {svar.url}")
            if svar.status == 404 else None)
    for adress in sidor:
        pa_sidan[0] = adress
        start = time.perf_counter()
        utanfor = None if hela_sidor or lage == "ljust" else KOPIOR_AV_SIDOR.get(adress)
        besok.brister += [f"{adress}: {b}" for b in axe_i(sida, bas_url + adress, utanfor)]
        besok.axe_sekunder += time.perf_counter() - start
        if langa := sida.evaluate(LANGA_ROERELSER):
            besok.rorelser[adress] = langa
        if lage != HOPPLANK_OCH_BREDD_I:
            continue
        sida.keyboard.press("Tab")
        forst = sida.evaluate("document.activeElement.classList.contains('kb-skip')")
        if forst:
            sida.keyboard.press("Enter")
        besok.hopplank[adress] = (forst, sida.evaluate("document.activeElement.id") if forst else "")
        sida.set_viewport_size(SMALT_FONSTER)
        besok.bredd[adress] = sida.evaluate("document.documentElement.scrollWidth")
        sida.set_viewport_size(LAGEN[lage]["viewport"])
    context.close()
    return besok


@dataclass(frozen=True)
class Del:
    """A part of a mode's visit: every page of the whole site in one mode takes minutes,
    so light mode is visited in two parts, each in a test process of its own."""
    lage: str
    nr: int = 1
    av: int = 1

    def __str__(self) -> str:
        return self.lage if self.av == 1 else f"{self.lage}-{self.nr}av{self.av}"

    def sidor(self, site: Path, alla_lagen: bool) -> list[str]:
        """Every written page in light mode; the representative set in the other modes.
        With --alla-lagen every page of the site, copies too, in every mode. A part takes
        every av-th page."""
        if alla_lagen:
            sidor = alla_sidor(site)
        else:
            sidor = skrivna_sidor(site) if self.lage == "ljust" else list(URVAL.values())
        return sidor[self.nr - 1::self.av]


DELAR = [Del("ljust", 1, 2), Del("ljust", 2, 2), Del("mörkt"), Del("mobil")]


@pytest.fixture(scope="session")
def sidbesok(webbplats, server, chromium, request):
    """The visit of every page of a part, made once per test process. The tests that share
    a part's visit are in one xdist_group, so a run with several processes visits once too."""
    gjorda: dict[Del, Sidbesok] = {}

    def i_del(del_: Del) -> Sidbesok:
        if del_ not in gjorda:
            alla_lagen = request.config.getoption("--alla-lagen")
            gjorda[del_] = besok_varje_sida(chromium, server.url, del_.sidor(webbplats, alla_lagen), del_.lage,
                                            hela_sidor=alla_lagen)
        return gjorda[del_]
    return i_del


# What makes a page of another kind: the parts of the page that look or work differently.
SLAG = {
    "kunskapstest": "form.kb-test", "reflektion": "form.kb-reflektion", "sammanfattning": ".kb-sammanfattning",
    "ruta": "article .admonition, article details", "utbildaranteckning": ".kb-utbildare",
    "tabell": "article table", "bild": "article img, article svg", "definitionslista": "article dl",
    "förkortning": "article abbr", "reservkopia": ".kb-reservsprak", "formulär": "article form",
    "häften": ".kb-hafteslankar", "kod": "article pre", "granskad-notis": ".kb-granskning",
    "utdelningskort": "section.kb-kort", "utvärdering": "form.kb-utvardering",
    "svarsrutor": ".kb-svar", "mina svar": ".kb-mina-svar", "sammanställning": ".kb-sammanstall",
    "din kurs": ".kb-din-kurs",
    "självskattning": ".kb-sjalvskattning",
}


SLAG_XPATH = {namn: CSSSelector(valjare) for namn, valjare in SLAG.items()}


def slag_pa_sidan(html: str, adress: str) -> set[str]:
    """The kinds of thing a built page has, and each script it loads (by name)."""
    dom = lxml.html.document_fromstring(html)
    slag = {namn for namn, valjare in SLAG_XPATH.items() if valjare(dom)}
    slag |= {"skript:" + Path(urlsplit(src).path).name for src in dom.xpath("//script/@src")}
    slag |= {"språk:" + dom.get("lang", "")}
    return slag


def samma_besok(del_: Del):
    return pytest.mark.xdist_group(f"sidbesok-{del_}")


def per_del(delar: list[Del]):
    return pytest.mark.parametrize("del_", [pytest.param(d, marks=samma_besok(d), id=str(d)) for d in delar])


def test_urvalet_har_en_sida_av_varje_slag(webbplats):
    """Every kind of page, and every script a page loads, has a page in URVAL, so dark
    mode and the phone width are checked on it."""
    sidor = alla_sidor(webbplats)
    assert set(URVAL.values()) <= set(sidor), set(URVAL.values()) - set(sidor)
    slag = lambda adress: slag_pa_sidan(  # noqa: E731
        (webbplats / (adress + "index.html" if not adress.endswith(".html") else adress)).read_text(encoding="utf-8"),
        adress)
    # The print page holds every page, so it would stand for every kind: it is its own.
    i_urvalet = set().union(*(slag(a) for a in URVAL.values() if a != "print_page/"))
    saknas = {}
    for adress in sidor:
        for s in slag(adress) - i_urvalet:
            saknas.setdefault(s, adress)
    assert not saknas, "Lägg till en sida av varje slag i URVAL: " + ", ".join(f"{s} (till exempel {a})"
                                                                              for s, a in saknas.items())


def test_morkt_och_mobil_lamnar_bara_utskriftssidans_kopior_av_sidor_utanfor(webbplats):
    """What dark mode and the phone width leave out of the print page are its copies of
    pages (each checked in light mode, and each kind of them in URVAL in every mode); its
    own table of contents stays in."""
    dom = lxml.html.document_fromstring((webbplats / "print_page/index.html").read_bytes())
    kopior = CSSSelector(KOPIOR_AV_SIDOR["print_page/"])(dom)
    assert len(kopior) > 100
    innehall = dom.get_element_by_id("print-page-toc")
    assert all(innehall not in kopia.iter() for kopia in kopior)
    assert all(kopia.xpath("./h1") for kopia in kopior), "en kopia utan sidans rubrik"


def test_delarna_tar_varje_sida_en_gang(webbplats):
    assert len(alla_sidor(webbplats)) > 100
    # The copies in the English menu are left out of light mode, all but the one in URVAL.
    kopior = set(alla_sidor(webbplats)) - set(skrivna_sidor(webbplats))
    assert len(kopior) > 50 and "en/bip/likabehandling/" not in kopior
    assert all(a.startswith("en/") for a in kopior)
    for alla_lagen in (False, True):
        for lage in LAGEN:
            delar = [d.sidor(webbplats, alla_lagen) for d in DELAR if d.lage == lage]
            sidor = alla_sidor(webbplats) if alla_lagen else \
                skrivna_sidor(webbplats) if lage == "ljust" else list(URVAL.values())
            assert sorted(sum(delar, [])) == sorted(sidor)


@pytest.mark.browser
@per_del(DELAR)
def test_axe_hittar_inga_brister_pa_nagon_sida(webbplats, sidbesok, chromium, del_, request, testrun_uid):
    besok = sidbesok(del_)
    assert besok.sidor == del_.sidor(webbplats, request.config.getoption("--alla-lagen"))
    spara_resultat(del_, len(besok.sidor), len(besok.brister), f"Chromium {chromium.version}", testrun_uid)
    print(f"\naxe {del_}: {len(besok.sidor)} sidor på {besok.axe_sekunder:.0f} s, {len(besok.brister)} brister")
    assert besok.brister == []
    assert besok.externa == [], "Anrop till andra värdar: " + ", ".join(sorted(set(besok.externa)))
    # No page asks for a file that is not there (Material's sitemap.xml next to each
    # language link did, twice per page, until overrides/main.html left those links out).
    assert besok.saknade == [], besok.saknade[:5]


@pytest.mark.browser
def test_trasig_sida_fangas_av_sviten(tmp_path, chromium):
    """A page with a missing alt text, low contrast and a skipped heading level; a page
    wider than a phone; pages where the skip link is gone or leads nowhere."""
    projekt = kopiera_projekt(tmp_path, med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "Välkommen hit.")
    (projekt / "docs/bild.png").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
        b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
        b"\x00\x00\x00\x00IEND\xaeB`\x82")
    skriv_sida(projekt / "docs", "trasig.md", "Trasig sida",
               "### Hoppar över nivå två\n\nText.\n\n![](bild.png)\n\n<img src=\"bild.png\">\n\n"
               '<p style="color:#bbbbbb;background:#ffffff">Svag text som är svår att läsa.</p>')
    # A box with a fixed width, as HTML pasted from another program brings along.
    skriv_sida(projekt / "docs", "bred.md", "Bred sida",
               '<div style="width:600px">En ruta med fast bredd.</div>')
    skriv_sida(projekt / "docs", "utan-hopplank.md", "Utan hopplänk", "Text.")
    skriv_sida(projekt / "docs", "utan-mal.md", "Hopplänk utan mål", "Text.")
    andra_config(projekt / "mkdocs.yml", lambda c: c.update({"strict": False}))
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", strict=False)
    assert resultat.returncode == 0, resultat.stderr
    # The language checker catches the skipped heading level and the missing alt text ...
    assert re.search(r"docs/trasig\.md:\d+:\d+: rubrik: FEL: Rubriken hoppar från nivå 1 till nivå 3",
                     resultat.stderr)
    assert "alt-text: FEL: Bilden saknar alternativtext." in resultat.stderr
    # A förbund's own template (overrides/) can lose the skip link or the content's focus.
    for adress, fore, efter in (("utan-hopplank", r'<a href="#kb-innehall" class="md-skip kb-skip">[^<]*</a>', ""),
                                ("utan-mal", r'(id="kb-innehall") tabindex="-1"', r"\1")):
        fil = tmp_path / "site" / adress / "index.html"
        html, antal = re.subn(fore, efter, fil.read_text(encoding="utf-8"))
        assert antal == 1, adress
        fil.write_text(html, encoding="utf-8")
    # ... and the visit of every page in the browser the rest.
    with WebbServer(tmp_path / "site") as server:
        besok = besok_varje_sida(chromium, server.url, ["", "trasig/", "bred/", "utan-hopplank/", "utan-mal/"],
                                 HOPPLANK_OCH_BREDD_I)
    assert {b.split(": ")[1] for b in besok.brister} >= {"image-alt", "color-contrast"}
    assert {b.split(": ")[0] for b in besok.brister} == {"trasig/"}
    assert besok.hopplankens_fel() == ["utan-hopplank/: första tabbstoppet är inte hopplänken",
                                       "utan-mal/: fokus hamnade inte i innehållet"]
    assert [re.sub(r"\d+ px", "N px", fel) for fel in besok.for_breda_sidor()] == ["bred/: N px bred"]
    assert besok.externa == []


@pytest.mark.browser
@per_del([d for d in DELAR if d.lage == HOPPLANK_OCH_BREDD_I])
def test_hopplanken_flyttar_fokus_till_innehallet_pa_varje_sida(sidbesok, del_):
    besok = sidbesok(del_)
    assert list(besok.hopplank) == besok.sidor
    assert besok.hopplankens_fel() == []


def fokusring(sida) -> str:
    # A visually hidden option input (the palette toggle) shows its focus on its label.
    return sida.evaluate("""() => { let e = document.activeElement;
        if (e.classList.contains('md-option') && e.nextElementSibling) e = e.nextElementSibling;
        const s = getComputedStyle(e);
        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? 'outline'
             : (s.boxShadow && s.boxShadow !== 'none' ? 'skugga' : 'ingen'); }""")


@pytest.mark.browser
def test_fokus_syns_och_tangentbordet_fastnar_inte(server, sida):
    sida.goto(server.url + "bip/vad-ar-bip/", wait_until="load")
    sedda, samma_i_rad, forra = [], 0, None
    for _ in range(250):
        sida.keyboard.press("Tab")
        element = sida.evaluate("""() => { const e = document.activeElement;
            return e === document.body ? 'body' : e.tagName + '|' + (e.id || '') + '|' + (e.getAttribute('href') || e.textContent.trim().slice(0, 30)); }""")
        if element != "body" and fokusring(sida) == "ingen":
            pytest.fail(f"Fokus syns inte på {element}")
        samma_i_rad = samma_i_rad + 1 if element == forra else 0
        assert samma_i_rad < 3, f"Tangentbordet fastnar på {element}"
        sedda.append(element)
        forra = element
    assert len(set(sedda)) > 40
    # Focus reaches the footer and goes on past it (no trap at the end of the page).
    assert any("mailto:" in s for s in sedda)


@pytest.mark.browser
def test_mobilmenyn_fungerar_med_tangentbordet(server, chromium):
    context = chromium.new_context(**LAGEN["mobil"])
    sida = context.new_page()
    sida.goto(server.url + "bip/", wait_until="load")
    tabba_till(sida, "e.getAttribute('for') === '__drawer'", 10, "Menyknappen går inte att nå med Tab")
    sida.keyboard.press("Enter")
    assert sida.evaluate("document.getElementById('__drawer').checked")
    assert sida.locator(".md-sidebar--primary .md-nav__link").first.is_visible()
    context.close()


@pytest.mark.browser
def test_sok_med_bara_tangentbordet(server, sida):
    sida.goto(server.url, wait_until="load")
    sida.keyboard.press("/")                     # Material's shortcut to the search box
    assert sida.evaluate("document.activeElement.classList.contains('md-search__input')")
    sida.keyboard.type("tilltro", delay=30)
    sida.wait_for_selector(".md-search-result__item")
    sida.keyboard.press("ArrowDown")
    with sida.expect_navigation():
        sida.keyboard.press("Enter")
    assert "tilltro" in sida.content().lower()


@pytest.mark.browser
def test_sprakvaljaren_med_bara_tangentbordet(server, sida):
    sida.goto(server.url + "vta/", wait_until="load")
    tabba_till(sida, "e.getAttribute('hreflang') === 'en'", 40, "Länken till English går inte att nå med Tab")
    assert sida.locator("a[hreflang=en]").first.is_visible()
    with sida.expect_navigation():
        sida.keyboard.press("Enter")
    assert sida.url == server.url + "en/vta/"


@pytest.mark.browser
@per_del(DELAR)
def test_ingen_rorelse_pagar_langre_an_fem_sekunder(sidbesok, del_):
    """WCAG 2.2.2: movement that lasts over 5 s needs a way to stop it. No page has one,
    so no page may have such movement (reveal.js's bouncing arrow ran for 100 s)."""
    assert sidbesok(del_).rorelser == {}


@pytest.mark.browser
@per_del([d for d in DELAR if d.lage == HOPPLANK_OCH_BREDD_I])
def test_ingen_sidledes_rullning_vid_320_pixlar(sidbesok, del_):
    besok = sidbesok(del_)
    assert list(besok.bredd) == besok.sidor
    assert besok.for_breda_sidor() == []


@pytest.mark.browser
def test_minskad_rorelse_respekteras(server, chromium):
    varaktighet = "() => getComputedStyle(document.querySelector('.md-header')).transitionDuration"
    for rorelse, vantat in (("no-preference", lambda d: d != "1e-05s"), ("reduce", lambda d: d == "1e-05s")):
        context = chromium.new_context(reduced_motion=rorelse)
        sida = context.new_page()
        sida.goto(server.url, wait_until="load")
        assert vantat(sida.evaluate(varaktighet)), (rorelse, sida.evaluate(varaktighet))
        context.close()


FALSK_ROST = """(() => {
  const logg = window.__tal = {sagt: [], handlingar: []};
  const roster = %s;
  // Headless Chromium has no voices; this stand-in records what the page asks for.
  Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
    getVoices: () => roster, speak: (u) => logg.sagt.push({text: u.text, lang: u.lang}),
    pause: () => logg.handlingar.push('pause'), resume: () => logg.handlingar.push('resume'),
    cancel: () => logg.handlingar.push('cancel'), addEventListener: () => {},
    onvoiceschanged: null,
  }});
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
})();"""


@pytest.mark.browser
def test_lyssna_finns_bara_med_svensk_rost_och_kan_pausas_och_stoppas(server, chromium):
    utan = chromium.new_context()
    utan.add_init_script(FALSK_ROST % "[{lang: 'en-US', name: 'English'}]")
    sida = utan.new_page()
    sida.goto(server.url + "bip/vad-ar-bip/", wait_until="load")
    assert sida.get_by_role("button", name="Lyssna").count() == 0
    # No Swedish voice: the page says so and how to get one, instead of a missing button.
    notis = sida.locator(".kb-lyssna--saknas")
    notis.wait_for()
    assert "ingen röst på svenska" in notis.inner_text()
    utan.close()

    med = chromium.new_context()
    med.add_init_script(FALSK_ROST % "[{lang: 'sv-SE', name: 'Svenska'}]")
    sida = med.new_page()
    sida.goto(server.url + "bip/vad-ar-bip/", wait_until="load")
    sida.get_by_role("button", name="Lyssna").click()
    sagt = sida.evaluate("window.__tal.sagt")
    assert sagt[0]["text"].startswith("Vad är BIP")
    assert all(s["lang"] == "sv-SE" for s in sagt) and len(sagt) > 10
    paus = sida.get_by_role("button", name="Pausa")
    paus.click()
    assert paus.get_attribute("aria-pressed") == "true"
    paus.click()
    sida.get_by_role("button", name="Stoppa").click()
    assert sida.evaluate("window.__tal.handlingar")[-3:] == ["pause", "resume", "cancel"]
    med.close()


def test_redogorelsen_har_diggs_innehall_fran_config_och_testkorning(webbplats):
    import yaml
    forbund = yaml.safe_load((ROT / "docs/lokalt/forbund.yml").read_text(encoding="utf-8"))
    dom = BeautifulSoup((webbplats / "tillganglighet/redogorelse/index.html").read_text(encoding="utf-8"),
                        "html.parser")
    text = " ".join(dom.select_one("article").get_text(" ").split())
    assert forbund["namn"] in text and "Kunskapsbanken om BIP och VTA" in text
    assert "delvis förenlig" in text
    assert "Det här fungerar inte fullt ut" in text
    assert re.search(r"uppdaterade redogörelsen senast \d{4}-\d{2}-\d{2}", text)
    assert dom.select_one(f'a[href="mailto:{forbund["synpunkter"]}"]')
    assert dom.select_one('a[href="https://www.digg.se/tdosanmalan"]')
    assert "Senast testad" in text or "inte körts för det här bygget" in text
    # Linked from every page's footer.
    for sida in ("index.html", "vta/metodbok/index.html", "en/bip/index.html"):
        sidfot = BeautifulSoup((webbplats / sida).read_text(encoding="utf-8"), "html.parser").select_one(".md-footer")
        assert sidfot.find("a", href=re.compile(r"tillganglighet/redogorelse/$"))


def test_redogorelsen_visar_testkorningens_fakta(tmp_path):
    from kunskapsbank.sidor.redogorelse import fyll_i
    resultat = {"datum": "2026-11-23", "sidor": 128, "lagen": ["ljust", "mörkt"], "kontroller": 256,
                "brister": 0, "undantag": {"region": "skäl"}, "verktyg": "axe"}
    text = fyll_i("{{ forbund.namn }}\n<!-- kb:testresultat -->", {"namn": "Finsam X"}, resultat, "2026-11-20")
    assert "Finsam X" in text and "**Senast testad:** 2026-11-23" in text
    assert "256 sidvisningar, 0 brister" in text and "`region`: skäl" in text


def trasiga_ankare(site: Path) -> tuple[int, list[str]]:
    """Every link in the site's HTML pages to an anchor in one of its HTML pages, and the
    ones whose anchor is not there (an `id`, or `name` on `<a>`, as linkchecker reads it).
    Each page is parsed once: linkchecker's own anchor check fetches and parses the target
    page again for each of the ~1,400 anchors (a minute of the test's time)."""
    dom = {fil: lxml.html.fromstring(fil.read_bytes()) for fil in sorted(site.rglob("*.html"))}
    ankare = {fil: set(sida.xpath("//@id | //a/@name")) for fil, sida in dom.items()}
    antal, trasiga = 0, []
    for fil, sida in dom.items():
        adress = "/" + fil.relative_to(site).as_posix()
        for lank in sida.xpath("//*[@href]"):
            mal = urlsplit(urljoin(adress, lank.get("href").strip()))
            if mal.scheme or mal.netloc or not mal.fragment:
                continue
            malfil = site / unquote(mal.path).lstrip("/")
            if malfil.is_dir():
                malfil /= "index.html"
            if malfil.suffix != ".html":
                continue
            antal += 1
            if unquote(mal.fragment) not in ankare.get(malfil, ()):
                trasiga.append(f"{adress}, rad {lank.sourceline}: ankaret i {lank.get('href')} finns inte")
    return antal, trasiga


def test_linkchecker_hittar_inga_trasiga_interna_lankar_eller_ankare(webbplats, server, tmp_path):
    # linkchecker follows every link from the start page and checks that each page and file
    # is there; the anchors are checked by trasiga_ankare, each page parsed once.
    config = tmp_path / "linkcheckerrc"
    # Our test server answers with linkchecker's "LinkChecker" header, which with a high
    # maxrequestspersecond lifts its pause between requests to one host (else 6 minutes).
    config.write_text("[checking]\nthreads=4\nmaxrequestspersecond=1000\n[filtering]\nignore=\n  ^mailto:\n"
                      "  ^https?://(?!127\\.0\\.0\\.1)\n", encoding="utf-8")
    svar = subprocess.run([str(ROT / ".venv/bin/linkchecker"), "-f", str(config), "--no-status",
                           "--output=text", server.url], capture_output=True, text=True, timeout=600)
    sammanfattning = svar.stdout[-1500:]
    assert svar.returncode == 0, "\n".join(
        block for block in svar.stdout.split("\n\n") if "Warning" in block or "Error" in block)[-6000:]
    m = re.search(r"(\d+) links? in (\d+) URLs? checked", svar.stdout)
    assert m and int(m.group(2)) > len(alla_sidor(webbplats)), sammanfattning
    antal, trasiga = trasiga_ankare(webbplats)
    assert antal > 1000
    assert trasiga == []


def test_ankarkollen_hittar_lankar_till_ankare_som_inte_finns(tmp_path):
    """A heading renamed on one page leaves links to its old anchor on others."""
    (tmp_path / "bip").mkdir()
    (tmp_path / "index.html").write_text(
        '<h2 id="kom-igang">Kom igång</h2><a name="gammalt"></a>\n'
        '<a href="#kom-igang">1</a> <a href="#gammalt">2</a> <a href="bip/#forsta-motet">3</a>\n'
        '<a href="bip/#forsta-samtalet">4</a> <a href="#saknas">5</a>\n'
        '<a href="#">6</a> <a href="https://exempel.example/#x">7</a> <a href="haften/bip.pdf#page=2">8</a>\n',
        encoding="utf-8")
    (tmp_path / "bip/index.html").write_text(
        '<h2 id="forsta-motet">Första mötet</h2>\n<a href="../#kom-igang">9</a> <a href="../index.html#borta">10</a>\n',
        encoding="utf-8")
    assert trasiga_ankare(tmp_path) == (7, ["/bip/index.html, rad 2: ankaret i ../index.html#borta finns inte",
                                            "/index.html, rad 3: ankaret i bip/#forsta-samtalet finns inte",
                                            "/index.html, rad 3: ankaret i #saknas finns inte"])


def test_utskriftssidans_ankare_leder_nagonstans(webbplats):
    dom = BeautifulSoup((webbplats / "print_page/index.html").read_text(encoding="utf-8"), "html.parser")
    ankare = {e["id"] for e in dom.find_all(id=True)}
    lankar = [a["href"] for a in dom.select("article a[href^='#'], #print-page-toc a[href^='#']")]
    assert len(lankar) > 300
    assert [h for h in lankar if h != "#" and h[1:] not in ankare] == []


def test_redogorelsen_lagger_ihop_lagena_fran_olika_testprocesser(tmp_path):
    from kunskapsbank.sidor.redogorelse import TESTRESULTAT, las_testresultat
    assert las_testresultat(tmp_path) is None
    (tmp_path / TESTRESULTAT).mkdir(parents=True)
    for nr, (lage, brister, datum) in enumerate([("ljust", 0, "2026-11-30"), ("mobil", 2, "2026-12-01")]):
        (tmp_path / TESTRESULTAT / f"{nr}-{lage}.json").write_text(json.dumps(
            {"datum": datum, "sidor": 130, "lage": lage, "kontroller": 130, "brister": brister,
             "undantag": {}, "verktyg": "axe"}), encoding="utf-8")
    (tmp_path / TESTRESULTAT / "2-trasig.json").write_text("{", encoding="utf-8")
    resultat = las_testresultat(tmp_path)
    assert resultat["lagen"] == ["ljust: 130 sidor", "mobil: 130 sidor"] and resultat["kontroller"] == 260
    assert resultat["brister"] == 2 and resultat["datum"] == "2026-12-01"
