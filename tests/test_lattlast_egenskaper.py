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
    "[^1]: ", "a | b\n", "--- | ---\n", "![][logo]", "<!-- x --> ", "min. ", "Den ", "ex. ",
    "VIKTIGT ", "KOM IHÅG ", "ovning: true\n", "syfte: ", "fragor:\n  - fraga: ", "  ",
    "reflektion:\n  - kapitel: ", "lattlast:\n  lix_maxx: ", '"', "|\n", ">-\n",
])


def kontrollera(text: str):
    resultat = granska_text(text, "slump.md")
    # The file's real lines: a lone CR is no line break (as in editors and git).
    antal_rader = len(text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"))
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


SIDHUVUDVARDE = st.one_of(
    st.text(max_size=80), st.integers(), st.none(), st.lists(st.text(max_size=30), max_size=4),
    st.dictionaries(st.sampled_from(["fraga", "alternativ", "forklaring", "kapitel", "fragor"]),
                    st.one_of(st.text(max_size=40), st.lists(st.text(max_size=20), max_size=3)),
                    max_size=4))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["ovning", "kurstillfalle", "syfte", "mal", "material", "tid",
                                        "fragor", "reflektion", "lattlast", "kurs"]),
                       st.one_of(SIDHUVUDVARDE, st.lists(SIDHUVUDVARDE, max_size=3)), max_size=6))
def test_slumpvis_sidhuvud_med_text_som_visas_pa_sidan(front):
    import yaml
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\nVi ringer dig.\n"
    kontrollera(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["a. ", "t.ex. ", "osv. ", "min. ", "Den ", "ex. ", "\n", "F. ",
                                 "Ansökan skickas. "]), min_size=1, max_size=3000).map("".join))
def test_langa_foljder_av_forkortningar_blir_klara_med_ratt_plats(text):
    # Regression: these once took minutes (quadratic); speed is measured in the benchmark.
    kontrollera(text)
