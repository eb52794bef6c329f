"""scripts/lint as a trainer and a CI job use it."""

from __future__ import annotations

import json
import subprocess

import pytest

from verktyg import AMBETSBREV, ROT

LINT = ROT / "scripts" / "lint"


def lint(*args, cwd=None):
    return subprocess.run([str(LINT), *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROT)


@pytest.fixture
def sidor(tmp_path):
    (tmp_path / "bra.md").write_text("# Bra\n\nVi ringer dig i morgon.\n", encoding="utf-8")
    (tmp_path / "varning.md").write_text("# Text\n\nAnsökan skickas i dag.\n", encoding="utf-8")
    (tmp_path / "fel.md").write_text("# Bild\n\n![](bild.png)\n", encoding="utf-8")
    return tmp_path


def test_text_format_ar_sokvag_rad_kolumn_regel_meddelande(sidor):
    svar = lint(sidor / "varning.md")
    assert svar.returncode == 0
    rad = svar.stdout.strip().splitlines()[0]
    assert rad.endswith("varning.md:3:9: passiv: ”skickas” är passiv form. Det syns inte vem "
                        "som gör något. (Skriv vem som gör något, till exempel ”Vi skickar …” "
                        "i stället för ”… skickas”.)")


def test_felkoder(sidor):
    assert lint(sidor / "bra.md").returncode == 0
    assert lint(sidor / "varning.md").returncode == 0
    assert lint(sidor / "varning.md", "--strict").returncode == 1
    assert lint(sidor / "fel.md").returncode == 1
    assert lint(sidor).returncode == 1          # a folder: every .md below it


def test_json_har_alla_nycklar(sidor):
    svar = lint(sidor, "--format", "json")
    fynd = json.loads(svar.stdout)
    assert {f["rule"] for f in fynd} == {"passiv", "alt-text"}
    for f in fynd:
        assert set(f) == {"path", "line", "column", "rule", "severity", "message", "suggestion",
                          "end_line", "end_column", "replacements", "safe"}
        assert f["severity"] in ("error", "warning", "info")
        assert f["suggestion"] is None or isinstance(f["suggestion"], str)
        assert isinstance(f["replacements"], list)


def test_stats_ger_en_rad_per_fil(sidor):
    rader = json.loads(lint(sidor, "--stats").stdout)
    assert len(rader) == 3
    bra = next(r for r in rader if r["path"].endswith("bra.md"))
    # The heading counts among the words, but LIX is computed on the running text only.
    assert bra == {"path": bra["path"], "words": 6, "sentences": 2, "long_words": 0,
                   "lix": 5.0, "ovix": None, "prosa_ord": 5, "prosa_meningar": 1, "prosa_langa": 0,
                   "langsta_mening": 5,
                   "bedomning": "Texten håller för nivån klarspråk på allt som går att bedöma. Andelen långa "
                                "ord räknas från 30 ord löpande text. LIX räknas från 80 ord löpande text; "
                                "texten har 5 ord."}


def test_github_format_ger_annoteringar(sidor):
    rader = lint(sidor, "--format", "github").stdout.splitlines()
    assert any(r.startswith("::error file=") and ",line=3,col=1,title=Lättläst%3A alt-text::" in r
               for r in rader)
    assert any(r.startswith("::warning file=") for r in rader)


def test_dålig_anvandning_och_olasbar_fil_ger_2_utan_traceback(tmp_path):
    for args in (["--format", "xml"], [tmp_path / "saknas.md"]):
        svar = lint(*args)
        assert svar.returncode == 2
        assert "FEL" in svar.stderr and "Traceback" not in svar.stderr
    trasig = tmp_path / "latin1.md"
    trasig.write_bytes("Hej på dig.".encode("latin-1"))
    svar = lint(trasig)
    assert svar.returncode == 2
    assert "latin1.md" in svar.stderr and "UTF-8" in svar.stderr
    assert "Traceback" not in svar.stderr


def test_relativa_sokvagar_fran_annan_mapp(sidor):
    svar = lint("varning.md", cwd=sidor)
    assert svar.returncode == 0 and svar.stdout.startswith("varning.md:3:9: passiv")


def test_hela_webbplatsen_har_noll_fel_pa_sin_niva():
    svar = lint("docs", "--format", "json")
    fel = [f for f in json.loads(svar.stdout) if f["severity"] == "error"]
    assert fel == [], "\n".join(f"{f['path']}:{f['line']}: {f['message']}" for f in fel)


ENGELSKA = ("usage:", "invalid choice", "unrecognized arguments", "the following arguments",
            "expected one argument", "ambiguous option", "options:", "show this help")


@pytest.mark.parametrize("args", [["--format", "xml"], ["--okand"], ["--format"], ["--st"],
                                  ["--strict=ja"], ["--help"]])
def test_argparse_talar_svenska(args):
    svar = lint(*args)
    text = svar.stdout + svar.stderr
    assert not [e for e in ENGELSKA if e in text.lower()], text
    assert "Användning: scripts/lint" in text
    assert svar.returncode == (0 if args == ["--help"] else 2)
    assert "Traceback" not in text


def test_config_som_inte_finns_ger_2_och_namnger_filen(sidor):
    svar = lint("--config", "/finns-inte.yml", sidor / "bra.md")
    assert svar.returncode == 2
    assert "/finns-inte.yml" in svar.stderr and "finns inte" in svar.stderr
    assert svar.stdout == ""


def test_mapp_utan_markdown(tmp_path, sidor):
    tom = tmp_path / "tom"
    tom.mkdir()
    (tom / "bild.png").write_bytes(b"")
    svar = lint(tom)
    assert svar.returncode == 2
    assert "tom" in svar.stderr and "inga Markdown-filer" in svar.stderr
    svar = lint(tom, sidor / "bra.md")       # something was checked: only a note
    assert svar.returncode == 0 and "inga Markdown-filer" in svar.stderr


@pytest.mark.parametrize("block, rad, text", [
    ("    lix_maxx: 30\n", 4, "Okänd inställning 'lix_maxx' i extra.lattlast."),
    ("    nivaer:\n      lattlast:\n        lix_maxx: 30\n", 6,
     "Okänd gräns 'lix_maxx' i extra.lattlast.nivaer.lattlast."),
    ("    nivaer:\n      klarsprak:\n        lix_max: hög\n", 6,
     "extra.lattlast.nivaer.klarsprak.lix_max ska vara ett tal, men är 'hög'."),
    ("    regler:\n      passiv: {allvarlighet: error, extra: 1}\n", 5,
     "extra.lattlast.regler.passiv ska vara av, på eller"),
])
def test_fel_i_extra_lattlast_ger_fil_och_rad(tmp_path, sidor, block, rad, text):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nextra:\n  lattlast:\n" + block, encoding="utf-8")
    svar = lint("--config", config, sidor / "bra.md")
    assert svar.returncode == 2
    assert f"FEL: {config}:{rad}: {text}" in svar.stderr, svar.stderr


def test_hooken_far_raden_i_felet(tmp_path):
    from kunskapsbank.lattlast import Granskarinstallningar, InstallningsFel
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nextra:\n  lattlast:\n    regler:\n"
                                         "      pasiv: av\n", encoding="utf-8")
    with pytest.raises(InstallningsFel) as fel:
        Granskarinstallningar.fran_dict({"regler": {"pasiv": "av"}}, tmp_path)
    assert fel.value.rad == 5 and str(fel.value).endswith("(rad 5)")


