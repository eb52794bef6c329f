"""Booklets and the menu: checks the definitions and the pages outside the menu
(kunskapsbank.kontroller.meny), offers each page's booklets; the PDFs are a step after MkDocs."""

import logging
import os

from kunskapsbank.haften.definitioner import lankar_per_sida
from kunskapsbank.motor.mkdocs_stod import granska_menyn, installningar, svenska_fel
from kunskapsbank.grund.sidsprak import svensk_kalla, webbsprak

log = logging.getLogger("mkdocs.plugins.haften")


def on_nav(nav, config, files):
    haften = installningar(config).haften_som_byggs()
    if nav.pages and webbsprak(nav.pages[0].file.dest_uri) == "sv":    # the English build: said once already
        granska_menyn(config, nav, files, haften, log)
    # Kept on the nav: it lives exactly as long as this build.
    with svenska_fel():
        nav.kb_haften = lankar_per_sida(haften, [svensk_kalla(p.file.src_uri) for p in nav.pages])
    return nav


def on_page_context(context, page, config, nav):
    # KB_HAFTEN=av builds no booklets (scripts/serve sets it), so no page offers one.
    lankar = getattr(nav, "kb_haften", {}).get(svensk_kalla(page.file.src_uri), [])
    context["kb_haften"] = [] if os.environ.get("KB_HAFTEN") == "av" else lankar
    return context
