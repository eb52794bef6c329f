"""The rules' word and phrase lists, read from the data files in data/.

One entry per word or phrase, Vale-style: what it matches, what replaces it, its
severity, its source and examples that must and must not fire. The rule page
(docs/granskaren/) is generated from the same files, see regelsida.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from kunskapsbank.lattlast.fynd import ALLVARLIGHETER

DATAFILER = ("krangliga_ord.yml", "forkortningar.yml", "passiv.yml")


class DataFel(ValueError):
    """A data file the checker cannot use; the text is Swedish and names the entry."""


@dataclass(frozen=True)
class Post:
    id: str
    kalla: str
    lemma: str | None = None
    fras: str | None = None
    monster: str | None = None
    former: dict = field(default_factory=dict)
    ersattning: str | None = None
    forst: str | None = None
    rad: str | None = None
    saker: bool = False
    allvarlighet: str | None = None
    inte_efter: frozenset = frozenset()
    inte_fore: frozenset = frozenset()
    ingen_ersattning_efter: frozenset = frozenset()
    # Before a clause the replacement does not fit: "såsom SCÖ arbetat" is no "som SCÖ
    # arbetat". A subject pronoun or a name (capital letter) starts the clause.
    ingen_ersattning_fore_sats: bool = False
    bara_preposition: bool = False
    undantag: frozenset = frozenset()
    efter_tal: bool = False
    kan_sluta_mening: bool = False
    exempel: dict = field(default_factory=dict)

    @property
    def visning(self) -> str:
        """How the entry is shown on the rule page."""
        return self.lemma or self.fras or self.id.replace("-", " ")

    def ersattning_for(self, form: str, forst_i_mening: bool) -> str | None:
        """The replacement for one inflected form, or None when none fits every sentence.
        Keeps the form's capital letter."""
        ord_ = form.lower()
        if forst_i_mening and self.forst:
            ny = self.forst
        elif self.former:
            ny = self.former.get(ord_)
        else:
            ny = self.ersattning
        if ny and form[:1].isupper():
            ny = ny[:1].upper() + ny[1:]
        return ny

    @property
    def rad_text(self) -> str:
        return self.rad or self.ersattning or ", ".join(dict.fromkeys(self.former.values()))


def _las(namn: str) -> dict:
    data = resources.files("kunskapsbank.lattlast").joinpath("data")
    # The browser gets the same data as JSON, made by the build (webbgranskare): pure
    # Python YAML takes half a second there.
    if (json_fil := data.joinpath(f"{Path(namn).stem}.json")).is_file():
        return json.loads(json_fil.read_text(encoding="utf-8"))
    return las_datatext(data.joinpath(namn).read_text(encoding="utf-8"))


def las_datatext(text: str):
    """Our own rule data (not what trainers write): libyaml's parser where PyYAML has
    it, five times quicker than pure Python; tests check both give the same data."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _post(data: dict, fil: str, grupper: dict, kallor: dict) -> Post:
    pid = data.get("id")
    if not pid:
        raise DataFel(f"{fil}: en post saknar id ({data}).")
    if data.get("kalla") not in kallor:
        raise DataFel(f"{fil}: posten {pid} har källan '{data.get('kalla')}', som inte finns under kallor.")
    exempel = data.get("exempel") or {}
    if not exempel.get("ja") or not exempel.get("nej"):
        raise DataFel(f"{fil}: posten {pid} behöver ett exempel som ska ge fynd (ja) och ett som inte ska (nej).")
    if data.get("allvarlighet", "warning") not in ALLVARLIGHETER:
        raise DataFel(f"{fil}: posten {pid} har en okänd allvarlighet.")
    inte_efter = data.get("inte_efter") or ()
    if isinstance(inte_efter, str):
        inte_efter = grupper[inte_efter]
    kanda = set(Post.__dataclass_fields__)
    okanda = set(data) - kanda
    if okanda:
        raise DataFel(f"{fil}: posten {pid} har okända nycklar: {', '.join(sorted(okanda))}.")
    return Post(**{**data, "inte_efter": frozenset(inte_efter),
                   "inte_fore": frozenset(data.get("inte_fore") or ()),
                   "ingen_ersattning_efter": frozenset(data.get("ingen_ersattning_efter") or ()),
                   "undantag": frozenset(data.get("undantag") or ()),
                   "former": {str(k): str(v) for k, v in (data.get("former") or {}).items()}})


@dataclass(frozen=True)
class Ordlista:
    ord: dict          # lemma -> Post
    fraser: list       # Posts with fras or monster, longest first
    kallor: dict
    grupper: dict

    @property
    def alla(self) -> list[Post]:
        return list(self.ord.values()) + self.fraser


@lru_cache(maxsize=1)
def krangliga_ord() -> Ordlista:
    data = _las("krangliga_ord.yml")
    grupper = {k: frozenset(v) for k, v in (data.get("ordgrupper") or {}).items()}
    ord_, fraser = {}, []
    for rad in data["ord"]:
        post = _post(rad, "krangliga_ord.yml", grupper, data["kallor"])
        if post.lemma:
            ord_[post.lemma] = post
        else:
            fraser.append(post)
    fraser.sort(key=lambda p: -len(p.fras or p.monster))
    return Ordlista(ord_, fraser, data["kallor"], grupper)


def frasmonster(post: Post) -> str:
    if post.monster:
        return post.monster
    return r"\s+".join(map(re.escape, post.fras.split()))


@lru_cache(maxsize=1)
def forkortningar() -> tuple[list[Post], dict]:
    data = _las("forkortningar.yml")
    return [_post(rad, "forkortningar.yml", {}, data["kallor"]) for rad in data["forkortningar"]], data["kallor"]


def las_data(namn: str) -> dict:
    """A data file of the checker by its name without suffix (nivaer, passiv ...)."""
    return _las(f"{namn}.yml")


@lru_cache(maxsize=1)
def passivdata() -> dict:
    return _las("passiv.yml")
