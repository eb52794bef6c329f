"""Rules as data: replacements keep the sentence grammatical and take the finding away,
and the rule page is generated from the same files. (Every example of every rule runs
as that rule's test in tests/regler/.)"""

from __future__ import annotations

import pytest

from kunskapsbank.lattlast import Granskarinstallningar, granska_text
from kunskapsbank.lattlast.rattning import ratta
from kunskapsbank.lattlast.regeldata import forkortningar, krangliga_ord
from kunskapsbank.lattlast.regelsida import inaktuell, uppdaterad
from verktyg import ROT

INST = Granskarinstallningar()


def fynd(text: str, regel: str):
    return [f for f in granska_text(text + "\n", "exempel.md", INST).fynd if f.rule == regel]


POSTER = ([("krangligt-ord", p) for p in krangliga_ord().alla]
          + [("forkortning", p) for p in forkortningar()[0]])


@pytest.mark.parametrize("regel, post", [(r, p) for r, p in POSTER if p.saker],
                         ids=[f"{r}:{p.id}" for r, p in POSTER if p.saker])
def test_saker_ersattning_tar_bort_fyndet(regel, post):
    text = post.exempel["ja"] + "\n"
    rattad, antal = ratta(text, granska_text(text, "exempel.md", INST).fynd)
    assert antal >= 1
    assert not fynd(rattad.strip(), regel), f"{post.id}: efter --fix: {rattad!r}"


@pytest.mark.parametrize("text, ratt", [
    # Phrases are replaced as phrases; no "om om", no "if" at the start of a sentence.
    ("Vi gör en bedömning med avseende på kostnaden.", "Vi gör en bedömning om kostnaden."),
    ("Nämnden fastställer om huruvida stödet ges.", "Nämnden fastställer om stödet ges."),
    ("Hon har skrivit om angående kursen.", "Hon har skrivit om kursen."),
    # ...but only the word right before: nothing else may be lost.
    ("Vi ger kurs 1 och 2 samt fördjupning.", "Vi ger kurs 1 och 2 och fördjupning."),
    ("Gällande kursen kan du fråga mig.", "När det gäller kursen kan du fråga mig."),
    ("Ring i händelse av att du blir sjuk.", "Ring om du blir sjuk."),
    # Inflection is kept: present stays present, past stays past.
    ("Metoden implementeras i höst.", "Metoden införs i höst."),
    ("Vi påbörjade arbetet i maj.", "Vi började arbetet i maj."),
    ("Det förelåg inga hinder.", "Det fanns inga hinder."),
    ("Kostnaden utgjorde en stor del.", "Kostnaden var en stor del."),
    # An adjective is no officialese and is left alone.
    ("Vi fortsätter er påbörjade plan.", "Vi fortsätter er påbörjade plan."),
    # Where no replacement fits, nothing is replaced.
    ("Lägg därtill att det regnar.", "Lägg därtill att det regnar."),
    ("Vi arbetar brett, såsom SCÖ arbetat med lärmiljöer.", "Vi arbetar brett, såsom SCÖ arbetat med lärmiljöer."),
    ("Tjänster såsom skola och vård.", "Tjänster som skola och vård."),
    ("Vi pratar om jobb, lön m.m. i dag.", "Vi pratar om jobb, lön med mera i dag."),
    ("Ta med pennor, papper osv. Sedan går vi.", "Ta med pennor, papper och så vidare. Sedan går vi."),
])
def test_ersattningen_ger_hel_mening(text, ratt):
    rattad, _ = ratta(text + "\n", granska_text(text + "\n", "x.md", INST).fynd)
    assert rattad == ratt + "\n"


def test_regelsidan_ar_genererad_fran_datafilerna():
    assert inaktuell(ROT / "docs") is None, "Kör python -m kunskapsbank.lattlast.regelsida"
    text = (ROT / "docs/granskaren/index.md").read_text(encoding="utf-8")
    for post in krangliga_ord().alla:
        assert f"| {post.visning} |" in text


def test_inaktuell_regelsida_stoppar_bygget(tmp_path):
    sida = tmp_path / "granskaren" / "index.md"
    sida.parent.mkdir()
    text = (ROT / "docs/granskaren/index.md").read_text(encoding="utf-8")
    sida.write_text(text.replace("| samt | och |", "| samt | plus |"), encoding="utf-8")
    assert "stämmer inte med granskarens datafiler" in inaktuell(tmp_path)
    sida.write_text(uppdaterad(sida.read_text(encoding="utf-8")), encoding="utf-8")
    assert inaktuell(tmp_path) is None


@pytest.mark.parametrize("text, meddelande, forslag", [
    ("Ansökan granskas av Försäkringskassan.",
     "”granskas” är passiv form, men meningen säger vem som gör något: Försäkringskassan.",
     "”Försäkringskassan granskar ...”"),
    ("Intyget kontrolleras av handläggaren, som ringer dig.",
     "”kontrolleras” är passiv form, men meningen säger vem som gör något: handläggaren.",
     "”Handläggaren kontrollerar ...”"),
])
def test_passiv_med_agent_ger_rad_att_vanda_pa_meningen(text, meddelande, forslag):
    (f,) = fynd(text, "passiv")
    assert f.message == meddelande
    assert forslag in f.suggestion


@pytest.mark.parametrize("text", ["Projektet medfinansieras av Europeiska socialfonden.",
                                  "Huset ägs av stiftelsen, som hyr ut det.",
                                  "Planen har tagits fram av regionens utvecklingsnämnd."])
def test_passiv_dar_den_som_gor_nagot_ar_nyheten_ger_inget_fynd(text):
    """Who pays, owns or made something is the point of the sentence: passive fits."""
    assert fynd(text, "passiv") == []


def test_datafilerna_ger_samma_data_med_libyaml_som_med_ren_python():
    # The checker reads its data with libyaml's parser for speed; an edit that the two
    # parsers read differently would make the checker and this test disagree.
    import yaml

    from kunskapsbank.lattlast.regeldata import las_datatext

    filer = sorted((ROT / "scripts/kunskapsbank/lattlast/data").glob("*.yml"))
    assert len(filer) >= 3
    for fil in filer:
        text = fil.read_text(encoding="utf-8")
        assert las_datatext(text) == yaml.load(text, Loader=yaml.SafeLoader), fil.name
    assert yaml.__with_libyaml__, "PyYAML saknar libyaml här, så granskaren läser sina data långsamt"
