"""The schema of every page's front matter (sidhuvud): which keys a page may have and
what each holds, checked before anything is built from it.

MkDocs reads front matter with yaml.safe_load, which keeps the last of two equal keys
and turns `- Efter dagen: ...` into a mapping without a word. So the page source is read
here again, with duplicate keys refused, and checked against the models below; every
problem is reported at its line and column in the Markdown file.
"""

from __future__ import annotations

import datetime
import difflib
import re
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BeforeValidator, Discriminator, Field, Tag, StringConstraints, field_validator, model_validator

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.markdownkalla import brodtextens_start, har_sidhuvud, kodrader, sidhuvudets_slut, sidhuvudets_text
from kunskapsbank.kallor.sidhuvudnycklar import KURSTILLFALLE_NYCKLAR, OVNING_NYCKLAR  # noqa: F401
from kunskapsbank.grund.validering import Modell, fel, validera
from kunskapsbank.grund.yamlfil import alla_noder, las_mapping, nod_vid
from kunskapsbank.kallor.moduler import MD_LANK

BOKSTAVER = "ABCDEFGH"          # one letter per alternative in the test and its answer key

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _en_eller_flera(varde):
    return [varde] if isinstance(varde, str) else varde


# One text, or a list of texts (one bullet each).
Texter = Annotated[list[Text], BeforeValidator(_en_eller_flera)]
SvarsId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]


class Fraga(Modell):
    """A question in the knowledge test. `ratt` is the right alternative's own text, so
    the answer stays right when alternatives are added, removed or moved."""

    fraga: Text
    alternativ: Annotated[list[Text], Field(min_length=2)]
    ratt: Text | int
    forklaring: Text
    kapitel: Text | None = None

    @field_validator("alternativ", mode="before")
    @classmethod
    def _hogst_atta(cls, alternativ):
        if isinstance(alternativ, list) and len(alternativ) > len(BOKSTAVER):
            raise fel(f"Frågan har {len(alternativ)} alternativ, men bokstäverna A–H räcker "
                      f"bara till {len(BOKSTAVER)}.",
                      f"Ta bort alternativ så att det blir högst {len(BOKSTAVER)}.", len(BOKSTAVER))
        return alternativ

    @field_validator("alternativ")
    @classmethod
    def _olika_alternativ(cls, alternativ):
        sedda = {}
        for i, text in enumerate(alternativ):
            if (forsta := sedda.setdefault(" ".join(text.lower().split()), i)) != i:
                raise fel(f"Alternativet \"{text}\" står två gånger (punkt {forsta + 1} och {i + 1}).",
                          "Ta bort det ena, eller skriv om det så att alternativen skiljer sig åt.", i)
        return alternativ

    @field_validator("ratt", mode="before")
    @classmethod
    def _ratt_ar_text(cls, ratt):
        if isinstance(ratt, bool) or not isinstance(ratt, (str, int)):
            raise fel("'ratt' ska vara det rätta alternativets text, inte "
                      f"{'true eller false' if isinstance(ratt, bool) else 'en lista eller nycklar'}.",
                      "Skriv texten precis som i listan, inom citattecken.")
        return ratt

    @field_validator("ratt")
    @classmethod
    def _ratt_finns(cls, ratt, info):
        alternativ = info.data.get("alternativ")
        if not alternativ:
            return ratt
        if isinstance(ratt, int):
            # A position moves silently when an alternative above it is removed.
            forslag = f'ratt: "{alternativ[ratt - 1]}"' if 1 <= ratt <= len(alternativ) else 'ratt: "..."'
            raise fel(f"'ratt' är numret {ratt}. Ett nummer pekar på ett annat svar om någon tar bort "
                      "eller flyttar ett alternativ.",
                      f"Skriv det rätta alternativets text, precis som i listan: {forslag}.")
        if ratt not in alternativ:
            nara = difflib.get_close_matches(ratt, alternativ, n=1, cutoff=0.5)
            raise fel(f"'ratt' är \"{ratt}\", men inget alternativ heter så.",
                      f"Skriv texten precis som i listan, till exempel ratt: \"{nara[0]}\"." if nara else
                      "Skriv det rätta alternativets text precis som i listan. Har du tagit bort det "
                      "rätta svaret? Lägg tillbaka det och kontrollera förklaringen.")
        return ratt

    @property
    def ratt_nr(self) -> int:
        """The right alternative's number, 1 for the first."""
        return self.alternativ.index(self.ratt) + 1


