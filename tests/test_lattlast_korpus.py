"""Precision and recall per rule on a labelled corpus of Swedish sentences.

Two corpora, both labelled by what is linguistically true without running the checker:
meningar.yml (335 sentences, used while building the rules; the last 27 are cases an
audit of the rules found) and kontroll.yml (120 sentences, held out: written afterwards
and never used to tune a rule).
Run with -s to see the tables."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kunskapsbank.lattlast import Granskarinstallningar, granska_text

KORPUSAR = {namn: yaml.safe_load((Path(__file__).parent / "korpus" / f"{namn}.yml").read_text(encoding="utf-8"))
            for namn in ("meningar", "kontroll")}
REGLER = ("passiv", "krangligt-ord", "forkortning", "man")
MAL = {"precision": 0.9, "recall": 0.85}


def matning(korpus: list[dict]) -> dict[str, dict]:
    inst = Granskarinstallningar()
    inst.avstangda_regler |= {"lang-mening", "lang-stycke", "lang-ord", "lix", "rubrik",
                              "oforklarad-forkortning"}
    tal = {r: {"tp": 0, "fp": 0, "fn": 0, "fel": []} for r in REGLER}
    for post in korpus:
        hittat = {f.rule for f in granska_text(post["text"] + "\n", "korpus.md", inst).fynd}
        facit = set(post["regler"] or [])
        for regel in REGLER:
            if regel in hittat and regel in facit:
                tal[regel]["tp"] += 1
            elif regel in hittat:
                tal[regel]["fp"] += 1
                tal[regel]["fel"].append(("falskt larm", post["text"]))
            elif regel in facit:
                tal[regel]["fn"] += 1
                tal[regel]["fel"].append(("missad", post["text"]))
    for regel, t in tal.items():
        t["precision"] = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
        t["recall"] = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
    return tal


@pytest.fixture(scope="module", params=list(KORPUSAR))
def resultat(request):
    tal = matning(KORPUSAR[request.param])
    print(f"\nKorpus {request.param}: {len(KORPUSAR[request.param])} meningar")
    print(f"{'regel':<15}{'precision':>10}{'recall':>8}{'TP':>5}{'FP':>5}{'FN':>5}")
    for regel, t in tal.items():
        print(f"{regel:<15}{t['precision']:>10.3f}{t['recall']:>8.3f}{t['tp']:>5}{t['fp']:>5}{t['fn']:>5}")
    return tal


def test_korpusen_ar_stor_nog():
    alla = [p for korpus in KORPUSAR.values() for p in korpus]
    assert len(KORPUSAR["meningar"]) >= 150
    for regel in REGLER:
        assert sum(regel in (p["regler"] or []) for p in alla) >= 30, regel


@pytest.mark.parametrize("regel", REGLER)
def test_precision_och_recall(resultat, regel):
    t = resultat[regel]
    detaljer = "\n".join(f"  {typ}: {text}" for typ, text in t["fel"])
    assert t["precision"] >= MAL["precision"], f"{regel} precision {t['precision']:.3f}\n{detaljer}"
    assert t["recall"] >= MAL["recall"], f"{regel} recall {t['recall']:.3f}\n{detaljer}"
