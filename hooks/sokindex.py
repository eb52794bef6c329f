"""Builds the search index from the built site (kunskapsbank.sokindex) after each build."""

from pathlib import Path

from mkdocs.plugins import event_priority

from kunskapsbank.sokindex import bygg_sokindex


@event_priority(-200)  # after mkdocs-static-i18n (-100) has merged both languages
def on_post_build(config):
    bygg_sokindex(Path(config.site_dir))
