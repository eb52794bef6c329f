"""Repairs for the whole-site print page that mkdocs-print-site-plugin writes.

The plugin turns every link to another page into an anchor on the print page. A page
left out of the print page (its `exclude` list) has no anchor there, so such a link led
nowhere. It is pointed back at the page on the website instead.
"""

from __future__ import annotations

import html
import posixpath
import re

LANK = re.compile(r'(<a\s[^>]*?href=")#([^"]*)(")', re.IGNORECASE)
ID = re.compile(r'\sid="([^"]*)"')


def ratta_lankar_till_utelamnade_sidor(sida: str, sidornas_ankare: dict[str, str],
                                       utskriftssidans_url: str = "print_page/") -> tuple[str, int]:
    """Point anchors that lead nowhere and name a site page at that page's URL.

    `sidornas_ankare` maps the anchor the print page gives each page (its key) to the
    page's URL. Returns the new HTML and how many links were changed."""
    finns = set(ID.findall(sida))
    # Longest key first, so "bip-kurser" wins over "bip" for "#bip-kurser-bip2".
    nycklar = sorted(sidornas_ankare.items(), key=lambda p: -len(p[0]))
    andrade = 0

    def byt(m: re.Match) -> str:
        nonlocal andrade
        ankare = html.unescape(m.group(2))
        if not ankare or ankare in finns:
            return m.group(0)
        for nyckel, url in nycklar:
            if ankare == nyckel or ankare.startswith(nyckel + "-"):
                rest = ankare[len(nyckel) + 1:]
                mal = posixpath.relpath(url or ".", utskriftssidans_url.rstrip("/") or ".")
                mal = (mal.rstrip("/") + "/") if url.endswith("/") or not url else mal
                andrade += 1
                return f"{m.group(1)}{html.escape(mal)}{'#' + html.escape(rest) if rest else ''}{m.group(3)}"
        return m.group(0)

    return LANK.sub(byt, sida), andrade


def ratta_utskriftssidan(site_dir, bas: str, sidnyckel) -> None:
    """Point the links of the print page at bas/ (print_page/) to left-out pages at the
    website. `sidnyckel` is the print plugin's own function from a page URL to its anchor."""
    from pathlib import Path

    from kunskapsbank import manifest

    sida = Path(site_dir) / bas / "index.html"
    if sida.exists():
        ankare = {sidnyckel(s.url): s.url for s in manifest.las(site_dir, "sv").i_menyordning()}
        # The links to a deck's presentation and PowerPoint file (kunskapsbank.bildspel) lead to
        # files, not pages: the print plugin would make them anchors that are not there.
        text = re.sub(r'<p class="kb-bildspel-lankar">.*?</p>', "", sida.read_text(encoding="utf-8"), flags=re.S)
        text, _ = ratta_lankar_till_utelamnade_sidor(text, ankare, f"{bas}/")
        sida.write_text(text, encoding="utf-8")


def bara_i_svenska_passet(config) -> None:
    """mkdocs-static-i18n runs on_config again for the English build, on the same config.
    print-site would add its script and styles once more, and write its page again to
    the same print_page/ over the Swedish one; so it only runs in the Swedish pass."""
    from kunskapsbank.motor.mkdocs_stod import forhandsvisning
    from kunskapsbank.grund.sidsprak import STANDARD

    config.extra_javascript, config.extra_css = utan_dubbletter(config.extra_javascript), utan_dubbletter(config.extra_css)
    if plugin := config.plugins.get("print-site"):
        # Hack(mkdocs-print-site-plugin 2.9): its own switch, turned per language pass; the
        # preview (scripts/serve) has no print page: it is a second copy of every page.
        plugin.config["enabled"] = config.theme["language"] == STANDARD and not forhandsvisning()
        config.extra["kb_utskriftssida"] = not forhandsvisning()


def utan_dubbletter(poster: list) -> list:
    """A list of scripts or style sheets with each only once, in its first place."""
    sedda, unika = set(), []
    for post in poster:
        if str(post) not in sedda:
            sedda.add(str(post))
            unika.append(post)
    return unika
