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


# Pieces of text where phrases and abbreviations start, end or only look as if they do:
# digits and hyphens next to them, other cases, letters that match in another case only
# by Unicode's rules (dotless ı, long ſ, the Kelvin sign).
ORDSTARTSBITAR = st.sampled_from([
    "i ", "I ", "ı ", "İ ", "syfte ", "syftet ", "att ", "i syfte att ", "I SYFTE ATT ", "samband ",
    "med ", "i samband med ", "ta ställning till ", "Tog ", "ställning ", "till ", "ovannämnda ",
    "ovan nämnt ", "inom ramen för ", "om huruvida ", "t.ex. ", "T. ex ", "t ex ", "tex ", "tex-",
    "bl.a. ", "m.m. ", "o.s.v.", "osv ", "ſ. ", "s. 28 ", "s28 ", "s ", "st. ", "5 st ", "kr ",
    "10 kr. ", "Kr ", "mkr ", "pga ", "p.g.a. ", "ca ", "etc. ", "resp. ", "ev. ", "jfr ", "ex. ",
    "3", "_", "-", ".", ",", "(", ")", "\n", " ", "x", "å", "Ä", "ö", "Ansökan ", "skickas ",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(ORDSTARTSBITAR, max_size=40).map("".join))
def test_sokning_vid_ordstart_ger_samma_traffar_som_hela_texten(text):
    # The phrase and abbreviation patterns are only tried where a word starts: that must
    # find every match a search of the whole text finds, no more and no other.
    from kunskapsbank.lattlast import ordstart
    from kunskapsbank.lattlast.regler import ordval
    from kunskapsbank.lattlast.text import dela_meningar

    ord_ = [o for m in dela_meningar(text) for o in m.ord]
    for monster in (ordval._frasregex()[0], ordval._forkortningsregex()[0]):
        assert ordstart._ordmonster(monster) is not None     # else the test proves nothing
        assert [(m.span(), m.lastgroup) for m in ordstart.traffar(monster, text, ord_)] == \
            [(m.span(), m.lastgroup) for m in monster.finditer(text)]


def test_monster_som_kan_borja_mitt_i_ord_soks_i_hela_texten():
    import re

    from kunskapsbank.lattlast import ordstart
    from kunskapsbank.lattlast.text import dela_meningar

    text = "Projektet samverkar; 3samband och (samband)."
    ord_ = [o for m in dela_meningar(text) for o in m.ord]
    for monster in (r"samband", r"(?<!\w)\w*verkar", r"(?<![^\w])samband", r"(?<!\w)(?i:SAMBAND)"):
        regex = re.compile(monster)
        assert [m.span() for m in ordstart.traffar(regex, text, ord_)] == \
            [m.span() for m in regex.finditer(text)] != []


@settings(max_examples=300, deadline=None)
@given(st.builds(
    lambda *varden: varden,
    st.text(max_size=30), st.integers(), st.integers(), st.text(max_size=15),
    st.sampled_from(["error", "warning", "info"]), st.text(max_size=80),
    st.none() | st.text(max_size=80), st.none() | st.integers(), st.none() | st.integers(),
    st.lists(st.text(max_size=20), max_size=3).map(tuple), st.booleans()))
def test_json_raden_ar_den_json_dumps_ger(varden):
    # scripts/lint --format json writes each finding by hand for speed: it must be
    # exactly the line json.dumps writes, also for quotes, backslashes and control characters.
    import json

    from kunskapsbank.lattlast.fynd import Fynd

    fynd = Fynd(*varden)
    assert fynd.som_json() == json.dumps(fynd.som_dict(), ensure_ascii=False)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab.§ \n_1,-éT", max_size=30), st.integers(min_value=0, max_value=30))
def test_ordet_fore_en_punkt_ar_det_som_regexen_hittar(text, punkt):
    # The word before a full stop decides whether it ends a sentence ("t.ex." does not).
    # It is read backwards for speed; it must be what a forward regex search finds.
    import re

    from kunskapsbank.lattlast.text import FONSTER, _token_fore_punkt

    punkt = min(punkt, len(text))
    start = max(0, punkt - FONSTER)
    m = re.compile(r"([\w.§]+)$").search(text, start, punkt)
    vantat = None if not m or (m.start() == start and start > 0) else m.group(1)
    assert _token_fore_punkt(text, punkt) == vantat
