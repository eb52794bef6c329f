"""Browser code the build vendors from npm (Pyodide for "Granska din text", reveal.js for
the decks): each has a tools/<name>/ folder with package.json and package-lock.json, and
the build runs `npm ci` there when the files it needs are missing. Nothing is fetched from
a CDN; without npm the build goes on and says, in Swedish, what will not work."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def npm_paket(rot: Path, npm_mapp: Path, paket: str, filer: tuple[str, ...], meddela, foljd: str) -> Path | None:
    """The folder of `paket` in npm_mapp/node_modules, installed with `npm ci` if any of
    `filer` is missing; None (after telling meddela why, and that `foljd` happens) when
    npm, the lock file or the network is missing."""
    mapp = rot / npm_mapp / "node_modules" / paket
    if all((mapp / f).is_file() for f in filer):
        return mapp
    if not (rot / npm_mapp / "package-lock.json").is_file():
        meddela(f"Obs: {npm_mapp.as_posix()}/package-lock.json saknas, så {foljd} "
                "Hämta mappen från Kunskapsbankens källkod och bygg igen.")
        return None
    npm = shutil.which("npm")
    if npm is None:
        meddela(f"Obs: npm finns inte, så {foljd} Installera Node.js och npm och bygg igen.")
        return None
    svar = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                          cwd=rot / npm_mapp, capture_output=True, text=True)
    if svar.returncode != 0 or not all((mapp / f).is_file() for f in filer):
        meddela(f"Obs: npm kunde inte hämta {paket} (npm ci i {npm_mapp.as_posix()}), så {foljd} "
                "Kontrollera nätverket och bygg igen.\n" + (svar.stderr.strip().splitlines() or [""])[-1])
        return None
    return mapp
