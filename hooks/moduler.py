"""Switches parts of the material off and adds the förbund's own pages
(see kunskapsbank.moduler and kunskapsbank.lokalt)."""

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from kunskapsbank.fel import InnehallsFel
from kunskapsbank.yamlfil import mkdocs_nod
from kunskapsbank.identitet import som_html
from kunskapsbank.lokalt import lokala_sidor, lokal_stilmall
from kunskapsbank.moduler import MODULNAMN, SIDMODULER, Modulval, avlanka_markdown, filtrera_nav, rad_forskjutning

log = logging.getLogger("mkdocs.plugins.moduler")
_tillstand: dict = {"modulval": None, "rapporterat": set()}


def on_config(config):
    # Runs after hooks/identitet.py (listed before it) and before mkdocs-static-i18n (-100).
    try:
        modulval = Modulval.fran_config(config.extra, mkdocs_nod(config.config_file_path, "extra"))
    except InnehallsFel as fel:
        raise PluginError(str(fel)) from None
    _tillstand["modulval"] = modulval
    if config.nav is not None:
        config.nav = filtrera_nav(config.nav, modulval)
        egna = lokala_sidor(Path(config.docs_dir))
        # Material prints section titles without escaping.
        rubrik = som_html(config.extra["forbund"]["kortnamn"])
        if egna and not any(isinstance(p, dict) and rubrik in p for p in config.nav):
            config.nav.append({rubrik: egna})
    stil = lokal_stilmall(Path(config.docs_dir))
    if stil and stil not in [str(s) for s in config.extra_css]:
        config.extra_css.append(stil)
    if not modulval.ar_pa("engelska"):
        i18n = config.plugins.get("i18n")
        if i18n is not None:
            for sprak in i18n.config.languages:
                if not sprak.default:
                    sprak.build = False
    return config


def on_files(files, config):
    modulval = _tillstand["modulval"]
    if not modulval or not modulval.avstangda:
        return files
    bort = [f for f in files.documentation_pages() if modulval.modul_for(f.src_uri)]
    for fil in bort:
        files.remove(fil)
    # The English build runs this again with the same result; say it once.
    if bort and "filer" not in _tillstand["rapporterat"]:
        _tillstand["rapporterat"].add("filer")
        for modul in (m for m in modulval.avstangda if m in SIDMODULER):
            antal = sum(1 for f in bort if modulval.modul_for(f.src_uri) == modul)
            log.info(f"Delen {MODULNAMN[modul]} är avstängd i docs/lokalt/forbund.yml: {antal} "
                     f"{'sida' if antal == 1 else 'sidor'} visas inte i menyn, sökningen eller häftena.")
    return files


def on_page_markdown(markdown, page, config, files):
    modulval = _tillstand["modulval"]
    if not modulval or not modulval.avstangda:
        return markdown
    fil = f"docs/{page.file.src_uri}"
    markdown, fynd = avlanka_markdown(markdown, page.file.src_uri, fil, modulval,
                                      rad_forskjutning(page.file.abs_src_path, markdown))
    for f in fynd:
        # Each source page is built once per language; say it once.
        if (f.fil, f.rad, f.mal) not in _tillstand["rapporterat"]:
            _tillstand["rapporterat"].add((f.fil, f.rad, f.mal))
            log.info(f.som_text())
    return markdown
