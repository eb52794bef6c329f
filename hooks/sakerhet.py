"""Stops what must never be published, with the file and line: a link loop in docs/,
active content or references to other hosts in SVG files and in a page's HTML. Warns
about images that are too large (see kunskapsbank.sakerhet, .bilder and .mappar)."""

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kunskapsbank.bilder import for_stora_bilder, max_kb
from kunskapsbank.fel import InnehallsFel
from kunskapsbank.mappar import lankloop_fel
from kunskapsbank.sakerhet import granska_sidans_html, granska_svg

log = logging.getLogger("mkdocs.plugins.sakerhet")
_tillstand: dict = {"max_kb": None, "rapporterat": set()}


def _stopp(problem) -> None:
    if problem:
        raise PluginError("\n".join(str(p) for p in problem))


def on_config(config):
    # Before MkDocs walks docs/, which would never end in a loop.
    _stopp([fel for fel in [lankloop_fel(Path(config.docs_dir), "docs")] if fel])
    try:
        _tillstand["max_kb"] = max_kb(config.extra)
    except InnehallsFel as fel:
        raise PluginError(str(fel)) from None
    return config


def on_files(files, config):
    # Only what someone put in docs/, not the theme's own files.
    egna = [(f"docs/{f.src_uri}", Path(f.abs_src_path)) for f in files
            if not f.generated_by and f.abs_src_path and f.src_dir == config.docs_dir]
    _stopp([p for namn, fil in egna if fil.suffix.lower() == ".svg"
            for p in granska_svg(fil.read_bytes(), namn)])
    for varning in for_stora_bilder(egna, _tillstand["max_kb"]):
        # mkdocs-static-i18n builds once per language; say it once.
        if varning not in _tillstand["rapporterat"]:
            _tillstand["rapporterat"].add(varning)
            log.info(varning)
    return files


@event_priority(-100)   # after every other hook has added its HTML
def on_page_content(html, page, config, files):
    try:
        kalla = page.file.content_string
    except (OSError, UnicodeDecodeError):
        kalla = ""
    _stopp(granska_sidans_html(html, kalla, f"docs/{page.file.src_uri}"))
    return html
