"""Builds the search index (kunskapsbank.sokindex) when MkDocs runs on its own, as in
scripts/serve; in the pipeline it is a step after MkDocs."""

from pathlib import Path

from mkdocs.plugins import event_priority

from kunskapsbank.mkdocs_stod import byggmapp
from kunskapsbank.sokindex import bygg_sokindex


@event_priority(-200)  # after mkdocs-static-i18n (-100) has merged both languages
def on_post_build(config):
    if byggmapp() is None:
        bygg_sokindex(Path(config.site_dir))
