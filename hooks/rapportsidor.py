"""Adds the report pages (readability, review dates, "Nytt i materialet") and the notes
on overdue pages that the step kunskapsbank.sidor.rapportsidor made before MkDocs."""

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


def on_page_markdown(markdown, page, config, files):
    notis = rapportsidor(config, log).notiser.get(page.file.src_uri)
    return lagg_till_notis(markdown, notis) if notis else markdown
