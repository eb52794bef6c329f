"""Acronyms: names in capitals and explained acronyms' genitives do not stop a trainer's
pull request; an unexplained acronym is an error only where participants read."""

from __future__ import annotations

import pytest

from kunskapsbank.lattlast import Granskarinstallningar, InstallningsFel, granska_text

LATTLAST = "---\nlattlast: lattlast\n---\n"
KLARSPRAK = "---\nlattlast: klarsprak\n---\n"


def akronymfynd(md: str, inst: Granskarinstallningar | None = None):
    return [(f.message, f.severity) for f in granska_text(md, "sida.md", inst).fynd
            if f.rule == "oforklarad-forkortning"]


def test_oforklarad_akronym_ar_fel_pa_lattlast_och_varning_annars():
    text = "Ring XYZ om du har frågor.\n"
    assert akronymfynd(LATTLAST + text) == [("Förkortningen XYZ förklaras inte.", "error")]
    assert akronymfynd(KLARSPRAK + text) == [("Förkortningen XYZ förklaras inte.", "warning")]


def test_egennamn_i_installningarna_ger_inget_fynd():
    inst = Granskarinstallningar.fran_dict({"egennamn": ["FAMNA", "HELIX"]})
    text = LATTLAST + "Vi samarbetar med FAMNA och HELIX. Ring XYZ.\n"
    assert akronymfynd(text, inst) == [("Förkortningen XYZ förklaras inte.", "error")]


def test_egennamn_maste_vara_en_lista():
    with pytest.raises(InstallningsFel, match="egennamn ska vara en lista"):
        Granskarinstallningar.fran_dict({"egennamn": "FAMNA"})


@pytest.mark.parametrize("text", [
    "Samordningsförbundet Centrala Östergötland (SCÖ) leder arbetet. SCÖs medlemmar deltar.",
    "SCÖ (Samordningsförbundet Centrala Östergötland) leder arbetet. Läs om SCÖs medlemmar.",
])
def test_genitiv_av_forklarad_akronym_raknas_som_forklarad(text):
    assert akronymfynd(LATTLAST + text + "\n") == []


def test_genitiv_av_oforklarad_akronym_namner_akronymen_utan_s():
    assert akronymfynd(LATTLAST + "Vi läser XYZs rapport.\n") == [
        ("Förkortningen XYZ förklaras inte.", "error")]
