"""Adds the page "Nytt i materialet" (nytt/), made from the git history of docs/
(kunskapsbank.nytt)."""

from pathlib import Path

from mkdocs.plugins import event_priority

from kunskapsbank import nytt
from kunskapsbank.mkdocs_stod import lagg_till_genererad, minne
from kunskapsbank.sidhuvud import granska_fil, sidtitel
from kunskapsbank.sidsprak import STANDARD, kallsprak


def _sida(config, files) -> str:
    sidor = {}
    for fil in files.documentation_pages():
        if fil.generated_by or not fil.abs_src_path or kallsprak(fil.src_uri) != STANDARD:
            continue
        path = Path(fil.abs_src_path)
        # The same memory key as hooks/kurssidor.py: each source is read once per build.
        sidhuvud = minne(config, f"sidhuvud:{fil.abs_src_path}",
                         lambda: granska_fil(path, f"docs/{fil.src_uri}"))[0]
        sidor[fil.src_uri] = sidtitel(path.read_text(encoding="utf-8-sig"), sidhuvud, fil.src_uri)
    return nytt.sida_markdown(nytt.las_historik(Path(config.docs_dir)), sidor)


@event_priority(-150)  # after mkdocs-static-i18n has sorted the files per language
def on_files(files, config):
    # Made in the Swedish pass (git is asked once); the page is Swedish in both languages.
    return lagg_till_genererad(config, files, nytt.SIDA, minne(config, "nytt", lambda: _sida(config, files)))
