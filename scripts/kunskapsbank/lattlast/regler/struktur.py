"""Page structure: `rubrik`, `alt-text` and `lix`."""

from __future__ import annotations

from kunskapsbank.lattlast.installningar import NIVANAMN
from kunskapsbank.lattlast.markdown import RUBRIK
from kunskapsbank.lattlast.regler.bas import Exempel, Kontext, Regel, Traff, registrera



@registrera
class Rubrik(Regel):
    id = "rubrik"
    allvarlighet = "error"
    namn = "Rubriker"
    exempel = (
        Exempel("# Kursen\n\n### Dag ett\n\nVi träffas.", True),       # a level skipped
        Exempel("# Kursen\n\n## Dag ett\n\nVi träffas.", False),
    )

    def granska(self, k: Kontext):
        # Material shows the front-matter title as the page's H1 when the text has none.
        forra, h1 = 1, 0
        max_tecken = k.grans["rubrik_max_tecken"]
        for mb in k.block:
            block = mb.block
            if block.typ != RUBRIK:
                continue
            rad, kol = block.rad, block.segment[0].kolumn
            text = block.kalltext.strip()
            if not text:
                yield Traff(rad, kol, "Rubriken är tom.", "Skriv vad avsnittet handlar om, eller ta bort rubriken.")
                continue
            if block.niva == 1:
                h1 += 1
                if h1 == 2:
                    yield Traff(rad, kol, "Sidan har mer än en huvudrubrik (#).",
                           "Använd # en gång överst och ## för avsnitten.", "warning")
            if block.niva > forra + 1:
                yield Traff(rad, kol, f"Rubriken hoppar från nivå {forra} till nivå {block.niva}.",
                       f"Använd {'#' * (forra + 1)} här, så att skärmläsare kan följa strukturen.")
            if len(text) > max_tecken:
                yield Traff(rad, kol, f"Rubriken är lång ({len(text)} tecken, högst {max_tecken}).",
                       "Korta rubriken till några få ord.", "warning")
            forra = block.niva


@registrera
class AltText(Regel):
    id = "alt-text"
    allvarlighet = "error"
    namn = "Bild utan alternativtext"
    exempel = (
        Exempel("![](bilder/karta.png)", True),
        Exempel("![Karta över orten med kursens lokal](bilder/karta.png)", False),
    )

    def granska(self, k: Kontext):
        for bild in k.dok.bilder:
            saknas = bild.alt is None if bild.html else not (bild.alt or "").strip()
            if saknas:
                yield Traff(bild.rad, bild.kolumn, "Bilden saknar alternativtext.",
                       "Beskriv bilden inom hakparenteserna: ![Så här ser bilden ut](bild.svg).")


@registrera
class Lix(Regel):
    id = "lix"
    allvarlighet = "error"
    namn = "Läsbarhet (LIX)"
    exempel = (
        Exempel("Myndighetssamverkan förutsätter gemensamma målformuleringar, kontinuerlig uppföljning och "
                "kompetensutveckling. Organisationernas ansvarsfördelning dokumenteras i överenskommelser. "
                "Handläggarnas förhållningssätt påverkar deltagarnas motivation avsevärt. Arbetsgivarkontakter "
                "etableras genom systematiska kartläggningar. Rehabiliteringsinsatserna samordnas genom gemensamma "
                "planeringsprocesser. Finansieringsmodellen möjliggör långsiktiga satsningar. Uppföljningsrutinerna "
                "säkerställer kvalitetsutvecklingen kontinuerligt. Arbetsförmedlingens representanter medverkar "
                "regelbundet. Försäkringskassans handläggare bidrar med specialistkunskaper. Kommunernas "
                "arbetsmarknadsenheter tillhandahåller praktikplatser. Regionens hälsovårdsorganisation erbjuder "
                "rehabiliteringsmöjligheter. Samordningsförbundets styrelse fastställer verksamhetsplanen årligen. "
                "Deltagarnas erfarenheter sammanställs systematiskt i utvärderingsrapporter. Styrgruppens "
                "sammanträden protokollförs noggrant enligt gällande riktlinjer för dokumentation. "
                "Informationsöverföringen mellan organisationerna förbättras genom gemensamma digitala plattformar.",
                True),
        Exempel("Vi träffas en gång i veckan. Vi pratar om jobb. Du får hjälp att hitta en plats. Vi ringer till "
                "chefer på orten. Du får gå på besök. Du får prova på ett jobb. Vi hjälper dig med det som är svårt. "
                "Du kan ta med en vän. Vi bjuder på kaffe. Vi går igenom vad du vill göra. Sedan gör vi en plan. Du "
                "får en kopia av den. Ring oss om du har frågor. Vi svarar på dagen. Du kan också skriva till oss. "
                "Vi hörs snart.", False),
        # Headings and short bullet lines are no sentences: they do not pull LIX down.
        Exempel("# Kursen\n\n" + "- Ta med block\n" * 20 + "\n"
                + "Handläggaren genomför regelbundet uppföljningar tillsammans med deltagaren och "
                  "arbetsgivaren varje månad. " * 8, True),
    )

    def granska(self, k: Kontext):
        maxvarde = k.grans.get("lix_max")
        if maxvarde is None or k.lix is None or k.ord_antal < k.grans["lix_min_ord"]:
            return
        if k.lix > maxvarde:
            yield Traff(1, 1, *lix_rad(k.lix, maxvarde, NIVANAMN.get(k.niva, k.niva), k.statistik))


def lix_rad(lix: float, maxvarde: float, nivanamn: str, statistik) -> tuple[str, str]:
    """(message, advice) for a LIX over the level's limit, naming what drives it: the
    length of the sentences or the share of long words (LIX is their sum)."""
    langd, andel = getattr(statistik, "meningslangd", None), getattr(statistik, "andel_langa", None)
    meddelande = f"Sidans LIX är {lix:g}. Målet för nivån {nivanamn} är högst {maxvarde}."
    if langd is None or andel is None:
        return meddelande, "Korta de längsta meningarna och byt långa ord mot kortare."
    meddelande += (f" Meningarna har i snitt {langd:g} ord och {andel:g} procent av orden är långa "
                   "(fler än sex bokstäver).")
    # Each half counts the same in LIX: the larger one is what to work on first.
    if andel >= langd:
        return meddelande, ("Det är de långa orden som höjer LIX mest. Byt långa och sammansatta ord mot "
                            "kortare, till exempel ”samarbete” i stället för ”samverkansprocess”.")
    return meddelande, "Det är de långa meningarna som höjer LIX mest. Dela de längsta meningarna i två."
