"""`passiv`: s-passive (skickas, beslutades, har reviderats) and bli-passive (blev inställt)."""

from __future__ import annotations

from functools import lru_cache

from .. import sprak
from ..text import Ord
from .bas import Kontext, Regel, Traff, registrera

# Deponent and reciprocal verbs: -s forms that are not passive.
DEPONENTER = set("""
finns fanns funnits finnas hoppas hoppades hoppats trivs trivdes trivts trivas träffas
träffades träffats lyckas lyckades lyckats minns mindes mints minnas andas andades andats
låtsas låtsades låtsats syns syntes synts synas känns kändes känts kännas hörs hördes
märks märktes saknas saknades saknats behövs behövdes behövts
umgås umgicks umgåtts slåss slogs slagits brottas brottades kräkas kräks svettas
svettades åldras åldrades envisas envisades vistas vistades avundas hämnas hämnades
trängas trängs trängdes samsas enas enades skiljas skiljs skildes mötas möts möttes
tycks tycktes tyckas skäms skämdes skämmas ryms rymdes rymmas töms kivas kivades
låts lyckats nås förekommer väsnas minnas talas pratas kramas kramades
törs tordes torts töras""".split())
# "se" with a person as subject is reciprocal ("Vi ses i morgon", "Vi sågs i går");
# otherwise it is passive ("Problemet sågs som allvarligt").
RECIPROKA = {"ses", "sågs", "setts"}
PERSONER = {"vi", "ni", "de", "dom"}
# "Det fattas pengar" is deponent (something is missing); "Beslut fattas av nämnden"
# is the passive of "fatta beslut".
FATTAS = "fattas"
# Words that end in s but are no verbs at all.
INTE_VERB = set("""
process kurs alls annars tills hos oss ens dess vars mars förstås utomlands ingenstans
någonstans gratis plus minus status fokus kaos bakåts tvärs ibland medans allis kris
pris ris fritids bus buss mus hus glas gas kalas ananas paus kaffes höstas våras somras
vintras gås lås dos vas nos ess ass kors obs hennes hans deras vars ers""".split())
# A verb never comes right after an article, a possessive or a preposition, so an
# s-word there is a noun: "en slips", "en pajas", "till sås", "på varandras".
FORE_SUBSTANTIV = set("""
en ett min mitt mina din ditt dina sin sitt sina vår vårt våra er ert era hans hennes
deras dess varje ingen inget någon något denna detta dessa samma nästa vilken vilket
på till med för från om under efter hos vid mot utan genom över inom utom bland enligt
kring längs trots""".split())
# Past passive of strong verbs, which the lemmatiser does not know (togs -> "toga").
# Matched as word endings, so antogs, beskrevs and utsågs are found too.
STARKA_PRETERITUM = ("togs", "gavs", "sågs", "drogs", "skrevs", "hölls", "bjöds", "bröts",
                     "drevs", "sköts", "vanns", "åts", "slets", "skars", "sades",
                     "lades", "valdes", "gjordes", "fördes", "sattes", "sträcktes")
HJALPVERB_BLI = {"bli", "blir", "blev", "blivit", "bliva", "blivande"}
ADVERB_MELLAN = {"inte", "också", "snabbt", "ofta", "alltid", "aldrig", "även", "redan",
                 "direkt", "sedan", "då", "nu", "genast", "ibland", "helt", "snart", "därför"}
# bli + adjective tells how someone or something becomes, not what is done to them:
# "Han blev rädd", "Hon blir glad". These look like participles (rädd - rädda,
# trött - trötta, klart - klara), so they are named here.
ADJEKTIV_EFTER_BLI = set("""
rädd rädda glad glada glatt arg arga argt trött trötta sjuk sjuka sjukt ledsen ledsna
nöjd nöjda nöjt mätt mätta lätt lätta rätt rätta klar klara klart tyst tysta lugn lugna
lugnt kall kalla kallt varm varma varmt fast fasta kär kära kärt sur sura surt orolig
oroliga stressad stressade förvånad förvånade besviken besvikna intresserad intresserade
imponerad imponerade irriterad irriterade förälskad förälskade nervös nervösa
frisk friska friskt sen sena sent fri fria fritt ensam ensamma gift gifta skild skilda
hungrig törstig mörkt ljust varse kvitt""".split())
# Participles of irregular verbs, which no rule derives from the infinitive; matched as
# endings, so uppsagd, tillsagd and utvald are found too.
OREGELBUNDNA_PARTICIP = tuple(f"{stam}{slut}" for stam, sluten in (
    ("sag", ("d", "da", "t")), ("lag", ("d", "da", "t")), ("val", ("d", "da", "t")),
    ("sål", ("d", "da", "t")), ("gjor", ("d", "da", "t")), ("tag", ("en", "na", "et")),
    ("drag", ("en", "na", "et")), ("bur", ("en", "na", "et")), ("stul", ("en", "na", "et")),
    ("bund", ("en", "na", "et")), ("funn", ("en", "na", "et"))) for slut in sluten)
