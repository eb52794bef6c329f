"""The page "Nytt i materialet": which pages changed, month by month, from the git
history of docs/. Trainers read it before a course round.

The history is the repository's own, so a fork lists its own changes as well as the
ones it took in. A change marked [liten] in its commit subject (a typo) is left out. A
shallow clone (the default of actions/checkout) has only the newest commit; then the
page says the history is missing instead of showing a list that looks complete.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from babel.dates import format_date

from kunskapsbank.grund.git import git
from kunskapsbank.grund.markdowntext import som_text

SIDA = "nytt/index.md"
LITEN = "[liten]"
MANADER_PA_SIDAN = 12
POST, FALT = "\x1e", "\x1f"


@dataclass
class Andring:
    datum: str          # YYYY-MM-DD of the commit
    src: str            # docs-relative source, e.g. bip/vad-ar-bip.md
    amne: str           # the commit subject
    ny: bool            # the commit added the page


@dataclass
class Historik:
    andringar: list[Andring] = field(default_factory=list)
    saknas: str | None = None      # why there is no list: "grund" (shallow clone) or "ingen" (no git)


def las_historik(docs: Path) -> Historik:
    """Every change to a Markdown page in `docs`, newest first."""
    grund = git(docs, "rev-parse", "--is-shallow-repository")
    if grund is None:
        return Historik(saknas="ingen")
    if grund == "true":
        return Historik(saknas="grund")
    # --relative: paths from docs/, also when the project is a folder inside the repository.
    logg = git(docs, "log", "--name-status", "--relative", f"--format={POST}%cs{FALT}%s", "--", ".")
    andringar = []
    # git() strips its answer, and Python counts \x1e as white space: the first record
    # loses its separator, so split and drop what is empty instead of skipping one.
    for post in filter(None, (logg or "").split(POST)):
        huvud, _, filer = post.partition("\n")
        datum, _, amne = huvud.partition(FALT)
        if LITEN in amne.lower():
            continue
        for rad in filer.splitlines():
            delar = rad.split("\t")
            status, src = delar[0][:1], delar[-1]      # a renamed page is listed under its new name
            if status in "AMRC" and src.endswith(".md") and not src.startswith("_snippets/"):
                andringar.append(Andring(datum, src, amne.strip(), status == "A"))
    return Historik(andringar)


def _manad(datum: str) -> str:
    return format_date(dt.date.fromisoformat(datum[:7] + "-01"), "LLLL y", locale="sv").capitalize()


def sida_markdown(historik: Historik, sidor: dict[str, str], sidans_plats: str = SIDA) -> str:
    """The page as Markdown. `sidor` maps each page that is built now to its title;
    changes to pages that are gone (or switched off) are not listed."""
    bas = posixpath.dirname(sidans_plats)
    rader = ["---", "title: Nytt i materialet", "lattlast: av", "lasare: redaktorer", "sprak: sv", "search:", "  exclude: true",
             "---", "", "# Nytt i materialet", ""]
    if historik.saknas == "grund":
        return "\n".join(rader + [
            "Listan kan inte visas. Den här kopian av materialet har bara den senaste ändringen, inte "
            "hela historiken (en så kallad grund klon). Bygg webbplatsen från en fullständig kopia. "
            "I GitHub Actions skriver du `fetch-depth: 0` under `actions/checkout`.", ""])
    if historik.saknas == "ingen":
        return "\n".join(rader + [
            "Listan kan inte visas. Webbplatsen byggdes utan historiken från git, så det går inte "
            "att se vad som har ändrats.", ""])
    rader += ["Här ser du vilka sidor som är nya eller har ändrats, månad för månad. Små rättelser, "
              "till exempel av stavfel, står inte med. Läs listan innan du håller en kurs.", ""]
    per_manad: dict[str, dict[str, list[Andring]]] = {}
    for a in historik.andringar:
        if a.src in sidor:
            per_manad.setdefault(a.datum[:7], {}).setdefault(a.src, []).append(a)
    if not per_manad:
        return "\n".join(rader + ["Inga sidor har ändrats ännu.", ""])
    for manad in sorted(per_manad, reverse=True)[:MANADER_PA_SIDAN]:
        rader += [f"## {_manad(manad)}", ""]
        for src, andringar in per_manad[manad].items():
            ny = " (ny sida)" if any(a.ny for a in andringar) else ""
            amnen = "; ".join(dict.fromkeys(som_text(a.amne) for a in andringar))
            rader.append(f"- [{som_text(sidor[src])}]({posixpath.relpath(src, bas)}){ny}: {amnen}")
        rader.append("")
    return "\n".join(rader)
