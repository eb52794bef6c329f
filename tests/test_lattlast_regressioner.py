"""Regressions from the audit of Lättläst-granskaren: each input here was once checked
wrongly. Grouped by what was wrong: passiv, acronyms, sentences, messages, hostile
input, Markdown, word choice, front-matter text and the site's settings."""

from __future__ import annotations

import textwrap

import pytest

from kunskapsbank.lattlast import Granskarinstallningar, granska_text
from kunskapsbank.lattlast.installningar import STANDARD_NIVAER, las_mkdocs_yml
from kunskapsbank.lattlast.regler import alla_regler
from verktyg import ROT


def granska(md: str, inst: Granskarinstallningar | None = None, path: str = "sida.md"):
    return granska_text(textwrap.dedent(md).lstrip("\n"), path, inst or Granskarinstallningar())


def fynd_for(md: str, regel: str, **kw) -> list:
    return [f for f in granska(md, **kw).fynd if f.rule == regel]


# --- A. passiv: genitives, nouns, names, reciprocal and deponent verbs, bli + adjective

@pytest.mark.parametrize("mening", [
    "Vi lyssnar på varandras berättelser.", "Nästa mötes agenda är klar.",
    "Hennes pappas jobb är nytt.", "Europas länder samarbetar.", "Historiens viktigaste möte.",
    "Lunds universitet ligger i Skåne.", "En timmes paus.", "Mattias ringer i dag.",
    "Tomas och Elias kommer.", "Gör en sats till.", "Lägg till sås.", "Hon har en slips.",
    "Han är en pajas.", "Vi ses i morgon.", "Vi sågs i går.", "Han blev rädd.",
    "Hon tordes inte fråga.", "Det fattas pengar.",
])
def test_passiv_tiger_om_genitiv_substantiv_namn_och_deponens(mening):
    assert fynd_for(mening + "\n", "passiv") == []


# --- B. passiv that was missed

@pytest.mark.parametrize("mening, ord_", [
    ("Beslut fattas av nämnden.", "”fattas”"), ("Ansökan har godkänts.", "”godkänts”"),
    ("Det har blivit bestämt.", "”blivit bestämt”"), ("Han blev utskriven.", "”blev utskriven”"),
    ("Problemet sågs som allvarligt.", "”sågs”"), ("Boken har lästs av alla.", "”lästs”"),
])
def test_passiv_hittar_fattas_supinum_och_bli_med_particip(mening, ord_):
    fynd = fynd_for(mening + "\n", "passiv")
    assert len(fynd) == 1 and fynd[0].message.startswith(ord_ + " är passiv form")


# --- C. words in capitals are not acronyms

@pytest.mark.parametrize("mening", [
    "VIKTIGT: ta med id-handling.", "Svara JA eller NEJ.", "KOM IHÅG ATT RINGA.",
])
def test_versaler_for_betoning_ar_inga_oforklarade_forkortningar(mening):
    assert fynd_for(mening + "\n", "oforklarad-forkortning") == []


def test_riktiga_akronymer_bredvid_versalord_hittas_fortfarande():
    fynd = fynd_for("---\nlattlast: lattlast\n---\nVIKTIGT: ring XYZ i dag. Svara JA.\n",
                    "oforklarad-forkortning")
    assert [(f.message, f.severity) for f in fynd] == [("Förkortningen XYZ förklaras inte.", "error")]


# --- D. sentences

@pytest.mark.parametrize("text, antal", [
    ("Det är boken min. Den är ny.", 2), ("Pennan är min. Boken är din.", 2),
    ("Det tar 30 min. Sedan går vi.", 2),
    # ...but an abbreviation before a name or a lower-case word goes on
    ("Ta med papper, t.ex. ett intyg.", 1), ("Karl F. Svensson ringer.", 1),
    ("Ring Dr. Andersson i dag.", 1), ("Det tar 30 min. och sedan går vi.", 1),
])
def test_forkortning_som_ocksa_ar_ord_avslutar_mening_fore_versal(text, antal):
    assert granska(text + "\n").statistik.sentences == antal


# --- E. messages on one line

def test_fras_over_radbrytning_ger_meddelande_pa_en_rad():
    fynd = fynd_for("Vi gör det i\nsyfte att hjälpa.\n", "krangligt-ord")
    assert [(f.line, f.column, f.message) for f in fynd] == [
        (1, 12, "”i syfte att” är en krånglig fras.")]


# --- F. hostile input: finishes, and every finding still has its true place
# (how fast goes in scripts/bench.py; here only that it finishes and stays right)

