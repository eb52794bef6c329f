"""Course sessions and what they use: a participant's "Inför" page must name a real
session, an evaluation page a real form, and every case should have a place on some
session's agenda, or a trainer never meets it.

Reads only the sources (front matter and links), so it runs in the source check (step 1).
"""

from __future__ import annotations

from pathlib import Path

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.markdownkalla import kodrader
from kunskapsbank.kallor.moduler import MD_LANK, malsida
from kunskapsbank.kallor.sidhuvud import Sidhuvud
from kunskapsbank.kallor.utvardering import las_utvarderingar

def _rad(rader: list[str], nyckel: str) -> int | None:
    return next((i + 1 for i, r in enumerate(rader) if r.startswith(f"{nyckel}:")), None)


def lankade_sidor(src: str, rader: list[str]) -> set[str]:
    """The pages (paths from docs/) that a page links to, outside code."""
    ut = set()
    for rad, i_kod in zip(rader, kodrader(rader)):
        if not i_kod:
            ut |= {mal for m in MD_LANK.finditer(rad) if (mal := malsida(m.group("mal"), src))}
    return ut


def granska(sidor: dict[str, tuple[Sidhuvud, list[str]]], namn, docs: Path) -> tuple[list[InnehallsFel], list[str]]:
    """(errors, warnings) for the Swedish pages `sidor` (src -> front matter, lines);
    `namn(src)` is how a trainer finds the file."""
    fel: list[InnehallsFel] = []
    varningar: list[str] = []
    tillfallen = {src for src, (s, _) in sidor.items() if s.kurstillfalle}
    utvarderingar = None
    for src, (sida, rader) in sidor.items():
        if sida.infor is not None:
            mal = sida.infor.strip().lstrip("/")
            if mal not in sidor:
                fel.append(InnehallsFel(namn(src), _rad(rader, "infor"),
                                        f"infor: '{sida.infor}' finns inte bland sidorna.",
                                        "Skriv sökvägen till kurstillfällets sida från mappen docs, "
                                        "till exempel infor: bip/kurser/bip1-heldag.md."))
            elif mal not in tillfallen:
                fel.append(InnehallsFel(namn(src), _rad(rader, "infor"),
                                        f"infor: '{sida.infor}' är inte ett kurstillfälle.",
                                        "Peka på en sida som har kurstillfalle: true i sitt sidhuvud."))
        if sida.utvardering is not None:
            try:
                utvarderingar = utvarderingar or las_utvarderingar(docs)
            except InnehallsFel as e:
                fel.append(e)
                utvarderingar = None
                continue
            if sida.utvardering not in utvarderingar.formular:
                finns = ", ".join(utvarderingar.formular) or "inga"
                fel.append(InnehallsFel(namn(src), _rad(rader, "utvardering"),
                                        f"Utvärderingen '{sida.utvardering}' finns inte i {utvarderingar.fil}.",
                                        f"Skriv en av dem som finns ({finns}), eller lägg till den i filen."))
    anvanda = set().union(*(lankade_sidor(src, sidor[src][1]) for src in tillfallen)) if tillfallen else set()
    for src, (sida, _) in sorted(sidor.items()):
        if sida.ovning and src not in anvanda:
            varningar.append(f"{namn(src)}: Inget kurstillfälle använder övningen. Länka den från "
                             "dagordningen på den kursdag där den passar (en sida med kurstillfalle: "
                             "true), så att utbildaren hittar den.")
    return fel, varningar
