"""MkDocs as step 3 of the pipeline: the build manifest for the steps after it
(kunskapsbank.manifest), compiled templates kept between builds (.mallcache), the
other languages in a process of their own (.sprakpass), no sitemap without the site's
address, and the search index when MkDocs runs on its own, as in scripts/serve
(.sokindex; else a step after MkDocs)."""

from pathlib import Path

from mkdocs.plugins import event_priority

from kunskapsbank import manifest
from kunskapsbank.motor import sprakpass
from kunskapsbank.motor.mallcache import med_mallcache
from kunskapsbank.motor.mkdocs_stod import byggmapp, forhandsvisning, manifestet, svenska_fel, utan_adress_ingen_sitemap
from kunskapsbank.sidor.svarsrutor import skriv_fragelistan
from kunskapsbank.sok.sokindex import bygg_sokindex


def on_config(config):    # every Jinja environment of the build, print-site's own too
    config.theme.get_env = med_mallcache(config.theme.get_env)
    return config


@event_priority(-200)   # last: after mkdocs-static-i18n (-100) has made this pass's nav
def on_nav(nav, config, files):
    sprakpass.dela_upp(config, byggmapp())
    return nav


def on_env(env, config, files):
    manifest.skriv(Path(config.site_dir), manifestet(config, files))   # pages are read by now
    return env


@event_priority(-200)  # after mkdocs-static-i18n (-100) has merged both languages
def on_post_build(config):
    utan_adress_ingen_sitemap(config)
    if byggmapp() is None:
        with svenska_fel():     # the preview is never published: its index is not checked again
            bygg_sokindex(Path(config.site_dir), kontrollera=not forhandsvisning())
        skriv_fragelistan(Path(config.site_dir))


def on_build_error(error):
    sprakpass.avbryt()     # nothing may write into a site that is thrown away
