"""WCAG colour contrast, used to check a förbund's brand colour."""

from __future__ import annotations

import re

HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
AA_NORMAL_TEXT = 4.5


def ar_hexfarg(text: str) -> bool:
    return bool(HEX.match(text or ""))


def _rgb(hexfarg: str) -> tuple[int, int, int]:
    h = hexfarg.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def relativ_luminans(hexfarg: str) -> float:
    def kanal(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (kanal(c) for c in _rgb(hexfarg))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def kontrast(a: str, b: str) -> float:
    la, lb = sorted((relativ_luminans(a), relativ_luminans(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def basta_textfarg(bakgrund: str) -> tuple[str, float]:
    """The text colour (white or black) that reads best on the background, and its ratio."""
    vit, svart = kontrast(bakgrund, "#ffffff"), kontrast(bakgrund, "#000000")
    return ("#ffffff", vit) if vit >= svart else ("#000000", svart)


def morkare_nyans(farg: str) -> str:
    """The colour darkened just enough to reach AA contrast against white, to suggest
    to a förbund whose brand colour is too light."""
    r, g, b = _rgb(farg)
    for steg in range(0, 101):
        andel = 1 - steg / 100
        kandidat = "#{:02x}{:02x}{:02x}".format(round(r * andel), round(g * andel), round(b * andel))
        if kontrast(kandidat, "#ffffff") >= AA_NORMAL_TEXT:
            return kandidat
    return "#000000"
