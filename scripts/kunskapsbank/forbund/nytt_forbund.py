"""scripts/ny-forbund: makes the site another förbund's own in one step.

Asks for (or takes as arguments) name, short name, e-mail, website, brand colour and
logo; checks everything first; only then writes docs/lokalt/forbund.yml and the logo,
and builds a preview. Bad input gets a Swedish message and changes nothing; in
interactive mode each answer is checked at once and asked again. Ctrl+C (or the end of
the input) before the files are written changes nothing either, and the files are
written so that they are either wholly old or wholly new.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from kunskapsbank.grund.atomisk import skriv_atomiskt
from kunskapsbank.forbund.farg import ar_hexfarg, kontrast
from kunskapsbank.grund.kommandorad import SvenskArgumentParser, SvenskHjalp
from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.forbund.identitet import (EPOST_FEL, IDENTITETSFIL, STANDARD_TJANST, WEBBADRESS_FEL,
                        kontrollera_epost, kontrollera_loggfil, kontrollera_profilfarg,
                        kontrollera_webbadress, las_identitet, problem_med_text)
from kunskapsbank.grund.yamlfil import las_yaml

FALT = [  # (argument, question, required); the questions are asked in this order
    ("namn", "Förbundets fullständiga namn", True),
    ("kortnamn", "Kort namn (för smala skärmar)", True),
    ("epost", "Allmän e-postadress", True),
    ("webbplats", "Förbundets webbplats (https://...)", True),
    ("synpunkter", "E-post för synpunkter på webbplatsen (Enter = samma som ovan)", False),
    ("farg", "Profilfärg som hexkod, till exempel #1f4e79", True),
    ("logga", "Sökväg till loggan (SVG eller PNG)", True),
    ("adress", "Adressen där kunskapsbanken ska ligga på webben (Enter = ingen ännu)", False),
    ("redigera", "Adress för knappen Redigera sidan (Enter = ingen)", False),
]
KRAVS = [nyckel for nyckel, _, kravs in FALT if kravs]
# Only asked when --tjanst was given with a value that cannot be used.
TJANST = ("tjanst", f"Webbplatsens namn (Enter = {STANDARD_TJANST})", False)
AVBRUTET = "Avbrutet. Inget har ändrats."

MALL = """\
# ================================================================
#  ERT FÖRBUNDS IDENTITET
#  Den här filen är er egen. Uppströmsprojektet ändrar den aldrig.
#  Allt som visar vilket förbund som står bakom webbplatsen och
#  kurshäftena hämtas härifrån: namn, logga, kontakt och färger.
#  Skapa om den enkelt med: scripts/ny-forbund
# ================================================================

# Förbundets fullständiga namn, som det ska stå i sidhuvud, sidfot och häften.
namn: {namn}

# Kort namn: i häftenas sidfot och som rubrik i menyn för era egna sidor i docs/lokalt/.
kortnamn: {kortnamn}

# Loggan: en SVG- eller PNG-fil i mappen docs/lokalt/.
logga: {logga}

# Allmän kontaktadress.
epost: {epost}

# Förbundets egen webbplats.
webbplats: {webbplats}

# Adress för synpunkter på webbplatsen och dess tillgänglighet.
synpunkter: {synpunkter}

# Förbundets profilfärg (hex). Måste ha god kontrast mot vit eller svart text.
profilfarg: {profilfarg}

# Webbplatsens namn, som det står i tillgänglighetsredogörelsen.
tjanst: {tjanst}

# Adressen där kunskapsbanken ligger på webben (valfri). Då får häftena hela
# adressen till sidor som inte finns i häftet.
{adress}

# Var källtexterna finns, så att knappen "Redigera sidan" fungerar.
# Skriv adressen till mappen docs/ i ert repo, med /edit/main/docs/ på slutet.
{redigera}

