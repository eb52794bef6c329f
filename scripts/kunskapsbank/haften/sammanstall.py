"""Assembles one booklet from the built site's HTML pages.

Why our own step and not one mkdocs-print-site-plugin instance per booklet: the site is
built once and every booklet reads the pages from it (seconds), instead of one extra
full MkDocs build per booklet through INHERIT configs. It also lets us remove trainer
notes and answer keys per audience, number pages for print, and build the table of
contents as HTML that WeasyPrint lays out without JavaScript.
"""

from __future__ import annotations

import html as htmllib
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.sidor.granskning import datum as svenskt_datum
from kunskapsbank.kontroller.rutor import Rutor, bara_for_deltagare
from kunskapsbank.haften.definitioner import MALGRUPPER, Hafte
from kunskapsbank.haften.utgava import Utgava

# Parts of a web page that mean nothing on paper.
# What is never on paper is said once, in the site's stylesheet (@media print); a web
# page printed from the browser and a booklet leave out the same things.
STILMALL = "assets/stylesheets/kunskapsbank.css"


def inte_pa_papper(site_dir: Path) -> list[str]:
    """The selectors of the rules that `@media print` in STILMALL hides (display: none),
    plus script and style, which are never content."""
    import tinycss2

    fil = site_dir / STILMALL
    if not fil.is_file():
        raise InnehallsFel(str(fil), None, "stilmallen saknas, och den säger vad som inte ska med på papper.",
                           "Bygg webbplatsen igen med scripts/build.")
    valjare = ["script", "style"]
    for regel in tinycss2.parse_stylesheet(fil.read_text(encoding="utf-8"), skip_comments=True,
                                           skip_whitespace=True):
        if regel.type != "at-rule" or regel.lower_at_keyword != "media" \
                or tinycss2.serialize(regel.prelude).strip() != "print" or regel.content is None:
            continue
        for inre in tinycss2.parse_rule_list(regel.content, skip_comments=True, skip_whitespace=True):
            if inre.type == "qualified-rule" and any(
                    d.type == "declaration" and d.lower_name == "display"
                    and tinycss2.serialize(d.value).split("!")[0].strip() == "none"
                    for d in tinycss2.parse_declaration_list(inre.content, skip_comments=True,
                                                             skip_whitespace=True)):
                valjare += [v.strip() for v in tinycss2.serialize(inre.prelude).split(",")]
    return valjare


@dataclass
class Kallsida:
    src: str          # docs-relative source, e.g. bip/vad-ar-bip.md
    url: str          # site-relative URL, e.g. bip/vad-ar-bip/
    fil: Path         # the built HTML file
    titel: str
    granskad: str | None = None    # YYYY-MM-DD, printed small under the chapter's heading
    kallfil: Path | None = None     # the Markdown source, for the line in a message


def granskad_datum(iso: str) -> str:
    """'2026-11-15' as '15 november 2026'; a date the manifest cannot hold stays as written."""
    try:
        return svenskt_datum(date.fromisoformat(iso))
    except ValueError:
        return iso


