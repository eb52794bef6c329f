"""The accessibility statement (tillgänglighetsredogörelse): fills in the förbund's
identity and the facts of the latest automated test run, so no date or figure on the
page is typed by hand."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from kunskapsbank.forbund.identitet import STANDARD_TJANST

TESTRESULTAT = Path(".cache") / "tillganglighet"
PLATSHALLARE = re.compile(r"\{\{\s*forbund\.(\w+)\s*\}\}")
# Python-Markdown's backslash escapes (with the tables extension's |).
MARKDOWN_TECKEN = re.compile(r"([\\`*_{}\[\]()>#+\-.!|])")


def som_markdown(text: str) -> str:
    """A value from the identity file as Markdown that shows it literally: no HTML
    (`<script>` in a name stays text) and no emphasis, links or attribute lists."""
    return MARKDOWN_TECKEN.sub(r"\\\1", html.escape(text, quote=False))


def las_testresultat(rot: Path) -> dict | None:
    """The last accessibility test run: one file per mode or part of a mode (the test
    suite runs them in parallel processes), added up here: the pages of each mode, and
    the most pages any mode covered. None when no mode has been tested."""
    delar = []
    for fil in sorted((rot / TESTRESULTAT).glob("*.json")):
        try:
            delar.append(json.loads(fil.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    if not delar:
        return None
    # Only the last run's parts: a part of an earlier run (another split) would count twice.
    senaste = max(delar, key=lambda d: d["datum"]).get("korning")
    delar = [d for d in delar if d.get("korning") == senaste]
    per_lage: dict[str, int] = {}
    for d in delar:
        per_lage[d["lage"]] = per_lage.get(d["lage"], 0) + d["sidor"]
    return {"datum": max(d["datum"] for d in delar), "sidor": max(per_lage.values()),
            "lagen": [f"{lage}: {antal} sidor" for lage, antal in per_lage.items()],
            "kontroller": sum(d["kontroller"] for d in delar),
            "brister": sum(d["brister"] for d in delar), "undantag": delar[0].get("undantag") or {},
            "verktyg": delar[0].get("verktyg", "")}


def testresultat_markdown(resultat: dict | None, sprak: str = "sv") -> str:
    sv = sprak == "sv"
    if not resultat:
        return ("Den automatiska testningen har inte körts för det här bygget. Kör `scripts/test` "
                "och bygg webbplatsen igen, så står resultatet här." if sv else
                "The automated tests have not been run for this build. Run `scripts/test` and "
                "build the site again to show the results here.")
    lagen = ", ".join(resultat.get("lagen", []))
    rader = [
        (f"- **Senast testad:** {resultat['datum']}" if sv else f"- **Last tested:** {resultat['datum']}"),
        (f"- **Sidor:** {resultat['sidor']} sidor på svenska och engelska" if sv
         else f"- **Pages:** {resultat['sidor']} pages in Swedish and English"),
        (f"- **Lägen:** {lagen}" if sv else f"- **Modes:** {lagen}"),
        (f"- **Kontroller:** {resultat['kontroller']} sidvisningar, {resultat['brister']} brister"
         if sv else f"- **Checks:** {resultat['kontroller']} page views, {resultat['brister']} violations"),
        (f"- **Verktyg:** {resultat.get('verktyg', '')}" if sv else f"- **Tools:** {resultat.get('verktyg', '')}"),
    ]
    undantag = resultat.get("undantag") or {}
    if undantag:
        rader.append("- **Regler som inte testas:**" if sv else "- **Rules not tested:**")
        rader += [f"    - `{regel}`: {skal}" for regel, skal in undantag.items()]
    else:
        rader.append("- **Regler som inte testas:** inga." if sv else "- **Rules not tested:** none.")
    return "\n".join(rader)


def fyll_i(markdown: str, forbund: dict, resultat: dict | None, uppdaterad: str, sprak: str = "sv") -> str:
    varden = {**forbund, "tjanst": forbund.get("tjanst") or STANDARD_TJANST}
    markdown = PLATSHALLARE.sub(
        lambda m: som_markdown(str(varden[m.group(1)])) if m.group(1) in varden else m.group(0), markdown)
    markdown = markdown.replace("<!-- kb:testresultat -->", testresultat_markdown(resultat, sprak))
    return markdown.replace("<!-- kb:uppdaterad -->", uppdaterad)
