"""Shared fixtures: one strict build of the real site per test run, a local web server
for it, and headless Chromium with every request to another host blocked and recorded."""

from __future__ import annotations

import fcntl
from pathlib import Path

import pytest

from verktyg import (CHROMIUM, ROT, WebbServer, bygg, starta_chromium, vakta_externa)


def pytest_addoption(parser):
    parser.addoption("--alla-lagen", action="store_true",
                     help="axe på varje sida i alla tre lägen (ljust, mörkt, mobil), inte bara ett urval")


def pytest_runtest_setup(item):
    """The groups in scripts/test's `--dist loadgroup` keep tests that share an expensive
    fixture in one process. pytest-xdist marks a grouped test by adding "@group" to its
    node ID; where pytest ignores that (pytest 9.2 with pytest-xdist 3.8), the groups are
    lost without a word and every process builds those fixtures again."""
    if (getattr(item.config.option, "loadgroup", False) and item.get_closest_marker("xdist_group")
            and "@" not in item.nodeid):
        pytest.fail(f"xdist_group grupperar inte testerna med pytest {pytest.__version__}. "
                    "Använd versionerna i constraints.txt: kör scripts/test.", pytrace=False)


@pytest.fixture(scope="session")
def webbplats(tmp_path_factory, worker_id) -> Path:
    """The real site, built once with `mkdocs build --strict`: once for the whole run,
    also when pytest-xdist runs the tests in several processes. The first process to
    get the lock builds; the others wait and read the same site, which no test changes."""
    gemensam = tmp_path_factory.getbasetemp() if worker_id == "master" else \
        tmp_path_factory.getbasetemp().parent
    site, klar = gemensam / "webbplats", gemensam / "webbplats.klar"
    with open(gemensam / "webbplats.las", "w") as las:
        fcntl.flock(las, fcntl.LOCK_EX)
        if not klar.exists():
            resultat = bygg(ROT / "mkdocs.yml", site)
            assert resultat.returncode == 0, resultat.stdout + resultat.stderr
            klar.write_text("ok")
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
    externa = vakta_externa(context)
    page = context.new_page()
    page.externa = externa
    yield page
    context.close()