class Reflektionsfraga(Modell):
    """A reflection question. Answers are kept in the participant's browser under `id`,
    so the id must stay the same when questions are added, moved or reworded. A new id
    lists the old ones (tidigare_id), and the browser moves saved answers over."""

    id: SvarsId
    fraga: Text
    tidigare_id: list[SvarsId] | None = None


class Reflektionskapitel(Modell):
    kapitel: Text
    lank: Text | None = None
    fragor: Annotated[list[Reflektionsfraga], Field(min_length=1)]


class Pastaende(Modell):
    """A statement in the self-check, rated 1 to 5. The answer is kept in the browser
    under `id` (sjalvskattning.js), so the id must stay when the text is reworded. A new
    id lists the old ones (tidigare_id), and the browser reads saved ratings from them."""

    id: SvarsId
    text: Text
    tidigare_id: list[SvarsId] | None = None


class Skattningstema(Modell):
    """A theme of the self-check: one axis of the spider diagram, whose value is the mean
    of its statements."""

    id: SvarsId
    tema: Text
    lank: Text | None = None
    pastaenden: Annotated[list[Pastaende], Field(min_length=1, max_length=6)]


class Skala(Modell):
    """The words at the two ends of the scale from 1 to 5."""

    lag: Text
    hog: Text


class Sjalvskattning(Modell):
    """The self-check before and after a course (kurssidor.sjalvskattning)."""

    skala: Skala
    teman: list[Skattningstema]

    @field_validator("teman", mode="before")
    @classmethod
    def _minst_tre_axlar(cls, teman):
        # A spider diagram with fewer than three axes is a line, not a shape.
        if isinstance(teman, list) and not 3 <= len(teman) <= 8:
            raise fel(f"Självskattningen har {len(teman)} {'tema' if len(teman) == 1 else 'teman'}. "
                      "Ett spindeldiagram behöver "
                      "minst 3 och högst 8 teman.",
                      "Lägg till teman så att det blir minst 3, eller ta bort så att det blir högst 8. "
                      "Varje tema börjar med '- id:' på samma indrag som de andra.")
        return teman

    @field_validator("teman")
    @classmethod
    def _varje_id_en_gang(cls, teman):
        # Answers are saved under these ids: two equal ids would mix two answers up.
        sedda_teman: set[str] = set()
        sedda: dict[str, str] = {}
        for t, tema in enumerate(teman):
            if tema.id in sedda_teman:
                raise fel(f"Två teman har samma id, '{tema.id}'. Resultatet sparas under id, så "
                          "temana skulle blandas ihop.",
                          "Ge temat ett eget id som inget annat tema har.", t, "id")
            sedda_teman.add(tema.id)
            for p, pastaende in enumerate(tema.pastaenden):
                if pastaende.id in sedda:
                    var = (f"i temat '{tema.tema}'" if sedda[pastaende.id] == tema.tema
                           else f"i temat '{sedda[pastaende.id]}' och i temat '{tema.tema}'")
                    raise fel(f"Två påståenden har samma id, '{pastaende.id}' ({var}). Svaren sparas "
                              "under id, så de skulle blandas ihop.",
                              "Ge påståendet ett eget id. Ändra aldrig id på ett påstående som redan "
                              "används: då försvinner de svar som kursdeltagarna har sparat.",
                              t, "pastaenden", p, "id")
                sedda[pastaende.id] = tema.tema
        for t, tema in enumerate(teman):
            for p, pastaende in enumerate(tema.pastaenden):
                for g, gammalt in enumerate(pastaende.tidigare_id or []):
                    if gammalt in sedda:
                        raise fel(f"'{gammalt}' står under tidigare_id, men ett påstående har det id:t nu.",
                                  "Ta bort id:t ur tidigare_id, eller ge påståendet ett annat id.",
                                  t, "pastaenden", p, "tidigare_id", g)
        return teman

    @property
    def pastaenden(self) -> list[Pastaende]:
        return [p for t in self.teman for p in t.pastaenden]