def test_mycket_text_granskas_i_tva_processer_med_samma_svar(tmp_path, monkeypatch, capsys):
    from kunskapsbank.lattlast import cli

    for i in range(4):
        (tmp_path / f"sida-{i}.md").write_text(
            f"Ansökan skickas samt granskas {i} gånger. Man får svar.\n", encoding="utf-8")
    argv = [str(tmp_path), "--format", "json", "--config", str(ROT / "mkdocs.yml")]
    monkeypatch.setattr(cli, "PARALLELL_FRAN_BYTE", 10**12)
    cli.main(argv)
    en_process = json.loads(capsys.readouterr().out)
    monkeypatch.setattr(cli, "PARALLELL_FRAN_BYTE", 0)
    cli.main(argv)
    assert json.loads(capsys.readouterr().out) == en_process
    assert list(dict.fromkeys(f["path"].rsplit("/", 1)[-1] for f in en_process)) == [
        f"sida-{i}.md" for i in range(4)]


def test_ett_kort_krangligt_brev_klarar_inte_lattlast(tmp_path):
    """Under 80 words LIX cannot be judged, but a 30-word sentence and officialese still
    decide: the verdict names what fails and never says the letter passes."""
    brev = tmp_path / "brev.md"
    brev.write_text(AMBETSBREV, encoding="utf-8")
    svar = lint(brev, "--niva", "lattlast")
    assert svar.stdout.count("\n") >= 4, svar.stdout          # several findings, one per line
    omdome = svar.stderr.strip().splitlines()[-1]
    assert omdome.startswith("Texten klarar inte nivån lättläst än"), omdome
    assert "Den längsta meningen har 30 ord (högst 15)" in omdome
    assert "klarar nivån lättläst:" not in svar.stderr
