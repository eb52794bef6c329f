"""scripts/ny-forbund: makes the site another förbund's own in one step.

Asks for (or takes as arguments) name, short name, e-mail, website, brand colour and
logo; checks everything first; only then writes docs/lokalt/forbund.yml and the logo,
and builds a preview. Bad input gets a Swedish message and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .farg import kontrast
from .kommandorad import SvenskArgumentParser, SvenskHjalp
from .fel import InnehallsFel
from .identitet import (IDENTITETSFIL, MODULER, STANDARD_TJANST, kontrollera_epost,
                        kontrollera_loggfil, kontrollera_profilfarg, kontrollera_webbadress,
                        las_identitet)
from .yamlfil import las_yaml

FALT = [  # (argument, question, required)
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
    p.add_argument("--stang-av", action="append", default=[], metavar="DEL", choices=MODULER,
                   help=f"stäng av en del av materialet: {', '.join(MODULER)} (kan upprepas)")
    p.add_argument("--utan-bygge", action="store_true", help="skriv inställningarna men bygg inte webbplatsen")
    p.add_argument("--rot", default=".", help=argparse.SUPPRESS)
    p.add_argument("-h", "--help", action="help", help="visa den här hjälpen")
    return p


def _fraga(fraga: str) -> str:
    try:
        return input(f"{fraga}: ").strip()
    except EOFError:
        return ""


def _yaml_strang(text: str) -> str:
    # A JSON string is a valid double-quoted YAML scalar, and keeps Swedish letters.
    return json.dumps(text, ensure_ascii=False)


def kontrollera(varden: dict) -> list[str]:
    """Every problem with the given values, as Swedish lines naming the argument."""
    fel = []
    for nyckel in ("namn", "kortnamn", "epost", "webbplats", "farg", "logga"):
        if not varden.get(nyckel):
            fel.append(f"--{nyckel}: uppgiften saknas.")
    for nyckel in ("namn", "kortnamn", "tjanst"):
        text = varden.get(nyckel) or ""
        if any(ord(t) < 32 for t in text):
            fel.append(f"--{nyckel}: texten får inte innehålla radbrytningar eller styrtecken.")
    if varden.get("kortnamn") and len(varden["kortnamn"]) > 30:
        fel.append(f"--kortnamn: '{varden['kortnamn']}' är för långt ({len(varden['kortnamn'])} tecken). "
                   "Skriv högst 30 tecken.")
    for nyckel in ("epost", "synpunkter"):
        if varden.get(nyckel) and not kontrollera_epost(varden[nyckel]):
            fel.append(f"--{nyckel}: '{varden[nyckel]}' ser inte ut som en e-postadress. "
                       "Skriv en adress som namn@exempel.se.")
    for nyckel in ("webbplats", "adress", "redigera"):
        if varden.get(nyckel) and not kontrollera_webbadress(varden[nyckel]):
            fel.append(f"--{nyckel}: '{varden[nyckel]}' ser inte ut som en webbadress. "
                       "Skriv hela adressen med https://, till exempel https://www.exempel.se.")
    if varden.get("farg"):
        problem = kontrollera_profilfarg(varden["farg"])
        if problem:
            fel.append(f"--farg: {problem[0]} {problem[1]}")
    if varden.get("logga"):
        problem = kontrollera_loggfil(Path(varden["logga"]), varden["logga"])
        if problem:
            fel.append(f"--logga: {problem} Välj en SVG- eller PNG-fil som finns.")
    return fel


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


def _nuvarande_moduler(docs: Path) -> dict[str, bool]:
    try:
        data, _ = las_yaml(docs / IDENTITETSFIL)
    except InnehallsFel:
        data = {}
    angivna = data.get("moduler") if isinstance(data.get("moduler"), dict) else {}
    return {m: angivna.get(m, True) is not False for m in MODULER}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    rot = Path(args.rot).resolve()
    docs = rot / "docs"
    varden = {k: (getattr(args, k) or "").strip() for k, _, _ in FALT}
    varden["tjanst"] = (args.tjanst or "").strip()

    if sys.stdin.isatty():
        for nyckel, fraga, kravs in FALT:
            while not varden[nyckel]:
                varden[nyckel] = _fraga(fraga)
                if not kravs:
                    break

    problem = kontrollera(varden)
    if problem:
        print("FEL: Inget har ändrats, eftersom några uppgifter behöver rättas:", file=sys.stderr)
        for rad in problem:
            print(f"  - {rad}", file=sys.stderr)
        return 2

    logga = Path(varden["logga"]).resolve()
    loggnamn = f"lokalt/logga{logga.suffix.lower()}"
    moduler = _nuvarande_moduler(docs)
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
            identitet = las_identitet(prov)
        except InnehallsFel as fel:
            print(f"FEL: Inget har ändrats. {fel.meddelande} {fel.atgard or ''}".strip(), file=sys.stderr)
            return 2

    lokalt = docs / "lokalt"
    lokalt.mkdir(parents=True, exist_ok=True)
    mal_logga = docs / loggnamn
    if logga != mal_logga.resolve():
        shutil.copyfile(logga, mal_logga)
    # The old logo in the other format would carry the old förbund's look; remove it.
    for gammal in lokalt.glob("logga.*"):
        if gammal.resolve() != mal_logga.resolve() and gammal.suffix.lower() in (".svg", ".png"):
            gammal.unlink()
    (docs / IDENTITETSFIL).write_text(text, encoding="utf-8")

    print(f"==> Skrev docs/{IDENTITETSFIL.as_posix()} och docs/{loggnamn} för {identitet.namn}.")
    print(f"    Profilfärg {identitet.profilfarg}: kontrast mot vitt {kontrast(identitet.profilfarg, '#ffffff'):.1f}:1 "
          f"(kravet är 4.5:1).")
    avstangda = [m for m, pa in moduler.items() if not pa]
    if avstangda:
        print(f"    Avstängda delar: {', '.join(avstangda)}.")
    if args.utan_bygge:
        print("==> Bygg webbplatsen med scripts/build när du vill se resultatet.")
        return 0
    print("==> Bygger en förhandsvisning i site/ (mkdocs build --strict) ...", flush=True)
    bygge = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(rot / "site")],
                           cwd=rot, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                           capture_output=True, text=True)
    if bygge.returncode != 0:
        fel = [r for r in bygge.stderr.splitlines() if "ERROR" in r or "WARNING" in r]
        print("FEL: Inställningarna är sparade, men bygget misslyckades:", file=sys.stderr)
        print("\n".join(fel[-20:]) or bygge.stderr[-3000:], file=sys.stderr)
        return 1
    print("==> Klart. Öppna site/index.html eller kör scripts/serve för att se webbplatsen.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
