"""Translation status from git (issue 30): a Swedish page changes in a clone and is
committed; its English page shows a notice, the build prints one `Obs:` line and the
report lists it; once the translator marks the page in step, all three are gone. And
the plain-English check of the English pages."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

from kunskapsbank.lattlast import engelska
from kunskapsbank.lattlast.granskare import granska_text
from kunskapsbank.lattlast.markdown import las_markdown
from verktyg import ROT, bygg

SIDA, ENGELSK = "docs/bip/teman/tilltro.md", "docs/bip/teman/tilltro.en.md"
NOTIS = "This translation may be out of date"


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
                          cwd=cwd, capture_output=True, text=True, check=True).stdout


def _oversatt(rot: Path, *sidor: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kunskapsbank.sidor.oversattning", "--rot", str(rot), *sidor],
                          cwd=rot, capture_output=True, text=True)


@pytest.fixture
def klon(tmp_path) -> Path:
    """The working tree as a new repository, every English page marked in step."""
    rot = tmp_path / "klon"
    filer = _git("ls-files", "-co", "--exclude-standard", "-z", cwd=ROT).split("\0")
    for namn in filter(None, filer):
        if (ROT / namn).is_file():
            (rot / namn).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROT / namn, rot / namn)
    npm = ROT / "tools/webbgranskare/node_modules"
    if npm.is_dir():
        (rot / "tools/webbgranskare/node_modules").symlink_to(npm)
    _git("init", "-q", "-b", "main", cwd=rot)
    _git("add", "-A", cwd=rot)
    _git("commit", "-qm", "Början", cwd=rot)
    engelska_sidor = sorted(p.relative_to(rot).as_posix() for p in (rot / "docs").rglob("*.en.md"))
    assert _oversatt(rot, *engelska_sidor).returncode == 0
    _git("commit", "-qam", "Alla översättningar stämmer", cwd=rot)
    return rot


def _bygg(rot: Path, site: Path) -> tuple[str, str, dict[str, str]]:
    """(what the build printed, the English page's text, the report's state per page)"""
    resultat = bygg(rot / "mkdocs.yml", site, env={"KB_HAFTEN": "av"})
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    sida = lxml_html.fromstring((site / "en/bip/teman/tilltro/index.html").read_bytes())
    rapport = lxml_html.fromstring((site / "oversattning/index.html").read_bytes())
    lagen = {rad.xpath("./td[1]//a/@href")[0]: rad.xpath("string(./td[2])").strip()
             for rad in rapport.xpath("//article//table//tr[td]")}
    return (resultat.stdout + resultat.stderr, " ".join(sida.xpath("//article")[0].text_content().split()), lagen)


def test_en_andrad_svensk_sida_syns_pa_engelska_sidan_i_bygget_och_i_rapporten(klon, tmp_path):
    svensk = klon / SIDA
    svensk.write_text(svensk.read_text(encoding="utf-8") + "\nEn ny mening som översättningen saknar.\n",
                      encoding="utf-8")
    _git("commit", "-qam", "Tilltro: en ny mening", cwd=klon)
    # A typo fix marked [liten] does not make a translation old.
    annan = klon / "docs/bip/teman/jobbfokus.md"
    annan.write_text(annan.read_text(encoding="utf-8").replace("\n\n", "\n\n\n", 1), encoding="utf-8")
    _git("commit", "-qam", "[liten] tom rad", cwd=klon)

    logg, sida, rapport = _bygg(klon, tmp_path / "site1")
    obs = [r for r in logg.splitlines() if "engelska sidor är äldre" in r]
    assert len(obs) == 1 and obs[0].startswith("Obs: 1 engelska sidor") and ENGELSK in obs[0], obs
    assert "jobbfokus" not in obs[0]
    assert NOTIS in sida and "Read the Swedish page" in sida
    lank = lxml_html.fromstring((tmp_path / "site1/en/bip/teman/tilltro/index.html").read_bytes()).xpath(
        '//a[text()="Read the Swedish page"]/@href')
    assert lank == ["../../../../bip/teman/tilltro/"]
    assert rapport["../bip/teman/tilltro/"] == "Efter (1 ändringar)", rapport
    assert rapport["../bip/teman/jobbfokus/"] == "I takt"

    # The translator brings the page in step and marks it.
    svar = _oversatt(klon, ENGELSK)
    assert svar.returncode == 0 and "översätter nu den svenska sidans version" in svar.stdout
    _git("commit", "-qam", "Tilltro på engelska i takt", cwd=klon)
    logg, sida, rapport = _bygg(klon, tmp_path / "site2")
    assert "engelska sidor är äldre" not in logg
    assert NOTIS not in sida
    assert rapport["../bip/teman/tilltro/"] == "I takt"
    assert not [lage for lage in rapport.values() if lage.startswith(("Efter", "Vet inte"))]


def test_oversatt_sager_till_pa_svenska_om_sidan_inte_ar_engelsk(klon):
    svar = _oversatt(klon, SIDA)
    assert svar.returncode != 0 and "är ingen engelsk sida" in (svar.stdout + svar.stderr)


# ---------------------------------------------------------------- plain English --------

@pytest.mark.parametrize("text, regel", [
    ("The form is sent to the office by the caseworker every week.", "en-passiv"),
    ("When you meet the participant for the first time you should ask about work and about "
     "what they have done before and what they would like to do next year.", "en-lang-mening"),
])
def test_den_engelska_kontrollen_hittar(text, regel):
    fynd, _ = engelska.granska(las_markdown(text + "\n"), "x.en.md")
    assert regel in {f.rule for f in fynd}


def test_den_engelska_kontrollen_later_vanlig_text_vara():
    text = "The caseworker sends the form every week. She is interested in work. Ask what they want.\n"
    fynd, _ = engelska.granska(las_markdown(text), "x.en.md")
    assert [f for f in fynd if f.severity in ("error", "warning")] == []


def test_varje_engelsk_sida_klarar_den_engelska_kontrollen():
    from kunskapsbank.lattlast.installningar import Granskarinstallningar, las_mkdocs_yml

    inst = Granskarinstallningar.fran_dict(las_mkdocs_yml(ROT / "mkdocs.yml"), ROT)
    sidor = sorted((ROT / "docs").rglob("*.en.md"))
    assert len(sidor) >= 20
    for fil in sidor:
        text = fil.read_text(encoding="utf-8")
        assert not re.search(r"^lattlast: av", text, re.M), f"{fil.name} stänger av kontrollen"
        resultat = granska_text(text, str(fil.relative_to(ROT)), inst)
        att_ratta = [f"{f.line}: {f.rule}: {f.message}" for f in resultat.fynd if f.severity in ("error", "warning")]
        assert att_ratta == [], (fil.name, att_ratta)
        _, siffror = engelska.granska(las_markdown(fil.read_text(encoding="utf-8")), fil.name)
        assert siffror["flesch"] is None or siffror["flesch"] >= engelska.LASBARHET_MIN, (fil.name, siffror)


def test_engelska_menyn_markerar_sidor_som_bara_finns_pa_svenska(webbplats):
    start = lxml_html.fromstring((webbplats / "en/index.html").read_bytes())
    titlar = {a.get("href"): " ".join(a.text_content().split())
              for a in start.xpath('//nav[contains(@class, "md-nav--primary")]//a[@href]')}
    svenska = {h: t for h, t in titlar.items() if t.endswith("(in Swedish)")}
    # A page with an English version is not marked; one without is.
    assert not any("teman/tilltro" in h for h in svenska), svenska
    assert any("bip/likabehandling" in h for h in svenska), titlar
    # Every marked page is one that has no English source file.
    for href, titel in svenska.items():
        src = (ROT / "docs" / href.strip("./").rstrip("/")).with_suffix(".en.md")
        index = ROT / "docs" / href.strip("./").rstrip("/") / "index.en.md"
        assert not src.exists() and not index.exists(), (href, titel)
