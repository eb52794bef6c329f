"""`passiv`: s-passive (skickas, beslutades, har reviderats) and bli-passive (blev inställt)."""

from __future__ import annotations

from functools import lru_cache

from kunskapsbank.lattlast import sprak
from kunskapsbank.lattlast.regeldata import passivdata
from kunskapsbank.lattlast.text import Ord
from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, Traff, registrera

# The word lists, with the reason for each, are data: data/passiv.yml.
_GRUPPER = passivdata()["grupper"]
# Deponent verbs and lexicalised expressions: -s forms that are not passive.
DEPONENTER = set(_GRUPPER["deponens"]["ord"]) | set(_GRUPPER["lexikaliserade"]["ord"])
# "Vi möts" (each other) is no passive; "vi möts av frågor" is.
OMSESIDIGA = set(_GRUPPER["omsesidiga"]["ord"])
# "Situationen förbättras": something changes by itself; passive only with an agent.
MELLANVERB = set(_GRUPPER["mellanverb"]["ord"])
# Forms passive only before one of these particles: "slagits samman" (not "slagits", fought).
PARTIKEL_AVGOR = {k: set(v) for k, v in _GRUPPER["partikel_avgor"]["ord"].items()}
INTE_PARTICIP = set(_GRUPPER["inte_particip"]["ord"])
# "finansieras av Europeiska socialfonden": the doer is the news, passive fits (lemmas;
# "ta fram" with its particle).
AGENT_AR_NYHETEN = {tuple(v.split()) for v in _GRUPPER["agent_ar_nyheten"]["ord"]}
HOR_TILL = set(_GRUPPER["hor_till"]["ord"])
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
deras dess varje ingen inget någon något samma nästa vilken vilket
på till med för från om under efter hos vid mot utan genom över inom utom bland enligt
kring längs trots""".split())
# Passive of strong verbs, which the lemmatiser does not know (togs -> "toga"). Matched as
# word endings, so antogs, beskrevs, föreslagits and utsågs are found too.
STARKA_FORMER = tuple(_GRUPPER["starka_former"]["ord"])
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
FORSLAG = "Skriv vem som gör något, och skriv verbet i aktiv form."


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


# Words that may stand between a passive and its "av": "möts vi av", "styrs ofta av".
MELLAN_PASSIV_OCH_AV = PERSONER | {"ofta", "också", "även", "inte", "alltid", "aldrig", "redan",
                                   "då", "nu", "främst", "framför", "bland", "annat", "helt", "delvis",
                                   # a particle: "har tagits fram av", "ges ut av"
                                   "fram", "ut"}
# After an s-form these words show a verb: "efterfrågas av", "listas i", "hyllas nu".
EFTER_VERB = set("""av i på till för med inte också ut in upp om under efter vid genom och som
när nu då redan ofta alltid aldrig även mer mest direkt snabbt""".split())
# The agent phrase ends before these: "av nämnden i maj", "av Europeiska socialfonden som".
AGENT_SLUT = set("""som i på för till med under inom genom efter vid att men eller samt när då om
och så eftersom medan innan under""".split())


def _nasta_av(ordlista: list[Ord], i: int) -> int | None:
    """Index of the "av" that follows word i (with at most two small words between)."""
    for j in range(i + 1, min(i + 4, len(ordlista))):
        w = ordlista[j].lag
        if w == "av":
            return j
        if w not in MELLAN_PASSIV_OCH_AV:
            return None
    return None


def agent(ordlista: list[Ord], i: int, text: str) -> str | None:
    """The doer in "medfinansieras av Europeiska socialfonden": the words after "av", up
    to a small word or a punctuation mark, at most four. None when "av" is a particle
    ("stängs av")."""
    j = _nasta_av(ordlista, i)
    if j is None:
        return None
    ord_: list[Ord] = []
    for o in ordlista[j + 1:j + 5]:
        forra = ord_[-1] if ord_ else ordlista[j]
        if o.lag in AGENT_SLUT or text[forra.slut:o.start].strip():
            break
        ord_.append(o)
    if not ord_ or all(o.lag in ARTIKLAR for o in ord_):
        return None     # "av ett, två eller tre": no doer to name
    return text[ord_[0].start:ord_[-1].slut]


# "finansieras av oss": the writer pays, which the active says better ("Vi betalar").
PRONOMEN_SOM_AGENT = {"oss", "mig", "dig", "er", "dem", "honom", "henne", "hen", "dom", "sig"}
ARTIKLAR = {"en", "ett", "den", "det", "de", "någon", "något", "några", "denna", "detta", "dessa"}


def agenten_ar_nyheten(ordlista: list[Ord], i: int) -> bool:
    """"finansieras av ...", "har tagits fram av ...": a verb whose doer is the point."""
    w = ordlista[i].lag
    grund = sprak.lemma(w).split("+")[0]
    kandidater = {grund, grund[:-1] + "a" if grund.endswith(("d", "t")) else grund}
    for verb in AGENT_AR_NYHETEN:
        if len(verb) == 1 and (verb[0] in kandidater or w.startswith(verb[0][:-1])
                               and len(w) - len(verb[0]) <= 3):
            return True
        if len(verb) == 2 and i + 1 < len(ordlista) and ordlista[i + 1].lag == verb[1] \
                and (verb[0] in kandidater or w.endswith(_PASSIV_AV.get(verb[0], ()))):
            return True
    return False


# Strong verbs with a particle, whose passive the lemmatiser does not know.
_PASSIV_AV = {"ta": ("togs", "tagits", "tas"), "ge": ("gavs", "givits", "getts", "ges")}


def ar_s_passiv_i_mening(ordlista: list[Ord], i: int, text: str) -> bool:
    """Is word i of a sentence an s-passive? The words around it decide what the word
    alone cannot: names, nouns after an article, reciprocal 'Vi ses' and 'fattas'."""
    o = ordlista[i]
    if not o.text.endswith(("s", "S")):
        return False     # most words: decided before looking around
    w = o.lag
    fore = ordlista[i - 1].lag if i > 0 else None
    fore2 = ordlista[i - 2].lag if i > 1 else None
    nasta = ordlista[i + 1].lag if i + 1 < len(ordlista) else None
    if nasta == "åt":
        return False     # hjälps åt, turas om: reciprocal
    if o.text[:1].isupper() and (i > 0 or (nasta is not None and ordlista[i + 1].text[:1].isupper())):
        return False     # a name: Elias, Lunds universitet, "Mats Alvesson skriver"
    if w == FATTAS:
        return nasta == "av" or any(x.lag.startswith("beslut")
                                    for j, x in enumerate(ordlista) if j != i)
    if w in RECIPROKA and {fore, fore2, nasta} & PERSONER and nasta not in ("som", "av"):
        return False
    if w in HOR_TILL and (fore in ("hit", "dit") or nasta in ("som", "till")):
        return False     # "Hit räknas", "räknas som arbete": belongs to, nobody counts
    if w in OMSESIDIGA or w in MELLANVERB:
        return _nasta_av(ordlista, i) is not None and agent(ordlista, i, text) is not None
    if w in PARTIKEL_AVGOR:
        return nasta in PARTIKEL_AVGOR[w]
    till_och_med = fore == "med" and fore2 == "och" and i > 2 and ordlista[i - 3].lag == "till"
    if (fore in FORE_SUBSTANTIV and not till_och_med
            and not text[ordlista[i - 1].slut:o.start].strip()):
        return False     # "en slips", "till sås" (no comma in between)
    if _ar_s_passiv(w):
        return True
    if w in DEPONENTER or w in INTE_VERB or sprak.lemma(w)[:1].isupper():
        return False     # ... or a name the lemmatiser knows: Tomas, Andreas
    # A verb that is also a common noun (hylla, lista, efterfråga): the -as form is a
    # passive when a word that follows verbs comes next, not a noun ("hyllas kant").
    for slut in ("ades", "ats", "as"):
        if w.endswith(slut):
            return ((nasta is None or nasta in EFTER_VERB) and _har_verbformer(w[:-len(slut)])) \
                or _ar_sammansatt_passiv(w)
    return _ar_sammansatt_passiv(w)


@lru_cache(maxsize=100_000)
def _har_verbformer(stam: str) -> bool:
    """lista -> listar, listade: the stem has forms only a verb has."""
    return len(stam) >= 3 and max(sprak.frekvens(stam + "ade"), sprak.frekvens(stam + "ar")) >= 2.0


@lru_cache(maxsize=100_000)
def _ar_sammansatt_passiv(w: str) -> bool:
    """konkurrensutsätts, kompetensutvecklas: a compound the word lists do not know,
    whose last part is a passive (utsätts, utvecklas) after a known word."""
    if sprak.frekvens(w) > 0 or len(w) < 10:
        return False
    for delning in range(4, len(w) - 5):
        fore, rest = w[:delning], w[delning:]
        if sprak.frekvens(fore) >= 3.0 and sprak.frekvens(rest) >= 2.0 and (
                _ar_s_passiv(rest) or rest in MELLANVERB):
            return True
    return False


def aktiv_form(w: str) -> str | None:
    """The active form to quote in advice: medfinansieras -> medfinansierar, ägs -> äger,
    skickades -> skickade, togs -> tog, har reviderats -> har reviderat. None when unsure."""
    lag = w.lower()
    kandidater: list[str] = []
    if lag.endswith(("ades", "des", "tes")) or lag.endswith(STARKA_FORMER) and not lag.endswith("its"):
        kandidater.append(lag[:-1])
    elif lag.endswith(("ats", "its", "tts", "ts")):
        return f"har {lag[:-1]}" if sprak.frekvens(lag[:-1]) >= 1.0 else None
    elif lag.endswith("as"):
        # skrivas -> skriver (not "skrivar"), skickas -> skickar: the form whose lemma is
        # the passive's own.
        grund = sprak.lemma(lag).split("+")[0]
        for k in (lag[:-2] + "ar", lag[:-2] + "er"):
            if sprak.lemma(k).split("+")[0] == grund and sprak.frekvens(k) >= 1.0:
                return k
        kandidater.append(lag[:-2] + "ar")
    else:
        stam = lag[:-1]
        kandidater += [stam if stam.endswith("r") else stam + ("r" if stam[-1:] in VOKALER else "er")]
    for k in kandidater:
        # medfinansieras -> medfinansierar: rare in wordfreq, but the lemmatiser knows the verb
        if sprak.frekvens(k) >= 1.0 or (lag.endswith("as") and sprak.lemma(lag) == lag[:-2] + "a"):
            return k
    return None


@lru_cache(maxsize=200_000)
def _ar_s_passiv(w: str) -> bool:
    if len(w) < 3 or not w.endswith("s") or w in DEPONENTER or w in INTE_VERB:
        return False
    if w in RECIPROKA or w == FATTAS:
        return True      # passive unless the sentence says otherwise (see above)
    if w.endswith(STARKA_FORMER):
        return True
    if w.endswith(("ss", "us", "os", "is", "ys")):
        return False
    if w.endswith(("ets", "ens")) and sprak.frekvens(w[:-1]) >= 3.0:
        return False     # innehållets, kommunens: a noun's genitive (no passive ends so)
    grund = sprak.lemma(w).split("+")[0]
    if grund[:1].isupper():
        return False     # the lemmatiser knows it as a name: Mattias, Europas
    if w.endswith("ats") and sprak.frekvens(w) >= 3.0 and sprak.frekvens(w) > sprak.frekvens(grund) + 0.5:
        return False     # ansats, mandats: a common noun far more common than the verb
    # "tips" (tipsa) and "dans" (dansa) are the verb's bare stem: a noun, not a passive.
    if grund == w or w == grund + "ns" or w == grund[:-1]:
        return False
    if sprak.ar_verblemma(grund):
        return True
    # anmälas, ansökas: the noun (anmälan) is more common than the verb, but a present
    # in -er (anmäler) only a verb has.
    if w == grund + "s" and grund.endswith("a") and sprak.form_av(grund[:-1] + "er", grund) >= 3.0:
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

    def alla_exempel(self):
        return tuple(e for g in _GRUPPER.values() for e in (Exempel(g["exempel"]["ja"], True),
                                                            Exempel(g["exempel"]["nej"], False)))

    def granska(self, k: Kontext):
        for mb in k.block:
            for mening in mb.meningar:
                ordlista = mening.ord
                # Only words that end in s, or are a form of bli, can start a passive: the
                # first test of ar_s_passiv_i_mening, and the one for bli below.
                for i in [i for i, o in enumerate(ordlista) if o.text[-1] in "sS" or o.lag in HJALPVERB_BLI]:
                    o = ordlista[i]
                    if o.text[-1] in "sS" and ar_s_passiv_i_mening(ordlista, i, mb.text):
                        gorare = agent(ordlista, i, mb.text)
                        if gorare and agenten_ar_nyheten(ordlista, i) \
                                and gorare.split()[0].lower() not in PRONOMEN_SOM_AGENT:
                            continue
                        yield self._traff(mb, ordlista, i, o.start, o.slut, o.text)
                    elif o.lag in HJALPVERB_BLI:
                        for nasta_ord in ordlista[i + 1:i + 4]:
                            if nasta_ord.lag in ADVERB_MELLAN:
                                continue
                            if nasta_ord.lag not in INTE_PARTICIP and ar_particip(nasta_ord.text):
                                yield self._traff(mb, ordlista, ordlista.index(nasta_ord), o.start,
                                                  nasta_ord.slut, mb.text[o.start:nasta_ord.slut],
                                                  bli=True)
                            break

    @staticmethod
    def _traff(mb, ordlista, i, start, slut, visas, bli=False):
        gorare = agent(ordlista, i, mb.text)
        if gorare:
            aktiv = None if bli else aktiv_form(ordlista[i].text)
            exempel = (f"”{gorare[:1].upper()}{gorare[1:]} {aktiv} ...”" if aktiv
                       else f"”{gorare[:1].upper()}{gorare[1:]} ...”")
            return mb.traff(start, slut,
                            f"”{visas}” är passiv form, men meningen säger vem som gör något: {gorare}.",
                            f"Vänd på meningen och börja med den som gör något, till exempel {exempel}")
        if bli:
            return mb.traff(start, slut, f"”{visas}” är passiv form. Det syns inte vem som gör något.",
                            "Skriv vem som gör något, och skriv verbet i aktiv form i stället för med ”bli”.")
        # The example is made of the text's own verb, so it fits whatever text is checked.
        aktiv = aktiv_form(ordlista[i].text)
        forslag = (f"Skriv vem som gör något, till exempel ”Vi {aktiv} …” i stället för ”… {visas}”."
                   if aktiv and " " not in visas.strip() else FORSLAG)
        return mb.traff(start, slut, f"”{visas}” är passiv form. Det syns inte vem som gör något.", forslag)
