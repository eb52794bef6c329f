"""The Swedish whole-site print page (mkdocs-print-site-plugin) at print_page/, with links
to left-out pages pointed at the website (see kunskapsbank.sidor.utskriftssida)."""

from mkdocs.plugins import event_priority
from mkdocs_print_site_plugin.urls import get_page_key

from kunskapsbank.sidor.utskriftssida import bara_i_svenska_passet, ratta_utskriftssidan


@event_priority(-110)    # after print-site (0) and mkdocs-static-i18n (-100), which sets the language
def on_config(config):
    bara_i_svenska_passet(config)
    return config


@event_priority(-50)    # after print-site (0) has written the page
def on_post_build(config):
    if (plugin := config.plugins.get("print-site")) and plugin.config["enabled"]:
        ratta_utskriftssidan(config.site_dir, plugin.config.get("print_page_basename", "print_page"), get_page_key)
