"""A place to write an answer under every question a page asks its reader.

The questions are the items of a list in a question box (`!!! question`) or under a
heading "Frågor att fundera på" / "Diskussionsfrågor" (English: "Questions to think
about"), outside trainer notes. Each gets a text box whose answer svar.js keeps in the
browser's own storage under the question's id.

The id is the page's address and the question's own words ("bip/teman/tilltro/#vad-kan-
du-gora-..."), so it stays the same when questions are added, removed or moved, and
in every copy of the page (both languages' menus, the print page). When a trainer
rewords a question, its id changes: the answer saved under the old id is kept with the
question's old wording (svar.js stores it with the answer), shown on "Mina svar" and in
the downloaded file as an answer to an earlier version of the question, never lost.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

RUBRIKER = {"frågor att fundera på", "diskussionsfrågor", "questions to think about",
            "questions for discussion"}
TEXTER = {
    "sv": {"etikett": "Ditt svar", "hjalp": "Du kan skriva dina svar under frågorna. Svaren sparas bara "
           'i din webbläsare. Alla dina svar samlas på sidan <a href="{lank}">Mina svar</a>.'},
    "en": {"etikett": "Your answer", "hjalp": "You can write your answers below the questions. They are "
           'kept only in your browser. All your answers are on the page <a href="{lank}">Mina svar</a> '
           "(My answers, in Swedish)."},
}
ORD_I_ID = 10         # enough words to tell a page's questions apart, short enough to read


@dataclass(frozen=True)
class Fraga:
    id: str
    fraga: str


def fragans_id(sida: str, fraga: str) -> str:
    """'<page address>#<the question's first words>', lower case, letters without accents."""
    text = unicodedata.normalize("NFKD", fraga.lower())
    text = "".join(t for t in text if not unicodedata.combining(t))
    ord_ = re.findall(r"[a-z0-9]+", text)[:ORD_I_ID]
    return f"{sida}#{'-'.join(ord_) or 'fraga'}"


def _text(element) -> str:
    return re.sub(r"\s+", " ", element.get_text(" ")).replace(" ?", "?").replace(" .", ".").strip()


def _listor(dom):
    """The question lists of a page, in page order, outside trainer notes."""
    listor = []
    for ruta in dom.select("div.admonition.question, details.question"):
        listor += ruta.find_all(["ul", "ol"], recursive=False)
    for rubrik in dom.find_all(["h2", "h3"]):
        if _text(rubrik).rstrip("¶ ").lower() in RUBRIKER:
            nasta = rubrik.find_next_sibling()
            if nasta is not None and nasta.name in ("ul", "ol"):
                listor.append(nasta)
    listor = [lista for lista in listor if lista.find_parent(class_="utbildare") is None]
    return sorted(set(listor), key=lambda lista: lista.sourceline or 0)


def lagg_till_svarsrutor(sidans_html: str, sida: str, sprak: str = "sv", url: str | None = None) -> tuple[str, list[Fraga]]:
    """The page's HTML with a text box under each question, and the questions with their
    ids. `sida` is the page's site-relative address (bip/teman/tilltro/), which names the
    questions; `url` is where this copy of the page is (the English menu's copy of a
    Swedish page is under en/ but keeps the Swedish page's ids), for the link to Mina svar."""
    if not any(t in sidans_html for t in ("admonition question", "question", "Diskussionsfrågor",
                                           "Frågor att fundera på", "Questions to think about")):
        return sidans_html, []
    from bs4 import BeautifulSoup

    dom = BeautifulSoup(sidans_html, "html.parser")
    listor = _listor(dom)
    if not listor:
        return sidans_html, []
    texter = TEXTER.get(sprak, TEXTER["sv"])
    fragor: list[Fraga] = []
    for lista in listor:
        for punkt in lista.find_all("li", recursive=False):
            fraga = _text(punkt)
            if not fraga:
                continue
            grund = fragans_id(sida, fraga)
            fraga_id, nr = grund, 1
            while any(f.id == fraga_id for f in fragor):     # two questions with the same first words
                nr += 1
                fraga_id = f"{grund}-{nr}"
            fragor.append(Fraga(fraga_id, fraga))
            nummer = len(fragor)
            ruta = BeautifulSoup(
                f'<div class="kb-svar" data-search-exclude>'
                f'<label class="kb-svar__etikett" for="kb-svar-{nummer}">{texter["etikett"]}'
                f'<span class="kb-dold">: {html.escape(fraga)}</span></label>'
                f'<textarea id="kb-svar-{nummer}" rows="3" data-svar="{html.escape(fraga_id)}" '
                f'data-fraga="{html.escape(fraga)}" aria-describedby="kb-svar-{nummer}-status"></textarea>'
                f'<p class="kb-svar__status" id="kb-svar-{nummer}-status" role="status"></p></div>',
                "html.parser")
            punkt.append(ruta)
    if fragor:
        forsta = listor[0]
        lank = "../" * (url if url is not None else sida).count("/") + "mina-svar/"
        forsta.insert_before(BeautifulSoup(
            f'<p class="kb-svar__hjalp" data-search-exclude>{texter["hjalp"].format(lank=lank)}</p>', "html.parser"))
    return str(dom), fragor


REFLEKTION = re.compile(r'<span class="kb-reflektion__text">\d+\. (.*?)</span><textarea [^>]*data-svar="([^"]+)"')


def reflektionsfragor(sidans_html: str, sida: str) -> list[tuple[str, str, str]]:
    """The questions of a reflection form (kurssidor.reflektion): reflektion.js keeps their
    answers under the page's own ids, so the list names that id too."""
    return [(f"{sida}#{html.unescape(i)}", html.unescape(f), html.unescape(i))
            for f, i in REFLEKTION.findall(sidans_html)]


def skriv_fragelistan(site) -> int:
    """site/svar/fragor.json: every question with an answer box, with its page, in menu
    order, for "Mina svar" and the trainer's compilation, which match answers to the
    questions of today's site by id. Returns how many questions it lists."""
    import json
    from pathlib import Path

    from kunskapsbank import manifest

    fragor, sedda = [], set()
    for data in manifest.byggda(Path(site)):
        sidor = data.i_menyordning() + [s for s in data.sidor if s.menyplats is None]
        for sida in sidor:
            for fraga_id, fraga, *reflektion in sida.fragor:
                if fraga_id in sedda:        # the other language's copy of a page
                    continue
                sedda.add(fraga_id)
                post = {"id": fraga_id, "fraga": fraga, "sida": fraga_id.split("#")[0], "titel": sida.titel,
                        "sprak": sida.sprak}
                if reflektion:
                    post["reflektion"] = reflektion[0]
                fragor.append(post)
    fil = Path(site) / "svar" / "fragor.json"
    fil.parent.mkdir(parents=True, exist_ok=True)
    fil.write_text(json.dumps({"version": 1, "fragor": fragor}, ensure_ascii=False), encoding="utf-8")
    return len(fragor)
