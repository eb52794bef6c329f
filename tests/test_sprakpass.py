"""The English pass runs in a process of its own beside the Swedish one
(kunskapsbank.motor.sprakpass). The site must be the same as when the languages are built
one after the other, and a mistake in either language must stop the build as before."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from verktyg import bygg, kopiera_projekt, skriv_sida

I_TUR = {"KB_SPRAKPASS": "i-tur", "KB_HAFTEN": "av"}
SAMTIDIGT = {"KB_HAFTEN": "av"}
# A generated page (report, review dates, news) is dated with the build's clock.
BYGGTID = re.compile(rb'(git-revision-date-localized-plugin-date" title=")[^"]*(")')
# mkdocs-static-i18n renders the root 404.html in the English pass. One after the other,
# that pass still has the last Swedish page's language links; in a pass of its own, the
# links to the two start pages, which is what a page that is not found should offer.
SPRAKLANKAR_404 = re.compile(rb'(<(?:link rel="alternate"|a) href=")[^"]*(" hreflang=")')


def _filer(site: Path) -> dict[str, bytes]:
    filer = {}
    for fil in sorted(p for p in site.rglob("*") if p.is_file()):
        data = BYGGTID.sub(rb"\1\2", fil.read_bytes())
        if fil.name == "404.html" and fil.parent == site:
            data = SPRAKLANKAR_404.sub(rb"\1\2", data)
        filer[fil.relative_to(site).as_posix()] = data
    return filer


def test_webbplatsen_blir_densamma_som_nar_spraken_byggs_i_tur(tmp_path):
    # A copy: the accessibility statement shows the latest axe results from
    # .cache/tillganglighet/, which the accessibility tests rewrite while this one runs.
    projekt = kopiera_projekt(tmp_path / "projekt")
    samtidigt = bygg(projekt / "mkdocs.yml", tmp_path / "samtidigt", env=SAMTIDIGT)
    assert samtidigt.returncode == 0, samtidigt.stderr[-3000:]
    i_tur = bygg(projekt / "mkdocs.yml", tmp_path / "i-tur", env=I_TUR)
    assert i_tur.returncode == 0, i_tur.stderr[-3000:]
    assert "Språk en: byggs i en egen process, samtidigt som sv." in samtidigt.stderr
    assert "egen process" not in i_tur.stderr
    a, b = _filer(tmp_path / "samtidigt"), _filer(tmp_path / "i-tur")
    assert sorted(a) == sorted(b)
    assert len(a) > 150 and any(namn.startswith("en/") for namn in a)
    assert [namn for namn in a if a[namn] != b[namn]] == []
    sida_404 = (tmp_path / "samtidigt" / "404.html").read_text(encoding="utf-8")
    assert re.findall(r'<a href="([^"]*)" hreflang="(\w+)"', sida_404) == [("/", "sv"), ("/en/", "en")]


def _projekt_med_trasig_lank(tmp_path: Path, sida: str) -> Path:
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "En kort sida om kursen.", lattlast="klarsprak")
    skriv_sida(projekt / "docs", "om.md", "Om kursen", "Kursen är för dig som handleder.", lattlast="klarsprak")
    skriv_sida(projekt / "docs", "om.en.md", "About", "The course is for supervisors.")
    fil = projekt / "docs" / sida
    fil.write_text(fil.read_text(encoding="utf-8") + "\nSe [sidan](finns-inte.md).\n", encoding="utf-8")
    return projekt


def _fel(utskrift: str) -> list[str]:
    return [r for r in utskrift.splitlines() if r.startswith(("WARNING", "ERROR", "Aborted", "FEL"))]


@pytest.mark.parametrize("sida", ["om.en.md", "om.md"])
def test_fel_i_ett_sprak_stoppar_bygget_med_samma_meddelande(tmp_path, sida):
    projekt = _projekt_med_trasig_lank(tmp_path, sida)
    samtidigt = bygg(projekt / "mkdocs.yml", tmp_path / "site-samtidigt", env=SAMTIDIGT)
    i_tur = bygg(projekt / "mkdocs.yml", tmp_path / "site-i-tur", env=I_TUR)
    assert samtidigt.returncode == i_tur.returncode == 1
    assert sorted(_fel(samtidigt.stderr)) == sorted(_fel(i_tur.stderr))
    assert any("finns-inte.md" in r for r in _fel(samtidigt.stderr)), samtidigt.stderr[-2000:]
    assert len(_fel(samtidigt.stderr)) == len(set(_fel(samtidigt.stderr))), "ett fel visades två gånger"
    assert "Traceback" not in samtidigt.stderr
    # Nothing is left, and nothing is written later by a pass that was still running.
    time.sleep(1)
    assert not (tmp_path / "site-samtidigt").exists()
    assert not list(tmp_path.glob(".site-samtidigt*"))
