"""Runs Lättläst-granskaren on every Swedish page during the build.

Errors are logged as warnings, so `mkdocs build --strict` stops on them; warnings and
tips are logged as information. The report page lattlast/ is added to the site.
"""

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from kunskapsbank.lattlast import Installningar, InstallningsFel, granska_fil
from kunskapsbank.lattlast.rapport import rapport_markdown
from kunskapsbank.lattlast.regelsida import inaktuell

log = logging.getLogger("mkdocs.plugins.lattlast")
RAPPORT = "lattlast/index.md"
REGELSIDA = "granskaren/index.md"
# mkdocs-static-i18n builds once per language; check and log each source only once.
_granskat: dict[str, tuple[float, object]] = {}
_installningar = None


def on_config(config):
    global _installningar
    rot = Path(config.config_file_path).parent
    try:
        _installningar = Installningar.fran_dict(config.extra.get("lattlast"), rot)
    except InstallningsFel as fel:
        raise PluginError(f"mkdocs.yml: {fel}") from None
    # The rule page lists the rules' data files; a stale page would tell trainers wrong rules.
    if (fel := inaktuell(Path(config.docs_dir))):
        raise PluginError(fel)
    return config


def _granska(fil: Path, namn: str):
    tid = fil.stat().st_mtime
    sparat = _granskat.get(namn)
    if sparat and sparat[0] == tid:
        return sparat[1], False
    resultat = granska_fil(fil, _installningar, namn)
    _granskat[namn] = (tid, resultat)
    return resultat, True


@event_priority(-150)  # after mkdocs-static-i18n has sorted the files per language
def on_files(files, config):
    resultat = []
    for fil in files.documentation_pages():
        if fil.generated_by or fil.src_uri.endswith(".en.md") or fil.src_uri == RAPPORT:
            continue
        namn = f"docs/{fil.src_uri}"
        try:
            svar, nytt = _granska(Path(fil.abs_src_path), namn)
        except Exception as fel:  # an unreadable page is reported, never a traceback
            log.warning(f"{namn}: kunde inte granskas ({fel})")
            continue
        resultat.append(svar)
        if nytt:
            # hooks/rutor.py reports `ruta` on every page, English ones too; say it once.
            for fynd in (f for f in svar.fynd if f.rule != "ruta"):
                (log.warning if fynd.severity == "error" else log.info)("lattlast: " + fynd.som_text())
    rapport = File.generated(config, RAPPORT,
                             content=rapport_markdown(resultat, RAPPORT, _installningar.nivaer,
                                                      REGELSIDA if files.get_file_from_path(REGELSIDA) else None))
    sprak = config.theme.get("language", "sv")
    if sprak != "sv":
        # mkdocs-static-i18n moves every file of the English build below en/; the
        # report is added after it ran, so it is moved the same way here.
        rapport.dest_uri = f"{sprak}/{rapport.dest_uri}"
    files.append(rapport)
    return files
