"""What every rule shares, and the registry of rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from ...rutor import Rutor
from ..markdown import Block, Dokument, position
from ..text import Mening

Traff = tuple[int, int, str, "str | None"]


@dataclass
class Meningsblock:
    block: Block
    text: str
    karta: list
    meningar: list[Mening]

    def plats(self, offset: int) -> tuple[int, int]:
        return position(self.karta, offset)


@dataclass
class Kontext:
    path: str
    dok: Dokument
    niva: str
    grans: dict
    block: list[Meningsblock]
    forklarade_forkortningar: dict[str, str] = field(default_factory=dict)
    lix: float | None = None
    ord_antal: int = 0
    rutor: Rutor = field(default_factory=Rutor)


class Regel:
    id: str = ""
    allvarlighet: str = "warning"
    namn: str = ""
    # A rule that guards what participants see cannot be switched off in config or inline.
    kan_stangas_av: bool = True
    # Which sources the rule reads: text rules skip tables, code and comments.

    def granska(self, k: Kontext) -> Iterator[Traff]:  # pragma: no cover - interface
        raise NotImplementedError


_REGISTER: dict[str, Regel] = {}


def registrera(klass):
    _REGISTER[klass.id] = klass()
    return klass


def alla_regler() -> dict[str, Regel]:
    # Import for their side effect: each module registers its rules.
    from . import passiv, langd, ordval, struktur, akronymer, ruta, tecken  # noqa: F401
    return dict(_REGISTER)
