"""`ruta`: boxes (`!!!`/`???`) that Markdown would not read as the trainer meant.

A slip here can put a trainer note in front of participants, so the rule is always an
error and cannot be switched off (see kunskapsbank.kontroller.rutor).
"""

from __future__ import annotations

from kunskapsbank.kontroller.rutor import problem_i_kallan
from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, Traff, registrera


@registrera
class Ruta(Regel):
    id = "ruta"
    allvarlighet = "error"
    namn = "Rutor och utbildarens anteckningar"
    kan_stangas_av = False
    exempel = (
        Exempel('Text.\n\n!!! utbildare "Utbildarens anteckningar"\nFråga gruppen först.', True),
        Exempel('Text.\n\n!!! utbildare "Utbildarens anteckningar"\n    Fråga gruppen först.', False),
    )

    def granska(self, k: Kontext):
        for p in problem_i_kallan(k.dok.rader, k.rutor):
            yield Traff(p.rad, p.kolumn, p.meddelande, p.atgard)
