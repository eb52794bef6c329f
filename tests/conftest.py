"""Shared fixtures: one strict build of the real site per test run, a local web server
for it, and headless Chromium with every request to another host blocked and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from verktyg import (CHROMIUM, ROT, WebbServer, bygg, starta_chromium)


@pytest.fixture(scope="session")
def webbplats(tmp_path_factory) -> Path:
    """The real site, built once with `mkdocs build --strict`."""
    site = tmp_path_factory.mktemp("site")
    resultat = bygg(ROT / "mkdocs.yml", site)
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    return site


@pytest.fixture(scope="session")
def server(webbplats):
    with WebbServer(webbplats) as s:
        yield s


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium saknas ({CHROMIUM}). Kör scripts/test, som installerar det.")
    with starta_chromium() as browser:
        yield browser


@pytest.fixture
def sida(chromium):
    """A fresh browser page. page.externa lists every blocked request to another host."""
    context = chromium.new_context(locale="sv-SE")
    externa: list[str] = []

    def vakt(route):
        url = route.request.url
        from urllib.parse import urlparse
        host = urlparse(url).hostname
        if url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            externa.append(url)
            route.abort()

    context.route("**/*", vakt)
    page = context.new_page()
    page.externa = externa
    yield page
    context.close()