def _rad_med(sida: Kallsida, adress: str) -> int | None:
    """The line in the page's Markdown that names the image, when the source is at hand."""
    kalla = sida.kallfil
    if kalla is None or not kalla.is_file():
        return None
    namn = unquote(adress).rsplit("/", 1)[-1]
    for nr, rad in enumerate(kalla.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if namn in unquote(rad) or adress in rad:
            return nr
    return None


def _slug(src: str) -> str:
    return src.removesuffix(".md").replace("/", "-").replace("index", "start")


def _css_strang(text: str) -> str:
    """A CSS string literal that shows `text` literally inside the booklet's <style>.

    Everything but plain letters, digits and spaces becomes a CSS escape (\\3C for <),
    so no quote ends the string, no newline breaks it and no `</style>` ends the
    stylesheet, whatever a förbund's short name or a booklet title holds."""
    return '"' + "".join(t if t.isalnum() or t == " " else f"\\{ord(t):X} " for t in text) + '"'


def _stilmall(hafte: Hafte, forbund: dict, utgava: Utgava) -> str:
    bas = resources.files("kunskapsbank.haften").joinpath("hafte.css").read_text(encoding="utf-8")
    storlek = "A5" if hafte.papper == "A5" else "A4"
    marginal = "16mm 14mm 18mm 14mm" if storlek == "A5" else "20mm 20mm 22mm 20mm"
    if hafte.kompakt:
        marginal = "14mm 14mm 15mm 14mm"
    return bas + f"""
@page {{
  size: {storlek} portrait;
  margin: {marginal};
  @top-left {{ content: {_css_strang(hafte.titel)}; }}
  @bottom-left {{ content: {_css_strang(forbund.get('kortnamn', '') + ' · ' + utgava.text)}; }}
  @bottom-right {{ content: "Sida " counter(page) " av " counter(pages); }}
}}
.omslag {{ border-top: 9mm solid {forbund.get('profilfarg', '#000000')}; }}
"""


def _omslag(hafte: Hafte, forbund: dict, utgava: Utgava, logga_url: str | None) -> str:
    e = htmllib.escape
    logga = (f'<img class="omslag__logga" src="{e(logga_url)}" alt="Logga för {e(forbund["namn"])}">'
             if logga_url else "")
    undertitel = f'<p class="omslag__undertitel">{e(hafte.undertitel)}</p>' if hafte.undertitel else ""
    return f"""<section class="omslag">
{logga}
<p class="omslag__forbund">{e(forbund['namn'])}</p>
<p class="omslag__titel">{e(hafte.titel)}</p>
{undertitel}
<p class="omslag__malgrupp">{e(MALGRUPPER[hafte.malgrupp])}</p>
<p class="omslag__utgava">{e(utgava.text)}</p>
<p class="omslag__version">{e(utgava.spar)}</p>
<p class="omslag__kontakt">{e(forbund['epost'])} · {e(forbund['webbplats'])}</p>
</section>"""


def sammanstall(hafte: Hafte, sidor: list[Kallsida], forbund: dict, utgava: Utgava,
                site_dir: Path, site_url: str | None = None, rutor: Rutor = Rutor(),
                rensade: dict | None = None) -> str:
    """Return the booklet as one HTML document, ready for WeasyPrint. A participant
    booklet keeps only the boxes declared as participant content (see kunskapsbank.kontroller.rutor).
    `rensade`: each page's content as cleaned for an audience, shared by the booklets of one build."""
    slug_for_url = {s.url: _slug(s.src) for s in sidor}
    bort = inte_pa_papper(site_dir)
    kapitel, innehall = [], []
    for sida in sidor:
        slug = _slug(sida.src)
        nyckel = (sida.fil, hafte.for_utbildare)
        if rensade is None or nyckel not in rensade:
            # lxml: the whole page with its menus is parsed once per page and audience,
            # not once per booklet that holds it (a page is in several kits).
            dom = BeautifulSoup(sida.fil.read_text(encoding="utf-8"), "lxml")
            artikel = dom.select_one("article.md-content__inner") or dom.body
            for valjare in bort:
                for element in artikel.select(valjare):
                    element.decompose()
            if not hafte.for_utbildare:
                bara_for_deltagare(artikel, rutor, f"docs/{sida.src}")
            if rensade is not None:
                rensade[nyckel] = str(artikel)
        if rensade is not None:
            dom = BeautifulSoup(rensade[nyckel], "html.parser")
            artikel = dom.find()
        for detalj in artikel.select("details"):
            detalj["open"] = ""
        for element in artikel.select("[id]"):
            element["id"] = f"{slug}--{element['id']}"
        for bild in artikel.select("img[src]"):
            if urlsplit(bild["src"]).scheme or bild["src"].startswith("//"):
                continue     # data: stays; another host's image is refused and reported by pdf.py
            # The address is URL-encoded (a space is %20, å is %C3%A5); the file is not.
            kalla = unquote(urlsplit(urljoin("/" + sida.url, bild["src"])).path).lstrip("/")
            fil = (site_dir / kalla).resolve()
            if not fil.is_file():
                raise InnehallsFel(f"docs/{sida.src}", _rad_med(sida, bild["src"]),
                                   f"Bilden {unquote(bild['src'])} finns inte, så häftet {hafte.id} skulle "
                                   "sakna den.",
                                   "Kontrollera filnamnet i länken, också stora och små bokstäver, och att "
                                   "bilden ligger i docs/.")
            bild["src"] = fil.as_uri()
        for lank in artikel.select("a[href]"):
            href = lank["href"]
            if href.startswith("#"):
                lank["href"] = f"#{slug}--{href[1:]}"
                continue
            if urlsplit(href).scheme in ("http", "https", "mailto"):
                continue
            mal = urlsplit(urljoin("/" + sida.url, href))
            vag = mal.path.lstrip("/")
            if vag.endswith("index.html"):
                vag = vag[: -len("index.html")]
            if vag in slug_for_url:
                malslug = slug_for_url[vag]
                lank["href"] = f"#{malslug}--{mal.fragment}" if mal.fragment else f"#{malslug}"
            elif site_url:
                lank["href"] = site_url.rstrip("/") + "/" + vag + (f"#{mal.fragment}" if mal.fragment else "")
            else:
                lank.unwrap()     # a link to somewhere the booklet cannot reach: keep the text
        rubrik = artikel.find("h1")
        if rubrik and sida.granskad:
            datum = dom.new_tag("p", attrs={"class": "kapitel__granskad"})
            datum.string = f"Fakta granskade {granskad_datum(sida.granskad)}"
            rubrik.insert_after(datum)
        titel = " ".join(rubrik.get_text().split()) if rubrik else sida.titel
        underrubriker = [(h.get("id"), " ".join(h.get_text().split())) for h in artikel.find_all("h2")]
        innehall.append((slug, titel, underrubriker))
        kapitel.append(f'<section class="kapitel" id="{slug}">{artikel.decode_contents()}</section>')

    e = htmllib.escape
    toc = ""
    if hafte.innehallsforteckning:
        rader = []
        # Section headings too when they fit on the contents page with the chapters (a
        # kit of a few long pages would fill two pages with them); chapters only otherwise.
        med_under = len(innehall) <= 8 and len(innehall) + sum(len(u) for _, _, u in innehall) <= 30
        for slug, titel, underrubriker in innehall:
            underrubriker = underrubriker if med_under else []
            under = "".join(f'<li><a href="#{u_id}">{e(u_titel)}</a></li>'
                            for u_id, u_titel in underrubriker if u_id)
            rader.append(f'<li><a href="#{slug}">{e(titel)}</a>'
                         + (f'<ol class="innehall__under">{under}</ol>' if under else "") + "</li>")
        toc = f'<nav class="innehall" aria-label="Innehåll"><h1 class="innehall__rubrik">Innehåll</h1><ol>{"".join(rader)}</ol></nav>'

    logga = site_dir / forbund.get("logga", "")
    omslag = _omslag(hafte, forbund, utgava, logga.resolve().as_uri() if logga.is_file() else None) \
        if hafte.omslag else ""
    klass = "hafte" + (" hafte--utan-omslag" if not hafte.omslag else "") + (
        " hafte--kompakt" if hafte.kompakt else "")
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{e(hafte.titel)}</title>
<meta name="author" content="{e(forbund['namn'])}">
<meta name="description" content="{e(hafte.undertitel or hafte.titel)}. {e(MALGRUPPER[hafte.malgrupp])}. {e(utgava.text)}.">
<meta name="generator" content="Kunskapsbanken">
<style>{_stilmall(hafte, forbund, utgava)}</style>
</head>
<body class="{klass}">
{omslag}
{toc}
{''.join(kapitel)}
</body>
</html>"""
