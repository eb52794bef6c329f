"""The readability report gives each page the same verdict as scripts/lint and the page
"Granska din text": one engine, one verdict."""

from __future__ import annotations

from kunskapsbank.lattlast import Granskarinstallningar, granska_text
from kunskapsbank.lattlast.rapport import rapport_markdown

from verktyg import AMBETSBREV

BRA = "---\nlattlast: lattlast\n---\n\nVi ringer dig i morgon. Du får veta mer då.\n"


def test_rapporten_visar_samma_omdome_som_granskaren():
    inst = Granskarinstallningar()
    brev = granska_text("---\nlattlast: lattlast\n---\n\n" + AMBETSBREV, "docs/brev.md", inst)
    bra = granska_text(BRA, "docs/bra.md", inst)
    rapport = rapport_markdown([brev, bra])
    rader = {r.split(" | ")[0]: r for r in rapport.splitlines() if r.startswith("| [")}
    assert "| nej |" in rader["| [brev.md](../brev.md)"]
    assert "| ja, så långt det går att bedöma |" in rader["| [bra.md](../bra.md)"]
    # The reason stands under the page, word for word as the checker gives it.
    assert brev.bedomning.text.startswith("Texten klarar inte nivån lättläst än")
    assert brev.bedomning.text in rapport.replace("\\", "")     # Markdown escapes, same text shown
