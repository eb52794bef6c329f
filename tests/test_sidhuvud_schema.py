"""The front-matter schema: the mistakes trainers make in the YAML at the top of a page,
each as a mutation of a copy of a real page, must stop with a Swedish message at the
file, line and column of the mistake, with how to fix it."""

from __future__ import annotations

import re

import pytest

from kunskapsbank.sidor import kurssidor
from kunskapsbank.lattlast import granska_text
from kunskapsbank.kallor.sidhuvud import granska_sidhuvud, las_sidhuvud
from verktyg import ROT, WebbServer, andra_config, bygg, kopiera_projekt

TEST = "docs/vta/kunskapstest.md"
REFLEKTION = "docs/vta/reflektion.md"
HELDAG = "docs/bip/kurser/bip1-heldag.md"
OVNING = "docs/ovningar/bip-ung-kaa.md"


def las(fil: str) -> str:
    return (ROT / fil).read_text(encoding="utf-8")


def andrad(fil: str, fran: str, till: str, antal: int = 1) -> str:
    text = las(fil)
    assert fran in text, f"{fran!r} finns inte längre i {fil}: uppdatera testet"
    return text.replace(fran, till, antal)


def rad_med(text: str, bit: str, nr: int = 1) -> int:
    """The line of the `nr`th line holding `bit`, counted from 1."""
    rader = [i for i, rad in enumerate(text.split("\n"), 1) if bit in rad]
    return rader[nr - 1]


def fel_i(text: str, fil: str) -> list[str]:
    sidhuvud, fel = granska_sidhuvud(text, fil)
    assert sidhuvud is None and fel, "felet upptäcktes inte"
    return [str(f) for f in fel]


def test_riktiga_sidorna_gar_igenom():
    for fil in (TEST, REFLEKTION, HELDAG, OVNING):
        assert granska_sidhuvud(las(fil), fil)[1] == []


# --- A slipped indent merges two list items: the key stands twice -------------------

def test_fraga_med_fel_indrag_slar_ihop_tva_fragor_och_ger_fel_pa_raden():
    text = andrad(TEST, '  - fraga: "Forskare vid', '    fraga: "Forskare vid')
    rad = rad_med(text, 'fraga: "Forskare vid')
    fel = fel_i(text, TEST)
    assert fel[0].startswith(f"{TEST}:{rad}:5: 'fraga' står två gånger på samma nivå "
                             f"(första gången på rad {rad_med(text, 'fraga: ')})")
    assert "Skriv då '- ' framför" in fel[0]


def test_kapitel_med_fel_indrag_i_reflektionen_ger_fel_pa_raden():
    text = andrad(REFLEKTION, '  - kapitel: "2. Studien"', '    kapitel: "2. Studien"')
    rad = rad_med(text, '"2. Studien"')
    assert fel_i(text, REFLEKTION)[0].startswith(f"{REFLEKTION}:{rad}:5: 'kapitel' står två gånger")


def test_punkt_utan_bindestreck_slas_inte_ihop_med_punkten_ovanfor():
    text = andrad(OVNING, "  - Ett stort papper", "    Ett stort papper")
    fel = fel_i(text, OVNING)
    assert fel == [f"{OVNING}:{rad_med(text, 'Ett stort papper')}:5: Raden saknar '- ', så den "
                   "blir en del av punkten ovanför. Så rättar du: Är det en ny punkt, skriv '- ' "
                   "först, med samma indrag som de andra punkterna. Är det samma text som "
                   "fortsätter, sätt hela punkten inom citattecken."]


# --- Types are strict ------------------------------------------------------------------

def test_kolon_i_listpunkt_ger_fel_med_citattecken_som_atgard():
    text = andrad(HELDAG, "  - Kursdeltagarna kan använda verktyget",
                  "  - Efter dagen: kursdeltagarna kan använda verktyget")
    fel = fel_i(text, HELDAG)
    assert fel == [f"{HELDAG}:{rad_med(text, 'Efter dagen')}:5: Punkt 1 under 'mal' ska vara en "
                   "text, men ett kolon följt av mellanslag gjorde den till nyckel och värde. "
                   "Så rättar du: Sätt texten inom citattecken, till exempel: \"Efter dagen: "
                   "deltagarna kan ...\"."]


