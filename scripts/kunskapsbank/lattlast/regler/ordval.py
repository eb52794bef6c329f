"""Word choice: `krangligt-ord`, `forkortning` and `man`. The word lists are data
(data/krangliga_ord.yml, data/forkortningar.yml); each hit carries its exact span and a
replacement in the same inflection, or advice when no replacement fits every sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from kunskapsbank.lattlast import ordstart, sprak
from kunskapsbank.lattlast.regeldata import Post, forkortningar, frasmonster, krangliga_ord
from kunskapsbank.lattlast.markdown import STYCKE
from kunskapsbank.lattlast.text import ORDETS_LAG
from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Meningsblock, Regel, registrera

BOJNINGAR = ("ande", "ades", "ade", "ats", "at", "ad", "ar", "as", "er", "es", "s", "t", "r")
# Present participles: "den verkställande direktören", "inkommande samtal". Used as an
# adjective they are ordinary words; only an entry that is itself a participle
# (vederbörande, angående) is looked up in this form.
PRESENS_PARTICIP = ("ande", "ende")


# After these the verb is an infinitive: "kan implementeras" needs "kan införas", not the
# present "införs" the data gives for the same written form.
INFINITIV_EFTER = {"kan", "kunde", "ska", "skall", "skulle", "måste", "bör", "borde", "får", "fick",
                   "vill", "ville", "behöver", "behövde", "brukar", "lär", "tänker", "att", "kunna",
                   "vilja", "behöva", "låt", "låter", "lät"}
ADVERB_FORE_VERB = {"inte", "också", "även", "alltid", "aldrig", "redan", "snart", "då", "nu",
                    "ofta", "gärna", "bara", "först", "sedan", "därför", "ändå", "dessutom"}
SUBJEKT = {"jag", "du", "han", "hon", "hen", "vi", "ni", "de", "dom", "man", "den", "det"}


def _exempel_ur(poster) -> tuple[Exempel, ...]:
    """The examples of a word list's entries: ja finds, nej does not, rattad is ja fixed."""
    return tuple(e for p in poster for e in (Exempel(p.exempel["ja"], True, p.exempel.get("rattad")),
                                             Exempel(p.exempel["nej"], False)))


@lru_cache(maxsize=200_000)
def _slå_upp(w: str) -> Post | None:
    """Find the entry for any inflection: the word, its lemma, or a guessed infinitive."""
    ord_ = krangliga_ord().ord
    if w in ord_:
        return ord_[w]
    if w.endswith(PRESENS_PARTICIP):
        return None
    for kandidat in (w, sprak.lemma(w).split("+")[0]):
        if kandidat in ord_:
            return _om_inte_undantag(ord_[kandidat], w)
    for slut in BOJNINGAR:
        if w.endswith(slut) and len(w) - len(slut) >= 3:
            stam = w[: -len(slut)]
            for kandidat in (stam + "a", stam):
                if kandidat in ord_:
                    return _om_inte_undantag(ord_[kandidat], w)
    # A form listed in an entry but unknown to the lemmatiser: "utgjorde", "förelåg".
    return _former().get(w)


def _efter_infinitivmarkor(ord_, i: int) -> bool:
    """Does word i stand where only an infinitive can: after a modal verb or "att", with
    perhaps an adverb between ("kan inte implementeras")?"""
    j = i - 1
    while j >= 0 and ord_[j].lag in ADVERB_FORE_VERB:
        j -= 1
    return j >= 0 and ord_[j].lag in INFINITIV_EFTER


def _infinitiv_passiv(post: Post, form: str) -> str | None:
    """The passive infinitive of the replacement: implementeras -> införas. None when the
    replacement is a phrase ("se till"), whose passive no rule can make."""
    aktiv = post.former.get(post.lemma) if post.former else post.ersattning
    if not aktiv or " " in aktiv:
        return None
    ny = aktiv + "s"
    return ny[:1].upper() + ny[1:] if form[:1].isupper() else ny


@lru_cache(maxsize=1)
def _former() -> dict[str, Post]:
    return {form: post for post in krangliga_ord().ord.values() for form in post.former}


def _om_inte_undantag(post: Post, w: str) -> Post | None:
    """An entry can name forms that only look like its inflections: 'tordes' (from
    töras, dared) is no form of 'torde'."""
    return None if w in post.undantag else post


@lru_cache(maxsize=1)
def _frasregex() -> tuple[re.Pattern, list[Post]]:
    """All phrases in one pattern, longest first, so "i händelse av att" wins over
    "i händelse av"."""
    fraser = krangliga_ord().fraser
    delar = [rf"(?P<f{i}>{frasmonster(p)})" for i, p in enumerate(fraser)]
    return re.compile(r"(?<!\w)(?:" + "|".join(delar) + r")(?!\w)", re.IGNORECASE), fraser


def _forslag(post: Post, ersattning: str | None, kallor: dict) -> str:
    kalla = kallor.get(post.kalla, post.kalla)
    if ersattning:
        return f"Skriv ”{ersattning}”. Källa: {kalla}"
    return f"Skriv om med enklare ord: {post.rad_text}. Källa: {kalla}"


