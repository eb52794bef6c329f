"""Course pages from front matter: the summary box of a course session or exercise,
the knowledge test, the reflection form and the self-check.

Every function takes the page's checked front matter (kunskapsbank.kallor.sidhuvud, which
reports every mistake with file, line and a Swedish fix) and returns Markdown (with HTML
where a form needs it), so any site engine that renders Markdown can use it.
"""

from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

from kunskapsbank.grund.markdownkalla import kodrader
from kunskapsbank.kallor.moduler import delens_namn, sidan_matchar
from kunskapsbank.kallor.sidhuvud import BOKSTAVER, KURSTILLFALLE_NYCKLAR, OVNING_NYCKLAR, Materialkalla, Sidhuvud

ETIKETTER = {"kurs": "Kurs", "malgrupp": "Målgrupp", "tid": "Tid", "syfte": "Syfte",
             "gruppstorlek": "Gruppstorlek", "mal": "Mål", "material": "Material"}


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def sammanfattning(sida: Sidhuvud) -> str | None:
    """The summary box for a course session (kurstillfalle) or exercise (ovning)."""
    if not (sida.kurstillfalle or sida.ovning):
        return None
    nycklar = (("kurs",) if sida.kurs else ()) + (
        KURSTILLFALLE_NYCKLAR if sida.kurstillfalle else OVNING_NYCKLAR)
    rubrik = "Om övningen" if sida.ovning else "Om kurstillfället"
    # markdown="1" down to the material's <dd>: its links are resolved like any link in the text.
    rader = [f'<aside class="kb-sammanfattning" aria-label="{rubrik}" markdown="1">',
             f'<p class="kb-sammanfattning__rubrik">{rubrik}</p>', '<dl markdown="1">']
    for nyckel in nycklar:
        varde = getattr(sida, nyckel)
        varden = varde if isinstance(varde, list) else [varde]
        rader.append(f"<dt>{ETIKETTER[nyckel]}</dt>")
        if nyckel == "material":
            rader += ['<dd markdown="block">', ""] + [f"- {_materialpost(v)}" for v in varden] + ["", "</dd>"]
        elif len(varden) == 1 and nyckel not in ("mal", "material"):
            rader.append(f"<dd>{_e(varden[0])}</dd>")
        else:
            rader.append("<dd><ul>" + "".join(f"<li>{_e(v)}</li>" for v in varden) + "</ul></dd>")
    rader += ["</dl>", "</aside>"]
    return "\n".join(rader)


def _materialpost(post) -> str:
    """A material item: a link to a page as written, or what it is and where it comes from."""
    if isinstance(post, Materialkalla):
        lank = f" [{_e(urlsplit(post.lank).hostname or post.lank)}]({post.lank})" if post.lank else ""
        return f'{_e(post.namn)}. <span class="kb-materialkalla">{_e(post.kalla)}</span>{lank}'
    return html.escape(str(post), quote=False)    # the link's own Markdown stays


def infor(sida: Sidhuvud) -> str | None:
    """What a participant can do after the session, and what to read or do before it,
    with the minutes each takes and the total."""
    if sida.infor is None:
        return None
    ut = ["## Efter dagen kan du", ""] + [f"- {mal}" for mal in sida.efter_dagen] + [""]
    ut += ["## Det här gör du före", "", "| Vad du gör | Tid |", "|---|---|"]
    ut += [f"| {f.gora.replace('|', '&#124;')} | {f.minuter} minuter |" for f in sida.forbered]
    ut += [f"| **Totalt** | **{sum(f.minuter for f in sida.forbered)} minuter** |", ""]
    return "\n".join(ut)


