"""Front matter: the text that course pages show from it, and where each value stands.

Course pages render some front-matter values as page text (see kunskapsbank.sidor.kurssidor):
the summary box, the knowledge test, the reflection form and the self-check. A trainer
reads and edits that text in the front matter, so findings point at the value's own line
there.
"""

from __future__ import annotations

import re

from kunskapsbank.kallor.sidhuvudnycklar import KURSTILLFALLE_NYCKLAR, OVNING_NYCKLAR
from kunskapsbank.lattlast.markdown import SIDHUVUDTEXT, Block, Dokument, Segment, rensa_inline

STRANG = "tag:yaml.org,2002:str"
# Escapes in a double-quoted YAML string other than \" change the text's length; such
# a value is read from YAML's result and its columns are only approximate.
ANDRA_ESCAPES = re.compile(r'\\[^"]')


def _varde(nod, nyckel: str):
    """The value node for a key in a YAML mapping node, or None."""
    if nod is None or not isinstance(nod.value, list) or getattr(nod, "id", "") != "mapping":
        return None
    for nyckelnod, vardenod in nod.value:
        if getattr(nyckelnod, "value", None) == nyckel:
            return vardenod
    return None


def _strangar(nod) -> list:
    """The string scalars of a value that is a string or a list of strings."""
    if nod is None:
        return []
    if getattr(nod, "id", "") == "sequence":
        return [n for n in nod.value if getattr(n, "id", "") == "scalar" and n.tag == STRANG]
    if getattr(nod, "id", "") == "scalar" and nod.tag == STRANG:
        return [nod]
    return []


def _lista(nod) -> list:
    return list(nod.value) if getattr(nod, "id", "") == "sequence" else []


def rad_i_filen(nod) -> int:
    """The file line of a front-matter node: YAML counts from the line after ---."""
    return nod.start_mark.line + 2


def _segment(nod, rader: list[str]) -> list[Segment]:
    """The scalar's text as it stands in the file, line by line, with true columns."""
    start, slut = nod.start_mark, nod.end_mark
    stil = nod.style
    forsta = start.line + 1          # index in rader of the value's first line
    reserv = [Segment(forsta + 1, start.column + 1, nod.value.replace("\n", " "))]
    if forsta >= len(rader) or (stil == '"' and ANDRA_ESCAPES.search(
            "\n".join(rader[forsta:slut.line + 2]).replace('\\"', ""))):
        return reserv
    if stil in ("|", ">"):
        # A block scalar: the text starts on the line after | or >.
        # The end mark stands at column 0 of the line after the text.
        stopp = slut.line + 1 + (1 if slut.column > 0 else 0)
        radindex = range(forsta + 1, min(stopp, len(rader)))
        delar = [(i, 0, len(rader[i])) for i in radindex]
    else:
        citat = 1 if stil in ('"', "'") else 0
        sista = slut.line + 1
        if sista >= len(rader):
            return reserv
        delar = []
        for i in range(forsta, sista + 1):
            fran = start.column + citat if i == forsta else 0
            till = slut.column - citat if i == sista else len(rader[i])
            delar.append((i, fran, till))
    segment = []
    for i, fran, till in delar:
        text = rader[i][fran:till]
        ledande = len(text) - len(text.lstrip())
        text = text.strip()
        if not text:
            continue
        if stil == '"':
            text = text.replace('\\"', ' "')        # same length, so columns hold
        elif stil == "'":
            text = text.replace("''", " '")
        segment.append(Segment(i + 1, fran + ledande + 1, rensa_inline(text)))
    return segment or reserv


def _sidtext_noder(front: dict, rot) -> list:
    """The front-matter values that kurssidor renders as text on the page."""
    noder = []
    if front.get("kurstillfalle") or front.get("ovning"):
        nycklar = ("kurs",) + (KURSTILLFALLE_NYCKLAR if front.get("kurstillfalle") else OVNING_NYCKLAR)
        for nyckel in nycklar:
            noder += _strangar(_varde(rot, nyckel))
        for post in _lista(_varde(rot, "material")):        # a named outside source
            noder += _strangar(_varde(post, "namn")) + _strangar(_varde(post, "kalla"))
    if front.get("infor"):                     # a participant's page before a session
        noder += _strangar(_varde(rot, "efter_dagen"))
        for steg in _lista(_varde(rot, "forbered")):
            noder += _strangar(_varde(steg, "gora"))
    if "fragor" in front:                      # the knowledge test
        for fraga in _lista(_varde(rot, "fragor")):
            for nyckel in ("fraga", "alternativ", "forklaring"):
                noder += _strangar(_varde(fraga, nyckel))
    if "reflektion" in front:                  # the reflection form
        for kapitel in _lista(_varde(rot, "reflektion")):
            noder += _strangar(_varde(kapitel, "kapitel"))
            for fraga in _lista(_varde(kapitel, "fragor")):   # {id, fraga}, or plain text
                noder += _strangar(_varde(fraga, "fraga")) + _strangar(fraga)
    if "sjalvskattning" in front:              # the self-check
        skattning = _varde(rot, "sjalvskattning")
        skala = _varde(skattning, "skala")
        noder += _strangar(_varde(skala, "lag")) + _strangar(_varde(skala, "hog"))
        for tema in _lista(_varde(skattning, "teman")):
            noder += _strangar(_varde(tema, "tema"))
            for pastaende in _lista(_varde(tema, "pastaenden")):
                noder += _strangar(_varde(pastaende, "text"))
    return noder


def sidtext(dok: Dokument) -> list[Block]:
    """One text block per front-matter value that the page shows. Never raises: odd
    front matter (wrong types, aliases) gives fewer blocks, not an error."""
    if dok.front_matter_nod is None:
        return []
    try:
        noder = _sidtext_noder(dok.front_matter, dok.front_matter_nod)
    except (AttributeError, TypeError):
        return []
    block = []
    for nod in noder:
        if nod.value.strip():
            block.append(Block(SIDHUVUDTEXT, _segment(nod, dok.rader)))
    return block


def rad_for_nyckel(dok: Dokument, *vag: str) -> int:
    """The file line of a key in the front matter (lattlast, lix_max), or of the
    nearest key found on the way there; line 1 when there is no front matter."""
    nod, rad = dok.front_matter_nod, 1
    if nod is None:
        return rad
    for nyckel in vag:
        if getattr(nod, "id", "") != "mapping":
            break
        hittad = next(((k, v) for k, v in nod.value if getattr(k, "value", None) == nyckel), None)
        if hittad is None:
            break
        rad, nod = rad_i_filen(hittad[0]), hittad[1]
    return rad