def test_ratt_true_ar_ingen_text():
    text = andrad(TEST, '    ratt: "27"\n', "    ratt: true\n")
    assert fel_i(text, TEST) == [
        f"{TEST}:{rad_med(text, 'ratt: true')}:11: 'ratt' ska vara det rätta "
        "alternativets text, inte true eller false. Så rättar du: Skriv texten precis som i listan, "
        "inom citattecken."]


def test_ratt_som_nummer_ger_fel_med_texten_att_skriva():
    """A position points at another answer when an alternative above it is removed, so the
    right answer is named by its text; the message gives the text to write."""
    text = andrad(TEST, '    ratt: "27"\n', "    ratt: 2\n")
    assert fel_i(text, TEST) == [f"{TEST}:{rad_med(text, 'ratt: 2')}:11: 'ratt' är numret 2. Ett nummer "
                                 "pekar på ett annat svar om någon tar bort eller flyttar ett alternativ. "
                                 "Så rättar du: Skriv det rätta alternativets text, precis som i listan: "
                                 "ratt: \"27\"."]


def test_borttaget_alternativ_flyttar_inte_ratt_svar():
    """Deleting an alternative above the right one leaves the answer key right, and
    deleting the right one itself stops the build at 'ratt'."""
    from kunskapsbank.kallor.sidhuvud import las_sidhuvud
    text = andrad(TEST, '      - "12"\n', "")
    fraga = las_sidhuvud(text, TEST).fragor[1]
    assert fraga.ratt == "27" and fraga.alternativ[fraga.ratt_nr - 1] == "27"
    utan_ratt = andrad(TEST, '      - "27"\n', "")
    rad = rad_med(utan_ratt, 'ratt: "27')
    assert fel_i(utan_ratt, TEST)[0].startswith(f"{TEST}:{rad}:11: 'ratt' är \"27\"")


def test_samma_alternativ_tva_ganger_ar_fel_pa_sin_rad():
    text = andrad(TEST, '      - "75"\n', '      - "12"\n')
    fel, rad = fel_i(text, TEST), rad_med(text, '- "12', 2)
    assert fel == [f"{TEST}:{rad}:9: Alternativet \"12\" står två gånger (punkt 1 "
                   "och 3). Så rättar du: Ta bort det ena, eller skriv om det så att alternativen skiljer sig åt."]


def test_saknad_ratt_pa_fragans_rad():
    text = andrad(TEST, '    ratt: "27"\n', "")
    fel = fel_i(text, TEST)
    assert fel[0].startswith(f"{TEST}:{rad_med(text, 'fraga: ', 2)}:5: 'ratt' saknas i punkt 2 "
                             "under 'fragor'.")


def test_nio_alternativ_ger_fel_i_stallet_for_traceback():
    nya = "".join(f'      - "{n}"\n' for n in range(5, 10))
    text = andrad(TEST, '      - "299"\n', '      - "299"\n' + nya)
    rad = rad_med(text, '- "9"')
    assert fel_i(text, TEST) == [f"{TEST}:{rad}:9: Frågan har 9 alternativ, men "
                   "bokstäverna A–H räcker bara till 8. Så rättar du: Ta bort alternativ så att "
                   "det blir högst 8."]


def test_godkant_over_antalet_fragor():
    text = andrad(TEST, "godkant: 8", "godkant: 12")
    assert fel_i(text, TEST)[0].startswith(f"{TEST}:{rad_med(text, 'godkant: 12')}:10: 'godkant' är 12, men testet har bara 11")


def test_text_som_yaml_laser_som_tal():
    text = andrad(OVNING, 'tid: "45 minuter"', "tid: 45")
    assert fel_i(text, OVNING) == [f"{OVNING}:{rad_med(text, 'tid: 45')}:6: 'tid' ska vara en "
                                   "text, men YAML läser '45' som ett tal. Så rättar du: Sätt "
                                   "värdet inom citattecken, till exempel \"45\"."]


# --- Unknown keys ----------------------------------------------------------------------

