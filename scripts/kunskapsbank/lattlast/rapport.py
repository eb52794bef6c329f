"""The readability report for trainers: every page's LIX, sentence length and findings,
worst first. Returns Markdown, so any site engine can render it."""

from __future__ import annotations

import posixpath

from kunskapsbank.grund.markdowntext import som_text as _text
from kunskapsbank.lattlast.fynd import SVENSKA
from kunskapsbank.lattlast.granskare import Resultat
from kunskapsbank.lattlast.installningar import NIVANAMN, STANDARD_NIVAER

def _allvar(r: Resultat, lix_max: float | None) -> tuple:
    over = (r.statistik.lix or 0) - (lix_max or 100)
    return (-r.fel, -r.varningar, -over)


def _klarar(r: Resultat) -> str:
    bedomning = r.bedomning
    if bedomning is None:
        return "–"
    return {True: "ja", False: "nej", None: "ja, så långt det går att bedöma"}[bedomning.klarar]


def rapport_markdown(resultat: list[Resultat], sidans_plats: str = "lattlast/index.md",
                     nivaer: dict | None = None, regelsida: str | None = None) -> str:
    nivaer = nivaer or STANDARD_NIVAER
    granskade = [r for r in resultat if r.statistik is not None]
    granskade.sort(key=lambda r: _allvar(r, nivaer[r.niva]["lix_max"]))
    fel = sum(r.fel for r in granskade)
    varningar = sum(r.varningar for r in granskade)
    bas = posixpath.dirname(sidans_plats)

    def lank(r: Resultat) -> str:
        kalla = r.path.split("docs/", 1)[-1]
        return f"[{kalla}]({posixpath.relpath(kalla, bas)})"

    rader = [
        # sprak: the report is Swedish in every build, also on the English site.
        "---", "title: Läsbarhetsrapport", "lattlast: av", "lasare: redaktorer", "sprak: sv", "search:", "  exclude: true", "---", "",
        "# Läsbarhetsrapport",
        "",
        f"Lättläst-granskaren har läst {len(granskade)} sidor. Den hittade {fel} fel och "
        f"{varningar} varningar. Sidorna med flest problem står först.",
        "",
        "Fel stoppar bygget av webbplatsen. Varningar och tips stoppar inte, men gör texten "
        "lättare att läsa om du rättar dem."
        + (f" Läs om reglerna i [Lättläst-granskaren]({posixpath.relpath(regelsida, bas)})."
           if regelsida else ""),
        "",
        "Kolumnen Klarar nivån är samma omdöme som `scripts/lint` och sidan Granska din text ger: "
        "en sida klarar sin nivå när alla villkor för nivån håller.",
        "",
        "| Sida | Nivå | Klarar nivån | LIX (mål) | Ord per mening | Fel | Varningar |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in granskade:
        mal = nivaer[r.niva]["lix_max"]
        lix = "–" if r.statistik.lix is None else f"{r.statistik.lix:g}"
        ord_per = "–" if r.statistik.ord_per_mening is None else f"{r.statistik.ord_per_mening:g}"
        rader.append(f"| {lank(r)} | {NIVANAMN[r.niva]} | {_klarar(r)} | {lix} ({mal}) | {ord_per} | "
                     f"{r.fel} | {r.varningar} |")
    rader.append("")
    med_fynd = [r for r in granskade if r.fynd or (r.bedomning and r.bedomning.klarar is not True)]
    if med_fynd:
        rader += ["## Vad granskaren hittade", ""]
        for r in med_fynd:
            rader += [f"### {r.path.split('docs/', 1)[-1]}", ""]
            if r.bedomning is not None:
                rader += [_text(r.bedomning.text), ""]
            for f in r.fynd:
                forslag = f" Förslag: {_text(f.suggestion)}" if f.suggestion else ""
                rader.append(f"- Rad {f.line}: **{SVENSKA[f.severity]}**, `{f.rule}`. "
                             f"{_text(f.message)}{forslag}")
            rader.append("")
    return "\n".join(rader) + "\n"
