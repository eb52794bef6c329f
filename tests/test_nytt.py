"""The page "Nytt i materialet": what changed in docs/, month by month, from the
repository's own history; a clear note when the history is missing."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess

import pytest

from kunskapsbank.sidor import nytt
from verktyg import bygg, kopiera_projekt, skriv_sida

pytestmark = pytest.mark.xdist_group("nytt")


def _git(mapp, *args, datum="2026-11-20T10:00:00"):
    env = {**os.environ, "GIT_AUTHOR_DATE": datum, "GIT_COMMITTER_DATE": datum}
    subprocess.run(["git", "-c", "user.name=Utbildare", "-c", "user.email=utbildare@example.org",
                    "-c", "commit.gpgsign=false", *args], cwd=mapp, check=True, capture_output=True, env=env)


def _sida(docs, src, titel, text):
    skriv_sida(docs, src, titel, text, lattlast="klarsprak", granskad=dt.date(2026, 11, 15))


@pytest.fixture
def forbundets_klon(tmp_path):
    """A fork's clone: the material as it came, then the förbund's own changes."""
    projekt = kopiera_projekt(tmp_path / "p", med_innehall=False)
    docs = projekt / "docs"
    _sida(docs, "index.md", "Start", "En kort sida om kursen.")
    _sida(docs, "stod.md", "Stöd till arbetsgivare", "Arbetsgivaren kan få stöd.")
    _git(projekt, "init", "-q", "-b", "main")
    _git(projekt, "add", "-A")
    _git(projekt, "commit", "-qm", "Första versionen")
    _sida(docs, "stod.md", "Stöd till arbetsgivare", "Arbetsgivaren kan få lönebidrag.")
    _git(projekt, "commit", "-qam", "Lönebidraget enligt nya regler", datum="2026-12-01T09:00:00")
    _sida(docs, "stod.md", "Stöd till arbetsgivare", "Arbetsgivaren kan få lönebidrag!")
    _git(projekt, "commit", "-qam", "[liten] Rättar ett tecken", datum="2026-12-02T09:00:00")
    _sida(docs, "vart-team.md", "Vårt team <i>", "Så arbetar vi i vårt förbund.")
    _git(projekt, "add", "-A")
    _git(projekt, "commit", "-qm", "Egen sida om vårt team *nu*", datum="2026-12-03T09:00:00")
    return projekt


def test_sidan_listar_andringar_per_manad_utan_sma_rattelser(forbundets_klon, tmp_path):
    ut = bygg(forbundets_klon / "mkdocs.yml", tmp_path / "site", env={"KB_HAFTEN": "av"})
    assert ut.returncode == 0, ut.stderr[-3000:]
    html = (tmp_path / "site/nytt/index.html").read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", html[html.index("<h1"):html.index("</article>")]).split())
    december, november = text.split("December 2026", 1)[1].split("November 2026")
    assert "Stöd till arbetsgivare : Lönebidraget enligt nya regler" in december
    # The fork's own page, with its title and subject shown as text, not as HTML.
    assert "Vårt team &lt;i&gt; (ny sida): Egen sida om vårt team *nu*" in december
    assert "[liten]" not in text and "Rättar ett tecken" not in text
    assert "Start (ny sida): Första versionen" in november
    assert 'href="../stod/"' in html


def test_grund_klon_ger_en_tydlig_notis_i_stallet_for_en_lista(forbundets_klon, tmp_path):
    klon = tmp_path / "klon"
    subprocess.run(["git", "clone", "-q", "--depth", "1", forbundets_klon.as_uri(), str(klon)],
                   check=True, capture_output=True)
    historik = nytt.las_historik(klon / "docs")
    assert historik.saknas == "grund" and historik.andringar == []
    sida = nytt.sida_markdown(historik, {"stod.md": "Stöd till arbetsgivare"})
    assert "Listan kan inte visas" in sida and "fetch-depth: 0" in sida
    assert "Stöd till arbetsgivare" not in sida
    # The full clone, for comparison, has the whole list.
    assert len(nytt.las_historik(forbundets_klon / "docs").andringar) == 4


def test_utan_git_sager_sidan_att_historiken_saknas(tmp_path):
    (tmp_path / "docs").mkdir()
    sida = nytt.sida_markdown(nytt.las_historik(tmp_path / "docs"), {})
    assert "byggdes utan historiken från git" in sida
