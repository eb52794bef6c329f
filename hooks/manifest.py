"""Writes the build manifest (kunskapsbank.manifest) for the steps after MkDocs, and lets
Jinja keep the compiled templates between builds (kunskapsbank.mallcache)."""

from pathlib import Path

from kunskapsbank import manifest
from kunskapsbank.mallcache import mallcache
from kunskapsbank.mkdocs_stod import manifestet


def on_env(env, config, files):
    manifest.skriv(Path(config.site_dir), manifestet(config, files))   # pages are read by now
    env.bytecode_cache = mallcache(env)
    return env
