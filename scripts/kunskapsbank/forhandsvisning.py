"""The comment on a pull request: where to see the preview, and what the checker
(scripts/lint) found on each changed page. .github/workflows/forhandsvisning.yml runs it.

    python -m kunskapsbank.forhandsvisning --fynd fynd.json --statistik statistik.json \
        [--url https://.../forhandsvisning/pr-12/] [--site site] [SIDA ...]

fynd.json is `scripts/lint --format json`, statistik.json is `scripts/lint --stats`,
both on the changed pages. With --site, each page links to its place in the preview.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.manifest import las
from kunskapsbank.grund.markdowntext import som_text

MARKOR = "<!-- kunskapsbank-forhandsvisning -->"


def kommentar(sidor: list[str], fynd: list[dict], statistik: list[dict], url: str | None = None,
              adresser: dict[str, str] | None = None) -> str:
    adresser = adresser or {}
    rader = [MARKOR, "## Förhandsvisning", ""]
    if url:
        rader += [f"Så här ser webbplatsen ut med ändringarna: {url}", "",
                  "Förhandsvisningen byggs om när du sparar en ny ändring och tas bort när pull "
                  "requesten stängs. Det kan ta några minuter innan den syns.", ""]
    else:
        rader += ["Ingen förhandsvisning för den här pull requesten. Den görs bara för grenar i "
                  "samma repo, inte för en kopia (fork).", ""]
    per_fil = {s["path"]: s for s in statistik}
    fel = sum(f["severity"] == "error" for f in fynd)
    varningar = sum(f["severity"] == "warning" for f in fynd)
    rader += ["## Lättläst-granskaren", ""]
    if not sidor:
        return "\n".join(rader + ["Pull requesten ändrar inga sidor i docs/.", ""])
    antal = "1 ändrad sida" if len(sidor) == 1 else f"{len(sidor)} ändrade sidor"
    rader += [f"Granskaren läste {antal} och hittade {fel} fel och {varningar} "
              f"{'varning' if varningar == 1 else 'varningar'}.",
              "Fel stoppar bygget. Varningar stoppar inte, men texten blir lättare att läsa om du rättar dem. "
              "Du ser varje fel och varning vid sin rad under fliken *Files changed*.", "",
              "| Sida | LIX | Fel | Varningar |", "| --- | --- | --- | --- |"]
    for sida in sidor:
        lix = per_fil.get(sida, {}).get("lix")
        egna = [f for f in fynd if f["path"] == sida]
        namn = som_text(sida)
        adress = adresser.get(sida.removeprefix("docs/"))
        lank = f"[{namn}]({url.rstrip('/')}/{adress})" if url and adress is not None else f"`{sida}`"
        rader.append(f"| {lank} | {'–' if lix is None else f'{lix:g}'} | "
                     f"{sum(f['severity'] == 'error' for f in egna)} | "
                     f"{sum(f['severity'] == 'warning' for f in egna)} |")
    return "\n".join(rader + [""])


def _las_json(fil: str) -> list:
    try:
        return json.loads(Path(fil).read_text(encoding="utf-8"))
    except (OSError, ValueError) as fel:
        raise InnehallsFel(fil, None, f"Granskarens svar går inte att läsa ({fel.__class__.__name__}).",
                           "Kör scripts/lint --format json igen.") from None


def main(argv: list[str] | None = None) -> int:
    tolk = argparse.ArgumentParser(prog="python -m kunskapsbank.forhandsvisning",
                                   description="Skriver kommentaren till en pull request.")
    tolk.add_argument("sidor", nargs="*", help="de ändrade sidorna (docs/...md)")
    tolk.add_argument("--fynd", required=True, help="svaret från scripts/lint --format json")
    tolk.add_argument("--statistik", required=True, help="svaret från scripts/lint --stats")
    tolk.add_argument("--url", help="förhandsvisningens adress")
    tolk.add_argument("--site", help="den byggda förhandsvisningen, för länkar till sidorna")
    args = tolk.parse_args(argv)
    try:
        adresser = {s.src: s.url for s in las(Path(args.site)).sidor} if args.site else {}
        print(kommentar(args.sidor, _las_json(args.fynd), _las_json(args.statistik), args.url, adresser))
    except InnehallsFel as fel:
        print(f"FEL: {fel}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
