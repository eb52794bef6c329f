"""The little the hooks share that knows MkDocs. Everything else in kunskapsbank runs
without MkDocs; moving to another site engine means replacing hooks/ and this file.

Memory per build: mkdocs-static-i18n builds the English pages inside the Swedish
build with the same config object, so work done for a source page can be kept for the
English pass. MkDocs loads the config anew for every build, also for each rebuild of
`mkdocs serve`, so nothing kept on it outlives the build (a rule switched off between
two rebuilds is gone from the next). Module-level variables in hooks would go stale.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError

from kunskapsbank.grund.fel import InnehallsFel

NYCKEL = "_kunskapsbank_bygge"


def per_bygge(config) -> dict:
    return config.extra.setdefault(NYCKEL, {})


def minne(config, nyckel: str, skapa):
    """The value kept under `nyckel` for this build, made by skapa() the first time."""
    sparat = per_bygge(config)
    if nyckel not in sparat:
        sparat[nyckel] = skapa()
    return sparat[nyckel]


@contextlib.contextmanager
def svenska_fel():
    """A mistake in a file someone edited stops the build with its Swedish message."""
    try:
        yield
    except InnehallsFel as fel:
        raise PluginError(str(fel)) from None


def stoppa(fel: list) -> None:
    if fel:
        raise PluginError("\n".join(str(f) for f in fel))


def en_gang(config, logg: logging.Logger, text: str, niva: int = logging.INFO) -> None:
    """Log text once per build: the English pass repeats the Swedish pass's messages."""
    sagt = per_bygge(config).setdefault("sagt", set())
    if text not in sagt:
        sagt.add(text)
        logg.log(niva, text)


def kallnamn(config, src_uri: str) -> str:
    """How a trainer finds a page's file: its path from the project folder (docs/... by
    default; docs_dir in mkdocs.yml can name another folder)."""
    mapp = os.path.relpath(config.docs_dir, os.path.dirname(config.config_file_path or "."))
    return f"{mapp}/{src_uri}".replace(os.sep, "/")


def lagg_till_genererad(config, files, src: str, innehall: str):
    """Add a page made from Markdown (a report) to this language pass's files."""
    from mkdocs.structure.files import File

    from kunskapsbank.grund.sidsprak import STANDARD, webbsprak

    sida = File.generated(config, src, content=innehall)
    sprak = webbsprak(next((f.dest_uri for f in files.documentation_pages()), ""))
    if sprak != STANDARD:
        # Hack(mkdocs-static-i18n 1.3.1): it moves the English build's files below en/ in
        # its on_files (-100); this one came later (-150), so it is moved here.
        sida.dest_uri = f"{sprak}/{sida.dest_uri}"
    files.append(sida)
    return files


def sidhuvud(config, src_uri: str, path):
    """(front matter, mistakes) of a source page, read and checked once per build
    whichever hook asks first (kunskapsbank.kallor.sidhuvud)."""
    from pathlib import Path

    from kunskapsbank.kallor.sidhuvud import granska_fil

    return minne(config, f"sidhuvud:{Path(path)}", lambda: granska_fil(Path(path), kallnamn(config, src_uri),
                                                                       installningar(config).modulnamn))


def svenska_meddelanden(config) -> None:
    """MkDocs' own messages about links and the menu, in Swedish with file and line
    (kunskapsbank.motor.mkdocs_meddelanden), for the language pass being built."""
    from kunskapsbank.motor.mkdocs_meddelanden import installera

    i18n = config.plugins.get("i18n")
    installera(Path(config.docs_dir), Path(config.config_file_path), lambda: getattr(i18n, "current_language", None))


def installningar(config):
    """Everything under extra: in mkdocs.yml, read and checked once per build
    (kunskapsbank.kallor.installningar), with extra.forbund from the identity file."""
    from kunskapsbank.kallor.installningar import las
    from kunskapsbank.grund.yamlfil import mkdocs_nod

    with svenska_fel():
        return minne(config, "installningar", lambda: las(
            config.extra, mkdocs_nod(config.config_file_path, "extra"), Path(config.config_file_path).parent))


def rutor(config):
    """The declared box types (extra.lattlast.rutor in mkdocs.yml)."""
    return installningar(config).rutor


def kallrader(config, fil):
    """A page's Markdown lines with its snippets put in, and where each line came from."""
    from kunskapsbank.grund.markdownkalla import med_snippets
    from kunskapsbank.kontroller.rutor import Radkarta

    rader, platser = med_snippets(fil.content_string.split("\n"), kallnamn(config, fil.src_uri),
                                  Path(config.config_file_path).parent)
    return rader, Radkarta(tuple(platser))


def forhandsvisning() -> str | None:
    """scripts/serve's preview: "svenska" (Swedish pages only, the default) or "alla"
    (--engelska); None in a real build. The preview leaves out what takes long and only
    scripts/build needs: the booklets, the print page and, unless asked for, English."""
    return os.environ.get("KB_FORHANDSVISNING") or None


