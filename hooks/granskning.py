"""Review dates (kunskapsbank.granskning): the build names overdue pages and pages
without `granskad`, an overdue page gets a calm note under its heading, and the report
page granskning/ lists every page for trainers."""

import datetime as dt
import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from kunskapsbank import granskning
from kunskapsbank.mkdocs_stod import en_gang, lagg_till_genererad, minne, sidhuvud, svenska_fel
from kunskapsbank.sidhuvud import sidtitel
from kunskapsbank.sidsprak import kallsprak, oversattningar, svensk_kalla

log = logging.getLogger("mkdocs.plugins.granskning")


def _kallor(config, files) -> dict:
    """Every source page, both languages: mkdocs-static-i18n hands the Swedish pass only
    the Swedish sources, and the report is made in that pass."""
    docs, kallor = Path(config.docs_dir), {}
    for fil in files.documentation_pages():
        if fil.generated_by or not fil.abs_src_path or not fil.src_uri.endswith(".md"):
            continue
        kallor[fil.src_uri] = Path(fil.abs_src_path)
        for annan in oversattningar(svensk_kalla(fil.src_uri)):
            if (docs / annan).is_file():
                kallor.setdefault(annan, docs / annan)
    return kallor


def _granskningar(config, files):
    with svenska_fel():
        inst = granskning.Installningar.fran_extra(config.extra)
        idag = dt.date.today()
        resultat = {}
        for src, path in _kallor(config, files).items():
            sida = sidhuvud(config, src, path)[0]
            if sida is None:
                continue       # hooks/kurssidor.py stops the build with the mistake
            kalla = path.read_text(encoding="utf-8-sig")
            resultat[src] = granskning.granskning(src, sidtitel(kalla, sida, src), sida, inst, idag)
    return idag, resultat


@event_priority(-150)  # after mkdocs-static-i18n has sorted the files per language
def on_files(files, config):
    idag, resultat = minne(config, "granskning", lambda: _granskningar(config, files))
    for rad in granskning.meddelanden(list(resultat.values())):
        en_gang(config, log, rad)
    return lagg_till_genererad(config, files, granskning.RAPPORT,
                               granskning.rapport_markdown(list(resultat.values()), idag))


def on_page_markdown(markdown, page, config, files):
    _, resultat = minne(config, "granskning", lambda: (None, {}))
    g = resultat.get(page.file.src_uri)
    if g is None or not g.sen:
        return markdown
    return granskning.lagg_till_notis(markdown, granskning.notis_markdown(g, kallsprak(page.file.src_uri)))

