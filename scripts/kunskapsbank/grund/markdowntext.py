"""Text from elsewhere (a finding, a commit subject, a title) shown in a generated
Markdown page as text: `![bild](x.svg)` or `<b>` must not render as an image or HTML."""

from __future__ import annotations

import re

MARKDOWN_TECKEN = re.compile(r"([\\`*_\[\](){}#!|>])")


def som_text(text: str) -> str:
    # Python-Markdown has no backslash escape for "<"; the entity shows it as text.
    return MARKDOWN_TECKEN.sub(r"\\\1", text).replace("<", "&lt;")
