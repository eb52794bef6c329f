"""Benchmarks quoted in the closing notes. Prints seconds, pages and seconds per page.

    scripts/bench            all benchmarks
    scripts/bench bygge      site build: the real docs and a generated 300-page site
    scripts/bench sok        the search query set in Chromium, and the index step's time
    scripts/bench overforing bytes a first visit to a content page transfers (gzip)
    scripts/bench granskare-tat   scripts/lint on 1M words of finding-dense text
    scripts/bench webbgranskare   "Granska din text" in Chromium: first result on 300
                                  words (first and second visit), later checks, bytes
    scripts/bench granskare-matning  precision and recall per rule: the real text in
                                  ../shared/corpus/ (calibration and control lines), our
                                  own development texts and our own held-out texts
    scripts/bench forhandsvisning  scripts/serve: seconds from saving a page until the
                                  server gives the new text, beside bare Material's
                                  `mkdocs serve` on the same pages
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


ROT = Path(__file__).resolve().parent.parent
# The copy of the project's frame that the tests build with (tests/projektkopia.py).
sys.path.insert(0, str(ROT / "tests"))


def _bygg(projekt: Path, site: Path, env: dict | None = None) -> tuple[float, int]:
    start = time.perf_counter()
    resultat = subprocess.run(
        [sys.executable, "-m", "kunskapsbank.byggkedja", "--config", str(projekt / "mkdocs.yml"),
         "--site-dir", str(site)],
        capture_output=True, text=True, cwd=projekt,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
    sekunder = time.perf_counter() - start
    if resultat.returncode != 0:
        sys.exit(f"Bygget misslyckades:\n{resultat.stderr[-3000:]}")
    sidor = sum(1 for p in site.rglob("index.html"))
    return sekunder, sidor


def _stycken_fran_innehallet() -> list[str]:
    """Real paragraphs from the docs, so the generated site is realistic Swedish."""
    stycken = []
    for fil in (ROT / "docs").rglob("*.md"):
        if fil.name.endswith(".en.md"):
            continue
        text = re.sub(r"^---\n.*?\n---\n", "", fil.read_text(encoding="utf-8"), flags=re.S)
        for stycke in text.split("\n\n"):
            # Links would point nowhere in the generated site.
            stycke = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", stycke.strip())
            if len(stycke) > 120 and not stycke.startswith(("#", "!!!", "???", "|", "<", "-", "1.")):
                stycken.append(stycke)
    return stycken or ["Det här är en rad text i en sida som bara finns för att mäta bygget."]


def generera_stor_plats(mal: Path, antal_sidor: int = 300, seed: int = 1) -> None:
    """A site with the real config, templates and hooks and `antal_sidor` pages in
    nested sections (10 sections x 3 subsections x 10 pages)."""
    slump = random.Random(seed)
    stycken = _stycken_fran_innehallet()
    sys.path.insert(0, str(ROT / "scripts"))
    from projektkopia import kopiera_projekt
    kopiera_projekt(mal, med_innehall=False, rot=ROT)
    docs = mal / "docs"
    (docs / "index.md").write_text("---\ntitle: Start\n---\n\n# Start\n\nEn stor testplats.\n",
                                   encoding="utf-8")
    skrivna = 0
    while skrivna < antal_sidor:
        avsnitt, del_, nr = skrivna // 30, (skrivna // 10) % 3, skrivna % 10
        mapp = docs / f"avsnitt-{avsnitt:02d}" / f"del-{del_}"
        mapp.mkdir(parents=True, exist_ok=True)
        titel = f"Sida {avsnitt}.{del_}.{nr}"
        brodtext = "\n\n".join(
            f"## Rubrik {i + 1}\n\n" + "\n\n".join(slump.sample(stycken, min(3, len(stycken))))
            for i in range(4))
        (mapp / f"sida-{nr}.md").write_text(
            f"---\ntitle: {titel}\nlattlast: klarsprak\n---\n\n# {titel}\n\n{brodtext}\n",
            encoding="utf-8")
        skrivna += 1


def bar_material(mal: Path) -> Path:
    """The same Swedish pages and Markdown extensions with plain Material for MkDocs: no
    hooks, no i18n, no plugins but search, no templates of ours. The yardstick for what
    our own build steps cost."""
    import shutil
    import yaml

    sys.path.insert(0, str(ROT / "scripts"))
    from projektkopia import andra_config, kopiera_projekt
    kopiera_projekt(mal, rot=ROT)
    shutil.rmtree(mal / "hooks")
    shutil.rmtree(mal / "overrides")
    for engelsk in (mal / "docs").rglob("*.en.md"):
        engelsk.unlink()
    for sida in (mal / "docs").rglob("*.md"):     # our page templates are not there either
        text = sida.read_text(encoding="utf-8")
        if "\ntemplate:" in text:
            sida.write_text(re.sub(r"\ntemplate: [^\n]*", "", text, count=1), encoding="utf-8")

    def bar(config):
        config.pop("hooks", None)
        config.pop("extra_css", None)
        config.pop("extra_javascript", None)
        config["plugins"] = ["search"]
        config["theme"] = {"name": "material", "language": "sv", "font": False,
                           "features": config["theme"].get("features", [])}
        config["exclude_docs"] = "_snippets/\nlokalt/\n"
        config["validation"] = {"omitted_files": "ignore", "unrecognized_links": "ignore",
                                "absolute_links": "ignore", "anchors": "ignore", "links": {"not_found": "ignore"}}
        # Our own generated report pages are not there without our hooks.
        config["nav"] = yaml.safe_load(re.sub(r"\n *- [^\n]*: (lattlast|granskning|nytt)/index\.md(?=\n)", "",
                                              yaml.safe_dump(config["nav"], allow_unicode=True)))

    andra_config(mal / "mkdocs.yml", bar)
    return mal


def _bygg_lost(projekt: Path, site: Path) -> float:
    """A build that may warn (bare Material does not know our links to generated pages)."""
    start = time.perf_counter()
    resultat = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(projekt / "mkdocs.yml"),
                               "--site-dir", str(site)], capture_output=True, text=True, cwd=projekt,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if resultat.returncode != 0:
        sys.exit(f"Bygget med bara Material misslyckades:\n{resultat.stderr[-3000:]}")
    return time.perf_counter() - start


def bench_bygge() -> None:
    print("== Bygge av webbplatsen (scripts/build: alla steg, båda språken) ==")
    with tempfile.TemporaryDirectory() as tmp:
        # Side by side in one run: a busy machine slows both alike.
        bar = bar_material(Path(tmp) / "bar")
        _bygg_lost(bar, Path(tmp) / "uppvarmning")
        bara, egen = [], []
        for varv in range(3):
            bara.append(_bygg_lost(bar, Path(tmp) / f"bar-site-{varv}"))
            egen.append(_bygg(ROT, Path(tmp) / f"site-{varv}", {"KB_HAFTEN": "av"})[0])
        bara_s, egen_s = sorted(bara)[1], sorted(egen)[1]
        print(f"Bara Material, samma svenska sidor:   {bara_s:6.2f} s (median av 3)")
        print(f"Vårt bygge utan häften (KB_HAFTEN=av): {egen_s:6.2f} s (median av 3)")
        print(f"Kvot: {egen_s / bara_s:.2f} gånger bara Material")
    with tempfile.TemporaryDirectory() as tmp:
        sekunder, sidor = _bygg(ROT, Path(tmp) / "site")
        kallor = sum(1 for p in (ROT / "docs").rglob("*.md")
                     if "_snippets" not in p.parts and not p.name.endswith(".en.md"))
        print(f"Riktiga innehållet: {sekunder:6.1f} s för {kallor} svenska källsidor "
              f"({sekunder / kallor * 1000:.0f} ms per källsida), {sidor} HTML-sidor på två språk "
              f"med häften")
    with tempfile.TemporaryDirectory() as tmp:
        projekt = Path(tmp) / "stor"
        projekt.mkdir()
        generera_stor_plats(projekt, 300)
        sekunder, sidor = _bygg(projekt, Path(tmp) / "site")
        print(f"Genererad plats med 300 källsidor: {sekunder:6.1f} s "
              f"({sekunder / 300 * 1000:.0f} ms per källsida), {sidor} HTML-sidor på två språk")


def bench_granskare() -> None:
    sys.path.insert(0, str(ROT / "scripts"))
    from kunskapsbank.lattlast import Granskarinstallningar, granska_text
    from kunskapsbank.lattlast.installningar import las_forkortningar

    print("== Lättläst-granskaren ==")
    start = time.perf_counter()
    subprocess.run([str(ROT / "scripts" / "lint"), "docs", "--format", "json"], cwd=ROT,
                   capture_output=True, check=False)
    print(f"scripts/lint docs (hela kommandot, med uppstart): {time.perf_counter() - start:.2f} s")

    inst = Granskarinstallningar(forkortningar=las_forkortningar(ROT / "docs/_snippets/forkortningar.md"))
    filer = [(str(p), p.read_text(encoding="utf-8")) for p in sorted((ROT / "docs").rglob("*.md"))]
    granska_text("Uppvärmning av ordlistorna.", "x.md", inst)   # loads simplemma and wordfreq
    start = time.perf_counter()
    ord_ = sum((granska_text(t, n, inst).statistik or type("S", (), {"words": 0})).words
               for n, t in filer)
    sek = time.perf_counter() - start
    print(f"Riktiga innehållet: {ord_} ord i {len(filer)} filer på {sek:.3f} s "
          f"({ord_ / sek:,.0f} ord/s)".replace(",", " "))

    slump = random.Random(2)
    stycken = _stycken_fran_innehallet()
    texter, antal = [], 0
    while antal < 1_100_000:   # margin: the checker does not count headings' markup
        text = "\n\n".join(slump.sample(stycken, min(20, len(stycken))))
        texter.append(text)
        antal += len(re.findall(r"[^\W\d_]+", text))
    start = time.perf_counter()
    ord_ = sum(granska_text(t, f"gen-{i}.md", inst).statistik.words for i, t in enumerate(texter))
    sek = time.perf_counter() - start
    print(f"Genererad korpus: {ord_} ord i {len(texter)} filer på {sek:.2f} s "
          f"({ord_ / sek:,.0f} ord/s)".replace(",", " "))

    # Hostile input that once took 17-33 s (quadratic abbreviation and position lookups).
    for namn, text in (("'a. ' x 20 000", "a. " * 20_000), ("'t.ex. ' x 10 000", "t.ex. " * 10_000),
                       ("stycke med 50 000 rader", "\n".join(["ord"] * 50_000))):
        start = time.perf_counter()
        granska_text(text, "fientlig.md", inst)
        print(f"Fientlig indata, {namn}: {time.perf_counter() - start:.2f} s")
    bench_granskare_tat()


# Sentences that each hold a passive, an officialese word and a generic "man": the
# checker's worst case, with a finding on almost every word group.
TATA_MENINGAR = [
    "Ansökan skickas samt granskas innan man får svar.",
    "Beslutet fattades av nämnden och man erhöll det i maj.",
    "Om man vill ändra något ska blanketten inkomma senast i mars.",
    "Rapporten har skrivits i syfte att man ska förstå projektet.",
    "Kursen påbörjades i höst och man tillhandahålls material.",
    "Man informeras om huruvida stödet ges eller ej.",
    "Metoden implementeras inom ramen för projektet när man vill.",
    "Dessa presenteras nedan, t.ex. när man behöver dem.",
]


def tat_korpus(mapp: Path, ord_totalt: int = 1_000_000, ord_per_fil: int = 5_000) -> int:
    """Files of finding-dense text, ord_totalt words in all. Returns the file count."""
    slump = random.Random(3)
    antal_ord, nr = 0, 0
    while antal_ord < ord_totalt:
        stycken, i_filen = [], 0
        while i_filen < ord_per_fil:
            stycke = " ".join(slump.choice(TATA_MENINGAR) for _ in range(4))
            stycken.append(stycke)
            i_filen += len(stycke.split())
        (mapp / f"sida-{nr:04d}.md").write_text(
            "---\ntitle: Test\nlattlast: klarsprak\n---\n\n" + "\n\n".join(stycken) + "\n",
            encoding="utf-8")
        antal_ord += i_filen
        nr += 1
    return nr


def bench_granskare_tat() -> None:
    """One million words of finding-dense text through scripts/lint, process start and
    dictionary load included."""
    with tempfile.TemporaryDirectory() as tmp:
        mapp = Path(tmp)
        filer = tat_korpus(mapp)
        for format_ in ("text", "json"):
            fore = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            svar = subprocess.run([str(ROT / "scripts" / "lint"), str(mapp), "--format", format_],
                                  cwd=ROT, capture_output=True, text=True, check=False)
            sek = time.perf_counter() - start
            efter = resource.getrusage(resource.RUSAGE_CHILDREN)
            # Processor time of all its processes: the wall time depends on what else
            # the machine's two cores are doing.
            cpu = efter.ru_utime + efter.ru_stime - fore.ru_utime - fore.ru_stime
            fynd = svar.stdout.count("\n") if format_ == "text" else svar.stdout.count('"rule"')
            print(f"scripts/lint på 1 000 000 ord tät text i {filer} filer ({format_}, hela kommandot "
                  f"med uppstart): {sek:.2f} s, processortid {cpu:.2f} s, {fynd} fynd, "
                  f"belastning {os.getloadavg()[0]:.1f}")


def bench_haften() -> None:
    print("== Kurshäften och hela scripts/build ==")
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        resultat = subprocess.run([str(ROT / "scripts" / "build")], cwd=ROT, capture_output=True,
                                  text=True, env={**os.environ, "SITE_DIR": str(Path(tmp) / "site")})
        totalt = time.perf_counter() - start
        if resultat.returncode != 0:
            sys.exit(f"scripts/build misslyckades:\n{resultat.stderr[-3000:]}")
        for rad in resultat.stderr.splitlines():
            if "Häfte " in rad or "häften klara" in rad:
                print(rad.split("-  ", 1)[-1])
        print(f"Hela scripts/build (webbplats på två språk, granskning och alla häften): {totalt:.1f} s")


def bench_bildspel() -> None:
    """What the decks add to scripts/build: the step "Bildspelen" on a built site, three
    runs (the first copies reveal.js; the PowerPoint files are written every time)."""
    from kunskapsbank.bildspel.bygg import bygg_bildspelen
    print("== Bildspelen (steg 5 i scripts/build) ==")
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        _bygg_utan_haften(site)
        tider = []
        for _ in range(3):
            start = time.perf_counter()
            decks = bygg_bildspelen(site, ROT, lambda t: None)
            tider.append(time.perf_counter() - start)
        bilder = sum(len(d.bilder) for d in decks)
        print(f"{len(decks)} bildspel, {bilder} bilder, i webbläsaren och som PowerPoint: "
              f"{min(tider):.2f} s (snabbast av 3), {max(tider):.2f} s (långsammast)")


def _bygg_utan_haften(site: Path) -> None:
    _bygg(ROT, site, {"KB_HAFTEN": "av"})


def bench_sok() -> None:
    """Every query set, typed into the search box in Chromium: our own (tests/sokfragor.yml,
    the one the ranking was developed on) and the held-out sets nobody tuned on."""
    sys.path.insert(0, str(ROT / "tests"))
    from verktyg import KONTROLLFRAGOR, SOKFRAGOR, WebbServer, kor_sokfragor, starta_chromium

    print("== Sökning: frågorna i Chromium ==")
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        _bygg_utan_haften(site)
        with WebbServer(site) as server, starta_chromium() as browser:
            for fil in [SOKFRAGOR, *KONTROLLFRAGOR]:
                svar = kor_sokfragor(browser.new_page(), server.url, fil)
                topp1 = sum(1 for s in svar if s["plats"] == 1)
                topp3 = sum(1 for s in svar if s["plats"] and s["plats"] <= 3)
                print(f"{fil.name}: {len(svar)} frågor: plats 1 {topp1} ({topp1 / len(svar):.0%}), "
                      f"topp 3 {topp3} ({topp3 / len(svar):.0%})")
                for s in svar:
                    if s["plats"] != 1:
                        print(f"  {'inte i topp 3' if not s['plats'] or s['plats'] > 3 else 'plats ' + str(s['plats'])}: "
                              f"{s['fraga']!r} ({s['slag']}) väntade {s['vantade']}, fick {s['traffar']}")
        sekunder = _tid_for_sokindexsteget(site)
    print(f"Sökindexsteget (python -m kunskapsbank.sok.sokindex site/, med uppstart): {sekunder:.2f} s")


def _tid_for_sokindexsteget(site: Path) -> float:
    """The build has run the step; put back the plugin's index and time the step alone,
    in a fresh Python process, as `python -m kunskapsbank.sok.sokindex site/`."""
    sokmapp = site / "search"
    index = json.loads((sokmapp / "search_index.json").read_text(encoding="utf-8"))
    index["docs"] = [d for sprak in index.pop("sok") for d in
                     json.loads((sokmapp / f"sok.{sprak}.json").read_text(encoding="utf-8"))["docs"]]
    (sokmapp / "search_index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kunskapsbank.sok.sokindex", str(site)],
                   cwd=ROT / "scripts", check=True, capture_output=True)
    return time.perf_counter() - start


def bench_overforing() -> None:
    """Bytes a first visit to a content page transfers, gzip, measured in Chromium."""
    sys.path.insert(0, str(ROT / "tests"))
    from verktyg import starta_chromium

    print("== Första besöket på en innehållssida: överfört (gzip) ==")
    with tempfile.TemporaryDirectory() as tmp:
        _bygg_utan_haften(Path(tmp) / "site")
        with _gzipserver(Path(tmp) / "site") as url, starta_chromium() as browser:
            for adress in ("vta/modellen/2-avtal/", "bip/teman/tilltro/", "en/bip/"):
                sida = browser.new_context().new_page()
                cdp = sida.context.new_cdp_session(sida)
                cdp.send("Network.enable")
                storlek: dict[str, int] = {}
                cdp.on("Network.loadingFinished",
                       lambda e: storlek.__setitem__(e["requestId"], e["encodedDataLength"]))
                adresser: dict[str, str] = {}
                cdp.on("Network.requestWillBeSent",
                       lambda e: adresser.__setitem__(e["requestId"], e["request"]["url"]))
                sida.goto(url + adress, wait_until="networkidle")
                sida.wait_for_timeout(500)
                totalt = sum(storlek.values())
                storsta = sorted(((n, adresser.get(i, "?")) for i, n in storlek.items()), reverse=True)[:4]
                print(f"{adress}: {totalt / 1000:.1f} kB i {len(storlek)} filer; störst: " +
                      ", ".join(f"{u.rsplit('/', 1)[-1] or u} {n / 1000:.1f} kB" for n, u in storsta))
                sida.context.close()


@contextlib.contextmanager
def _gzipserver(mapp: Path, overfort: list[int] | None = None):
    """A loopback server that gzips text files, as a real web host does: once per file,
    not on every request (GitHub Pages and CDNs keep the compressed copy). Appends the
    body size of every answer to `overfort` (a page's service worker hides them from
    the page's own network log)."""
    import functools
    import gzip
    import http.server
    import threading

    @functools.lru_cache(maxsize=None)
    def komprimerad(path: Path) -> bytes:
        return gzip.compress(path.read_bytes(), 6)

    for fil in (mapp / "assets").rglob("*"):      # as a host would have them ready
        if fil.suffix in (".js", ".mjs", ".wasm", ".css", ".json"):
            komprimerad(fil)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send_head(self):
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if path.suffix not in (".html", ".js", ".mjs", ".wasm", ".css", ".json", ".svg", ".xml") \
                    or not path.is_file():
                svar = super().send_head()
                if svar is not None and overfort is not None and path.is_file():
                    overfort.append(path.stat().st_size)
                return svar
            data = komprimerad(path)
            if overfort is not None:
                overfort.append(len(data))
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            # What GitHub Pages sends: the service worker's copy comes from the HTTP cache.
            self.send_header("Cache-Control", "max-age=600")
            self.send_header("Last-Modified", self.date_time_string(int(path.stat().st_mtime)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            return io.BytesIO(data)

    Handler.extensions_map = {**Handler.extensions_map, ".mjs": "text/javascript", ".wasm": "application/wasm"}
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(mapp)))
    trad = threading.Thread(target=httpd.serve_forever, daemon=True)
    trad.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _text_med_ord(antal: int, seed: int = 0) -> str:
    """Real paragraphs of the site, cut to `antal` words."""
    ord_ = []
    stycken = _stycken_fran_innehallet()
    random.Random(seed).shuffle(stycken)
    for stycke in stycken:
        ord_ += stycke.split()
        if len(ord_) >= antal:
            break
    return " ".join(ord_[:antal])


def bench_webbgranskare() -> None:
    """The page "Granska din text" in headless Chromium, served gzipped: from opening
    the page to the first result on a 300-word text, on the first visit (empty cache)
    and on the second (service worker cache); the time of later checks; bytes moved."""
    sys.path.insert(0, str(ROT / "tests"))
    from verktyg import starta_chromium

    print("== Granska din text: tid till första resultatet på 300 ord, och överfört ==")
    texter = [_text_med_ord(300, seed) for seed in range(6)]
    klar = "document.querySelector('.kb-granska').dataset.granskningar === '%d'"
    with tempfile.TemporaryDirectory() as tmp:
        _bygg_utan_haften(Path(tmp) / "site")
        subprocess.run([sys.executable, "-m", "kunskapsbank.webbgranskare", str(Path(tmp) / "site"),
                        "--rot", str(ROT)], check=True)
        overfort: list[int] = []
        with _gzipserver(Path(tmp) / "site", overfort) as url, starta_chromium() as browser:
            context = browser.new_context()
            for besok in ("första besöket", "andra besöket"):
                overfort.clear()
                sida = context.new_page()
                start = time.perf_counter()
                sida.goto(url + "tillganglighet/granska-din-text/")
                sida.fill("#kb-granska-text", texter[0])
                sida.check("#kb-granska-lattlast")
                sida.wait_for_selector(".kb-granska[data-klar='ja']", timeout=120_000)
                sida.click("#kb-granska-knapp")
                sida.wait_for_function(klar % 1)
                forsta = time.perf_counter() - start
                tider = []
                for nr, text in enumerate(texter[1:], 2):
                    sida.fill("#kb-granska-text", text)
                    start = time.perf_counter()
                    sida.click("#kb-granska-knapp")
                    sida.wait_for_function(klar % nr)
                    tider.append(time.perf_counter() - start)
                antal = sida.locator(".kb-granska__punkt").count()
                print(f"{besok}: första resultatet efter {forsta:.2f} s; {len(tider)} granskningar till av "
                      f"300 ord: median {sorted(tider)[len(tider) // 2]:.2f} s, längst {max(tider):.2f} s "
                      f"({antal} fynd i den sista); överfört {sum(overfort) / 1e6:.2f} MB "
                      f"i {len(overfort)} svar")
                # Let the service worker keep the files before the second visit.
                sida.wait_for_timeout(1500)
                sida.close()
            context.close()


def _fordrojning(kommando: list[str], projekt: Path, sida: Path, adress: str, varv: int = 5,
                 miljo: dict | None = None) -> list[float]:
    """Start a preview server, then save `sida` with a new word `varv` times and time each
    save until the server's page has the word (polled every 50 ms). The first build is
    not timed: a trainer starts the preview once and saves many times."""
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([*kommando, "--dev-addr", f"127.0.0.1:{port}"], cwd=projekt,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(miljo or {})})

    def hamta() -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{adress}", timeout=5) as svar:
                return svar.read().decode("utf-8", "replace")
        except OSError:
            return ""

    try:
        slut = time.monotonic() + 300
        while not hamta() and time.monotonic() < slut:
            time.sleep(0.2)
        original = sida.read_text(encoding="utf-8")
        tider = []
        for nr in range(varv):
            ord_ = f"Provord{nr}x{random.randrange(10**6)}"
            start = time.perf_counter()
            sida.write_text(original + f"\n\n{ord_} i ett nytt stycke.\n", encoding="utf-8")
            while ord_ not in hamta():
                if time.perf_counter() - start > 120:
                    sys.exit(f"Förhandsvisningen visade aldrig ändringen ({' '.join(kommando)}).")
                time.sleep(0.05)
            tider.append(time.perf_counter() - start)
            time.sleep(1.0)      # as a person does between two saves
        sida.write_text(original, encoding="utf-8")
        return tider
    finally:
        server.terminate()
        server.wait(timeout=30)


