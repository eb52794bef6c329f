"""What front matter asks for: summary, knowledge test, reflection (kunskapsbank.kurssidor)
and the accessibility statement's facts (kunskapsbank.redogorelse)."""

from pathlib import Path

from kunskapsbank import kurssidor
from kunskapsbank.git import senast_andrad
from kunskapsbank.mkdocs_stod import sidhuvud
from kunskapsbank.redogorelse import fyll_i, las_testresultat
from kunskapsbank.sidsprak import kallsprak


def on_page_markdown(markdown, page, config, files):
    fil = page.file
    if fil.abs_src_path and Path(fil.abs_src_path).is_file():   # a generated page has no front matter
        markdown = kurssidor.lagg_till(markdown, sidhuvud(config, fil.src_uri, fil.abs_src_path)[0])
    if page.meta.get("redogorelse"):
        markdown = fyll_i(markdown, config.extra["forbund"], las_testresultat(Path(config.config_file_path).parent),
                          senast_andrad(fil.abs_src_path), kallsprak(fil.src_uri))
    return markdown