class Materialkalla(Modell):
    """Material that is not on the site: what it is and where it comes from."""

    namn: Text
    kalla: Text
    lank: Text | None = None

    @field_validator("lank")
    @classmethod
    def _webbadress(cls, lank):
        if lank is not None and not re.fullmatch(r"https?://\S+", lank):
            raise fel(f"'lank' ska vara en hel webbadress som börjar med https://, inte '{lank}'.",
                      "Skriv hela adressen, eller ta bort raden lank: och länka sidan på webbplatsen "
                      "som en vanlig rad: \"[Text](../sida.md)\".")
        return lank


# A session's material: a Markdown link to a page on the site, or a named outside source.
Materialpost = Annotated[Annotated[Text, Tag("§text")] | Annotated[Materialkalla, Tag("§kalla")],
                         Discriminator(lambda v: "§kalla" if isinstance(v, dict) else "§text")]


class Forberedelse(Modell):
    """One thing a participant reads or does before a session, and how long it takes."""

    gora: Text
    minuter: Annotated[int, Field(ge=1, le=600)]


class Sok(Modell):
    exclude: bool | None = None
    boost: float | None = None


def _lattlast(varde):
    # The checker (kunskapsbank.lattlast) knows the levels and limits and reports them.
    if not isinstance(varde, (str, dict)):
        raise fel(f"'lattlast' ska vara en nivå eller nycklar under lattlast, inte '{varde}'.",
                  "Skriv lattlast: lattlast, lattlast: klarsprak eller lattlast: av.")
    return varde


def _granskas_om(varde):
    if isinstance(varde, int) and not isinstance(varde, bool) and varde > 0:
        return varde
    if isinstance(varde, str) and re.fullmatch(r"\d+ (månad|månader|år)", varde.strip()):
        return varde.strip()
    raise fel(f"'granskas_om' ska vara en tid som '12 månader' eller '1 år', inte '{varde}'.",
              "Skriv till exempel granskas_om: 12 månader.")


