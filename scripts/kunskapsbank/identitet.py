"""The förbund's identity: one file (docs/lokalt/forbund.yml) that every template reads.

Upstream never edits that file, so a fork keeps its name, logo and colours through
every merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, asdict
from pathlib import Path

from .farg import AA_NORMAL_TEXT, ar_hexfarg, basta_textfarg
from .fel import InnehallsFel
from .yamlfil import las_yaml

IDENTITETSFIL = Path("lokalt") / "forbund.yml"
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
    redigera: str | None = None
    moduler: dict[str, bool] = field(default_factory=lambda: {m: True for m in MODULER})

    def som_dict(self) -> dict:
        return asdict(self)


def kontrollera_epost(varde: str) -> bool:
    return bool(EPOST.match(varde or ""))


def kontrollera_webbadress(varde: str) -> bool:
    return bool(WEBBADRESS.match(varde or ""))


def kontrollera_logga(docs_dir: Path, relativ: str) -> str | None:
    """Return an error text, or None when the logo is usable."""
    fil = docs_dir / relativ
    if not fil.is_file():
        return f"Loggan {relativ} finns inte i docs/."
    if fil.suffix.lower() not in (".svg", ".png"):
        return f"Loggan {relativ} måste vara en SVG- eller PNG-fil."
    huvud = fil.read_bytes()[:512]
    if fil.suffix.lower() == ".png" and not huvud.startswith(b"\x89PNG"):
        return f"Loggan {relativ} heter .png men är ingen PNG-bild."
    if fil.suffix.lower() == ".svg" and b"<svg" not in fil.read_bytes()[:4096]:
        return f"Loggan {relativ} heter .svg men är ingen SVG-bild."
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
    if not ar_hexfarg(profilfarg):
        raise fel("profilfarg", f"'{profilfarg}' är ingen färgkod.",
                  "Skriv färgen som en hexkod inom citattecken, till exempel \"#1f4e79\".")
    textfarg, forhallande = basta_textfarg(profilfarg)
    if forhallande < AA_NORMAL_TEXT:
        raise fel("profilfarg",
                  f"Färgen {profilfarg} ger för låg kontrast mot både vit och svart text "
                  f"({forhallande:.1f}:1, kravet är {AA_NORMAL_TEXT}:1).",
                  "Välj en mörkare eller ljusare nyans av färgen.")
    logga = text("logga")
    problem = kontrollera_logga(docs_dir, logga)
    if problem:
        raise fel("logga", problem, "Lägg loggan i docs/lokalt/ och skriv sökvägen från docs/.")
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
    return Identitet(namn=namn, kortnamn=kortnamn, logga=logga, epost=epost,
                     webbplats=webbplats, synpunkter=synpunkter, profilfarg=profilfarg,
                     textfarg=textfarg, redigera=str(redigera) if redigera else None,
                     moduler=moduler)
