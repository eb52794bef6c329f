"""The promise that the built site makes no request to any other host, checked on the
finished site: every HTML page (also its style attributes and <style> elements), every
CSS, JavaScript and SVG file. Used by the privacy test; plain Python, no browser."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html

from kunskapsbank.kontroller.sakerhet import granska_svg

EXTERN = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""", re.IGNORECASE)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*['"]?([^'");\s]+)""", re.IGNORECASE)
JS_HAMTNING = re.compile(r"""(?:fetch|importScripts)\(\s*['"](https?://[^'"]+)""")
LADDANDE_REL = {"stylesheet", "preload", "prefetch", "icon", "preconnect", "dns-prefetch",
                "modulepreload", "manifest"}


def externa_i_css(css: str) -> list[str]:
    """Addresses on other hosts that a piece of CSS would load."""
    adresser = CSS_URL.findall(css) + CSS_IMPORT.findall(css)   # @import url(...) matches both
    return list(dict.fromkeys(url.strip() for url in adresser if EXTERN.match(url)))


def externa_i_html(html: str) -> list[str]:
    """What in one HTML page would load something from another host, as short lines."""
    # lxml's own tree: the whole site in a second, where BeautifulSoup took twenty.
    dom = lxml.html.document_fromstring(html) if html.strip() else None
    fynd = []
    for tagg in dom.iter() if dom is not None else ():
        if not isinstance(tagg.tag, str):
            continue                      # comments and processing instructions
        namn = tagg.tag.lower()
        for attr in ("src", "srcset", "poster", "data"):
            varde = tagg.get(attr)
            if varde and any(EXTERN.match(d.strip()) for d in varde.split(",")):
                fynd.append(f"<{namn} {attr}={varde}>")
        href = tagg.get("href") or tagg.get("xlink:href") or ""
        if namn in ("image", "use", "feimage") and EXTERN.match(href):
            fynd.append(f"<{namn} href={href}>")
        if namn == "link" and tagg.get("href") and set((tagg.get("rel") or "").lower().split()) & LADDANDE_REL \
                and EXTERN.match(tagg.get("href")):
            fynd.append(f"<link href={tagg.get('href')}>")
        if tagg.get("style"):
            fynd += [f"<{namn} style=\"…url({url})…\">" for url in externa_i_css(tagg.get("style"))]
        if namn == "style":
            fynd += [f"<style> url({url})" for url in externa_i_css(tagg.text_content())]
    return fynd


def externa_resurser(site: Path) -> list[str]:
    """Every reference to another host in the built site, one line each with the file."""
    fynd = []
    for fil in sorted(site.rglob("*")):
        if not fil.is_file() or fil.suffix not in (".html", ".css", ".js", ".svg"):
            continue
        namn = fil.relative_to(site).as_posix()
        if fil.suffix == ".svg":
            fynd += [str(p) for p in granska_svg(fil.read_bytes(), namn)]
            continue
        text = fil.read_text(encoding="utf-8", errors="replace")
        if fil.suffix == ".html":
            fynd += [f"{namn}: {f}" for f in externa_i_html(text)]
        elif fil.suffix == ".css":
            fynd += [f"{namn}: {url}" for url in externa_i_css(text)]
        else:
            fynd += [f"{namn}: {url}" for url in JS_HAMTNING.findall(text)]
    return fynd
