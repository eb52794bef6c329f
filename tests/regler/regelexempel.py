"""The checker's rules as table-driven tests: each rule's own examples (Regel.alla_exempel:
the rule's examples, or every entry's in its data file) run as the tests of that rule.
An example that should be found is found by that rule; one that should not, is not;
where the example says what the text becomes, the rule's first replacement gives
exactly that text."""

from __future__ import annotations

import pytest

from kunskapsbank.lattlast import Granskarinstallningar, granska_text
from kunskapsbank.lattlast.regler import alla_regler

INST = Granskarinstallningar()


def fynd(text: str, regel: str, niva: str = "klarsprak", sokvag: str = "exempel.md"):
    sida = f"---\nlattlast: {niva}\n---\n\n{text}\n"
    return [f for f in granska_text(sida, sokvag, INST).fynd if f.rule == regel], sida


def med_ersattning(sida: str, traff) -> str:
    """The page with the finding's first replacement in its place: what the suggestion gives."""
    rader = sida.split("\n")
    assert traff.end_line == traff.line, "en ersättning över flera rader"
    rad = rader[traff.line - 1]
    rader[traff.line - 1] = rad[:traff.column - 1] + traff.replacements[0] + rad[traff.end_column - 1:]
    return "\n".join(rader)


def exempeltest(regel_id: str):
    """The test function for one rule, one case per example."""
    regel = alla_regler()[regel_id]
    exempel = regel.alla_exempel()

    @pytest.mark.parametrize("exempel", exempel, ids=[f"{'ja' if e.traff else 'nej'}:{e.text[:40]}" for e in exempel])
    def test_exemplen(exempel):
        hittat, sida = fynd(exempel.text, regel_id, exempel.niva, exempel.sokvag)
        if not exempel.traff:
            assert not hittat, f"'{exempel.text}' ska inte ge fynd: {[f.message for f in hittat]}"
            return
        assert hittat, f"'{exempel.text}' ska ge ett fynd av regeln {regel_id}"
        if exempel.rattad is not None:
            med_forslag = [f for f in hittat if f.replacements]
            assert med_forslag, f"'{exempel.text}': regeln föreslår ingen ersättning"
            assert med_ersattning(sida, med_forslag[0]).split("\n", 4)[4].strip() == exempel.rattad

    return test_exemplen
