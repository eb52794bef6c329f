"""Precision and recall per rule on real agency prose that nobody in the project wrote.

The text stays outside the project (../shared/corpus/ from the repository root); the
project keeps only the labels in tests/korpus/verklig/. Run with -s to see the table."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from kunskapsbank.lattlast import Granskarinstallningar, granska_text

ROT = Path(__file__).resolve().parent.parent
ETIKETTER = yaml.safe_load((ROT / "tests/korpus/verklig/etiketter.yml").read_text(encoding="utf-8"))
KALLA = ROT.parent / "shared" / "corpus" / ETIKETTER["kalla"]
REGLER = tuple(ETIKETTER["urval"])
MAL = {"precision": 0.95, "recall": 0.90}


def _kalltext() -> str:
    if not KALLA.is_file():
        pytest.skip(f"Den verkliga texten finns inte i {KALLA}; etiketterna kan inte mätas här.")
    data = KALLA.read_bytes()
    if hashlib.sha256(data).hexdigest() != ETIKETTER["sha256"]:
        pytest.skip(f"{KALLA} har ändrats sedan den märktes; märk om den innan mätningen.")
    return data.decode("utf-8")


def _forekomster(rad: str, ord_: str) -> list[tuple[int, int]]:
    monster = re.compile(rf"(?<!\w){re.escape(ord_)}(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in monster.finditer(rad)]


def etikettplatser(rader: list[str]) -> dict:
    """(line, rule) -> list of (start, end, label): each label at its own occurrence."""
    platser: dict = {}
    raknare: dict = {}
    for rad, ord_, regel, etikett in ETIKETTER["etiketter"]:
        n = raknare.get((rad, ord_.lower(), regel), 0)
        raknare[(rad, ord_.lower(), regel)] = n + 1
        forekomster = _forekomster(rader[rad - 1], ord_)
        assert n < len(forekomster), f"Etiketten '{ord_}' på rad {rad} finns inte i texten."
        start, slut = forekomster[n]
        platser.setdefault((rad, regel), []).append((start, slut, etikett))
    return platser


def matning(text: str, urval: dict) -> dict[str, dict]:
    """tp/fp/fn per rule, counting only findings and labels inside urval's lines."""
    rader = text.split("\n")
    platser = etikettplatser(rader)
    inst = Granskarinstallningar()
    fynd = granska_text(text, "ansokan.md", inst).fynd
    tal = {r: {"tp": 0, "fp": 0, "fn": 0, "fel": []} for r in urval}
    traffade = set()
    for f in fynd:
        if f.rule not in urval:
            continue
        forsta, sista = urval[f.rule]
        if not forsta <= f.line <= sista:
            continue
        start = f.column - 1
        slut = (f.end_column - 1) if f.end_line == f.line and f.end_column else start + 1
        etikett = next(((s, e, lab) for s, e, lab in platser.get((f.line, f.rule), [])
                        if s < slut and start < e), None)
        if etikett and etikett[2] == "ja" and (f.line, f.rule, etikett[0]) not in traffade:
            traffade.add((f.line, f.rule, etikett[0]))
            tal[f.rule]["tp"] += 1
        else:
            tal[f.rule]["fp"] += 1
            tal[f.rule]["fel"].append(f"falskt larm rad {f.line}: {rader[f.line - 1][start:slut]!r}")
    for (rad, regel), lista in platser.items():
        if regel not in urval or not urval[regel][0] <= rad <= urval[regel][1]:
            continue
        for start, slut, etikett in lista:
            if etikett == "ja" and (rad, regel, start) not in traffade:
                tal[regel]["fn"] += 1
                tal[regel]["fel"].append(f"missad rad {rad}: {rader[rad - 1][start:slut]!r}")
    for t in tal.values():
        t["precision"] = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
        t["recall"] = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
    return tal


def _tabell(rubrik: str, tal: dict) -> None:
    print(f"\n{rubrik}")
    print(f"{'regel':<15}{'precision':>10}{'recall':>8}{'TP':>5}{'FP':>5}{'FN':>5}")
    for regel, t in tal.items():
        print(f"{regel:<15}{t['precision']:>10.3f}{t['recall']:>8.3f}{t['tp']:>5}{t['fp']:>5}{t['fn']:>5}")


@pytest.fixture(scope="module")
def resultat():
    tal = matning(_kalltext(), ETIKETTER["urval"])
    _tabell(f"Verklig text ({ETIKETTER['kalla']}), urvalet som reglerna kalibrerades på", tal)
    return tal


@pytest.fixture(scope="module")
def kontroll():
    tal = matning(_kalltext(), ETIKETTER["kontrollurval"])
    _tabell("Verklig text, kontrollurvalet (märkt efter kalibreringen, aldrig använt för att ändra regler)", tal)
    return tal


def test_urvalet_ar_minst_150_meningar():
    from kunskapsbank.lattlast.text import dela_meningar
    rader = _kalltext().split("\n")
    forsta, sista = ETIKETTER["urval"]["passiv"]
    assert sum(len(dela_meningar(r)) for r in rader[forsta - 1:sista]) >= 150


@pytest.mark.parametrize("regel", REGLER)
def test_precision_och_recall_pa_verklig_text(resultat, regel):
    t = resultat[regel]
    detaljer = "\n".join(t["fel"])
    assert t["precision"] >= MAL["precision"], f"{regel} precision {t['precision']:.3f}\n{detaljer}"
    assert t["recall"] >= MAL["recall"], f"{regel} recall {t['recall']:.3f}\n{detaljer}"


@pytest.mark.parametrize("regel", list(ETIKETTER["kontrollurval"]))
def test_precision_och_recall_pa_kontrollurvalet(kontroll, regel):
    t = kontroll[regel]
    detaljer = "\n".join(t["fel"])
    assert t["precision"] >= MAL["precision"], f"{regel} precision {t['precision']:.3f}\n{detaljer}"
    assert t["recall"] >= MAL["recall"], f"{regel} recall {t['recall']:.3f}\n{detaljer}"