def test_felstavad_nyckel_foreslar_ratt_stavning():
    text = andrad(HELDAG, "kurstillfalle: true", "kurstilfalle: true")
    assert fel_i(text, HELDAG) == [
        f"{HELDAG}:{rad_med(text, 'kurstilfalle')}:1: Nyckeln 'kurstilfalle' finns inte. Menade du "
        "'kurstillfalle'? Så rättar du: Skriv 'kurstillfalle' i stället för 'kurstilfalle'."]


def test_felstavad_nyckel_i_en_fraga():
    text = andrad(TEST, "    forklaring: \"VTA betyder", "    forklarig: \"VTA betyder")
    fel = fel_i(text, TEST)
    assert f"{TEST}:{rad_med(text, 'forklarig')}:5: Nyckeln 'forklarig' finns inte. Menade du " \
           "'forklaring'?" in fel[0]


def test_granskningsfalten_ar_tillatna_och_kontrolleras():
    # The page's own review date moved next to 'ovning', so the expected line stays put.
    def flyttad(till: str) -> str:
        utan = re.sub(r"(?m)^granskad: .*\n", "", las(OVNING), count=1)
        return utan.replace("ovning: true\n", till, 1)

    ok = flyttad("ovning: true\ngranskad: 2025-03-01\ngranskas_om: 12 månader\nansvarig: Utbildningsgruppen\n")
    sidhuvud = las_sidhuvud(ok, OVNING)
    assert str(sidhuvud.granskad) == "2025-03-01" and sidhuvud.granskas_om == "12 månader"
    text = flyttad('ovning: true\ngranskad: "1 mars"\n')
    fel = fel_i(text, OVNING)
    assert fel[0].startswith(f"{OVNING}:{rad_med(text, 'granskad: ')}:11: 'granskad' ska vara ett datum, inte '1 mars'.")


# --- What the page says it has ---------------------------------------------------------

def test_forsvunnen_reflektionsfraga_mot_sidans_tjugo_fragor():
    text = las(REFLEKTION)
    start = text.index("      - id: lang-relation")
    slut = text.index("      - id:", start + 1)
    fel = fel_i(text[:start] + text[slut:], REFLEKTION)
    assert fel == [f"{REFLEKTION}:3:14: Sidan säger 'Tjugo egna frågor', men reflektionen har 19 frågor. "
                   "Så rättar du: Har en fråga försvunnit eller slagits ihop med en annan? "
                   "Kontrollera indragen: varje fråga börjar med '- ' på samma indrag som de "
                   "andra. Har antalet ändrats med flit, skriv då 19 i texten."]


def test_forsvunnen_testfraga_mot_sidans_elva_fragor():
    text = las(TEST)
    start = text.index('  - fraga: "Vad hjälper')
    slut = text.index("  - fraga:", start + 1)
    text = text[:start] + text[slut:]
    fel = fel_i(text, TEST)
    assert [f.split(" Så rättar")[0] for f in fel] == [
        f"{TEST}:3:14: Sidan säger 'Elva egna frågor', men testet har 10 frågor.",
        f"{TEST}:{rad_med(text, 'Testet har 11 frågor')}:12: Sidan säger '11 frågor', men testet "
        "har 10 frågor."]


# --- Reflection answers are stored under an id ------------------------------------------

def test_reflektionsfragornas_id_ar_unika_och_kravs():
    text = andrad(REFLEKTION, "id: lang-relation", "id: kontakt-arbetsgivare")
    assert fel_i(text, REFLEKTION)[0].startswith(
        f"{REFLEKTION}:{rad_med(text, 'id: kontakt-arbetsgivare', 2)}:13: Två reflektionsfrågor "
        "har samma id, 'kontakt-arbetsgivare'.")
    text = andrad(REFLEKTION, "      - id: lang-relation\n        fraga:", "      - fraga:")
    assert fel_i(text, REFLEKTION)[0].startswith(
        f"{REFLEKTION}:{rad_med(text, 'bygga en lång relation')}:9: 'id' saknas i punkt 2 under "
        "'fragor'.")


def test_formularet_bar_fragans_id():
    html = kurssidor.reflektion(las_sidhuvud(las(REFLEKTION), REFLEKTION))
    assert html.count("data-svar=") == 20 and 'data-svar="lang-relation"' in html


# --- A broken quote is reported where it opens --------------------------------------------