class Sidhuvud(Modell):
    """Every key a page may have in its front matter."""

    # MkDocs and Material for MkDocs
    title: Text | None = None
    description: Text | None = None
    template: Text | None = None
    status: Text | None = None
    subtitle: Text | None = None
    icon: Text | None = None
    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] | None = None
    search: Sok | None = None
    # Words readers search with that the page does not use ("radardiagram" for a page that
    # says "spindeldiagram"): the search finds the page by them (kunskapsbank.sok.sokindex)
    sokord: Texter | None = None
    # The site: the checker's level and limits, the page's language (overrides/main.html)
    # and the accessibility statement (hooks/kurssidor.py)
    lattlast: Annotated[Any, BeforeValidator(_lattlast)] = None
    sprak: Text | None = None
    redogorelse: bool | None = None
    modul: Text | None = None               # a part of the material: a key of extra.moduldelar
    # Who the page is for: the menu keeps participants' pages apart from the trainers' and
    # editors' tools (kunskapsbank.kontroller.meny). Without it: deltagare.
    lasare: Literal["deltagare", "utbildare", "redaktorer"] | None = None
    # A translation: the commit of the Swedish page it translates (kunskapsbank.sidor.oversattning)
    oversatt_fran: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{7,40}$")] | None = None
    # The sources the page rests on: keys of docs/_data/kallor.yml (kallor.kallhanvisningar)
    kallor: Annotated[list[Annotated[str, StringConstraints(min_length=1)]], Field(min_length=1)] | None = None
    # Review: when a page was last checked, when to check it again and who does it
    granskad: datetime.date | None = None
    granskas_om: Annotated[Any, BeforeValidator(_granskas_om)] = None
    ansvarig: Text | None = None
    # A course session or an exercise: the summary box (kunskapsbank.sidor.kurssidor)
    kurstillfalle: bool | None = None
    ovning: bool | None = None
    kurs: Text | None = None
    malgrupp: Text | None = None
    tid: Text | None = None
    syfte: Text | None = None
    gruppstorlek: Text | None = None
    mal: Texter | None = None
    material: Annotated[list[Materialpost], BeforeValidator(_en_eller_flera)] | None = None
    # A participants' page before a session (kunskapsbank.sidor.kurssidor.infor): the
    # session's page, what the participant can do after it and what to do before it
    infor: Text | None = None
    efter_dagen: Texter | None = None
    forbered: Annotated[list[Forberedelse], Field(min_length=1)] | None = None
    # A handout (role cards, worksheets, evaluation forms): every ## starts a card or a
    # sheet; per_sida of them share an A4 page, with a cut line between
    utdelning: bool | None = None
    # A tool that runs in the browser ("Mina svar", "Sammanställ svaren"): it states no
    # facts, so like a handout it may name no source
    verktyg: bool | None = None
    per_sida: Literal[1, 2] | None = None
    utvardering: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")] | None = None
    # The knowledge test and the reflection form
    fragor: Annotated[list[Fraga], Field(min_length=1)] | None = None
    godkant: Annotated[int, Field(ge=1)] | None = None
    reflektion: Annotated[list[Reflektionskapitel], Field(min_length=1)] | None = None
    # Ids of reflection questions or self-check statements removed on purpose: their saved answers may go.
    borttagna_id: list[SvarsId] | None = None
    # The self-check before and after a course: themes, statements and the scale's ends
    sjalvskattning: Sjalvskattning | None = None

    @field_validator("modul")
    @classmethod
    def _del_som_finns(cls, modul, info):
        finns = [m for m in (info.context or {}).get("moduler") or () if m != "engelska"]
        if modul is not None and finns and modul not in finns:
            raise fel(f"'modul' är '{modul}', men materialet har ingen sådan del.",
                      f"Skriv en av delarna: {', '.join(finns)}.")
        return modul

    @field_validator("kallor")
    @classmethod
    def _kallor_som_finns(cls, kallor, info):
        finns = (info.context or {}).get("kallor")
        for i, nyckel in enumerate(kallor or ()):
            if finns is not None and nyckel not in finns:
                lika = difflib.get_close_matches(nyckel, finns, n=1, cutoff=0.6)
                raise fel(f"Källan '{nyckel}' finns inte i docs/_data/kallor.yml.",
                          (f"Menade du '{lika[0]}'? " if lika else "")
                          + "Skriv en av källorna i listan, eller lägg till källan i docs/_data/kallor.yml.", i)
            if nyckel in kallor[:i]:
                raise fel(f"Källan '{nyckel}' står två gånger.", "Ta bort den ena.", i)
        return kallor

    @field_validator("granskad")
    @classmethod
    def _inte_i_framtiden(cls, granskad):
        if granskad is not None and granskad > datetime.date.today():
            raise fel(f"'granskad' är {granskad.isoformat()}, en dag som inte har kommit än.",
                      "Skriv dagen då du kontrollerade fakta på sidan, senast i dag "
                      f"({datetime.date.today().isoformat()}).")
        return granskad

    @model_validator(mode="after")
    def _sammanfattningen_ar_hel(self):
        if self.kurstillfalle and self.ovning:
            raise fel("Sidan kan inte vara både kurstillfälle och övning.",
                      "Ta bort raden kurstillfalle eller raden ovning.", "ovning")
        for flagga, nycklar, vad in (("kurstillfalle", KURSTILLFALLE_NYCKLAR, "ett kurstillfälle"),
                                     ("ovning", OVNING_NYCKLAR, "en övning")):
            if getattr(self, flagga):
                saknas = [n for n in nycklar if getattr(self, n) is None]
                if saknas:
                    raise fel(f"Sidan är {vad} ({flagga}: true), men sidhuvudet saknar "
                              f"{', '.join(saknas)}.",
                              f"Lägg till raderna i sidhuvudet, till exempel '{saknas[0]}: ...'.", flagga)
        return self

    @model_validator(mode="after")
    def _materialet_gar_att_hitta(self):
        for i, post in enumerate(self.material or []):
            if isinstance(post, str) and self.kurstillfalle and not MD_LANK.search(post):
                raise fel(f"Materialet \"{post}\" har ingen länk och ingen källa. Utbildaren vet "
                          "inte var det finns.",
                          "Gör raden till en länk till sidan, till exempel "
                          "\"[Lathunden](../../lathund/introducera-bip.md)\", eller skriv var det "
                          "kommer ifrån: namn: ... och kalla: ... på egna rader.", "material", i)
        return self

    @model_validator(mode="after")
    def _inforsidan_ar_hel(self):
        saknas = [n for n in ("efter_dagen", "forbered") if self.infor and getattr(self, n) is None]
        if saknas:
            raise fel(f"Sidan gäller inför ett kurstillfälle (infor:), men sidhuvudet saknar {', '.join(saknas)}.",
                      "Lägg till efter_dagen: (det kursdeltagaren kan efter dagen) och forbered: "
                      "(det hen läser eller gör före, med minuter).", "infor")
        if self.infor is None:
            for nyckel in ("efter_dagen", "forbered"):
                if getattr(self, nyckel) is not None:
                    raise fel(f"'{nyckel}' står på en sida utan raden infor:.",
                              "Skriv infor: och sökvägen till kurstillfällets sida, till exempel "
                              "infor: bip/kurser/bip1-heldag.md.", nyckel)
        if (self.per_sida is not None or self.utvardering is not None) and not self.utdelning:
            raise fel("'per_sida' och 'utvardering' gäller bara utdelningsblad.",
                      "Lägg till raden utdelning: true, eller ta bort raden.",
                      "per_sida" if self.per_sida is not None else "utvardering")
        return self

    @model_validator(mode="after")
    def _testet_gar_att_klara(self):
        if self.godkant is not None and self.fragor is None:
            raise fel("'godkant' står på en sida utan kunskapstest ('fragor').",
                      "Ta bort raden godkant, eller lägg till frågorna under 'fragor:'.", "godkant")
        if self.godkant is not None and self.godkant > len(self.fragor):
            raise fel(f"'godkant' är {self.godkant}, men testet har bara {len(self.fragor)} frågor.",
                      f"Skriv ett tal från 1 till {len(self.fragor)}.", "godkant")
        return self

    @model_validator(mode="after")
    def _varje_svar_har_egen_plats(self):
        sedda: dict[str, int] = {}
        for k, kapitel in enumerate(self.reflektion or []):
            for f, fraga in enumerate(kapitel.fragor):
                if fraga.id in sedda:
                    raise fel(f"Två reflektionsfrågor har samma id, '{fraga.id}'. Svaren sparas "
                              f"under id, så de skulle blandas ihop.",
                              "Ge frågan ett eget id som ingen annan fråga på sidan har. Ändra "
                              "aldrig id på en fråga som redan används: då försvinner svaren.",
                              "reflektion", k, "fragor", f, "id")
                sedda[fraga.id] = k
        for k, kapitel in enumerate(self.reflektion or []):
            for f, fraga in enumerate(kapitel.fragor):
                for t, gammalt in enumerate(fraga.tidigare_id or []):
                    if gammalt in sedda:
                        raise fel(f"'{gammalt}' står under tidigare_id, men en fråga på sidan har det id:t nu.",
                                  "Ta bort id:t ur tidigare_id, eller ge frågan ett annat id.",
                                  "reflektion", k, "fragor", f, "tidigare_id", t)
        return self

    @property
    def svars_id(self) -> set[str]:
        """Every id a saved answer on this page may have (reflection questions and the
        self-check's statements): today's and earlier ones."""
        pastaenden = self.sjalvskattning.pastaenden if self.sjalvskattning else []
        return {i for k in self.reflektion or [] for f in k.fragor for i in [f.id, *(f.tidigare_id or [])]} \
            | {i for p in pastaenden for i in [p.id, *(p.tidigare_id or [])]} | set(self.borttagna_id or [])

    @property
    def antal_reflektionsfragor(self) -> int:
        return sum(len(k.fragor) for k in self.reflektion or [])


