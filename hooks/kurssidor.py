"""Adds the summary box, knowledge test and reflection form a page's front matter asks
for (kunskapsbank.kurssidor). The front matter is checked before MkDocs
(kunskapsbank.kallkontroll, run by hooks/kontroller.py outside the pipeline)."""

from pathlib import Path

from kunskapsbank import kurssidor
from kunskapsbank.mkdocs_stod import sidhuvud


def on_page_markdown(markdown, page, config, files):
    if not page.file.abs_src_path or not Path(page.file.abs_src_path).is_file():
        return markdown      # a page a plugin generated has no front matter of its own
    return kurssidor.lagg_till(markdown, sidhuvud(config, page.file.src_uri, page.file.abs_src_path)[0])
