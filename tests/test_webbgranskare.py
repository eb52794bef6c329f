"""The page "Granska din text": the checker of scripts/lint running in the browser
(Pyodide). Same findings as the command line, replacements that work, accessible in
all three modes, no request to another host, offline after the first visit (service
worker), and a clear message when it cannot load."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from test_tillganglighet import LAGEN
from verktyg import AMBETSBREV, ROT, axe_brister, vakta_externa

ADRESS = "tillganglighet/granska-din-text/"
# A passive with its agent, an officialese phrase and word, a long sentence, another
# passive, an abbreviation: the mistakes the page is for.
TEXT = """Beslutet fattas av handläggaren på kontoret.

Du ska ta med dig legitimation i syfte att kunna erhålla ersättningen.

När du har kommit till mötet på kontoret och berättat om din situation för den person som tar emot dig så går ni tillsammans igenom vad du behöver och vilka steg som ska tas efter mötet.

Ta med papper, t.ex. ett intyg från läkaren.
"""


def lint_json(text: str, tmp_path: Path) -> list[dict]:
    fil = tmp_path / "text.md"
    fil.write_text(text, encoding="utf-8")
    svar = subprocess.run([str(ROT / "scripts" / "lint"), "--format", "json", str(fil)],
                          capture_output=True, text=True, cwd=ROT)
    return json.loads(svar.stdout)


def ny_sida(chromium, **installningar):
    context = chromium.new_context(locale="sv-SE", **installningar)
    externa = vakta_externa(context)
    sida = context.new_page()
    sida.externa = externa
    return context, sida


def granska(sida, text: str, niva: str = "klarsprak", antal: int = 1) -> list[dict]:
    sida.fill("#kb-granska-text", text)
    sida.check(f"#kb-granska-{niva}")
    sida.click("#kb-granska-knapp")
    sida.wait_for_function(f"document.querySelector('.kb-granska').dataset.granskningar === '{antal}'")
    return visade_fynd(sida)


def visade_fynd(sida) -> list[dict]:
    return sida.eval_on_selector_all(".kb-granska__punkt", """punkter => punkter.map(p => ({
        line: Number(p.dataset.rad), column: Number(p.dataset.kolumn), rule: p.dataset.regel,
        message: p.querySelector('.kb-granska__meddelande').textContent}))""")


def oppna(sida, server):
    sida.goto(server.url + ADRESS)
    sida.wait_for_selector(".kb-granska[data-klar='ja']", timeout=90_000)


def test_sidan_visar_samma_fynd_som_lint_och_en_ersattning_tar_bort_fyndet(server, chromium, tmp_path):
    context, sida = ny_sida(chromium)
    try:
        oppna(sida, server)
        visade = granska(sida, TEXT)
        vantade = [{k: f[k] for k in ("line", "column", "rule", "message")} for f in lint_json(TEXT, tmp_path)]
        assert {f["rule"] for f in vantade} >= {"passiv", "krangligt-ord", "lang-mening", "forkortning"}
        assert visade == vantade
        # Every finding is marked in the text with its number, not by colour alone.
        assert sida.locator(".kb-granska__markerad .kb-granska__nr").count() == len(vantade)
        assert "Klart: 6 saker" in sida.text_content("#kb-granska-status")
        assert sida.text_content("#kb-granska-omdome").startswith("Texten klarar inte nivån klarspråk än")
        assert "LIX" in sida.text_content("#kb-granska-siffror")

        sida.get_by_role("button", name="Byt ”i syfte att” mot ”för att” på rad 3").click()
        sida.wait_for_function("document.querySelector('.kb-granska').dataset.granskningar === '2'")
        ny_text = sida.input_value("#kb-granska-text")
        assert "legitimation för att kunna erhålla" in ny_text and "i syfte att" not in ny_text
        efter = visade_fynd(sida)
        assert not any("i syfte att" in f["message"] for f in efter)
        assert efter == [{k: f[k] for k in ("line", "column", "rule", "message")}
                         for f in lint_json(ny_text, tmp_path)]
        # A finding in the list moves focus to its place in the text.
        sida.click(".kb-granska__punkt a >> nth=0")
        assert sida.evaluate("document.activeElement.id") == "kb-fynd-1"
        assert sida.externa == []
    finally:
        context.close()


def _riktiga_texter() -> list[tuple[str, str]]:
    """Whole pages of the site without front matter, each after TEXT (the site's pages
    give no findings of their own), and where it is beside the project the start of the
    real agency text the checker is measured on (tests/korpus/verklig)."""
    import re

    texter = []
    for sokvag in ("vta/modellen/5-ekonomiskt-stod.md", "bip/teman/tilltro.md", "ovningar/bip-ung-kaa.md"):
        sida = (ROT / "docs" / sokvag).read_text(encoding="utf-8")
        texter.append((sokvag, TEXT + "\n" + re.sub(r"\A---\n.*?\n---\n", "", sida, flags=re.S)))
    verklig = ROT.parent / "shared" / "corpus" / "ansokan-inkluderingslyftet.md"
    if verklig.is_file():
        texter.append((verklig.name, "\n".join(verklig.read_text(encoding="utf-8").splitlines()[:120])))
    return texter


def test_sidan_och_lint_ger_samma_fynd_pa_langre_texter(server, chromium, tmp_path):
    """Many words, so many lookups in the browser's word files and trimmed standard
    library: the findings are still those of scripts/lint."""
    context, sida = ny_sida(chromium)
    try:
        oppna(sida, server)
        for nr, (namn, text) in enumerate(_riktiga_texter(), 1):
            vantade = [{k: f[k] for k in ("line", "column", "rule", "message")} for f in lint_json(text, tmp_path)]
            assert granska(sida, text, "klarsprak", nr) == vantade, namn
            assert len(text.split()) > 300 and len(vantade) >= 6, namn
        assert sida.externa == []
    finally:
        context.close()


@pytest.mark.parametrize("lage", list(LAGEN))
def test_sidan_med_resultat_har_inga_axe_brister_och_inga_externa_anrop(server, chromium, lage):
    context, sida = ny_sida(chromium, **LAGEN[lage])
    try:
        oppna(sida, server)
        granska(sida, TEXT, "lattlast")
        assert axe_brister(sida) == []
        assert sida.externa == []
    finally:
        context.close()


def test_utan_granskaren_visar_sidan_vad_man_kan_gora_i_stallet(server, chromium):
    """The runtime's files do not load (the worker fetches them, so the whole context is
    routed): the page says what a reader can do. While the checker works, the box stays
    hidden (Material's admonition style must not beat the hidden attribute)."""
    context, sida = ny_sida(chromium)
    try:
        oppna(sida, server)
        assert not sida.is_visible("#kb-granska-reserv")
    finally:
        context.close()
    context, sida = ny_sida(chromium)
    try:
        context.route("**/assets/webbgranskare/**", lambda route: route.abort())
        sida.goto(server.url + ADRESS)
        reserv = sida.locator("#kb-granska-reserv")
        reserv.wait_for(state="visible", timeout=30_000)
        # What a reader can do; no developer's command.
        assert "ladda om sidan" in reserv.text_content() and "scripts/" not in reserv.text_content()
        assert sida.is_disabled("#kb-granska-knapp")
        assert "kunde inte starta" in sida.text_content("#kb-granska-status")
    finally:
        context.close()


def _ordfil(tmp_path, namn: str) -> Path:
    """The word file as the build step makes it (kept in the cache after the first build)."""
    from importlib.metadata import version

    from kunskapsbank.webbgranskare import bygg as webbgranskare
    from kunskapsbank.lattlast import sprak

    fil = tmp_path / webbgranskare.ORDFILER[namn]
    if namn == "frekvenser":
        webbgranskare._fran_cachen(fil, f"wordfreq-{version('wordfreq')}", sprak.skriv_frekvenstabell)
    else:
        webbgranskare._fran_cachen(fil, f"simplemma-{version('simplemma')}", sprak.skriv_lemmafil)
    return fil


def test_frekvenstabellen_for_webblasaren_ger_samma_tal_som_wordfreq(tmp_path):
    from wordfreq import get_frequency_dict

    from kunskapsbank.lattlast import sprak

    tabell = sprak.las_frekvenstabell(_ordfil(tmp_path, "frekvenser"))
    vantad = {o: sprak._zipf(a) for o, a in get_frequency_dict("sv", wordlist="best").items()}
    assert len(tabell._ordfil) == len(vantad)
    assert [o for o, z in vantad.items() if tabell.get(o) != z] == []
    assert tabell.get("finnsintealls") == 0.0


def test_regeldata_foljer_med_som_json_med_samma_innehall():
    import io
    import zipfile

    import yaml

    from kunskapsbank.webbgranskare import bygg as webbgranskare

    motor = zipfile.ZipFile(io.BytesIO(webbgranskare.kallkod_zip()))
    data = ROT / "scripts/kunskapsbank/lattlast/data"
    assert sorted(data.glob("*.yml"))
    for fil in data.glob("*.yml"):
        assert json.loads(motor.read(f"kunskapsbank/lattlast/data/{fil.stem}.json")) == \
            yaml.safe_load(fil.read_text(encoding="utf-8"))
    # The dictionaries come as word files: simplemma's own stay out of the download.
    assert not any(n.endswith(".plzma") for n in motor.namelist())


def test_standardbiblioteket_har_det_granskaren_importerar_som_bytekod(webbplats):
    """The build ran the checker under Node.js and compiled what it imported; the rest of
    the trimmed library stays source, and the whole is a plain zip in gzip."""
    import gzip
    import io
    import zipfile

    from kunskapsbank.webbgranskare.bygg import MAPP, STDLIB

    mapp = webbplats / MAPP
    assert not (mapp / "python_stdlib.zip").exists()
    namn = set(zipfile.ZipFile(io.BytesIO(gzip.decompress((mapp / STDLIB).read_bytes()))).namelist())
    for modul in ("re/__init__", "json/__init__", "asyncio/__init__", "pathlib/__init__", "lzma", "bisect",
                  "difflib", "_pyodide/__init__", "pyodide/__init__", "encodings/utf_8"):
        assert f"{modul}.pyc" in namn and f"{modul}.py" not in namn, modul
    # Kept, as nothing in the checker's start imports it, but still as source.
    assert "argparse.py" in namn and "argparse.pyc" not in namn
    assert not any(n.startswith(("unittest/", "tkinter/")) for n in namn)


def test_lemmafilen_for_webblasaren_har_simplemmas_hela_svenska_ordbok(tmp_path):
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from kunskapsbank.lattlast.ordfil import Ordfil

    ordbok = DefaultDictionaryFactory().get_dictionary("sv")
    assert dict(Ordfil(_ordfil(tmp_path, "lemman")).items()) == dict(ordbok.items())


def test_granskaren_ger_samma_lemman_med_lemmafilen(tmp_path, monkeypatch):
    """The browser's lemmatiser (simplemma on the word file) and the command line's
    (simplemma on its trie cache) agree on every word of the site's own pages."""
    import re

    from kunskapsbank.lattlast import sprak

    ord_ = sorted({o for fil in (ROT / "docs").rglob("*.md") if not fil.name.endswith(".en.md")
                   for o in re.findall(r"[^\W\d_]+", fil.read_text(encoding="utf-8"))})
    kommandorad = [sprak._lemmatiserare()(o.lower(), lang="sv") for o in ord_]
    monkeypatch.setenv(sprak.LEMMAFIL, str(_ordfil(tmp_path, "lemman")))
    sprak._lemmatiserare.cache_clear()
    try:
        assert [sprak._lemmatiserare()(o.lower(), lang="sv") for o in ord_] == kommandorad
    finally:
        sprak._lemmatiserare.cache_clear()
    assert len(ord_) > 3000


def test_bygget_klarar_sig_utan_npm_och_sager_det_pa_svenska(tmp_path, monkeypatch):
    from kunskapsbank.webbgranskare import bygg as webbgranskare

    rot = tmp_path / "projekt"
    (rot / webbgranskare.NPM_MAPP).mkdir(parents=True)
    for namn in ("package.json", "package-lock.json"):
        (rot / webbgranskare.NPM_MAPP / namn).write_bytes((ROT / webbgranskare.NPM_MAPP / namn).read_bytes())
    from kunskapsbank import manifest

    site = tmp_path / "site"
    manifest.skriv(site, manifest.Manifest("sv", [manifest.Sida(
        webbgranskare.SIDA, "tillganglighet/granska-din-text/", "tillganglighet/granska-din-text/index.html",
        "Granska din text", "sv", 0)]))
    monkeypatch.setenv("PATH", str(tmp_path / "tom"))
    meddelanden: list[str] = []
    assert webbgranskare.bygg(site, rot, ROT / "mkdocs.yml", meddelanden.append) == {}
    assert len(meddelanden) == 1 and "npm finns inte" in meddelanden[0] and "scripts/lint" in meddelanden[0]
    assert not (site / webbgranskare.SERVICE_WORKER).exists()


def test_en_webbplats_utan_sidan_far_inga_filer_for_den(tmp_path):
    """A fork or a small site without the page gets no 16 MB of runtime it never loads."""
    from kunskapsbank import manifest
    from kunskapsbank.webbgranskare import bygg as webbgranskare

    site = tmp_path / "site"
    manifest.skriv(site, manifest.Manifest("sv", [manifest.Sida("index.md", "", "index.html", "Start", "sv", 0)]))
    (site / webbgranskare.SERVICE_WORKER).write_text("gammal", encoding="utf-8")
    assert webbgranskare.bygg(site, ROT, ROT / "mkdocs.yml", print) == {}
    assert not (site / webbgranskare.MAPP).exists() and not (site / webbgranskare.SERVICE_WORKER).exists()


SPARAT_FOR_OFFLINE = """async () => {
  for (const namn of await caches.keys()) {
    const cache = await caches.open(namn);
    if (await cache.match(location.href) && await cache.match('%sassets/webbgranskare/pyodide.asm.wasm')) return true;
  }
  return false;
}"""


def test_efter_forsta_besoket_fungerar_sidan_utan_natverk(server, chromium):
    context, sida = ny_sida(chromium)
    try:
        oppna(sida, server)
        for _ in range(100):
            if sida.evaluate(SPARAT_FOR_OFFLINE % server.url):
                break
            sida.wait_for_timeout(200)
        context.set_offline(True)
        sida.reload()
        sida.wait_for_selector(".kb-granska[data-klar='ja']", timeout=90_000)
        assert {f["rule"] for f in granska(sida, TEXT)} >= {"passiv", "krangligt-ord", "forkortning"}
        assert sida.externa == []
    finally:
        context.close()


BREV = AMBETSBREV

LANGA_UPPGIFTER = """(() => {
  window.__langa = [];
  new PerformanceObserver((lista) => {
    for (const e of lista.getEntries()) window.__langa.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
})();"""


def test_sidan_svarar_medan_granskaren_laddas_och_granskar_sedan_det_som_skrevs(server, chromium):
    """A reader types while Python loads (in a worker: the page never freezes), presses
    Granska before the checker is ready, and gets the answer when it is. The status says
    each real step of the start. A short officialese letter does not pass lättläst."""
    context, sida = ny_sida(chromium)
    hallna = []
    try:
        sida.add_init_script(LANGA_UPPGIFTER)
        # The standard library waits until the test has typed: the start cannot win the race.
        sida.route("**/python_stdlib.zip.gz", lambda route: hallna.append(route))
        sida.goto(server.url + ADRESS)
        status = sida.locator("#kb-granska-status")
        sida.wait_for_function("document.querySelector('#kb-granska-status').textContent.includes('steg 1 av 4')", timeout=120_000)
        sida.locator("#kb-granska-text").press_sequentially(BREV[:40])
        sida.locator("#kb-granska-text").fill(BREV)
        sida.check("#kb-granska-lattlast")
        sida.click("#kb-granska-knapp")
        assert "Din text granskas när granskaren är klar" in status.text_content()
        assert sida.get_attribute(".kb-granska", "data-klar") is None
        for route in hallna:
            route.continue_()
        # Python starts now; the page still takes keys while it does.
        sida.wait_for_function("document.querySelector('#kb-granska-status').textContent.includes('steg 2 av 4')", timeout=120_000)
        sida.locator("#kb-granska-text").press("End")
        sida.wait_for_function("document.querySelector('.kb-granska').dataset.granskningar === '1'", timeout=180_000)
        assert sida.input_value("#kb-granska-text") == BREV
        omdome = sida.text_content("#kb-granska-omdome")
        assert omdome.startswith("Texten klarar inte nivån lättläst än"), omdome
        assert "Den längsta meningen har 30 ord (högst 15)" in omdome
        # No task on the page's own thread long enough for a reader to notice (Python
        # starts in the worker).
        langsta = max(sida.evaluate("window.__langa"), default=0)
        assert langsta < 400, f"sidan frös i {langsta:.0f} ms medan granskaren laddades"
    finally:
        context.close()
