"""Stops the build when a new page is missing from the menu but a booklet would take it,
and notes any other page outside the menu (see kunskapsbank.meny)."""

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from kunskapsbank.haften.definitioner import valj_haften
from kunskapsbank.meny import sidor_utanfor_menyn
from kunskapsbank.sidsprak import webbsprak

log = logging.getLogger("mkdocs.plugins.meny")


def on_nav(nav, config, files):
    if not nav.pages or webbsprak(nav.pages[0].file.dest_uri) != "sv":
        return nav        # the English build has the same pages; say it once
    sidor = [f.src_uri for f in files.documentation_pages() if f.inclusion.is_in_nav() and not f.generated_by]
    utanfor = sidor_utanfor_menyn(config.nav, sidor, {p.file.src_uri for p in nav.pages},
                                  valj_haften(config.extra), Path(config.config_file_path).read_text(encoding="utf-8"))
    for sida in (s for s in utanfor if not s.stoppar_bygget):
        log.info(sida.som_text())     # a warning would stop the strict build
    if any(s.stoppar_bygget for s in utanfor):
        raise PluginError("\n".join(s.som_text() for s in utanfor if s.stoppar_bygget))
    return nav
