"""Search as a participant uses it: Swedish inflections, compound words both ways,
hyphen variants, typos and English pages, typed into Material's search box in Chromium;
and the index stays away until search is opened."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from verktyg import ROT, kor_sokfragor, sok_i_rutan


@pytest.mark.browser
def test_sokfragorna_hittar_sin_sida(server, sida):
    svar = kor_sokfragor(sida, server.url)
    topp1 = sum(1 for s in svar if s["plats"] == 1) / len(svar)
    topp3 = sum(1 for s in svar if s["plats"] and s["plats"] <= 3) / len(svar)
    missar = [f"{s['fraga']!r} ({s['slag']}): väntade {s['vantade']}, fick {s['traffar']}"
              for s in svar if not s["plats"] or s["plats"] > 3]
    assert len(svar) >= 50
    assert topp3 >= 0.95, "\n".join(missar)
    assert topp1 >= 0.80, [s["fraga"] for s in svar if s["plats"] != 1]
    assert sida.externa == []


@pytest.mark.browser
@pytest.mark.parametrize("fraga, forst", [
    # The page whose title names the subject, before pages that mention it often.
    # "Inför kursdagen" names the course day in its title too: either page may come first.
    ("kursdagen", ("tillganglighet/kursdag/", "infor/")), ("ordlistan", "ordlista/"),
    ("rollspelet", "ovningar/bip-rollspel/"), ("handläggarna", "ovningar/bip-manga-handlaggare/"),
    # A tool for editors (search: boost 0.5) after the participants' page on the subject.
    ("klarspråk", "tillganglighet/skriva-lattlast/"),
    # The title that is the subject ("Jobbfokus") before titles that name it among other
    # words ("Inför BIP fördjupning, dag 2: Jobbfokus").
    ("jobbfokus", "bip/teman/jobbfokus/"),
    # A long page that touches every subject (the knowledge test) after the page about one.
    ("flera insatser samtidigt", "bip/teman/parallellitet/"), ("avtal med arbetsgivare", "vta/modellen/2-avtal/"),
    # A deck repeats its session's page, and comes after it.
    ("återkopplingen", "vta/workshop-1/"),
    # A word the term list tells writers to avoid finds the word the pages use.
    ("jobbcoach", "vta/modellen/1-arbetsgivarkoordinator/"), ("jobbcoachen", "vta/modellen/1-arbetsgivarkoordinator/"),
    # A word only in the pages' descriptions (front matter): the theme's text says "bias".
    ("fördomar", ("bip/teman/jobbfokus/", "bip/likabehandling/")),
    # A word in a page's sokord (front matter), not in its text.
    ("radardiagram", "bip/spindeldiagram/"), ("stuprör", "bip/teman/parallellitet/"),
    ("ergonomi", "vta/modellen/6-anpassningar/"),
])
def test_sidan_om_amnet_kommer_fore_sidor_som_namner_det(server, sida, fraga, forst):
    sida.goto(server.url, wait_until="load")
    traffar = sok_i_rutan(sida, fraga)
    forst = forst if isinstance(forst, tuple) else (forst,)
    for traff in traffar[:len(forst)]:
        assert any(traff.endswith("/" + f) for f in forst), traffar[:3]


@pytest.mark.browser
def test_sokindex_laddas_forst_nar_sokningen_oppnas(server, sida):
    hamtade: list[str] = []
    sida.on("request", lambda r: hamtade.append(r.url))
    sida.goto(server.url + "vta/modellen/2-avtal/", wait_until="networkidle")
    assert not [u for u in hamtade if "sok." in u and u.endswith(".json")]
    assert "/vta/modellen/2-avtal/" in sok_i_rutan(sida, "avtalet")
    assert [u for u in hamtade if u.endswith("/search/sok.sv.json")]


@pytest.mark.browser
def test_engelska_sidor_soker_bara_bland_engelska_sidor(server, sida):
    sida.goto(server.url + "en/", wait_until="load")
    traffar = sok_i_rutan(sida, "BIP")
    assert traffar and all(t.startswith("/en/") for t in traffar), traffar
    sida.goto(server.url, wait_until="load")
    traffar = sok_i_rutan(sida, "BIP")
    assert traffar and not any(t.startswith("/en/") for t in traffar), traffar


def test_sokindexsteget_gar_att_kora_igen_utan_att_nagot_forsvinner(webbplats, tmp_path):
    import shutil
    kopia = tmp_path / "site"
    shutil.copytree(webbplats / "search", kopia / "search")
    fore = (kopia / "search/sok.sv.json").read_bytes()
    resultat = subprocess.run([sys.executable, "-m", "kunskapsbank.sok.sokindex", str(kopia)],
                              capture_output=True, text=True, cwd=ROT / "scripts")
    assert resultat.returncode == 0, resultat.stderr
    assert (kopia / "search/sok.sv.json").read_bytes() == fore
    assert json.loads((kopia / "search/search_index.json").read_text(encoding="utf-8"))["docs"] == []


def liten_webbplats(mapp, sidor):
    """A built site of a few pages, as the index step sees it: the manifest and the search
    plugin's index (one entry per page, and one per heading)."""
    from kunskapsbank import manifest

    manifest.skriv(mapp, manifest.Manifest(sprak="sv", sidor=[
        manifest.Sida(src=url.strip("/") + ".md", url=url, fil=url + "index.html", titel=titel, sprak="sv",
                      menyplats=n, beskrivning=beskrivning, sokord=sokord)
        for n, (url, titel, _, beskrivning, sokord) in enumerate(sidor)]))
    docs = [{"location": url, "title": titel, "text": text} for url, titel, text, _, _ in sidor]
    docs += [{"location": url + "#mer", "title": "Mer", "text": text} for url, titel, text, _, _ in sidor]
    (mapp / "search").mkdir(parents=True)
    (mapp / "search/search_index.json").write_text(json.dumps({"config": {}, "docs": docs}), encoding="utf-8")


