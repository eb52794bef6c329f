"""Stops what must never be published, with the file and line: a link loop in docs/,
active content or references to other hosts in SVG files and in a page's HTML. Warns
about images that are too large (see kunskapsbank.sakerhet, .bilder and .mappar)."""

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from kunskapsbank.bilder import for_stora_bilder, max_kb
from kunskapsbank.mappar import lankloop_fel
from kunskapsbank.mkdocs_stod import en_gang, kallnamn, stoppa, svenska_fel
from kunskapsbank.sakerhet import granska_sidans_html, granska_svg
from kunskapsbank.sidsprak import ar_reservkopia

log = logging.getLogger("mkdocs.plugins.sakerhet")


def on_config(config):
    # Before MkDocs walks docs/, which would never end in a loop.
    stoppa([fel for fel in [lankloop_fel(Path(config.docs_dir), "docs")] if fel])
    with svenska_fel():
        max_kb(config.extra)
    return config


def on_files(files, config):
    # Only what someone put in docs/, not the theme's own files.
    egna = [(kallnamn(config, f.src_uri), Path(f.abs_src_path)) for f in files
            if not f.generated_by and f.abs_src_path and f.src_dir == config.docs_dir]
    stoppa([p for namn, fil in egna if fil.suffix.lower() == ".svg" for p in granska_svg(fil.read_bytes(), namn)])
    for varning in for_stora_bilder(egna, max_kb(config.extra)):
        en_gang(config, log, varning)
    return files


@event_priority(-100)   # after every other hook has added its HTML
def on_page_content(html, page, config, files):
    if ar_reservkopia(page.file.src_uri, page.file.dest_uri):
        return html       # the same source was checked in its own language's pass
    try:
        kalla = page.file.content_string
    except (OSError, UnicodeDecodeError):
        kalla = ""
    stoppa(granska_sidans_html(html, kalla, kallnamn(config, page.file.src_uri)))
    return html
