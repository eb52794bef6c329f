"""Test helpers: build a site, serve it on loopback, start Debian's Chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import subprocess
import shutil
import sys
import threading
from pathlib import Path

import pytest
import yaml

from projektkopia import andra_config, kopiera_projekt  # noqa: F401 (used by tests)

ROT = Path(__file__).resolve().parent.parent
# A short officialese letter (57 words, one 30-word sentence, officialese and passives):
# under 80 words LIX is not computed, so a verdict built on LIX alone would pass it.
AMBETSBREV = ("Hej! Vi har erhållit din ansökan avseende lönebidrag och den kommer att handläggas av en "
              "handläggare på vårt kontor inom ramen för ordinarie handläggningstid som för närvarande är ca "
              "fyra veckor. Beslut meddelas skriftligen. Vid frågor kontakta oss.\n")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGGOR = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def bygg(config: Path, site: Path, *, strict: bool = True, env: dict | None = None,
         cwd: Path | None = None) -> subprocess.CompletedProcess:
    # The same steps as scripts/build, with all of MkDocs' output for the assertions.
    kommando = [sys.executable, "-m", "kunskapsbank.byggkedja", "--config", str(config),
                "--site-dir", str(site), "--utforligt"]
    if not strict:
        kommando.append("--inte-strikt")
    return subprocess.run(kommando, capture_output=True, text=True, cwd=cwd or config.parent,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})


def med_stilmall(site: Path) -> Path:
    """A hand-made site with our stylesheet in place, as the booklets read it."""
    (site / "assets/stylesheets").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROT / "overrides/assets/stylesheets/kunskapsbank.css",
                    site / "assets/stylesheets/kunskapsbank.css")
    return site


def skriv_sida(docs: Path, relativ: str, titel: str, text: str, **meta) -> None:
    fil = docs / relativ
    fil.parent.mkdir(parents=True, exist_ok=True)
    front = {"title": titel, **meta}
    fil.write_text("---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\n"
                   f"# {titel}\n\n{text}\n", encoding="utf-8")


class _TystHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def end_headers(self):
        # linkchecker waits 0.1-0.6 s between requests to a host unless the host answers
        # with this header (its documented opt-out); our own loopback server can take it.
        self.send_header("LinkChecker", "1")
        super().end_headers()

    def handle(self):
        # A browser or linkchecker that has what it needs closes the connection early,
        # also in the middle of a "not found" answer; that is normal.
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass


class WebbServer:
    """Serves a folder on 127.0.0.1 on a free port, in a thread."""

    def __init__(self, mapp: Path):
        handler = functools.partial(_TystHandler, directory=str(mapp))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.trad = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.trad.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


@contextlib.contextmanager
def starta_chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=CHROMIUM_FLAGGOR)
        try:
            yield browser
        finally:
            browser.close()


def tabba_till(sida, villkor_js: str, max_tryck: int, fel: str) -> None:
    """Press Tab until the focused element meets `villkor_js` (a JS expression on `e`,
    the focused element), as a keyboard user would; fail with `fel` if it never does."""
    for _ in range(max_tryck):
        sida.keyboard.press("Tab")
        if sida.evaluate(f"(() => {{ const e = document.activeElement; return !!({villkor_js}); }})()"):
            return
    pytest.fail(fel)


AXE_TAGGAR = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# axe measures colours as they are at that moment; a header title that is fading in
# after a scroll would be reported with a half-transparent colour. Finish the page's
# finite transitions first, so axe sees what a reader sees once the page is still.
VANTA_PA_STILLA_SIDA = """async () => {
  // A scroll starts Material's header transition a frame or two later, so wait until
  // several frames in a row have no running transition (at most 3 s, also when an
  // animation would run longer: LANGA_ROERELSER finds those).
  const bild = () => new Promise(r => requestAnimationFrame(() => r()));
  const slut = performance.now() + 3000;
  let stilla = 0;
  while (stilla < 3 && performance.now() < slut) {
    const pagaende = document.getAnimations().filter(a => a.playState === "running" &&
        a.effect && a.effect.getComputedTiming().endTime !== Infinity);
    if (pagaende.length) {
      stilla = 0;
      const kvar = Math.max(0, slut - performance.now());
      await Promise.race([Promise.all(pagaende.map(a => a.finished.catch(() => null))),
                          new Promise(r => setTimeout(r, kvar))]);
    } else {
      stilla += 1;
    }
    await bild();
  }
}"""

# Movement that runs longer than 5 s, which WCAG 2.2.2 asks a way to stop (the page has
# none): each running animation's target and length.
LANGA_ROERELSER = """() => document.getAnimations().filter(a => a.playState === "running" && a.effect &&
    a.effect.getComputedTiming().activeDuration > 5000).map(a => {
  const mal = a.effect.target;
  const namn = a.animationName || a.transitionProperty || "animation";
  return namn + " på " + (mal ? mal.tagName.toLowerCase() + (mal.className ? "." +
      String(mal.className).trim().split(/\\s+/).join(".") : "") : "?");
})"""


def vakta_externa(context) -> list[str]:
    """Block every request to another host in the browser context; return the list that
    records them (empty when the site is self-contained)."""
    from urllib.parse import urlparse

    externa: list[str] = []

    def vakt(route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlparse(url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            externa.append(url)
            route.abort()

    context.route("**/*", vakt)
    return externa


def axe_brister(sida, undantag: dict[str, str] | None = None) -> list[str]:
    """Run axe-core (shipped inside axe-playwright-python) on the page; return one line
    per violation. `undantag` maps a rule ID to the written reason it is excluded."""
    from axe_playwright_python.sync_playwright import Axe

    # resultTypes: axe builds the full node lists only for violations, which is all we read.
    options = {"runOnly": {"type": "tag", "values": AXE_TAGGAR}, "resultTypes": ["violations"]}
    if undantag:
        options["rules"] = {regel: {"enabled": False} for regel in undantag}
    sida.evaluate(VANTA_PA_STILLA_SIDA)
    svar = Axe().run(sida, options=options)
    brister = []
    for v in svar.response["violations"]:
        for nod in v["nodes"]:
            brister.append(f"{v['id']}: {nod['target']} {nod.get('failureSummary', '')[:200]}")
    return brister


SOKFRAGOR = ROT / "tests" / "sokfragor.yml"
# Queries written before the ranking changed, by people who had not seen the search code,
# measured by `scripts/bench sok`. The first one was tuned on, from the change that brought
# BM25; -2 and -3 only chose between changes by their totals; -4 was written before pages'
# descriptions were searched, -5 before pages got sokord, and each was measured only
# before and after that change (see the files' headers and the commit messages).
KONTROLLFRAGOR = [ROT / "tests" / f"sokfragor-kontroll{n}.yml" for n in ("", "-2", "-3", "-4", "-5")]


# Counts the queries Material's page sends to our search worker and the worker's answers
# (QUERY = 2 and RESULT = 3 in overrides/assets/javascripts/workers/sok.js). Material
# draws an answer's list in the event that delivers it, so when every query sent has its
# answer and the last one sent is the text in the box, the list on screen answers it.
RAKNA_SOKNINGAR = """() => {
  if (window.__kbSok) return;
  const logg = window.__kbSok = {fragor: [], svar: 0};
  const skicka = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (meddelande, ...resten) {
    if (meddelande && meddelande.type === 2) {
      logg.fragor.push(meddelande.data);
      if (!this.__kbRaknas) {
        this.__kbRaknas = true;
        this.addEventListener("message", (e) => { if (e.data && e.data.type === 3) logg.svar += 1; });
      }
    }
    return skicka.call(this, meddelande, ...resten);
  };
}"""
SVARET_VISAS = """(fraga) => {
  const logg = window.__kbSok;
  return logg.fragor.at(-1) === fraga && logg.svar === logg.fragor.length;
}"""


def sok_i_rutan(sida, fraga: str) -> list[str]:
    """Type a query into Material's search box key by key, as a person does (Material
    searches on each key released); return the result pages' paths in the order shown
    once the answer to the whole query is on screen."""
    sida.evaluate(RAKNA_SOKNINGAR)
    ruta = sida.locator("input.md-search__input")
    ruta.click()
    ruta.fill("")
    ruta.press_sequentially(fraga)
    # Playwright types a letter that is not on a US keyboard (å, ä, ö) without key events,
    # and Material searches when a key is released: a query that ends in one needs one more.
    ruta.press("End")
    sida.wait_for_function(SVARET_VISAS, arg=fraga)
    return sida.eval_on_selector_all(".md-search-result__item > a:first-child",
                                     "els => els.map(e => new URL(e.href).pathname)")


def kor_sokfragor(sida, bas_url: str, fil: Path | None = None) -> list[dict]:
    """Runs every query in `fil` (tests/sokfragor.yml) through the search box of the site at
    bas_url (Swedish queries on the start page, English ones on en/). Each answer has
    the query, the expected pages, the rank of the first expected page (None = not
    found) and the first three results."""
    from urllib.parse import urlparse
    fragor = yaml.safe_load((fil or SOKFRAGOR).read_text(encoding="utf-8"))
    rot = urlparse(bas_url).path
    svar, sprak_nu = [], None
    for post in sorted(fragor, key=lambda p: p.get("sprak", "sv")):
        sprak = post.get("sprak", "sv")
        prefix = "en/" if sprak == "en" else ""
        if sprak != sprak_nu:
            sida.goto(bas_url + prefix, wait_until="load")
            sprak_nu = sprak
        vantade = post["sida"] if isinstance(post["sida"], list) else [post["sida"]]
        vantade = [rot + prefix + v for v in vantade]
        traffar = sok_i_rutan(sida, post["fraga"])
        plats = next((n for n, t in enumerate(traffar, 1) if t in vantade), None)
        svar.append({"fraga": post["fraga"], "slag": post.get("slag", ""), "vantade": vantade,
                     "plats": plats, "traffar": traffar[:3]})
    return svar
