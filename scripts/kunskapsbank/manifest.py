"""The build manifest: what the site engine built, for the steps that run after it.

MkDocs (through hooks/bygget.py) writes one file per language it builds,
site/.kunskapsbank/manifest-sv.json and manifest-en.json: every page with its source,
address, HTML file, title and place in the menu, and the settings the later steps need
(booklets, module switches, the förbund's identity, box types). The steps (booklets,
search index) read only this file and the HTML in site/, so another site engine only
has to write the same file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kunskapsbank.grund.fel import InnehallsFel

MAPP = ".kunskapsbank"
VERSION = 1


@dataclass
class Sida:
    src: str                 # docs-relative source, e.g. bip/vad-ar-bip.md
    url: str                 # site-relative address, e.g. bip/vad-ar-bip/
    fil: str                 # site-relative HTML file, e.g. bip/vad-ar-bip/index.html
    titel: str
    sprak: str               # the language of the source file (see kunskapsbank.grund.sidsprak)
    menyplats: int | None    # place in the menu (nav), None for a page outside it
    reservkopia: bool = False   # an untranslated page copied into the other language
    granskad: str | None = None  # when a person last checked the facts (YYYY-MM-DD), see granskning.py
    fragor: list = field(default_factory=list)  # [id, question] of its answer boxes (sidor/svarsrutor.py)
    beskrivning: str | None = None  # front matter's description: what the page is about, in a sentence
    sokord: list = field(default_factory=list)  # front matter's sokord: readers' words the page does not use


@dataclass
class Manifest:
    sprak: str
    sidor: list[Sida]
    site_url: str | None = None
    extra: dict = field(default_factory=dict)     # config.extra: booklets, modules, identity

    def i_menyordning(self) -> list[Sida]:
        return sorted((s for s in self.sidor if s.menyplats is not None), key=lambda s: s.menyplats)

    def sida(self, src: str) -> Sida | None:
        return next((s for s in self.sidor if s.src == src), None)


def sokvag(site_dir: Path, sprak: str) -> Path:
    return Path(site_dir) / MAPP / f"manifest-{sprak}.json"


def skriv(site_dir: Path, manifest: Manifest) -> Path:
    fil = sokvag(site_dir, manifest.sprak)
    fil.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": VERSION, **asdict(manifest)}
    fil.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return fil


def byggda(site_dir: Path) -> list[Manifest]:
    """The manifest of every language the site was built in (Swedish first)."""
    return [las(site_dir, sprak) for sprak in ("sv", "en") if sokvag(site_dir, sprak).is_file()]


def las(site_dir: Path, sprak: str = "sv") -> Manifest:
    fil = sokvag(site_dir, sprak)
    try:
        data = json.loads(fil.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InnehallsFel(str(fil), None, "Byggets manifest saknas.",
                           "Bygg webbplatsen först med scripts/build.") from None
    except (OSError, ValueError) as fel:
        raise InnehallsFel(str(fil), None, f"Byggets manifest går inte att läsa ({fel.__class__.__name__}).",
                           "Bygg webbplatsen igen med scripts/build.") from None
    if data.get("version") != VERSION:
        raise InnehallsFel(str(fil), None, "Byggets manifest är från en annan version av projektet.",
                           "Bygg webbplatsen igen med scripts/build.")
    return Manifest(sprak=data["sprak"], sidor=[Sida(**s) for s in data["sidor"]],
                    site_url=data.get("site_url"), extra=data.get("extra") or {})
