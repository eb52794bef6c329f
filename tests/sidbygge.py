"""One page through the build, in this process: the same checks and the same rendering
as scripts/build gives a page, and what each participant output makes of it.

The mistake generator (test_misstag.py) runs hundreds of mutated pages; a real build per
page would take hours. Each function here is the one the build calls (source check,
front matter, course pages, Python-Markdown with the extensions in mkdocs.yml, the HTML
checks, who sees what), and test_misstag.py's real builds show that the two agree.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import yaml
from bs4 import BeautifulSoup
from lxml import html as lxml_html

from kunskapsbank.sidor import kurssidor
from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.grund.markdownkalla import med_snippets
from kunskapsbank.kontroller.rutor import Radkarta, Rutor, bara_for_deltagare, problem_i_html, problem_i_kallan
from kunskapsbank.kontroller.sakerhet import granska_sidans_html
from kunskapsbank.kallor.sidhuvud import granska_sidhuvud
from kunskapsbank.kallor.svarsid import forsvunna_svar
from kunskapsbank.kontroller.synlighet import KLASS, for_deltagare, markera, meningar, utbildartext

ROT = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=1)
def _config() -> dict:
    class Lasare(yaml.SafeLoader):
        pass
    Lasare.add_multi_constructor("", lambda loader, suffix, node: None)
    return yaml.load((ROT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Lasare)


# The box types the site declares (extra.lattlast.rutor), as the build reads them.
RUTOR = Rutor.fran_config(_config()["extra"]["lattlast"].get("rutor"))


@functools.lru_cache(maxsize=1)
def _tillagg() -> tuple[list[str], dict]:
    """The Markdown extensions of mkdocs.yml with their settings."""
    config = _config()
    namn, installningar = [], {}
    for post in config["markdown_extensions"]:
        if isinstance(post, dict):
            (nyckel, varde), = post.items()
            namn.append(nyckel)
            installningar[nyckel] = dict(varde or {})
        else:
            namn.append(post)
    return namn, installningar


def rendera_markdown(text: str, rot: Path = ROT) -> str:
    """Markdown (without front matter) as HTML, with the site's extensions. Snippets are
    read from `rot` first, then from the project, as MkDocs reads them from its folder."""
    namn, installningar = _tillagg()
    installningar = {k: dict(v) for k, v in installningar.items()}
    installningar["pymdownx.snippets"]["base_path"] = [str(rot), str(ROT)]
    installningar["pymdownx.snippets"].pop("auto_append", None)
    return markdown.Markdown(extensions=namn, extension_configs=installningar).convert(text)


@dataclass
class Sida:
    """What the build makes of one page: its errors, or its HTML and the participant outputs."""
    fel: list[InnehallsFel] = field(default_factory=list)
    html: str | None = None
    sidhuvud: object = None

    @property
    def stoppar(self) -> bool:
        return bool(self.fel)

    def webb_deltagare(self) -> str:
        """The web page as a participant sees it: the stylesheet hides class KLASS."""
        rot = lxml_html.fragment_fromstring(self.html, create_parent="div")
        for element in rot.xpath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {KLASS} ')]"):
            if element.getparent() is not None:
                element.drop_tree()
        return " ".join(rot.text_content().split())

    def webb_utbildare(self) -> str:
        return " ".join(lxml_html.fragment_fromstring(self.html, create_parent="div").text_content().split())

    def sokindex(self) -> str:
        """The text the search plugin indexes (hooks/kontroller.py hands it this HTML)."""
        from material.plugins.search.plugin import Parser

        parser = Parser()
        parser.feed(for_deltagare(self.html, RUTOR))
        parser.close()
        return " ".join(" ".join(re.sub(r"<[^>]+>", " ", "".join(s.title + s.text)).split()) for s in parser.data)

    def hafte(self) -> str:
        """The participant booklet's text of the page (the booklet step's own function)."""
        dom = BeautifulSoup(self.html, "lxml")
        bara_for_deltagare(dom, RUTOR, "docs/sida.md")
        return " ".join(dom.get_text(" ").split())


def bygg_sida(text: str, src: str, rot: Path = ROT, tidigare_id: dict[str, str] | None = None) -> Sida:
    """A page as the build takes it: the source check (front matter, boxes, snippets,
    saved answers) stops it, or it is rendered and the HTML checks run."""
    namn = f"docs/{src}"
    sidhuvud, fel = granska_sidhuvud(text, namn)
    rader = text.replace("\r\n", "\n").split("\n")
    if sidhuvud is not None and (borta := forsvunna_svar(namn, sidhuvud, tidigare_id or {}, rader)):
        fel.append(borta)
    med, platser = med_snippets(rader, namn, rot)
    karta = Radkarta(tuple(platser))
    fel += [p.som_fel(namn, karta) for p in problem_i_kallan(med, RUTOR)]
    if fel:
        return Sida(fel)
    from mkdocs.utils.meta import get_data       # as MkDocs itself takes the front matter off
    brodtext, _ = get_data(text.lstrip("\ufeff").replace("\r\n", "\n"))
    html = rendera_markdown(kurssidor.lagg_till(brodtext, sidhuvud), rot)
    fel = granska_sidans_html(html, text, namn) + [p.som_fel(namn, karta) for p in problem_i_html(html, med, RUTOR)]
    return Sida(fel, None if fel else markera(html, RUTOR), sidhuvud)


def anteckningar(text: str, src: str) -> set[str]:
    """The sentences of a page that only trainers may see."""
    sida = bygg_sida(text, src)
    assert not sida.stoppar, sida.fel
    return utbildartext(sida.html, RUTOR)


def innehaller(utdata: str, meningar_: set[str]) -> set[str]:
    """The sentences of `meningar_` that stand in `utdata` (a text in one spacing)."""
    return {m for m in meningar_ if m in utdata}


__all__ = ["ROT", "RUTOR", "Sida", "bygg_sida", "anteckningar", "innehaller", "meningar", "rendera_markdown"]
