"""Fills in the accessibility statement (pages with `redogorelse: true` in front matter)."""

from pathlib import Path

from kunskapsbank.git import senast_andrad
from kunskapsbank.redogorelse import fyll_i, las_testresultat
from kunskapsbank.sidsprak import kallsprak


def on_page_markdown(markdown, page, config, files):
    if not page.meta.get("redogorelse"):
        return markdown
    return fyll_i(markdown, config.extra["forbund"], las_testresultat(Path(config.config_file_path).parent),
                  senast_andrad(page.file.abs_src_path), kallsprak(page.file.src_uri))
