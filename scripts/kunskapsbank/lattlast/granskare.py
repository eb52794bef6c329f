"""The engine: Markdown in, findings and statistics out. No MkDocs needed."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kunskapsbank.lattlast.fynd import ORDNING, Fynd
from kunskapsbank.lattlast.installningar import NIVA_ALIAS, Granskarinstallningar, ar_tal
from kunskapsbank.lattlast.markdown import LISTPUNKT, RUBRIK, RUTRUBRIK, SIDHUVUDTEXT, STYCKE, Dokument, las_markdown
from kunskapsbank.lattlast.regler import Kontext, alla_regler
from kunskapsbank.lattlast.regler.bas import Meningsblock
from kunskapsbank.lattlast.sidhuvudtext import rad_for_nyckel, sidtext
from kunskapsbank.lattlast.statistik import Statistik, rakna
from kunskapsbank.lattlast.text import ORDETS_TEXT, dela_meningar

TEXTBLOCK = (STYCKE, LISTPUNKT, RUBRIK, RUTRUBRIK, SIDHUVUDTEXT)
# A Fynd from a tuple of all its fields, without NamedTuple's __new__ in Python.
_nytt_fynd = partial(tuple.__new__, Fynd)


@dataclass
class Resultat:
    path: str
    niva: str
    fynd: list[Fynd] = field(default_factory=list)
    statistik: Statistik | None = None
    granser: dict = field(default_factory=dict)      # the level's limits for this page

    @property
    def bedomning(self):
        """Does the page reach its level? (lattlast.bedomning)"""
        from kunskapsbank.lattlast.bedomning import bedom

        return bedom(self.fynd, self.statistik, self.niva, self.granser)

    @property
    def fel(self) -> int:
        return sum(1 for f in self.fynd if f.severity == "error")

    @property
    def varningar(self) -> int:
        return sum(1 for f in self.fynd if f.severity == "warning")


class LasFel(Exception):
    """A file that cannot be read; the text is Swedish and names the file."""


def _niva_och_granser(dok: Dokument, inst: Granskarinstallningar, path: str):
    """Return (level, limits, problem findings) from the page's `lattlast:` setting."""
    varde = dok.front_matter.get("lattlast", inst.standardniva)
    problem: list[Fynd] = []
    overstyr = {}
    if isinstance(varde, dict):
        overstyr = {k: v for k, v in varde.items() if k != "niva"}
        varde = varde.get("niva", inst.standardniva)
    niva = NIVA_ALIAS.get(str(varde).lower())
    if niva is None:
        rad = rad_for_nyckel(dok, "lattlast", "niva")
        problem.append(Fynd(path, rad, 1, "sidhuvud", "error", f"Okänd nivå ”{varde}” för lattlast.",
                            "Skriv lattlast: lattlast, lattlast: klarsprak eller lattlast: av."))
        niva = inst.standardniva
    if niva == "av":
        return "av", {}, problem
    granser = dict(inst.nivaer[niva])
    for nyckel, v in overstyr.items():
        rad = rad_for_nyckel(dok, "lattlast", str(nyckel))
        if nyckel not in granser:
            problem.append(Fynd(path, rad, 1, "sidhuvud", "error",
                                f"Okänd inställning ”{nyckel}” under lattlast.",
                                f"Kontrollera stavningen. Det som går att ställa in är niva, "
                                f"{', '.join(granser)}."))
        elif not ar_tal(v):
            problem.append(Fynd(path, rad, 1, "sidhuvud", "error",
                                f"Gränsen {nyckel} ska vara ett tal, men är ”{v}”.",
                                f"Skriv ett tal utan citattecken, till exempel {nyckel}: {granser[nyckel]}."))
        else:
            granser[nyckel] = v
    return niva, granser, problem


def ar_lopande_text(block, text: str) -> bool:
    """Running text, for LIX: a paragraph, or a list item (or a question from the front
    matter) that is a whole sentence. Not a heading, not a box title, not a short line."""
    if block.typ == STYCKE:
        return True
    return block.typ in (LISTPUNKT, SIDHUVUDTEXT) and text.rstrip().endswith((".", "!", "?", ":"))


def _en_rad(text: str | None) -> str | None:
    """A finding's text on one line: a phrase found across a line break ("i\nsyfte att")
    must not break the message."""
    return " ".join(text.split()) if text is not None and "\n" in text else text


