"""The steps before MkDocs (Kontroll av källorna, Rapportsidorna) run on the sources alone,
and a build that stops never leaves a site that looks finished."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys

from verktyg import andra_config, bygg, kopiera_projekt, skriv_sida

# Run a step's function with MkDocs made impossible to import: the step must not need it.
UTAN_MKDOCS = """
import json, sys
sys.modules["mkdocs"] = None
from pathlib import Path
{kod}
"""


def _utan_mkdocs(kod: str, projekt) -> str:
    ut = subprocess.run([sys.executable, "-c", UTAN_MKDOCS.format(kod=kod)], capture_output=True, text=True,
                        cwd=projekt, env={**os.environ})
    assert ut.returncode == 0, ut.stderr[-3000:]
    return ut.stdout


def _projekt(tmp_path):
    projekt = kopiera_projekt(tmp_path / "p", med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "En kort sida om kursen.", lattlast="klarsprak",
               granskad=datetime.date(2026, 11, 15))
    return projekt


def test_kontroll_av_kallorna_hittar_misstag_med_rad_utan_mkdocs(tmp_path):
    projekt = _projekt(tmp_path)
    skriv_sida(projekt / "docs", "ruta.md", "Ruta", "Text före.\n!!! utbildare\n    Bara för utbildare.",
               lattlast="klarsprak", granskad=datetime.date(2026, 11, 15))
    (projekt / "docs/bild.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>\n',
                                           encoding="utf-8")
    (projekt / "docs/_snippets/gammal.md").write_text("!!! okand\n    Inte en sida.\n", encoding="utf-8")
    ut = _utan_mkdocs("from kunskapsbank.kontroller import kallkontroll\nfrom kunskapsbank.kallor import kallorna\n"
                      "u = kallkontroll.granska(kallorna.las(Path('mkdocs.yml')))\n"
                      "print(json.dumps([str(f) for f in u.fel]))", projekt)
    fel = json.loads(ut)
    assert len(fel) == 2, fel
    # The box slip on the line the trainer wrote, and the script in the SVG on its line.
    assert fel[0].startswith("docs/ruta.md:10:1: Det saknas en tom rad före ”!!! utbildare”."), fel
    assert fel[1].startswith("docs/bild.svg:2: SVG-bilden har elementet <script>."), fel


def test_rapportsidorna_skrivs_till_byggets_mapp_och_inte_till_docs(tmp_path):
    projekt = _projekt(tmp_path)
    skriv_sida(projekt / "docs", "gammal.md", "Gammal sida", "Fakta som ingen har läst på länge.",
               lattlast="klarsprak", granskad=datetime.date(2020, 1, 1))
    fore = sorted(p.relative_to(projekt) for p in (projekt / "docs").rglob("*"))
    ut = _utan_mkdocs("from kunskapsbank.sidor import rapportsidor\n"
                      f"sys.exit(rapportsidor.kor(Path('mkdocs.yml'), Path({str(tmp_path / 'bygge')!r}), skriv=print))",
                      projekt)
    assert sorted(p.relative_to(projekt) for p in (projekt / "docs").rglob("*")) == fore
    sidor = sorted(p.relative_to(tmp_path / "bygge/sidor").as_posix() for p in (tmp_path / "bygge/sidor").rglob("*.md"))
    assert sidor == ["granskning/index.md", "kallor/index.md", "lattlast/index.md", "nytt/index.md"]
    assert "Obs: docs/gammal.md: Fakta på sidan skulle ha granskats senast 2021-01-01." in ut
    notiser = json.loads((tmp_path / "bygge/notiser.json").read_text(encoding="utf-8"))
    assert list(notiser) == ["gammal.md"] and "1 januari 2020" in notiser["gammal.md"]
    rapport = (tmp_path / "bygge/sidor/lattlast/index.md").read_text(encoding="utf-8")
    assert "[gammal.md](../gammal.md)" in rapport and "[index.md](../index.md)" in rapport


def test_stoppat_bygge_lamnar_den_forra_webbplatsen_orord(tmp_path):
    projekt = _projekt(tmp_path)
    site = tmp_path / "site"
    forsta = bygg(projekt / "mkdocs.yml", site, env={"KB_HAFTEN": "av"})
    assert forsta.returncode == 0, forsta.stderr[-3000:]
    (site / "forra-bygget.txt").write_text("från förra bygget", encoding="utf-8")
    # Without the search plugin MkDocs writes a whole site but no search index, so the
    # step after MkDocs stops: the half-built folder must not become the site.
    andra_config(projekt / "mkdocs.yml", lambda c: c.update(
        plugins=[p for p in c["plugins"] if p != "search" and not (isinstance(p, dict) and "search" in p)]))
    skriv_sida(projekt / "docs", "ny.md", "Ny", "En ny sida.", lattlast="klarsprak",
               granskad=datetime.date(2026, 11, 15))
    andra = bygg(projekt / "mkdocs.yml", site, env={"KB_HAFTEN": "av"})
    assert andra.returncode != 0
    assert "search/search_index.json saknas" in andra.stderr
    assert "4/6 Sökindexet och frågorna: stoppade" in andra.stderr
    assert (site / "forra-bygget.txt").is_file() and not (site / "ny").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p", "site"]     # nothing half-built left


def test_fel_fore_mkdocs_stoppar_med_svenskt_meddelande_och_bygger_inget(tmp_path):
    projekt = _projekt(tmp_path)
    (projekt / "docs/bild.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>\n',
                                           encoding="utf-8")
    ut = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert ut.returncode != 0
    assert "FEL: docs/bild.svg:1: SVG-bilden har attributet onload, som kör kod." in ut.stderr
    assert "1/6 Kontroll av källorna: stoppade" in ut.stderr and "Webbplatsen" not in ut.stderr
    assert "Traceback" not in ut.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]
