"""Checks YAML data against a pydantic model and reports every problem in Swedish,
at the line and column where it stands in the file, with how to fix it.

The models (front matter, booklets, identity file) live next to what uses them; this
module only knows how to read pydantic's errors. A model's own checks raise `fel(...)`
with a Swedish message, a fix and, when it points elsewhere, the path of the value.
"""

from __future__ import annotations

import datetime
import difflib
import typing
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import PydanticCustomError

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.yamlfil import nod_vid

EGET_FEL = "kunskapsbank"
CITATTECKEN = "Sätt texten inom citattecken, till exempel: \"Efter dagen: deltagarna kan ...\"."


class Modell(BaseModel):
    """Strict: a number is no text, true is no number, and an unknown key is an error."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


def fel(meddelande: str, atgard: str, *vag) -> PydanticCustomError:
    """A model's own Swedish error. `vag` leads from the checked value to the value the
    message is about, so the line is that value's."""
    return PydanticCustomError(EGET_FEL, "{meddelande}",
                               {"meddelande": meddelande, "atgard": atgard, "vag": vag})


def _modell_i(typ) -> type[BaseModel] | None:
    if isinstance(typ, type) and issubclass(typ, BaseModel):
        return typ
    for arg in typing.get_args(typ):
        if (hittad := _modell_i(arg)) is not None:
            return hittad
    return None


def _modell_vid(modell: type[BaseModel], vag: tuple) -> type[BaseModel] | None:
    """The model whose fields hold the last key of `vag` (for 'did you mean')."""
    for del_ in vag:
        if isinstance(del_, str) and modell is not None and del_ in modell.model_fields:
            modell = _modell_i(modell.model_fields[del_].annotation)
    return modell


def _nycklar(modell: type[BaseModel] | None) -> list[str]:
    return [namn for namn in (modell.model_fields if modell else {})]


def _forslag(modell: type[BaseModel], vag) -> str | None:
    """The key a misspelt key most likely meant, or None."""
    kandidater = _nycklar(_modell_vid(modell, tuple(vag[:-1])))
    lika = difflib.get_close_matches(str(vag[-1]), kandidater, n=1, cutoff=0.6)
    return lika[0] if lika else None


def _var(vag: tuple) -> str:
    """Where a value is, as a trainer reads the file: "'ratt' i punkt 3 under 'fragor'",
    "Punkt 2 under 'mal'"."""
    vag = tuple(d for d in vag if isinstance(d, int) or not d.startswith(("function-", "list[")))
    if not vag:
        return "Värdet"
    if isinstance(vag[-1], int):
        nyckel = next((d for d in reversed(vag) if isinstance(d, str)), None)
        return f"Punkt {vag[-1] + 1}" + (f" under '{nyckel}'" if nyckel else "")
    text = f"'{vag[-1]}'"
    for i in range(len(vag) - 2, 0, -1):
        if isinstance(vag[i], int) and isinstance(vag[i - 1], str):
            return text + f" i punkt {vag[i] + 1} under '{vag[i - 1]}'"
    return text


def _typnamn(varde) -> str:
    if isinstance(varde, bool):
        return "true eller false"
    if isinstance(varde, (int, float)):
        return "ett tal"
    if isinstance(varde, (datetime.date, datetime.datetime)):
        return "ett datum"
    if isinstance(varde, dict):
        return "nycklar med värden"
    if isinstance(varde, list):
        return "en lista"
    if varde is None:
        return "tomt"
    return "en text"


