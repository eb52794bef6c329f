"""Does a text reach its level? One honest verdict for scripts/lint, the readability
report and the page "Granska din text".

A level states its conditions as data (data/nivaer.yml and the limits in
installningar): the longest sentence, the share of long words, LIX when the text is long
enough, no errors, and no finding of the kinds the level cares about. A text reaches the
level only when every condition that can be judged holds; the verdict says which
conditions could not be judged (LIX on a short text) instead of passing the text anyway.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache

from kunskapsbank.lattlast.installningar import NIVANAMN

# Under this many words of running text the share of long words says little.
MINST_ORD_FOR_ANDEL = 30


@dataclass(frozen=True)
class Villkor:
    namn: str
    klarar: bool | None          # None: cannot be judged on this text
    text: str


@dataclass(frozen=True)
class Bedomning:
    niva: str
    klarar: bool | None          # True: every condition holds; False: one does not; None: too short to judge all
    text: str
    villkor: list[Villkor] = field(default_factory=list)

    def som_dict(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=1)
def regler_per_niva() -> dict[str, tuple[str, ...]]:
    from kunskapsbank.lattlast.regeldata import las_data

    data = las_data("nivaer")
    return {niva: tuple(data[niva]["regler"]) for niva in data}


def _tal(n: float) -> str:
    return f"{n:g}".replace(".", ",")


def bedom(fynd, statistik, niva: str, grans: dict) -> Bedomning | None:
    """The verdict for a checked text at its level (None for a page the checker skips)."""
    if statistik is None or niva not in NIVANAMN:
        return None
    nivanamn = NIVANAMN[niva]
    villkor = []
    langsta, mal = statistik.langsta_mening, grans["mening_max_ord"]
    villkor.append(Villkor("Längsta meningen", langsta <= mal,
                           f"Den längsta meningen har {langsta} ord (högst {mal})."))
    andel, andel_mal = statistik.andel_langa, grans.get("andel_langa_max")
    if andel is None or statistik.prosa_ord < MINST_ORD_FOR_ANDEL:
        villkor.append(Villkor("Långa ord", None, f"Andelen långa ord räknas från {MINST_ORD_FOR_ANDEL} ord "
                                                 "löpande text."))
    else:
        villkor.append(Villkor("Långa ord", andel <= andel_mal,
                               f"{_tal(andel)} procent av orden är långa (högst {_tal(andel_mal)})."))
    if statistik.lix is None or statistik.prosa_ord < grans["lix_min_ord"]:
        villkor.append(Villkor("LIX", None, f"LIX räknas från {grans['lix_min_ord']} ord löpande text; "
                                           f"texten har {statistik.prosa_ord} ord."))
    else:
        villkor.append(Villkor("LIX", statistik.lix <= grans["lix_max"],
                               f"LIX är {_tal(statistik.lix)} (högst {grans['lix_max']})."))
    fel = [f for f in fynd if f.severity == "error"]
    villkor.append(Villkor("Inga fel", not fel, f"{len(fel)} fel." if fel else "Inga fel."))
    slag = regler_per_niva().get(niva, ())
    andra = [f for f in fynd if f.severity != "error" and f.rule in slag]
    villkor.append(Villkor(f"Inget att rätta för {nivanamn}", not andra,
                           f"{len(andra)} saker att rätta (till exempel {andra[0].rule})." if andra
                           else "Inget av det som nivån kräver att du rättar."))
    inte = [v for v in villkor if v.klarar is False]
    obedomda = [v for v in villkor if v.klarar is None]
    if inte:
        text = (f"Texten klarar inte nivån {nivanamn} än. Det här håller inte: "
                + "; ".join(v.text.rstrip(".") for v in inte) + ".")
        return Bedomning(niva, False, text, villkor)
    if obedomda:
        text = (f"Texten håller för nivån {nivanamn} på allt som går att bedöma. "
                + " ".join(v.text for v in obedomda))
        return Bedomning(niva, None, text, villkor)
    return Bedomning(niva, True, f"Texten klarar nivån {nivanamn}: alla villkor håller.", villkor)
