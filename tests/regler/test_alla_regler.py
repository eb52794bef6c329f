"""Every rule of the checker has a test file of its own here, and examples of both kinds."""

from pathlib import Path

import pytest

from kunskapsbank.lattlast.regler import alla_regler


@pytest.mark.parametrize("regel_id", sorted(alla_regler()))
def test_varje_regel_har_egen_testfil_och_exempel_av_bada_slagen(regel_id):
    fil = Path(__file__).parent / f"test_{regel_id.replace('-', '_')}.py"
    assert fil.is_file(), f"Regeln {regel_id} har ingen testfil: skapa {fil.name}"
    assert f'exempeltest("{regel_id}")' in fil.read_text(encoding="utf-8")
    exempel = alla_regler()[regel_id].alla_exempel()
    assert any(e.traff for e in exempel) and any(not e.traff for e in exempel), regel_id