@pytest.mark.parametrize("fran, till, kolumn", [
    ("title: Kunskapstest", 'title: "Kunskapstest', 8),
    ('- fraga: "Vad står VTA för?"', '- fraga: "Vad står VTA för?', 12),
    ("title: Kunskapstest", "title: 'Kunskapstest", 8),
])
def test_citattecken_som_inte_stangs_rapporteras_dar_det_borjar(fran, till, kolumn):
    text = andrad(TEST, fran, till)
    rad = rad_med(text, till)
    fel = fel_i(text, TEST)
    assert fel[0].startswith(f"{TEST}:{rad}:{kolumn}: Citattecknet som börjar här stängs")
    # The checker (scripts/lint, the build's report page) names the same line.
    assert [f.line for f in granska_text(text, TEST).fynd if f.rule == "sidhuvud"] == [rad]


def test_lint_visar_schemats_fel(tmp_path, capsys):
    from kunskapsbank.lattlast.cli import main
    fil = tmp_path / "bip1-heldag.md"
    fil.write_text(andrad(HELDAG, "kurstillfalle: true", "kurstilfalle: true"), encoding="utf-8")
    assert main(["--rot", str(ROT), str(fil)]) == 1
    assert ":5:1: sidhuvud: FEL: Nyckeln 'kurstilfalle' finns inte. Menade du 'kurstillfalle'?" \
        in capsys.readouterr().out


@pytest.mark.parametrize("fran, till, bit, kolumn, meddelande", [
    # YAML reads ' #' as the start of a comment: the question would be published cut short.
    ('  - fraga: "Vad står VTA för?"\n', "  - fraga: Vad står punkt #1 i VTA för?\n", "punkt #1", 27,
     "Texten efter # räknas som en kommentar och försvinner: \"#1 i VTA för?\". Kvar blir bara \"Vad står "
     "punkt\". Så rättar du: Sätt hela texten inom citattecken. Ska det vara en kommentar, skriv den på en egen rad."),
    # A right answer no alternative has: the nearest alternative is offered.
    ('    ratt: "27"\n', '    ratt: "28"\n', 'ratt: "28', 11,
     "'ratt' är \"28\", men inget alternativ heter så. Så rättar du: Skriv texten precis som i listan, till "
     "exempel ratt: \"27\"."),
])
def test_fragan_som_andras_utan_ett_ord_ger_fel_pa_sin_rad(fran, till, bit, kolumn, meddelande):
    text = andrad(TEST, fran, till)
    assert fel_i(text, TEST) == [f"{TEST}:{rad_med(text, bit)}:{kolumn}: {meddelande}"]


def test_ett_datum_som_inte_finns_ar_fel_pa_sin_egen_rad():
    text = re.sub(r"^granskad: .*$", "granskad: 2026-13-01", las(REFLEKTION), flags=re.MULTILINE)
    assert fel_i(text, REFLEKTION) == [f"{REFLEKTION}:{rad_med(text, 'granskad:')}:11: '2026-13-01' är inget "
                                       "datum som finns. Så rättar du: Skriv datumet som år-månad-dag, till "
                                       "exempel 2026-03-01."]


def test_granskad_i_framtiden_ar_fel():
    import datetime
    i_morgon = datetime.date.today() + datetime.timedelta(days=1)
    text = re.sub(r"^granskad: .*$", f"granskad: {i_morgon}", las(REFLEKTION), flags=re.MULTILINE)
    assert fel_i(text, REFLEKTION)[0].startswith(f"{REFLEKTION}:{rad_med(text, 'granskad:')}:11: 'granskad' är "
                                                 f"{i_morgon}, en dag som inte har kommit än.")
    i_dag = re.sub(r"^granskad: .*$", f"granskad: {datetime.date.today()}", las(REFLEKTION), flags=re.MULTILINE)
    assert not granska_sidhuvud(i_dag, REFLEKTION)[1]


