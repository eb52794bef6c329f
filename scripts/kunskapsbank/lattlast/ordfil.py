"""A sorted word file: word -> text, read lazily. For the browser (Pyodide), where the
checker must start fast and download little.

simplemma's Swedish dictionary (964 000 forms) takes 1.2 s to decode into a dict in
Pyodide, and the frequency table is as large. A text of 300 words asks for a few
thousand of those entries. So the build writes each table once as blocks of
BLOCK sorted entries, front-coded (each entry stores how many characters it shares with
the previous key, and with its own key for the value), xz-compressed. Opening the file
only splits the blocks; a lookup bisects on the blocks' first keys and decodes one block.

Format (UTF-8 inside xz): blocks separated by RS (\\x1e), entries by \\n. The first
entry of a block is "key\\tVALUE"; the others "Pkeyrest\\tVALUE", where P is
chr(48 + characters shared with the previous key). VALUE is chr(48 + characters shared
with the entry's key) followed by the rest of the value.
"""

from __future__ import annotations

import lzma
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

BLOCK = 64
_BLOCKSKILJE, _RADSKILJE, _FALTSKILJE = "\x1e", "\n", "\t"
_MAX_DELAT = 60          # chr(48 + 60) is still a plain character


def _delat(a: str, b: str) -> int:
    n, grans = 0, min(len(a), len(b), _MAX_DELAT)
    while n < grans and a[n] == b[n]:
        n += 1
    return n


def skriv_ordfil(par: Iterable[tuple[str, str]], fil: Path) -> int:
    """Write the (key, value) pairs; return how many. A key may appear once."""
    ordnade = sorted(par)
    block: list[str] = []
    block_text: list[str] = []
    forra = ""
    for nr, (nyckel, varde) in enumerate(ordnade):
        if any(t in s for s in (nyckel, varde) for t in (_BLOCKSKILJE, _RADSKILJE, _FALTSKILJE)):
            raise ValueError(f"Ordet {nyckel!r} innehåller ett tecken som ordfilen använder som skiljetecken.")
        if nr and nyckel == forra:
            raise ValueError(f"Ordet {nyckel!r} står två gånger.")
        v = _delat(nyckel, varde)
        kodat_varde = chr(48 + v) + varde[v:]
        if nr % BLOCK == 0:
            if block:
                block_text.append(_RADSKILJE.join(block))
            block = [nyckel + _FALTSKILJE + kodat_varde]
        else:
            k = _delat(forra, nyckel)
            block.append(chr(48 + k) + nyckel[k:] + _FALTSKILJE + kodat_varde)
        forra = nyckel
    if block:
        block_text.append(_RADSKILJE.join(block))
    data = _BLOCKSKILJE.join(block_text).encode("utf-8")
    fil.write_bytes(lzma.compress(data, preset=9 | lzma.PRESET_EXTREME))
    return len(ordnade)


def _avkoda(block: str) -> dict[str, str]:
    ut: dict[str, str] = {}
    forra = ""
    for nr, rad in enumerate(block.split(_RADSKILJE)):
        kodad_nyckel, _, kodat_varde = rad.partition(_FALTSKILJE)
        nyckel = kodad_nyckel if nr == 0 else forra[:ord(kodad_nyckel[0]) - 48] + kodad_nyckel[1:]
        ut[nyckel] = nyckel[:ord(kodat_varde[0]) - 48] + kodat_varde[1:]
        forra = nyckel
    return ut


class Ordfil(Mapping[str, str]):
    """The file as a read-only mapping; decoded blocks are kept."""

    def __init__(self, fil: Path):
        text = lzma.decompress(Path(fil).read_bytes()).decode("utf-8")
        self._block = text.split(_BLOCKSKILJE) if text else []
        self._forsta = [b[:b.index(_FALTSKILJE)] for b in self._block]
        self._avkodade: dict[int, dict[str, str]] = {}

    def _blocket(self, nr: int) -> dict[str, str]:
        block = self._avkodade.get(nr)
        if block is None:
            block = self._avkodade[nr] = _avkoda(self._block[nr])
        return block

    def get(self, nyckel: str, standard=None):
        nr = bisect_right(self._forsta, nyckel) - 1
        return standard if nr < 0 else self._blocket(nr).get(nyckel, standard)

    def __getitem__(self, nyckel: str) -> str:
        varde = self.get(nyckel)
        if varde is None:
            raise KeyError(nyckel)
        return varde

    def __contains__(self, nyckel: object) -> bool:
        return isinstance(nyckel, str) and self.get(nyckel) is not None

    def __iter__(self) -> Iterator[str]:
        for nr in range(len(self._block)):
            yield from self._blocket(nr)

    def __len__(self) -> int:
        return sum(len(self._blocket(nr)) for nr in range(len(self._block)))
