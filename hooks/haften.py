"""Offers each page's course booklets for download and checks the booklet definitions
early. The booklets themselves are a build step after MkDocs (kunskapsbank.haften)."""

import os

from mkdocs.exceptions import PluginError

from kunskapsbank.fel import InnehallsFel
from kunskapsbank.haften.definitioner import lankar_per_sida, valj_haften
from kunskapsbank.sidsprak import svensk_kalla
from kunskapsbank.yamlfil import mkdocs_nod


def on_nav(nav, config, files):
    try:
        haften = valj_haften(config.extra, mkdocs_nod(config.config_file_path, "extra"))
        # Kept on the nav: it lives exactly as long as this build.
        nav.kb_haften = lankar_per_sida(haften, [svensk_kalla(p.file.src_uri) for p in nav.pages])
    except InnehallsFel as fel:
        raise PluginError(str(fel)) from None
    return nav


def on_page_context(context, page, config, nav):
    # KB_HAFTEN=av builds no booklets (scripts/serve sets it), so no page offers one.
    lankar = getattr(nav, "kb_haften", {}).get(svensk_kalla(page.file.src_uri), [])
    context["kb_haften"] = [] if os.environ.get("KB_HAFTEN") == "av" else lankar
    return context
