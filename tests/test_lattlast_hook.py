"""The checker inside the MkDocs build: errors stop --strict, the report page lists pages."""

from __future__ import annotations

from bs4 import BeautifulSoup

from verktyg import andra_config, bygg, kopiera_projekt, skriv_sida


def projekt_med(tmp_path, sidor: dict[str, str]):
    projekt = kopiera_projekt(tmp_path, med_innehall=False)
    for namn, text in sidor.items():
        skriv_sida(projekt / "docs", namn, namn.removesuffix(".md").title(), text,
                   lattlast="lattlast")
    return projekt


def test_fel_stoppar_strikt_bygge_med_fil_rad_och_regel(tmp_path):
    projekt = projekt_med(tmp_path, {"index.md": "Välkommen hit.", "bild.md": "Se här.\n\n![](x.png)"})
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site")
    assert resultat.returncode != 0
    assert "docs/bild.md:10:1: alt-text: FEL: Bilden saknar alternativtext." in resultat.stderr
    assert "Traceback" not in resultat.stderr


def test_varningar_stoppar_inte_bygget_och_rapporten_visar_samst_forst(tmp_path):
    projekt = projekt_med(tmp_path, {
        "index.md": "Välkommen hit.",
        "latt.md": "Vi ringer dig i dag.",
        "svar.md": "Ansökan skickas i dag. Beslutet fattades i går. Man kan erhålla stöd.",
    })
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site")
    assert resultat.returncode == 0, resultat.stderr
    assert "lattlast: docs/svar.md:8:9: passiv" in resultat.stderr
    rapport = BeautifulSoup((tmp_path / "site/lattlast/index.html").read_text(encoding="utf-8"),
                            "html.parser")
    rader = [tr.find("td").get_text() for tr in rapport.select("table tbody tr")]
    assert rader[0] == "svar.md"
    assert set(rader) == {"svar.md", "latt.md", "index.md"}


def test_felaktig_installning_i_mkdocs_yml_ger_svenskt_fel(tmp_path):
    projekt = projekt_med(tmp_path, {"index.md": "Välkommen hit."})
    andra_config(projekt / "mkdocs.yml",
                 lambda c: c["extra"].update({"lattlast": {"regler": {"pasiv": "av"}}}))
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site")
    assert resultat.returncode != 0
    assert "Okänd regel 'pasiv'" in resultat.stderr
    assert "Traceback" not in resultat.stderr


def test_regel_kan_stangas_av_i_mkdocs_yml(tmp_path):
    projekt = projekt_med(tmp_path, {"index.md": "Se här.\n\n![](x.png)"})
    (projekt / "docs/x.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    andra_config(projekt / "mkdocs.yml",
                 lambda c: c["extra"].update({"lattlast": {"regler": {"alt-text": "av"}}}))
    assert bygg(projekt / "mkdocs.yml", tmp_path / "site").returncode == 0


def test_inaktuell_regelsida_stoppar_bygget(tmp_path):
    from verktyg import ROT

    projekt = projekt_med(tmp_path, {"index.md": "Välkommen hit."})
    regelsida = (ROT / "docs/granskaren/index.md").read_text(encoding="utf-8")
    (projekt / "docs/granskaren").mkdir(exist_ok=True)
    (projekt / "docs/granskaren/index.md").write_text(
        regelsida.replace("| samt | och |", "| samt | plus |"), encoding="utf-8")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site")
    assert resultat.returncode != 0
    assert "stämmer inte med granskarens datafiler" in resultat.stderr
    assert "python -m kunskapsbank.lattlast.regelsida" in resultat.stderr
    assert "Traceback" not in resultat.stderr