def test_manga_forkortningar_i_rad_ger_ratt_resultat():
    assert granska("a. " * 20000).statistik.sentences == 1
    fynd = fynd_for("t.ex. " * 10000, "forkortning")
    assert len(fynd) == 10000 and [f.column for f in fynd[:3]] == [1, 7, 13]
    fynd = fynd_for("osv. " * 10000, "forkortning")
    assert len(fynd) == 10000 and fynd[-1].column == 5 * 9999 + 1


def test_stycke_med_50000_rader_ger_fynd_pa_varje_rad():
    fynd = fynd_for("Ansökan skickas i dag.\n" * 50000, "passiv")
    assert len(fynd) == 50000
    assert all(f.line == nr and f.column == 9 for nr, f in enumerate(fynd, 1))


# --- H. Markdown

def test_tabell_utan_yttre_lodstreck_ar_inte_text():
    md = """
    Ansökan skickas | Beslutet fattades
    --- | ---
    Ansökan skickas | Beslutet fattades

    Vi ringer dig.
    """
    resultat = granska(md)
    assert resultat.fynd == []
    assert resultat.statistik.words == 3


def test_fotnotens_text_granskas():
    md = "Läs mer här.[^1]\n\n[^1]: Ansökan skickas i dag.\n"
    assert [(f.rule, f.line, f.column) for f in granska(md).fynd] == [("passiv", 3, 15)]


def test_text_efter_html_kommentar_pa_samma_rad_granskas():
    md = "<!-- x --> Ansökan skickas i dag.\n\n<!-- Ansökan skickas.\nAnsökan skickas. --> Vi ringer.\n"
    assert [(f.rule, f.line, f.column) for f in granska(md).fynd] == [("passiv", 1, 20)]


def test_inline_kod_med_kommentarstecken_doljer_ingen_text():
    md = "Skriv `<!--` och `<!-- lattlast: av passiv -->` så här.\nAnsökan skickas i dag.\n"
    assert [(f.rule, f.line) for f in granska(md).fynd] == [("passiv", 2)]


def test_referensbild_utan_alt_text_ar_fel():
    md = "Se bilden.\n\n![][logo]\n\n![Vår logga][logo]\n\n[logo]: bild.png\n"
    assert [(f.rule, f.line, f.severity) for f in granska(md).fynd] == [("alt-text", 3, "error")]


def test_ensam_cr_ar_ingen_radbrytning():
    md = "Rad ett.\rAnsökan skickas i dag.\r\r\rVi ringer.\n"
    fynd = granska(md).fynd
    assert [(f.rule, f.line) for f in fynd] == [("passiv", 1)]


# --- I. word choice

@pytest.mark.parametrize("mening", [
    "Den verkställande direktören kommer.", "Vi tar inkommande samtal.", "Hon tordes inte fråga.",
    "Spara dem som tex-filer.", "Jag träffade mitt ex. Hon var glad.",
])
def test_ordval_tiger_om_adjektiviskt_particip_tordes_och_sammansattning(mening):
    assert [f for f in granska(mening + "\n").fynd if f.rule in ("krangligt-ord", "forkortning")] == []


def test_krangliga_verb_hittas_fortfarande():
    fynd = fynd_for("Vi verkställer beslutet. Det torde gå bra.\n", "krangligt-ord")
    assert len(fynd) == 2


@pytest.mark.parametrize("mening", ["Ta med något, ex. ett intyg.", "Ta med t. ex ett intyg."])
def test_ex_med_punkt_ar_en_forkortning(mening):
    fynd = fynd_for(mening + "\n", "forkortning")
    assert [f.suggestion for f in fynd] == ["Skriv ut ”till exempel”."]


# --- J. text in the front matter that the page shows

OVNING = """\
---
title: Övning
lattlast: lattlast
ovning: true
syfte: Ansökan skickas i dag.
tid: 60 minuter
gruppstorlek: 3
material:
  - Papper
  - "Man kan erhålla \\"stöd\\" här."
---

# Övning

Vi ringer dig.
"""


def test_sidhuvudets_sammanfattning_granskas_pa_sin_rad_och_kolumn():
    fynd = [(f.rule, f.line, f.column) for f in granska(OVNING).fynd]
    assert fynd == [("passiv", 5, 16), ("man", 10, 6), ("krangligt-ord", 10, 14)]


def test_sidhuvudets_text_raknas_i_statistiken():
    # Ansökan skickas i dag (4) + Papper (1) + Man kan erhålla stöd här (5)
    # + minuter (1) + Övning (1) + Vi ringer dig (3)
    assert granska(OVNING).statistik.words == 15


