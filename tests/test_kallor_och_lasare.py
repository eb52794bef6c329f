"""Visible sources, made-up examples that say so, one person per name, and a menu where
participants find their pages first (issue 29)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from lxml import html as lxml_html

from kunskapsbank.kallor.kallhanvisningar import KALLISTA, forsta_siffra, las_kallistan
from kunskapsbank.kallor.kallorna import las
from kunskapsbank.kallor.sidhuvud import granska_fil
from kunskapsbank.kontroller import kallkontroll
from kunskapsbank.grund.markdownkalla import brodtextens_start
from verktyg import ROT, kopiera_projekt

DOCS = ROT / "docs"


def _svenska_sidor() -> dict[str, Path]:
    return {src: fil for src, fil in las(ROT / "mkdocs.yml").svenska_sidor().items()}


def _sidhuvud(fil: Path):
    sida, fel = granska_fil(fil, str(fil))
    assert not fel, fel
    return sida


def _las_html(site: Path, src: str):
    adress = "index.html" if src == "index.md" else re.sub(r"(index)?\.md$", "", src).rstrip("/") + "/index.html"
    return lxml_html.fromstring((site / adress).read_bytes())


# A handout (role cards, a form to fill in) or a tool in the browser (verktyg: true) that
# states no facts names no source: a source list would print as a page of its own among
# the cards, and a tool has nothing to rest on.
INNEHALL = {src: fil for src, fil in _svenska_sidor().items() if _sidhuvud(fil).lasare != "redaktorer"
            and not ((_sidhuvud(fil).utdelning or _sidhuvud(fil).verktyg) and not _sidhuvud(fil).kallor)}


def test_varje_innehallssida_slutar_med_sina_kallor(webbplats):
    kallista = las_kallistan(DOCS)
    utan = [src for src, fil in INNEHALL.items() if not _sidhuvud(fil).kallor]
    assert not utan, f"Sidor utan kallor: i sidhuvudet: {utan}"
    for src, fil in INNEHALL.items():
        artikel = _las_html(webbplats, src).xpath("//article")[0]
        # A page with a tool of its own (Granska din text) has the tool after its text.
        rubriker = artikel.xpath(".//h2[not(ancestor::section[contains(@class, \"kb-granska\")])]")
        assert rubriker and rubriker[-1].get("id") == "kallor", f"{src}: sista rubriken är inte Källor"
        lista = rubriker[-1].xpath("following-sibling::ul[1]")[0].text_content()
        for nyckel in _sidhuvud(fil).kallor or ():
            assert kallista.kallor[nyckel].titel in lista, (src, nyckel)


def test_sidan_kallor_visar_varje_kalla_med_sidorna_som_bygger_pa_den(webbplats):
    kallista = las_kallistan(DOCS)
    sida = _las_html(webbplats, "kallor/index.md")
    for nyckel, kalla in kallista.kallor.items():
        avsnitt = sida.xpath(f'//h2[@id="{nyckel}"]')
        assert avsnitt, nyckel
        assert kalla.titel in avsnitt[0].text_content()
        if kalla.adress:
            assert sida.xpath(f'//a[@href="{kalla.adress}"]'), nyckel
    # Every page that names a source is linked under it (the start page only introduces).
    for src, fil in INNEHALL.items():
        if src == "index.md":
            continue
        for nyckel in _sidhuvud(fil).kallor or ():
            lankar = sida.xpath(f'//h2[@id="{nyckel}"]/following-sibling::ul[1]//a/@href')
            mal = "../" + re.sub(r"(index)?\.md$", "", src)
            assert mal in lankar or mal.rstrip("/") + "/" in lankar, (nyckel, src, lankar)


def test_en_siffra_utan_kalla_ger_en_varning_pa_sin_rad(tmp_path):
    projekt = kopiera_projekt(tmp_path / "p")
    fil = projekt / "docs/vta/metodbok/2-studien.md"
    text = re.sub(r"^kallor: .*\n", "", fil.read_text(encoding="utf-8"), flags=re.M)
    fil.write_text(text, encoding="utf-8")
    rad, siffra = forsta_siffra(text)
    utfall = kallkontroll.granska(las(projekt / "mkdocs.yml"))
    assert not utfall.fel
    varningar = [v for v in utfall.varningar if "ingen källa" in v]
    assert varningar == [f"docs/vta/metodbok/2-studien.md:{rad}: Sidan anger en siffra ({siffra}) men ingen "
                         "källa. Åtgärd: Skriv i sidhuvudet vilken källa siffran kommer från, till exempel "
                         f"kallor: [slutrapport]. Källorna står i docs/{KALLISTA}."]
    assert text.split("\n")[rad - 1].count(siffra.split()[0])


@pytest.mark.parametrize("rad, vantat", [
    ("Studien följde 4 000 personer.", "4 000"), ("Hela 32 % fick jobb.", "32 %"),
    ("213 av 299 klarade testet.", "213 av 299"), ("BIP kom till Sverige 2019.", "2019"),
    ("Klockan 9.30 börjar vi.", None), ("Se lag (2018:1937) om tillgänglighet.", None),
    ("Punkt 3 av modellen.", None), ("[Läs mer](../2019-rapport.md)", None),
])
def test_vad_som_raknas_som_en_siffra(rad, vantat):
    hittad = forsta_siffra(f"---\ntitle: X\n---\n\n{rad}\n")
    assert (hittad[1] if hittad else None) == vantat


def test_en_siffra_i_utbildarens_anteckning_eller_i_kod_behover_ingen_kalla():
    assert forsta_siffra("# X\n\n!!! utbildare\n    32 % svarade.\n\n```\n4 000\n```\n") is None


def test_en_kalla_som_inte_finns_stoppar_med_rad_och_forslag(tmp_path):
    projekt = kopiera_projekt(tmp_path / "p")
    fil = projekt / "docs/vta/modellen/2-avtal.md"
    fil.write_text(fil.read_text(encoding="utf-8").replace("kallor: [inkluderingslyftet]",
                                                            "kallor: [inkluderingslyft]"), encoding="utf-8")
    rad = fil.read_text(encoding="utf-8").split("\n").index("kallor: [inkluderingslyft]") + 1
    fel = [str(f) for f in kallkontroll.granska(las(projekt / "mkdocs.yml")).fel]
    assert len(fel) == 1 and fel[0].startswith(f"docs/vta/modellen/2-avtal.md:{rad}")
    assert "Källan 'inkluderingslyft' finns inte" in fel[0] and "Menade du 'inkluderingslyftet'?" in fel[0]


def test_en_trasig_kallista_stoppar_med_rad(tmp_path):
    projekt = kopiera_projekt(tmp_path / "p")
    lista = projekt / "docs" / KALLISTA
    lista.write_text(lista.read_text(encoding="utf-8").replace(
        "  adress: https://vaeksthusets-kompetencecenter.dk/sv/forskning/",
        "  adress: vaeksthusets-kompetencecenter.dk"), encoding="utf-8")
    rad = lista.read_text(encoding="utf-8").split("\n").index("  adress: vaeksthusets-kompetencecenter.dk") + 1
    rader: list[str] = []
    assert kallkontroll.kor(projekt / "mkdocs.yml", skriv=rader.append) == 1
    assert rader[0].startswith(f"FEL: docs/{KALLISTA}:{rad}"), rader


# ---------------------------------------------------------------- made-up examples ----

def test_varje_pahittat_exempel_har_samma_etikett_och_ingen_sida_sager_det_med_egna_ord(webbplats):
    rutor = 0
    for src in _svenska_sidor():
        sida = _las_html(webbplats, src)
        for ruta in sida.xpath('//*[contains(concat(" ", @class, " "), " pahittat ")]'):
            titel = ruta.xpath('./p[contains(@class, "admonition-title")] | ./summary')[0].text_content()
            assert re.fullmatch(r"Påhittat exempel(: .+)?", titel.strip()), (src, titel)
            rutor += 1
        text = " ".join(sida.xpath("//article")[0].itertext())
        assert not re.search(r"Exemplet är påhittat", text), src
    assert rutor >= 20


def test_en_engelsk_sida_far_etiketten_pa_engelska(tmp_path):
    from verktyg import bygg
    projekt = kopiera_projekt(tmp_path / "p")
    (projekt / "docs/bip/teman/tilltro.en.md").write_text(
        "---\ntitle: Belief\n---\n\n# Belief\n\n!!! pahittat \"Lena\"\n    Lena is 52.\n", encoding="utf-8")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    en = lxml_html.fromstring((tmp_path / "site/en/bip/teman/tilltro/index.html").read_bytes())
    assert [t.text_content() for t in en.xpath('//div[contains(@class,"pahittat")]/p[1]')] == ["Made-up example: Lena"]
    sv = lxml_html.fromstring((tmp_path / "site/bip/teman/tilltro/index.html").read_bytes())
    assert [t.text_content() for t in sv.xpath('//div[contains(@class,"pahittat")]/p[1]')] == ["Påhittat exempel"]


# ---------------------------------------------------------------- the cast list -------

PERSONER = yaml.safe_load((DOCS / "_data/personer.yml").read_text(encoding="utf-8"))


def _brodtext(fil: Path) -> str:
    rader = fil.read_text(encoding="utf-8").split("\n")
    return "\n".join(rader[brodtextens_start(rader):])


def test_ett_namn_ar_en_person_med_en_alder_och_en_roll():
    namn = [p["namn"] for p in PERSONER]
    assert len(namn) == len(set(namn)), sorted(n for n in namn if namn.count(n) > 1)


@pytest.mark.parametrize("person", PERSONER, ids=lambda p: p["namn"])
def test_personen_finns_pa_sina_sidor_och_har_samma_alder_overallt(person):
    monster = re.compile(rf"\b{re.escape(person['namn'])}\b")
    sidor = {src for src, fil in _svenska_sidor().items() if monster.search(_brodtext(fil))}
    assert sidor == set(person["sidor"]), f"{person['namn']} står på {sorted(sidor)}"
    # A translation names the same people as its Swedish page.
    for fil in DOCS.rglob("*.en.md"):
        if monster.search(_brodtext(fil)):
            svensk = fil.relative_to(DOCS).as_posix().removesuffix(".en.md") + ".md"
            assert svensk in sidor, f"{person['namn']} står på {fil.relative_to(DOCS)} men inte på {svensk}"
    for src in sidor:
        text = _brodtext(DOCS / src)
        for alder in re.findall(rf"\b{re.escape(person['namn'])}(?:,| är| som är| \()\s*(\d+)\s*år", text):
            assert int(alder) == person.get("alder"), (src, person["namn"], alder)


# ---------------------------------------------------------------- the menu ------------

def test_menyn_har_kursdeltagarnas_sidor_for_sig():
    assert kallkontroll.granska(las(ROT / "mkdocs.yml")).fel == []


def test_en_sida_i_fel_del_av_menyn_stoppar_med_rad_i_mkdocs_yml(tmp_path):
    projekt = kopiera_projekt(tmp_path / "p")
    config = projekt / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("  - Ordlista: ordlista.md\n", "")
    text = text.replace("      - Egen version: eget-forbund.md\n",
                        "      - Egen version: eget-forbund.md\n  - Ordlista: ordlista.md\n")
    text = text.replace("      - granskaren/index.md\n", "", 1)
    text = text.replace("  - Källor: kallor/index.md\n", "  - Källor: kallor/index.md\n  - granskaren/index.md\n")
    config.write_text(text, encoding="utf-8")
    rader = text.split("\n")
    fel = [str(f) for f in kallkontroll.granska(las(config)).fel]
    assert fel == [
        f"mkdocs.yml:{rader.index('  - granskaren/index.md') + 1}: Sidan granskaren/index.md är för redaktörer, "
        "men den står utanför avsnittet För utbildare och redaktörer i menyn. Så rättar du: Flytta raden in "
        "under För utbildare och redaktörer, så att kursdeltagarna har sina sidor för sig. Är sidan för "
        "kursdeltagare, ta bort lasare: ur sidans sidhuvud.",
        f"mkdocs.yml:{rader.index('  - Ordlista: ordlista.md') + 1}: Sidan ordlista.md är för kursdeltagare, men "
        "den står bland eller efter verktygen för utbildare och redaktörer (För utbildare och redaktörer). Så "
        "rättar du: Flytta raden upp, före avsnittet För utbildare och redaktörer. Är sidan för utbildare, "
        "skriv lasare: utbildare i sidans sidhuvud."]


def test_deltagarnas_hafte_har_inga_sidor_for_utbildare_eller_redaktorer():
    lasare = {src: (_sidhuvud(fil).lasare or "deltagare") for src, fil in _svenska_sidor().items()}
    config = yaml.safe_load(re.sub(r"!!python\S*|!ENV", "", (ROT / "mkdocs.yml").read_text(encoding="utf-8")))
    from kunskapsbank.haften.definitioner import las_definitioner
    for hafte in las_definitioner(config["extra"]["haften"]):      # a kit's participant booklet too
        if hafte.malgrupp != "deltagare":
            continue
        for post in hafte.sidor:
            sidor = [s for s in lasare if s == post or (post.endswith("/") and s.startswith(post))]
            assert sidor and all(lasare[s] == "deltagare" for s in sidor), (hafte.id, post)


# ---------------------------------------------------------------- {{ repo }} ----------

def test_vagledningen_visar_adressen_till_repot_ur_installningarna(webbplats):
    from kunskapsbank.forbund.identitet import las_identitet
    redigera = las_identitet(DOCS).redigera
    repo = redigera.split("/edit/")[0]
    text = _las_html(webbplats, "eget-forbund.md").xpath("//article")[0].text_content()
    assert "{{" not in text and text.count(repo) >= 3
    assert f"git remote add upstream {repo}" in " ".join(text.split())


def test_ett_okant_varde_stoppar_med_rad(tmp_path):
    projekt = kopiera_projekt(tmp_path / "p")
    fil = projekt / "docs/eget-forbund.md"
    text = fil.read_text(encoding="utf-8").replace("{{ repo }}", "{{ rpo }}", 1)
    fil.write_text(text, encoding="utf-8")
    rad = next(i for i, r in enumerate(text.split("\n"), 1) if "{{ rpo }}" in r)
    fel = [str(f) for f in kallkontroll.granska(las(projekt / "mkdocs.yml")).fel]
    assert len(fel) == 1 and fel[0].startswith(f"docs/eget-forbund.md:{rad}:"), fel
    assert "{{ rpo }} är inget värde som bygget känner till" in fel[0]