PARTICIP_SLUT = ("ad", "at", "ade", "d", "t", "dd", "tt", "da", "ta", "en", "na", "et", "ts")
VOKALER = set("aeiouyåäö")
FORSLAG = "Skriv vem som gör något, till exempel 'Vi skickar' i stället för 'skickas'."


@lru_cache(maxsize=100_000)
def _ar_kant_verb(kandidat: str) -> bool:
    """A guessed infinitive that is a real, known verb (not just any string in -a)."""
    if len(kandidat) < 3:
        return False
    if (sprak.lemma(kandidat) == kandidat and sprak.frekvens(kandidat) >= 2.5
            and sprak.ar_verblemma(kandidat)):
        return True
    # utskriva, inställa: a particle before a common verb
    for partikel in sprak.PARTIKLAR:
        rest = kandidat[len(partikel):]
        if kandidat.startswith(partikel) and len(rest) >= 3 and sprak.lemma(rest) == rest \
                and sprak.frekvens(rest) >= 3.0 and sprak.ar_verblemma(rest):
            return True
    return False


def _infinitiv_fran_stam(stam: str) -> tuple[str, ...]:
    """godkän(t) -> godkänna, bestäm(t) -> bestämma, ställ(t) -> ställa."""
    return (stam + "a", stam + stam[-1] + "a") if stam else ()


def _ar_particip_av_verb(grund: str) -> bool:
    """fattad (fatta), bestämd (bestämma), köpt (köpa): a participle lemma."""
    if not grund.endswith(("d", "t")) or len(grund) < 4:
        return False
    stam = grund[:-1]
    return any(_ar_kant_verb(k) for k in (stam, *_infinitiv_fran_stam(stam)))


def _ar_genitiv(w: str) -> bool:
    """pappas, mötes, varandras, Lunds, års: a common word that is no verb, plus s."""
    bas = w[:-1]
    if len(bas) < 2 or sprak.frekvens(bas) < 3.0:
        return False
    grund = sprak.lemma(bas).split("+")[0]
    if grund[:1].isupper():
        return True      # Europas, Lunds: a name
    # fattats, skickats: the word without s is a supine (fattat), a verb form
    return not (sprak.ar_verblemma(grund) or sprak.ar_verblemma(bas)
                or _ar_particip_av_verb(grund))


def _verbkandidat(w: str) -> bool:
    """Guess the infinitive from the form itself when the lemmatiser has no answer:
    skickats -> skicka, skickades -> skicka, skickas -> skicka."""
    for slut, ersatt in (("ades", "a"), ("ats", "a"), ("as", "a"), ("des", "a"), ("tes", "a"),
                         ("es", "a"), ("s", "a")):
        if w.endswith(slut) and len(w) - len(slut) >= 2:
            if slut in ("s", "es") and w[:-1].endswith(("er", "ar", "or")):
                continue    # "sorters", "veckors": genitive of a plural noun
            kandidat = w[: -len(slut)] + ersatt
            # A passive is rarely much more common than its infinitive: "sats" (a noun)
            # is far more common than "sata".
            if (sprak.lemma(kandidat) == kandidat and sprak.frekvens(kandidat) >= 2.0
                    and sprak.frekvens(kandidat) >= sprak.frekvens(w) - 1.0
                    and sprak.ar_verblemma(kandidat)):
                return True
    return False