def test_sidans_beskrivning_och_sokord_kommer_med_i_indexet_men_inte_i_rubrikernas_poster(tmp_path):
    from kunskapsbank.sok.sokindex import bygg_sokindex

    liten_webbplats(tmp_path, [
        ("diagram/", "Spindeldiagram", "Diagrammet visar hur deltagaren ser på sin väg mot jobb.",
         "Så läser du diagrammet.", ["livshjul", "stjärndiagram"]),
        ("jobb/", "Jobb", "Jobb är målet från början.", None, []),
    ])
    bygg_sokindex(tmp_path, kontrollera=False)
    docs = {d["location"]: d for d in json.loads((tmp_path / "search/sok.sv.json").read_text(encoding="utf-8"))["docs"]}
    assert docs["diagram/"]["beskrivning"] == "Så läser du diagrammet."
    assert docs["diagram/"]["sokord"] == ["livshjul", "stjärndiagram"]
    assert "beskrivning" not in docs["diagram/#mer"] and "sokord" not in docs["diagram/#mer"]
    assert "beskrivning" not in docs["jobb/"] and "sokord" not in docs["jobb/"]


@pytest.mark.browser
def test_sokmotorn_hittar_sidan_pa_dess_sokord_och_beskrivning(chromium, tmp_path):
    """The worker's engine in Chromium, on a small site: a word only in one page's search
    words, or only in its description, finds that page first, before pages whose text has
    a word like it."""
    from kunskapsbank.sok.sokindex import bygg_sokindex

    liten_webbplats(tmp_path, [
        ("diagram/", "Spindeldiagram", "Diagrammet visar hur deltagaren ser på sin väg mot jobb.",
         "Så läser du diagrammet.", ["livshjul"]),
        ("stod/", "Stöd på arbetsplatsen", "Handledaren stöttar den anställda. Avtalet visar stödet.",
         "Om fördomar och om handledning på jobbet.", []),
        ("ovrigt/", "Övrigt", "Ett diagram om fördom i arbetslivet, i en lång text om jobb.", None, []),
    ])
    bygg_sokindex(tmp_path, kontrollera=False)
    data = json.loads((tmp_path / "search/sok.sv.json").read_text(encoding="utf-8"))
    sida = chromium.new_page()
    try:
        sida.add_script_tag(path=str(ROT / "overrides/assets/javascripts/workers/sok.js"))
        sok = "([data, fraga]) => new self.Sokmotor(data).sok(fraga).items.map(g => g[0].location)"
        assert sida.evaluate(sok, [data, "livshjul"])[0] == "diagram/"
        assert sida.evaluate(sok, [data, "fördomar"])[0] == "stod/"
    finally:
        sida.close()


def test_varje_sidas_beskrivning_ur_sidhuvudet_finns_i_sokindexet(webbplats):
    import yaml

    from kunskapsbank import manifest

    index = {d["location"]: d for sprak in ("sv", "en")
             for d in json.loads((webbplats / f"search/sok.{sprak}.json").read_text(encoding="utf-8"))["docs"]}
    sidor = [s for sprak in ("sv", "en") for s in manifest.las(webbplats, sprak).sidor
             if not s.reservkopia and (ROT / "docs" / s.src).is_file()]
    saknas = []
    for s in sidor:
        sidhuvud = yaml.safe_load((ROT / "docs" / s.src).read_text(encoding="utf-8").split("---")[1])
        if sidhuvud.get("description") and index.get(s.url, {}).get("beskrivning") != sidhuvud["description"]:
            saknas.append(s.src)
    assert len(sidor) > 100
    assert saknas == []