@pytest.mark.parametrize("andra, rad, borjan", [
    (lambda t: t.replace("\n---\n", "\n\n", 1), 1, "Sidhuvudet börjar med --- men stängs aldrig med en rad ---."),
    (lambda t: "\n" + t, 2, "Sidhuvudet börjar inte på rad 1."),
    (lambda t: t.replace("\n---\n", "\n---\n\n---\ngranskad: 2026-01-10\n---\n", 1), None,
     "Sidan har ett andra sidhuvud (--- ... ---)."),
])
def test_sidhuvud_som_inte_blir_ett_sidhuvud_ar_fel_med_rad(andra, rad, borjan):
    """A front matter block MkDocs would print as text (losing the title and the questions)."""
    text = andra(las(TEST))
    rad = rad or text.split("\n").index("granskad: 2026-01-10")
    fel = fel_i(text, TEST)
    assert fel[0].startswith(f"{TEST}:{rad}: {borjan}"), fel


# --- In the build -----------------------------------------------------------------------------

def test_bygget_stoppar_med_alla_fel_i_sidhuvuden_och_deras_rader(tmp_path):
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    (projekt / "docs/index.md").write_text("# Start\n\nVälkommen.\n", encoding="utf-8")
    test = andrad(TEST, '    ratt: "27"\n', "    ratt: true\n")
    kurs = andrad(HELDAG, "kurstillfalle: true", "kurstilfalle: true")
    (projekt / "docs/vta").mkdir()
    (projekt / "docs/vta/kunskapstest.md").write_text(test, encoding="utf-8")
    (projekt / "docs/bip1-heldag.md").write_text(kurs, encoding="utf-8")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert resultat.returncode != 0
    assert f"{TEST}:{rad_med(test, 'ratt: true')}:11: 'ratt' ska vara det " \
           "rätta alternativets text" in resultat.stderr
    assert "docs/bip1-heldag.md:5:1: Nyckeln 'kurstilfalle' finns inte." in resultat.stderr
    assert "Traceback" not in resultat.stderr


@pytest.mark.browser
def test_reflektionssvar_stannar_hos_sin_fraga_nar_en_fraga_laggs_till_fore(tmp_path, sida):
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    (projekt / "docs/index.md").write_text("# Start\n\nVälkommen.\n", encoding="utf-8")
    # The real page, without its links to chapters that this small copy does not have.
    sida_text = re.sub(r"^    lank: .*\n", "", las(REFLEKTION), flags=re.M)
    sida_text = re.sub(r"\[([^\]]+)\]\([^)]+\.md\)", r"\1", sida_text)
    kalla = projekt / "docs/reflektion.md"
    kalla.write_text(sida_text, encoding="utf-8")
    site = tmp_path / "site"
    resultat = bygg(projekt / "mkdocs.yml", site, env={"KB_HAFTEN": "av"})
    assert resultat.returncode == 0, resultat.stderr
    with WebbServer(site) as server:
        sida.goto(server.url + "reflektion/", wait_until="networkidle")
        # An answer saved by an older version of the page, by position (question 1).
        sida.evaluate("localStorage.setItem('kb-reflektion:/reflektion/:reflektion-1', 'Gammalt svar')")
        ruta = sida.locator('textarea[data-svar="lang-relation"]')
        assert ruta.get_attribute("id") == "reflektion-14"
        ruta.fill("Jag ringer varje månad.")

        # The trainer adds a question first in the same chapter, and the site is rebuilt.
        ny = sida_text.replace(
            "      - id: koordinatorns-kunskap\n",
            "      - id: ny-fraga\n        fraga: \"Vad gör en koordinator en vanlig dag?\"\n"
            "      - id: koordinatorns-kunskap\n", 1).replace("Tjugo egna frågor", "Tjugoen egna frågor")
        kalla.write_text(ny, encoding="utf-8")
        resultat = bygg(projekt / "mkdocs.yml", site, env={"KB_HAFTEN": "av"})
        assert resultat.returncode == 0, resultat.stderr

        sida.goto(server.url + "reflektion/", wait_until="networkidle")
        assert sida.locator("textarea").count() == 21
        ruta = sida.locator('textarea[data-svar="lang-relation"]')
        assert ruta.get_attribute("id") == "reflektion-15"
        assert ruta.input_value() == "Jag ringer varje månad."
        # Position 14 is now another question: it is empty, and so is every other box;
        # the old answer by position is shown under no question.
        assert sida.input_value("#reflektion-14") == ""
        varden = sida.eval_on_selector_all("textarea", "rs => rs.map(r => r.value)")
        assert [v for v in varden if v] == ["Jag ringer varje månad."]
        assert "äldre version" in sida.inner_text(".kb-reflektion__status")
        # It is not lost: it comes with the downloaded answers, named as what it is.
        with sida.expect_download() as nedladdning:
            sida.get_by_role("button", name="Ladda ner svaren som fil").click()
        innehall = open(nedladdning.value.path(), encoding="utf-8").read()
        assert "Fråga 1 i den äldre versionen\nGammalt svar" in innehall

        # The question gets a new id; the page names the old one, and the answer moves.
        kalla.write_text(ny.replace("      - id: lang-relation\n",
                                    "      - id: lang-kontakt\n        tidigare_id: [lang-relation]\n"), encoding="utf-8")
        resultat = bygg(projekt / "mkdocs.yml", site, env={"KB_HAFTEN": "av"})
        assert resultat.returncode == 0, resultat.stderr
        sida.goto(server.url + "reflektion/", wait_until="networkidle")
        assert sida.locator('textarea[data-svar="lang-kontakt"]').input_value() == "Jag ringer varje månad."
        assert sida.evaluate("Object.keys(localStorage).filter(k => k.endsWith(':lang-relation'))") == []
    assert sida.externa == []


