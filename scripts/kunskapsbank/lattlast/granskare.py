"""The engine: Markdown in, findings and statistics out. No MkDocs needed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .fynd import Fynd
from .installningar import NIVA_ALIAS, Installningar
from .markdown import LISTPUNKT, RUBRIK, RUTRUBRIK, STYCKE, las_markdown
from .regler import Kontext, alla_regler
from .regler.bas import Meningsblock
from .statistik import Statistik, rakna
from .text import dela_meningar

TEXTBLOCK = (STYCKE, LISTPUNKT, RUBRIK, RUTRUBRIK)


@dataclass
class Resultat:
    path: str
    niva: str
    fynd: list[Fynd] = field(default_factory=list)
    statistik: Statistik | None = None

    @property
    def fel(self) -> int:
        return sum(1 for f in self.fynd if f.severity == "error")

    @property
    def varningar(self) -> int:
        return sum(1 for f in self.fynd if f.severity == "warning")


class LasFel(Exception):
    """A file that cannot be read; the text is Swedish and names the file."""


def _niva_och_granser(front: dict, inst: Installningar, path: str, rader: list[str]):
    """Return (level, limits, problem finding or None)."""
    varde = front.get("lattlast", inst.standardniva)
    overstyr = {}
    if isinstance(varde, dict):
        overstyr = {k: v for k, v in varde.items() if k != "niva"}
        varde = varde.get("niva", inst.standardniva)
    niva = NIVA_ALIAS.get(str(varde).lower())
    if niva is None:
        rad = next((i + 1 for i, r in enumerate(rader) if r.lstrip().startswith("lattlast")), 1)
        problem = Fynd(path, rad, 1, "sidhuvud", "error",
                       f"Okänd nivå '{varde}' för lattlast.",
                       "Skriv lattlast: lattlast, lattlast: klarsprak eller lattlast: av.")
        niva = inst.standardniva
        return niva, dict(inst.nivaer[niva]), problem
    if niva == "av":
        return "av", {}, None
    granser = dict(inst.nivaer[niva])
    for nyckel, v in overstyr.items():
        if nyckel in granser and isinstance(v, (int, float)):
            granser[nyckel] = v
    return niva, granser, None


def granska_text(kalla: str, path: str = "<text>", inst: Installningar | None = None) -> Resultat:
    """Check one Markdown text. Never raises on any input."""
    inst = inst or Installningar()
    dok = las_markdown(kalla)
    fynd: list[Fynd] = []
    if dok.front_matter_fel:
        rad, text = dok.front_matter_fel.split(":", 1)
        fynd.append(Fynd(path, int(rad), 1, "sidhuvud", "error", text + ".",
                         "Kontrollera kolon, indrag och citattecken mellan raderna ---."))
    niva, granser, problem = _niva_och_granser(dok.front_matter, inst, path, dok.rader)
    if problem:
        fynd.append(problem)
    if niva == "av" or path.endswith(".en.md"):
        return Resultat(path, "av", fynd, None)

    block, alla_ord, antal_meningar = [], [], 0
    for b in dok.block:
        if b.typ not in TEXTBLOCK:
            continue
        text, karta = b.sammanfogad()
        meningar = dela_meningar(text)
        block.append(Meningsblock(b, text, karta, meningar))
        antal_meningar += len(meningar)
        for m in meningar:
            alla_ord.extend(o.text for o in m.ord)
    statistik = rakna(path, alla_ord, antal_meningar)
    kontext = Kontext(path=path, dok=dok, niva=niva, grans=granser, block=block,
                      forklarade_forkortningar=inst.forkortningar, lix=statistik.lix,
                      ord_antal=statistik.words)
    antal_rader = len(dok.rader)
    for regel_id, regel in alla_regler().items():
        if regel_id in inst.avstangda_regler:
            continue
        for traff in regel.granska(kontext):
            rad, kol, meddelande, forslag = traff[:4]
            if dok.ar_avstangd(regel_id, rad):
                continue
            allvarlighet = inst.allvarlighet.get(
                regel_id, traff[4] if len(traff) > 4 else regel.allvarlighet)
            rad = min(max(rad, 1), max(antal_rader, 1))
            fynd.append(Fynd(path, rad, max(kol, 1), regel_id, allvarlighet, meddelande, forslag))
    fynd.sort(key=lambda f: (f.line, f.column, f.rule))
    return Resultat(path, niva, fynd, statistik)


def granska_fil(fil: Path, inst: Installningar | None = None, visningsnamn: str | None = None) -> Resultat:
    namn = visningsnamn or str(fil)
    try:
        data = fil.read_bytes()
    except FileNotFoundError:
        raise LasFel(f"{namn}: filen finns inte.")
    except IsADirectoryError:
        raise LasFel(f"{namn}: är en mapp, inte en fil.")
    except OSError as err:
        raise LasFel(f"{namn}: filen går inte att läsa ({err.strerror}).")
    try:
        kalla = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise LasFel(f"{namn}: filen är inte sparad som UTF-8 (fel vid tecken {err.start}). "
                     "Spara om den som UTF-8.")
    return granska_text(kalla, namn, inst)
