"""The sources of a build, found without the site engine: the settings in mkdocs.yml,
the förbund's identity and the files in docs/ that the site is built from.

The steps before MkDocs (kunskapsbank.kontroller.kallkontroll, kunskapsbank.sidor.rapportsidor) work on
these, so they see the same pages MkDocs will build: every Markdown file in docs_dir
that exclude_docs (and MkDocs' own rule for hidden files) does not leave out, minus the
pages of parts the förbund switched off (kunskapsbank.kallor.moduler).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pathspec

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.forbund.identitet import las_identitet
from kunskapsbank.kallor.installningar import Installningar, modulnamn
from kunskapsbank.kallor.kallhanvisningar import Kallista, las_kallistan
from kunskapsbank.kallor.installningar import las as las_installningar
from kunskapsbank.kallor.mappar import lankloop_fel
from kunskapsbank.kallor.moduler import Modulval
from kunskapsbank.grund.sidsprak import STANDARD, kallsprak
from kunskapsbank.grund.yamlfil import MkdocsLasare, las_mapping, las_text, mkdocs_nod

# MkDocs leaves out hidden files and a templates/ folder at the top (mkdocs.structure.files).
DOLT = [".*", "/templates/"]


@dataclass
class Kallor:
    config_fil: Path
    docs: Path
    extra: dict                 # extra: in mkdocs.yml, with extra.forbund from the identity file
    filer: dict[str, Path]      # every file in docs/ by its docs-relative path, also left-out ones
    sidor: dict[str, Path]      # the Markdown pages the site is built from, both languages
    installningar: Installningar  # extra: read and checked (kunskapsbank.kallor.installningar)
    avstangda: list[str]        # Markdown pages left out because their part is switched off
    kallista: Kallista          # the sources pages name in `kallor:` (docs/_data/kallor.yml)

    @property
    def modulval(self) -> Modulval:
        return self.installningar.moduler

    @property
    def rot(self) -> Path:
        return self.config_fil.parent

    def namn(self, src: str) -> str:
        """How a trainer finds a file: its path from the project folder (docs/... by default)."""
        return f"{os.path.relpath(self.docs, self.rot)}/{src}".replace(os.sep, "/")

    def svenska_sidor(self) -> dict[str, Path]:
        return {src: fil for src, fil in self.sidor.items() if kallsprak(src) == STANDARD}


def las_config(config_fil: Path) -> dict:
    """mkdocs.yml as data (MkDocs' own tags read as nothing). Raises InnehallsFel."""
    data, _ = las_mapping(las_text(config_fil, config_fil.name), config_fil.name, lasare=MkdocsLasare)
    return data


def _alla_filer(docs: Path) -> dict[str, Path]:
    filer = {}
    for mapp, undermappar, namn in os.walk(docs, followlinks=True):
        undermappar.sort()
        for fil in sorted(namn):
            path = Path(mapp) / fil
            filer[path.relative_to(docs).as_posix()] = path
    return filer


def las(config_fil: Path | str) -> Kallor:
    """Read the settings and find the sources. Raises InnehallsFel with file and line."""
    config_fil = Path(config_fil).resolve()
    config = las_config(config_fil)
    docs = (config_fil.parent / (config.get("docs_dir") or "docs")).resolve()
    # Before walking docs/, which would never end in a link loop.
    if (loop := lankloop_fel(docs, os.path.relpath(docs, config_fil.parent))):
        raise loop
    extra = dict(config.get("extra") or {})
    extra["forbund"] = las_identitet(docs, modulnamn(extra)).som_dict()
    installningar = las_installningar(extra, mkdocs_nod(config_fil, "extra"), config_fil.parent, config_fil.name)
    modulval = installningar.moduler
    utelamnat = pathspec.GitIgnoreSpec.from_lines(DOLT + str(config.get("exclude_docs") or "").splitlines())
    filer = _alla_filer(docs)
    alla = [src for src in filer if src.endswith(".md") and not utelamnat.match_file(src)]
    kallista = las_kallistan(docs, f"{os.path.relpath(docs, config_fil.parent)}/_data/kallor.yml".replace(os.sep, "/"))
    return Kallor(config_fil, docs, extra, filer, {src: filer[src] for src in alla if not modulval.modul_for(src)},
                  installningar, [src for src in alla if modulval.modul_for(src)], kallista)

