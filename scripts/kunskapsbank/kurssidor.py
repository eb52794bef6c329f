"""Course pages from front matter: the summary box of a course session or exercise,
the knowledge test and the reflection form.

Every function takes the page's front matter and returns Markdown (with HTML where a
form needs it), so any site engine that renders Markdown can use it. Bad front matter
raises InnehallsFel with the file and a Swedish fix.
"""

from __future__ import annotations

import html
import re

from .fel import InnehallsFel

KURSTILLFALLE_NYCKLAR = ("malgrupp", "tid", "mal", "material")
OVNING_NYCKLAR = ("syfte", "tid", "gruppstorlek", "material")
ETIKETTER = {"kurs": "Kurs", "malgrupp": "Målgrupp", "tid": "Tid", "syfte": "Syfte",
             "gruppstorlek": "Gruppstorlek", "mal": "Mål", "material": "Material"}


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _lista(varde) -> list[str]:
    if varde is None:
        return []
    return [str(v) for v in varde] if isinstance(varde, list) else [str(varde)]


def saknade_nycklar(meta: dict) -> list[str]:
    """The schema keys a course session or exercise page lacks (empty = complete)."""
    if meta.get("kurstillfalle"):
        nycklar = KURSTILLFALLE_NYCKLAR
    elif meta.get("ovning"):
        nycklar = OVNING_NYCKLAR
    else:
        return []
    return [n for n in nycklar if not meta.get(n)]


def sammanfattning(meta: dict, fil: str) -> str | None:
    """The summary box for a course session (kurstillfalle) or exercise (ovning)."""
    if not (meta.get("kurstillfalle") or meta.get("ovning")):
        return None
    saknas = saknade_nycklar(meta)
    if saknas:
        raise InnehallsFel(fil, 1, f"Sidhuvudet saknar {', '.join(saknas)}.",
                           "Lägg till raderna överst i filen, mellan ---, till exempel "
                           f"'{saknas[0]}: ...'.")
    nycklar = (("kurs",) if meta.get("kurs") else ()) + (
        KURSTILLFALLE_NYCKLAR if meta.get("kurstillfalle") else OVNING_NYCKLAR)
    rubrik = "Om övningen" if meta.get("ovning") else "Om kurstillfället"
    rader = [f'<aside class="kb-sammanfattning" aria-label="{rubrik}">',
             f'<p class="kb-sammanfattning__rubrik">{rubrik}</p>', "<dl>"]
    for nyckel in nycklar:
        varden = _lista(meta[nyckel])
        rader.append(f"<dt>{ETIKETTER[nyckel]}</dt>")
        if len(varden) == 1 and nyckel not in ("mal", "material"):
            rader.append(f"<dd>{_e(varden[0])}</dd>")
        else:
            rader.append("<dd><ul>" + "".join(f"<li>{_e(v)}</li>" for v in varden) + "</ul></dd>")
    rader += ["</dl>", "</aside>"]
    return "\n".join(rader)


def _kontrollera_test(meta: dict, fil: str) -> list[dict]:
    fragor = meta.get("fragor")
    if not isinstance(fragor, list) or not fragor:
        raise InnehallsFel(fil, 1, "Sidhuvudet har inga frågor under 'fragor'.",
                           "Skriv frågorna som en lista under 'fragor:'.")
    for nr, f in enumerate(fragor, 1):
        if not isinstance(f, dict) or not f.get("fraga") or not isinstance(f.get("alternativ"), list):
            raise InnehallsFel(fil, 1, f"Fråga {nr} saknar 'fraga' eller 'alternativ'.",
                               "Varje fråga behöver fraga, alternativ, ratt, forklaring och kapitel.")
        ratt = f.get("ratt")
        if not isinstance(ratt, int) or not 1 <= ratt <= len(f["alternativ"]):
            raise InnehallsFel(fil, 1, f"Fråga {nr}: 'ratt' måste vara ett tal från 1 till "
                               f"{len(f['alternativ'])}.", "Skriv numret på rätt alternativ.")
    godkant = meta.get("godkant", len(fragor))
    if not isinstance(godkant, int) or not 1 <= godkant <= len(fragor):
        raise InnehallsFel(fil, 1, f"'godkant' måste vara ett tal från 1 till {len(fragor)}.",
                           "Skriv hur många rätt som behövs för godkänt.")
    return fragor


