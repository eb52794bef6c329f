"""The förbund's own site: its identity (config.extra.forbund), parts switched off, its
own pages and style, and its repository's address where a page writes {{ repo }}
(kunskapsbank.forbund.identitet, .moduler, .lokalt, kunskapsbank.sidor.variabler)."""

from pathlib import Path

from kunskapsbank.forbund.identitet import las_identitet, som_html
from kunskapsbank.kallor.installningar import modulnamn
from kunskapsbank.kallor.lokalt import lokal_stilmall, lokala_sidor
from kunskapsbank.motor.mkdocs_stod import forhandsvisning, modulval, svenska_fel
from kunskapsbank.kallor.moduler import avlanka_markdown, menyn_for_forbundet
from kunskapsbank.sidor import variabler


def on_config(config):     # before mkdocs-static-i18n (-100) reads the nav and languages
    docs, i18n = Path(config.docs_dir), config.plugins.get("i18n")
    with svenska_fel():
        identitet = las_identitet(docs, modulnamn(config.extra))
    config.extra["forbund"], config.site_name = identitet.som_dict(), som_html(identitet.namn)
    config.theme["logo"] = config.theme["favicon"] = identitet.logga
    config.site_url = config.site_url or identitet.adress     # canonical links, sitemap, booklets
    # An absolute edit_uri needs no repo_url: Material fetches no statistics from another host.
    config.edit_uri = identitet.redigera or config.edit_uri
    if config.nav is not None:   # Material prints section titles without escaping
        config.nav = menyn_for_forbundet(config.nav, modulval(config), lokala_sidor(docs), som_html(identitet.kortnamn))
    config.extra_css += [s for s in [lokal_stilmall(docs)] if s and s not in map(str, config.extra_css)]
    utan_engelska = not modulval(config).ar_pa("engelska") or forhandsvisning() == "svenska"
    for sprak in i18n.config.languages if i18n and utan_engelska else []:
        sprak.build = sprak.default
    return config


def on_files(files, config):
    for fil in [f for f in files.documentation_pages() if modulval(config).modul_for(f.src_uri)]:
        files.remove(fil)
    return files


def on_page_markdown(markdown, page, config, files):
    # Links to switched-off pages become text; the source check names each with its line.
    markdown = avlanka_markdown(markdown, page.file.src_uri, page.file.src_uri, modulval(config))[0]
    return variabler.fyll_i(markdown, config.extra["forbund"])     # {{ repo }}
