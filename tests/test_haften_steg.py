"""The booklet step on a small site that MkDocs did not build: it needs only HTML files
and the build manifest, so it works after any site engine that writes the manifest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kunskapsbank import manifest

SIDA = """<!DOCTYPE html><html lang="sv"><head><title>{titel}</title></head><body>
<article class="md-content__inner"><h1 id="{id}">{titel}</h1>
<p>{text}</p>
<div class="admonition utbildare"><p class="admonition-title">Utbildarens anteckningar</p>
<p>Hemlig anteckning om {titel}.</p></div>
<div class="admonition tip"><p class="admonition-title">Tips</p><p>Ett tips till alla.</p></div>
<p>Ladda ner häftet <!--hafte-storlek:kurs--></p>
<p class="kb-bara-skarm">Knappen Visa svaret</p>
</article></body></html>"""
# What the site's stylesheet keeps off paper, the booklets leave out too.
STILMALL = """.kb-bara-skarm { color: red; }
@media screen { .kb-annat { display: none; } }
@media print { .md-header, .kb-bara-skarm { display: none !important; } .kb-syns { color: black; } }"""


def fixtursajt(site: Path, haften: list[dict]) -> Path:
    sidor = [("kurs/index.md", "kurs/", "Om kursen", "Kursen handlar om samverkan."),
             ("kurs/dag-1.md", "kurs/dag-1/", "Dag ett", "Den första dagen träffas ni."),
             ("ovrigt.md", "ovrigt/", "Övrigt", "Den här sidan hör inte till häftet.")]
    for nr, (src, url, titel, text) in enumerate(sidor):
        fil = site / url / "index.html"
        fil.parent.mkdir(parents=True, exist_ok=True)
        fil.write_text(SIDA.format(titel=titel, id=f"r{nr}", text=text), encoding="utf-8")
    (site / "assets/stylesheets").mkdir(parents=True, exist_ok=True)
    (site / "assets/stylesheets/kunskapsbank.css").write_text(STILMALL, encoding="utf-8")
    forbund = {"namn": "Testförbundet", "kortnamn": "TF", "epost": "a@exempel.se",
               "webbplats": "https://exempel.se", "logga": "", "profilfarg": "#1f4e79", "moduler": {}}
    manifest.skriv(site, manifest.Manifest(
        sprak="sv", extra={"haften": haften, "forbund": forbund},
        sidor=[manifest.Sida(src, url, url + "index.html", titel, "sv", nr) for nr, (src, url, titel, _) in enumerate(sidor)]))
    return site


HAFTE = {"id": "kurs", "titel": "Kurshäftet", "malgrupp": "deltagare", "sidor": ["kurs/"]}


def _kor(site: Path, rot: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    # mkdocs cannot even be imported in this process: the step must not need it.
    skript = ("import sys; sys.modules['mkdocs'] = None\n"
              "from kunskapsbank.haften.steg import main\n"
              f"sys.exit(main([{str(site)!r}, '--rot', {str(rot)!r}]))")
    return subprocess.run([sys.executable, "-c", skript], capture_output=True, text=True,
                          env={**__import__("os").environ, **(env or {})})


def _text(pdf: Path) -> str:
    ut = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(ut.split())


def test_haftet_byggs_utan_mkdocs_av_html_och_manifest(tmp_path):
    site = fixtursajt(tmp_path / "site", [HAFTE, {**HAFTE, "id": "kurs-utb", "malgrupp": "utbildare"}])
    resultat = _kor(site, tmp_path)
    assert resultat.returncode == 0, resultat.stderr
    deltagare, utbildare = _text(site / "haften/kurs.pdf"), _text(site / "haften/kurs-utb.pdf")
    # The pages of kurs/ in menu order, nothing from outside it.
    assert deltagare.index("Kursen handlar om samverkan") < deltagare.index("Den första dagen")
    assert "hör inte till häftet" not in deltagare
    # Only declared participant boxes reach participants; trainers get everything.
    assert "Ett tips till alla" in deltagare and "Hemlig anteckning" not in deltagare
    assert "Hemlig anteckning om Dag ett" in utbildare
    # What the stylesheet hides in print is not in either booklet; the rest of the page is.
    assert "Visa svaret" not in deltagare and "Visa svaret" not in utbildare
    # The page's download link now says how large the booklet is.
    storlek = round((site / "haften/kurs.pdf").stat().st_size / 1024)
    assert f"Ladda ner häftet ({max(1, storlek)} kB)" in (site / "kurs/index.html").read_text(encoding="utf-8")


def test_ett_oforandrat_hafte_tas_ur_cachen_och_ett_andrat_byggs_om(tmp_path):
    cache = {"KB_CACHE": str(tmp_path / "cache")}
    site = fixtursajt(tmp_path / "site", [HAFTE])
    assert _kor(site, tmp_path, cache).returncode == 0
    forsta = (site / "haften/kurs.pdf").read_bytes()
    # The same pages in a new folder (a fresh build): the PDF comes from the cache.
    site2 = fixtursajt(tmp_path / "site2", [HAFTE])
    resultat = _kor(site2, tmp_path, cache)
    assert resultat.returncode == 0 and "oförändrat sedan förra bygget" in resultat.stderr, resultat.stderr
    assert (site2 / "haften/kurs.pdf").read_bytes() == forsta
    # A changed page is never served from the cache.
    sida = site2 / "kurs/dag-1/index.html"
    sida.write_text(sida.read_text(encoding="utf-8").replace("träffas ni", "träffas ni i Linköping"),
                    encoding="utf-8")
    resultat = _kor(site2, tmp_path, cache)
    assert "oförändrat" not in resultat.stderr
    assert "träffas ni i Linköping" in _text(site2 / "haften/kurs.pdf")


def test_fel_i_haftet_ger_svenskt_fel_utan_traceback(tmp_path):
    site = fixtursajt(tmp_path / "site", [{**HAFTE, "sidor": ["finns-inte/"]}])
    resultat = _kor(site, tmp_path)
    assert resultat.returncode == 1
    assert "FEL: mkdocs.yml: Häftet kurs: 'finns-inte/' finns inte bland sidorna" in resultat.stderr
    assert "Traceback" not in resultat.stderr


def test_utan_stilmallen_sager_steget_vad_som_saknas(tmp_path):
    site = fixtursajt(tmp_path / "site", [HAFTE])
    (site / "assets/stylesheets/kunskapsbank.css").unlink()
    resultat = _kor(site, tmp_path)
    assert resultat.returncode == 1 and "Traceback" not in resultat.stderr
    assert "kunskapsbank.css: stilmallen saknas" in resultat.stderr


def test_utan_manifest_sager_steget_vad_som_saknas(tmp_path):
    resultat = _kor(tmp_path / "tom", tmp_path)
    assert resultat.returncode == 1
    assert "Byggets manifest saknas. Så rättar du: Bygg webbplatsen först med scripts/build." in resultat.stderr


def test_for_manga_sidor_ar_en_varning_som_stoppar(tmp_path):
    site = fixtursajt(tmp_path / "site", [{**HAFTE, "max_sidor": 1, "omslag": False, "innehallsforteckning": False}])
    resultat = _kor(site, tmp_path)
    assert resultat.returncode == 1
    assert "VARNING: Häftet kurs blev 2 sidor men får vara högst 1." in resultat.stderr
    assert json.loads(manifest.sokvag(site, "sv").read_text(encoding="utf-8"))["version"] == manifest.VERSION


@pytest.mark.parametrize("trasig", ["{inte json", '{"version": 99, "sprak": "sv", "sidor": []}'])
def test_trasigt_manifest_ger_svenskt_fel(tmp_path, trasig):
    site = tmp_path / "site"
    manifest.sokvag(site, "sv").parent.mkdir(parents=True)
    manifest.sokvag(site, "sv").write_text(trasig, encoding="utf-8")
    resultat = _kor(site, tmp_path)
    assert resultat.returncode == 1 and "Bygg webbplatsen igen med scripts/build." in resultat.stderr
