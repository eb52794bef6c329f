"""What every rule shares, and the registry of rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from typing import Iterator

from kunskapsbank.kontroller.rutor import Rutor
from kunskapsbank.lattlast.markdown import Block, Dokument, position
from kunskapsbank.lattlast.text import Mening, Ord

@dataclass
class Traff:
    """What a rule found. Positions are 1-based; end_column is the column just after the
    span's last character. replacements are texts that can stand in the span's place
    as they are; safe says `--fix` may apply the first one without a person choosing.
    severity overrides the rule's own for this hit."""
    line: int
    column: int
    message: str
    suggestion: str | None = None
    severity: str | None = None
    end_line: int | None = None
    end_column: int | None = None
    replacements: tuple[str, ...] = ()
    safe: bool = False


@dataclass
class Meningsblock:
    block: Block
    text: str
    karta: list
    meningar: list[Mening]
    alla_ord: list[Ord] = field(init=False)     # the sentences' words, in order

    def __post_init__(self):
        self.alla_ord = list(chain.from_iterable(m.ord for m in self.meningar))

    def plats(self, offset: int) -> tuple[int, int]:
        return position(self.karta, offset)

    def traff(self, start: int, slut: int, message: str, suggestion: str | None = None,
              replacements: tuple[str, ...] = (), safe: bool = False) -> Traff:
        """A hit on the block text between offsets start and slut."""
        karta = self.karta
        if len(karta) == 1 and karta[0][0] == 0:     # a one-line block: the common case
            _, rad, kol = karta[0]
            return Traff(rad, kol + start, message, suggestion, None, rad, kol + slut,
                         tuple(replacements), safe and bool(replacements))
        rad, kol = position(karta, start)
        slutrad, slutkol = position(karta, slut)
        return Traff(rad, kol, message, suggestion, None, slutrad, slutkol,
                     tuple(replacements), safe and bool(replacements))


@dataclass(frozen=True)
class Exempel:
    """A text a rule must (traff) or must not find something in, as Markdown. rattad: the
    text once the first replacement the rule offers stands in the finding's place. niva:
    the level the example is checked at. Each rule's examples run as its tests
    (tests/regler/test_<id>.py) and stand on the rules page."""
    text: str
    traff: bool
    rattad: str | None = None
    niva: str = "klarsprak"
    sokvag: str = "exempel.md"      # where the text stands: some rules read only some folders


def exempel_i_data(data: dict) -> tuple[Exempel, ...]:
    """A rule's examples from its data file: a list of {text, traff: ja|nej}."""
    return tuple(Exempel(e["text"], e["traff"] == "ja") for e in data.get("exempel") or ())


@dataclass
class Kontext:
    path: str
    dok: Dokument
    niva: str
    grans: dict
    block: list[Meningsblock]
    forklarade_forkortningar: dict[str, str] = field(default_factory=dict)
    egennamn: frozenset = frozenset()
    lix: float | None = None
    ord_antal: int = 0            # words of running text (what LIX is computed on)
    rutor: Rutor = field(default_factory=Rutor)
    statistik: object = None      # lattlast.statistik.Statistik of the page


class Regel:
    id: str = ""
    allvarlighet: str = "warning"
    namn: str = ""
    # A rule that guards what participants see cannot be switched off in config or inline.
    kan_stangas_av: bool = True
    # Which sources the rule reads: text rules skip tables, code and comments.
    exempel: tuple[Exempel, ...] = ()

    def alla_exempel(self) -> tuple[Exempel, ...]:
        """The rule's examples: its own, and for a rule of data, every entry's."""
        return self.exempel

    def granska(self, k: Kontext) -> Iterator[Traff]:  # pragma: no cover - interface
        raise NotImplementedError


_REGISTER: dict[str, Regel] = {}


def registrera(klass):
    _REGISTER[klass.id] = klass()
    return klass


def alla_regler() -> dict[str, Regel]:
    # Import for their side effect: each module registers its rules.
    from kunskapsbank.lattlast.regler import passiv, langd, ordval, struktur, akronymer, ruta, tecken, skrivsatt, fragment, nominalstil, svara_ord, begrepp, bildspel  # noqa: F401
    return dict(_REGISTER)
