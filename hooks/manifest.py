"""Writes the build manifest (kunskapsbank.manifest) for the steps after MkDocs, and lets
Jinja keep the compiled templates between builds (kunskapsbank.mallcache)."""

from pathlib import Path

from kunskapsbank import manifest
from kunskapsbank.mallcache import med_mallcache
from kunskapsbank.mkdocs_stod import manifestet


def on_config(config):    # every Jinja environment of the build, print-site's own too
    config.theme.get_env = med_mallcache(config.theme.get_env)
    return config


def on_env(env, config, files):
    manifest.skriv(Path(config.site_dir), manifestet(config, files))   # pages are read by now
    return env
