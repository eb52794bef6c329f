"""A new page that nobody put in the menu (nav in mkdocs.yml): the booklets take their
pages from the menu, so a page in a booklet's folder stops the build with a Swedish
message; any other page gets a Swedish note and the strict build still passes."""

from __future__ import annotations

from pathlib import Path

import yaml

from kunskapsbank.haften import las_definitioner
from kunskapsbank.kontroller.meny import avsnitt_i_menyn, sidor_utanfor_menyn
from verktyg import ROT, bygg, kopiera_projekt, skriv_sida

MKDOCS_ENGELSKA = "The following pages exist in the docs directory"


def _ny_sida_som_kopia(docs: Path, kalla: str, ny: str, titel: str) -> None:
    """A trainer's new page: a copy of a real page with its own title."""
    text = (docs / kalla).read_text(encoding="utf-8")
    gammal = yaml.safe_load(text.split("---")[1])["title"]
    (docs / ny).write_text(text.replace(f"title: {gammal}", f"title: {titel}", 1)
                           .replace(f"# {gammal}\n", f"# {titel}\n", 1), encoding="utf-8")


def _rad(fil: Path, borjar_med: str) -> int:
    return next(nr for nr, rad in enumerate(fil.read_text(encoding="utf-8").splitlines(), 1)
                if rad.startswith(borjar_med))


def test_ny_sida_i_ett_haftes_mapp_utan_plats_i_menyn_stoppar_bygget(tmp_path):
    projekt = kopiera_projekt(tmp_path / "projekt")
    _ny_sida_som_kopia(projekt / "docs", "bip/teman/tilltro.md", "bip/teman/samverkan.md", "Samverkan")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert resultat.returncode != 0, resultat.stderr[-2000:]
    rad = _rad(projekt / "mkdocs.yml", "      - Teman:")
    assert ("docs/bip/teman/samverkan.md: Sidan finns inte i menyn (nav i mkdocs.yml), och därför kommer den "
            "inte med i häftet BIP 1 – deltagarhäfte (bip1-deltagare, som tar med 'bip/teman/')") in resultat.stderr
    assert (f"Så rättar du: Lägg till 'bip/teman/samverkan.md' under BIP > Teman i nav i mkdocs.yml "
            f"(rad {rad})") in resultat.stderr
    assert MKDOCS_ENGELSKA not in resultat.stderr
    assert "Traceback" not in resultat.stderr


def test_ny_sida_utanfor_haftena_ger_en_svensk_anteckning_och_bygget_gar_igenom(tmp_path):
    projekt = kopiera_projekt(tmp_path / "projekt")
    docs = projekt / "docs"
    _ny_sida_som_kopia(docs, "tillganglighet/kursdag.md", "tillganglighet/webbmote.md", "Ett webbmöte för alla")
    # Outside the nav on purpose, and never reported: the förbund's own page (it joins
    # the menu on its own) and a translation.
    skriv_sida(docs, "lokalt/kursdag-hos-oss.md", "Kursdag hos oss", "Vi ses i Norrby. Det finns kaffe.",
               lattlast="lattlast")
    _ny_sida_som_kopia(docs, "tillganglighet/kursdag.md", "tillganglighet/webbmote.en.md", "Ett webbmöte för alla")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})   # --strict
    assert resultat.returncode == 0, resultat.stderr[-3000:]
    rad = _rad(projekt / "mkdocs.yml", "  - Tillgänglighet:")
    assert (f"Obs: docs/tillganglighet/webbmote.md: Sidan finns inte i menyn (nav i mkdocs.yml). Den byggs, "
            f"men ingen hittar den via menyn. Så rättar du: Lägg till 'tillganglighet/webbmote.md' under "
            f"Tillgänglighet i nav i mkdocs.yml (rad {rad})") in resultat.stderr
    assert resultat.stderr.count("finns inte i menyn") == 1, resultat.stderr
    assert MKDOCS_ENGELSKA not in resultat.stderr
    assert (tmp_path / "site/tillganglighet/webbmote/index.html").exists()


def test_forslaget_pekar_pa_avsnittet_dar_mappens_sidor_star():
    config = yaml.load((ROT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    i_menyn = {s for _, sidor in avsnitt_i_menyn(config["nav"]) for s in sidor}
    nya = ["nyheter.md", "bip/nytt.md", "vta/modellen/8-uppfoljning.md", "granskaren/exempel.md",
           "kalender/vaar.md", "ovningar/bip-nytt-fall.md"]
    fynd = {f.src: f for f in sidor_utanfor_menyn(config["nav"], nya, i_menyn,
                                                  las_definitioner(config["extra"]["haften"]))}
    assert fynd["nyheter.md"].avsnitt == ()
    assert fynd["bip/nytt.md"].avsnitt == ("BIP",)
    assert fynd["vta/modellen/8-uppfoljning.md"].avsnitt == ("VTA", "Modellen")
    assert fynd["granskaren/exempel.md"].avsnitt == ("För utbildare och redaktörer",)
    assert fynd["kalender/vaar.md"].avsnitt is None
    assert "Lägg till 'kalender/vaar.md' i nav i mkdocs.yml" in fynd["kalender/vaar.md"].som_text()
    # Which booklets would have taken the page: none for most, both exercise booklets here.
    assert [h.id for h, _ in fynd["ovningar/bip-nytt-fall.md"].haften] == ["ovningar-deltagare", "ovningar-utbildare"]
    assert fynd["vta/modellen/8-uppfoljning.md"].stoppar_bygget
    assert not fynd["bip/nytt.md"].stoppar_bygget and not fynd["nyheter.md"].stoppar_bygget