def _svenska(fel_: dict, modell: type[BaseModel]) -> tuple[str, str]:
    """(message, fix) for one pydantic error."""
    typ, vag, varde, ctx = fel_["type"], fel_["loc"], fel_.get("input"), fel_.get("ctx") or {}
    var = _var(vag)
    if typ == EGET_FEL:
        return ctx["meddelande"], ctx["atgard"]
    if typ == "missing":
        nyckel = vag[-1] if vag else "?"
        var = _var(vag[:-1])
        plats = f" i {var[0].lower()}{var[1:]}" if len(vag) > 1 else ""
        return (f"'{nyckel}' saknas{plats}.",
                f"Lägg till en rad '{nyckel}: ...' med samma indrag som nycklarna bredvid.")
    if typ == "extra_forbidden":
        nyckel = str(vag[-1])
        kandidater = _nycklar(_modell_vid(modell, vag[:-1]))
        if forslag := _forslag(modell, vag):
            return (f"Nyckeln '{nyckel}' finns inte. Menade du '{forslag}'?",
                    f"Skriv '{forslag}' i stället för '{nyckel}'.")
        if not kandidater and ctx.get("expected"):     # a key from a fixed list
            kandidater = [k.strip("' ") for k in ctx["expected"].replace(" or ", ", ").split(",")]
            if lika := difflib.get_close_matches(nyckel, kandidater, n=1, cutoff=0.6):
                return (f"Nyckeln '{nyckel}' finns inte. Menade du '{lika[0]}'?",
                        f"Skriv '{lika[0]}' i stället för '{nyckel}'.")
        return (f"Nyckeln '{nyckel}' finns inte.",
                f"Kontrollera stavningen och indraget, eller ta bort raden. Nycklar som går att "
                f"använda här: {', '.join(kandidater)}.")
    if typ in ("string_type", "string_too_short"):
        if isinstance(varde, dict):
            return (f"{var} ska vara en text, men ett kolon följt av mellanslag gjorde den till "
                    f"nyckel och värde.", CITATTECKEN)
        if isinstance(varde, list):
            return f"{var} ska vara en text, inte en lista.", "Skriv texten på samma rad som nyckeln."
        if typ == "string_too_short" or varde is None:
            return f"{var} är tomt.", "Skriv en text efter kolonet, eller ta bort raden."
        return (f"{var} ska vara en text, men YAML läser '{varde}' som {_typnamn(varde)}.",
                "Sätt värdet inom citattecken, till exempel \"" + str(varde) + "\".")
    if typ in ("int_type", "int_parsing", "int_from_float"):
        if isinstance(varde, bool):
            return (f"{var} ska vara ett heltal, inte true eller false.",
                    "Skriv ett heltal utan citattecken, till exempel 2.")
        return (f"{var} ska vara ett heltal, men är {_typnamn(varde)} ('{varde}').",
                "Skriv ett heltal utan citattecken, till exempel 2.")
    if typ == "bool_type":
        return (f"{var} ska vara true eller false, inte '{varde}'.",
                "Skriv true eller false utan citattecken.")
    if typ in ("float_type", "float_parsing"):
        return f"{var} ska vara ett tal, inte '{varde}'.", "Skriv ett tal utan citattecken, till exempel 2.5."
    if typ in ("date_type", "date_parsing", "date_from_datetime_inexact"):
        return (f"{var} ska vara ett datum, inte '{varde}'.",
                "Skriv datumet som år-månad-dag utan citattecken, till exempel 2025-03-01.")
    if typ == "list_type":
        return (f"{var} ska vara en lista, men är {_typnamn(varde)}.",
                "Skriv varje punkt på en egen rad som börjar med '- ', med indrag under nyckeln.")
    if typ in ("model_type", "dict_type", "model_attributes_type"):
        return (f"{var} ska bestå av nycklar med värden, men är {_typnamn(varde)}.",
                "Skriv en nyckel per rad, till exempel 'fraga: ...', med samma indrag.")
    if typ == "literal_error":
        return (f"{var} kan inte vara '{varde}'.", f"Välj ett av värdena {ctx.get('expected')}."
                .replace(" or ", " eller "))
    if typ == "too_short":
        return (f"{var} har för få punkter ({ctx.get('actual_length')}); minst "
                f"{ctx.get('min_length')} behövs.", "Lägg till punkter, var och en på en rad som börjar med '- '.")
    if typ == "too_long":
        return (f"{var} har för många punkter ({ctx.get('actual_length')}); högst "
                f"{ctx.get('max_length')} går.", "Ta bort punkter eller dela upp dem.")
    if typ in ("greater_than_equal", "greater_than"):
        return (f"{var} är för litet ('{varde}').",
                f"Skriv ett tal som är minst {ctx.get('ge', ctx.get('gt'))}.")
    if typ in ("less_than_equal", "less_than"):
        return (f"{var} är för stort ('{varde}').",
                f"Skriv ett tal som är högst {ctx.get('le', ctx.get('lt'))}.")
    if typ == "string_pattern_mismatch":
        return (f"{var} har tecken som inte går att använda ('{varde}').",
                "Använd bara små bokstäver a–z, siffror och bindestreck, till exempel kontakt-1.")
    return (f"{var} har fel form ('{varde}').",
            "Jämför med en sida där samma nyckel fungerar, till exempel i docs/vta/.")


