"""Course-day kits (issue 26): a material list a trainer can act on, every case on some
agenda, handouts that print as cards, the participant's page before a session, course
evaluations as data, and a kit of PDFs per session with no trainer note in the
participants' kit."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from kunskapsbank.haften.definitioner import las_definitioner, lankar_per_sida
from kunskapsbank.kallor.kallorna import las
from kunskapsbank.kallor.sidhuvud import Materialkalla, granska_fil, granska_sidhuvud
from kunskapsbank.kallor.utvardering import las_utvarderingar
from kunskapsbank.kontroller import kallkontroll
from verktyg import ROT, bygg, kopiera_projekt

HEMLIGT = "Hemligheten om kortet nummer sju"


def _fel(front: str, fil: str = "docs/bip/kurser/x.md") -> list:
    return granska_sidhuvud(f"---\n{front}\n---\n\n# Rubrik\n\nText.\n", fil)[1] or []


TILLFALLE = "title: T\nkurstillfalle: true\nmalgrupp: Alla\ntid: En dag\nmal: [Kunna något]\n"


def test_material_utan_lank_eller_kalla_stoppar_med_fil_och_rad():
    fel = _fel(TILLFALLE + "material:\n  - \"[Lathunden](../../lathund/introducera-bip.md)\"\n  - Manualen\n")
    assert len(fel) == 1 and fel[0].rad == 9 and fel[0].fil == "docs/bip/kurser/x.md"
    assert "Manualen" in fel[0].meddelande and "ingen länk" in fel[0].meddelande
    assert "kalla" in fel[0].atgard


def test_material_med_namngiven_kalla_godtas_och_felstavad_nyckel_far_forslag():
    sida, fel = granska_sidhuvud("---\n" + TILLFALLE + "material:\n  - namn: Manualen\n"
                                 "    kalla: Från Væksthuset genom NNS.\n---\n\n# T\n", "docs/x.md")
    assert not fel and isinstance(sida.material[0], Materialkalla)
    fel = _fel(TILLFALLE + "material:\n  - namn: Manualen\n    kallan: NNS\n")
    assert [(f.rad, "Menade du 'kalla'" in f.meddelande) for f in fel] == [(9, True)]
    fel = _fel(TILLFALLE + "material:\n  - namn: Filmen\n    kalla: SCÖ\n    lank: sco.se\n")
    assert fel[0].rad == 10 and "https://" in fel[0].meddelande


def test_en_ovning_far_ha_material_utan_lank():
    front = ("title: T\novning: true\nsyfte: Öva\ntid: 30 minuter\ngruppstorlek: 3 personer\n"
             "material:\n  - Papper och penna\n")
    assert not _fel(front)


def test_inforsidan_kraver_mal_och_forberedelser_och_visar_summan():
    assert "forbered" in _fel("title: T\ninfor: bip/kurser/bip1-heldag.md\nefter_dagen: [göra x]\n")[0].meddelande
    assert "infor" in _fel("title: T\nforbered:\n  - gora: Läs\n    minuter: 5\n")[0].atgard
    sida, _ = granska_sidhuvud("---\ntitle: T\ninfor: bip/kurser/bip1-heldag.md\nefter_dagen: [förklara BIP.]\n"
                               "forbered:\n  - gora: Läs sidan.\n    minuter: 10\n  - gora: Tänk.\n"
                               "    minuter: 5\n---\n\n# T\n", "docs/infor/x.md")
    from kunskapsbank.sidor.kurssidor import infor
    text = infor(sida)
    assert "## Efter dagen kan du" in text and "- förklara BIP." in text
    assert "**15 minuter**" in text


def test_utvarderingarna_ar_data_med_rad_for_ett_fel(tmp_path):
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data/utvardering.yml").write_text(
        "bip1:\n  kurs: BIP 1\n  fragor:\n    - id: nytta\n      fraga: Gav kursen något?\n"
        "      typ: skala\n      alternativ: [Ja]\n", encoding="utf-8")
    with pytest.raises(Exception) as fel:
        las_utvarderingar(tmp_path)
    assert getattr(fel.value, "rad", None) in (6, 7) and "två alternativ" in str(fel.value)


def test_ett_kit_blir_tva_haften_som_bara_visas_pa_kurstillfallet():
    haften = las_definitioner([{"id": "kit-x", "titel": "X", "kurstillfalle": "bip/kurser/x.md",
                                "sidor": ["ovningar/a.md"], "utbildare": ["utdelning/b.md"]}])
    assert [(h.id, h.malgrupp, h.sidor) for h in haften] == [
        ("kit-x-deltagare", "deltagare", ["ovningar/a.md"]),
        ("kit-x-utbildare", "utbildare", ["bip/kurser/x.md", "ovningar/a.md", "utdelning/b.md"])]
    lankar = lankar_per_sida(haften, ["bip/kurser/x.md", "ovningar/a.md", "utdelning/b.md"])
    assert [l["id"] for l in lankar["bip/kurser/x.md"]] == ["kit-x-deltagare", "kit-x-utbildare"]
    assert "ovningar/a.md" not in lankar and "utdelning/b.md" not in lankar


@pytest.fixture(scope="module")
def kitbygge(tmp_path_factory):
    """The real project with one more handout, an evaluation and a kit, built with booklets."""
    projekt = kopiera_projekt(tmp_path_factory.mktemp("kit") / "projekt")
    docs = projekt / "docs"
    (docs / "utdelning").mkdir(exist_ok=True)
    (docs / "utdelning/provkort.md").write_text(f"""---
