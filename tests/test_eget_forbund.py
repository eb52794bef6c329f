"""The fork kit: another förbund makes the site its own with scripts/ny-forbund, keeps
taking upstream updates without merge conflicts, and switches parts off."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
import yaml
from bs4 import BeautifulSoup

from verktyg import ROT, bygg, kopiera_projekt, skriv_sida

GAMMAL = yaml.safe_load((ROT / "docs/lokalt/forbund.yml").read_text(encoding="utf-8"))
NY = {"namn": "Samordningsförbundet Norrby", "kortnamn": "SF Norrby", "epost": "kontakt@norrby.example",
      "webbplats": "https://norrby.example", "synpunkter": "tyck@norrby.example", "farg": "#7a1f5c"}
LOGGANS_STORLEK = (37, 23)     # an odd size, so the cover's image is surely this logo

# Module fixtures build copies of the project; one test process builds them once.
pytestmark = pytest.mark.xdist_group("eget_forbund")


def git(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env)


def png(bredd: int, hojd: int, rgb: tuple[int, int, int]) -> bytes:
    import struct
    import zlib
    rad = b"\x00" + bytes(rgb) * bredd

    def bit(typ, data):
        return struct.pack(">I", len(data)) + typ + data + struct.pack(">I", zlib.crc32(typ + data))
    return (b"\x89PNG\r\n\x1a\n" + bit(b"IHDR", struct.pack(">IIBBBBB", bredd, hojd, 8, 2, 0, 0, 0))
            + bit(b"IDAT", zlib.compress(rad * hojd)) + bit(b"IEND", b""))


def ny_forbund(projekt: Path, *args: str) -> subprocess.CompletedProcess:
    """scripts/ny-forbund, run with the fork's own code (the wrapper only adds the venv)."""
    return subprocess.run([sys.executable, "-m", "kunskapsbank.forbund.nytt_forbund", "--rot", str(projekt), *args],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          env={**os.environ, "PYTHONPATH": str(projekt / "scripts"), "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture(scope="module")
def uppstrom(tmp_path_factory) -> Path:
    """Upstream as a git repository holding this working tree (committed or not)."""
    mal = tmp_path_factory.mktemp("uppstrom")
    filer = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROT,
                           capture_output=True, text=True, check=True).stdout.split("\0")
    for namn in filter(None, filer):
        if (ROT / namn).is_file():
            (mal / namn).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROT / namn, mal / namn)
    git("init", "-q", "-b", "main", cwd=mal)
    git("add", "-A", cwd=mal)
    assert git("commit", "-qm", "Uppströms", cwd=mal).returncode == 0
    return mal


@pytest.fixture(scope="module")
def fork(uppstrom, tmp_path_factory) -> Path:
    """A fork of upstream made into Norrby's site with VTA switched off, built by the
    fork script itself, with one local page of its own."""
    mal = tmp_path_factory.mktemp("fork") / "norrby"
    assert git("clone", "-q", str(uppstrom), str(mal), cwd=uppstrom).returncode == 0
    logga = mal.parent / "norrby-logga.png"
    logga.write_bytes(png(*LOGGANS_STORLEK, (122, 31, 92)))
    skriv_sida(mal / "docs", "lokalt/kontakt.md", "Kontakt i Norrby",
               "Du når oss på telefon och e-post. Vi svarar inom två dagar.", lattlast="lattlast")
    svar = ny_forbund(mal, "--namn", NY["namn"], "--kortnamn", NY["kortnamn"], "--epost", NY["epost"],
                      "--webbplats", NY["webbplats"], "--synpunkter", NY["synpunkter"],
                      "--farg", NY["farg"], "--logga", str(logga), "--stang-av", "vta")
    assert svar.returncode == 0, svar.stdout + svar.stderr
    assert "Klart" in svar.stdout
    return mal


def textfiler(site: Path):
    for fil in site.rglob("*"):
        if fil.suffix in (".html", ".js", ".json", ".css", ".xml", ".txt", ".svg"):
            yield fil, fil.read_text(encoding="utf-8", errors="replace")