UNIONSMARKE = "§"      # the tag of a member of a tagged union (Tag("§...")): not a key


def _plats(fel_: dict) -> tuple:
    vag = tuple(d for d in fel_["loc"] if not (isinstance(d, str) and d.startswith(UNIONSMARKE)))
    if fel_["type"] == EGET_FEL:
        vag += tuple((fel_.get("ctx") or {}).get("vag") or ())
    return vag


def validera(modell: type[BaseModel], data: Any, nod, fil: str, forsta_rad: int = 1,
             prefix: tuple = (), kontext: dict | None = None) -> tuple[BaseModel | None, list[InnehallsFel]]:
    """Validate `data` (read from YAML whose root node is `nod`, starting on file line
    `forsta_rad`). Returns (model, []) or (None, one InnehallsFel per problem, in file
    order). `prefix` is the path from the file's root to `data`."""
    try:
        return modell.model_validate(data, context=kontext), []
    except ValidationError as err:
        fynd, sedda = [], set()
        alla = err.errors(include_url=False)
        # A misspelt key is also a missing key; the message about the spelling says it all.
        stavfel = {tuple(_plats(f)[:-1]) + (_forslag(modell, _plats(f)),) for f in alla
                   if f["type"] == "extra_forbidden"}
        for f in alla:
            if f["type"] == "missing" and _plats(f) in stavfel:
                continue
            vag = _plats(f)
            nyckeln = f["type"] == "extra_forbidden"
            if vag and vag[-1] == "[key]":        # a key of a mapping was checked, not its value
                vag, nyckeln = vag[:-1], True
                f = {**f, "type": "extra_forbidden" if f["type"] == "literal_error" else f["type"]}
            stalle = nod_vid(nod, prefix + vag, nyckeln=nyckeln)
            rad = stalle.start_mark.line + forsta_rad if stalle is not None else None
            kolumn = stalle.start_mark.column + 1 if stalle is not None else None
            meddelande, atgard = _svenska({**f, "loc": vag}, modell)
            if (rad, kolumn, meddelande) in sedda:
                continue        # the same value failing each member of a union
            sedda.add((rad, kolumn, meddelande))
            fynd.append(InnehallsFel(fil, rad, meddelande, atgard, kolumn))
        fynd.sort(key=lambda f: (f.rad or 0, f.kolumn or 0))
        return None, fynd



def validera_varje(modell: type[BaseModel], data: dict | None, nod, fil: str) -> tuple[dict, list[InnehallsFel]]:
    """A YAML mapping of named entries (a data file such as docs/_data/kallor.yml): each
    value checked as `modell` at its own line. Returns ({name: model}, every problem)."""
    ut, fynd = {}, []
    for nyckel, varde in (data or {}).items():
        undernod = next((v for k, v in nod.value if k.value == nyckel), None) if nod is not None else None
        post, fel_ = validera(modell, varde, undernod, fil)
        fynd += fel_
        if post is not None:
            ut[str(nyckel)] = post
    return ut, fynd
