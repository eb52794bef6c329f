"""Length rules: `lang-mening`, `lang-stycke` and `lang-ord`."""

from __future__ import annotations

from kunskapsbank.lattlast.markdown import LISTPUNKT, SIDHUVUDTEXT, STYCKE
from kunskapsbank.lattlast.text import ORDETS_TEXT
from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, Traff, registrera


@registrera
class LangMening(Regel):
    id = "lang-mening"
    allvarlighet = "warning"
    namn = "Lång mening"
    exempel = (
        Exempel("Deltagaren som har varit utan arbete under en lång tid och som nu vill börja arbeta igen behöver "
                "ofta stöd från flera olika myndigheter på samma gång.", True),
        Exempel("Deltagaren behöver ofta stöd från flera myndigheter.", False),
        # Lättläst has the lower limit: 15 words.
        Exempel("Deltagaren behöver ofta stöd från flera olika myndigheter och från kommunen på samma gång "
                "under hela året.", True, niva="lattlast"),
    )

    def granska(self, k: Kontext):
        grans = k.grans["mening_max_ord"]
        for mb in k.block:
            if mb.block.typ not in (STYCKE, LISTPUNKT, SIDHUVUDTEXT):
                continue
            for mening in mb.meningar:
                if len(mening.ord) > grans:
                    rad, kol = mb.plats(mening.ord[0].start)
                    yield Traff(rad, kol,
                           f"Meningen har {len(mening.ord)} ord. Sikta på högst {grans} ord.",
                           "Dela meningen i två. Ta en sak i taget.")


@registrera
class LangtStycke(Regel):
    id = "lang-stycke"
    allvarlighet = "warning"
    namn = "Långt stycke"
    exempel = (
        Exempel("Kursen börjar i maj. Den pågår i tre dagar. Vi träffas i stadshuset. Ta med ett block. "
                "Vi bjuder på lunch. Säg till om du har allergier. Ring om du blir sjuk.", True),
        Exempel("Kursen börjar i maj. Den pågår i tre dagar.\n\nVi träffas i stadshuset.", False),
    )

    def granska(self, k: Kontext):
        max_meningar, max_ord = k.grans["stycke_max_meningar"], k.grans["stycke_max_ord"]
        for mb in k.block:
            if mb.block.typ != STYCKE:
                continue
            antal_ord = sum(len(m.ord) for m in mb.meningar)
            if len(mb.meningar) > max_meningar or antal_ord > max_ord:
                yield Traff(mb.block.rad, mb.block.segment[0].kolumn,
                       f"Stycket har {len(mb.meningar)} meningar och {antal_ord} ord "
                       f"(högst {max_meningar} meningar eller {max_ord} ord).",
                       "Dela stycket med en tom rad, eller gör en punktlista.")


@registrera
class LangtOrd(Regel):
    id = "lang-ord"
    allvarlighet = "info"
    namn = "Mycket långt ord"
    exempel = (
        Exempel("Hon söker arbetsmarknadsutbildningsplatserna i länet.", True),
        Exempel("Hon söker platser på kurser i länet.", False),
    )

    def granska(self, k: Kontext):
        grans = k.grans["ord_max_bokstaver"]
        for mb in k.block:
            for mening in mb.meningar:
                if max(map(len, map(ORDETS_TEXT, mening.ord)), default=0) <= grans:
                    continue     # most sentences: no word of them is read one by one
                for o in mening.ord:
                    if len(o.text) > grans:
                        rad, kol = mb.plats(o.start)
                        yield Traff(rad, kol, f"”{o.text}” är ett mycket långt ord ({len(o.text)} bokstäver).",
                               "Skriv om med flera kortare ord, eller förklara ordet.")
