"""Which language a page is in, decided from its source file alone.

mkdocs-static-i18n builds the English site inside the Swedish build and gives every
untranslated Swedish page an English copy (a fallback page under en/). Checks of what
a trainer wrote belong to the source, so they run once: for the page built from its
own language, never for a fallback copy.
"""

from __future__ import annotations

SPRAK = ("sv", "en")
STANDARD = "sv"


def kallsprak(src_uri: str) -> str:
    """'en' for `sida.en.md`, else the default language."""
    for sprak in SPRAK:
        if sprak != STANDARD and src_uri.endswith(f".{sprak}.md"):
            return sprak
    return STANDARD


def webbsprak(dest_uri: str) -> str:
    """The language of the built page, from where it is written (en/... is English)."""
    forsta = dest_uri.split("/", 1)[0]
    return forsta if forsta in SPRAK and forsta != STANDARD else STANDARD


def ar_reservkopia(src_uri: str, dest_uri: str) -> bool:
    """A fallback copy: a page built in another language than its source's."""
    return kallsprak(src_uri) != webbsprak(dest_uri)


def svensk_kalla(src_uri: str) -> str:
    """The default-language source a page stands for: `x.en.md` -> `x.md`."""
    sprak = kallsprak(src_uri)
    return src_uri[: -len(f".{sprak}.md")] + ".md" if sprak != STANDARD else src_uri
