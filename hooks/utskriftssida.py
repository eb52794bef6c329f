"""Keeps the Swedish whole-site print page (mkdocs-print-site-plugin) at print_page/,
with links to left-out pages pointed at the website (see kunskapsbank.utskriftssida)."""

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs_print_site_plugin.urls import get_page_key

from kunskapsbank.utskriftssida import behall_svenska_sidan, utan_dubbletter


@event_priority(-50)    # after print-site has added its files to the config
def on_config(config):
    # mkdocs-static-i18n runs on_config again for the English build on the same config,
    # and print-site adds its script and styles once more each time.
    config.extra_javascript, config.extra_css = utan_dubbletter(config.extra_javascript), utan_dubbletter(config.extra_css)
    return config


@event_priority(-50)    # after print-site (0) has written the page, before i18n (-100)
def on_post_build(config):
    if plugin := config.plugins.get("print-site"):
        behall_svenska_sidan(Path(config.site_dir), plugin.config.get("print_page_basename", "print_page"), get_page_key)
