"""Slides: `bildspel`. A slide is read from across a room in a few seconds, so a deck
(kunskapsbank.bildspel.kalla) has stricter limits than a page: a title on every slide,
at most 6 points of at most 12 words, no running text. What the trainer wants to say
goes in the notes (!!! utbildare), which are not on the slide."""

from __future__ import annotations

from kunskapsbank.bildspel.kalla import MAX_ORD_I_MENING, MAX_ORD_I_PUNKT, MAX_PUNKTER, ar_bildspel, las_bilder, ord_i
from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, Traff, registrera

DECK = "docs/bildspel/exempel.md"
TRETTIO_ORD = ("Handläggaren och deltagaren går tillsammans igenom alla svar i verktyget och pratar sedan "
               "länge om vad som har hänt sedan förra mötet och vad som ska hända nu")


@registrera
class Bildspel(Regel):
    id = "bildspel"
    allvarlighet = "error"
    namn = "Text på bilder i ett bildspel"
    exempel = (
        Exempel(f"# Kursdagen\n\n---\n\n## Dagens mål\n\n- {TRETTIO_ORD}\n", True, sokvag=DECK),
        Exempel("# Kursdagen\n\n---\n\n## Dagens mål\n\n- Du kan använda verktyget\n- Du vet vad tilltro är\n",
                False, sokvag=DECK),
        Exempel("# Kursdagen\n\n---\n\n## Sju punkter\n\n" + "".join(f"- Punkt nummer {n}\n" for n in range(1, 8)),
                True, sokvag=DECK),
        Exempel("# Kursdagen\n\n---\n\n## Studien\n\nForskarna följde ungefär fyra tusen personer under flera år "
                "och mätte hur nära ett jobb de kom efter varje möte.\n", True, sokvag=DECK),
        Exempel("# Kursdagen\n\n---\n\n- En punkt utan rubrik\n", True, sokvag=DECK),
        # Notes are no slide text: they may be long.
        Exempel(f"# Kursdagen\n\n---\n\n## Mål\n\n- Du kan verktyget\n\n!!! utbildare \"Manus\"\n    {TRETTIO_ORD}.\n",
                False, sokvag=DECK),
        # The same long point on an ordinary page is not the slide rule's business.
        Exempel(f"# Kursdagen\n\n- {TRETTIO_ORD}\n", False),
    )

    def granska(self, k: Kontext):
        if not ar_bildspel(k.path):
            return
        for bild in las_bilder(k.dok.rader):
            if bild.rubrik is None:
                yield Traff(bild.rad, 1, f"Bild {bild.nr} har ingen rubrik.",
                            "Börja bilden med en rubrik, till exempel ## Dagens mål.")
            for nr, punkt in enumerate(bild.punkter, 1):
                if nr == MAX_PUNKTER + 1:
                    yield Traff(punkt.rad, 1, f"Bild {bild.nr} har {len(bild.punkter)} punkter. En bild får ha "
                                f"högst {MAX_PUNKTER}.", "Dela bilden i två, eller slå ihop punkter.")
                if (antal := ord_i(punkt.text)) > MAX_ORD_I_PUNKT:
                    yield Traff(punkt.rad, 1, f"Punkten har {antal} ord. En punkt på en bild får ha högst "
                                f"{MAX_ORD_I_PUNKT} ord.",
                                "Korta punkten till det viktigaste. Resten kan stå i manuset (!!! utbildare).")
            for rad, text in bild.stycken:
                if bild.nr > 1 and (antal := ord_i(text)) > MAX_ORD_I_MENING:
                    yield Traff(rad, 1, f"Bilden har löpande text ({antal} ord). En bild har punkter eller en "
                                f"kort mening på högst {MAX_ORD_I_MENING} ord.",
                                "Gör texten till några korta punkter, eller flytta den till manuset (!!! utbildare).")