def _ar_forst(mb: Meningsblock, start: int) -> bool:
    """Does offset start begin a sentence?"""
    return any(m.ord and m.ord[0].start == start for m in mb.meningar)


@registrera
class KrangligtOrd(Regel):
    id = "krangligt-ord"

    def alla_exempel(self):
        return _exempel_ur(krangliga_ord().alla)
    allvarlighet = "warning"
    namn = "Krångligt ord"

    def granska(self, k: Kontext):
        lista = krangliga_ord()
        regex, fraser = _frasregex()
        regelord = lista.grupper.get("regelord", frozenset())
        bestamning = lista.grupper.get("bestamning", frozenset())
        for mb in k.block:
            tagna: list[tuple[int, int]] = []
            for m in ordstart.traffar(regex, mb.text, mb.alla_ord):
                post = fraser[int(m.lastgroup[1:])]
                ny = post.ersattning_for(m.group(0), _ar_forst(mb, m.start()))
                tagna.append((m.start(), m.end()))
                yield self._traff(mb, m.start(), m.end(), f"”{m.group(0)}” är en krånglig fras.",
                                  post, ny, lista.kallor)
            for mening in mb.meningar:
                # Most words are no entry: looked up without a turn of the loop body each.
                for i, post in enumerate(map(_slå_upp, map(ORDETS_LAG, mening.ord))):
                    if post is None:
                        continue
                    o = mening.ord[i]
                    if mb.text[o.slut:o.slut + 1] == "-":
                        # "icke-diskriminering" is an established term, not officialese.
                        continue
                    if tagna and any(s <= o.start < e for s, e in tagna):
                        continue    # part of a phrase found above
                    if mb.text[o.slut:o.slut + 1] == "." and len(o.text) <= 4:
                        continue    # "resp." is an abbreviation: the forkortning rule's job
                    fore = mening.ord[i - 1].lag if i > 0 else None
                    nasta = mening.ord[i + 1].lag if i + 1 < len(mening.ord) else None
                    if fore in post.inte_efter or nasta in post.inte_fore:
                        continue
                    if post.bara_preposition and (nasta is None or fore in bestamning
                                                  or nasta in regelord):
                        continue    # "de gällande reglerna", "i detta avseende"
                    fore_sats = post.ingen_ersattning_fore_sats and nasta is not None and (
                        nasta in SUBJEKT or mening.ord[i + 1].text[:1].isupper())
                    ny = None if fore in post.ingen_ersattning_efter or fore_sats \
                        else post.ersattning_for(o.text, i == 0)
                    if ny and o.lag.endswith("s") and post.former and o.lag in post.former \
                            and _efter_infinitivmarkor(mening.ord, i):
                        ny = _infinitiv_passiv(post, o.text)
                    start = o.start
                    if (ny and fore == ny.split()[0].lower()
                            and not mb.text[mening.ord[i - 1].slut:o.start].strip()):
                        # "skrivit om angående": the replacement "om" takes the word before
                        # with it, so the sentence does not get "om om".
                        start = mening.ord[i - 1].start
                    yield self._traff(mb, start, o.slut, f"”{o.text}” är ett krångligt ord.",
                                      post, ny, lista.kallor)

    @staticmethod
    def _traff(mb, start, slut, meddelande, post: Post, ny: str | None, kallor):
        traff = mb.traff(start, slut, meddelande, _forslag(post, ny, kallor),
                         (ny,) if ny else (), post.saker)
        traff.severity = post.allvarlighet
        return traff


@lru_cache(maxsize=1)
def _forkortningsregex() -> tuple[re.Pattern, list[Post]]:
    poster, _ = forkortningar()
    delar = [rf"(?P<f{i}>{p.monster})" for i, p in enumerate(poster)]
    # Not inside a word or a compound: "tex-filer" and "La-tex" are no abbreviations;
    # a page number may follow at once ("s28").
    return re.compile(r"(?<![\w.-])(?:" + "|".join(delar) + r")(?:(?![\w-])|(?=\d))",
                      re.IGNORECASE), poster


TAL_FORE = re.compile(r"\d[\s\u00a0]?$")
ORD_FORE = re.compile(r"(\w+)\W*$")


@registrera
class Forkortning(Regel):
    id = "forkortning"

    def alla_exempel(self):
        return _exempel_ur(forkortningar()[0])
    allvarlighet = "warning"
    namn = "Förkortning"

    def granska(self, k: Kontext):
        regex, poster = _forkortningsregex()
        for mb in k.block:
            for m in ordstart.traffar(regex, mb.text, mb.alla_ord):
                post = poster[int(m.lastgroup[1:])]
                text, start, slut = m.group(0), m.start(), m.end()
                fore = mb.text[max(0, start - 20):start]
                if post.efter_tal and not TAL_FORE.search(fore):
                    continue
                if post.inte_efter:
                    ord_fore = ORD_FORE.search(fore)
                    if ord_fore and ord_fore.group(1).lower() in post.inte_efter:
                        continue
                if post.kan_sluta_mening and text.endswith("."):
                    efter = mb.text[slut:].lstrip()
                    if not efter or efter[0].isupper():
                        slut -= 1     # the full stop also ends the sentence: keep it
                ny = post.ersattning
                if ny and text[:1].isupper():
                    ny = ny[:1].upper() + ny[1:]
                traff = mb.traff(start, slut, f"Förkortningen ”{text.strip()}” kan vara svår att läsa.",
                                 f"Skriv ut ”{ny.strip()}”." if ny else f"Skriv ut orden: {post.rad}.",
                                 (ny,) if ny else (), post.saker)
                traff.severity = post.allvarlighet
                yield traff