def utvarderingsformular(form) -> str:
    """An evaluation form to print or fill in, and its questions as plain text for a survey tool."""
    ut = [f'<form class="kb-utvardering" aria-label="Utvärdering av {_e(form.kurs)}">']
    text = []
    for nr, f in enumerate(form.fragor, 1):
        if f.typ == "fritext":
            # The text box inside its label: the whole-site print page rewrites every id.
            ut.append(f'<div class="kb-utvardering__fraga"><label><span class="kb-utvardering__text">'
                      f'{nr}. {_e(f.fraga)}</span><textarea name="utv-{_e(f.id)}" rows="4"></textarea>'
                      '</label></div>')
            text.append(f"{nr}. {f.fraga} (fritext)")
        else:
            alternativ = "".join(f'<label><input type="radio" name="utv-{_e(f.id)}" value="{i}"> {_e(a)}</label>'
                                 for i, a in enumerate(f.alternativ, 1))
            ut.append(f'<fieldset class="kb-utvardering__fraga"><legend>{nr}. {_e(f.fraga)}</legend>'
                      f'<div class="kb-utvardering__alternativ">{alternativ}</div></fieldset>')
            text.append(f"{nr}. {f.fraga} ({' / '.join(f.alternativ)})")
    ut.append("</form>")
    # Not on paper: a förbund copies these into its own survey tool.
    ut.append('<div class="kb-kopiera"><p><strong>Frågorna som text</strong>, att klistra in i ett '
              f'enkätverktyg:</p><pre><code>{_e(chr(10).join(text))}</code></pre></div>')
    return "\n".join(ut) + "\n"


def utdelning(markdown: str, sida: Sidhuvud) -> str:
    """A handout: every ## section becomes a card (class kb-kort), per_sida to an A4 page.
    Headings inside fenced code stay text."""
    if not sida.utdelning:
        return markdown
    klass = "kb-kort kb-kort--halv" if sida.per_sida == 2 else "kb-kort"
    rader = markdown.split("\n")
    ut, oppet = [], False
    for rad, i_kod in zip(rader, kodrader(rader)):
        if not i_kod and rad.startswith("## "):
            if oppet:
                ut += ["", "</section>", ""]
            ut += [f'<section class="{klass}" markdown="1">', ""]
            oppet = True
        ut.append(rad)
    if oppet:
        ut += ["", "</section>", ""]
    return "\n".join(ut)


@dataclass(frozen=True)
class Intyg:
    """What the certificate of a passed test shows besides the result. It is written into
    the form as data attributes at build time, so kunskapstest.js builds the certificate
    without asking the network for anything."""

    test: str       # the page's source path without .md: names the result in the browser's storage
    kurs: str       # what the test is about, e.g. "VTA"
    titel: str      # the page's title, kept with the result
    forbund: str    # the förbund's full name (docs/lokalt/forbund.yml)
    logga: str      # the förbund's logo, as an address relative to the page


def kursens_namn(sida: Sidhuvud, src: str, moduldelar: dict[str, list[str]]) -> str:
    """The course a test page belongs to: its `modul:`, else the part of the material
    that owns the page (extra.moduldelar), else the page's title."""
    modul = sida.modul or next((m for m, monster in moduldelar.items()
                                if any(sidan_matchar(src, x) for x in monster)), None)
    return delens_namn(modul) if modul else (sida.title or "")


def kunskapstest(sida: Sidhuvud, intyg: Intyg | None = None) -> str | None:
    """The knowledge test: a form that works with keyboard and screen reader (graded by
    kunskapstest.js), and an answer key in a collapsed block that makes sense in print
    and without JavaScript. With `intyg`, a participant who passes gets a certificate."""
    if sida.fragor is None:
        return None
    fragor = sida.fragor
    godkant = sida.godkant or len(fragor)
    data = "".join(f' data-{nyckel}="{_e(varde)}"' for nyckel, varde in asdict(intyg).items()) if intyg else ""
    ut = [f'<form class="kb-test" data-godkant="{godkant}" data-antal="{len(fragor)}"{data} '
          f'aria-label="Kunskapstest" novalidate markdown="1">', ""]
    for nr, f in enumerate(fragor, 1):
        ut.append(f'<fieldset class="kb-fraga" id="fraga-{nr}" data-ratt="{f.ratt_nr}" markdown="1">')
        ut.append(f'<legend>Fråga {nr} av {len(fragor)}. {_e(f.fraga)}</legend>')
        ut.append('<div class="kb-alternativ">')
        for i, alternativ in enumerate(f.alternativ, 1):
            ut.append(f'<label><input type="radio" name="fraga-{nr}" value="{i}"> '
                      f'<span class="kb-bokstav">{BOKSTAVER[i - 1]}.</span> {_e(alternativ)}</label>')
        ut.append("</div>")
        lank = f" Läs mer i [kapitlet]({f.kapitel})." if f.kapitel else ""
        ut += ['<div class="kb-aterkoppling" hidden markdown="1">', "",
               f'<span class="kb-aterkoppling__svar"></span> '
               f'<span class="kb-forklaring">{_e(f.forklaring)}</span>{lank}', "",
               "</div>", "</fieldset>", ""]
    ut += ['<div class="kb-test__knappar">',
           '<button type="submit" class="md-button md-button--primary">Rätta testet</button>',
           '<button type="reset" class="md-button">Börja om</button>', "</div>",
           '<p class="kb-resultat" role="status" aria-live="polite"></p>', "</form>", ""]
    ut += [f'??? facit "Facit: rätt svar på alla {len(fragor)} frågor"', ""]
    for nr, f in enumerate(fragor, 1):
        lank = f" [Läs mer]({f.kapitel})." if f.kapitel else ""
        ut.append(f"    {nr}. {BOKSTAVER[f.ratt_nr - 1]}. {f.ratt}. {f.forklaring}{lank}")
    ut.append("")
    return "\n".join(ut)


