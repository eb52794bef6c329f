"""Stops the build when a box (`!!!`/`???`) did not become what the trainer meant, so
a trainer note can never stand as plain text on a page (see kunskapsbank.rutor)."""

import logging
from pathlib import Path

from kunskapsbank.rutor import Rutor, problem_i_html, problem_i_kallan
from kunskapsbank.sidsprak import ar_reservkopia
from kunskapsbank.mkdocs_stod import kallnamn

log = logging.getLogger("mkdocs.plugins.rutor")


def on_page_content(html, page, config, files):
    fil = page.file
    if not fil.abs_src_path or fil.generated_by or ar_reservkopia(fil.src_uri, fil.dest_uri):
        return html
    rader = Path(page.file.abs_src_path).read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n")
    rutor = Rutor.fran_config((config.extra.get("lattlast") or {}).get("rutor"))
    # The source check explains a slip best; the HTML check catches what it cannot see.
    problem = problem_i_kallan(rader, rutor)
    redan = {p.rad for p in problem}
    problem += [p for p in problem_i_html(html, rader, rutor) if p.rad not in redan]
    for p in problem:
        # A warning stops the strict build, like the checker's errors.
        log.warning(str(p.som_fel(kallnamn(config, page.file.src_uri))))
    return html
