"""Renders a booklet's HTML to a tagged PDF/UA-1 file with WeasyPrint.

WeasyPrint would fetch any URL in the HTML, its CSS or an SVG image, so a booklet build
could call other hosts (and an image from one would silently go missing). Its URL
fetcher here loads only files inside the built site and data: URLs, and lists the rest.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname


@dataclass
class Renderat:
    sidor: int
    nekade: list[str] = field(default_factory=list)   # URLs that were not fetched
    problem: list[str] = field(default_factory=list)  # what WeasyPrint could not use (images, fonts)


def ar_lokal(url: str, mapp: Path) -> bool:
    """True for a data: URL and for a file: URL inside `mapp` (links resolved)."""
    delar = urlsplit(url)
    if delar.scheme.lower() == "data":
        return True
    if delar.scheme.lower() != "file" or delar.netloc not in ("", "localhost"):
        return False
    return Path(url2pathname(delar.path)).resolve().is_relative_to(mapp.resolve())


def _lokal_hamtare(mapp: Path):
    from weasyprint.urls import URLFetcher

    class LokalHamtare(URLFetcher):
        def __init__(self):
            super().__init__(allowed_protocols={"file", "data"})
            self.nekade: list[str] = []

        def fetch(self, url, headers=None):
            if not ar_lokal(url, mapp):
                if url not in self.nekade:
                    self.nekade.append(url)
                raise ValueError(f"Hämtar inte {url}: bara filer i webbplatsen får användas.")
            return super().fetch(url, headers)

    return LokalHamtare()


def skriv_pdf(html: str, mal: Path, bas_url: str) -> Renderat:
    """Write the PDF; files are read only from the folder `bas_url` points to."""
    from weasyprint import HTML

    hamtare = _lokal_hamtare(Path(url2pathname(urlsplit(bas_url).path)))
    # WeasyPrint leaves out an image it cannot read and only logs it, in English; the
    # booklet step turns each such line into a Swedish message that stops the build.
    logg, lyssnare = logging.getLogger("weasyprint"), _Samlare()
    logg.addHandler(lyssnare)
    try:
        dokument = HTML(string=html, base_url=bas_url, url_fetcher=hamtare).render()
        mal.parent.mkdir(parents=True, exist_ok=True)
        dokument.write_pdf(mal, pdf_variant="pdf/ua-1")
    finally:
        logg.removeHandler(lyssnare)
    return Renderat(len(dokument.pages), hamtare.nekade, [t for t in lyssnare.texter
                                                          if not any(n in t for n in hamtare.nekade)])


class _Samlare(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.texter: list[str] = []

    def emit(self, record):
        self.texter.append(record.getMessage())
