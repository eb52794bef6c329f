"""Builds every booklet: assemble HTML, render PDFs on both cores, report progress."""

from __future__ import annotations

import os
import re
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..rutor import Rutor
from .definitioner import Hafte
from .pdf import skriv_pdf
from .sammanstall import Kallsida, sammanstall
from .utgava import Utgava

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


def _rendera(uppgift: tuple[str, str, str]) -> tuple[int, float]:
    html, mal, bas = uppgift
    start = time.perf_counter()
    return skriv_pdf(html, Path(mal), bas), time.perf_counter() - start


def bygg_alla(haften: list[Hafte], kallsidor: Callable[[Hafte], list[Kallsida]], forbund: dict,
              utgava: Utgava, site_dir: Path, site_url: str | None,
              rapportera: Callable[[str], None] = print, rutor: Rutor = Rutor()) -> list[Byggt]:
    uppgifter = []
    for hafte in haften:
        html = sammanstall(hafte, kallsidor(hafte), forbund, utgava, site_dir, site_url, rutor)
        uppgifter.append((hafte, (html, str(site_dir / hafte.filnamn), site_dir.as_uri() + "/")))
    byggda = []
    arbetare = max(1, min(2, os.cpu_count() or 1, len(uppgifter)))
    with ProcessPoolExecutor(max_workers=arbetare) as pool:
        for nr, ((hafte, _), (sidor, sekunder)) in enumerate(
                zip(uppgifter, pool.map(_rendera, [u for _, u in uppgifter])), 1):
            fil = site_dir / hafte.filnamn
            byggt = Byggt(hafte, fil, sidor, fil.stat().st_size, sekunder)
            byggda.append(byggt)
            rapportera(f"Häfte {nr}/{len(uppgifter)}: {hafte.titel} ({hafte.filnamn}): "
                       f"{sidor} {'sida' if sidor == 1 else 'sidor'}, {kilobyte(byggt.byte)} kB, "
                       f"{sekunder:.1f} s")
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
