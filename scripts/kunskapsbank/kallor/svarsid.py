"""Saved answers follow their question's id. A participant's answers to the reflection
questions are kept in their browser under each question's `id` (kurssidor.reflektion), so
an id that disappears from a page takes every saved answer with it, without a word.

So every id a page has had in git must still be there, be listed under `tidigare_id` of
the question that took its place (the browser then moves the saved answers over, see
reflektion.js), or be listed under `borttagna_id` when the question was removed on
purpose. Without git (a copy with no history) there is nothing to compare with.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from kunskapsbank.grund.fel import InnehallsFel

# A line in a diff that adds or removes a question id; only such commits are read.
ID_RAD = r"^\s*(- )?id:\s"


def _id_i(text: str) -> set[str]:
    """The reflection ids in a page's front matter (an older version may not be readable)."""
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.grund.markdownkalla import sidhuvudets_text
    from kunskapsbank.grund.yamlfil import las_yaml_nod

    yaml_text = sidhuvudets_text(text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"))
    try:
        data = las_yaml_nod(yaml_text, "", forsta_rad=2)[0] if yaml_text else None
    except InnehallsFel:
        return set()
    kapitel = data.get("reflektion") if isinstance(data, dict) else None
    return {str(f["id"]) for k in kapitel if isinstance(k, dict) for f in k.get("fragor") or []
            if isinstance(f, dict) and f.get("id")} if isinstance(kapitel, list) else set()


def id_i_historiken(rot: Path, mapp: str) -> dict[str, set[str]]:
    """Every reflection id each page under `mapp` has had in a commit, by the page's path
    from `rot` (paths relative to `rot`, which may lie anywhere inside the repository)."""
    try:
        logg = subprocess.run(["git", "log", "--relative", "--format=%x00%H", "-G", ID_RAD, "--name-only",
                               "--", mapp],
                              cwd=rot, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return {}
    if logg.returncode != 0:
        return {}
    fragor = []
    for post in logg.stdout.split("\x00")[1:]:
        commit, *filer = post.split()
        fragor += [(commit, f) for f in filer if f.endswith(".md")]
    if not fragor:
        return {}
    # "<commit>:./<path>" is read relative to the folder git runs in, like the paths above.
    svar = subprocess.run(["git", "cat-file", "--batch"], cwd=rot, capture_output=True, timeout=60,
                          input="".join(f"{c}:./{f}\n" for c, f in fragor).encode())
    ut: dict[str, set[str]] = {}
    data, pos = svar.stdout, 0
    for _, fil in fragor:
        slut = data.index(b"\n", pos)
        huvud = data[pos:slut].split()
        pos = slut + 1
        if len(huvud) < 3 or huvud[1] != b"blob":
            continue                       # "missing": the commit deleted the file
        storlek = int(huvud[2])
        ut.setdefault(fil, set()).update(_id_i(data[pos:pos + storlek].decode("utf-8", "replace")))
        pos += storlek + 1
    return ut


def forsvunna_svar(fil: str, sidhuvud, tidigare: set[str], rader: list[str]) -> InnehallsFel | None:
    """An error when ids the page had are gone without a recorded rename or removal, at
    the line of 'reflektion:' (or the first line when the whole form was taken away)."""
    borta = sorted(tidigare - (sidhuvud.svars_id if sidhuvud is not None else set()))
    if not borta:
        return None
    lista = ", ".join(f"'{i}'" for i in borta)
    rad = next((i for i, r in enumerate(rader, 1) if r.startswith("reflektion:")), 1)
    return InnehallsFel(
        fil, rad, f"Reflektionsfrågan med id {lista} finns inte längre på sidan. De svar som "
        "deltagarna har sparat under det id:t försvinner från sidan och ur filen de laddar ner.",
        f"Har du gett frågan ett nytt id, skriv 'tidigare_id: [{borta[0]}]' under den nya frågan, så "
        f"flyttas svaren dit. Har du tagit bort frågan med flit, skriv 'borttagna_id: [{borta[0]}]' i "
        "sidhuvudet.")
