"""Switches parts of the material off and adds the förbund's own pages and style
(see kunskapsbank.moduler and kunskapsbank.lokalt)."""

import logging
from pathlib import Path

from kunskapsbank.identitet import som_html
from kunskapsbank.lokalt import lokal_stilmall, lokala_sidor
from kunskapsbank.mkdocs_stod import en_gang, kallnamn, minne, svenska_fel
from kunskapsbank.moduler import (Modulval, avlanka_markdown, meddelanden_om_avstangda, menyn_for_forbundet,
                                  rad_forskjutning)
from kunskapsbank.yamlfil import mkdocs_nod

log = logging.getLogger("mkdocs.plugins.moduler")


def _modulval(config) -> Modulval:
    with svenska_fel():
        return minne(config, "modulval", lambda: Modulval.fran_config(
            config.extra, mkdocs_nod(config.config_file_path, "extra")))


def on_config(config):
    # After hooks/identitet.py (listed before it), before mkdocs-static-i18n (-100).
    docs, modulval = Path(config.docs_dir), _modulval(config)
    if config.nav is not None:   # Material prints section titles without escaping
        config.nav = menyn_for_forbundet(config.nav, modulval, lokala_sidor(docs),
                                         som_html(config.extra["forbund"]["kortnamn"]))
    if (stil := lokal_stilmall(docs)) and stil not in map(str, config.extra_css):
        config.extra_css.append(stil)
    i18n = config.plugins.get("i18n")
    for sprak in i18n.config.languages if i18n and not modulval.ar_pa("engelska") else []:
        sprak.build = sprak.default
    return config


def on_files(files, config):
    bort = [f for f in files.documentation_pages() if _modulval(config).modul_for(f.src_uri)]
    for fil in bort:
        files.remove(fil)
    for text in meddelanden_om_avstangda(_modulval(config), [f.src_uri for f in bort]):
        en_gang(config, log, text)
    return files


def on_page_markdown(markdown, page, config, files):
    if not _modulval(config).avstangda:
        return markdown
    markdown, fynd = avlanka_markdown(markdown, page.file.src_uri, kallnamn(config, page.file.src_uri), _modulval(config),
                                      rad_forskjutning(page.file.abs_src_path, markdown))
    for f in fynd:
        en_gang(config, log, f.som_text())
    return markdown
