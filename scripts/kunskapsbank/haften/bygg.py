"""Builds every booklet: assemble HTML, render PDFs on both cores, report progress."""

from __future__ import annotations

import dataclasses
import hashlib
import html
import json
import os
import re
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import unquote

from kunskapsbank.grund.cachemapp import las_cache, spara_cache

from kunskapsbank.kontroller.rutor import Rutor
from kunskapsbank.haften.definitioner import Hafte
from kunskapsbank.haften.pdf import Renderat, skriv_pdf
from kunskapsbank.haften.sammanstall import Kallsida, sammanstall
from kunskapsbank.haften.utgava import Utgava

PLATSHALLARE = re.compile(r"<!--hafte-storlek:([a-z0-9-]+)-->")


@dataclass
class Byggt:
    hafte: Hafte
    fil: Path
    sidor: int
    byte: int
    sekunder: float


def kilobyte(antal_byte: int) -> int:
    """The size a reader sees, the same in the build log and on the page."""
    return max(1, round(antal_byte / 1024))


def _rendera(uppgift: tuple[str, str, str]) -> tuple[Renderat, float]:
    html, mal, bas = uppgift
    start = time.perf_counter()
    return skriv_pdf(html, Path(mal), bas), time.perf_counter() - start


def _cachenyckel(html: str, site_dir: Path) -> str:
    """What a booklet's PDF depends on: the document, the files it embeds (by content, so
    the same booklet built in another folder is the same) and the WeasyPrint version.
    Rendering is most of the booklet step; a booklet whose pages did not change since
    the last build (`scripts/build` before the tests, a rebuild after a small edit) is
    copied from the cache instead."""
    from importlib.metadata import version

    rot = site_dir.as_uri() + "/"
    summa = hashlib.sha256(f"weasyprint {version('weasyprint')}\n".encode())
    summa.update(html.replace(rot, "SITE/").encode())
    for relativ in sorted(set(re.findall(re.escape(rot) + r'([^"\')\s]+)', html))):
        try:
            summa.update(relativ.encode() + b"\0" + (site_dir / unquote(relativ)).read_bytes())
        except OSError:
            return ""            # a missing file is reported by the rendering itself
    return summa.hexdigest()


def _fran_cache(nyckel: str, mal: Path) -> Renderat | None:
    if not nyckel or (pdf := las_cache(f"haften/{nyckel}.pdf")) is None:
        return None
    if (meta := las_cache(f"haften/{nyckel}.json")) is None:
        return None
    try:
        renderat = Renderat(**json.loads(meta))
        mal.parent.mkdir(parents=True, exist_ok=True)
        mal.write_bytes(pdf)
    except (ValueError, TypeError, OSError):
        return None
    return renderat


def _till_cache(nyckel: str, mal: Path, renderat: Renderat) -> None:
    if nyckel and not renderat.nekade and not renderat.problem:    # a flawed PDF is never kept
        spara_cache(f"haften/{nyckel}.pdf", mal.read_bytes())
        spara_cache(f"haften/{nyckel}.json", json.dumps(dataclasses.asdict(renderat)).encode())


def nekad_hamtning(hafte: Hafte, url: str, sidor: list[Kallsida]) -> str:
    """A Swedish message for a URL the booklet did not fetch, naming the pages that
    hold it (an external image in a page, most often)."""
    hittad = [f"docs/{s.src}" for s in sidor
              if url in (text := s.fil.read_text(encoding="utf-8")) or html.escape(url) in text]
    var = f" Adressen står på {', '.join(hittad)}." if hittad else ""
    return (f"Häftet {hafte.id} ({hafte.filnamn}): hämtade inte {url}. Häftena hämtar aldrig något "
            f"från andra webbplatser, så det saknas i PDF-filen.{var} Så rättar du: spara filen i "
            "docs/ (till exempel i en mapp bilder/) och länka till den i stället.")


def bygg_alla(haften: list[Hafte], kallsidor: Callable[[Hafte], list[Kallsida]], forbund: dict,
              utgava: Utgava, site_dir: Path, site_url: str | None,
              rapportera: Callable[[str], None] = print,
              varna: Callable[[str], None] = print, rutor: Rutor = Rutor()) -> list[Byggt]:
    uppgifter, rensade = [], {}
    for hafte in haften:
        sidor = kallsidor(hafte)
        html = sammanstall(hafte, sidor, forbund, utgava, site_dir, site_url, rutor, rensade)
        uppgifter.append(((hafte, sidor), (html, str(site_dir / hafte.filnamn), site_dir.as_uri() + "/")))
    byggda = []
    nycklar = [_cachenyckel(u[0], site_dir) for _, u in uppgifter]
    sparade = [_fran_cache(n, Path(u[1])) for n, (_, u) in zip(nycklar, uppgifter)]
    att_gora = [u for (_, u), r in zip(uppgifter, sparade) if r is None]
    arbetare = max(1, min(2, os.cpu_count() or 1, len(att_gora)))
    with ProcessPoolExecutor(max_workers=arbetare) as pool:
        nya = iter(pool.map(_rendera, att_gora))
        resultat = [(r, 0.0) if r is not None else next(nya) for r in sparade]
        for nyckel, (_, u), (renderat, sekunder) in zip(nycklar, uppgifter, resultat):
            if sekunder:
                _till_cache(nyckel, Path(u[1]), renderat)
        for nr, (((hafte, sidor_i_haftet), _), (renderat, sekunder)) in enumerate(zip(uppgifter, resultat), 1):
            fil = site_dir / hafte.filnamn
            sidor = renderat.sidor
            byggt = Byggt(hafte, fil, sidor, fil.stat().st_size, sekunder)
            byggda.append(byggt)
            for url in renderat.nekade:
                varna(nekad_hamtning(hafte, url, sidor_i_haftet))
            for text in renderat.problem:
                varna(f"Häftet {hafte.id} ({hafte.filnamn}): WeasyPrint kunde inte använda allt på "
                      f"sidorna, så något saknas i PDF-filen ({text}). Så rättar du: kontrollera att "
                      "bilderna på häftets sidor är hela PNG-, JPEG- eller SVG-filer.")
            rapportera(f"Häfte {nr}/{len(uppgifter)}: {hafte.titel} ({hafte.filnamn}): "
                       f"{sidor} {'sida' if sidor == 1 else 'sidor'}, {kilobyte(byggt.byte)} kB, "
                       + (f"{sekunder:.1f} s" if sekunder else "oförändrat sedan förra bygget"))
    return byggda


def fyll_i_storlekar(site_dir: Path, byggda: list[Byggt]) -> None:
    """Replace each page's size placeholder with the booklet's size in kB."""
    storlek = {b.hafte.id: b.byte for b in byggda}
    for html_fil in site_dir.rglob("*.html"):
        text = html_fil.read_text(encoding="utf-8")
        if "<!--hafte-storlek:" in text:
            html_fil.write_text(PLATSHALLARE.sub(
                lambda m: f"({kilobyte(storlek.get(m.group(1), 0))} kB)", text),
                encoding="utf-8")
