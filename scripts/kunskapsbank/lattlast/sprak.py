"""Swedish word knowledge from packages that ship their data: simplemma (lemmas) and
wordfreq (frequencies). Both work offline; results are cached per word."""

from __future__ import annotations

from functools import lru_cache

import simplemma
import math

from wordfreq import get_frequency_dict

# Short Swedish verbs whose infinitive does not end in -a.
KORTA_VERB = {"gå", "stå", "se", "få", "nå", "ge", "ta", "dra", "bo", "tro", "sy", "le", "dö",
              "må", "klä", "spå", "slå", "flå", "så", "bre", "ske", "tas", "fly", "gro", "strö"}


@lru_cache(maxsize=200_000)
def lemma(ord_: str) -> str:
    return simplemma.lemmatize(ord_.lower(), lang="sv")


@lru_cache(maxsize=1)
def _frekvenser() -> dict[str, float]:
    return get_frequency_dict("sv", wordlist="best")


@lru_cache(maxsize=200_000)
def frekvens(ord_: str) -> float:
    """Zipf frequency (0 = unknown, 7 = very common), read straight from wordfreq's
    table: zipf_frequency() tokenises its input on every call and is far slower."""
    f = _frekvenser().get(ord_.lower(), 0.0)
    return round(math.log10(f) + 9, 2) if f > 0 else 0.0


# Particles that form verbs with a short verb: ingå, utgå, överge, anta, avstå.
PARTIKLAR = {"in", "ut", "upp", "av", "an", "till", "över", "under", "genom", "för", "be",
             "om", "på", "med", "mot", "fram", "bort", "efter", "sam", "åter", "när", "inne",
             "del"}


@lru_cache(maxsize=100_000)
def ar_verblemma(grundform: str) -> bool:
    """Is this lemma a verb? Infinitives end in -a (or are short verbs); a noun in -a
    (vecka, flicka) is told apart by which forms exist: 'skickar' vs 'veckan'."""
    if grundform in KORTA_VERB:
        return True
    for kort in KORTA_VERB:
        if grundform.endswith(kort) and grundform[:-len(kort)] in PARTIKLAR:
            return True
    if len(grundform) < 3 or not grundform.endswith("a"):
        return False
    stam = grundform[:-1]
    som_verb = max(_form_av(grundform + "r", grundform), _form_av(stam + "er", grundform),
                   frekvens(stam + "ade"), frekvens(stam + "de"), frekvens(stam + "te"),
                   # göra -> gör, köra -> kör: the present is the bare stem
                   frekvens(stam) if grundform.endswith("ra") else 0.0)
    som_substantiv = max(frekvens(grundform + "n"), frekvens(stam + "or"), frekvens(stam + "orna"),
                         # historia -> historien: nouns in -ia take -en (no verb ends in -ia)
                         frekvens(stam + "en") if grundform.endswith("ia") else 0.0)
    if som_verb == 0 and som_substantiv == 0:
        # No form says anything. A rare word may be a verb wordfreq hardly knows; a
        # common word with no verb forms at all is not a verb (varandra, Europa).
        return frekvens(grundform) < 4.0
    return som_verb >= som_substantiv


def _form_av(form: str, grundform: str) -> float:
    """The frequency of form, counted only if it is an inflection of grundform:
    'papper' is no present tense of 'pappa', nor 'timmar' of 'timma'."""
    return frekvens(form) if lemma(form).split("+")[0] == grundform else 0.0
