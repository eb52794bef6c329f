"""Reads the förbund's identity file and hands it to the templates as config.extra.forbund."""

from pathlib import Path

from kunskapsbank.identitet import las_identitet, som_html
from kunskapsbank.mkdocs_stod import svenska_fel


def on_config(config):
    with svenska_fel():
        identitet = las_identitet(Path(config.docs_dir))
    config.extra["forbund"] = identitet.som_dict()
    config.site_name = som_html(identitet.namn)
    config.theme["logo"] = identitet.logga
    config.theme["favicon"] = identitet.logga
    if identitet.adress and not config.site_url:
        # Canonical links, the sitemap and full addresses in the booklets.
        config.site_url = identitet.adress
    if identitet.redigera:
        # An absolute edit_uri needs no repo_url, so Material does not fetch
        # repository statistics from another host.
        config.edit_uri = identitet.redigera
    return config
