"""`passiv`: s-passive (skickas, beslutades, har reviderats) and bli-passive (blev inställt)."""

from __future__ import annotations

from functools import lru_cache

from .. import sprak
from .bas import Kontext, Regel, registrera

# Deponent and reciprocal verbs: -s forms that are not passive.
DEPONENTER = set("""
finns fanns funnits finnas hoppas hoppades hoppats trivs trivdes trivts trivas träffas
träffades träffats lyckas lyckades lyckats minns mindes mints minnas andas andades andats
låtsas låtsades låtsats syns syntes synts synas känns kändes känts kännas hörs hördes
märks märktes fattas saknas saknades saknats behövs behövdes behövts
umgås umgicks umgåtts slåss slogs slagits brottas brottades kräkas kräks svettas
svettades åldras åldrades envisas envisades vistas vistades avundas hämnas hämnades
trängas trängs trängdes samsas enas enades skiljas skiljs skildes mötas möts möttes
tycks tycktes tyckas skäms skämdes skämmas ryms rymdes rymmas töms kivas kivades
låts lyckats nås förekommer väsnas minnas talas pratas kramas kramades""".split())
# Words that end in s but are no verbs at all.
INTE_VERB = set("""
process kurs alls annars tills hos oss ens dess vars mars förstås utomlands ingenstans
någonstans gratis plus minus status fokus kaos bakåts tvärs ibland medans allis kris
pris ris fritids bus buss mus hus glas gas kalas ananas paus kaffes höstas våras somras
vintras gås lås dos vas nos ess ass kors obs hennes hans deras vars ers""".split())
# Past passive of strong verbs, which the lemmatiser does not know (togs -> "toga").
# Matched as word endings, so antogs, beskrevs and utsågs are found too.
STARKA_PRETERITUM = ("togs", "gavs", "sågs", "drogs", "skrevs", "hölls", "bjöds", "bröts",
                     "drevs", "sköts", "vanns", "åts", "slets", "skars", "sades",
                     "lades", "valdes", "gjordes", "fördes", "sattes", "sträcktes")
HJALPVERB_BLI = {"bli", "blir", "blev", "blivit", "bliva", "blivande"}
ADVERB_MELLAN = {"inte", "också", "snabbt", "ofta", "alltid", "aldrig", "även", "redan",
                 "direkt", "sedan", "då", "nu", "genast", "ibland", "helt", "snart", "därför"}
PARTICIP_SLUT = ("ad", "at", "ade", "d", "t", "dd", "tt", "da", "ta", "en", "na", "et", "ts")
FORSLAG = "Skriv vem som gör något, till exempel 'Vi skickar' i stället för 'skickas'."


def _verbkandidat(w: str) -> bool:
    """Guess the infinitive from the form itself when the lemmatiser has no answer:
    skickats -> skicka, skickades -> skicka, skickas -> skicka."""
    for slut, ersatt in (("ades", "a"), ("ats", "a"), ("as", "a"), ("des", "a"), ("tes", "a"),
                         ("es", "a"), ("s", "a")):
        if w.endswith(slut) and len(w) - len(slut) >= 2:
            if slut in ("s", "es") and w[:-1].endswith(("er", "ar", "or")):
                continue    # "sorters", "veckors": genitive of a plural noun
            kandidat = w[: -len(slut)] + ersatt
            if (sprak.lemma(kandidat) == kandidat and sprak.frekvens(kandidat) >= 2.0
                    and sprak.ar_verblemma(kandidat)):
                return True
    return False


def ar_s_passiv(ord_: str, nasta: str | None = None) -> bool:
    if nasta and nasta.lower() == "åt":     # hjälps åt, turas om: reciprocal
        return False
    return _ar_s_passiv(ord_.lower())


@lru_cache(maxsize=200_000)
def _ar_s_passiv(w: str) -> bool:
    if len(w) < 3 or not w.endswith("s") or w in DEPONENTER or w in INTE_VERB:
        return False
    if w.endswith(STARKA_PRETERITUM):
        return True
    if w.endswith(("ss", "us", "os", "is", "ys")):
        return False
    grund = sprak.lemma(w).split("+")[0]
    # "tips" (tipsa) and "dans" (dansa) are the verb's bare stem: a noun, not a passive.
    if grund == w or w == grund + "ns" or w == grund[:-1]:
        return False
    if sprak.ar_verblemma(grund):
        return True
    # Past passive and supine: simplemma gives the participle (skickades -> skickad).
    if w.endswith(("ades", "des", "tes", "ats", "its", "tts", "dds")) and grund.endswith(("ad", "d", "t")):
        if sprak.ar_verblemma(grund[:-1] + "a") or sprak.ar_verblemma(grund[:-2] + "a"):
            return True
    # A genitive of a noun (kommunens, deltagarnas) has a noun lemma; stop here.
    if w.endswith(("ens", "ets", "nas", "ns")):
        return False
    return _verbkandidat(w)


def ar_particip(ord_: str) -> bool:
    w = ord_.lower()
    if len(w) < 3 or not w.endswith(PARTICIP_SLUT):
        return False
    grund = sprak.lemma(w).split("+")[0]
    if grund != w:
        return sprak.ar_verblemma(grund)
    # Unknown to the lemmatiser (inställd): try the infinitive the participle comes from.
    for kapa in (1, 2):
        kandidat = w[:-kapa] + "a"
        if (sprak.lemma(kandidat) == kandidat and sprak.frekvens(kandidat) >= 2.5
                and sprak.ar_verblemma(kandidat)):
            return True
    return False


@registrera
class Passiv(Regel):
    id = "passiv"
    allvarlighet = "warning"
    namn = "Passiv form"

    def granska(self, k: Kontext):
        for mb in k.block:
            for mening in mb.meningar:
                ordlista = mening.ord
                for i, o in enumerate(ordlista):
                    nasta = ordlista[i + 1].text if i + 1 < len(ordlista) else None
                    if ar_s_passiv(o.text, nasta):
                        rad, kol = mb.plats(o.start)
                        yield (rad, kol, f"'{o.text}' är passiv form. Det syns inte vem som gör något.",
                               FORSLAG)
                    elif o.text.lower() in HJALPVERB_BLI:
                        for nasta_ord in ordlista[i + 1:i + 4]:
                            if nasta_ord.text.lower() in ADVERB_MELLAN:
                                continue
                            if ar_particip(nasta_ord.text):
                                rad, kol = mb.plats(o.start)
                                yield (rad, kol,
                                       f"'{o.text} {nasta_ord.text}' är passiv form. "
                                       "Det syns inte vem som gör något.",
                                       "Skriv vem som gör något, till exempel 'Vi ställde in "
                                       "mötet' i stället för 'Mötet blev inställt'.")
                            break
