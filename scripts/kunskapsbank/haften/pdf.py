"""Renders a booklet's HTML to a tagged PDF/UA-1 file with WeasyPrint.

WeasyPrint would fetch any URL in the HTML, its CSS or an SVG image, so a booklet build
could call other hosts (and an image from one would silently go missing). Its URL
fetcher here loads only files inside the built site and data: URLs, and lists the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname


@dataclass
class Renderat:
    sidor: int
    nekade: list[str] = field(default_factory=list)   # URLs that were not fetched


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
    dokument = HTML(string=html, base_url=bas_url, url_fetcher=hamtare).render()
    mal.parent.mkdir(parents=True, exist_ok=True)
    dokument.write_pdf(mal, pdf_variant="pdf/ua-1")
    return Renderat(len(dokument.pages), hamtare.nekade)
