"""scripts/lint --fix: replaces only safe spans, never front matter, code, links or the
boxes that hold trainer notes."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest

from kunskapsbank.lattlast import Granskarinstallningar, granska_text
from verktyg import ROT

LINT = ROT / "scripts" / "lint"
KORPUS = ROT.parent / "shared" / "corpus" / "ansokan-inkluderingslyftet.md"


def lint(*args, cwd=None):
    return subprocess.run([str(LINT), *map(str, args)], capture_output=True, text=True, cwd=cwd or ROT)


@pytest.fixture
def sida_med_anteckningar(tmp_path):
    """A real page with trainer notes, with officialese put where --fix must not go."""
    kalla = (ROT / "docs/vta/workshop-1.md").read_text(encoding="utf-8")
    assert "!!! utbildare" in kalla
    kalla = kalla.replace("description: Guide för dig", "description: Guide samt stöd för dig", 1)
    kalla = kalla.replace("!!! utbildare", "!!! utbildare\n\n    Ta med pass samt intyg. Det är ej svårt.\n\n"
                          "!!! utbildare", 1)
    tillagt = ("\nTa med pass samt intyg, t.ex. ett kort.\n\n"
               "Läs [pass samt intyg](https://example.org/samt) och `samt ej`.\n\n"
               "```text\nTa med pass samt intyg.\n```\n")
    fil = tmp_path / "sida.md"
    fil.write_text(kalla + tillagt, encoding="utf-8")
    return fil, kalla + tillagt


def test_fix_rattar_bara_brodtext(sida_med_anteckningar):
    fil, fore = sida_med_anteckningar
    svar = lint(fil, "--fix")
    assert svar.returncode == 0, svar.stderr
    efter = fil.read_text(encoding="utf-8")
    andrade = [(a, b) for a, b in zip(fore.split("\n"), efter.split("\n")) if a != b]
    assert andrade == [("Ta med pass samt intyg, t.ex. ett kort.", "Ta med pass och intyg, till exempel ett kort.")]
    assert "+Ta med pass och intyg, till exempel ett kort." in svar.stdout


def test_fix_dry_run_visar_men_sparar_inte(sida_med_anteckningar):
    fil, fore = sida_med_anteckningar
    svar = lint(fil, "--fix", "--dry-run")
    assert svar.returncode == 0
    assert "-Ta med pass samt intyg, t.ex. ett kort." in svar.stdout
    assert "Skulle ändra 2 ställen i 1 filer" in svar.stderr
    assert fil.read_text(encoding="utf-8") == fore


def test_dry_run_utan_fix_ar_fel(tmp_path):
    (tmp_path / "a.md").write_text("Hej.\n", encoding="utf-8")
    svar = lint(tmp_path / "a.md", "--dry-run")
    assert svar.returncode == 2 and "--fix" in svar.stderr


def test_fix_pa_verklig_text_andrar_bara_sakra_spann(tmp_path):
    if not KORPUS.is_file():
        pytest.skip(f"Den verkliga texten finns inte i {KORPUS}.")
    kopia = tmp_path / "ansokan.md"
    shutil.copy(KORPUS, kopia)
    fore = kopia.read_text(encoding="utf-8")
    fynd = granska_text(fore, "ansokan.md", Granskarinstallningar()).fynd
    sakra = {(f.line, f.column, f.end_column, f.replacements[0]) for f in fynd if f.safe}
    assert lint(kopia, "--fix").returncode == 0
    efter = kopia.read_text(encoding="utf-8")
    assert hashlib.sha256(fore.encode()).digest() != hashlib.sha256(efter.encode()).digest()
    # Rebuild each changed line from the original and the safe spans alone.
    rader_fore, rader_efter = fore.split("\n"), efter.split("\n")
    assert len(rader_fore) == len(rader_efter)
    for nr, (a, b) in enumerate(zip(rader_fore, rader_efter), 1):
        forvantat = a
        for rad, kol, slut, ny in sorted((s for s in sakra if s[0] == nr), key=lambda s: -s[1]):
            forvantat = forvantat[:kol - 1] + ny + forvantat[slut - 1:]
        assert b == forvantat, f"rad {nr}"
    assert rader_efter[:4] == rader_fore[:4]     # front matter
