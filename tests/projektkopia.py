"""A copy of the project's frame (config, templates, hooks and the förbund's own folder)
in another folder, with or without the content. Used by the tests and the benchmarks to
build small or generated sites with exactly the real machinery."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

ROT = Path(__file__).resolve().parents[1]


def andra_config(path: Path, andring) -> None:
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    andring(config)
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")


def kopiera_projekt(mal: Path, *, med_innehall: bool = True, rot: Path = ROT) -> Path:
    """Copy what a build needs into `mal`.

    Without content, docs/ holds only the förbund's own folder and the abbreviations, the
    nav is left to MkDocs and the booklet list is dropped (it names pages that are not
    there), so the caller can add exactly the pages it needs."""
    mal.mkdir(parents=True, exist_ok=True)
    for namn in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy2(rot / namn, mal / namn)
    for mapp in ("overrides", "hooks"):
        shutil.copytree(rot / mapp, mal / mapp)
    # The npm packages (the browser checker's Pyodide, the decks' reveal.js): the lock
    # files, and the installed packages themselves as links (copying 14 MB for every
    # test build would be slow).
    for verktyg in ("webbgranskare", "bildspel"):
        npm = mal / "tools" / verktyg
        npm.mkdir(parents=True)
        for namn in ("package.json", "package-lock.json", "forkompilera.mjs"):
            if (rot / "tools" / verktyg / namn).is_file():
                shutil.copy2(rot / "tools" / verktyg / namn, npm / namn)
        if (rot / "tools" / verktyg / "node_modules").is_dir():
            (npm / "node_modules").symlink_to(rot / "tools" / verktyg / "node_modules")
    if med_innehall:
        shutil.copytree(rot / "docs", mal / "docs")
        return mal
    (mal / "docs").mkdir()
    shutil.copytree(rot / "docs" / "lokalt", mal / "docs" / "lokalt")
    shutil.copytree(rot / "docs" / "_snippets", mal / "docs" / "_snippets")
    if (rot / "docs" / "_data").is_dir():      # the source list, which pages name in `kallor:`
        shutil.copytree(rot / "docs" / "_data", mal / "docs" / "_data")

    def utan_innehall(config):
        config.pop("nav", None)
        config["extra"].pop("haften", None)

    andra_config(mal / "mkdocs.yml", utan_innehall)
    return mal
