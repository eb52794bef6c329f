"""The checker keeps its word lists on disk in a quick form; the answers stay the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys

ORD = ["arbetsgivare", "skickades", "och", "lönebidrag", "varandras", "xqzzy"]
SKRIPT = f"""
import json
from kunskapsbank.lattlast import sprak
print(json.dumps([[sprak.frekvens(o), sprak.lemma(o)] for o in {ORD!r}]))
"""


def _kor(cache) -> list:
    env = {**os.environ, "KB_CACHE": str(cache)}
    ut = subprocess.run([sys.executable, "-c", SKRIPT], capture_output=True, text=True, env=env, check=True)
    return json.loads(ut.stdout)


def test_cachen_ger_samma_svar_som_paketen(tmp_path):
    from wordfreq import zipf_frequency
    import simplemma

    forsta = _kor(tmp_path / "cache")          # builds the cache
    assert any((tmp_path / "cache").glob("wordfreq-*-sv.trie"))
    andra = _kor(tmp_path / "cache")           # reads it
    assert forsta == andra
    for ord_, (frekvens, lemma) in zip(ORD, andra):
        assert abs(frekvens - zipf_frequency(ord_, "sv", wordlist="best")) < 0.011, ord_
        assert lemma == simplemma.lemmatize(ord_, lang="sv")


def test_utan_skrivbar_cache_fungerar_granskaren_anda(tmp_path):
    fil = tmp_path / "inte-en-mapp"
    fil.write_text("x")
    assert _kor(fil) == _kor(tmp_path / "cache")


def test_trasig_cache_byggs_om(tmp_path):
    cache = tmp_path / "cache"
    ratt = _kor(cache)
    for trie in cache.glob("wordfreq-*-sv.trie"):
        trie.write_bytes(b"skrap")
    assert _kor(cache) == ratt
