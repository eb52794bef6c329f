"""Reads YAML that people edit by hand, so that every mistake gets its real line and
column: a key written twice is an error (PyYAML silently keeps the last one), a broken
quote is reported where the quote starts, and each value's node is kept for messages."""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path

import yaml

from kunskapsbank.grund.fel import InnehallsFel

SAMMANFOGNING = "tag:yaml.org,2002:merge"


class DubblettNyckel(yaml.constructor.ConstructorError):
    """A key that stands twice in one mapping."""

    def __init__(self, nyckel, forsta: yaml.Node, andra: yaml.Node):
        super().__init__("while constructing a mapping", forsta.start_mark,
                         f"found duplicate key {nyckel!r}", andra.start_mark)
        self.nyckel = nyckel


class Lasare(yaml.SafeLoader):
    """yaml.SafeLoader that refuses a key written twice in the same mapping.

    A slipped indent ("    fraga:" for "  - fraga:") folds two list items into one
    mapping with every key twice; PyYAML would keep the last value of each and lose
    the first item without a word."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            sedda: dict = {}
            for nyckelnod, _ in node.value:
                if nyckelnod.tag == SAMMANFOGNING:
                    continue            # "<<: *anchor" overrides on purpose
                nyckel = self.construct_object(nyckelnod, deep=True)
                try:
                    forsta = sedda.setdefault(nyckel, nyckelnod)
                except TypeError:       # an unhashable key: SafeLoader reports it
                    continue
                if forsta is not nyckelnod:
                    raise DubblettNyckel(nyckel, forsta, nyckelnod)
        return super().construct_mapping(node, deep=deep)


class MkdocsLasare(Lasare):
    """For mkdocs.yml: MkDocs' own tags (!ENV, !!python/name:...) read as nothing."""


MkdocsLasare.add_multi_constructor("", lambda loader, suffix, node: None)


def _citat_fore(text: str, mark) -> yaml.ScalarToken | None:
    """The quoted value that spans several lines and ends right before `mark`: a quote
    that was never closed on its own line swallows the lines after it, and the parser
    only notices where the next quote closes it."""
    senaste = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= mark.index:
                break
            senaste = token
    except yaml.YAMLError:
        pass
    if (isinstance(senaste, yaml.ScalarToken) and senaste.style in ('"', "'")
            and senaste.start_mark.line < senaste.end_mark.line):
        return senaste
    return None


def yaml_fel(err: yaml.YAMLError, text: str, namn: str, forsta_rad: int = 1) -> InnehallsFel:
    """A Swedish InnehallsFel for a YAML error, at the line where the mistake is.
    `forsta_rad` is the file line of the text's first line (2 for front matter)."""
    problem = getattr(err, "problem", None) or ""
    mark = getattr(err, "problem_mark", None)
    kontext = getattr(err, "context", None) or ""
    kontextmark = getattr(err, "context_mark", None)
    citat = "Sätt hela texten inom citattecken. Står det citattecken inne i texten, skriv \\\" " \
            "för vart och ett, eller sätt enkla citattecken (') runt texten."
    if "quoted scalar" in kontext and kontextmark is not None:
        mark = kontextmark
        meddelande = "Citattecknet som börjar här stängs aldrig."
        atgard = "Sätt ett likadant citattecken i slutet av texten."
    elif mark is not None and (token := _citat_fore(text, mark)) is not None:
        mark = token.start_mark
        meddelande = ("Citattecknet som börjar här stängs inte på samma rad, så raderna under "
                      "läses som en del av texten.")
        atgard = ("Sätt ett likadant citattecken i slutet av texten på den här raden. Står det "
                  "citattecken inne i texten, skriv \\\" för vart och ett, eller sätt enkla "
                  "citattecken (') runt texten.")
    elif "mapping values are not allowed" in problem:
        meddelande = "Ett kolon följt av mellanslag står mitt i ett värde."
        atgard = citat
    elif "'\\t'" in problem:
        meddelande = "Raden har ett tabbtecken i indraget."
        atgard = "Använd mellanslag för indrag, aldrig tabb."
    elif "expected <block end>" in problem and "<scalar>" in problem:
        meddelande = "Det står text efter citattecknet som avslutar värdet."
        atgard = citat
    elif any(t in problem for t in ("expected <block end>", "did not find expected",
                                    "expected <block mapping start>")):
        meddelande = "Raden har fel indrag."
        atgard = ("Ge raden samma indrag som raderna på samma nivå ovanför, med mellanslag. "
                  "En ny punkt i en lista börjar med '- '.")
    else:
        meddelande = f"YAML-koden går inte att läsa ({problem or 'okänt fel'})."
        atgard = "Kontrollera indrag, kolon och citattecken på raden."
    if mark is None:
        return InnehallsFel(namn, forsta_rad, meddelande, atgard)
    return InnehallsFel(namn, mark.line + forsta_rad, meddelande, atgard, mark.column + 1)


def las_yaml_nod(text: str, namn: str, forsta_rad: int = 1,
                 lasare: type[yaml.SafeLoader] = Lasare) -> tuple[object, yaml.Node | None]:
    """Return (data, root node) of a YAML text. Raises InnehallsFel with line and column.
    The data is the caller's own copy; the nodes are shared and only read."""
    try:
        data, nod = _las_yaml_nod(text, forsta_rad, lasare)
    except InnehallsFel as fel:           # read without a name: the caller's goes in the message
        raise InnehallsFel(namn, fel.rad, fel.meddelande, fel.atgard, fel.kolumn) from None
    return copy.deepcopy(data), nod


