"""Builds the course booklets (PDF) into site/haften/ after the site is built, and
links every page to the booklets it is part of (see kunskapsbank.haften)."""

import logging
import os
import time
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kunskapsbank.haften import las_definitioner, las_utgava
from kunskapsbank.haften.bygg import bygg_alla, fyll_i_storlekar
from kunskapsbank.haften.definitioner import DefinitionsFel, valj_sidor
from kunskapsbank.haften.sammanstall import Kallsida
from kunskapsbank.fel import InnehallsFel
from kunskapsbank.meny import sidor_utanfor_menyn
from kunskapsbank.moduler import Modulval
from kunskapsbank.rutor import Rutor
from kunskapsbank.yamlfil import mkdocs_nod

log = logging.getLogger("mkdocs.plugins.haften")
_tillstand = {"haften": [], "sidor": {}, "ordning": [], "per_sida": {}, "utan_haften": False}
# mkdocs-static-i18n runs the English build inside the Swedish build's post_build and
# leaves the config in English afterwards, so each build's language is remembered here.
_bygg_sprak: list[str] = []


def on_startup(command, dirty):
    # A live preview rebuilds on every save; booklets there would only slow it down.
    # KB_HAFTEN=pa builds them in the preview too, KB_HAFTEN=av skips them in a build.
    val = os.environ.get("KB_HAFTEN")
    _tillstand["utan_haften"] = val == "av" or (command == "serve" and val != "pa")


def on_config(config):
    try:
        extra = mkdocs_nod(config.config_file_path, "extra")
        haften = las_definitioner(config.extra.get("haften"), extra)
    except InnehallsFel as fel:
        raise PluginError(str(fel)) from None
    # A booklet of a switched-off module goes; so do other booklets' pages from it.
    try:
        modulval = Modulval.fran_config(config.extra, extra)
    except InnehallsFel as fel:
        raise PluginError(str(fel)) from None
    valda = []
    for hafte in haften:
        if hafte.modul and not modulval.ar_pa(hafte.modul):
            continue
        hafte.sidor = [s for s in hafte.sidor if not modulval.modul_for(s)]
        hafte.lankas_fran = [s for s in hafte.lankas_fran if not modulval.modul_for(s)]
        if hafte.sidor:
            valda.append(hafte)
    _tillstand["haften"] = valda
    return config


def _svensk(config) -> bool:
    return config.theme.get("language", "sv") == "sv"


def on_pre_build(config):
    _bygg_sprak.append(config.theme.get("language", "sv"))


def on_nav(nav, config, files):
    if not _svensk(config):
        return nav
    ordning = [p.file.src_uri for p in nav.pages]
    _rapportera_sidor_utanfor_menyn(config, files, set(ordning))
    _tillstand["ordning"] = ordning
    _tillstand["sidor"] = {p.file.src_uri: p for p in nav.pages}
    per_sida: dict[str, list] = {}
    for hafte in _tillstand["haften"]:
        try:
            hafte.kallsidor = valj_sidor(hafte, ordning)
        except DefinitionsFel as fel:
            raise PluginError(f"mkdocs.yml: {fel}") from None
        try:
            extra = valj_sidor(hafte, ordning, hafte.lankas_fran)
        except DefinitionsFel as fel:
            raise PluginError(f"mkdocs.yml: {fel} (i lankas_fran)") from None
        for src in hafte.kallsidor + [s for s in extra if s not in hafte.kallsidor]:
            per_sida.setdefault(src, []).append({"id": hafte.id, "titel": hafte.titel,
                                                 "fil": hafte.filnamn})
    _tillstand["per_sida"] = per_sida
    # Kept apart: the English build's on_config replaces _tillstand["haften"].
    _tillstand["valda"] = list(_tillstand["haften"])
    return nav


def _rapportera_sidor_utanfor_menyn(config, files, i_menyn: set[str]) -> None:
    # A page outside the nav is missing from the booklets: an error when a booklet would
    # have taken it, else a note at info level (a warning would fail the --strict build).
    sidor = [f.src_uri for f in files.documentation_pages() if f.inclusion.is_in_nav() and not f.generated_by]
    try:
        config_text = Path(config.config_file_path).read_text(encoding="utf-8")
    except (OSError, TypeError, UnicodeDecodeError):
        config_text = ""
    utanfor = sidor_utanfor_menyn(config.nav, sidor, i_menyn, _tillstand["haften"], config_text)
    for sida in utanfor:
        if not sida.stoppar_bygget:
            log.info(sida.som_text())
    fel = [sida.som_text() for sida in utanfor if sida.stoppar_bygget]
    if fel:
        raise PluginError("\n".join(fel))


def on_page_context(context, page, config, nav):
    context["kb_haften"] = [] if _tillstand["utan_haften"] else _tillstand["per_sida"].get(page.file.src_uri, [])
    return context


@event_priority(-200)   # after mkdocs-static-i18n has built the English pages too
def on_post_build(config):
    sprak = _bygg_sprak.pop() if _bygg_sprak else "sv"
    if sprak != "sv" or _tillstand["utan_haften"] or not _tillstand.get("valda"):
        return
    site_dir = Path(config.site_dir)
    utgava = las_utgava(Path(config.config_file_path).parent)

    def kallsidor(hafte):
        return [Kallsida(src, _tillstand["sidor"][src].url, site_dir / _tillstand["sidor"][src].file.dest_uri,
                         _tillstand["sidor"][src].title or src) for src in hafte.kallsidor]

    start = time.perf_counter()
    try:
        byggda = bygg_alla(_tillstand["valda"], kallsidor, config.extra["forbund"], utgava, site_dir,
                           config.site_url, log.info, log.warning,
                           Rutor.fran_config((config.extra.get("lattlast") or {}).get("rutor")))
    except InnehallsFel as fel:
        raise PluginError(str(fel)) from None
    for b in byggda:
        if b.hafte.max_sidor and b.sidor > b.hafte.max_sidor:
            log.warning(f"Häftet {b.hafte.id} blev {b.sidor} sidor men får vara högst "
                        f"{b.hafte.max_sidor}. Korta texten på {', '.join(b.hafte.kallsidor)}.")
    log.info(f"Alla {len(byggda)} häften klara på {time.perf_counter() - start:.1f} s")
    fyll_i_storlekar(site_dir, byggda)