def ar_s_passiv_i_mening(ordlista: list[Ord], i: int, text: str) -> bool:
    """Is word i of a sentence an s-passive? The words around it decide what the word
    alone cannot: names, nouns after an article, reciprocal 'Vi ses' and 'fattas'."""
    o = ordlista[i]
    if not o.text.endswith(("s", "S")):
        return False     # most words: decided before looking around
    w = o.text.lower()
    fore = ordlista[i - 1].text.lower() if i > 0 else None
    fore2 = ordlista[i - 2].text.lower() if i > 1 else None
    nasta = ordlista[i + 1].text.lower() if i + 1 < len(ordlista) else None
    if nasta == "åt":
        return False     # hjälps åt, turas om: reciprocal
    if i > 0 and o.text[:1].isupper():
        return False     # a name inside a sentence: Elias, Lunds universitet
    if w == FATTAS:
        return nasta == "av" or any(x.text.lower().startswith("beslut")
                                    for j, x in enumerate(ordlista) if j != i)
    if w in RECIPROKA and {fore, fore2, nasta} & PERSONER and nasta not in ("som", "av"):
        return False
    if fore in FORE_SUBSTANTIV and not text[ordlista[i - 1].slut:o.start].strip():
        return False     # "en slips", "till sås" (no comma in between)
    return _ar_s_passiv(w)


@lru_cache(maxsize=200_000)
def _ar_s_passiv(w: str) -> bool:
    if len(w) < 3 or not w.endswith("s") or w in DEPONENTER or w in INTE_VERB:
        return False
    if w in RECIPROKA or w == FATTAS:
        return True      # passive unless the sentence says otherwise (see above)
    if w.endswith(STARKA_PRETERITUM):
        return True
    if w.endswith(("ss", "us", "os", "is", "ys")):
        return False
    grund = sprak.lemma(w).split("+")[0]
    if grund[:1].isupper():
        return False     # the lemmatiser knows it as a name: Mattias, Europas
    # "tips" (tipsa) and "dans" (dansa) are the verb's bare stem: a noun, not a passive.
    if grund == w or w == grund + "ns" or w == grund[:-1]:
        return False
    if sprak.ar_verblemma(grund):
        return True
    # Past passive and supine: simplemma gives the participle (skickades -> skickad).
    if w.endswith(("ades", "des", "tes", "ats", "its", "tts", "dds")) and grund.endswith(("ad", "d", "t")):
        if sprak.ar_verblemma(grund[:-1] + "a") or sprak.ar_verblemma(grund[:-2] + "a"):
            return True
    # Supine after a consonant: godkänts (godkänd -> godkänna), bestämts (bestämma).
    # The word without s is the supine, which the participle lemma also shows.
    if w.endswith("ts") and len(w) > 4 and w[-3] not in VOKALER:
        if _ar_particip_av_verb(w[:-1]) or _ar_particip_av_verb(grund):
            return True
    # A genitive of a noun (kommunens, deltagarnas) has a noun lemma; stop here.
    if w.endswith(("ens", "ets", "nas", "ns")) or _ar_genitiv(w):
        return False
    return _verbkandidat(w)


def ar_particip(ord_: str) -> bool:
    w = ord_.lower()
    if w in ADJEKTIV_EFTER_BLI or len(w) < 3 or not w.endswith(PARTICIP_SLUT):
        return False
    if w.endswith(OREGELBUNDNA_PARTICIP):
        return True
    grund = sprak.lemma(w).split("+")[0]
    if grund != w and sprak.ar_verblemma(grund):
        return True
    if grund != w and not grund.endswith(("d", "t", "en")):
        return False     # the lemmatiser knows it, and not as a participle
    # Unknown to the lemmatiser (inställd), or a participle lemma (bestämt -> bestämd):
    # try the infinitive the participle comes from, also with a particle (utskriven).
    for kapa in (1, 2):
        if any(_ar_kant_verb(k) for k in _infinitiv_fran_stam(w[:-kapa])):
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
                    if ar_s_passiv_i_mening(ordlista, i, mb.text):
                        rad, kol = mb.plats(o.start)
                        yield Traff(rad, kol, f"'{o.text}' är passiv form. Det syns inte vem som gör något.",
                               FORSLAG)
                    elif o.text.lower() in HJALPVERB_BLI:
                        for nasta_ord in ordlista[i + 1:i + 4]:
                            if nasta_ord.text.lower() in ADVERB_MELLAN:
                                continue
                            if ar_particip(nasta_ord.text):
                                rad, kol = mb.plats(o.start)
                                yield Traff(rad, kol,
                                       f"'{o.text} {nasta_ord.text}' är passiv form. "
                                       "Det syns inte vem som gör något.",
                                       "Skriv vem som gör något, till exempel 'Vi ställde in "
                                       "mötet' i stället för 'Mötet blev inställt'.")
                            break