# --- The same checks for the booklets, the module parts and the identity file ---------------

def _mkdocs(tmp_path, fran: str, till: str):
    import yaml
    from kunskapsbank.grund.yamlfil import MkdocsLasare, mkdocs_nod
    text = andrad("mkdocs.yml", fran, till)
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    return text, yaml.load(text, Loader=MkdocsLasare)["extra"], mkdocs_nod(tmp_path / "mkdocs.yml", "extra")


def test_hafte_med_felstavad_nyckel_och_fel_typ_pa_raden_i_mkdocs_yml(tmp_path):
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.haften.definitioner import las_definitioner
    text, extra, nod = _mkdocs(tmp_path, "      kompakt: true", "      kompackt: true")
    with pytest.raises(InnehallsFel) as fel:
        las_definitioner(extra["haften"], nod)
    assert str(fel.value).startswith(f"mkdocs.yml:{rad_med(text, 'kompackt')}:7: extra.haften: "
                                     "Nyckeln 'kompackt' finns inte. Menade du 'kompakt'?")
    text, extra, nod = _mkdocs(tmp_path, "      max_sidor: 1", "      max_sidor: true")
    with pytest.raises(InnehallsFel) as fel:
        las_definitioner(extra["haften"], nod)
    assert str(fel.value).startswith(f"mkdocs.yml:{rad_med(text, 'max_sidor: true')}:18: "
                                     "extra.haften: 'max_sidor' i punkt 6 under 'haften' ska vara "
                                     "ett heltal, inte true eller false.")


def test_moduldel_som_byter_namn_ger_fel_dar_den_anvands(tmp_path):
    """The parts of the material are the keys of extra.moduldelar: nothing else lists them.
    A part renamed there is an error where a booklet still names it, at that line."""
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.kallor.installningar import las
    text, extra, nod = _mkdocs(tmp_path, "    vta: [vta/", "    vtaa: [vta/")
    with pytest.raises(InnehallsFel) as fel:
        las(extra, nod)
    assert str(fel.value).startswith(f"mkdocs.yml:{rad_med(text, 'modul: vta')}:14: extra.haften: häftet "
                                     "vta-metodbok hör till delen 'vta', men den delen finns inte under "
                                     "extra.moduldelar. Så rättar du: Skriv en av delarna: bip, vtaa, ovningar")


def test_okand_installning_under_extra_ger_fel_med_forslag(tmp_path):
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.kallor.installningar import las
    text, extra, nod = _mkdocs(tmp_path, "  haften:\n", "  haftn:\n")
    with pytest.raises(InnehallsFel) as fel:
        las(extra, nod)
    assert str(fel.value).startswith(f"mkdocs.yml:{rad_med(text, 'haftn:')}:3: extra.haftn läses inte av något.")
    assert "Menade du 'haften'?" in str(fel.value)


