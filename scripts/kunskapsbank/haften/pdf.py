"""Renders a booklet's HTML to a tagged PDF/UA-1 file with WeasyPrint."""

from __future__ import annotations

from pathlib import Path


def skriv_pdf(html: str, mal: Path, bas_url: str) -> int:
    """Write the PDF; return its number of pages."""
    from weasyprint import HTML

    dokument = HTML(string=html, base_url=bas_url).render()
    mal.parent.mkdir(parents=True, exist_ok=True)
    dokument.write_pdf(mal, pdf_variant="pdf/ua-1")
    return len(dokument.pages)
