"""Gives the made-up-example label (kunskapsbank.motor.pahittat) the language of the
page's text, so an English page says "Made-up example" and a Swedish fallback copy
keeps "Påhittat exempel"."""

from kunskapsbank.grund.sidsprak import kallsprak
from kunskapsbank.motor.pahittat import NAMN


def on_page_markdown(markdown, page, config, files):
    config.mdx_configs.setdefault(NAMN, {})["sprak"] = kallsprak(page.file.src_uri)
    return markdown