def reflektion(sida: Sidhuvud) -> str | None:
    """The reflection form: a text box per question; reflektion.js keeps each answer in
    the browser's own storage under the question's id (data-svar), so an answer stays
    with its question when questions are added or moved."""
    if sida.reflektion is None:
        return None
    ut = ['<form class="kb-reflektion" aria-label="Reflektionsfrågor" markdown="1">', ""]
    nr = 0
    for k in sida.reflektion:
        ut += [f"## {k.kapitel}", ""]
        if k.lank:
            ut += [f"Läs [kapitlet]({k.lank}) först.", ""]
        for fraga in k.fragor:
            nr += 1
            # Answers saved under an earlier id are moved to this one (reflektion.js).
            tidigare = f' data-tidigare="{_e(" ".join(fraga.tidigare_id))}"' if fraga.tidigare_id else ""
            # The text box sits inside its label, so the label holds even where ids are
            # rewritten (the whole-site print page prefixes every id).
            ut += [f'<div class="kb-reflektion__fraga"><label><span class="kb-reflektion__text">'
                   f'{nr}. {_e(fraga.fraga)}</span><textarea id="reflektion-{nr}" name="reflektion-{nr}" '
                   f'data-svar="{_e(fraga.id)}"{tidigare} rows="4"></textarea></label></div>', ""]
    ut += ['<div class="kb-reflektion__knappar">',
           '<button type="button" class="md-button md-button--primary" data-atgard="ladda-ner">'
           "Ladda ner svaren som fil</button>",
           '<button type="button" class="md-button" data-atgard="skriv-ut">Skriv ut</button>',
           '<button type="button" class="md-button" data-atgard="tom">Töm alla svar</button>',
           "</div>",
           '<p class="kb-reflektion__status" role="status" aria-live="polite"></p>', "</form>", ""]
    return "\n".join(ut)


