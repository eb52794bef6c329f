"""Drops the English fallback copies of Swedish pages from the search index."""

from pathlib import Path

from mkdocs.plugins import event_priority

from kunskapsbank.sokindex import stada_sokindex


@event_priority(-200)  # after mkdocs-static-i18n (-100) has merged both languages
def on_post_build(config):
    stada_sokindex(Path(config.site_dir))
