"""`svart-ord`: a technical term, piece of jargon or foreign word the text does not explain
the first time it uses it.

The words are data (data/svara_ord.yml): exact forms for English words, phrases and the
compounds the lemmatiser does not inflect, a lemma for the rest. A word counts as explained
where it stands first when an explanation follows at once: in brackets, after a dash or a
colon, after ", alltså" or ", det vill säga", as "X betyder ..." / "X är en ...", or in the
next sentence as "Det betyder ...". A word the whole site explains (a tooltip in the
abbreviation list, `*[workshop]: ...`) or a page marks as explained is not found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kunskapsbank.lattlast import ordstart, sprak
from kunskapsbank.lattlast.markdown import LISTPUNKT, RUTRUBRIK, SIDHUVUDTEXT, STYCKE
from kunskapsbank.lattlast.regeldata import las_data
from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, registrera

# Right after the word: "(", a dash, a colon, or a comma and a phrase that explains.
FORKLARING_EFTER = re.compile(
    r"^\s*(?:\(|[–—:]|-\s|,\s*(?:alltså|det vill säga|dvs\.?|d\.v\.s\.|som betyder|vilket betyder|"
    r"som innebär|vilket innebär|som är|det är|en|ett|där)\b)", re.IGNORECASE)
# The word as the subject of a definition: "Lönebidrag är ett stöd ...", "X betyder att".
DEFINITION_EFTER = re.compile(r"^\s+(?:betyder|innebär|handlar om|kallas|är (?:en|ett|när|att|då))\b",
                              re.IGNORECASE)
# The next sentence explains: "Det betyder att ...".
FORKLARING_NASTA = re.compile(r"^\s*(?:det|detta|det här|det vill säga|alltså)\s*(?:betyder|innebär|är när|"
                              r"handlar om|vill säga)?", re.IGNORECASE)
TEXTBLOCK = (STYCKE, LISTPUNKT, RUTRUBRIK, SIDHUVUDTEXT)


@lru_cache(maxsize=1)
def _data():
    data = las_data("svara_ord")
    former, lemman = {}, {}
    for post in data["ord"]:
        for form in post.get("ord") or ():
            former[form.lower()] = post
        if post.get("lemma"):
            lemman[post["lemma"].lower()] = post
    monster = sorted(former, key=len, reverse=True)
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, monster)) + r")(?![\w-])",
                       re.IGNORECASE) if monster else None
    return data, regex, former, lemman


def _exempel() -> tuple[Exempel, ...]:
    data, *_ = _data()
    return tuple(e for post in data["ord"] for niva in [post.get("niva", "klarsprak")]
                 for e in (Exempel(post["exempel"]["ja"], True, niva=niva),
                           Exempel(post["exempel"]["nej"], False, niva=niva)))


def _forklarat_dar(text: str, start: int, slut: int, nasta_mening: str | None) -> bool:
    ord_ = text[start:slut]
    efter = text[slut:slut + 40]
    if FORKLARING_EFTER.match(efter) or DEFINITION_EFTER.match(efter):
        return True
    if nasta_mening is None:
        return False
    # The next sentence explains: "Det betyder att ...", or takes the word up again:
    # "... med lönebidrag. Lönebidrag betyder att ..."
    if FORKLARING_NASTA.match(nasta_mening):
        delar = nasta_mening.split()
        if len(delar) > 1 and delar[1].lower() in ("betyder", "innebär", "är", "handlar", "vill"):
            return True
    upprepat = re.match(rf"\s*{re.escape(ord_)}", nasta_mening, re.IGNORECASE)
    return bool(upprepat and DEFINITION_EFTER.match(nasta_mening[upprepat.end():]))


@registrera
class SvartOrd(Regel):
    id = "svart-ord"
    allvarlighet = "warning"
    namn = "Svårt ord utan förklaring"

    def alla_exempel(self):
        return _exempel() + (
            Exempel("Empowerment\n: Att få mer makt över sitt eget liv. Empowerment är målet.", False),)

    def granska(self, k: Kontext):
        data, regex, former, lemman = _data()
        forklarade = {w.lower() for w in k.forklarade_forkortningar}
        sett: set[str] = set()
        for nr, mb in enumerate(k.block):
            if mb.block.typ not in TEXTBLOCK:
                continue
            if _ar_ordlisteterm(k, nr):
                # A glossary's headword: the definition on the next line explains it.
                sett.update(_poster_i(mb, regex, former, lemman))
                continue
            kandidater = []
            if regex is not None:
                for m in ordstart.traffar(regex, mb.text, mb.alla_ord):
                    kandidater.append((m.start(), m.end(), former[m.group(0).lower()]))
            if lemman:
                for o in mb.alla_ord:
                    post = lemman.get(o.lag) or lemman.get(sprak.lemma(o.lag).split("+")[0])
                    if post is not None and not any(s <= o.start < e for s, e, _ in kandidater):
                        kandidater.append((o.start, o.slut, post))
            for start, slut, post in sorted(kandidater, key=lambda t: t[0]):
                if post["id"] in sett or (post.get("niva") == "lattlast" and k.niva != "lattlast"):
                    continue
                sett.add(post["id"])
                ord_ = mb.text[start:slut]
                if ord_.lower() in forklarade or (post.get("lemma") or "").lower() in forklarade:
                    continue
                if _forklarat_dar(mb.text, start, slut, _nasta_mening(mb, slut)):
                    continue
                kalla = data["kallor"].get(post["kalla"], post["kalla"])
                yield mb.traff(start, slut, f"”{ord_}” kan vara svårt att förstå för många läsare.",
                               f"Förklara ordet första gången, till exempel: ”{ord_} ({post['forklaring']})”. "
                               f"Eller skriv om utan ordet. Källa: {kalla}")


def _ar_ordlisteterm(k: Kontext, nr: int) -> bool:
    """Is block nr the term of a definition list ("Indikator" and ": Ett mått ...")?"""
    if nr + 1 >= len(k.block) or len(k.block[nr].alla_ord) > 6:
        return False
    nasta = k.block[nr + 1].block
    rad = nasta.rad
    return nasta.typ == LISTPUNKT and rad == k.block[nr].block.segment[-1].rad + 1 \
        and k.dok.rader[rad - 1].lstrip().startswith(":")


def _poster_i(mb, regex, former, lemman) -> set[str]:
    ids = {former[m.group(0).lower()]["id"] for m in regex.finditer(mb.text)} if regex is not None else set()
    for o in mb.alla_ord:
        post = lemman.get(o.lag) or lemman.get(sprak.lemma(o.lag).split("+")[0])
        if post is not None:
            ids.add(post["id"])
    return ids


def _nasta_mening(mb, slut: int) -> str | None:
    """The sentence after the one the word at offset slut stands in."""
    for i, mening in enumerate(mb.meningar):
        if mening.start <= slut <= mening.start + len(mening.text):
            return mb.meningar[i + 1].text if i + 1 < len(mb.meningar) else None
    return None
