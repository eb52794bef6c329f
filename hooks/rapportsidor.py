"""Adds the report pages (readability, review dates, "Nytt i materialet", "Källor"), the
notes on overdue pages and the sources that end a page, all made before MkDocs by the
step kunskapsbank.sidor.rapportsidor."""

import logging

from mkdocs.plugins import event_priority

from kunskapsbank.sidor.granskning import lagg_till_notis
from kunskapsbank.motor.mkdocs_stod import lagg_till_genererad, rapportsidor

log = logging.getLogger("mkdocs.plugins.rapportsidor")


@event_priority(-150)  # after mkdocs-static-i18n has sorted the files per language
def on_files(files, config):
    for src, markdown in rapportsidor(config, log).sidor.items():
        files = lagg_till_genererad(config, files, src, markdown)
    return files


@event_priority(-50)  # after the test and reflection forms (hooks/kurssidor.py): sources come last
def on_page_markdown(markdown, page, config, files):
    sidor = rapportsidor(config, log)
    notis = sidor.notiser.get(page.file.src_uri)
    return (lagg_till_notis(markdown, notis) if notis else markdown) + sidor.avslut.get(page.file.src_uri, "")
