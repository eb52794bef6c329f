"""Word choice: `krangligt-ord`, `forkortning` and `man`."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from .. import sprak
from .bas import Kontext, Regel, Traff, registrera


@lru_cache(maxsize=1)
def krangliga_ord() -> tuple[dict, list, dict]:
    """(single words by lemma, phrases as regexes, sources)."""
    data = yaml.safe_load(resources.files("kunskapsbank.lattlast").joinpath(
        "data/krangliga_ord.yml").read_text(encoding="utf-8"))
    ord_, fraser = {}, []
    for post in data["ord"]:
        if " " in post["lemma"]:
            monster = r"\b" + r"\s+".join(map(re.escape, post["lemma"].split())) + r"\b"
            fraser.append((re.compile(monster, re.IGNORECASE), post))
        else:
            ord_[post["lemma"]] = post
    return ord_, fraser, data["kallor"]


def _kalla(post: dict, kallor: dict) -> str:
    return kallor.get(post["kalla"], post["kalla"])


BESTAMNING = set("""i de den det detta denna dessa ett en vissa alla många flera något
enligt samma varje annat andra vårt våra dina era nu""".split())
ADJEKTIVISKT_EFTER = set("""regler regel lag lagar lagen rätt avtal rutiner bestämmelser praxis
taxa taxor villkor krav normer föreskrifter riktlinjer läge priser pris ordning""".split())
BOJNINGAR = ("ande", "ades", "ade", "ats", "at", "ad", "ar", "as", "er", "es", "s", "t", "r")


# Present participles: "den verkställande direktören", "inkommande samtal". Used as an
# adjective they are ordinary words; only an entry that is itself a participle
# (vederbörande, angående) is looked up in this form.
PRESENS_PARTICIP = ("ande", "ende")


@lru_cache(maxsize=200_000)
def _slå_upp(w: str) -> dict | None:
    """Find the entry for any inflection: the word, its lemma, or a guessed infinitive."""
    ord_ = krangliga_ord()[0]
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
    return None


def _om_inte_undantag(post: dict, w: str) -> dict | None:
    """An entry can name forms that only look like its inflections: 'tordes' (from
    töras, dared) is no form of 'torde'."""
    return None if w in post.get("undantag", ()) else post


@registrera
class KrangligtOrd(Regel):
    id = "krangligt-ord"
    allvarlighet = "warning"
    namn = "Krångligt ord"

    def granska(self, k: Kontext):
        ord_, fraser, kallor = krangliga_ord()
        for mb in k.block:
            for mening in mb.meningar:
                for i, o in enumerate(mening.ord):
                    post = _slå_upp(o.text.lower())
                    if not post or mb.text[o.slut:o.slut + 1] == "-":
                        # "icke-diskriminering" is an established term, not officialese.
                        continue
                    if mb.text[o.slut:o.slut + 1] == "." and len(o.text) <= 4:
                        continue    # "resp." is an abbreviation: the forkortning rule's job
                    if post.get("bara_preposition"):
                        fore = mening.ord[i - 1].text.lower() if i > 0 else None
                        nasta = mening.ord[i + 1].text.lower() if i + 1 < len(mening.ord) else None
                        # "de gällande reglerna", "i detta avseende": adjective or noun.
                        if nasta is None or fore in BESTAMNING or nasta in ADJEKTIVISKT_EFTER:
                            continue
                    rad, kol = mb.plats(o.start)
                    yield Traff(rad, kol, f"'{o.text}' är ett krångligt ord.",
                           f"Skriv '{post['forslag']}'. Källa: {_kalla(post, kallor)}")
            for monster, post in fraser:
                for m in monster.finditer(mb.text):
                    rad, kol = mb.plats(m.start())
                    yield Traff(rad, kol, f"'{m.group(0)}' är en krånglig fras.",
                           f"Skriv '{post['forslag']}'. Källa: {_kalla(post, kallor)}")


FORKORTNINGAR = [
    (r"t\.\s?ex\.?|t ex|tex", "till exempel"),
    (r"bl\.\s?a\.?|bl a", "bland annat"),
    (r"m\.\s?m\.?", "med mera"),
    (r"o\.\s?s\.\s?v\.?|osv\.?", "och så vidare"),
    (r"d\.\s?v\.\s?s\.?|dvs\.?", "det vill säga"),
    (r"s\.\s?k\.?", "så kallad"),
    (r"m\.\s?fl\.?", "med flera"),
    (r"fr\.\s?o\.\s?m\.?", "från och med"),
    (r"t\.\s?o\.\s?m\.?", "till och med"),
    (r"p\.\s?g\.\s?a\.?|pga\.?", "på grund av"),
    (r"ca\.?", "cirka eller ungefär"),
    (r"m\.\s?a\.\s?o\.?", "med andra ord"),
    (r"o\.\s?d\.?", "och dylikt, eller skriv ut vad du menar"),
    (r"etc\.?", "och så vidare"),
    (r"inkl\.?", "inklusive, eller med"),
    (r"exkl\.?", "utom"),
    (r"ev\.", "eventuellt, eller kanske"),
    (r"resp\.", "respektive, eller skriv om"),
    (r"jfr\.?", "jämför"),
    (r"obs\.?", "observera, eller tänk på"),
    (r"ex\.", "till exempel"),
]
# Not inside a word or a compound: "tex-filer" and "La-tex" are no abbreviations.
FORKORTNING = re.compile(
    r"(?<![\w.-])(" + "|".join(f"(?:{m})" for m, _ in FORKORTNINGAR) + r")(?![\w-])", re.IGNORECASE)
# After these, "ex." is a noun, not "till exempel": "mitt ex." (a former partner),
# "ett ex." (a copy).
EX_SOM_SUBSTANTIV = {"ett", "mitt", "ditt", "sitt", "vårt", "ert", "hans", "hennes", "deras", "hens"}
_UTSKRIVET = [(re.compile(rf"^(?:{m})$", re.IGNORECASE), full) for m, full in FORKORTNINGAR]


@registrera
class Forkortning(Regel):
    id = "forkortning"
    allvarlighet = "warning"
    namn = "Förkortning"

    def granska(self, k: Kontext):
        for mb in k.block:
            for m in FORKORTNING.finditer(mb.text):
                text = m.group(1)
                if text.lower() == "ex.":
                    fore = re.search(r"(\w+)\s*$", mb.text[:m.start(1)][-20:])
                    if fore and fore.group(1).lower() in EX_SOM_SUBSTANTIV:
                        continue
                full = next(f for r, f in _UTSKRIVET if r.match(text))
                rad, kol = mb.plats(m.start(1))
                yield Traff(rad, kol, f"Förkortningen '{text}' kan vara svår att läsa.",
                       f"Skriv ut '{full}'.")


# "man" is the noun after these words ("en man", "en ung man").
MAN_SUBSTANTIV_FORE = set("""en den denne ingen någon varje annan samma vilken ung unge äldre gammal
gamle vuxen svensk stor liten snäll ensam arbetslös sjuk lång kort klok hennes hans min din sin
vår er deras""".split())
# ...and the pronoun after these ("om man", "kan man").
MAN_PRONOMEN_FORE = set("""om när då att så som innan eftersom medan ifall fast men och eller
kan ska skall måste bör får vill borde kunde skulle har hade är var blir brukar behöver
vet tror tycker gör känner ser hör använder läser skriver tänker förstår hur varför var
vad där här ofta också inte alltid aldrig kanske""".split())
MAN_PRONOMEN_EFTER = set("""kan ska skall måste bör får vill borde kunde skulle har hade är var
blir brukar behöver vet tror tycker gör känner ser hör använder läser skriver tänker förstår
inte också ofta alltid aldrig kanske märker vill får själv sig""".split())


@registrera
class Man(Regel):
    id = "man"
    allvarlighet = "warning"
    namn = "Man i stället för du"

    def granska(self, k: Kontext):
        for mb in k.block:
            for mening in mb.meningar:
                ordlista = [o.text.lower() for o in mening.ord]
                for i, o in enumerate(mening.ord):
                    if ordlista[i] != "man":
                        continue
                    fore = ordlista[i - 1] if i > 0 else None
                    fore2 = ordlista[i - 2] if i > 1 else None
                    efter = ordlista[i + 1] if i + 1 < len(ordlista) else None
                    if {fore, fore2} & MAN_SUBSTANTIV_FORE or efter in ("och", "eller"):
                        continue
                    # After a verb in the present ("Hur ansöker man"), man is the pronoun.
                    efter_verb = fore is not None and fore.endswith(("er", "ar", "är", "ör")) and len(fore) > 3
                    if (fore is None or fore in MAN_PRONOMEN_FORE or efter in MAN_PRONOMEN_EFTER
                            or efter_verb):
                        rad, kol = mb.plats(o.start)
                        yield Traff(rad, kol, "'man' gör det oklart vem du menar.",
                               "Skriv 'du' när du menar läsaren, eller säg vem som gör något.")
