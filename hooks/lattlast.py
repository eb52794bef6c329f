"""Runs Lättläst-granskaren on every Swedish page and adds the report page lattlast/.

Errors are logged as warnings, so the strict build stops on them; warnings and tips
are logged as information (see kunskapsbank.lattlast)."""

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kunskapsbank.mkdocs_stod import kallnamn, lagg_till_genererad, minne
from kunskapsbank.lattlast import Installningar, InstallningsFel
from kunskapsbank.lattlast.rapport import rapport_markdown
from kunskapsbank.lattlast.webbplats import granska_webbplatsen
from kunskapsbank.sidsprak import STANDARD, kallsprak
from kunskapsbank.lattlast.regelsida import inaktuell

log = logging.getLogger("mkdocs.plugins.lattlast")
RAPPORT, REGELSIDA = "lattlast/index.md", "granskaren/index.md"


def _granska(config, files):
    try:
        inst = Installningar.fran_dict(config.extra.get("lattlast"), Path(config.config_file_path).parent)
    except InstallningsFel as fel:
        raise PluginError(f"mkdocs.yml: {fel}") from None
    # The rule page lists the rules' data files; a stale page would tell trainers wrong rules.
    if (fel := inaktuell(Path(config.docs_dir))):
        raise PluginError(fel)
    sidor = [(kallnamn(config, f.src_uri), Path(f.abs_src_path)) for f in files.documentation_pages()
             if not f.generated_by and kallsprak(f.src_uri) == STANDARD]
    resultat, problem = granska_webbplatsen(sidor, inst)
    # hooks/rutor.py reports `ruta` on every page, English ones too; say it once.
    for fynd in (f for r in resultat for f in r.fynd if f.rule != "ruta"):
        (log.warning if fynd.severity == "error" else log.info)("lattlast: " + fynd.som_text())
    for text in problem:
        log.warning(text)
    return inst, resultat


@event_priority(-150)  # after mkdocs-static-i18n has sorted the files per language
def on_files(files, config):
    # The English pass reuses the Swedish pass's results (and says nothing again).
    inst, resultat = minne(config, "lattlast", lambda: _granska(config, files))
    return lagg_till_genererad(config, files, RAPPORT, rapport_markdown(
        resultat, RAPPORT, inst.nivaer, REGELSIDA if files.get_file_from_path(REGELSIDA) else None))