def test_sidhuvudet_granskas_inte_nar_sidan_inte_visar_texten():
    md = OVNING.replace("ovning: true\n", "")
    assert granska(md).fynd == []


def test_kunskapstest_och_reflektion_granskas():
    md = """\
---
title: Test
fragor:
  - fraga: "Vad görs av nämnden?"
    alternativ:
      - "Beslut fattas t.ex. av nämnden"
      - Inget
    ratt: 1
    forklaring: >-
      Nämnden fattar beslut. Det
      skickas sedan i syfte att hjälpa.
reflektion:
  - kapitel: "1. Varför skickas det"
    fragor:
      - |
        Hur ofta ringer
        man arbetsgivare?
---

Hej.
"""
    fynd = [(f.rule, f.line, f.column) for f in granska(md).fynd]
    assert fynd == [("passiv", 4, 17), ("passiv", 6, 17), ("forkortning", 6, 24),
                    ("passiv", 11, 7), ("krangligt-ord", 11, 21), ("passiv", 13, 25),
                    ("man", 17, 9)]


def test_fynd_i_kunskapstestets_sidhuvud_pekar_pa_raden_i_filen():
    kalla = (ROT / "docs/vta/kunskapstest.md").read_text(encoding="utf-8")
    rader = kalla.split("\n")
    nr = next(i for i, r in enumerate(rader) if r.startswith('  - fraga: "Vad står VTA för?"'))
    rader[nr] = '  - fraga: "Vad står VTA för? Det förklaras av boken."'
    fynd = granska_text("\n".join(rader), "docs/vta/kunskapstest.md", Granskarinstallningar(
        forkortningar={"VTA": "Vägen till arbetsgivarna"})).fynd
    assert [f.som_text().split(" är ")[0] for f in fynd if f.rule == "passiv"] == [
        f"docs/vta/kunskapstest.md:{nr + 1}:35: passiv: ”förklaras”"]


def test_konstigt_sidhuvud_ger_inget_undantag():
    for front in ["fragor: 3", "fragor: [1, [2], {fraga: [x]}]", "reflektion: {a: b}",
                  "ovning: true\nmaterial: {a: b}", "ovning: true\nsyfte: &a x\nmal: *a",
                  "fragor:\n  - fraga: \"a\\tb \\u00e5 skickas\""]:
        resultat = granska_text(f"---\n{front}\n---\n\nHej.\n", "s.md")
        assert all(1 <= f.line <= 6 for f in resultat.fynd)


# --- G. the page's own settings

def test_okand_installning_och_gräns_som_inte_ar_tal_ger_fel_med_rad():
    md = "---\nlattlast:\n  niva: lattlast\n  lix_maxx: 30\n  mening_max_ord: \"många\"\n---\n\nHej.\n"
    fynd = [(f.rule, f.line, f.severity, f.message) for f in granska(md).fynd]
    assert fynd == [
        ("sidhuvud", 4, "error", "Okänd inställning ”lix_maxx” under lattlast."),
        ("sidhuvud", 5, "error", "Gränsen mening_max_ord ska vara ett tal, men är ”många”."),
    ]


def test_egen_gräns_i_sidhuvudet_galler_fortfarande():
    mening = " ".join(["ord"] * 12) + ".\n"
    md = "---\nlattlast:\n  niva: lattlast\n  mening_max_ord: 10\n---\n" + mening
    assert [(f.rule, f.line) for f in granska(md).fynd] == [("lang-mening", 6)]


# --- K. extra.lattlast in mkdocs.yml states the defaults

def test_mkdocs_yml_visar_standardvardena_utan_att_andra_nagot():
    data = las_mkdocs_yml(ROT / "mkdocs.yml")
    assert data, "mkdocs.yml saknar extra.lattlast"
    inst = Granskarinstallningar.fran_dict(data, ROT)
    assert inst.nivaer == STANDARD_NIVAER
    assert inst.standardniva == Granskarinstallningar().standardniva
    assert inst.avstangda_regler == set()
    regler = alla_regler()
    assert set(data["regler"]) == set(regler), "varje regel ska stå i mkdocs.yml"
    for regel, allvarlighet in inst.allvarlighet.items():
        assert allvarlighet == regler[regel].allvarlighet, regel
    # A rule with findings of mixed severity (rubrik) keeps them: same findings either way.
    md = "# A\n\n# B\n\n#### " + "Lång rubrik " * 8 + "\n\nAnsökan skickas av XYZ.\n"
    utan = Granskarinstallningar(forkortningar=inst.forkortningar)
    assert granska(md, inst).fynd == granska(md, utan).fynd
