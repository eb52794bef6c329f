"""Translation status from git: is each English page in step with its Swedish page?

An English page records in front matter which version of the Swedish page it translates:

    oversatt_fran: 3d13f1c2a4b5     # the last commit of docs/x.md the translator checked

When the Swedish page has changed since (a commit that is not marked [liten]), the
English page is behind: it gets a notice with a link to the Swedish page, the build
prints one `Obs:` line, and the report page oversattning/index.md lists it. A translator
who has brought the page in step runs

    ./scripts/oversatt docs/x.en.md

which writes the Swedish page's newest commit into `oversatt_fran`.
"""

from __future__ import annotations

import argparse
import posixpath
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from kunskapsbank.grund.git import git
from kunskapsbank.grund.sidsprak import STANDARD, kallsprak, svensk_kalla
from kunskapsbank.sidor.nytt import LITEN

RAPPORT = "oversattning/index.md"
NYCKEL = "oversatt_fran"
FALT = "\x1f"


@dataclass
class Oversattning:
    svensk: str                 # docs-relative Swedish page
    engelsk: str | None         # its English page, None when there is none
    titel: str
    lage: str                   # "i-takt", "efter", "okand", "saknas"
    sedan: str | None = None    # the date of the first change the English page lacks
    andringar: int = 0
    varfor: str | None = None   # why the state is unknown


def _andringar_efter(rot: Path, fil: str, commit: str) -> list[tuple[str, str]] | None:
    """(date, subject) of the commits that changed `fil` after `commit`, oldest first,
    [liten] left out; None when git cannot tell (no git, unknown commit)."""
    if git(rot, "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}") is None:
        return None
    logg = git(rot, "log", "--reverse", f"--format=%cs{FALT}%s", f"{commit}..HEAD", "--", fil)
    if logg is None:
        return []
    poster = [rad.split(FALT, 1) for rad in logg.splitlines() if FALT in rad]
    return [(d, s) for d, s in poster if LITEN not in s.lower()]


def status(rot: Path, docs_namn: str, sidor: dict[str, object], titlar: dict[str, str]) -> list[Oversattning]:
    """Every Swedish page with its English page's state. `sidor` maps docs-relative
    sources to their front matter (None when unreadable)."""
    svenska = sorted(s for s in sidor if kallsprak(s) == STANDARD)
    engelska = {svensk_kalla(s): s for s in sidor if kallsprak(s) == "en"}
    ut = []
    for sv in svenska:
        en = engelska.get(sv)
        if en is None:
            ut.append(Oversattning(sv, None, titlar.get(sv, sv), "saknas"))
            continue
        commit = getattr(sidor[en], NYCKEL, None) if sidor[en] is not None else None
        if not commit:
            ut.append(Oversattning(sv, en, titlar.get(sv, sv), "okand",
                                   varfor=f"sidan saknar {NYCKEL} i sidhuvudet"))
            continue
        andringar = _andringar_efter(rot, f"{docs_namn}/{sv}", commit)
        if andringar is None:
            ut.append(Oversattning(sv, en, titlar.get(sv, sv), "okand",
                                   varfor=f"git känner inte till versionen {commit} (en grund klon?)"))
        elif andringar:
            ut.append(Oversattning(sv, en, titlar.get(sv, sv), "efter", andringar[0][0], len(andringar)))
        else:
            ut.append(Oversattning(sv, en, titlar.get(sv, sv), "i-takt"))
    return ut


def notis_markdown(o: Oversattning) -> str:
    """The notice on an English page that is behind (the page is English). The link is
    HTML: a Markdown link to x.md from an English page would lead to x.en.md."""
    svensk_url = re.sub(r"(^|/)index\.md$", r"\1", o.svensk).removesuffix(".md")
    svensk_url += "" if svensk_url.endswith("/") or not svensk_url else "/"
    lank = "../" * ("en/" + svensk_url).count("/") + svensk_url
    return (f'!!! warning "This translation may be out of date"\n'
            f"    The Swedish page changed on {o.sedan}, after this page was translated. "
            f'<a href="{lank}" hreflang="sv">Read the Swedish page</a> for the latest version.\n')


def obs_rad(alla: list[Oversattning]) -> str | None:
    efter = [o for o in alla if o.lage in ("efter", "okand")]
    if not efter:
        return None
    sidor = ", ".join(f"docs/{o.engelsk}" for o in efter[:5]) + (" …" if len(efter) > 5 else "")
    return (f"Obs: {len(efter)} engelska sidor är äldre än sina svenska sidor ({sidor}). "
            f"Se rapporten {RAPPORT.removesuffix('index.md')}. När översättningen stämmer: "
            "./scripts/oversatt docs/SIDAN.en.md")


