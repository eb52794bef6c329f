"""The whole-site check's results kept between builds, one file per page.

A build checks every Swedish page, but between two builds a trainer changes one or
two. A page's result is reused only when everything that decides it is the same: the
page's text and name, the settings, and the engine itself (every source file of our
package, the rule data, and the versions of the language packages). Anything else
that changed gives a new key, so a kept result is never stale; a file that cannot be
read is just checked again."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import pickle
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from kunskapsbank.grund.cachemapp import las_cache, spara_cache
from kunskapsbank.lattlast.granskare import Resultat
from kunskapsbank.lattlast.installningar import Granskarinstallningar

PAKETET = Path(__file__).resolve().parent.parent
SPRAKPAKET = ("simplemma", "wordfreq")


@lru_cache(maxsize=1)
def motorns_avtryck() -> str:
    """A hash of everything in the engine that can change a result."""
    h = hashlib.sha256()
    for fil in sorted(PAKETET.rglob("*")):
        if fil.is_file() and fil.suffix != ".pyc" and "__pycache__" not in fil.parts:
            h.update(fil.relative_to(PAKETET).as_posix().encode())
            h.update(fil.read_bytes())
    for paket in SPRAKPAKET:
        h.update(f"{paket}={version(paket)}".encode())
    return h.hexdigest()


def _installningarna(inst: Granskarinstallningar) -> str:
    # Sets in a fixed order: their own order changes from one Python process to the next.
    return json.dumps(dataclasses.asdict(inst), sort_keys=True, ensure_ascii=False,
                      default=lambda v: sorted(v, key=repr) if isinstance(v, (set, frozenset)) else repr(v))


def nyckel(kalla: bytes, namn: str, inst: Granskarinstallningar) -> str:
    h = hashlib.sha256()
    for del_ in (motorns_avtryck().encode(), _installningarna(inst).encode(), namn.encode(), kalla):
        h.update(len(del_).to_bytes(8, "big"))
        h.update(del_)
    return h.hexdigest()


def _fil(namn: str) -> str:
    return f"granskning/{hashlib.sha256(namn.encode()).hexdigest()[:32]}.pickle"


def hamta(namn: str, nyckeln: str) -> Resultat | None:
    data = las_cache(_fil(namn))
    try:
        sparad, resultat = pickle.loads(data) if data else (None, None)
    except Exception:            # half written, from another version: check again
        return None
    return resultat if sparad == nyckeln and isinstance(resultat, Resultat) else None


def spara(namn: str, nyckeln: str, resultat: Resultat) -> None:
    spara_cache(_fil(namn), pickle.dumps((nyckeln, resultat), protocol=pickle.HIGHEST_PROTOCOL))
