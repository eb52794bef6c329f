"""The build as a pipeline: MkDocs with hooks that only adapt, then engine-free steps.

`mkdocs serve` rebuilds in the same process on every save; nothing a hook remembers may
outlive a build, or the preview shows stale findings or goes quiet."""

from __future__ import annotations

import ast
import datetime
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from verktyg import ROT, andra_config, bygg, kopiera_projekt, skriv_sida

TVA_BYGGEN = """
import logging, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

class Samla(logging.Handler):
    def emit(self, post):
        print(f"{{post.levelname}}: {{post.getMessage()}}")

logging.getLogger("mkdocs").addHandler(Samla())
logging.getLogger("mkdocs").setLevel(logging.INFO)
for varv in (1, 2):
    print(f"=== bygge {{varv}}")
    build(load_config({config!r}, site_dir={site!r}))   # as mkdocs serve does on each save
    if varv == 1:
        {andring}
"""


def _tva_byggen(projekt: Path, andring: str) -> tuple[str, str]:
    skript = TVA_BYGGEN.format(config=str(projekt / "mkdocs.yml"), site=str(projekt / "site"), andring=andring)
    ut = subprocess.run([sys.executable, "-c", skript], capture_output=True, text=True, cwd=projekt,
                        env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1", "KB_HAFTEN": "av"})
    assert ut.returncode == 0, ut.stdout[-3000:] + ut.stderr[-3000:]
    forsta, andra = ut.stdout.split("=== bygge 2", 1)
    return forsta, andra


def test_regel_som_stangs_av_mellan_tva_byggen_forsvinner(tmp_path):
    projekt = kopiera_projekt(tmp_path / "p", med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "Ansökan skickas av förbundet till myndigheten.",
               lattlast="klarsprak")
    stang_av = ("import yaml, pathlib; p = pathlib.Path('mkdocs.yml'); c = yaml.safe_load(p.read_text()); "
                "c['extra']['lattlast']['regler']['passiv'] = 'av'; p.write_text(yaml.safe_dump(c, allow_unicode=True))")
    forsta, andra = _tva_byggen(projekt, stang_av)
    assert re.search(r"docs/index\.md:8:\d+: passiv:", forsta), forsta[-2000:]
    assert "passiv" not in andra
    rapport = (projekt / "site/lattlast/index.html").read_text(encoding="utf-8")
    assert "skickas" not in rapport


def test_meddelande_om_avstangd_del_upprepas_vid_nasta_bygge(tmp_path):
    projekt = kopiera_projekt(tmp_path / "p")
    andra_config(projekt / "docs/lokalt/forbund.yml", lambda c: c["moduler"].update(vta=False))
    forsta, andra = _tva_byggen(projekt, "pass")
    for bygge in (forsta, andra):
        # Once per build, not once per language.
        assert bygge.count("Delen VTA är avstängd i docs/lokalt/forbund.yml") == 1, bygge[-2000:]


def _modulniva(hook: Path) -> list[str]:
    """Names a hook binds at module level to something that could hold state."""
    tillstand = []
    for nod in ast.parse(hook.read_text(encoding="utf-8")).body:
        if isinstance(nod, (ast.Assign, ast.AnnAssign)):
            mal = nod.targets if isinstance(nod, ast.Assign) else [nod.target]
            varde = nod.value
            ar_logg = isinstance(varde, ast.Call) and getattr(varde.func, "attr", "") == "getLogger"
            # MkDocs' CombinedEvent only lists functions, to run at two priorities.
            ar_logg |= isinstance(varde, ast.Call) and getattr(varde.func, "id", "") == "CombinedEvent"
            namn = [n for m in mal for n in (m.elts if isinstance(m, ast.Tuple) else [m])]
            konstant = isinstance(varde, (ast.Constant, ast.Tuple)) and all(
                isinstance(n, ast.Name) and n.id.isupper() for n in namn)
            if not (ar_logg or konstant):
                tillstand += [ast.unparse(m) for m in mal]
        if isinstance(nod, ast.Global):
            tillstand += nod.names
    return tillstand


def test_inga_hooks_har_tillstand_mellan_byggen():
    hooks = sorted((ROT / "hooks").glob("*.py"))
    i_config = yaml.load((ROT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["hooks"]
    assert [h.relative_to(ROT).as_posix() for h in hooks] == sorted(i_config)
    assert {h.name: _modulniva(h) for h in hooks} == {h.name: [] for h in hooks}
    for hook in hooks:
        assert "global " not in hook.read_text(encoding="utf-8"), hook.name


def test_bygget_visar_en_rad_per_steg_och_bara_det_utbildaren_ska_gora(tmp_path):
    projekt = kopiera_projekt(tmp_path / "p", med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "En kort sida om kursen.", lattlast="klarsprak",
               granskad=datetime.date(2026, 11, 15))
    skriv_sida(projekt / "docs", "extra.md", "Extra", "En sida som inte står i menyn.", lattlast="klarsprak",
               granskad=datetime.date(2026, 11, 15))
    sida = "tillganglighet/granska-din-text.md"      # the page whose browser assets a step builds
    (projekt / "docs" / sida).parent.mkdir(parents=True)
    (projekt / "docs" / sida).write_text((ROT / "docs" / sida).read_text(encoding="utf-8"), encoding="utf-8")
    andra_config(projekt / "mkdocs.yml", lambda c: c.update(nav=["index.md", sida]))
    ut = subprocess.run([sys.executable, "-m", "kunskapsbank.byggkedja", "--site-dir", str(tmp_path / "site")],
                        capture_output=True, text=True, cwd=projekt, env={**__import__("os").environ})
    assert ut.returncode == 0, ut.stderr
    rader = [r for r in (ut.stdout + ut.stderr).splitlines() if r.strip()]
    steg = [r for r in rader if r.startswith("==> ")]
    namn = ["Kontroll av källorna", r"Rapportsidorna \(läsbarhet, granskning, nytt\)",
            r"Webbplatsen \(MkDocs, båda språken\)", "Sökindexet och frågorna",
            r"Bildspelen \(webbläsare och PowerPoint\)", r"Granska din text \(granskaren i webbläsaren\)",
            r"Kurshäftena \(PDF\)"]
    assert len(steg) == len(namn) + 2, rader
    for nr, (rad, steget) in enumerate(zip(steg, namn), 1):
        assert re.fullmatch(rf"==> {nr}/7 {steget}: \d+\.\d s", rad), rader
    assert re.fullmatch(r"==> Alla steg på \d+\.\d s", steg[-2]) and steg[-1] == f"==> Klart: {tmp_path / 'site'}"
    # The browser checker's size is printed, so that a growing runtime is seen.
    assert re.match(r"Granska din text: \d+\.\d MB i assets/webbgranskare/, \d+\.\d MB med gzip",
                    rader[rader.index(steg[5]) - 1]), rader
    # The one thing to act on: the page outside the menu. MkDocs' own chatter is not shown.
    assert [r for r in rader if not r.startswith("==>")] == [
        r for r in rader if "Obs: docs/extra.md: Sidan finns inte i menyn" in r or r.startswith("Granska din text:")]
    assert len(rader) == len(steg) + 2


def test_fel_som_mkdocs_sjalv_hittar_visas_och_stoppar_bygget(tmp_path):
    # MkDocs runs inside the pipeline's process: its own errors must still reach the
    # trainer as the command line shows them, stop the build and leave no site.
    projekt = kopiera_projekt(tmp_path / "p", med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "En kort sida om kursen.", lattlast="klarsprak")
    text = (projekt / "mkdocs.yml").read_text(encoding="utf-8")
    (projekt / "mkdocs.yml").write_text(text.replace("use_directory_urls: true", "use_directory_urls: kanske"),
                                        encoding="utf-8")
    ut = subprocess.run([sys.executable, "-m", "kunskapsbank.byggkedja", "--site-dir", str(tmp_path / "site")],
                        capture_output=True, text=True, cwd=projekt, env={**__import__("os").environ, "KB_HAFTEN": "av"})
    utdata = ut.stdout + ut.stderr
    assert ut.returncode != 0
    assert "use_directory_urls" in utdata and "Expected type: <class 'bool'>" in utdata, utdata[-2000:]
    assert "Traceback" not in utdata
    assert "3/6 Webbplatsen (MkDocs, båda språken): stoppade" in utdata
    assert not (tmp_path / "site").exists()


def test_forhandsvisningen_bygger_bara_det_som_behovs_for_att_ga_fort(tmp_path):
    """scripts/serve's build: the Swedish pages without the print page (and no link to
    it); with --engelska the English pages too. scripts/build is unchanged."""
    projekt = kopiera_projekt(tmp_path / "p", med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "En kort sida om kursen.", lattlast="klarsprak")
    skriv_sida(projekt / "docs", "index.en.md", "Home", "A short page.", lattlast="av")
    for lage, engelska in (("svenska", False), ("alla", True)):
        site = tmp_path / f"site-{lage}"
        resultat = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=projekt,
                                  capture_output=True, text=True,
                                  env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "KB_HAFTEN": "av",
                                       "KB_FORHANDSVISNING": lage})
        assert resultat.returncode == 0, resultat.stderr[-2000:]
        assert (site / "en/index.html").is_file() is engelska
        assert not (site / "print_page").exists()
        assert "print_page/" not in (site / "index.html").read_text(encoding="utf-8")