LAGE = {"i-takt": "I takt", "efter": "Efter", "okand": "Vet inte", "saknas": "Finns inte på engelska"}


def rapport_markdown(alla: list[Oversattning], engelsk_granskning: dict[str, str] | None = None) -> str:
    """The report page for translators: every Swedish page and its English page."""
    bas = posixpath.dirname(RAPPORT)
    antal = {lage: sum(1 for o in alla if o.lage == lage) for lage in LAGE}
    rader = ["---", "title: Översättningar", "lattlast: av", "lasare: redaktorer", "sprak: sv", "search:",
             "  exclude: true", "---", "", "# Översättningar", "",
             "Sidan visar om varje engelsk sida stämmer med sin svenska sida. Den byggs från "
             "git-historiken. En ändring som är markerad [liten] räknas inte.", "",
             f"{antal['i-takt']} i takt, {antal['efter']} efter, {antal['okand']} okända, "
             f"{antal['saknas']} svenska sidor utan engelsk sida.", "",
             "När du har fört en engelsk sida i takt med den svenska, kör "
             "`./scripts/oversatt docs/SIDAN.en.md`. Då sparas den svenska sidans version i "
             f"sidhuvudet (`{NYCKEL}`).", "",
             "| Sida | Läge | Sedan | Engelsk klarspråkskontroll |", "| --- | --- | --- | --- |"]
    ordning = {"efter": 0, "okand": 1, "i-takt": 2, "saknas": 3}
    for o in sorted(alla, key=lambda o: (ordning[o.lage], o.svensk)):
        lank = posixpath.relpath(o.svensk, bas)
        lage = LAGE[o.lage] + (f" ({o.andringar} ändringar)" if o.lage == "efter" else "") + \
            (f": {o.varfor}" if o.varfor else "")
        kontroll = (engelsk_granskning or {}).get(o.engelsk, "") if o.engelsk else ""
        rader.append(f"| [{o.titel}]({lank}) | {lage} | {o.sedan or ''} | {kontroll} |")
    return "\n".join(rader) + "\n"


# ---------------------------------------------------------------- the command ---------

def markera_klar(fil: Path, rot: Path) -> str:
    """Write the Swedish page's newest commit into the English page's front matter."""
    if not fil.name.endswith(".en.md"):
        raise SystemExit(f"FEL: {fil} är ingen engelsk sida (namnet ska sluta på .en.md).")
    svensk = fil.with_name(fil.name[: -len(".en.md")] + ".md")
    commit = git(rot, "log", "-1", "--format=%h", "--abbrev=12", "--", str(svensk.resolve().relative_to(rot)))
    if commit is None:
        raise SystemExit(f"FEL: git känner inte till {svensk}. Är den svenska sidan sparad i git (commit)?")
    text = fil.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        raise SystemExit(f"FEL: {fil}:1: sidan saknar sidhuvud (--- ... ---). Lägg till ett, med title:.")
    slut = text.index("\n---\n", 4)
    huvud = text[4:slut]
    if re.search(rf"^{NYCKEL}:", huvud, re.M):
        huvud = re.sub(rf"^{NYCKEL}:.*$", f"{NYCKEL}: {commit}", huvud, flags=re.M)
    else:
        huvud += f"\n{NYCKEL}: {commit}"
    fil.write_text("---\n" + huvud + text[slut:], encoding="utf-8")
    return commit


def main(argv: list[str] | None = None) -> int:
    tolk = argparse.ArgumentParser(prog="scripts/oversatt",
                                   description="Markera att en engelsk sida stämmer med sin svenska sida.")
    tolk.add_argument("sidor", nargs="+", help="engelska sidor, till exempel docs/bip/vad-ar-bip.en.md")
    tolk.add_argument("--rot", default=".", help="projektets mapp")
    args = tolk.parse_args(argv)
    rot = Path(args.rot).resolve()
    for sida in args.sidor:
        fil = Path(sida)
        if not fil.is_file():
            print(f"FEL: {sida} finns inte.", file=sys.stderr)
            return 1
        commit = markera_klar(fil, rot)
        print(f"{sida}: översätter nu den svenska sidans version {commit}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
