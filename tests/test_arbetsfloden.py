"""The GitHub Actions workflows: valid for actionlint, publishing with the official Pages
actions from a full clone, and the preview comment built from the checker's real answer."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from kunskapsbank.forhandsvisning import MARKOR, kommentar
from verktyg import ROT

ARBETSFLODEN = ROT / ".github/workflows"
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def _actionlint(mapp: Path) -> subprocess.CompletedProcess:
    filer = sorted(str(f) for f in mapp.glob("*.yml"))
    return subprocess.run([str(ACTIONLINT), "-no-color", *filer], capture_output=True, text=True, cwd=mapp)


def test_alla_arbetsfloden_klarar_actionlint(tmp_path):
    ut = _actionlint(ARBETSFLODEN)
    assert ut.returncode == 0, ut.stdout + ut.stderr
    # The linter really reads them: a misspelt step in a copy is caught.
    kopia = tmp_path / "wf"
    shutil.copytree(ARBETSFLODEN, kopia)
    fil = kopia / "forhandsvisning.yml"
    fil.write_text(fil.read_text(encoding="utf-8").replace("steps.pages.outputs", "steps.sidor.outputs"),
                   encoding="utf-8")
    ut = _actionlint(kopia)
    assert ut.returncode == 1 and "forhandsvisning.yml" in ut.stdout and "sidor" in ut.stdout, ut.stdout


def _steg(arbetsflode: str, jobb: str) -> list[dict]:
    data = yaml.safe_load((ARBETSFLODEN / arbetsflode).read_text(encoding="utf-8"))
    return data["jobs"][jobb]["steps"]


def test_main_publiceras_med_githubs_egna_pages_steg_fran_hela_historiken():
    bygg = _steg("publicera.yml", "bygg")
    anvander = [s.get("uses", "").split("@")[0] for s in bygg]
    kommandon = [s.get("run", "") for s in bygg]
    checkout = next(s for s in bygg if s.get("uses", "").startswith("actions/checkout"))
    # A shallow clone would publish "Nytt i materialet" without its list.
    assert checkout["with"]["fetch-depth"] == 0
    assert anvander.index("actions/upload-pages-artifact") > kommandon.index("./scripts/build")
    # Before publishing, axe runs on every page in all three modes (not only the set URVAL).
    assert "./scripts/test --alla-lagen" in kommandon
    assert [s.get("uses", "").split("@")[0] for s in _steg("publicera.yml", "publicera")] == ["actions/deploy-pages"]


def test_varje_vecka_kors_axe_pa_varje_sida_i_alla_lagen():
    data = yaml.safe_load((ARBETSFLODEN / "veckans-tillganglighet.yml").read_text(encoding="utf-8"))
    assert data[True]["schedule"][0]["cron"]        # PyYAML reads the key "on" as True
    assert "./scripts/test --alla-lagen" in [s.get("run", "") for s in _steg("veckans-tillganglighet.yml", "alla-lagen")]


def test_kommentaren_visar_lanken_och_granskarens_svar_per_andrad_sida(tmp_path):
    docs = tmp_path / "docs"
    sida = docs / "vta/modellen/5-ekonomiskt-stod.md"
    sida.parent.mkdir(parents=True)
    kalla = (ROT / "docs/vta/modellen/5-ekonomiskt-stod.md").read_text(encoding="utf-8")
    # A trainer's edit: one long sentence in the passive.
    sida.write_text(kalla + "\nAnsökan om stödet skickas av arbetsgivaren till myndigheten när "
                    "handlingsplanen har skrivits under av alla parter som är med i planen.\n", encoding="utf-8")
    shutil.copy2(ROT / "docs/index.md", docs / "index.md")
    shutil.copytree(ROT / "docs/_snippets", docs / "_snippets")     # the abbreviations
    sidor = ["docs/vta/modellen/5-ekonomiskt-stod.md", "docs/index.md"]

    def lint(*args):
        ut = subprocess.run([sys.executable, "-m", "kunskapsbank.lattlast.cli", "--config", str(ROT / "mkdocs.yml"),
                             *args, *sidor], capture_output=True, text=True, cwd=tmp_path)
        return json.loads(ut.stdout)

    fynd, statistik = lint("--format", "json"), lint("--stats")
    varningar = sum(f["severity"] == "warning" for f in fynd if f["path"] == sidor[0])
    assert varningar >= 2          # the long sentence and the passive
    text = kommentar(sidor, fynd, statistik, "https://forbund.example/forhandsvisning/pr-7/",
                     {"vta/modellen/5-ekonomiskt-stod.md": "vta/modellen/5-ekonomiskt-stod/", "index.md": ""})
    assert text.startswith(MARKOR)
    assert "https://forbund.example/forhandsvisning/pr-7/" in text
    assert f"hittade 0 fel och {varningar} varningar" in text
    lix = next(s["lix"] for s in statistik if s["path"] == sidor[0])
    assert (f"| [docs/vta/modellen/5-ekonomiskt-stod.md](https://forbund.example/forhandsvisning/pr-7/"
            f"vta/modellen/5-ekonomiskt-stod/) | {lix:g} | 0 | {varningar} |") in text
    assert "| [docs/index.md](https://forbund.example/forhandsvisning/pr-7/) |" in text