title: Provkort
lattlast: lattlast
utdelning: true
per_sida: 2
granskad: 2026-12-07
kallor: [slutrapport]
---

# Provkort

Klipp ut korten.

## Första kortet

Du spelar en person som söker arbete.

!!! utbildare "Utbildarens anteckningar"
    {HEMLIGT} ska aldrig stå i kursdeltagarnas kit.

```text
## Ingen rubrik, bara kod
```

## Andra kortet

Du spelar handläggaren.

## Tredje kortet

Du lyssnar.
""", encoding="utf-8")
    (docs / "utdelning/provutvardering.md").write_text("""---
title: Provutvärdering
utdelning: true
utvardering: prov
granskad: 2026-12-07
kallor: [slutrapport]
---

# Provutvärdering

Svara på frågorna.
""", encoding="utf-8")
    data = docs / "_data/utvardering.yml"
    tidigare = data.read_text(encoding="utf-8") if data.is_file() else ""
    data.write_text(tidigare + """
prov:
  kurs: Provkursen
  fragor:
    - id: nytta
      fraga: Har kursen gett dig något i ditt arbete?
      typ: skala
      alternativ: [I hög grad, I viss grad, Inte alls]
    - id: basta
      fraga: Vad var bäst?
      typ: fritext
""", encoding="utf-8")
    config = projekt / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("  - Lathund:\n", "  - Prov:\n      - utdelning/provkort.md\n"
                        "      - utdelning/provutvardering.md\n  - Lathund:\n", 1)
    # Only the kit under test: the site's own 40 booklets are tested on the real build.
    text = re.sub(r"\n  haften:\n(?:    .*\n|\s*#.*\n|\s*\n)*", "\n  haften:\n", text, count=1)
    text = text.replace("  haften:\n", """  haften:
    - id: kit-prov
      titel: Provkitet
      modul: bip
      kurstillfalle: bip/kurser/bip1-heldag.md
      sidor: [utdelning/provkort.md, utdelning/provutvardering.md]
