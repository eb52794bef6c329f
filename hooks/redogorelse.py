"""Fills in the accessibility statement (pages with `redogorelse: true` in front matter)."""

import datetime as dt
import subprocess
from pathlib import Path

from kunskapsbank.redogorelse import fyll_i, las_testresultat


def _senast_andrad(fil: str) -> str:
    try:
        svar = subprocess.run(["git", "log", "-1", "--format=%cs", "--", fil], capture_output=True,
                              text=True, cwd=Path(fil).parent, timeout=10)
        if svar.returncode == 0 and svar.stdout.strip():
            return svar.stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        pass
    return dt.date.today().isoformat()


def on_page_markdown(markdown, page, config, files):
    if not page.meta.get("redogorelse"):
        return markdown
    rot = Path(config.config_file_path).parent
    sprak = "en" if page.file.src_uri.endswith(".en.md") else "sv"
    return fyll_i(markdown, config.extra["forbund"], las_testresultat(rot),
                  _senast_andrad(page.file.abs_src_path), sprak)
