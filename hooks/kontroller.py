"""Stops what must never be published: the sources when MkDocs runs on its own
(kunskapsbank.kallkontroll), and what Markdown made of each page (.sakerhet, .rutor)."""

import logging

from mkdocs.plugins import event_priority

from kunskapsbank.mkdocs_stod import kallkontroll, kallnamn, stoppa
from kunskapsbank.rutor import Rutor, problem_i_html
from kunskapsbank.sakerhet import granska_sidans_html
from kunskapsbank.sidsprak import ar_reservkopia

log = logging.getLogger("mkdocs.plugins.kontroller")


def on_config(config):
    kallkontroll(config, log)     # before MkDocs walks docs/, which would never end in a link loop
    return config


@event_priority(-100)   # after every other hook has added its HTML
def on_page_content(html, page, config, files):
    fil, namn = page.file, kallnamn(config, page.file.src_uri)
    if ar_reservkopia(fil.src_uri, fil.dest_uri):
        return html       # the same source was checked in its own language's pass
    stoppa(granska_sidans_html(html, fil.content_string, namn))
    rutor = Rutor.fran_config((config.extra.get("lattlast") or {}).get("rutor"))
    for p in [] if fil.generated_by else problem_i_html(html, fil.content_string.split("\n"), rutor):
        log.warning(str(p.som_fel(namn)))   # a warning stops the strict build, like the checker's errors
    return html
