"""Swedish word knowledge from packages that ship their data: simplemma (lemmas) and
wordfreq (frequencies). Both work offline; results are cached per word.

Loading both as the packages ship them takes about 1.5 s, longer than checking a page.
So the first run keeps them on disk in a quick form (simplemma's own trie cache, and
wordfreq's table as a trie too), in ~/.cache/kunskapsbank or $KB_CACHE; later runs start
at once. Without a writable cache folder everything still works, only slower.

In the browser (Pyodide, the page "Granska din text") marisa-trie and wordfreq's C
dependencies do not exist. There both tables come prepared by the build as word files
(kunskapsbank.lattlast.ordfil), named by $KB_LEMMAFIL and $KB_FREKVENSTABELL: the same
entries, so the same rules give the same findings, read only as far as a text needs.
"""

from __future__ import annotations

import math
import os
import tempfile
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from kunskapsbank.grund.cachemapp import cachemapp as _cachemapp


FREKVENSTABELL, LEMMAFIL = "KB_FREKVENSTABELL", "KB_LEMMAFIL"


@lru_cache(maxsize=1)
def _lemmatiserare():
    if forberedd := os.environ.get(LEMMAFIL):
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy

        return Lemmatizer(lemmatization_strategy=DefaultStrategy(
            dictionary_factory=_OrdfilFabrik(Path(forberedd)))).lemmatize
    mapp = _cachemapp()
    if mapp is not None:
        try:
            from simplemma import Lemmatizer
            from simplemma.strategies import DefaultStrategy
            from simplemma.strategies.dictionaries import TrieDictionaryFactory

            fabrik = TrieDictionaryFactory(use_disk_cache=True,
                                           disk_cache_dir=str(mapp / f"simplemma-{version('simplemma')}"))
            return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=fabrik)).lemmatize
        except (ImportError, OSError):
            pass
    import simplemma
    return simplemma.lemmatize


class _OrdfilFabrik:
    """simplemma's DictionaryFactory for the prepared Swedish file."""

    def __init__(self, fil: Path):
        self._fil, self._ordbok = fil, None

    def get_dictionary(self, lang: str):
        if lang != "sv":
            raise ValueError(f"Bara svenska finns i {self._fil.name}, inte {lang!r}.")
        if self._ordbok is None:
            from kunskapsbank.lattlast.ordfil import Ordfil
            self._ordbok = Ordfil(self._fil)
        return self._ordbok


def skriv_lemmafil(fil: Path) -> int:
    """simplemma's Swedish dictionary as a word file, for the browser."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from kunskapsbank.lattlast.ordfil import skriv_ordfil
    return skriv_ordfil(DefaultDictionaryFactory().get_dictionary("sv").items(), fil)


# Short Swedish verbs whose infinitive does not end in -a.
KORTA_VERB = {"gå", "stå", "se", "få", "nå", "ge", "ta", "dra", "bo", "tro", "sy", "le", "dö",
              "må", "klä", "spå", "slå", "flå", "så", "bre", "ske", "tas", "fly", "gro", "strö"}


@lru_cache(maxsize=200_000)
def lemma(ord_: str) -> str:
    return _lemmatiserare()(ord_.lower(), lang="sv")


@lru_cache(maxsize=50_000)
def lemma_pa(ord_: str, sprak: str) -> str:
    """The lemma in another language (search analyses the English pages too)."""
    return _lemmatiserare()(ord_.lower(), lang=sprak)


def _zipf(andel: float) -> float:
    return round(math.log10(andel) + 9, 2) if andel > 0 else 0.0


def skriv_frekvenstabell(fil: Path) -> int:
    """The Swedish frequency table for a runtime without wordfreq, as a word file:
    word -> Zipf value as text, in wordfreq's order (a word listed twice keeps its
    last value, as in get_frequency_dict)."""
    from wordfreq import get_frequency_list

    from kunskapsbank.lattlast.ordfil import skriv_ordfil
    tabell = {}
    for index, hink in enumerate(get_frequency_list("sv", wordlist="best")):
        # wordfreq's cB_to_freq(-index), rounded here once, read as it is there
        varde = repr(_zipf(10 ** (-index / 100)))
        for ord_ in hink:
            tabell[ord_] = varde
    return skriv_ordfil(tabell.items(), fil)


class _Frekvensfil:
    def __init__(self, fil: Path):
        from kunskapsbank.lattlast.ordfil import Ordfil
        self._ordfil = Ordfil(fil)

    def get(self, ord_: str, standard: float = 0.0) -> float:
        varde = self._ordfil.get(ord_)
        return standard if varde is None else float(varde)


def las_frekvenstabell(fil: Path) -> _Frekvensfil:
    return _Frekvensfil(fil)


@lru_cache(maxsize=1)
def _frekvenser():
    """word -> Zipf frequency; a memory-mapped trie from the cache when there is one."""
    forberedd = os.environ.get(FREKVENSTABELL)
    if forberedd:
        return las_frekvenstabell(Path(forberedd))
    import marisa_trie

    mapp = _cachemapp()
    fil = mapp / f"wordfreq-{version('wordfreq')}-sv.trie" if mapp else None
    if fil is not None and fil.is_file():
        try:
            trie = marisa_trie.RecordTrie("<H")
            trie.mmap(str(fil))
            return _TrieTabell(trie)
        except (OSError, ValueError, RuntimeError):
            pass    # a damaged cache is made again below
    from wordfreq import get_frequency_dict

    tabell = {ord_: _zipf(andel) for ord_, andel in get_frequency_dict("sv", wordlist="best").items()}
    if fil is not None:
        try:
            trie = marisa_trie.RecordTrie("<H", ((o, (round(z * 100),)) for o, z in tabell.items()))
            fd, tillfallig = tempfile.mkstemp(dir=fil.parent, prefix=fil.name)
            os.close(fd)
            trie.save(tillfallig)
            os.replace(tillfallig, fil)
        except (OSError, ValueError, RuntimeError):
            pass
    return tabell


class _TrieTabell:
    def __init__(self, trie):
        self._trie = trie

    def get(self, ord_: str, standard: float = 0.0) -> float:
        varden = self._trie.get(ord_)
        return varden[0][0] / 100 if varden else standard


@lru_cache(maxsize=200_000)
def frekvens(ord_: str) -> float:
    """Zipf frequency (0 = unknown, 7 = very common), read straight from wordfreq's
    table: zipf_frequency() tokenises its input on every call and is far slower."""
    return _frekvenser().get(ord_.lower(), 0.0)


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
    som_verb = max(form_av(grundform + "r", grundform), form_av(stam + "er", grundform),
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


def form_av(form: str, grundform: str) -> float:
    """The frequency of form, counted only if it is an inflection of grundform:
    'papper' is no present tense of 'pappa', nor 'timmar' of 'timma'."""
    return frekvens(form) if lemma(form).split("+")[0] == grundform else 0.0