# Delar av materialet som ni använder. Sätt till false för att stänga av en del.
moduler:
{moduler}
"""


def _parser() -> argparse.ArgumentParser:
    p = SvenskArgumentParser(prog="scripts/ny-forbund", add_help=False, formatter_class=SvenskHjalp,
                     description="Gör webbplatsen till ert förbunds egen: namn, kontakt, färg och logga. "
                                 "Det som saknas frågar kommandot efter.")
    p.add_argument("--namn", help="förbundets fullständiga namn")
    p.add_argument("--kortnamn", help="kort namn, till exempel SF Norrby")
    p.add_argument("--epost", help="allmän e-postadress")
    p.add_argument("--webbplats", help="förbundets webbplats, med https://")
    p.add_argument("--synpunkter", help="e-post för synpunkter (standard: samma som --epost)")
    p.add_argument("--farg", help="profilfärg som hexkod, till exempel '#1f4e79'")
    p.add_argument("--logga", help="sökväg till loggan, en SVG- eller PNG-fil")
    p.add_argument("--adress", help="adressen där kunskapsbanken ligger på webben, med https://")
    p.add_argument("--redigera", help="adress till mappen docs/ i ert repo för knappen Redigera sidan")
    p.add_argument("--tjanst", help=f"webbplatsens namn (standard: {STANDARD_TJANST})")
    p.add_argument("--stang-av", action="append", default=[], metavar="DEL",
                   help="stäng av en del av materialet, till exempel vta eller engelska (kan upprepas)")
    p.add_argument("--utan-bygge", action="store_true", help="skriv inställningarna men bygg inte webbplatsen")
    p.add_argument("--rot", default=".", help=argparse.SUPPRESS)
    p.add_argument("-h", "--help", action="help", help="visa den här hjälpen")
    return p


def _yaml_strang(text: str) -> str:
    # A JSON string is a valid double-quoted YAML scalar, and keeps Swedish letters.
    return json.dumps(text, ensure_ascii=False)


def _utan_citattecken(text: str) -> str:
    # A path dragged into a terminal often arrives in quotes.
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def normalisera(nyckel: str, varde: str) -> str:
    """The value as it will be checked and saved."""
    varde = (varde or "").strip()
    if nyckel == "farg":
        varde = _utan_citattecken(varde)
        if varde and not varde.startswith("#") and ar_hexfarg("#" + varde):
            return "#" + varde      # "1f4e79" means "#1f4e79"
    if nyckel == "logga" and varde:
        return str(Path(_utan_citattecken(varde)).expanduser())
    return varde


def problem_med(nyckel: str, varde: str) -> str | None:
    """What is wrong with one given (non-empty) value, in words that name no option, so
    that the same text works after a question and after a command line option."""
    if nyckel in ("namn", "kortnamn", "tjanst") and (problem := problem_med_text(nyckel, varde)):
        return " ".join(problem)
    if nyckel in ("epost", "synpunkter") and not kontrollera_epost(varde):
        return " ".join(EPOST_FEL).format(varde=varde)
    if nyckel in ("webbplats", "adress", "redigera") and not kontrollera_webbadress(varde):
        return " ".join(WEBBADRESS_FEL).format(varde=varde)
    if nyckel == "farg":
        if not ar_hexfarg(varde):
            # Not the identity file's advice about quotes: here the answer is not YAML.
            return f"'{varde}' är ingen färgkod. Skriv en hexkod, till exempel #1f4e79."
        problem = kontrollera_profilfarg(varde)
        if problem:
            return f"{problem[0]} {problem[1]}"
    if nyckel == "logga":
        problem = kontrollera_loggfil(Path(varde), varde)
        if problem:
            return f"{problem} Välj en SVG- eller PNG-fil som finns."
    return None


def kontrollera(varden: dict) -> list[str]:
    """Every problem with the given values, as Swedish lines naming the option."""
    fel = [f"--{nyckel}: uppgiften saknas." for nyckel in KRAVS if not varden.get(nyckel)]
    for nyckel, varde in varden.items():
        problem = problem_med(nyckel, varde) if varde else None
        if problem:
            fel.append(f"--{nyckel}: {problem}")
    return fel


def _svar(fraga: str) -> str:
    # EOFError (Ctrl+D, or stdin that ends) goes up to main(), like Ctrl+C.
    if not sys.stdin.isatty() or not hasattr(signal, "set_wakeup_fd"):
        return input(f"{fraga}: ").strip()
    print(f"{fraga}: ", end="", flush=True)
    return _las_rad().strip()


def _las_rad() -> str:
    """A line typed in the terminal. input() can miss a Ctrl+C that comes after the
    question is written but before the read starts: Python only notes it, and read()
    waits for the next key. Here the signal also writes a byte to a pipe that select()
    watches beside the terminal, so select() returns at once whenever it came, and
    Python raises KeyboardInterrupt. In the terminal's line mode a read gives at most
    one line, so nothing typed ahead is lost."""
    las, skriv = os.pipe()
    os.set_blocking(las, False)
    os.set_blocking(skriv, False)
    forra = signal.set_wakeup_fd(skriv)
    rad = b""
    try:
        while not rad.endswith(b"\n"):
            klara, _, _ = select.select([sys.stdin.fileno(), las], [], [])
            if las in klara:
                os.read(las, 64)           # Python's handler raises KeyboardInterrupt next
                continue
            bit = os.read(sys.stdin.fileno(), 4096)
            if not bit:
                if not rad:
                    raise EOFError
                break
            rad += bit
    finally:
        signal.set_wakeup_fd(forra)
        os.close(las)
        os.close(skriv)
    return rad.decode(sys.stdin.encoding or "utf-8", errors="replace")


def fraga_efter(varden: dict) -> None:
    """Ask for every missing value and every value that is wrong, one at a time, and ask
    again at once when an answer is wrong. The messages talk about the question."""
    for nyckel, fraga, kravs in FALT + ([TJANST] if varden.get("tjanst") else []):
        varde = varden.get(nyckel, "")
        if varde:
            problem = problem_med(nyckel, varde)
            if not problem:
                continue
            print(f"{fraga}: {varde}\n  Det går inte att använda. {problem}", file=sys.stderr)
        while True:
            varde = normalisera(nyckel, _svar(fraga))
            if not varde:
                if not kravs:
                    break
                print("  Den här uppgiften behövs. Skriv ett svar.", file=sys.stderr)
                continue
            problem = problem_med(nyckel, varde)
            if not problem:
                break
            print(f"  {problem} Försök igen.", file=sys.stderr)
        varden[nyckel] = varde


def identitetsfil(varden: dict, loggnamn: str, moduler: dict[str, bool]) -> str:
    adress = (f"adress: {_yaml_strang(varden['adress'])}" if varden.get("adress")
              else "# adress: https://kunskap.ert-forbund.se/")
    redigera = (f"redigera: {_yaml_strang(varden['redigera'])}" if varden.get("redigera")
                else "# redigera: https://github.com/ert-forbund/kunskapsbank/edit/main/docs/")
    return MALL.format(
        namn=_yaml_strang(varden["namn"]), kortnamn=_yaml_strang(varden["kortnamn"]),
        logga=_yaml_strang(loggnamn), epost=_yaml_strang(varden["epost"]),
        webbplats=_yaml_strang(varden["webbplats"]),
        synpunkter=_yaml_strang(varden.get("synpunkter") or varden["epost"]),
        profilfarg=_yaml_strang(varden["farg"].lower()),
        tjanst=_yaml_strang(varden.get("tjanst") or STANDARD_TJANST), adress=adress, redigera=redigera,
        moduler="\n".join(f"  {m}: {'true' if pa else 'false'}" for m, pa in moduler.items()))


def materialets_delar(rot: Path) -> tuple[str, ...]:
    """The parts of the material, from extra.moduldelar in the project's mkdocs.yml."""
    from kunskapsbank.kallor.installningar import modulnamn
    from kunskapsbank.kallor.kallorna import las_config

    try:
        return modulnamn(las_config(rot / "mkdocs.yml").get("extra") or {})
    except InnehallsFel:
        return modulnamn({})


