"""How right the checker is on labelled text: precision and recall per rule.

A labelled corpus is a folder of Markdown texts and an etiketter.yml that points into
them: [file, line, word or phrase as it stands, rule, ja|nej]. ja: the checker must find
it; nej: a borderline case it must not. A finding of a labelled rule that covers a ja
label's place on its line is a hit; any other finding of that rule is a false alarm;
a ja label no finding covers is a miss. Used by the tests and by scripts/bench.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kunskapsbank.lattlast.granskare import granska_text
from kunskapsbank.lattlast.installningar import Granskarinstallningar


@dataclass
class Tal:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fel: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def forekomster(rad: str, fras: str) -> list[tuple[int, int]]:
    """Where a word or phrase stands on a line (whole words, any case)."""
    monster = re.compile(rf"(?<!\w){re.escape(fras)}(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in monster.finditer(rad)]


def platser(rader_per_fil: dict[str, list[str]], etiketter: list) -> dict:
    """(file, line, rule) -> [(start, end, label)]: each label at its own occurrence (the
    n-th label of a phrase on a line is its n-th occurrence there)."""
    ut: dict = {}
    raknare: dict = {}
    for fil, rad, fras, regel, etikett in etiketter:
        nyckel = (fil, rad, str(fras).lower(), regel)
        n = raknare[nyckel] = raknare.get(nyckel, -1) + 1
        traffar = forekomster(rader_per_fil[fil][rad - 1], str(fras))
        if n >= len(traffar):
            raise ValueError(f"{fil}:{rad}: etiketten '{fras}' ({regel}) finns inte på raden.")
        ut.setdefault((fil, rad, regel), []).append((*traffar[n], etikett))
    return ut


def mat(texter: dict[str, str], etiketter: list, inst: Granskarinstallningar | None = None,
        urval: dict[str, tuple[int, int]] | None = None) -> dict[str, Tal]:
    """tp/fp/fn per labelled rule over the texts (urval: per rule, the lines that count)."""
    inst = inst or Granskarinstallningar()
    rader = {namn: text.split("\n") for namn, text in texter.items()}
    stallen = platser(rader, etiketter)
    regler = sorted({e[3] for e in etiketter})
    tal = {r: Tal() for r in regler}
    traffade = set()

    def inom(regel: str, rad: int) -> bool:
        return urval is None or (regel in urval and urval[regel][0] <= rad <= urval[regel][1])

    for namn, text in texter.items():
        for f in granska_text(text, namn, inst).fynd:
            if f.rule not in tal or not inom(f.rule, f.line):
                continue
            start = f.column - 1
            slut = (f.end_column - 1) if f.end_line == f.line and f.end_column else start + 1
            traff = next(((s, e, lab) for s, e, lab in stallen.get((namn, f.line, f.rule), [])
                          if s < slut and start < e and lab == "ja"), None)
            if traff and (namn, f.line, f.rule, traff[0]) not in traffade:
                traffade.add((namn, f.line, f.rule, traff[0]))
                tal[f.rule].tp += 1
            else:
                tal[f.rule].fp += 1
                tal[f.rule].fel.append(f"falskt larm {namn}:{f.line}: {rader[namn][f.line - 1][start:slut]!r}")
    for (namn, rad, regel), lista in stallen.items():
        if not inom(regel, rad):
            continue
        for start, slut, etikett in lista:
            if etikett == "ja" and (namn, rad, regel, start) not in traffade:
                tal[regel].fn += 1
                tal[regel].fel.append(f"missad {namn}:{rad}: {rader[namn][rad - 1][start:slut]!r}")
    return tal


def las_korpus(mapp: Path) -> tuple[dict[str, str], list]:
    """The texts of a labelled folder and its labels."""
    data = yaml.safe_load((mapp / "etiketter.yml").read_text(encoding="utf-8"))
    texter = {namn: (mapp / namn).read_text(encoding="utf-8") for namn in data["texter"]}
    return texter, data["etiketter"]


def summa(tal: dict[str, Tal]) -> Tal:
    """All rules together (each finding and label counted once)."""
    return Tal(sum(t.tp for t in tal.values()), sum(t.fp for t in tal.values()), sum(t.fn for t in tal.values()))


def tabell(rubrik: str, tal: dict[str, Tal]) -> str:
    rader = [rubrik, f"{'regel':<24}{'precision':>10}{'recall':>8}{'TP':>5}{'FP':>5}{'FN':>5}"]
    for regel, t in [*tal.items(), ("alla", summa(tal))]:
        rader.append(f"{regel:<24}{t.precision:>10.3f}{t.recall:>8.3f}{t.tp:>5}{t.fp:>5}{t.fn:>5}")
    return "\n".join(rader)
