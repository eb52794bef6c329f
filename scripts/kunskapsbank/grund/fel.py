"""One error type for every problem a trainer or a förbund can cause by editing a file."""

from __future__ import annotations


class InnehallsFel(Exception):
    """A mistake in a file someone edited, reported as `fil:rad[:kolumn]: meddelande`.

    The text is Swedish and says how to fix it; callers print it without a traceback.
    """

    def __init__(self, fil: str, rad: int | None, meddelande: str, atgard: str | None = None,
                 kolumn: int | None = None):
        self.fil = fil
        self.rad = rad
        self.kolumn = kolumn if rad else None
        self.meddelande = meddelande
        self.atgard = atgard
        plats = fil
        if rad:
            plats += f":{rad}" + (f":{kolumn}" if kolumn else "")
        text = f"{plats}: {meddelande}"
        if atgard:
            text += f" Så rättar du: {atgard}"
        super().__init__(text)
