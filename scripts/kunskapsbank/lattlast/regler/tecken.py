"""`tecken`: characters that print wrongly. Bidi control characters turn or move text
(U+202E prints Swedish backwards), and characters that the booklets' font cannot draw
(emoji, most often) print as empty boxes in the PDF."""

from __future__ import annotations

import subprocess
import unicodedata
from functools import lru_cache

from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, Traff, registrera

TYPSNITT = "DejaVu Sans"     # the booklets' body font, see haften/hafte.css
BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


@lru_cache(maxsize=1)
def typsnittets_tecken() -> frozenset[int] | None:
    """The code points the installed DejaVu Sans can draw, or None when the font (or
    fontconfig) is missing and the rule falls back to Unicode ranges."""
    try:
        svar = subprocess.run(["fc-match", "-f", "%{family}|%{file}", TYPSNITT],
                              capture_output=True, text=True, timeout=10)
        familj, fil = svar.stdout.split("|", 1)
        if TYPSNITT not in familj.split(","):
            return None          # fontconfig offered another font in its place
        from fontTools.ttLib import TTFont
        with TTFont(fil, lazy=True) as font:
            return frozenset(font.getBestCmap())
    except Exception:  # no fc-match, no font, or a font file fontTools cannot read
        return None


def _utan_typsnitt_kan_ritas(kod: int) -> bool:
    # DejaVu Sans covers Latin, Greek, Cyrillic and most symbols, but no emoji,
    # pictographs or private-use characters.
    return not (kod >= 0x1F000 or 0x2700 <= kod <= 0x27BF or 0xE000 <= kod <= 0xF8FF
                or unicodedata.category(chr(kod)) in ("Co", "Cn"))


def kan_skrivas_ut(tecken: str) -> bool:
    kod = ord(tecken)
    if kod < 0x80 or unicodedata.category(tecken) in ("Cf", "Cc", "Zl", "Zp") or 0xFE00 <= kod <= 0xFE0F:
        return True          # ASCII, and invisible characters that print as nothing
    if (kod < 0x250 or 0x2000 <= kod < 0x2070) and unicodedata.category(tecken) != "Cn":
        # Latin (å, ä, ö, é, ü ...) and general punctuation (– “ ” … •): DejaVu Sans
        # draws every one of them, so a page in Swedish never has to start fontconfig
        # and read the font file (tests/test_sakerhet.py checks it against the font).
        return True
    tecknen = typsnittets_tecken()
    return kod in tecknen if tecknen is not None else _utan_typsnitt_kan_ritas(kod)


def _kod(tecken: str) -> str:
    return f"U+{ord(tecken):04X}"


@registrera
class Tecken(Regel):
    id = "tecken"
    allvarlighet = "error"
    namn = "Tecken som skrivs ut fel"
    exempel = (
        Exempel("Bra jobbat \U0001F44D", True),
        Exempel("Kursen \u202ebörjar i maj.", True),
        Exempel("Bra jobbat!", False),
    )

    def granska(self, k: Kontext):
        # Each distinct character is judged once; most pages have none that prints
        # wrongly, and then no line needs to be read character by character.
        problem = {t for t in set("".join(k.dok.rader)) if ord(t) in BIDI or not kan_skrivas_ut(t)}
        if not problem:
            return
        for radnr, rad in enumerate(k.dok.rader, 1):
            if problem.isdisjoint(rad):
                continue
            saknade: list[tuple[int, str]] = []
            for kol, tecken in enumerate(rad, 1):
                if ord(tecken) in BIDI:
                    yield Traff(radnr, kol, f"Ett osynligt styrtecken för skrivriktning "
                                       f"({_kod(tecken)}). Det kan vända eller flytta texten, så att den "
                                       "läses baklänges på sidan och i häftet.",
                           f"Ta bort tecknet. Det syns inte i de flesta program; sök efter {_kod(tecken)}, "
                           "eller skriv om ordet.", "error", end_line=radnr, end_column=kol + 1)
                elif not kan_skrivas_ut(tecken):
                    saknade.append((kol, tecken))
            # Neighbouring characters (an emoji with its parts) give one finding.
            grupper: list[list[tuple[int, str]]] = []
            for kol, tecken in saknade:
                if grupper and grupper[-1][-1][0] == kol - 1:
                    grupper[-1].append((kol, tecken))
                else:
                    grupper.append([(kol, tecken)])
            for grupp in grupper:
                text = "".join(t for _, t in grupp)
                koder = ", ".join(_kod(t) for _, t in grupp)
                yield Traff(radnr, grupp[0][0], f"Tecknet ”{text}” ({koder}) finns inte i typsnittet "
                                           f"{TYPSNITT}, så det blir en tom ruta i PDF-häftet.",
                       "Skriv med ord i stället, till exempel ”Bra!” i stället för en emoji, eller "
                       "ta bort tecknet.", "warning", end_line=radnr, end_column=grupp[-1][0] + 1)
