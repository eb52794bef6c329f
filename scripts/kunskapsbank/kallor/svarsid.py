"""Saved answers follow their question's id. A participant's answers to the reflection
questions (kurssidor.reflektion) and ratings of the self-check's statements
(kurssidor.sjalvskattning) are kept in their browser under each question's or statement's
`id`, so an id that disappears from a page takes every saved answer with it, without a word.

So every id a page has had in git must still be there, be listed under `tidigare_id` of
the question or statement that took its place (the browser then reads the saved answers
from it, see reflektion.js and sjalvskattning.js), or be listed under `borttagna_id` when
it was removed on purpose. Without git (a copy with no history) there is nothing to
compare with.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from kunskapsbank.grund.fel import InnehallsFel

# A line in a diff that adds or removes a question id; only such commits are read.
ID_RAD = r"^\s*(- )?id:\s"


REFLEKTION, SJALVSKATTNING = "reflektion", "sjalvskattning"


def id_i_texten(text: str) -> dict[str, str]:
    """The ids of saved answers in a page's front matter, each with where it stands
    (REFLEKTION or SJALVSKATTNING); an older version may not be readable."""
    from kunskapsbank.grund.fel import InnehallsFel
    from kunskapsbank.grund.markdownkalla import sidhuvudets_text
    from kunskapsbank.grund.yamlfil import las_yaml_nod

    yaml_text = sidhuvudets_text(text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"))
    try:
        data = las_yaml_nod(yaml_text, "", forsta_rad=2)[0] if yaml_text else None
    except InnehallsFel:
        return {}
    if not isinstance(data, dict):
        return {}

    def lista(v) -> list[dict]:
        return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []

    skattning = data.get(SJALVSKATTNING)
    teman = lista(skattning.get("teman")) if isinstance(skattning, dict) else []
    ut = {str(p["id"]): SJALVSKATTNING for t in teman for p in lista(t.get("pastaenden")) if p.get("id")}
    ut.update({str(f["id"]): REFLEKTION for k in lista(data.get(REFLEKTION)) for f in lista(k.get("fragor"))
               if f.get("id")})
    return ut


def id_i_historiken(rot: Path, mapp: str) -> dict[str, dict[str, str]]:
    """Every id of saved answers each page under `mapp` has had in a commit (id_i_texten),
    by the page's path from `rot` (paths relative to `rot`, which may lie anywhere inside
    the repository)."""
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
    ut: dict[str, dict[str, str]] = {}
    data, pos = svar.stdout, 0
    for _, fil in fragor:
        slut = data.index(b"\n", pos)
        huvud = data[pos:slut].split()
        pos = slut + 1
        if len(huvud) < 3 or huvud[1] != b"blob":
            continue                       # "missing": the commit deleted the file
        storlek = int(huvud[2])
        ut.setdefault(fil, {}).update(id_i_texten(data[pos:pos + storlek].decode("utf-8", "replace")))
        pos += storlek + 1
    return ut


def forsvunna_svar(fil: str, sidhuvud, tidigare: dict[str, str], rader: list[str]) -> InnehallsFel | None:
    """An error when ids the page had (id -> REFLEKTION or SJALVSKATTNING) are gone without
    a recorded rename or removal, at the line of 'reflektion:' or 'sjalvskattning:' (or the
    first line when the whole form was taken away)."""
    kvar = sidhuvud.svars_id if sidhuvud is not None else set()
    for slag in (REFLEKTION, SJALVSKATTNING):
        borta = sorted(i for i, s in tidigare.items() if s == slag and i not in kvar)
        if borta:
            break
    else:
        return None
    lista = ", ".join(f"'{i}'" for i in borta)
    rad = next((i for i, r in enumerate(rader, 1) if r.startswith(f"{slag}:")), 1)
    if slag == REFLEKTION:
        return InnehallsFel(
            fil, rad, f"Reflektionsfrågan med id {lista} finns inte längre på sidan. De svar som "
            "deltagarna har sparat under det id:t försvinner från sidan och ur filen de laddar ner.",
            f"Har du gett frågan ett nytt id, skriv 'tidigare_id: [{borta[0]}]' under den nya frågan, så "
            f"flyttas svaren dit. Har du tagit bort frågan med flit, skriv 'borttagna_id: [{borta[0]}]' i "
            "sidhuvudet.")
    return InnehallsFel(
        fil, rad, f"Påståendet med id {lista} finns inte längre i självskattningen. Det som "
        "deltagarna har svarat på det försvinner ur deras resultat och spindeldiagram.",
        f"Har du gett påståendet ett nytt id, skriv 'tidigare_id: [{borta[0]}]' under det nya "
        f"påståendet, så följer svaren med. Har du tagit bort påståendet med flit, skriv "
        f"'borttagna_id: [{borta[0]}]' i sidhuvudet.")
