"""Folders that someone edits: a symbolic link that leads back into itself would make
MkDocs and the checker walk forever (and end in an English traceback)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from kunskapsbank.grund.fel import InnehallsFel


def hitta_lankloop(rot: Path) -> Path | None:
    """The first symbolic link below `rot` that leads into a loop: to itself, or to a
    folder it already lies in (also through other links). None when there is none."""

    def besok(mapp: Path, vagen: frozenset[Path]) -> Path | None:
        try:
            poster = sorted(os.scandir(mapp), key=lambda p: p.name)
        except OSError:
            return None
        for post in poster:
            path = Path(post.path)
            if post.is_symlink():
                try:
                    mal = path.resolve(strict=True)
                except FileNotFoundError:
                    continue            # a broken link: nothing to walk into
                except RuntimeError:
                    return path
                except OSError as fel:
                    if fel.errno == errno.ELOOP:
                        return path
                    continue
                if not mal.is_dir():
                    continue
                if mal in vagen:
                    return path
                hittad = besok(path, vagen | {mal})
            elif post.is_dir(follow_symlinks=False):
                hittad = besok(path, vagen | {path.resolve()})
            else:
                continue
            if hittad:
                return hittad
        return None

    return besok(rot, frozenset({rot.resolve()}))


def lankloop_fel(rot: Path, visning: str) -> InnehallsFel | None:
    """A Swedish error for the first link loop below `rot`, named from `visning`
    (the folder as the user knows it, e.g. docs)."""
    loop = hitta_lankloop(rot)
    if loop is None:
        return None
    namn = f"{visning.rstrip('/')}/{loop.relative_to(rot).as_posix()}"
    return InnehallsFel(namn, None, "Länken pekar tillbaka på sig själv eller på en mapp som den "
                        "ligger i (en länkloop), så mappen tar aldrig slut.",
                        f"Ta bort länken (rm {namn}), eller lägg en vanlig fil eller mapp där "
                        "i stället.")
