"""Writes the build manifest (kunskapsbank.manifest) for the steps after MkDocs."""

from pathlib import Path

from kunskapsbank import manifest
from kunskapsbank.mkdocs_stod import manifestet


def on_env(env, config, files):
    manifest.skriv(Path(config.site_dir), manifestet(config, files))   # pages are read by now
    return env
