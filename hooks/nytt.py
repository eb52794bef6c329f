"""Adds the page "Nytt i materialet" (nytt/), made from the git history of docs/
(kunskapsbank.nytt)."""

from pathlib import Path

from mkdocs.plugins import event_priority

from kunskapsbank import nytt
from kunskapsbank.mkdocs_stod import lagg_till_genererad, minne, sidhuvud
from kunskapsbank.sidhuvud import sidtitel
from kunskapsbank.sidsprak import STANDARD, kallsprak


def _sida(config, files) -> str:
    sidor = {}
    for fil in files.documentation_pages():
        if fil.generated_by or not fil.abs_src_path or kallsprak(fil.src_uri) != STANDARD:
            continue
        sida = sidhuvud(config, fil.src_uri, fil.abs_src_path)[0]
        sidor[fil.src_uri] = sidtitel(Path(fil.abs_src_path).read_text(encoding="utf-8-sig"), sida, fil.src_uri)
    return nytt.sida_markdown(nytt.las_historik(Path(config.docs_dir)), sidor)


@event_priority(-150)  # after mkdocs-static-i18n has sorted the files per language
def on_files(files, config):
    # Made in the Swedish pass (git is asked once); the page is Swedish in both languages.
    return lagg_till_genererad(config, files, nytt.SIDA, minne(config, "nytt", lambda: _sida(config, files)))