# What scripts/serve sets for `mkdocs serve` (besides the address): Swedish pages only,
# no booklets, no print page.
SERVE_MILJO = {"KB_HAFTEN": "av", "KB_FORHANDSVISNING": "svenska"}
SERVE_FLAGGOR = ["--dirty"] if os.environ.get("KB_BENCH_DIRTY") else []


def bench_forhandsvisning() -> None:
    """scripts/serve after a save, beside bare Material's mkdocs serve on the same pages."""
    import statistics
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, str(ROT / "scripts"))
        from projektkopia import kopiera_projekt
        var = kopiera_projekt(Path(tmp) / "var", rot=ROT)
        bar = bar_material(Path(tmp) / "bar")
        src = "bip/vad-ar-bip.md"
        # scripts/serve is `mkdocs serve` with SERVE_MILJO (the copy has no scripts/ of its own).
        for namn, projekt, miljo in (("scripts/serve", var, SERVE_MILJO), ("bara Material (mkdocs serve)", bar, {})):
            tider = _fordrojning([sys.executable, "-m", "mkdocs", "serve", *(SERVE_FLAGGOR if miljo else [])],
                                 projekt, projekt / "docs" / src,
                                 "bip/vad-ar-bip/", miljo=miljo)
            print(f"Förhandsvisning, {namn}: median {statistics.median(tider):.2f} s efter att sidan "
                  f"sparades (min {min(tider):.2f}, max {max(tider):.2f}, {len(tider)} sparningar)")


