"""What front matter asks for: summary, knowledge test, reflection (kunskapsbank.sidor.kurssidor)
and the accessibility statement's facts (kunskapsbank.sidor.redogorelse)."""

from pathlib import Path

from mkdocs.utils import get_relative_url

from kunskapsbank.kallor.utvardering import formularet, las_utvarderingar
from kunskapsbank.bildspel.kalla import ar_bildspel, bildspel_for_kurstillfalle, lankar_till_bildspelet
from kunskapsbank.sidor import kurssidor
from kunskapsbank.grund.git import senast_andrad
from kunskapsbank.motor.mkdocs_stod import modulval, sidhuvud, svenska_fel
from kunskapsbank.sidor.redogorelse import fyll_i, las_testresultat
from kunskapsbank.grund.sidsprak import kallsprak


def on_page_markdown(markdown, page, config, files):
    fil = page.file
    if fil.abs_src_path and Path(fil.abs_src_path).is_file():   # a generated page has no front matter
        sida = sidhuvud(config, fil.src_uri, fil.abs_src_path)[0]
        form = None
        if sida is not None and sida.utvardering:
            with svenska_fel():
                form = formularet(las_utvarderingar(Path(config.docs_dir)), sida.utvardering, f"docs/{fil.src_uri}")
        # A deck's page and its session's page link the deck's presentation and PowerPoint
        # file, under the summary box (which lagg_till puts right after the heading).
        if ar_bildspel(fil.src_uri):
            deck = fil.src_uri.rsplit("/", 1)[-1][:-3]
            markdown = kurssidor.infoga_efter_rubrik(markdown, lankar_till_bildspelet(deck, page.url, "Bildspelet:"))
            # A deck repeats its session's page: in the search it comes after that page.
            page.meta.setdefault("search", {}).setdefault("boost", 0.5)
        elif sida is not None and sida.kurstillfalle and (deck := bildspel_for_kurstillfalle(config.docs_dir, fil.src_uri)):
            markdown = kurssidor.infoga_efter_rubrik(markdown, lankar_till_bildspelet(deck, page.url, "Bildspel till dagen:"))
        markdown = kurssidor.lagg_till(markdown, sida, form, intyg(sida, page, config))
        if sida is not None and sida.utdelning:
            # A handout to print comes after the page on its subject in the search.
            page.meta.setdefault("search", {}).setdefault("boost", 0.5)
    if page.meta.get("redogorelse"):
        markdown = fyll_i(markdown, config.extra["forbund"], las_testresultat(Path(config.config_file_path).parent),
                          senast_andrad(fil.abs_src_path), kallsprak(fil.src_uri))
    return markdown


def intyg(sida, page, config):
    """What the certificate of the page's knowledge test shows (kunskapsbank.sidor.kurssidor.Intyg)."""
    if sida is None or sida.fragor is None:
        return None
    forbund, src = config.extra["forbund"], page.file.src_uri
    return kurssidor.Intyg(test=src.removesuffix(".md"), titel=sida.title or page.title or "",
                           kurs=kurssidor.kursens_namn(sida, src, modulval(config).delar),
                           forbund=forbund["namn"], logga=get_relative_url(forbund["logga"], page.url))
