"""The förbund's identity: one file (docs/lokalt/forbund.yml) that every template reads.

Upstream never edits that file, so a fork keeps its name, logo and colours through
every merge.
"""

from __future__ import annotations

import difflib

import re
from dataclasses import dataclass, field, asdict
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, field_validator

from markupsafe import Markup, escape

from kunskapsbank.forbund.farg import AA_NORMAL_TEXT, ar_hexfarg, basta_textfarg, kontrast, morkare_nyans
from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.validering import Modell, fel, validera
from kunskapsbank.grund.yamlfil import las_mapping, las_text

IDENTITETSFIL = Path("lokalt") / "forbund.yml"
STANDARD_TJANST = "Kunskapsbanken om BIP och VTA"
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
    moduler: dict[str, bool] = field(default_factory=dict)     # a part not named here is on

    def som_dict(self) -> dict:
        return asdict(self)


def kontrollera_epost(varde: str) -> bool:
    return bool(EPOST.match(varde or ""))


def kontrollera_webbadress(varde: str) -> bool:
    return bool(WEBBADRESS.match(varde or ""))


# The messages for a bad value, shared by the identity file and scripts/ny-forbund.
EPOST_FEL = ("'{varde}' ser inte ut som en e-postadress.", "Skriv en adress som namn@exempel.se.")
WEBBADRESS_FEL = ("'{varde}' ser inte ut som en webbadress.",
                  "Skriv hela adressen med https://, till exempel https://www.exempel.se.")
KORTNAMN_MAX = 30


def problem_med_text(nyckel: str, varde: str) -> tuple[str, str] | None:
    """(problem, fix) for a name that would break the header or the booklets' footer."""
    if any(ord(t) < 32 or ord(t) == 127 for t in varde):
        return ("Texten får inte innehålla radbrytningar eller styrtecken.", "Skriv allt på en rad.")
    if nyckel == "kortnamn" and len(varde) > KORTNAMN_MAX:
        return (f"'{varde}' är för långt ({len(varde)} tecken).", f"Skriv högst {KORTNAMN_MAX} tecken.")
    from kunskapsbank.lattlast.regler.tecken import TYPSNITT, kan_skrivas_ut

    # The name stands on every page of every booklet: a character the font lacks (an
    # emoji, most often) would print as an empty box on all of them.
    if (saknas := "".join(dict.fromkeys(t for t in varde if not kan_skrivas_ut(t)))):
        koder = ", ".join(f"U+{ord(t):04X}" for t in saknas)
        return (f"Tecknet '{saknas}' ({koder}) finns inte i typsnittet {TYPSNITT}, så det blir en tom "
                "ruta på varje sida i PDF-häftena.", "Ta bort tecknet, eller skriv det med ord.")
    return None


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


def _text(varde):
    if varde is None or (isinstance(varde, str) and not varde.strip()):
        raise fel("Uppgiften saknas eller är tom.", "Skriv ett värde efter kolonet.")
    return varde.strip() if isinstance(varde, str) else varde


Uppgift = Annotated[str, BeforeValidator(_text)]


def _kontrollera(kontroll, meddelande: str, atgard: str):
    def validator(varde):
        if varde is not None and not kontroll(varde):
            raise fel(meddelande.format(varde=varde), atgard)
        return varde
    return AfterValidator(validator)


def _text_utan_problem(nyckel: str):
    def validator(varde):
        if varde is not None and (problem := problem_med_text(nyckel, varde)):
            raise fel(*problem)
        return varde
    return AfterValidator(validator)


Epost = Annotated[Uppgift, _kontrollera(kontrollera_epost, *EPOST_FEL)]


