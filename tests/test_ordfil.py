"""The word files the browser's checker reads (kunskapsbank.lattlast.ordfil): every
entry comes back as it went in, and a word that is not there is not found."""

from __future__ import annotations

import random

import pytest

from kunskapsbank.lattlast.ordfil import BLOCK, Ordfil, skriv_ordfil


def test_varje_ord_kommer_tillbaka_som_det_skrevs(tmp_path):
    slump = random.Random(4)
    bokstaver = "aäåöeilnrst"
    par = {"".join(slump.choice(bokstaver) for _ in range(slump.randint(1, 14))): "" for _ in range(5000)}
    par = {o: slump.choice([o, o[:-1], o + "na", "", "x" * 70, o[::-1]]) for o in par}
    # Keys that share more than the 60 characters the format can say, around a block edge.
    lang = "ö" * 80
    par.update({lang + "a": "b", lang + "b": lang, lang: lang + "c", "Ärende": "ärende", "ÅR": "år"})
    fil = tmp_path / "ord.xz"
    assert skriv_ordfil(par.items(), fil) == len(par)
    ordfil = Ordfil(fil)
    assert len(par) > 2 * BLOCK
    assert dict(ordfil.items()) == par
    assert all(ordfil.get(o) == v for o, v in par.items())
    for saknas in ("", "0", "zzzz", "\uffff", lang + "aa", "ärend", "Ä"):
        assert saknas not in par
        assert ordfil.get(saknas) is None and saknas not in ordfil
        with pytest.raises(KeyError):
            ordfil[saknas]


def test_en_tom_fil_har_inga_ord(tmp_path):
    fil = tmp_path / "tom.xz"
    skriv_ordfil([], fil)
    assert Ordfil(fil).get("ord") is None and len(Ordfil(fil)) == 0


@pytest.mark.parametrize("par, fel", [
    ([("ord\tmed tab", "x")], "skiljetecken"),
    ([("ord", "rad\nbrytning")], "skiljetecken"),
    ([("ord", "a"), ("ord", "b")], "två gånger"),
])
def test_ord_som_formatet_inte_kan_baera_stoppas_med_ett_svenskt_fel(tmp_path, par, fel):
    with pytest.raises(ValueError, match=fel):
        skriv_ordfil(par, tmp_path / "ord.xz")
