"""Checks every page's front matter against the schema (kunskapsbank.sidhuvud) and adds
the summary box, knowledge test and reflection form it asks for (kunskapsbank.kurssidor)."""

from pathlib import Path

from mkdocs.plugins import event_priority

from kunskapsbank import kurssidor
from kunskapsbank.mkdocs_stod import sidhuvud, stoppa


@event_priority(-150)  # after mkdocs-static-i18n has sorted the files per language
def on_files(files, config):
    # Every page is checked before any is built, so one build lists every mistake.
    stoppa([f for fil in files.documentation_pages() if fil.abs_src_path and fil.src_uri.endswith(".md")
            for f in sidhuvud(config, fil.src_uri, fil.abs_src_path)[1]])
    return files


def on_page_markdown(markdown, page, config, files):
    if not page.file.abs_src_path or not Path(page.file.abs_src_path).is_file():
        return markdown      # a page a plugin generated has no front matter of its own
    return kurssidor.lagg_till(markdown, sidhuvud(config, page.file.src_uri, page.file.abs_src_path)[0])
