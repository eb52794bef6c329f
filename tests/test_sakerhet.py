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
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from verktyg import ROT, andra_config, bygg, kopiera_projekt, skriv_sida

NAMN = 'Förbundet "Väst" & <Öst> <script>alert("namn")</script>'
KORTNAMN = 'SF "V" & <Ö></style>INJ'


def las(fil: Path) -> BeautifulSoup:
    return BeautifulSoup(fil.read_text(encoding="utf-8"), "html.parser")


def pdftext(fil: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(fil), "-"], capture_output=True,
                          text=True, check=True).stdout


def ny_forbund(projekt: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kunskapsbank.nytt_forbund", "--rot", str(projekt), *args],
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
