"""Course evaluations: the questions of each course's evaluation form, as data in
docs/_data/utvardering.yml, so the printable form on the site and the list a förbund
pastes into its own survey tool come from one place.

    bip1:
      kurs: BIP 1
      fragor:
        - id: nytta-i-arbetet
          fraga: Har kursen gett dig något som du har nytta av i ditt arbete?
          typ: skala
          alternativ: [I mycket hög grad, I hög grad, I viss grad, I låg grad, Inte alls]

A handout page shows a form with `utvardering: bip1` (kunskapsbank.sidor.kurssidor).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.validering import Modell, fel, validera_varje
from kunskapsbank.grund.yamlfil import las_mapping, las_text

UTVARDERINGAR = "_data/utvardering.yml"        # under docs/

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]


class Utvarderingsfraga(Modell):
    id: Id
    fraga: Text
    typ: Literal["skala", "val", "fritext"]
    alternativ: list[Text] | None = None

    @model_validator(mode="after")
    def _alternativ_efter_typ(self):
        if self.typ == "fritext" and self.alternativ:
            raise fel(f"Frågan '{self.id}' är fritext men har alternativ.",
                      "Ta bort alternativ, eller skriv typ: val.", "alternativ")
        if self.typ != "fritext" and len(self.alternativ or []) < 2:
            raise fel(f"Frågan '{self.id}' är av typen {self.typ} men har färre än två alternativ.",
                      "Skriv alternativen på en rad: alternativ: [I hög grad, I viss grad, Inte alls].",
                      "alternativ" if self.alternativ is not None else "typ")
        return self


class Utvardering(Modell):
    kurs: Text
    fragor: Annotated[list[Utvarderingsfraga], Field(min_length=1)]

    @model_validator(mode="after")
    def _unika_id(self):
        sedda = set()
        for nr, fraga in enumerate(self.fragor):
            if fraga.id in sedda:
                raise fel(f"Två frågor har id '{fraga.id}'.",
                          "Ge varje fråga ett eget id: det följer frågan in i förbundets enkätverktyg.",
                          "fragor", nr, "id")
            sedda.add(fraga.id)
        return self


@dataclass(frozen=True)
class Utvarderingar:
    formular: dict[str, Utvardering]
    fil: str


def las_utvarderingar(docs: Path, namn: str | None = None) -> Utvarderingar:
    """Every evaluation form, checked. No file: none. Raises InnehallsFel with line."""
    fil = docs / UTVARDERINGAR
    namn = namn or f"docs/{UTVARDERINGAR}"
    if not fil.is_file():
        return Utvarderingar({}, namn)
    data, nod = las_mapping(las_text(fil, namn), namn)
    formular, fynd = validera_varje(Utvardering, data, nod, namn)
    if fynd:
        raise fynd[0]
    return Utvarderingar(formular, namn)


def formularet(utvarderingar: Utvarderingar, id_: str, sida: str) -> Utvardering:
    """The form a page names, or a Swedish error naming the page."""
    if id_ not in utvarderingar.formular:
        finns = ", ".join(utvarderingar.formular) or "inga"
        raise InnehallsFel(sida, None, f"Utvärderingen '{id_}' finns inte i {utvarderingar.fil}.",
                           f"Skriv en av utvärderingarna som finns ({finns}), eller lägg till den i filen.")
    return utvarderingar.formular[id_]
