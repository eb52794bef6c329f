"""One build reads the same YAML (mkdocs.yml, every page's front matter) in several
steps in one process. Each text is read once; every reader still gets its own data,
and a mistake is reported at every reading, with its line."""

from __future__ import annotations

import pytest

from kunskapsbank.kontroller import kallkontroll
from kunskapsbank.sidor import rapportsidor
from kunskapsbank.grund import yamlfil
from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.kallor.sidhuvud import granska_sidhuvud
from verktyg import kopiera_projekt

SIDHUVUD = "---\ntitle: Om BIP\nlattlast: klarsprak\n---\n\n# Om BIP\n\nText.\n"


def test_den_som_andrar_sin_data_andrar_inte_nasta_lasares():
    forsta, nod = yamlfil.las_yaml_nod("moduler:\n  vta: true\nlista: [1, 2]\n", "forbund.yml")
    forsta["moduler"]["vta"] = False
    forsta["lista"].append(3)
    andra, samma_nod = yamlfil.las_yaml_nod("moduler:\n  vta: true\nlista: [1, 2]\n", "forbund.yml")
    assert andra == {"moduler": {"vta": True}, "lista": [1, 2]}
    assert samma_nod is nod


@pytest.mark.parametrize("gang", [1, 2])
def test_ett_fel_rapporteras_vid_varje_lasning_med_sin_rad(gang):
    text = "namn: Norrby\nnamn: Söderby\n"
    for _ in range(gang):
        with pytest.raises(InnehallsFel) as fel:
            yamlfil.las_yaml_nod(text, "lokalt/forbund.yml")
    assert (fel.value.fil, fel.value.rad) == ("lokalt/forbund.yml", 2)
    assert "två gånger" in fel.value.meddelande


def test_samma_text_pa_en_annan_rad_far_sina_egna_radnummer():
    _, nod1 = yamlfil.las_yaml_nod("title: A\n", "a.md", forsta_rad=2)
    _, nod5 = yamlfil.las_yaml_nod("title: A\n", "a.md", forsta_rad=5)
    with pytest.raises(InnehallsFel) as fel:
        yamlfil.las_yaml_nod("title: A\ntitle: B\n", "b.md", forsta_rad=5)
    assert fel.value.rad == 6
    assert nod1 is not nod5


def test_fel_i_sidhuvudet_hittas_vid_varje_lasning():
    sida, fynd = granska_sidhuvud(SIDHUVUD, "bip/om.md")
    assert fynd == [] and sida.title == "Om BIP"
    trasig = SIDHUVUD.replace("lattlast: klarsprak", "lattlast: klarsprak\ntitle: Igen")
    for _ in range(2):
        sida, fynd = granska_sidhuvud(trasig, "bip/om.md")
        assert sida is None and [f.rad for f in fynd] == [4]


def test_stegen_fore_mkdocs_laser_varje_text_en_gang(tmp_path):
    """The source check and the report pages read mkdocs.yml and each page's front
    matter; the second step finds all of it already read."""
    projekt = kopiera_projekt(tmp_path / "projekt")
    yamlfil._las_yaml_nod.cache_clear()
    assert kallkontroll.kor(projekt / "mkdocs.yml", lambda t: None) == 0
    forsta = yamlfil._las_yaml_nod.cache_info()
    assert rapportsidor.kor(projekt / "mkdocs.yml", tmp_path / "rapporter", skriv=lambda t: None) == 0
    andra = yamlfil._las_yaml_nod.cache_info()
    assert forsta.misses > 60          # mkdocs.yml, the identity file and every page
    assert andra.misses == forsta.misses, "rapportsidorna läste en text som källkontrollen redan läst"
    assert andra.hits - forsta.hits > 60