def sjalvskattning(sida: Sidhuvud) -> str | None:
    """The self-check: a statement per fieldset, rated 1 to 5 with radio buttons, grouped
    by theme under a heading of its own. sjalvskattning.js saves the answers in the
    browser and draws the result (a spider diagram and a table) in the section after the
    form. Without JavaScript the form is still readable, and on paper it is a form to tick."""
    if sida.sjalvskattning is None:
        return None
    skattning = sida.sjalvskattning
    ut = ['<div class="kb-sjalvskattning" markdown="1">', "",
          '<form class="kb-sjalvskattning__formular" aria-label="Självskattning" novalidate markdown="1">', "",
          '<fieldset class="kb-sjalvskattning__tillfalle">',
          # No `checked` here: sjalvskattning.js picks "after" once "before" is saved.
          "<legend>När svarar du?</legend>",
          '<div class="kb-sjalvskattning__val">',
          '<label><input type="radio" name="sk-tillfalle" value="fore"> Före kursen</label>',
          '<label><input type="radio" name="sk-tillfalle" value="efter"> Efter kursen</label>',
          "</div>", "</fieldset>", ""]
    nr = 0
    for tema in skattning.teman:
        ut += [f'<section class="kb-sjalvskattning__tema" data-tema="{_e(tema.id)}" '
               f'data-namn="{_e(tema.tema)}" markdown="1">', "", f"## {tema.tema}", ""]
        if tema.lank:
            ut += [f"Läs mer om temat på sidan [{_e(tema.tema)}]({tema.lank}).", ""]
        for pastaende in tema.pastaenden:
            nr += 1
            # A statement whose id was changed lists its earlier ids: sjalvskattning.js reads
            # ratings saved under them.
            tidigare = f' data-tidigare="{_e(" ".join(pastaende.tidigare_id))}"' if pastaende.tidigare_id else ""
            ut.append(f'<fieldset class="kb-sjalvskattning__pastaende" data-pastaende="{_e(pastaende.id)}"{tidigare}>')
            ut.append(f"<legend>{nr}. {_e(pastaende.text)}</legend>")
            ut.append('<div class="kb-sjalvskattning__skala">')
            for varde in range(1, 6):
                ande = {1: skattning.skala.lag, 5: skattning.skala.hog}.get(varde)
                text = f' <span class="kb-sjalvskattning__ande">{_e(ande)}</span>' if ande else ""
                ut.append(f'<label><input type="radio" name="sk-{_e(pastaende.id)}" value="{varde}"> '
                          f'<span class="kb-sjalvskattning__siffra">{varde}</span>{text}</label>')
            ut += ["</div>", "</fieldset>"]
        ut += ["", "</section>", ""]
    ut += ['<div class="kb-sjalvskattning__knappar">',
           '<button type="submit" class="md-button md-button--primary">Spara mina svar</button>',
           '<button type="button" class="md-button" data-atgard="ta-bort">Ta bort mina svar</button>',
           "</div>",
           '<p class="kb-sjalvskattning__status" role="status" aria-live="polite"></p>', "</form>", ""]
    # The result: drawn by sjalvskattning.js from the saved answers; the heading and the
    # words stay in the page so they are searchable and readable without the script.
    ut += ['<section class="kb-sjalvskattning__resultat" markdown="1">', "", "## Ditt resultat", "",
           '<p class="kb-sjalvskattning__tomt">När du har sparat dina svar visar sidan ditt resultat här.</p>',
           '<div class="kb-sjalvskattning__visning" hidden>',
           '<div class="kb-sjalvskattning__bild">',
           '<div class="kb-spindel"></div>',
           '<ul class="kb-spindel__forklaring"></ul>',
           "</div>",
           '<div class="kb-sjalvskattning__tabellram">',
           "<table>",
           "<caption>Ditt resultat per tema. Siffrorna är medelvärden från 1 till 5.</caption>",
           "<thead></thead><tbody></tbody>",
           "</table>",
           "</div>",
           "</div>", "", "</section>", "", "</div>", ""]
    return "\n".join(ut)


H1 = re.compile(r"^# .*$", re.MULTILINE)


def infoga_efter_rubrik(markdown: str, tillagg: str) -> str:
    """Put generated content right after the page's H1 (or first, when there is none)."""
    m = H1.search(markdown)
    if not m:
        return tillagg + "\n\n" + markdown
    return markdown[:m.end()] + "\n\n" + tillagg + "\n" + markdown[m.end():]


def lagg_till(markdown: str, sida: Sidhuvud | None, utvardering=None, intyg: Intyg | None = None) -> str:
    """The page's Markdown with what its front matter asks for: the summary box or the
    participant's preparation after the heading, a handout's cards, the evaluation form,
    the knowledge test, the reflection form and the self-check last. `utvardering`: the
    form the page names (kunskapsbank.kallor.utvardering); `intyg`: what the test's certificate shows."""
    if sida is None:
        return markdown
    markdown = utdelning(markdown, sida)
    if ruta := sammanfattning(sida) or infor(sida):
        markdown = infoga_efter_rubrik(markdown, ruta)
    if utvardering is not None:
        markdown = markdown.rstrip() + "\n\n" + utvarderingsformular(utvardering)
    for tillagg in (kunskapstest(sida, intyg), reflektion(sida), sjalvskattning(sida)):
        if tillagg:
            markdown = markdown.rstrip() + "\n\n" + tillagg
    return markdown
