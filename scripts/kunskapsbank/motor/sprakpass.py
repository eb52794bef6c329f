"""The English pass in a process of its own, beside the Swedish one.

mkdocs-static-i18n builds the other languages one after the other, inside the Swedish
pass's on_post_build, so one core does all of it while the other waits. Each other
pass needs only what the Swedish pass has once its navigation is made: the settings,
the cleaned site folder and the file lists of every language. So the pipeline forks
there. The child builds the other languages exactly as the plugin's loop would and
hands back their search entries; the parent builds Swedish and, where the plugin would
build the next language, waits for the child instead. The site is the same byte for
byte (tests/test_sprakpass.py).

Only in the pipeline (scripts/build), on a machine with more than one core, with
fork(); KB_SPRAKPASS=i-tur builds the languages one after the other as the plugin does.
MkDocs-specific: an engine without mkdocs-static-i18n builds its languages its own way.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import MkDocsException

I_TUR = "i-tur"


class SprakpassetStoppade(MkDocsException):
    """The other languages' pass stopped; it has already said why, in its own words."""

    def __init__(self, kod: int):
        super().__init__("")
        self.exit_code = kod if kod > 0 else 1

    def show(self) -> None:
        pass


@dataclass
class _Barn:
    pid: int
    svar: Path
    utbytta: list             # (module, name, function) put back when the child is done


_barnet: _Barn | None = None     # the child of the build that is running, if any


def _i18n(config):
    """The plugin, if it is the mkdocs-static-i18n this was written for; another
    version builds its languages one after the other, as it always does."""
    import mkdocs_static_i18n.plugin as i18n_modul

    plugin = config.plugins.get("i18n")
    delar = ("build_languages", "building", "current_language", "search_entries")
    if plugin is None or not all(hasattr(plugin, d) for d in delar) or not hasattr(i18n_modul, "build"):
        return None
    return plugin


def dela_upp(config, byggmapp: Path | None) -> None:
    """At the end of the Swedish pass's on_nav: fork, when it is worth it."""
    global _barnet
    i18n = _i18n(config)
    # Two languages, one wait: with more, the plugin's loop would go on after the wait.
    if (byggmapp is None or i18n is None or i18n.building or len(i18n.build_languages) != 2
            or os.environ.get("KB_SPRAKPASS") == I_TUR or not hasattr(os, "fork")
            or (os.cpu_count() or 1) < 2):
        return
    import mkdocs_static_i18n.plugin as i18n_modul

    svar = byggmapp / f"sprakpass-{os.getpid()}.pickle"
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        os._exit(_bygg_ovriga_spraken(i18n, config, svar))
    from mkdocs.commands import build as mkdocs_build

    _barnet = _Barn(pid, svar, [(m, namn, getattr(m, namn)) for m, namn in (
        (i18n_modul, "build"), (mkdocs_build, "_build_theme_template"), (mkdocs_build, "_build_extra_template"))])
    ovriga = [s for s in i18n.build_languages if s != i18n.current_language]
    logging.getLogger("mkdocs.plugins.sprakpass").info(
        f"Språk {', '.join(ovriga)}: byggs i en egen process, samtidigt som {i18n.current_language}.")
    # Hack(mkdocs-static-i18n 1.3.1): the plugin's on_post_build calls its module's build()
    # for each other language; there, wait for the child instead. Checked by _i18n().
    i18n_modul.build = lambda *_, **__: vanta_pa_ovriga_spraken(i18n)
    # 404.html and sitemap.xml lie outside the language folders: each pass writes them,
    # and the last pass's stand. The child is that pass, so the parent renders its own
    # (plugins read the template context then) into a scratch folder: two processes
    # never write one file, and the site gets the same files as one after the other.
    skrap = byggmapp / f"sprakpass-{os.getpid()}"
    # Hack(mkdocs 1.6.1): the private functions that render 404.html and sitemap.xml.
    mkdocs_build._build_theme_template = _i_skrapmapp(mkdocs_build._build_theme_template, skrap)
    mkdocs_build._build_extra_template = _i_skrapmapp(mkdocs_build._build_extra_template, skrap)


def _i_skrapmapp(bygg_mall, skrap: Path):
    def bygg(namn, *args):
        config = args[-2]      # (env, files, config, nav) or (files, config, nav)
        riktig = config["site_dir"]
        config["site_dir"] = str(skrap)
        try:
            bygg_mall(namn, *args)
        finally:
            config["site_dir"] = riktig
    return bygg


def _bygg_ovriga_spraken(i18n, config, svar: Path) -> int:
    """In the child: the other languages, as mkdocs-static-i18n's on_post_build builds them."""
    from mkdocs import utils
    from mkdocs.commands.build import build
    from mkdocs_static_i18n.utils import I18nLoggingFilter

    kod = 0
    try:
        filter_ = I18nLoggingFilter()
        filter_.filtered_prefixes.update({"Documentation built in", "Building documentation to directory"})
        logging.getLogger("mkdocs.commands.build").addFilter(filter_)
        # Hack(mkdocs 1.6.1, mkdocs-static-i18n 1.3.1): what the plugin's own loop does before
        # each other language: keep the Swedish pages, mark itself as building, switch language.
        utils.clean_directory = lambda mapp: mapp
        i18n.building = True
        fore = len(i18n.search_entries)
        i18n.current_language = next(s for s in i18n.build_languages if s != i18n.current_language)
        build(config, dirty=False)
        svar.write_bytes(pickle.dumps(i18n.search_entries[fore:]))
    except MkDocsException as fel:
        fel.show()
        kod = fel.exit_code or 1
    except KeyboardInterrupt:                     # the parent says it
        kod = 130
    except BaseException:                         # never silence, never a long traceback
        print("".join(traceback.format_exc().splitlines(keepends=True)[-6:]), file=sys.stderr)
        kod = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return kod


def _vanta() -> tuple[int, Path]:
    global _barnet
    barn, _barnet = _barnet, None
    for modul, namn, funktion in barn.utbytta:
        setattr(modul, namn, funktion)
    _, status = os.waitpid(barn.pid, 0)
    return os.waitstatus_to_exitcode(status), barn.svar


def vanta_pa_ovriga_spraken(i18n) -> None:
    """In the parent, where the plugin would build the next language: take the child's
    result. The plugin then merges the search entries of all languages."""
    kod, svar = _vanta()
    if kod != 0:
        raise SprakpassetStoppade(kod)
    i18n.search_entries.extend(pickle.loads(svar.read_bytes()))
    svar.unlink()


def avbryt() -> None:
    """The Swedish pass stopped: stop the child too, so nothing writes into a site that
    is being thrown away."""
    import signal

    if _barnet is None:
        return
    try:
        os.kill(_barnet.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    _vanta()
