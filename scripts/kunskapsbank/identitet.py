"""The förbund's identity: one file (docs/lokalt/forbund.yml) that every template reads.

Upstream never edits that file, so a fork keeps its name, logo and colours through
every merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, asdict
from pathlib import Path

from markupsafe import Markup, escape

from .farg import AA_NORMAL_TEXT, ar_hexfarg, basta_textfarg, kontrast, morkare_nyans
from .fel import InnehallsFel
from .yamlfil import las_yaml

IDENTITETSFIL = Path("lokalt") / "forbund.yml"
STANDARD_TJANST = "Kunskapsbanken om BIP och VTA"
MODULER = ("bip", "vta", "ovningar", "engelska")
EPOST = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
WEBBADRESS = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)


@dataclass
class Identitet:
    namn: str
    kortnamn: str
    logga: str
    epost: str
    webbplats: str
    synpunkter: str
    profilfarg: str
    textfarg: str
    tjanst: str = STANDARD_TJANST
    adress: str | None = None
    redigera: str | None = None
    moduler: dict[str, bool] = field(default_factory=lambda: {m: True for m in MODULER})

    def som_dict(self) -> dict:
        return asdict(self)


def kontrollera_epost(varde: str) -> bool:
    return bool(EPOST.match(varde or ""))


def kontrollera_webbadress(varde: str) -> bool:
    return bool(WEBBADRESS.match(varde or ""))


def kontrollera_loggfil(fil: Path, namn: str) -> str | None:
    """Return an error text, or None when the file is a usable SVG or PNG logo."""
    if not fil.is_file():
        return f"Loggan {namn} finns inte."
    if fil.suffix.lower() not in (".svg", ".png"):
        return f"Loggan {namn} måste vara en SVG- eller PNG-fil."
    try:
        huvud = fil.read_bytes()[:4096]
    except OSError:
        return f"Loggan {namn} går inte att läsa."
    if fil.suffix.lower() == ".png" and not huvud.startswith(b"\x89PNG"):
        return f"Loggan {namn} heter .png men är ingen PNG-bild."
    if fil.suffix.lower() == ".svg" and b"<svg" not in huvud:
        return f"Loggan {namn} heter .svg men är ingen SVG-bild."
    return None


def kontrollera_logga(docs_dir: Path, relativ: str) -> str | None:
    """Return an error text, or None when the logo in docs/lokalt/ is usable.

    A logo outside docs/lokalt/ (`../utanfor.svg`) is not copied into the site, so every
    page would show a broken image; a symlink out of the folder counts as outside too."""
    lokalt = (docs_dir / IDENTITETSFIL.parent).resolve()
    if not (docs_dir / relativ).resolve().is_relative_to(lokalt):
        return f"Loggan {relativ} ligger utanför mappen docs/lokalt/."
    return kontrollera_loggfil(docs_dir / relativ, f"{relativ} i docs/")


def som_html(text: str) -> Markup:
    """Text from the identity file, escaped once for HTML.

    Material's templates print config.site_name without escaping. As Markup the name
    shows literally both there and where a template escapes it (`| e` leaves Markup
    alone), so quotes, & and < in a förbund's name never become HTML."""
    return escape(text)


def kontrollera_profilfarg(farg: str) -> tuple[str, str] | None:
    """Return (problem, fix) when the brand colour is not readable, else None.

    The colour is the header's background under white text, and the colour of links and
    buttons on the white page, so it needs AA contrast (4.5:1) against white. (Against
    white *or* black would pass every colour there is: mid grey still reaches 4.6:1
    against one of them.)"""
    if not ar_hexfarg(farg):
        return (f"'{farg}' är ingen färgkod.",
                "Skriv färgen som en hexkod inom citattecken, till exempel \"#1f4e79\".")
    forhallande = kontrast(farg, "#ffffff")
    if forhallande < AA_NORMAL_TEXT:
        return (f"Färgen {farg} ger för låg kontrast mot vitt ({forhallande:.2f}:1, kravet är "
                f"{AA_NORMAL_TEXT}:1). Den används bakom vit text och till länkar på vit botten.",
                f"Välj en mörkare nyans, till exempel \"{morkare_nyans(farg)}\".")
    return None


