"""Rapportsidorna: the pages the build makes from the sources, before the site engine:

    python -m kunskapsbank.sidor.rapportsidor MAPP [--config mkdocs.yml] [--utforligt]

- the readability report lattlast/index.md: Lättläst-granskaren on every Swedish page
  (kunskapsbank.lattlast); its errors stop the build
- the review report granskning/index.md and a note for each overdue page
  (kunskapsbank.sidor.granskning)
- "Nytt i materialet", nytt/index.md, from the git history of docs/ (kunskapsbank.sidor.nytt)
- "Källor", kallor/index.md, and the list of sources that ends each page that names
  them (kunskapsbank.kallor.kallhanvisningar)
- "Översättningar", oversattning/index.md: is each English page in step with its Swedish
  page (git), with a notice on each page that is behind (kunskapsbank.sidor.oversattning)

MAPP gets the Markdown of each page (MAPP/sidor/...), the notes (MAPP/notiser.json) and
the endings of pages (MAPP/avslut.json),
never docs/, which belongs to the trainers. hooks/rapportsidor.py adds them to the site.
The pipeline (kunskapsbank.byggkedja) names MAPP in $KB_BYGGMAPP; without it
(`mkdocs serve`, `mkdocs build`) the hook calls `gor` itself, on every rebuild anew.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kunskapsbank.sidor import granskning, oversattning
from kunskapsbank.sidor import nytt
from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.kallor.kallorna import Kallor, las
from kunskapsbank.lattlast.rapport import rapport_markdown
from kunskapsbank.lattlast.regelsida import inaktuell
from kunskapsbank.lattlast.webbplats import granska_webbplatsen
from kunskapsbank.kallor.sidhuvud import granska_fil, sidtitel
from kunskapsbank.grund.sidsprak import STANDARD, kallsprak
from kunskapsbank.kallor.kallhanvisningar import KALLSIDA, kallavsnitt, kallsida_markdown, sidans_kallor

# The pipeline names the folder of this build for the hooks in this environment variable.
BYGGMAPP = "KB_BYGGMAPP"
LATTLAST, REGELSIDA = "lattlast/index.md", "granskaren/index.md"
FEL, VARNING, INFO = "fel", "varning", "info"


@dataclass
class Rapportsidor:
    sidor: dict[str, str] = field(default_factory=dict)       # docs-relative path -> Markdown
    notiser: dict[str, str] = field(default_factory=dict)     # source page -> note under its heading
    avslut: dict[str, str] = field(default_factory=dict)      # source page -> Markdown at its end
    meddelanden: list[tuple[str, str]] = field(default_factory=list)   # (FEL/VARNING/INFO, text)

    @property
    def stoppar(self) -> bool:
        return any(niva == FEL for niva, _ in self.meddelanden)

    def skriv(self, mapp: Path) -> None:
        for src, markdown in self.sidor.items():
            (mapp / "sidor" / src).parent.mkdir(parents=True, exist_ok=True)
            (mapp / "sidor" / src).write_text(markdown, encoding="utf-8")
        (mapp / "notiser.json").write_text(json.dumps(self.notiser, ensure_ascii=False), encoding="utf-8")
        (mapp / "avslut.json").write_text(json.dumps(self.avslut, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def las(cls, mapp: Path) -> "Rapportsidor":
        sidor = {f.relative_to(mapp / "sidor").as_posix(): f.read_text(encoding="utf-8")
                 for f in sorted((mapp / "sidor").rglob("*.md"))}
        return cls(sidor, json.loads((mapp / "notiser.json").read_text(encoding="utf-8")),
                   json.loads((mapp / "avslut.json").read_text(encoding="utf-8")))


def _lattlast(kallor: Kallor, ut: Rapportsidor) -> None:
    inst = kallor.installningar.granskaren
    # The rule page lists the rules' data files; a stale page would tell trainers wrong rules.
    if (fel := inaktuell(kallor.docs)):
        fil, _, text = fel.partition(": ")
        raise InnehallsFel(fil, None, text)
    resultat, problem = granska_webbplatsen(
        [(kallor.namn(src), fil) for src, fil in kallor.svenska_sidor().items()], inst)
    # Box mistakes (rule `ruta`) are reported by the source check, on every page.
    ut.meddelanden += [(FEL if f.severity == "error" else INFO, "lattlast: " + f.som_text())
                       for r in resultat for f in r.fynd if f.rule != "ruta"]
    ut.meddelanden += [(FEL, text) for text in problem]
    ut.sidor[LATTLAST] = rapport_markdown(resultat, LATTLAST, inst.nivaer,
                                          REGELSIDA if REGELSIDA in kallor.sidor else None)


def _granskning(huvuden: dict, titlar: dict[str, str], inst: granskning.Granskningstider, idag: dt.date,
                ut: Rapportsidor) -> None:
    alla = []
    for src, sidhuvud in huvuden.items():
        if sidhuvud is None:
            continue        # the source check stops the build with the mistake
        g = granskning.granskning(src, titlar[src], sidhuvud, inst, idag)
        alla.append(g)
        if g.sen:
            ut.notiser[src] = granskning.notis_markdown(g, kallsprak(src))
    ut.meddelanden += [(INFO, rad) for rad in granskning.meddelanden(alla)]
    ut.sidor[granskning.RAPPORT] = granskning.rapport_markdown(alla, idag)


def _kallor(kallor: Kallor, huvuden: dict, titlar: dict[str, str], ut: Rapportsidor) -> None:
    anvandning: dict[str, list[tuple[str, str]]] = {}
    kallor_per_sida = {src: h.kallor for src, h in huvuden.items() if h is not None}
    for src in kallor_per_sida:
        if not (nycklar := sidans_kallor(src, kallor_per_sida)):
            continue
        ut.avslut[src] = kallavsnitt(nycklar, kallor.kallista, kallsprak(src))
        # The start page only introduces; the pages it leads to are listed themselves.
        if kallsprak(src) == STANDARD and src != "index.md":
            for nyckel in nycklar:
                anvandning.setdefault(nyckel, []).append((src, titlar[src]))
    if kallor.kallista.kallor:
        ut.sidor[KALLSIDA] = kallsida_markdown(kallor.kallista, anvandning)


def _oversattningar(kallor: Kallor, huvuden: dict, titlar: dict[str, str], ut: Rapportsidor) -> None:
    if not any(kallsprak(src) == "en" for src in kallor.sidor):
        return      # a site without English (the förbund switched it off)
    alla = oversattning.status(kallor.rot, os.path.relpath(kallor.docs, kallor.rot).replace(os.sep, "/"),
                               huvuden, titlar)
    for o in alla:
        if o.lage == "efter":
            notis = oversattning.notis_markdown(o)
            ut.notiser[o.engelsk] = ut.notiser[o.engelsk] + "\n" + notis if o.engelsk in ut.notiser else notis
    if (rad := oversattning.obs_rad(alla)):
        ut.meddelanden.append((INFO, rad))
    kontroll = {src: _engelsk_kontroll(fil) for src, fil in kallor.sidor.items() if kallsprak(src) == "en"}
    ut.sidor[oversattning.RAPPORT] = oversattning.rapport_markdown(alla, kontroll)


def _engelsk_kontroll(fil: Path) -> str:
    """The plain-English check's verdict for the translators' report."""
    from kunskapsbank.lattlast import engelska
    from kunskapsbank.lattlast.markdown import las_markdown

    fynd, siffror = engelska.granska(las_markdown(_text(fil)), fil.name)
    att_ratta = sum(1 for f in fynd if f.severity in ("error", "warning"))
    flesch = f", Flesch {siffror['flesch']:.0f}" if siffror["flesch"] is not None else ""
    return ("Klarar" if not att_ratta else f"{att_ratta} saker att rätta") + flesch


def _text(fil: Path) -> str:
    try:
        return fil.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""       # the source check reports the file


def gor(kallor: Kallor, idag: dt.date | None = None) -> Rapportsidor:
    """Every report page for these sources. Raises InnehallsFel for a mistake in the settings."""
    ut = Rapportsidor()
    huvuden = {src: granska_fil(fil, kallor.namn(src), kallnycklar=kallor.kallista.nycklar())[0]
               for src, fil in kallor.sidor.items()}
    titlar = {src: sidtitel(_text(fil), huvuden[src], src) for src, fil in kallor.sidor.items()}
    _lattlast(kallor, ut)
    _granskning(huvuden, titlar, kallor.installningar.granskning, idag or dt.date.today(), ut)
    svenska = {src: titlar[src] for src in kallor.svenska_sidor()}
    ut.sidor[nytt.SIDA] = nytt.sida_markdown(nytt.las_historik(kallor.docs), svenska)
    _kallor(kallor, huvuden, titlar, ut)
    _oversattningar(kallor, huvuden, titlar, ut)
    return ut


def kor(config: Path, mapp: Path, utforligt: bool = False, skriv=print, strikt: bool = True) -> int:
    """The step: writes the pages to mapp and prints what a trainer must act on; 1 when
    an error stops the build. The checker's errors stop only a strict build, as MkDocs'
    warnings do (`--inte-strikt` shows a broken page to the accessibility tests)."""
    try:
        sidor = gor(las(config))
    except InnehallsFel as fel:
        skriv(f"FEL: {fel}")
        return 1
    for niva, text in sidor.meddelanden:
        if niva != INFO or utforligt or text.startswith("Obs:"):
            skriv(f"FEL: {text}" if niva == FEL else text)
    sidor.skriv(mapp)
    return 1 if sidor.stoppar and strikt else 0


def main(argv: list[str] | None = None) -> int:
    tolk = argparse.ArgumentParser(prog="python -m kunskapsbank.sidor.rapportsidor",
                                   description="Gör rapportsidorna (läsbarhet, granskning, nytt) till en mapp.")
    tolk.add_argument("mapp", help="mappen att skriva sidorna till (inte docs/)")
    tolk.add_argument("--config", default="mkdocs.yml", help="webbplatsens inställningar")
    tolk.add_argument("--utforligt", action="store_true", help="visa också varningar och tips")
    args = tolk.parse_args(argv)
    Path(args.mapp).mkdir(parents=True, exist_ok=True)
    return kor(Path(args.config), Path(args.mapp), args.utforligt, lambda t: print(t, file=sys.stderr))


if __name__ == "__main__":
    sys.exit(main())