# One build reads the same front matter and mkdocs.yml in several steps (the source
# check, the report pages, the checker and the hooks run in one process), and reading is
# the slow part. Keyed by the text, so an edited file is read again; a problem is raised,
# not kept, so each reading reports it, with the name its reader gives the file.
@lru_cache(maxsize=1024)
def _las_yaml_nod(text: str, forsta_rad: int, lasare: type[yaml.SafeLoader]) -> tuple[object, yaml.Node | None]:
    namn = ""
    loader = lasare(text)
    try:
        nod = loader.kb_nod = loader.get_single_node()
        data = loader.construct_document(nod) if nod is not None else None
    except DubblettNyckel as fel:
        forsta, andra = fel.context_mark, fel.problem_mark
        raise InnehallsFel(
            namn, andra.line + forsta_rad,
            f"'{fel.nyckel}' står två gånger på samma nivå (första gången på rad "
            f"{forsta.line + forsta_rad}), och då försvinner det första värdet.",
            "Börjar en ny punkt i en lista här, till exempel en ny fråga? Skriv då '- ' framför, "
            "med samma indrag som de andra punkterna. Annars tar du bort den ena raden.",
            andra.column + 1) from None
    except yaml.YAMLError as fel:
        raise yaml_fel(fel, text, namn, forsta_rad) from None
    except (ValueError, OverflowError) as fel:   # a date that does not exist, 2026-13-01
        if (datum := _omojligt_datum(loader)) is not None:
            raise InnehallsFel(namn, datum.start_mark.line + forsta_rad,
                               f"'{datum.value}' är inget datum som finns.",
                               "Skriv datumet som år-månad-dag, till exempel 2026-03-01.",
                               datum.start_mark.column + 1) from None
        raise InnehallsFel(namn, forsta_rad, f"YAML-koden går inte att läsa ({fel.__class__.__name__}).",
                           "Kontrollera indrag, kolon och citattecken.") from None
    except RecursionError as fel:   # never a traceback
        raise InnehallsFel(namn, forsta_rad, f"YAML-koden går inte att läsa ({fel.__class__.__name__}).",
                           "Kontrollera indrag, kolon och citattecken.") from None
    finally:
        loader.dispose()
    return data, nod


def alla_noder(nod):
    """Every node in a YAML tree, the root first (keys of mappings too)."""
    att_se = [nod]
    while att_se:
        n = att_se.pop()
        if n is None:
            continue
        yield n
        if isinstance(n, yaml.MappingNode):
            att_se += [d for par in n.value for d in par]
        elif isinstance(n, yaml.SequenceNode):
            att_se += n.value


def _omojligt_datum(loader) -> yaml.ScalarNode | None:
    """The date in the document that YAML recognised as a date but that does not exist."""
    for n in alla_noder(getattr(loader, "kb_nod", None)):
        if isinstance(n, yaml.ScalarNode) and n.tag == "tag:yaml.org,2002:timestamp":
            try:
                yaml.SafeLoader.construct_yaml_timestamp(loader, n)
            except (ValueError, OverflowError):
                return n
    return None


def las_text(path: Path, namn: str) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InnehallsFel(namn, None, "Filen saknas.", "Skapa filen eller kör scripts/ny-forbund.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InnehallsFel(namn, None, f"Filen går inte att läsa ({err.__class__.__name__}).",
                           "Spara filen som UTF-8.") from None


def las_yaml(path: Path, visningsnamn: str | None = None) -> tuple[dict, dict[str, int]]:
    """Return (data, line of each top-level key). Raises InnehallsFel on any problem."""
    namn = visningsnamn or str(path)
    return tolka_yaml(las_text(path, namn), namn)


def las_mapping(text: str, namn: str, forsta_rad: int = 1,
                lasare: type[yaml.SafeLoader] = Lasare) -> tuple[dict, yaml.Node | None]:
    """Like las_yaml_nod, for a text that must be keys with values (or empty)."""
    data, nod = las_yaml_nod(text, namn, forsta_rad, lasare)
    if data is None:
        return {}, nod
    if not isinstance(data, dict) or not isinstance(nod, yaml.MappingNode):
        raise InnehallsFel(namn, forsta_rad, "Filen ska innehålla nycklar med värden (nyckel: värde).")
    return data, nod


def tolka_yaml(text: str, namn: str, forsta_rad: int = 1) -> tuple[dict, dict[str, int]]:
    data, nod = las_mapping(text, namn, forsta_rad)
    if nod is None:
        return data, {}
    return data, {str(k.value): k.start_mark.line + forsta_rad for k, _ in nod.value}


def nod_vid(nod: yaml.Node | None, vag: tuple, nyckeln: bool = False) -> yaml.Node | None:
    """The deepest node on the path `vag` (keys and list positions) that exists. Parts
    that name no key or position are passed over (pydantic puts type names in its
    paths). With `nyckeln`, a key's own node instead of its value, for the last part."""
    for i, del_ in enumerate(vag):
        if isinstance(nod, yaml.MappingNode) and isinstance(del_, str):
            par = next(((k, v) for k, v in nod.value if getattr(k, "value", None) == del_), None)
            if par is not None:
                nod = par[0] if nyckeln and i == len(vag) - 1 else par[1]
        elif isinstance(nod, yaml.SequenceNode) and isinstance(del_, int) and 0 <= del_ < len(nod.value):
            nod = nod.value[del_]
    return nod


def mkdocs_nod(config_fil: Path | str | None, *vag: str) -> yaml.Node | None:
    """The node at `vag` in mkdocs.yml (e.g. "extra"), for the lines in messages. A key
    written twice is reported, as everywhere else; a file that cannot be read gives no
    lines (MkDocs itself reports it)."""
    if config_fil is None or not Path(config_fil).is_file():
        return None
    try:
        text = Path(config_fil).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    _, nod = las_yaml_nod(text, Path(config_fil).name, lasare=MkdocsLasare)
    return nod_vid(nod, vag) if nod is not None else None