# --- How many questions the page says it has ------------------------------------------

_ENTAL = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
          "åtta": 8, "nio": 9}
_TAL = {**_ENTAL, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14,
        "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19}
for _tiotal, _varde in (("tjugo", 20), ("trettio", 30), ("fyrtio", 40), ("femtio", 50)):
    _TAL[_tiotal] = _varde
    _TAL.update({_tiotal + ord_: _varde + tal for ord_, tal in _ENTAL.items()})
PASTAENDE = re.compile(r"(?<![\w-])(?P<tal>\d+|" + "|".join(sorted(_TAL, key=len, reverse=True))
                       # "Elva egna frågor": up to two words may stand between.
                       + r")(?:\s+[^\W\d]+){0,2}?\s+(?:reflektions)?frågor(?:na)?\b", re.IGNORECASE)


def _pastaenden(text: str, start: int):
    """(number, words, index) for each "11 frågor" / "Tjugo frågor" in `text`."""
    for m in PASTAENDE.finditer(text):
        tal = m.group("tal").lower()
        yield (int(tal) if tal.isdigit() else _TAL[tal]), m.group(0), start + m.start()


def _antal_fel(kalla: str, fm_start: int, fm_slut: int, nod, sida: Sidhuvud, fil: str) -> list[InnehallsFel]:
    """A page that says how many questions it has must have that many: a slipped indent
    can merge or drop questions without any YAML error."""
    if sida.fragor is not None:
        antal, vad = len(sida.fragor), "testet"
    elif sida.reflektion is not None:
        antal, vad = sida.antal_reflektionsfragor, "reflektionen"
    else:
        return []
    stallen = []
    for nyckel in ("title", "description"):
        varde = nod_vid(nod, (nyckel,))
        if varde is not None and varde is not nod:
            stallen += _pastaenden(kalla[fm_start + varde.start_mark.index:fm_start + varde.end_mark.index],
                                   fm_start + varde.start_mark.index)
    pos, brodtext = fm_slut, kalla[fm_slut:].splitlines(keepends=True)
    for rad, i_kod in zip(brodtext, kodrader([r.rstrip("\n") for r in brodtext])):
        if not i_kod:
            stallen += _pastaenden(rad, pos)
        pos += len(rad)
    fynd = []
    for tal, ord_, index in stallen:
        if tal != antal:
            rad = kalla.count("\n", 0, index) + 1
            kolumn = index - (kalla.rfind("\n", 0, index) + 1) + 1
            fynd.append(InnehallsFel(
                fil, rad, kolumn=kolumn,
                meddelande=f"Sidan säger '{ord_}', men {vad} har {antal} frågor.",
                atgard="Har en fråga försvunnit eller slagits ihop med en annan? Kontrollera "
                       "indragen: varje fråga börjar med '- ' på samma indrag som de andra. Har "
                       f"antalet ändrats med flit, skriv då {antal} i texten."))
    return fynd


def _ihopslagna_punkter(nod, text: str, fil: str) -> list[InnehallsFel]:
    """A list item whose line lost its '- ' joins the item above: two bullets, questions
    or alternatives become one without any YAML error. Unquoted text in a list that
    goes on over several lines is taken for that (quoted text may span lines)."""
    rader, fynd = text.split("\n"), []
    for punkt in (p for n in alla_noder(nod) if isinstance(n, yaml.SequenceNode) for p in n.value):
        if isinstance(punkt, yaml.ScalarNode) and punkt.style is None and punkt.end_mark.line > punkt.start_mark.line:
            rad = punkt.start_mark.line + 1
            kolumn = len(rader[rad]) - len(rader[rad].lstrip()) + 1
            fynd.append(InnehallsFel(
                fil, rad + 2, "Raden saknar '- ', så den blir en del av punkten ovanför.",
                "Är det en ny punkt, skriv '- ' först, med samma indrag som de andra "
                "punkterna. Är det samma text som fortsätter, sätt hela punkten inom "
                "citattecken.", kolumn))
    return sorted(fynd, key=lambda f: f.rad)


def _sidhuvudets_form(kalla: str, fil: str) -> list[InnehallsFel]:
    """A front matter block that MkDocs would not read as one: printed on the page as
    text, and what it says (the title, the questions) lost without a word."""
    rader = kalla.split("\n")
    forsta = next((i for i, r in enumerate(rader) if r.strip()), None)
    if forsta is None:
        return []
    if forsta > 0 and rader[forsta].rstrip() == "---" and _ser_ut_som_yaml(rader, forsta):
        return [InnehallsFel(fil, forsta + 1, "Sidhuvudet börjar inte på rad 1. Då läses det inte som "
                             "sidhuvud utan visas som text på sidan.",
                             f"Ta bort de tomma raderna före ---, så att --- står på rad 1.")]
    if not har_sidhuvud(rader):
        return []
    slut = sidhuvudets_slut(rader)
    if slut is None:
        ledtrad = next((i for i in range(1, len(rader)) if not rader[i].strip() or rader[i].startswith("#")), None)
        var = f", till exempel före rad {ledtrad + 1}" if ledtrad else ""
        return [InnehallsFel(fil, 1, "Sidhuvudet börjar med --- men stängs aldrig med en rad ---. Då visas "
                             "raderna som text på sidan, och titel och frågor i sidhuvudet försvinner.",
                             f"Skriv en rad med bara --- efter sidhuvudets sista rad{var}.")]
    # A closing --- that is really a rule further down the page: the page's heading and
    # its first paragraph stand inside the "front matter" (a YAML comment and prose).
    for i in range(2, slut):
        if rader[i - 1].strip() or not re.match(r"^#{1,6} \S", rader[i]):
            continue
        text = next((r for r in rader[i + 1:slut] if r.strip()), "")
        if text and not re.match(r"^([A-Za-z_][\w-]*:(\s|$)|[-#\s])", text):
            return [InnehallsFel(fil, 1, "Sidhuvudet börjar med --- men stängs inte före sidans rubrik på "
                                 f"rad {i + 1}. Då visas raderna som text på sidan, och titel och frågor i "
                                 "sidhuvudet försvinner.",
                                 f"Skriv en rad med bara --- efter sidhuvudets sista rad, före rad {i + 1}.")]
    nasta = next((i for i in range(slut + 1, len(rader)) if rader[i].strip()), None)
    if nasta is not None and rader[nasta].rstrip() == "---" and _ser_ut_som_yaml(rader, nasta):
        return [InnehallsFel(fil, nasta + 1, "Sidan har ett andra sidhuvud (--- ... ---). Bara det första "
                             "läses; det andra visas som text på sidan.",
                             "Flytta raderna in i det första sidhuvudet och ta bort det andra blocket.")]
    return []


def _ser_ut_som_yaml(rader: list[str], start: int) -> bool:
    """Does a `---` line at `start` open a block of YAML keys that another `---` closes?"""
    slut = next((i for i in range(start + 1, len(rader)) if rader[i].rstrip() in ("---", "...")), None)
    nycklar = [r for r in rader[start + 1:slut or start + 1] if r.strip()]
    return bool(nycklar) and bool(re.match(r"^[A-Za-z_][\w-]*:(\s|$)", nycklar[0]))


def _avklippt_av_kommentar(nod, text: str, fil: str) -> list[InnehallsFel]:
    """Text that YAML cut at ' #': what follows is a comment and is lost, so a question
    like 'Vad hör till punkt #6?' is published as 'Vad hör till punkt'."""
    rader, fynd = text.split("\n"), []
    for n in alla_noder(nod):
        if (isinstance(n, yaml.ScalarNode) and n.style is None and n.tag == "tag:yaml.org,2002:str"
                and n.end_mark.line < len(rader)
                and (m := re.match(r"^\s+#", resten := rader[n.end_mark.line][n.end_mark.column:]))):
            fynd.append(InnehallsFel(
                fil, n.end_mark.line + 2, f"Texten efter # räknas som en kommentar och försvinner: "
                f"\"{resten.strip()[:40]}\". Kvar blir bara \"{n.value}\".",
                "Sätt hela texten inom citattecken. Ska det vara en kommentar, skriv den på en egen rad.",
                n.end_mark.column + m.end()))
    return sorted(fynd, key=lambda f: f.rad)


def granska_sidhuvud(kalla: str, fil: str, moduler: tuple[str, ...] | None = None,
                     kallnycklar: tuple[str, ...] | None = None) -> tuple[Sidhuvud | None, list[InnehallsFel]]:
    """Read and check the front matter of a page's source. Returns (front matter, [])
    or (None, every problem found). moduler: the parts of the material, for `modul:`;
    kallnycklar: the keys of the source list, for `kallor:`."""
    kalla = kalla.lstrip("\ufeff").replace("\r\n", "\n")
    if (fynd := _sidhuvudets_form(kalla, fil)):
        return None, fynd
    rader = kalla.split("\n")
    yaml_text = sidhuvudets_text(rader)
    if yaml_text is None:
        return Sidhuvud(), []
    try:
        data, nod = las_mapping(yaml_text, fil, forsta_rad=2)
    except InnehallsFel as err:
        return None, [err]
    sida, fynd = validera(Sidhuvud, data, nod, fil, forsta_rad=2, kontext={"moduler": moduler, "kallor": kallnycklar})
    fynd = sorted(fynd + _ihopslagna_punkter(nod, yaml_text, fil) + _avklippt_av_kommentar(nod, yaml_text, fil),
                  key=lambda f: (f.rad or 0, f.kolumn or 0))
    if sida is None or fynd:
        return None, fynd
    # Offsets in kalla: where the YAML starts (after the first line) and the body starts.
    brodtext = sum(len(r) + 1 for r in rader[:brodtextens_start(rader)])
    fynd = _antal_fel(kalla, len(rader[0]) + 1, brodtext, nod, sida, fil)
    return (None if fynd else sida), fynd


def las_sidhuvud(kalla: str, fil: str) -> Sidhuvud:
    """The checked front matter; raises the first problem as InnehallsFel."""
    sida, fynd = granska_sidhuvud(kalla, fil)
    if fynd:
        raise fynd[0]
    return sida


def sidtitel(kalla: str, sidhuvud: Sidhuvud | None, reserv: str) -> str:
    """The title a page shows: its front matter title, else its first main heading."""
    if sidhuvud is not None and sidhuvud.title:
        return sidhuvud.title
    rader = kalla.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    m = re.search(r"^# +(.+?)\s*#*\s*$", "\n".join(rader[brodtextens_start(rader):]), re.MULTILINE)
    return m.group(1).strip() if m else reserv


def granska_fil(path: Path, fil: str, moduler: tuple[str, ...] | None = None,
                kallnycklar: tuple[str, ...] | None = None) -> tuple[Sidhuvud | None, list[InnehallsFel]]:
    try:
        kalla = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        return None, [InnehallsFel(fil, None, f"Filen går inte att läsa ({err.__class__.__name__}).",
                                   "Spara filen som UTF-8.")]
    return granska_sidhuvud(kalla, fil, moduler, kallnycklar)