""", 1)
    config.write_text(text, encoding="utf-8")
    resultat = bygg(config, projekt / "site", env={"KB_HAFTEN": "pa"})
    assert resultat.returncode == 0, resultat.stdout[-3000:] + resultat.stderr[-3000:]
    return projekt / "site"


def _pdftext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.xdist_group("kitbygge")    # one build for the four
def test_utdelningsbladets_kort_blir_egna_avsnitt_och_kod_blir_inget_kort(kitbygge):
    dom = lxml_html.fromstring((kitbygge / "utdelning/provkort/index.html").read_bytes())
    kort = dom.xpath('//section[contains(@class, "kb-kort")]')
    assert [k.xpath("./h2")[0].text_content().rstrip("¶") for k in kort] == \
        ["Första kortet", "Andra kortet", "Tredje kortet"]
    assert all("kb-kort--halv" in k.get("class") for k in kort)
    assert "## Ingen rubrik, bara kod" in kort[0].text_content()


@pytest.mark.xdist_group("kitbygge")    # one build for the four
def test_kitet_for_deltagare_har_korten_men_ingen_anteckning(kitbygge):
    deltagare = _pdftext(kitbygge / "haften/kit-prov-deltagare.pdf")
    utbildare = _pdftext(kitbygge / "haften/kit-prov-utbildare.pdf")
    for text in (deltagare, utbildare):
        assert "Första kortet" in text and "Tredje kortet" in text and "Klipp här" in text
        assert "Vad var bäst?" in text          # the evaluation form
        assert "Frågorna som text" not in text  # the list for survey tools stays on the web
    assert HEMLIGT not in deltagare
    assert HEMLIGT in utbildare and "Heldagsutbildning" in utbildare   # the session page itself
    sida = (kitbygge / "bip/kurser/bip1-heldag/index.html").read_text(encoding="utf-8")
    assert "kit-prov-deltagare.pdf" in sida and "kit-prov-utbildare.pdf" in sida
    assert "kit-prov" not in (kitbygge / "utdelning/provkort/index.html").read_text(encoding="utf-8")


@pytest.mark.xdist_group("kitbygge")    # one build for the four
def test_kitet_ar_taggat_som_haftena(kitbygge):
    for namn in ("kit-prov-deltagare.pdf", "kit-prov-utbildare.pdf"):
        info = subprocess.run(["pdfinfo", str(kitbygge / "haften" / namn)], capture_output=True,
                              text=True, check=True).stdout
        assert re.search(r"Tagged:\s+yes", info), namn


@pytest.mark.xdist_group("kitbygge")    # one build for the four
def test_utvarderingen_visar_varje_fraga_och_listan_att_kopiera(kitbygge):
    dom = lxml_html.fromstring((kitbygge / "utdelning/provutvardering/index.html").read_bytes())
    form = dom.xpath('//form[contains(@class, "kb-utvardering")]')[0]
    assert [l.text_content() for l in form.xpath(".//legend")] == ["1. Har kursen gett dig något i ditt arbete?"]
    assert len(form.xpath('.//input[@name="utv-nytta"]')) == 3
    assert form.xpath('.//label[contains(., "2. Vad var bäst?")]/textarea[@name="utv-basta"]')
    kopia = dom.xpath('//div[@class="kb-kopiera"]//code')[0].text_content()
    assert kopia.splitlines() == ["1. Har kursen gett dig något i ditt arbete? (I hög grad / I viss grad / Inte alls)",
                                  "2. Vad var bäst? (fritext)"]
def test_varje_kurstillfalles_material_ar_en_lank_eller_en_namngiven_kalla(webbplats):
    sidor = las(ROT / "mkdocs.yml").svenska_sidor()
    tillfallen = 0
    for src, fil in sidor.items():
        sida, fel = granska_fil(fil, src)
        if not (sida and sida.kurstillfalle):
            continue
        tillfallen += 1
        adress = webbplats / re.sub(r"(index)?\.md$", "", src).rstrip("/") / "index.html"
        dom = lxml_html.fromstring(adress.read_bytes())
        poster = dom.xpath('//aside[contains(@class, "kb-sammanfattning")]//dt[.="Material"]'
                           '/following-sibling::dd[1]//li')
        assert len(poster) == len(sida.material), src
        for post in poster:
            assert post.xpath(".//a[@href]") or post.xpath('.//*[@class="kb-materialkalla"]'), \
                f"{src}: materialet '{post.text_content().strip()}' har ingen länk och ingen källa"
    assert tillfallen >= 17


def test_bygget_hittar_inga_ovningar_som_inget_kurstillfalle_anvander():
    utfall = kallkontroll.granska(las(ROT / "mkdocs.yml"))
    assert not utfall.fel
    oanvanda = [v for v in utfall.varningar if "Inget kurstillfälle använder" in v]
    assert not oanvanda, "\n".join(oanvanda)




def _tillfallen() -> dict[str, tuple]:
    ut = {}
    for src, fil in las(ROT / "mkdocs.yml").svenska_sidor().items():
        sida, _ = granska_fil(fil, src)
        if sida and sida.kurstillfalle:
            ut[src] = (sida, fil.read_text(encoding="utf-8"))
    return ut


def _avsnitt(text: str, rubrik: str) -> str | None:
    m = re.search(rf"^## {re.escape(rubrik)}\s*$(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    return m.group(1) if m else None


def test_varje_kurstillfalle_har_dagordning_med_tider_manus_och_utskick():
    for src, (sida, text) in _tillfallen().items():
        dagordning = _avsnitt(text, "Dagordning")
        assert dagordning, f"{src}: ## Dagordning saknas"
        tider = re.findall(r"^\|\s*(\d{1,2})[.:](\d{2})\s*[–-]\s*(\d{1,2})[.:](\d{2})", dagordning, re.MULTILINE)
        assert len(tider) >= 3, f"{src}: dagordningen har inga klockslag"
        for a, b, c, d in tider:
            assert int(c) * 60 + int(d) > int(a) * 60 + int(b), f"{src}: {a}.{b}–{c}.{d} slutar före start"
        assert _avsnitt(text, "Skicka till kursdeltagarna"), f"{src}: ## Skicka till kursdeltagarna saknas"
        manus = text.split('!!! utbildare "Manus för dagen"', 1)
        assert len(manus) == 2, f"{src}: rutan Manus för dagen saknas"
        rader = manus[1].split("\n")[1:]
        slut = next((i for i, r in enumerate(rader) if r.strip() and not r.startswith("    ")), len(rader))
        block = "\n".join(rader[:slut])
        for etikett in ("Säg", "Fråga", "Lyssna efter", "Så avslutar du"):
            assert re.search(rf"\*\*{etikett}\b", block), f"{src}: manuset saknar **{etikett}**"


OVNINGSORD = re.compile(r"rollspel|\bfall\b|fallet|övning|arbetsblad", re.IGNORECASE)


def test_varje_ovningspunkt_pa_dagordningen_lankar_sitt_fall_eller_blad():
    for src, (_, text) in _tillfallen().items():
        for rad in (_avsnitt(text, "Dagordning") or "").splitlines():
            celler = [c.strip() for c in rad.strip().strip("|").split("|")]
            if len(celler) < 3 or not re.match(r"\d", celler[0]):
                continue
            if OVNINGSORD.search(celler[1] + " " + celler[2]):
                assert re.search(r"\]\((?:\.\./)*(?:ovningar|utdelning)/", celler[1]), \
                    f"{src}: '{celler[1]}' är en övning utan länk till fall eller blad"


def test_varje_kurstillfalle_har_en_inforsida_och_ett_kit():
    import yaml
    from kunskapsbank.haften.definitioner import las_definitioner
    infor = {}
    for src, fil in las(ROT / "mkdocs.yml").svenska_sidor().items():
        sida, _ = granska_fil(fil, src)
        if sida and sida.infor:
            infor[sida.infor] = src
            assert sida.lattlast == "lattlast" and sida.efter_dagen and sida.forbered, src
    config = yaml.safe_load(re.sub(r"!!python\S*|!ENV", "", (ROT / "mkdocs.yml").read_text(encoding="utf-8")))
    kit = {h["kurstillfalle"]: h for h in config["extra"]["haften"] if "kurstillfalle" in h}
    for src in _tillfallen():
        assert src in infor, f"{src}: ingen sida i docs/infor/ har infor: {src}"
        assert src in kit, f"{src}: inget kit under extra.haften"
        assert infor[src] in kit[src]["sidor"], f"{src}: kursdeltagarnas kit saknar {infor[src]}"
        assert infor[src] in kit[src].get("lankas_fran", []), f"{src}: {infor[src]} länkar inte kitet"


def test_rollspelet_har_samma_tid_overallt_och_kort_for_varje_roll():
    rollspel = (ROT / "docs/ovningar/bip-rollspel.md").read_text(encoding="utf-8")
    assert re.search(r'^tid: "?90 minuter', rollspel, re.MULTILINE)
    heldag = _avsnitt((ROT / "docs/bip/kurser/bip1-heldag.md").read_text(encoding="utf-8"), "Dagordning")
    minuter = 0
    # The rounds: the rows that link the exercise and name a round (omgång).
    for a, b, c, d in re.findall(r"^\|\s*(\d{1,2})[.:](\d{2})\s*[–-]\s*(\d{1,2})[.:](\d{2})\s*\|"
                                 r"[^|\n]*bip-rollspel[^|\n]*omgång", heldag, re.MULTILINE):
        minuter += (int(c) * 60 + int(d)) - (int(a) * 60 + int(b))
    assert minuter == 90, f"heldagens rollspel är {minuter} minuter, övningen säger 90"
    kort = (ROT / "docs/utdelning/rollkort-rollspelet.md").read_text(encoding="utf-8")
    rubriker = re.findall(r"^## (.*)$", kort, re.MULTILINE)
    for roll in ("Kim", "Omar", "Observatör"):
        assert any(roll.lower() in r.lower() for r in rubriker), f"rollkort saknas för {roll}"


def test_bygget_varnar_for_en_ruta_som_upprepar_rubriken_och_kallan_har_ingen():
    from kunskapsbank.kontroller.rutor import upprepade_rubriker
    rader = ["# Sida", "", "## Frågor att fundera på", "", '!!! question "Frågor att fundera på"',
             "    - Vad tror du?", "", "```", "## Ett exempel", '!!! note "Ett exempel"', "```"]
    varningar = upprepade_rubriker(rader, "docs/x.md")
    assert len(varningar) == 1 and varningar[0].startswith("docs/x.md:5:") and '!!! question ""' in varningar[0]
    utfall = kallkontroll.granska(las(ROT / "mkdocs.yml"))
    assert not [v for v in utfall.varningar if "upprepar rubriken" in v]