def _nuvarande_moduler(docs: Path, delar: tuple[str, ...]) -> dict[str, bool]:
    try:
        data, _ = las_yaml(docs / IDENTITETSFIL)
    except InnehallsFel:
        data = {}
    angivna = data.get("moduler") if isinstance(data.get("moduler"), dict) else {}
    return {m: angivna.get(m, True) is not False for m in delar}


@contextlib.contextmanager
def _avbrott_efterat():
    """Hold Ctrl+C back while the files are written, so that they are all old or all new.
    A Ctrl+C pressed meanwhile arrives as KeyboardInterrupt when the block ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def skriv_filer(docs: Path, text: str, logga: Path, loggnamn: str) -> None:
    lokalt = docs / "lokalt"
    lokalt.mkdir(parents=True, exist_ok=True)
    mal_logga = docs / loggnamn
    if logga != mal_logga.resolve():
        skriv_atomiskt(mal_logga, logga.read_bytes())
    skriv_atomiskt(docs / IDENTITETSFIL, text.encode("utf-8"))
    # The old logo in the other format would carry the old förbund's look; remove it.
    for gammal in lokalt.glob("logga.*"):
        if gammal.resolve() != mal_logga.resolve() and gammal.suffix.lower() in (".svg", ".png"):
            gammal.unlink()


def main(argv: list[str] | None = None) -> int:
    if sys.stdin.isatty() and signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # Started by something that ignores Ctrl+C (a background job of a script, nohup)
        # and still asked questions in a terminal: the person there must be able to stop it.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return _kor(argv)
    except (KeyboardInterrupt, EOFError):
        # Before the files are written (see _kor for after): one line, no traceback.
        print(f"\n{AVBRUTET}", file=sys.stderr)
        return 130


def _kor(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    rot = Path(args.rot).resolve()
    docs = rot / "docs"
    varden = {k: normalisera(k, getattr(args, k) or "") for k, _, _ in FALT}
    varden["tjanst"] = (args.tjanst or "").strip()
    delar = materialets_delar(rot)
    if (okanda := [m for m in args.stang_av if m not in delar]):
        print(f"FEL: Inget har ändrats. Delen '{okanda[0]}' finns inte i materialet. Delarna heter "
              f"{', '.join(delar)}.", file=sys.stderr)
        return 2

    if sys.stdin.isatty():
        fraga_efter(varden)

    problem = kontrollera(varden)
    if problem:
        print("FEL: Inget har ändrats, eftersom några uppgifter behöver rättas:", file=sys.stderr)
        for rad in problem:
            print(f"  - {rad}", file=sys.stderr)
        return 2

    logga = Path(varden["logga"]).resolve()
    loggnamn = f"lokalt/logga{logga.suffix.lower()}"
    moduler = _nuvarande_moduler(docs, delar)
    for modul in args.stang_av:
        moduler[modul] = False
    text = identitetsfil(varden, loggnamn, moduler)

    # Check the finished file with the same reader the build uses, in a scratch folder,
    # before anything in docs/ is touched.
    with tempfile.TemporaryDirectory() as tmp:
        prov = Path(tmp)
        (prov / "lokalt").mkdir()
        (prov / IDENTITETSFIL).write_text(text, encoding="utf-8")
        shutil.copyfile(logga, prov / loggnamn)
        try:
            identitet = las_identitet(prov, delar)
        except InnehallsFel as fel:
            print(f"FEL: Inget har ändrats. {fel.meddelande} {fel.atgard or ''}".strip(), file=sys.stderr)
            return 2

    try:
        with _avbrott_efterat():
            skriv_filer(docs, text, logga, loggnamn)
    except OSError as fel:
        print(f"FEL: Kunde inte skriva i docs/lokalt/ ({fel.strerror or fel}). Kontrollera att mappen "
              "går att skriva i och att disken har plats.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"\nAvbrutet. Inställningarna hann sparas i docs/{IDENTITETSFIL.as_posix()}; "
              "kör scripts/build för att se webbplatsen.", file=sys.stderr)
        return 130
    try:
        return _visa_och_bygg(args, rot, identitet, loggnamn, moduler)
    except KeyboardInterrupt:
        print(f"\nAvbrutet. Inställningarna är sparade i docs/{IDENTITETSFIL.as_posix()}, men förhandsvisningen "
              "blev inte klar; kör scripts/build för att se webbplatsen.", file=sys.stderr)
        return 130


def _visa_och_bygg(args, rot: Path, identitet, loggnamn: str, moduler: dict[str, bool]) -> int:
    """After the files are written: say what was written and build the preview."""
    print(f"==> Skrev docs/{IDENTITETSFIL.as_posix()} och docs/{loggnamn} för {identitet.namn}.")
    print(f"    Profilfärg {identitet.profilfarg}: kontrast mot vitt {kontrast(identitet.profilfarg, '#ffffff'):.1f}:1 "
          f"(kravet är 4.5:1).")
    avstangda = [m for m, pa in moduler.items() if not pa]
    if avstangda:
        print(f"    Avstängda delar: {', '.join(avstangda)}.")
    if args.utan_bygge:
        print("==> Bygg webbplatsen med scripts/build när du vill se resultatet.")
        return 0
    print("==> Bygger en förhandsvisning i site/ ...", flush=True)
    bygge = subprocess.run([sys.executable, "-m", "kunskapsbank.byggkedja", "--site-dir", str(rot / "site")],
                           cwd=rot, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                           capture_output=True, text=True)
    if bygge.returncode != 0:
        fel = [r for r in bygge.stderr.splitlines() if any(o in r for o in ("ERROR", "WARNING", "FEL:", "VARNING:"))]
        print("FEL: Inställningarna är sparade, men bygget misslyckades:", file=sys.stderr)
        print("\n".join(fel[-20:]) or bygge.stderr[-3000:], file=sys.stderr)
        return 1
    print("==> Klart. Öppna site/index.html eller kör scripts/serve för att se webbplatsen.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