def pdftext(fil: Path, sida: int | None = None) -> str:
    kommando = ["pdftotext", "-enc", "UTF-8"] + (["-f", str(sida), "-l", str(sida)] if sida else [])
    return subprocess.run(kommando + [str(fil), "-"], capture_output=True, text=True, check=True).stdout


def test_forken_har_det_nya_forbundets_namn_logga_och_farg_overallt(fork, tmp_path):
    site = fork / "site"
    start = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert NY["namn"] in start.select_one(".md-header").get_text(" ")
    assert NY["namn"] in start.select_one(".md-footer").get_text(" ")
    # The licence stays: the same LICENSE, and the footer still names it.
    assert (fork / "LICENSE").read_bytes() == (ROT / "LICENSE").read_bytes()
    assert "CC BY 4.0" in start.select_one(".md-footer").get_text(" ")
    assert "EUPL-1.2" in start.select_one(".md-footer").get_text(" ")
    assert start.select_one(".md-header .md-logo img")["src"].endswith("lokalt/logga.png")
    assert f"--md-primary-fg-color: {NY['farg']}" in str(start)

    redogorelse = (site / "tillganglighet/redogorelse/index.html").read_text(encoding="utf-8")
    assert NY["namn"] in redogorelse and f'mailto:{NY["synpunkter"]}' in redogorelse

    haften = sorted((site / "haften").glob("*.pdf"))
    assert len(haften) >= 4
    for hafte in haften:
        if "lathund" in hafte.name:           # one sheet, no cover
            continue
        assert NY["namn"] in pdftext(hafte, 1), hafte.name
        with pikepdf.open(hafte) as dok:      # the logo is the cover's picture
            bilder = [pikepdf.PdfImage(b) for b in dok.pages[0].get_images().values()]
            assert [(b.width, b.height) for b in bilder] == [LOGGANS_STORLEK], hafte.name
        # The brand colour band across the top of the cover.
        subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(hafte),
                        str(tmp_path / hafte.stem)], check=True)
        from PIL import Image
        with Image.open(next(tmp_path.glob(f"{hafte.stem}*.png"))) as bild:
            farger = {bild.convert("RGB").getpixel((x, y)) for x in range(bild.width)
                      for y in range(bild.height // 6)}
        assert any(max(abs(a - b) for a, b in zip(f, (122, 31, 92))) < 6 for f in farger), hafte.name

    # The old förbund is gone: no page, file, search entry or booklet names it.
    for nyckel in ("namn", "kortnamn", "epost", "synpunkter"):
        gammalt = GAMMAL[nyckel]
        for fil, text in textfiler(site):
            assert gammalt not in text, f"{fil.relative_to(site)} nämner {gammalt}"
        for hafte in haften:
            assert gammalt not in pdftext(hafte), f"{hafte.name} nämner {gammalt}"
    assert not (fork / "docs/lokalt/logga.svg").exists()


def test_egna_sidor_i_lokalt_hamnar_i_menyn_utan_att_andra_nav(fork):
    start = BeautifulSoup((fork / "site/index.html").read_text(encoding="utf-8"), "html.parser")
    lank = start.select_one('.md-nav--primary a[href="lokalt/kontakt/"]')
    assert lank is not None and "Kontakt i Norrby" in lank.get_text()
    assert git("diff", "--quiet", "--", "mkdocs.yml", cwd=fork).returncode == 0


def test_vta_avstangd_forsvinner_ur_meny_sokning_och_haften(fork):
    site = fork / "site"
    assert not (site / "vta").joinpath("index.html").exists()
    for fil, text in textfiler(site):
        if fil.suffix == ".html":
            dom = BeautifulSoup(text, "html.parser")
            lankar = [a["href"] for a in dom.select("a[href]")]
            assert not [h for h in lankar if re.search(r"(^|/)vta/|ovningar/vta-", h)], fil
    docs = [d for sprak in ("sv", "en")
            for d in json.loads((site / f"search/sok.{sprak}.json").read_text(encoding="utf-8"))["docs"]]
    assert [d["location"] for d in docs if re.match(r"(en/)?(vta/|ovningar/vta-)", d["location"])] == []
    assert docs and not any("Vägen till arbetsgivarna" in d.get("title", "") for d in docs)
    assert not (site / "haften/vta-metodbok.pdf").exists()
    utbildare = pdftext(site / "haften/ovningar-utbildare.pdf")
    assert "Workshop 1" not in utbildare and "arbetsgivarkoordinator" not in utbildare.lower()


def test_lankar_in_i_avstangd_del_rapporteras_med_fil_och_rad(tmp_path):
    projekt = kopiera_projekt(tmp_path, med_innehall=False)
    docs = projekt / "docs"
    skriv_sida(docs, "index.md", "Start", "Läs om [VTA](vta/index.md) och [BIP](bip/index.md).\n\n"
               "```\n[kod](vta/index.md)\n```")
    skriv_sida(docs, "vta/index.md", "VTA", "Om arbetsgivare.")
    skriv_sida(docs, "bip/index.md", "BIP", "Om tilltro.")
    fil = docs / "lokalt/forbund.yml"
    fil.write_text(fil.read_text(encoding="utf-8").replace("vta: true", "vta: false"), encoding="utf-8")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site")
    assert resultat.returncode == 0, resultat.stderr
    assert ("docs/index.md:7: Länken till 'vta/index.md' leder till delen VTA, som är avstängd i "
            "docs/lokalt/forbund.yml.") in resultat.stderr
    start = BeautifulSoup((tmp_path / "site/index.html").read_text(encoding="utf-8"), "html.parser")
    artikel = start.select_one("article")
    assert "Läs om VTA och BIP" in artikel.get_text()
    assert [a["href"] for a in artikel.select("a[href$='/']") if "bip" in a["href"] or "vta" in a["href"]] == ["bip/"]
    assert "[kod](vta/index.md)" in artikel.select_one("pre").get_text()    # code is left alone
    assert not (tmp_path / "site/vta").exists()


def test_engelska_kan_stangas_av(tmp_path):
    projekt = kopiera_projekt(tmp_path, med_innehall=False)
    skriv_sida(projekt / "docs", "index.md", "Start", "Välkommen.")
    skriv_sida(projekt / "docs", "index.en.md", "Home", "Welcome.", lattlast="av")
    fil = projekt / "docs/lokalt/forbund.yml"
    fil.write_text(fil.read_text(encoding="utf-8").replace("engelska: true", "engelska: false"), encoding="utf-8")
    resultat = bygg(projekt / "mkdocs.yml", tmp_path / "site")
    assert resultat.returncode == 0, resultat.stderr
    assert not (tmp_path / "site/en").exists()
    start = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert 'hreflang="en"' not in start and "Välkommen" in start


def test_uppstroms_andringar_gar_att_sla_ihop_utan_konflikt(uppstrom, fork):
    assert git("add", "-A", cwd=fork).returncode == 0
    assert git("commit", "-qm", "Norrbys egen version", cwd=fork).returncode == 0
    # Upstream changes content, a template and the nav.
    sida = uppstrom / "docs/bip/vad-ar-bip.md"
    sida.write_text(sida.read_text(encoding="utf-8") + "\nDen här meningen kom från uppströms.\n",
                    encoding="utf-8")
    mall = uppstrom / "overrides/main.html"
    mall.write_text(mall.read_text(encoding="utf-8").replace(
        "{% block content %}", "{% block content %}\n  <!-- uppströms mallversion 2 -->", 1), encoding="utf-8")
    skriv_sida(uppstrom / "docs", "bip/nytt-fran-uppstrom.md", "Nytt från uppströms", "En ny sida om BIP.",
               lattlast="lattlast")
    config = (uppstrom / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("      - bip/spindeldiagram.md\n",
                            "      - bip/spindeldiagram.md\n      - bip/nytt-fran-uppstrom.md\n", 1)
    (uppstrom / "mkdocs.yml").write_text(config, encoding="utf-8")
    git("add", "-A", cwd=uppstrom)
    assert git("commit", "-qm", "Uppströms: nytt innehåll, ny mall och ny meny", cwd=uppstrom).returncode == 0

    sammanslagning = git("pull", "--no-rebase", "--no-edit", "origin", "main", cwd=fork)
    assert sammanslagning.returncode == 0, sammanslagning.stdout + sammanslagning.stderr
    assert git("diff", "--name-only", "--diff-filter=U", cwd=fork).stdout == ""

    resultat = bygg(fork / "mkdocs.yml", fork / "site2", env={"KB_HAFTEN": "av", "PYTHONPATH": str(fork / "scripts")})
    assert resultat.returncode == 0, resultat.stderr
    sidan = (fork / "site2/bip/vad-ar-bip/index.html").read_text(encoding="utf-8")
    assert "Den här meningen kom från uppströms." in sidan and "uppströms mallversion 2" in sidan
    assert NY["namn"] in sidan and GAMMAL["namn"] not in sidan
    assert (fork / "site2/bip/nytt-fran-uppstrom/index.html").exists()
    assert not (fork / "site2/vta/index.html").exists()       # the fork's choice survives the merge


def kommandoblock_i_vagledningen(rubrik: str) -> list[list[str]]:
    """The bash blocks under one heading of the fork guide, each as its command lines."""
    text = (ROT / "docs/eget-forbund.md").read_text(encoding="utf-8")
    avsnitt = text.split(f"\n## {rubrik}\n", 1)[1].split("\n## ", 1)[0]
    return [[rad.strip() for rad in block.splitlines() if rad.strip()]
            for block in re.findall(r"```bash\n(.*?)```", avsnitt, re.S)]


def test_konflikt_med_uppstrom_loses_med_kommandona_i_vagledningen(tmp_path):
    """A trainer who follows the guide word for word, after a conflict in one of our
    files, ends with a finished merge that holds our version of the file."""
    koppla, hamta, konflikt = kommandoblock_i_vagledningen("Ta emot uppdateringar från oss")
    fil = "docs/bip/vad-ar-bip.md"
    uppstrom, fork = tmp_path / "uppstrom", tmp_path / "fork"
    (uppstrom / fil).parent.mkdir(parents=True)
    (uppstrom / fil).write_text("Första versionen.\n", encoding="utf-8")
    git("init", "-q", "-b", "main", cwd=uppstrom)
    git("add", "-A", cwd=uppstrom)
    assert git("commit", "-qm", "Uppströms", cwd=uppstrom).returncode == 0
    assert git("clone", "-q", str(uppstrom), str(fork), cwd=tmp_path).returncode == 0
    # The fork changed one of our files; upstream changed the same line.
    (fork / fil).write_text("Förbundets egen ändring.\n", encoding="utf-8")
    assert git("commit", "-qam", "Egen ändring", cwd=fork).returncode == 0
    (uppstrom / fil).write_text("Uppströms nya version.\n", encoding="utf-8")
    assert git("commit", "-qam", "Uppströms ändring", cwd=uppstrom).returncode == 0

    def kor(rad: str) -> subprocess.CompletedProcess:
        rad = rad.replace("{{ repo }}", str(uppstrom)).replace("FILNAMN", fil)
        return git(*shlex.split(rad, comments=True)[1:], cwd=fork)

    # ./scripts/test needs the whole project and git push a remote of the fork's own.
    for rad in koppla + hamta:
        if rad.startswith("git ") and not rad.startswith("git push"):
            kor(rad)
    assert git("diff", "--name-only", "--diff-filter=U", cwd=fork).stdout.split() == [fil]

    for rad in konflikt:
        svar = kor(rad)
        assert svar.returncode == 0, f"{rad}: {svar.stdout}{svar.stderr}"
    assert git("status", "--porcelain", cwd=fork).stdout == ""
    assert (fork / fil).read_text(encoding="utf-8") == "Uppströms nya version.\n"
    assert git("rev-parse", "--verify", "-q", "HEAD^2", cwd=fork).returncode == 0   # a merge commit


def test_fel_uppgifter_ger_svenskt_fel_och_andrar_ingenting(tmp_path):
    projekt = kopiera_projekt(tmp_path, med_innehall=False)
    fore = {p: p.read_bytes() for p in (projekt / "docs/lokalt").iterdir()}
    (tmp_path / "logga.gif").write_bytes(b"GIF89a")
    (tmp_path / "falsk.png").write_text("<svg></svg>")
    fall = [
        (["--epost", "inte-en-adress"], "--epost: 'inte-en-adress' ser inte ut som en e-postadress"),
        (["--webbplats", "norrby.se"], "--webbplats: 'norrby.se' ser inte ut som en webbadress"),
        (["--farg", "#777777"], "--farg: Färgen #777777 ger för låg kontrast mot vitt (4.48:1"),
        (["--farg", "lila"], "--farg: 'lila' är ingen färgkod"),
        (["--logga", str(tmp_path / "logga.gif")], "måste vara en SVG- eller PNG-fil"),
        (["--logga", str(tmp_path / "falsk.png")], "heter .png men är ingen PNG-bild"),
        (["--logga", str(tmp_path / "saknas.svg")], "finns inte"),
        (["--namn", ""], "--namn: uppgiften saknas"),
    ]
    (tmp_path / "bra.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    bra = ["--namn", NY["namn"], "--kortnamn", NY["kortnamn"], "--epost", NY["epost"], "--webbplats",
           NY["webbplats"], "--farg", NY["farg"], "--logga", str(tmp_path / "bra.svg"), "--utan-bygge"]
    for andring, vantat in fall:
        args = list(bra)
        for i in range(0, len(andring), 2):
            args[args.index(andring[i]) + 1] = andring[i + 1]
        svar = ny_forbund(projekt, *args)
        assert svar.returncode == 2, (andring, svar.stdout)
        assert "Inget har ändrats" in svar.stderr and vantat in svar.stderr, (andring, svar.stderr)
        assert "Traceback" not in svar.stderr
        assert {p: p.read_bytes() for p in (projekt / "docs/lokalt").iterdir()} == fore
    svar = ny_forbund(projekt, *bra)
    assert svar.returncode == 0, svar.stderr
    assert yaml.safe_load((projekt / "docs/lokalt/forbund.yml").read_text(encoding="utf-8"))["namn"] == NY["namn"]


def test_for_ljus_profilfarg_far_forslag_pa_morkare_nyans():
    from kunskapsbank.forbund.farg import kontrast
    from kunskapsbank.forbund.identitet import kontrollera_profilfarg
    assert kontrollera_profilfarg("#1f4e79") is None
    problem, atgard = kontrollera_profilfarg("#ffd700")
    assert "för låg kontrast mot vitt (1.40:1" in problem
    forslag = re.search(r'"(#[0-9a-f]{6})"', atgard).group(1)
    assert kontrast(forslag, "#ffffff") >= 4.5 and kontrollera_profilfarg(forslag) is None


# --- ny-forbund as a person runs it: in a terminal, answering questions ----------------

def _alla_filer(projekt: Path) -> dict[str, bytes]:
    return {p.relative_to(projekt).as_posix(): p.read_bytes() for p in sorted(projekt.rglob("*")) if p.is_file()}


def ny_forbund_i_terminal(projekt: Path, *args: str, ctrl_c_ignoreras: bool = False):
    """scripts/ny-forbund in a pseudo terminal, so it asks its questions. With
    ctrl_c_ignoreras, started the way a script's background job starts it: SIGINT ignored."""
    import pexpect
    import signal
    return pexpect.spawn(sys.executable, ["-m", "kunskapsbank.forbund.nytt_forbund", "--rot", str(projekt), *args],
                         cwd=str(projekt), encoding="utf-8", timeout=30, dimensions=(50, 200),
                         env={**os.environ, "PYTHONPATH": str(projekt / "scripts"), "NO_MKDOCS_2_WARNING": "1"},
                         preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if ctrl_c_ignoreras else None)


def _svara(terminal, fraga: str, svar: str) -> None:
    terminal.expect_exact(f"{fraga}: ")
    terminal.sendline(svar)


def _slut(terminal) -> tuple[int, str]:
    import pexpect
    terminal.expect(pexpect.EOF)
    terminal.close()
    return terminal.exitstatus, terminal.before


def test_interaktivt_provas_varje_svar_direkt_och_fragan_stalls_igen(tmp_path):
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    logga = tmp_path / "norrby.png"
    logga.write_bytes(png(*LOGGANS_STORLEK, (122, 31, 92)))
    # A colour given on the command line that cannot be used is asked for again too.
    terminal = ny_forbund_i_terminal(projekt, "--farg", "lila", "--utan-bygge")
    utskrift = []
    terminal.logfile_read = _Logg(utskrift)
    _svara(terminal, "Förbundets fullständiga namn", NY["namn"])
    _svara(terminal, "Kort namn (för smala skärmar)", "Samordningsförbundet i Norrby kommun")
    terminal.expect_exact("är för långt (36 tecken). Skriv högst 30 tecken.")
    _svara(terminal, "Kort namn (för smala skärmar)", NY["kortnamn"])
    _svara(terminal, "Allmän e-postadress", "")
    terminal.expect_exact("Den här uppgiften behövs.")
    _svara(terminal, "Allmän e-postadress", "kontakt-norrby.example")
    terminal.expect_exact("'kontakt-norrby.example' ser inte ut som en e-postadress.")
    _svara(terminal, "Allmän e-postadress", NY["epost"])
    _svara(terminal, "Förbundets webbplats (https://...)", NY["webbplats"])
    _svara(terminal, "E-post för synpunkter på webbplatsen (Enter = samma som ovan)", "")
    terminal.expect_exact("'lila' är ingen färgkod.")
    _svara(terminal, "Profilfärg som hexkod, till exempel #1f4e79", "#ffd700")
    terminal.expect_exact("Färgen #ffd700 ger för låg kontrast mot vitt")
    _svara(terminal, "Profilfärg som hexkod, till exempel #1f4e79", "7A1F5C")   # no #, capitals
    _svara(terminal, "Sökväg till loggan (SVG eller PNG)", str(tmp_path / "finns-inte.png"))
    terminal.expect_exact("finns inte.")
    _svara(terminal, "Sökväg till loggan (SVG eller PNG)", f"'{logga}'")   # dragged into the terminal
    _svara(terminal, "Adressen där kunskapsbanken ska ligga på webben (Enter = ingen ännu)", "")
    _svara(terminal, "Adress för knappen Redigera sidan (Enter = ingen)", "")
    status, _ = _slut(terminal)
    transkript = "".join(utskrift)
    assert status == 0, transkript

    identitet = yaml.safe_load((projekt / "docs/lokalt/forbund.yml").read_text(encoding="utf-8"))
    assert identitet["profilfarg"] == NY["farg"]
    assert identitet["kortnamn"] == NY["kortnamn"] and identitet["synpunkter"] == NY["epost"]
    assert (projekt / "docs/lokalt/logga.png").read_bytes() == logga.read_bytes()
    # Every wrong answer was answered at once, before the next question, and asked again.
    assert transkript.count("Profilfärg som hexkod, till exempel #1f4e79: ") == 3   # lila, #ffd700, 7A1F5C
    assert transkript.count("Allmän e-postadress: ") == 3
    # The messages talk about the questions, never about command line options.
    assert not re.search(r"--[a-z]", transkript), transkript
    assert "Traceback" not in transkript


class _Logg:
    """Collects what the terminal shows (pexpect's logfile_read wants write and flush)."""

    def __init__(self, lista: list[str]):
        self.lista = lista

    def write(self, text: str) -> None:
        self.lista.append(text)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("avbrott", ["ctrl-c", "ctrl-d", "ctrl-c-fast-den-ignorerades"])
@pytest.mark.parametrize("efter_svar", [0, 5])
def test_avbrott_mitt_i_fragorna_lamnar_allt_som_forut(tmp_path, avbrott, efter_svar):
    """Ctrl+C the moment the question is written (before the program starts to read: it
    must not be missed), also when the program was started with Ctrl+C ignored, as a
    script's background job starts it; and Ctrl+D."""
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    fore = _alla_filer(projekt)
    logga = tmp_path / "norrby.svg"
    logga.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    terminal = ny_forbund_i_terminal(projekt, "--utan-bygge", ctrl_c_ignoreras=avbrott.endswith("ignorerades"))
    svar = [NY["namn"], NY["kortnamn"], NY["epost"], NY["webbplats"], "", NY["farg"], str(logga)]
    for text in svar[:efter_svar]:
        terminal.expect_exact(": ")
        terminal.sendline(text)
    terminal.expect_exact(": ")
    if avbrott.startswith("ctrl-c"):
        terminal.sendintr()
    else:
        terminal.sendeof()
    status, utskrift = _slut(terminal)
    assert status == 130
    # After the question: the terminal's own echo of the key (^C), then one line.
    efter_fragan = utskrift.rsplit(": ", 1)[-1].replace("^C", "").replace("^D", "")
    assert [r for r in efter_fragan.splitlines() if r.strip()] == ["Avbrutet. Inget har ändrats."]
    assert "Traceback" not in utskrift
    assert _alla_filer(projekt) == fore


@pytest.mark.parametrize("ignorerad", [False, True], ids=["ctrl-c", "ctrl-c-fast-den-ignorerades"])
def test_ctrl_c_under_forhandsvisningen_sager_att_installningarna_ar_sparade(tmp_path, ignorerad):
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    logga = tmp_path / "norrby.svg"
    logga.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    terminal = ny_forbund_i_terminal(projekt, "--namn", NY["namn"], "--kortnamn", NY["kortnamn"],
                                     "--epost", NY["epost"], "--webbplats", NY["webbplats"],
                                     "--farg", NY["farg"], "--logga", str(logga), ctrl_c_ignoreras=ignorerad)
    for fraga in ("E-post för synpunkter", "Adressen där kunskapsbanken", "Adress för knappen"):
        terminal.expect_exact(fraga)
        terminal.sendline("")
    terminal.expect_exact("Bygger en förhandsvisning i site/ ...")
    terminal.sendintr()
    status, utskrift = _slut(terminal)
    assert status == 130
    efter = [r for r in utskrift.replace("^C", "").splitlines() if r.strip()]
    assert efter == ["Avbrutet. Inställningarna är sparade i docs/lokalt/forbund.yml, men förhandsvisningen "
                     "blev inte klar; kör scripts/build för att se webbplatsen."]
    assert yaml.safe_load((projekt / "docs/lokalt/forbund.yml").read_text(encoding="utf-8"))["namn"] == NY["namn"]


def test_ctrl_c_medan_filerna_skrivs_vantar_tills_alla_ar_skrivna(tmp_path):
    """Ctrl+C between writing the logo and the identity file: both are written whole
    before the interrupt is taken, and the message says the settings were saved. Run in
    a process of its own: like the real command, it has only one thread (pytest-xdist's
    workers have more, and a signal may land in another thread)."""
    projekt = kopiera_projekt(tmp_path / "projekt", med_innehall=False)
    logga = tmp_path / "norrby.png"
    logga.write_bytes(png(*LOGGANS_STORLEK, (122, 31, 92)))
    argument = ["--rot", str(projekt), "--namn", NY["namn"], "--kortnamn", NY["kortnamn"],
                "--epost", NY["epost"], "--webbplats", NY["webbplats"], "--farg", NY["farg"],
                "--logga", str(logga), "--utan-bygge"]
    skript = f"""
import os, signal, sys
# As in a terminal, whatever the test runner ignores (a script's background job ignores SIGINT).
signal.signal(signal.SIGINT, signal.default_int_handler)
from kunskapsbank.forbund import nytt_forbund
skriv, skrivna = nytt_forbund.skriv_atomiskt, []
def skriv_och_tryck_ctrl_c(mal, data):
    skriv(mal, data)
    skrivna.append(mal.name)
    if len(skrivna) == 1:
        os.kill(os.getpid(), signal.SIGINT)
nytt_forbund.skriv_atomiskt = skriv_och_tryck_ctrl_c
status = nytt_forbund.main({argument!r})
print("SKRIVNA", status, ",".join(skrivna))
"""
    resultat = subprocess.run([sys.executable, "-c", skript], capture_output=True, text=True, timeout=60)
    assert "SKRIVNA 130 logga.png,forbund.yml" in resultat.stdout, resultat.stdout + resultat.stderr
    assert "Inställningarna hann sparas i docs/lokalt/forbund.yml" in resultat.stderr
    assert yaml.safe_load((projekt / "docs/lokalt/forbund.yml").read_text(encoding="utf-8"))["namn"] == NY["namn"]
    assert not (projekt / "docs/lokalt/logga.svg").exists()


def test_avbruten_skrivning_lamnar_den_gamla_filen_hel(tmp_path, monkeypatch):
    from kunskapsbank.grund import atomisk

    fil = tmp_path / "forbund.yml"
    fil.write_text("namn: Gammalt\n", encoding="utf-8")

    def avbryt(*_):
        raise KeyboardInterrupt
    monkeypatch.setattr(atomisk.os, "replace", avbryt)
    with pytest.raises(KeyboardInterrupt):
        atomisk.skriv_atomiskt(fil, "namn: Nytt\n".encode() * 10000)
    assert fil.read_text(encoding="utf-8") == "namn: Gammalt\n"
    assert [p.name for p in tmp_path.iterdir()] == ["forbund.yml"]      # no half file left behind


def test_profilfarg_utan_citattecken_forklaras_pa_ratt_rad(tmp_path):
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.forbund.identitet import las_identitet

    shutil.copytree(ROT / "docs/lokalt", tmp_path / "lokalt")
    fil = tmp_path / "lokalt/forbund.yml"
    rader = fil.read_text(encoding="utf-8").splitlines()
    nr = next(i for i, r in enumerate(rader) if r.startswith("profilfarg:"))
    rader[nr] = "profilfarg: #1f4e79"
    fil.write_text("\n".join(rader) + "\n", encoding="utf-8")
    with pytest.raises(InnehallsFel) as fel:
        las_identitet(tmp_path)
    assert fel.value.rad == nr + 1
    assert "# börjar en kommentar" in fel.value.meddelande
    assert fel.value.atgard.endswith('profilfarg: "#1f4e79"')


def test_identitetsfilen_och_ny_forbund_har_samma_krav_pa_kortnamnet(tmp_path):
    """A short name ny-forbund refuses is refused in the identity file too, at its line."""
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.forbund.identitet import las_identitet
    from kunskapsbank.forbund.nytt_forbund import problem_med

    shutil.copytree(ROT / "docs/lokalt", tmp_path / "lokalt")
    fil = tmp_path / "lokalt/forbund.yml"
    rader = fil.read_text(encoding="utf-8").splitlines()
    nr = next(i for i, r in enumerate(rader) if r.startswith("kortnamn:"))
    langt = "Samordningsförbundet i Norrby och Söderby"
    rader[nr] = f'kortnamn: "{langt}"'
    fil.write_text("\n".join(rader) + "\n", encoding="utf-8")
    with pytest.raises(InnehallsFel) as fel:
        las_identitet(tmp_path)
    assert fel.value.rad == nr + 1
    assert f"{fel.value.meddelande} {fel.value.atgard}" == problem_med("kortnamn", langt)