def byggmapp() -> Path | None:
    """The folder of this build from the pipeline, or None when MkDocs runs on its own
    (`mkdocs serve`, `mkdocs build`): then the hooks run the steps before MkDocs themselves."""
    from kunskapsbank.sidor.rapportsidor import BYGGMAPP

    return Path(os.environ[BYGGMAPP]) if os.environ.get(BYGGMAPP) else None


def kallkontroll(config, logg: logging.Logger) -> None:
    """The step "Kontroll av källorna" when MkDocs runs on its own; once per build."""
    from kunskapsbank.kontroller import kallkontroll as steg
    from kunskapsbank.kallor.kallorna import las

    if byggmapp() is None:
        with svenska_fel():
            utfall = minne(config, "kallkontroll", lambda: steg.granska(las(config.config_file_path)))
        stoppa(utfall.fel)
        for varning in utfall.varningar + utfall.upplysningar:
            en_gang(config, logg, varning)


def rapportsidor(config, logg: logging.Logger):
    """This build's report pages (kunskapsbank.sidor.rapportsidor): read from the pipeline's
    folder, or made here when MkDocs runs on its own; once per build."""
    from kunskapsbank.sidor import rapportsidor as steg
    from kunskapsbank.kallor.kallorna import las

    def gor():
        if (mapp := byggmapp()) is not None:
            return steg.Rapportsidor.las(mapp)
        with svenska_fel():
            sidor = steg.gor(las(config.config_file_path))
        for niva, text in sidor.meddelanden:
            # A warning stops the strict build at its end, after every finding is listed.
            logg.log(logging.WARNING if niva == steg.FEL else logging.INFO, text)
        return sidor

    return minne(config, "rapportsidor", gor)


def manifestet(config, files):
    """The build manifest of this language pass, from MkDocs' pages once they are read
    (titles are known); the menu's order is the chain of next-page links in the nav."""
    from kunskapsbank.manifest import Manifest, Sida
    from kunskapsbank.grund.sidsprak import ar_reservkopia, kallsprak, webbsprak

    sidor = [f.page for f in files.documentation_pages() if f.page is not None]
    forsta = next((p for p in sidor if p.previous_page is None and p.next_page is not None), None)
    plats, sida = {}, forsta
    while sida is not None and id(sida) not in plats:
        plats[id(sida)] = len(plats)
        sida = sida.next_page
    return Manifest(
        sprak=webbsprak(sidor[0].file.dest_uri) if sidor else "sv", site_url=config.site_url,
        extra={k: v for k, v in config.extra.items() if not k.startswith("_")},
        sidor=[Sida(src=p.file.src_uri, url=p.url, fil=p.file.dest_uri, titel=p.title or p.file.src_uri,
                    sprak=kallsprak(p.file.src_uri), menyplats=plats.get(id(p)),
                    reservkopia=ar_reservkopia(p.file.src_uri, p.file.dest_uri),
                    granskad=str(p.meta["granskad"]) if p.meta.get("granskad") else None,
                    beskrivning=str(p.meta["description"]) if p.meta.get("description") else None,
                    sokord=sokord(config, p),
                    fragor=[list(f) for f in p.meta.get("_svarsfragor", [])])
               for p in sidor])


def sokord(config, page) -> list[str]:
    """The page's search words, as its checked front matter has them (one word or a list)."""
    fil = page.file
    if not (fil.abs_src_path and Path(fil.abs_src_path).is_file()):   # a generated page has no front matter
        return []
    sida = sidhuvud(config, fil.src_uri, fil.abs_src_path)[0]
    return list(sida.sokord or []) if sida is not None else []


def modulval(config):
    """The module switches (kunskapsbank.kallor.moduler) of this build."""
    return installningar(config).moduler


def granska_menyn(config, nav, files, haften, logg: logging.Logger) -> None:
    """The pages outside the menu (kunskapsbank.kontroller.meny): a note for each, and the build
    stops for a page that belongs in a booklet."""
    from kunskapsbank.kontroller.meny import sidor_utanfor_menyn

    sidor = [f.src_uri for f in files.documentation_pages() if f.inclusion.is_in_nav() and not f.generated_by]
    utanfor = sidor_utanfor_menyn(config.nav, sidor, {p.file.src_uri for p in nav.pages}, haften,
                                  Path(config.config_file_path).read_text(encoding="utf-8"))
    for sida in (s for s in utanfor if not s.stoppar_bygget):
        logg.info(sida.som_text())     # a warning would stop the strict build
    stoppa([s.som_text() for s in utanfor if s.stoppar_bygget])


def utan_adress_ingen_sitemap(config) -> None:
    """A sitemap lists full addresses. Without `adress:` in docs/lokalt/forbund.yml (or
    site_url), mkdocs-static-i18n's puts 'None' before every page, so it is removed."""
    if not config.site_url:
        for namn in ("sitemap.xml", "sitemap.xml.gz"):
            (Path(config.site_dir) / namn).unlink(missing_ok=True)