def bench_granskare_matning() -> None:
    """Precision and recall of the checker per rule on labelled text (lattlast.matning)."""
    sys.path.insert(0, str(ROT / "scripts"))
    import yaml

    from kunskapsbank.lattlast.matning import las_korpus, mat, tabell

    verklig = ROT / "tests/korpus/verklig/etiketter.yml"
    data = yaml.safe_load(verklig.read_text(encoding="utf-8"))
    kalla = ROT.parent / "shared" / "corpus" / data["kalla"]
    if kalla.is_file():
        texter = {data["kalla"]: kalla.read_text(encoding="utf-8")}
        etiketter = [[data["kalla"], *e] for e in data["etiketter"]]
        for namn, urval in (("urval", data["urval"]), ("kontrollurval", data["kontrollurval"])):
            valda = [e for e in etiketter if e[3] in urval]
            print(tabell(f"\nVerklig text ({data['kalla']}), {namn}:", mat(texter, valda, urval=urval)))
    else:
        print(f"\nVerklig text: {kalla} finns inte, hoppar över.")
    for mapp, namn in (("utveckling", "egna texter, utveckling (reglerna rättades mot dem)"),
                       ("kontroll", "egna texter, kontroll (aldrig använda för att rätta en regel)")):
        texter, etiketter = las_korpus(ROT / "tests/korpus/egen" / mapp)
        ord_ = sum(len(t.split()) for t in texter.values())
        print(tabell(f"\n{namn.capitalize()}, {len(texter)} texter, {ord_} ord:", mat(texter, etiketter)))


BENCHMARKS = {"granskare-matning": bench_granskare_matning, "forhandsvisning": bench_forhandsvisning, "webbgranskare": bench_webbgranskare, "bygge": bench_bygge, "granskare": bench_granskare, "granskare-tat": bench_granskare_tat,
              "haften": bench_haften, "bildspel": bench_bildspel, "sok": bench_sok, "overforing": bench_overforing}


def main(argv: list[str]) -> None:
    valda = argv or list(BENCHMARKS)
    for namn in valda:
        if namn not in BENCHMARKS and namn != "allt":
            sys.exit(f"Okänt mätprogram '{namn}'. Välj bland: {', '.join(BENCHMARKS)}, allt.")
    for namn in (BENCHMARKS if "allt" in valda else valda):
        BENCHMARKS[namn]()


if __name__ == "__main__":
    main(sys.argv[1:])