class Identitetsfil(Modell):
    """docs/lokalt/forbund.yml as the förbund writes it."""

    namn: Annotated[Uppgift, _text_utan_problem("namn")]
    kortnamn: Annotated[Uppgift, _text_utan_problem("kortnamn")]
    logga: Uppgift
    epost: Epost
    webbplats: Annotated[Uppgift, _kontrollera(kontrollera_webbadress, *WEBBADRESS_FEL)]
    synpunkter: Epost
    profilfarg: Uppgift
    tjanst: Annotated[Uppgift, _text_utan_problem("tjanst")] | None = None
    adress: Annotated[str, _kontrollera(
        kontrollera_webbadress, WEBBADRESS_FEL[0],
        "Skriv hela adressen där kunskapsbanken ligger, med https://, eller ta bort raden.")] | None = None
    redigera: Annotated[str, _kontrollera(
        kontrollera_webbadress, WEBBADRESS_FEL[0],
        "Skriv adressen till mappen docs/ i ert repo, eller ta bort raden.")] | None = None
    moduler: dict[str, bool] | None = None

    @field_validator("moduler")
    @classmethod
    def _delar_som_finns(cls, moduler, info):
        # The parts are the keys of extra.moduldelar in mkdocs.yml (and engelska).
        finns = (info.context or {}).get("moduler")
        for nyckel in moduler or {}:
            if finns is not None and nyckel not in finns:
                nara = difflib.get_close_matches(nyckel, finns, n=1, cutoff=0.6)
                raise fel(f"Delen '{nyckel}' finns inte i materialet.",
                          f"Menade du '{nara[0]}'?" if nara else f"Delarna heter {', '.join(finns)}.", nyckel)
        return moduler

    @field_validator("profilfarg")
    @classmethod
    def _lasbar_farg(cls, farg):
        if problem := kontrollera_profilfarg(farg):
            raise fel(*problem)
        return farg

    @field_validator("logga")
    @classmethod
    def _loggan_finns(cls, logga, info):
        if problem := kontrollera_logga(info.context["docs"], logga):
            raise fel(problem, "Lägg loggan i docs/lokalt/ och skriv sökvägen från docs/, "
                      "till exempel logga: lokalt/logga.svg.")
        return logga


def _kommentar_i_stallet(text: str, fynd: InnehallsFel) -> InnehallsFel:
    """`profilfarg: #1f4e79` without quotes is a key with a comment and no value."""
    rad = text.split("\n")[fynd.rad - 1] if fynd.rad and fynd.rad <= text.count("\n") + 1 else ""
    nyckel, _, rest = rad.partition(":")
    if "saknas eller är tom" in fynd.meddelande and rest.strip().startswith("#"):
        return InnehallsFel(fynd.fil, fynd.rad, f"Efter '{nyckel.strip()}:' står bara en kommentar, "
                            "eftersom # börjar en kommentar i YAML.",
                            f"Sätt värdet inom citattecken: {nyckel.strip()}: \"{rest.strip()}\"",
                            len(nyckel) + 1 + len(rest) - len(rest.lstrip()) + 1)
    return fynd


def las_identitet(docs_dir: Path, moduler: tuple[str, ...] | None = None) -> Identitet:
    """Read and check the identity file. Raises InnehallsFel with file, line and column.
    moduler: the parts the material has (installningar.modulnamn), to check the switches."""
    path = docs_dir / IDENTITETSFIL
    visning = f"docs/{IDENTITETSFIL.as_posix()}"
    text = las_text(path, visning)
    data, nod = las_mapping(text, visning)
    fil, fynd = validera(Identitetsfil, data, nod, visning, kontext={"docs": docs_dir, "moduler": moduler})
    if fynd:
        raise _kommentar_i_stallet(text, fynd[0])
    textfarg, _ = basta_textfarg(fil.profilfarg)
    return Identitet(namn=fil.namn, kortnamn=fil.kortnamn, logga=fil.logga, epost=fil.epost,
                     webbplats=fil.webbplats, synpunkter=fil.synpunkter, profilfarg=fil.profilfarg,
                     textfarg=textfarg, tjanst=fil.tjanst or STANDARD_TJANST,
                     adress=fil.adress.rstrip("/") + "/" if fil.adress else None,
                     redigera=fil.redigera, moduler=dict(fil.moduler or {}))