def _kor_regler(kontext: Kontext, inst: Granskarinstallningar, regler) -> list[Fynd]:
    dok, path, fynd = kontext.dok, kontext.path, []
    sista_rad = max(len(dok.rader), 1)
    for regel in regler:
        regel_id = regel.id
        if regel_id in inst.avstangda_regler and regel.kan_stangas_av:
            continue
        # Looked up once per rule, not once per hit: dense text gives many hits.
        kan_vara_avstangd = regel.kan_stangas_av and bool(dok.avstangt)
        installd = inst.allvarlighet.get(regel_id)
        # The one place a rule's hits become findings.
        for traff in regel.granska(kontext):
            if kan_vara_avstangd and dok.ar_avstangd(regel_id, traff.line):
                continue
            allvarlighet = installd or traff.severity or regel.allvarlighet
            rad = traff.line if 1 <= traff.line <= sista_rad else min(max(traff.line, 1), sista_rad)
            fynd.append(_nytt_fynd((path, rad, max(traff.column, 1), regel_id, allvarlighet,
                                    _en_rad(traff.message), _en_rad(traff.suggestion),
                                    traff.end_line, traff.end_column, tuple(traff.replacements),
                                    traff.safe)))
    return fynd


def _engelska(dok, path: str, inst: Granskarinstallningar) -> list[Fynd]:
    """The plain-English check (lattlast.engelska), switched off and set like any rule."""
    from kunskapsbank.lattlast import engelska

    ut = []
    for f in engelska.granska(dok, path)[0]:
        if f.rule in inst.avstangda_regler or dok.ar_avstangd(f.rule, f.line):
            continue
        ut.append(f._replace(severity=inst.allvarlighet.get(f.rule) or f.severity))
    return ut


def granska_text(kalla: str, path: str = "<text>", inst: Granskarinstallningar | None = None) -> Resultat:
    """Check one Markdown text. Never raises on any input."""
    inst = inst or Granskarinstallningar()
    dok = las_markdown(kalla)
    fynd: list[Fynd] = []
    if dok.front_matter_fel:
        fel = dok.front_matter_fel
        fynd.append(Fynd(path, fel.rad, 1, "sidhuvud", "error", fel.text + ".",
                         "Kontrollera kolon, indrag och citattecken mellan raderna ---."))
    niva, granser, problem = _niva_och_granser(dok, inst, path)
    fynd += problem
    if niva == "av" or path.endswith(".en.md"):
        # Rules that guard what participants see run on every page, also untranslated
        # English ones and pages the language check is off for.
        vakter = [r for r in alla_regler().values() if not r.kan_stangas_av]
        fynd += _kor_regler(Kontext(path=path, dok=dok, niva="av", grans=granser, block=[], rutor=inst.rutor),
                            inst, vakter)
        if path.endswith(".en.md") and niva != "av":
            fynd += _engelska(dok, path, inst)
        fynd.sort(key=ORDNING)
        return Resultat(path, "av", fynd, None)

    # Front-matter text that the page shows comes first, as it stands first in the file.
    # It counts in the page's statistics too: the reader reads it on the page.
    block, alla_ord, antal_meningar, prosa, prosa_meningar, langsta = [], [], 0, [], 0, 0
    for b in sidtext(dok) + dok.block:
        if b.typ not in TEXTBLOCK:
            continue
        text, karta = b.sammanfogad()
        mb = Meningsblock(b, text, karta, dela_meningar(text))
        block.append(mb)
        antal_meningar += len(mb.meningar)
        orden = list(map(ORDETS_TEXT, mb.alla_ord))
        alla_ord.extend(orden)
        if ar_lopande_text(b, text):
            prosa.extend(orden)
            prosa_meningar += len(mb.meningar)
        if b.typ in (STYCKE, LISTPUNKT, SIDHUVUDTEXT):
            langsta = max([langsta, *(len(m.ord) for m in mb.meningar)])
    statistik = rakna(path, alla_ord, antal_meningar, prosa, prosa_meningar)
    statistik.langsta_mening = langsta
    kontext = Kontext(path=path, dok=dok, niva=niva, grans=granser, block=block,
                      forklarade_forkortningar=inst.forkortningar, egennamn=inst.egennamn,
                      lix=statistik.lix, ord_antal=statistik.prosa_ord, rutor=inst.rutor,
                      statistik=statistik)
    fynd += _kor_regler(kontext, inst, alla_regler().values())
    fynd.sort(key=ORDNING)
    return Resultat(path, niva, fynd, statistik, granser)


def granska_fil(fil: Path, inst: Granskarinstallningar | None = None, visningsnamn: str | None = None) -> Resultat:
    namn = visningsnamn or str(fil)
    return granska_text(las_kalla(fil, namn), namn, inst)


def las_kalla(fil: Path, namn: str) -> str:
    """A page's text; LasFel says in Swedish why it cannot be read."""
    try:
        data = fil.read_bytes()
    except FileNotFoundError:
        raise LasFel(f"{namn}: filen finns inte.")
    except IsADirectoryError:
        raise LasFel(f"{namn}: är en mapp, inte en fil.")
    except OSError as err:
        raise LasFel(f"{namn}: filen går inte att läsa ({err.strerror}).")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise LasFel(f"{namn}: filen är inte sparad som UTF-8 (fel vid tecken {err.start}). "
                     "Spara om den som UTF-8.")
