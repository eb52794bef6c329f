"""What must never be published, and who sees what. Stops the sources when MkDocs runs on
its own (kunskapsbank.kontroller.kallkontroll) and what Markdown made of each page (.sakerhet,
.rutor); says MkDocs' messages about links in Swedish (.mkdocs_meddelanden); marks what
only trainers may see and hands the search plugin each page without it (.synlighet)."""

import logging

from mkdocs.plugins import CombinedEvent, event_priority

from kunskapsbank.motor.mkdocs_stod import kallkontroll, kallnamn, kallrader, rutor, stoppa, svenska_meddelanden
from kunskapsbank.kontroller.rutor import problem_i_html
from kunskapsbank.kontroller.sakerhet import granska_sidans_html
from kunskapsbank.grund.sidsprak import ar_reservkopia
from kunskapsbank.kontroller.synlighet import for_deltagare, markera

log = logging.getLogger("mkdocs.plugins.kontroller")


def on_config(config):
    kallkontroll(config, log)     # before MkDocs walks docs/, which would never end in a link loop
    svenska_meddelanden(config)
    return config


@event_priority(100)    # before print-site (0) keeps each page for the print page
def _markera(html, page, config, files):
    return markera(html, rutor(config))


@event_priority(-100)   # after every other hook has added its HTML
def _granska(html, page, config, files):
    fil, namn = page.file, kallnamn(config, page.file.src_uri)
    if ar_reservkopia(fil.src_uri, fil.dest_uri):
        return html       # the same source was checked in its own language's pass
    stoppa(granska_sidans_html(html, fil.content_string, namn))
    rader, karta = kallrader(config, fil)
    for p in [] if fil.generated_by else problem_i_html(html, rader, rutor(config)):
        log.warning(str(p.som_fel(namn, karta)))   # a warning stops the strict build, like the checker's errors
    return html


@event_priority(100)    # before the search plugin (0) indexes page.content ...
def _utan_anteckningar(context, page, config, nav):
    page.kb_hela, page.content = page.content, for_deltagare(page.content, rutor(config))
    return context


@event_priority(-50)    # ... and then the page shows all of it again
def _med_anteckningar(context, page, config, nav):
    page.content = getattr(page, "kb_hela", page.content)
    return context


on_page_content = CombinedEvent(_markera, _granska)
on_page_context = CombinedEvent(_utan_anteckningar, _med_anteckningar)
