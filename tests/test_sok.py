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
