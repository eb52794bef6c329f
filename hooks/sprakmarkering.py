"""In the English menu, a page that exists only in Swedish says so: "Glossary (in
Swedish)". Its fallback copy already says so at the top (overrides/main.html)."""

from kunskapsbank.grund.sidsprak import ar_reservkopia

MARKERING = " (in Swedish)"


def on_page_markdown(markdown, page, config, files):
    if ar_reservkopia(page.file.src_uri, page.file.dest_uri) and page.title and \
            not page.title.endswith(MARKERING):
        page.title = page.title + MARKERING
    return markdown
