"""The whole-site check keeps each page's result between builds, and reuses it only
when nothing that decides it has changed."""

from __future__ import annotations

import shutil

import pytest

from kunskapsbank.lattlast import fyndcache, webbplats
from kunskapsbank.lattlast.granskare import granska_text
from kunskapsbank.lattlast.installningar import Granskarinstallningar
from verktyg import ROT

SIDA = ("---\nlattlast: lattlast\n---\n\n# Stöd\n\nDu får stöd av en handledare. "
        "Handledaren hjälper dig att hitta ett jobb som passar dig.\n")
LANG_MENING = ("Den som deltar i insatsen och som därför har rätt till stöd från både "
               "kommunen och regionen och Försäkringskassan och Arbetsförmedlingen "
               "ska i samråd med sin handledare och sin arbetsgivare och sin familj "
               "komma fram till en plan som alla kan följa under hela tiden.")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KB_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _sida(tmp_path, text=SIDA):
    fil = tmp_path / "bip" / "stod.md"
    fil.parent.mkdir(parents=True, exist_ok=True)
    fil.write_text(text, encoding="utf-8")
    return [("docs/bip/stod.md", fil)]


def _fynd(resultat):
    return [(r.path, r.niva, r.fynd, r.statistik) for r in resultat]


def _granskas_inte(monkeypatch):
    def granskar(*_):
        raise AssertionError("sidan granskades igen")
    monkeypatch.setattr(webbplats, "granska_text", granskar)


def test_andra_bygget_ger_samma_fynd_utan_att_granska_igen(tmp_path, cache, monkeypatch):
    sidor = _sida(tmp_path, SIDA + "\n" + LANG_MENING + "\n")
    forsta, _ = webbplats.granska_webbplatsen(sidor, Granskarinstallningar())
    assert forsta[0].fynd, "sidan ska ha minst ett fynd, annars visar testet inget"
    _granskas_inte(monkeypatch)
    andra, _ = webbplats.granska_webbplatsen(sidor, Granskarinstallningar())
    assert _fynd(andra) == _fynd(forsta)
    assert _fynd(andra) == _fynd([granska_text((tmp_path / "bip/stod.md").read_text(), "docs/bip/stod.md")])


def test_en_andrad_sida_granskas_igen(tmp_path, cache):
    sidor = _sida(tmp_path)
    forsta, _ = webbplats.granska_webbplatsen(sidor, Granskarinstallningar())
    _sida(tmp_path, SIDA + "\n" + LANG_MENING + "\n")
    andra, _ = webbplats.granska_webbplatsen(sidor, Granskarinstallningar())
    assert len(andra[0].fynd) > len(forsta[0].fynd)


def test_en_regel_som_stangs_av_forsvinner_ur_fynden(tmp_path, cache):
    sidor = _sida(tmp_path, SIDA + "\n" + LANG_MENING + "\n")
    forsta, _ = webbplats.granska_webbplatsen(sidor, Granskarinstallningar())
    regel = forsta[0].fynd[0].rule
    avstangd = Granskarinstallningar.fran_dict({"regler": {regel: "av"}})
    andra, _ = webbplats.granska_webbplatsen(sidor, avstangd)
    assert regel not in {f.rule for f in andra[0].fynd}


def test_en_andrad_regelfil_ger_ett_nytt_avtryck(tmp_path, monkeypatch):
    """Every file of the engine counts, the rule data too."""
    kopia = tmp_path / "kunskapsbank"
    shutil.copytree(fyndcache.PAKETET, kopia, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fyndcache, "PAKETET", kopia)
    fyndcache.motorns_avtryck.cache_clear()
    fore = fyndcache.motorns_avtryck()
    datafil = next((kopia / "lattlast" / "data").glob("*.yml"))
    datafil.write_text(datafil.read_text(encoding="utf-8") + "\n# ändrad\n", encoding="utf-8")
    fyndcache.motorns_avtryck.cache_clear()
    assert fyndcache.motorns_avtryck() != fore
    fyndcache.motorns_avtryck.cache_clear()


def test_trasig_cachefil_granskas_om_utan_traceback(tmp_path, cache):
    sidor = _sida(tmp_path, SIDA + "\n" + LANG_MENING + "\n")
    forsta, _ = webbplats.granska_webbplatsen(sidor, Granskarinstallningar())
    for fil in (cache / "granskning").iterdir():
        fil.write_bytes(b"\x80\x04inte en pickle")
    andra, _ = webbplats.granska_webbplatsen(sidor, Granskarinstallningar())
    assert _fynd(andra) == _fynd(forsta)


def test_utan_skrivbar_cache_granskas_allt_anda(tmp_path, monkeypatch):
    fil = tmp_path / "inte-en-mapp"
    fil.write_text("x")
    monkeypatch.setenv("KB_CACHE", str(fil))
    resultat, problem = webbplats.granska_webbplatsen(_sida(tmp_path, SIDA + "\n" + LANG_MENING + "\n"),
                                                      Granskarinstallningar())
    assert problem == [] and resultat[0].fynd


def test_en_sida_som_inte_gar_att_lasa_ar_ett_svenskt_problem(tmp_path, cache):
    fil = tmp_path / "trasig.md"
    fil.write_bytes(b"# Rubrik\n\n\xff\xfe text\n")
    resultat, problem = webbplats.granska_webbplatsen([("docs/trasig.md", fil)], Granskarinstallningar())
    assert resultat == [] and "UTF-8" in problem[0] and "docs/trasig.md" in problem[0]
    assert not (cache / "granskning").exists() or not any((cache / "granskning").iterdir())


def test_riktiga_webbplatsen_far_samma_fynd_fran_cachen(tmp_path, cache, monkeypatch):
    from kunskapsbank.kallor.kallorna import las

    kallor = las(ROT / "mkdocs.yml")
    inst = Granskarinstallningar.fran_dict(kallor.extra.get("lattlast"), kallor.rot)
    sidor = [(kallor.namn(src), fil) for src, fil in kallor.svenska_sidor().items()]
    forsta, _ = webbplats.granska_webbplatsen(sidor, inst)
    _granskas_inte(monkeypatch)
    andra, _ = webbplats.granska_webbplatsen(sidor, inst)
    assert len(andra) == len(sidor) > 50
    assert _fynd(andra) == _fynd(forsta)