def kunskapstest(meta: dict, fil: str) -> str | None:
    """The knowledge test: a form that works with keyboard and screen reader (graded by
    kunskapstest.js), and an answer key in a collapsed block that makes sense in print
    and without JavaScript."""
    if "fragor" not in meta:
        return None
    fragor = _kontrollera_test(meta, fil)
    godkant = meta.get("godkant", len(fragor))
    bokstav = "ABCDEFGH"
    ut = [f'<form class="kb-test" data-godkant="{godkant}" data-antal="{len(fragor)}" '
          f'aria-label="Kunskapstest" novalidate markdown="1">', ""]
    for nr, f in enumerate(fragor, 1):
        ut.append(f'<fieldset class="kb-fraga" id="fraga-{nr}" data-ratt="{f["ratt"]}" markdown="1">')
        ut.append(f'<legend>Fråga {nr} av {len(fragor)}. {_e(f["fraga"])}</legend>')
        ut.append('<div class="kb-alternativ">')
        for i, alternativ in enumerate(f["alternativ"], 1):
            ut.append(f'<label><input type="radio" name="fraga-{nr}" value="{i}"> '
                      f'<span class="kb-bokstav">{bokstav[i - 1]}.</span> {_e(alternativ)}</label>')
        ut.append("</div>")
        lank = f" Läs mer i [kapitlet]({f['kapitel']})." if f.get("kapitel") else ""
        ut += ['<div class="kb-aterkoppling" hidden markdown="1">', "",
               f'<span class="kb-aterkoppling__svar"></span> '
               f'<span class="kb-forklaring">{_e(f.get("forklaring", ""))}</span>{lank}', "",
               "</div>", "</fieldset>", ""]
    ut += ['<div class="kb-test__knappar">',
           '<button type="submit" class="md-button md-button--primary">Rätta testet</button>',
           '<button type="reset" class="md-button">Börja om</button>', "</div>",
           '<p class="kb-resultat" role="status" aria-live="polite"></p>', "</form>", ""]
    ut += [f'??? facit "Facit: rätt svar på alla {len(fragor)} frågor"', ""]
    for nr, f in enumerate(fragor, 1):
        svar = f["alternativ"][f["ratt"] - 1]
        lank = f" [Läs mer]({f['kapitel']})." if f.get("kapitel") else ""
        ut.append(f"    {nr}. {bokstav[f['ratt'] - 1]}. {svar}. {f.get('forklaring', '')}{lank}")
    ut.append("")
    return "\n".join(ut)


def reflektion(meta: dict, fil: str) -> str | None:
    """The reflection form: a text box per question; reflektion.js keeps the answers in
    the browser's own storage and lets the participant print or download them."""
    if "reflektion" not in meta:
        return None
    kapitel = meta["reflektion"]
    if not isinstance(kapitel, list):
        raise InnehallsFel(fil, 1, "'reflektion' ska vara en lista med kapitel.",
                           "Skriv kapitel, lank och fragor för varje kapitel.")
    ut = ['<form class="kb-reflektion" aria-label="Reflektionsfrågor" markdown="1">', ""]
    nr = 0
    for k in kapitel:
        if not isinstance(k, dict) or not k.get("kapitel") or not isinstance(k.get("fragor"), list):
            raise InnehallsFel(fil, 1, "Ett kapitel under 'reflektion' saknar 'kapitel' eller 'fragor'.",
                               "Skriv kapitel, lank och fragor för varje kapitel.")
        ut += [f"## {k['kapitel']}", ""]
        if k.get("lank"):
            ut += [f"Läs [kapitlet]({k['lank']}) först.", ""]
        for fraga in k["fragor"]:
            nr += 1
            # The text box sits inside its label, so the label holds even where ids are
            # rewritten (the whole-site print page prefixes every id).
            ut += [f'<div class="kb-reflektion__fraga"><label><span class="kb-reflektion__text">'
                   f'{nr}. {_e(fraga)}</span><textarea id="reflektion-{nr}" name="reflektion-{nr}" '
                   f'rows="4"></textarea></label></div>', ""]
    ut += ['<div class="kb-reflektion__knappar">',
           '<button type="button" class="md-button md-button--primary" data-atgard="ladda-ner">'
           "Ladda ner svaren som fil</button>",
           '<button type="button" class="md-button" data-atgard="skriv-ut">Skriv ut</button>',
           '<button type="button" class="md-button" data-atgard="tom">Töm alla svar</button>',
           "</div>",
           '<p class="kb-reflektion__status" role="status" aria-live="polite"></p>', "</form>", ""]
    return "\n".join(ut)


H1 = re.compile(r"^# .*$", re.MULTILINE)


def infoga_efter_rubrik(markdown: str, tillagg: str) -> str:
    """Put generated content right after the page's H1 (or first, when there is none)."""
    m = H1.search(markdown)
    if not m:
        return tillagg + "\n\n" + markdown
    return markdown[:m.end()] + "\n\n" + tillagg + "\n" + markdown[m.end():]