@pytest.mark.parametrize("fran, till, vantat", [
    ("  vta: true", "  vtaa: true", ":9: Delen 'vtaa' finns inte i materialet. Så rättar du: Menade du 'vta'?"),
    ("  vta: true", "  vta: nej", ":8: 'vta' ska vara true eller false, inte 'nej'."),
    ('profilfarg: "#1f4e79"', "profilfarg: #1f4e79",
     ":13: Efter 'profilfarg:' står bara en kommentar, eftersom # börjar en kommentar i YAML. "
     "Så rättar du: Sätt värdet inom citattecken: profilfarg: \"#1f4e79\""),
    ("kortnamn: SF Exempelstad", "kortnamn: SF Exempelstad\nkortnamn: Annat", ":1: 'kortnamn' står två gånger"),
    ("epost: kontakt@exempelstad.example", "epost: kontakt", ":8: 'kontakt' ser inte ut som en e-postadress."),
])
def test_identitetsfilen_ger_fel_pa_raden(tmp_path, fran, till, vantat):
    import shutil
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.forbund.identitet import las_identitet
    docs = tmp_path / "docs"
    shutil.copytree(ROT / "docs/lokalt", docs / "lokalt")
    text = andrad("docs/lokalt/forbund.yml", fran, till)
    (docs / "lokalt/forbund.yml").write_text(text, encoding="utf-8")
    from kunskapsbank.kallor.installningar import modulnamn
    from kunskapsbank.kallor.kallorna import las_config
    with pytest.raises(InnehallsFel) as fel:
        las_identitet(docs, modulnamn(las_config(ROT / "mkdocs.yml")["extra"]))
    rad = rad_med(text, till.split("\n")[-1])
    assert str(fel.value).startswith(f"docs/lokalt/forbund.yml:{rad}{vantat}")


def test_en_ny_del_i_moduldelar_gar_att_stanga_av_utan_andra_listor(tmp_path):
    """The parts of the material come from extra.moduldelar alone: a förbund that adds a
    part there can switch it off in its identity file, and a page can name it."""
    from kunskapsbank.kallor.kallorna import las as las_kallor
    from verktyg import skriv_sida
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    andra_config(projekt / "mkdocs.yml", lambda c: c["extra"]["moduldelar"].update(ips=["ips/"]))
    skriv_sida(projekt / "docs", "ips/index.md", "IPS", "En sida om IPS.", modul="ips")
    skriv_sida(projekt / "docs", "index.md", "Start", "Start.", modul="ips")
    andra_config(projekt / "docs/lokalt/forbund.yml", lambda c: c["moduler"].update(ips=False))
    kallor = las_kallor(projekt / "mkdocs.yml")
    assert "ips" in kallor.installningar.modulnamn
    assert "ips/index.md" in kallor.avstangda and "ips/index.md" not in kallor.sidor
    from kunskapsbank.kallor.sidhuvud import granska_fil
    _, fel = granska_fil(projekt / "docs/index.md", "docs/index.md", ("bip", "vta", "engelska"))
    assert fel and "'modul' är 'ips', men materialet har ingen sådan del." in str(fel[0])


def test_ett_sidhuvud_som_inte_stangs_fore_en_linje_langre_ner_sags_pa_rad_1():
    """Without its closing ---, the front matter runs on to a rule (---) further down,
    with the page's heading and first paragraph inside it: one message at line 1 naming
    the heading's line, not a YAML error in the middle of the text."""
    from kunskapsbank.kallor.sidhuvud import granska_sidhuvud
    text = ("---\ntitle: Sidan\nlattlast: lattlast\n\n# Sidan\n\nHär börjar texten och den\nfortsätter på nästa rad.\n"
            "\n---\n\nMer text.\n")
    fel = granska_sidhuvud(text, "docs/x.md")[1]
    assert [(f.rad, "stängs inte före sidans rubrik på rad 5" in f.meddelande) for f in fel] == [(1, True)]
    assert "före rad 5" in fel[0].atgard
    # A YAML comment in a front matter that is closed is fine.
    assert not granska_sidhuvud("---\ntitle: T\n\n# en kommentar\nlattlast: lattlast\n---\n\n# T\n\nText.\n",
                                "docs/y.md")[1]
