"""Hostile and random Markdown: the checker never crashes and never points outside the file."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from kunskapsbank.lattlast import granska_text

BITAR = st.sampled_from([
    "---\n", "title: x\n", "# ", "## ", "### ", "- ", "1. ", "> ", "!!! note \"Rubrik\"\n",
    "??? utbildare\n", "    ", "```\n", "~~~\n", "`kod`", "<!-- ", " -->", "<!-- lattlast: av passiv -->",
    "<!-- lattlast: på alla -->", "| a | b |\n", "|---|---|\n", "![", "](x.png)", "<img src=x>",
    "[länk](", ")", "https://exempel.se/a", "t.ex. ", "Man kan ", "skickas ", "erhålla ",
    "\ufeff", "\r\n", "\r", "\n", "\n\n", "\t", "\x00", "\x1b[31m", "😀", "é", "ÅÄÖ ", ".", "?",
    "*", "**", "_", "\\", "{: .klass }", "*[AF]: Arbetsförmedlingen\n", "[^1]", "SFI ",
    "Det här är en mening. ", "a" * 3000, ". " * 50,
])


def kontrollera(text: str):
    resultat = granska_text(text, "slump.md")
    antal_rader = len(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    for f in resultat.fynd:
        assert 1 <= f.line <= antal_rader, (f, antal_rader)
        assert f.column >= 1
        assert f.message and f.rule and f.severity in ("error", "warning", "info")
    if resultat.statistik:
        assert resultat.statistik.words >= 0 and resultat.statistik.sentences >= 0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BITAR, max_size=60).map("".join))
def test_markdownbitar_i_slumpvis_ordning(text):
    kontrollera(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_helt_slumpvis_text(text):
    kontrollera(text)


def test_kantfall():
    for text in ["", "\ufeff", "\n" * 1000, "```\nbara kod\n", "---\n", "---\ntitle: [\n---\n",
                 "|" * 5000, "#" * 100, "!" * 10, "a" * 200_000, "\x00\x01\x02",
                 "| a |\n|--\n| trasig", "\r\n".join(["Man kan skickas."] * 100)]:
        kontrollera(text)
