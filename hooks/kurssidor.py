"""Renders course-session and exercise summary boxes, the knowledge test and the
reflection form from each page's front matter (see kunskapsbank.kurssidor)."""

from mkdocs.exceptions import PluginError

from kunskapsbank import kurssidor
from kunskapsbank.fel import InnehallsFel


def on_page_markdown(markdown, page, config, files):
    fil = f"docs/{page.file.src_uri}"
    try:
        ruta = kurssidor.sammanfattning(page.meta, fil)
        test = kurssidor.kunskapstest(page.meta, fil)
        form = kurssidor.reflektion(page.meta, fil)
    except InnehallsFel as fel:
        raise PluginError(str(fel)) from None
    if ruta:
        markdown = kurssidor.infoga_efter_rubrik(markdown, ruta)
    for tillagg in (test, form):
        if tillagg:
            markdown = markdown.rstrip() + "\n\n" + tillagg
    return markdown