# "man" is the noun after these words ("en man", "en ung man").
MAN_SUBSTANTIV_FORE = set("""en den denne ingen någon varje annan samma vilken ung unge äldre gammal
gamle vuxen svensk stor liten snäll ensam arbetslös sjuk lång kort klok hennes hans min din sin
vår er deras""".split())
# ...and the pronoun after these ("om man", "kan man").
MAN_PRONOMEN_FORE = set("""om när då att så som innan eftersom medan ifall fast men och eller
kan ska skall måste bör får vill borde kunde skulle har hade är var blir brukar behöver
vet tror tycker gör känner ser hör använder läser skriver tänker förstår hur varför var
vad där här ofta också inte alltid aldrig kanske huruvida""".split())
MAN_PRONOMEN_EFTER = set("""kan ska skall måste bör får vill borde kunde skulle har hade är var
blir brukar behöver vet tror tycker gör känner ser hör använder läser skriver tänker förstår
inte också ofta alltid aldrig kanske märker vill får själv sig""".split())
# Sentences in paragraphs: a plan or a report, not a question or a short note.
MINST_MENINGAR_FOR_TREDJE_PERSON = 6
# A text that uses these speaks to its reader.
TILLTAL = {"du", "dig", "din", "ditt", "dina", "ni", "er", "era", "ert"}
# With these later in the sentence "du" does not fit: "man tvättar sig" -> "du tvättar dig".
REFLEXIVA = {"sig", "sin", "sitt", "sina", "ens"}


@registrera
class Man(Regel):
    id = "man"
    exempel = (
        Exempel("Du kan få stöd. Man skickar ansökan till kommunen.", True),
        Exempel("Mannen skickar ansökan till kommunen.", False),
        Exempel("Hör av er om man är orolig för en ung person.", True),
        Exempel("Hör av er om en ung man behöver stöd.", False),
        # A plan or a report about others, in the third person: "du" would not fit.
        Exempel("Kommunen har en plan för unga. Planen gäller i tre år. Den tar upp skola och arbete. "
                "Man vill att fler unga ska få arbete. Regionen hjälper till. Förbundet betalar en del. "
                "Kommunen följer upp planen varje år. Nämnden får en rapport.", False),
    )
    allvarlighet = "warning"
    namn = "Man i stället för du"

    def granska(self, k: Kontext):
        # "du" only fits a text that speaks to its reader; in a plan or a report written
        # in the third person "man" stays. A few sentences say too little about whom a
        # text speaks to ("Man kan ringa oss."): there "man" is found as before.
        if sum(len(mb.meningar) for mb in k.block if mb.block.typ == STYCKE) >= MINST_MENINGAR_FOR_TREDJE_PERSON and \
                not any(o.lag in TILLTAL for mb in k.block for o in mb.alla_ord):
            return
        for mb in k.block:
            for mening in mb.meningar:
                ordlista = list(map(ORDETS_LAG, mening.ord))
                if "man" not in ordlista:
                    continue
                for i in [i for i, w in enumerate(ordlista) if w == "man"]:
                    o = mening.ord[i]
                    fore = ordlista[i - 1] if i > 0 else None
                    fore2 = ordlista[i - 2] if i > 1 else None
                    efter = ordlista[i + 1] if i + 1 < len(ordlista) else None
                    # "en ung man": an article two words back, with an adjective between
                    # (not "Hör av er om man ...", where "om" stands between).
                    if fore in MAN_SUBSTANTIV_FORE or efter in ("och", "eller") or (
                            fore2 in MAN_SUBSTANTIV_FORE and fore not in MAN_PRONOMEN_FORE):
                        continue
                    # Next to a verb in the present ("Hur ansöker man", "man anser"), man
                    # is the pronoun.
                    efter_verb = fore is not None and fore.endswith(("er", "ar", "är", "ör")) and len(fore) > 3
                    fore_verb = efter is not None and efter.endswith(("er", "ar", "är", "ör")) and len(efter) > 3
                    if (fore is None or fore in MAN_PRONOMEN_FORE or efter in MAN_PRONOMEN_EFTER
                            or efter_verb or fore_verb):
                        du = () if not REFLEXIVA.isdisjoint(ordlista[i + 1:]) else ("Du" if o.text[0].isupper() else "du",)
                        yield mb.traff(o.start, o.slut, "”man” gör det oklart vem du menar.",
                                       "Skriv ”du” när du menar läsaren, eller säg vem som gör något.", du)