def las_identitet(docs_dir: Path) -> Identitet:
    """Read and check the identity file. Raises InnehallsFel with file and line."""
    path = docs_dir / IDENTITETSFIL
    visning = f"docs/{IDENTITETSFIL.as_posix()}"
    data, rader = las_yaml(path, visning)

    def fel(nyckel: str, meddelande: str, atgard: str) -> InnehallsFel:
        return InnehallsFel(visning, rader.get(nyckel), meddelande, atgard)

    def text(nyckel: str) -> str:
        varde = data.get(nyckel)
        if varde is None or not str(varde).strip():
            raise fel(nyckel, f"Uppgiften '{nyckel}' saknas eller är tom.",
                      f"Skriv en rad '{nyckel}: ...' med ett värde.")
        return str(varde).strip()

    namn, kortnamn = text("namn"), text("kortnamn")
    epost, synpunkter = text("epost"), text("synpunkter")
    for nyckel, varde in (("epost", epost), ("synpunkter", synpunkter)):
        if not kontrollera_epost(varde):
            raise fel(nyckel, f"'{varde}' ser inte ut som en e-postadress.",
                      "Skriv en adress som namn@exempel.se.")
    webbplats = text("webbplats")
    if not kontrollera_webbadress(webbplats):
        raise fel("webbplats", f"'{webbplats}' ser inte ut som en webbadress.",
                  "Skriv hela adressen med https://, till exempel https://www.exempel.se.")
    profilfarg = text("profilfarg")
    problem = kontrollera_profilfarg(profilfarg)
    if problem:
        raise fel("profilfarg", *problem)
    textfarg, _ = basta_textfarg(profilfarg)
    logga = text("logga")
    problem = kontrollera_logga(docs_dir, logga)
    if problem:
        raise fel("logga", problem, "Lägg loggan i docs/lokalt/ och skriv sökvägen från docs/, "
                  "till exempel logga: lokalt/logga.svg.")
    adress = data.get("adress")
    if adress is not None and not kontrollera_webbadress(str(adress)):
        raise fel("adress", f"'{adress}' ser inte ut som en webbadress.",
                  "Skriv hela adressen där kunskapsbanken ligger, med https://, eller ta bort raden.")
    redigera = data.get("redigera")
    if redigera is not None and not kontrollera_webbadress(str(redigera)):
        raise fel("redigera", f"'{redigera}' ser inte ut som en webbadress.",
                  "Skriv adressen till mappen docs/ i ert repo, eller ta bort raden.")
    moduler = {m: True for m in MODULER}
    angivna = data.get("moduler") or {}
    if not isinstance(angivna, dict):
        raise fel("moduler", "'moduler' ska vara en lista med namn: true eller false.",
                  "Skriv till exempel 'moduler:' och på nästa rad '  vta: false'.")
    for modul, pa in angivna.items():
        if modul not in MODULER:
            raise fel("moduler", f"Modulen '{modul}' finns inte.",
                      f"Välj bland: {', '.join(MODULER)}.")
        if not isinstance(pa, bool):
            raise fel("moduler", f"Modulen '{modul}' ska vara true eller false, inte '{pa}'.",
                      "Skriv true för på eller false för av.")
        moduler[modul] = pa
    tjanst = str(data.get("tjanst") or STANDARD_TJANST).strip()
    return Identitet(namn=namn, kortnamn=kortnamn, logga=logga, epost=epost,
                     webbplats=webbplats, synpunkter=synpunkter, profilfarg=profilfarg,
                     textfarg=textfarg, tjanst=tjanst,
                     adress=str(adress).rstrip("/") + "/" if adress else None,
                     redigera=str(redigera) if redigera else None, moduler=moduler)
