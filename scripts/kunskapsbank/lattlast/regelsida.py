"""The part of the rule page (docs/granskaren/index.md) that lists the rules' words,
phrases and exceptions, generated from the data files so docs and behaviour cannot
drift. The build stops when the page is stale (kunskapsbank.sidor.rapportsidor, test_lattlast_regeldata).

    python -m kunskapsbank.lattlast.regelsida [DOCS]    write the part into the page
"""

from __future__ import annotations

import sys
from pathlib import Path

from kunskapsbank.lattlast.regeldata import forkortningar, krangliga_ord, las_data, passivdata

# Rules whose examples are their documentation: each is shown with what the rule does
# with it. The word-list rules show their lists instead.
REGLER_MED_EXEMPEL = ("fragment", "nominalstil", "snedstreck", "tidsintervall", "samma-ord")

REGELSIDA = "granskaren/index.md"
START = "<!-- regeldata: början. Skapas av python -m kunskapsbank.lattlast.regelsida, ändra inte här. -->"
SLUT = "<!-- regeldata: slut -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _ja_nej(saker: bool) -> str:
    return "ja" if saker else "nej"


def generera() -> str:
    lista = krangliga_ord()
    rader = [START, "", "### Listorna som reglerna använder", "",
             "Listorna nedan kommer från datafilerna i `scripts/kunskapsbank/lattlast/data/`. "
             "Ändra där, inte här. Kolumnen Rättas visar om `scripts/lint --fix` byter ut ordet "
             "utan att fråga.", "",
             "#### Krångliga ord och fraser (`krangligt-ord`)", "",
             "| Ord eller fras | Skriv i stället | Rättas | Källa |", "| --- | --- | --- | --- |"]
    for post in sorted(lista.alla, key=lambda p: p.visning.lower()):
        ny = post.rad or post.ersattning or ", ".join(dict.fromkeys(post.former.values()))
        rader.append(f"| {_cell(post.visning)} | {_cell(ny)} | {_ja_nej(post.saker)} | "
                     f"{_cell(lista.kallor[post.kalla])} |")
    poster, kallor = forkortningar()
    rader += ["", "#### Förkortningar (`forkortning`)", "",
              "| Förkortning | Skriv ut | Rättas |", "| --- | --- | --- |"]
    for post in poster:
        rader.append(f"| {_cell(post.exempel['ja'])} | {_cell((post.ersattning or post.rad).strip())} | "
                     f"{_ja_nej(post.saker)} |")
    rader += ["", "#### Passiv form: undantag och särfall (`passiv`)", "",
              "| Vad | Varför | Ord |", "| --- | --- | --- |"]
    for grupp in passivdata()["grupper"].values():
        ord_ = grupp["ord"]
        visade = ", ".join(f"{k} ({', '.join(v)})" for k, v in ord_.items()) if isinstance(ord_, dict) \
            else ", ".join(dict.fromkeys(ord_))
        rader.append(f"| {_cell(grupp['namn'])} | {_cell(grupp['varfor'])} | {_cell(visade)} |")
    svara = las_data("svara_ord")
    rader += ["", "#### Svåra ord (`svart-ord`)", "",
              "Bara första gången ordet står på en sida, och bara när sidan inte förklarar det där.", "",
              "| Ord | En förklaring du kan utgå från | Bara på lättlästa sidor |", "| --- | --- | --- |"]
    for post in sorted(svara["ord"], key=lambda p: (p.get("lemma") or p["ord"][0]).lower()):
        visning = post.get("lemma") or post["ord"][0]
        rader.append(f"| {_cell(visning)} | {_cell(post['forklaring'])} | "
                     f"{_ja_nej(post.get('niva') == 'lattlast')} |")
    nominal = las_data("nominalstil")
    rader += ["", "#### Nominalstil: tomma verb och substantiv (`nominalstil`)", "",
              "| Vad | Ord |", "| --- | --- |",
              f"| Tomma verb | {_cell(', '.join(nominal['tomma_verb']))} |",
              f"| Substantiv och verbet bakom | "
              f"{_cell(', '.join(f'{k} ({v})' for k, v in nominal['substantiv'].items()))} |",
              f"| Namn på saker, inget fynd | {_cell(', '.join(nominal['undantag']))} |"]
    begrepp = las_data("begrepp")
    rader += ["", "#### Ett ord för varje sak (`samma-ord`)", "",
              "| Skriv | Det betyder | Skriv inte | Nära de här orden heter det något annat |",
              "| --- | --- | --- | --- |"]
    for post in begrepp["begrepp"]:
        forvaxla = post.get("forvaxla")
        nara = f"{', '.join(forvaxla['ord'][:1])} nära {', '.join(forvaxla['nara'][:6])} …" if forvaxla else ""
        rader.append(f"| {_cell(post['ord'])} | {_cell(post['betyder'])} | "
                     f"{_cell(', '.join(post.get('undvik') or []))} | {_cell(nara)} |")
    rader += _exempeltabeller()
    rader.append("")
    rader.append(SLUT)
    return "\n".join(rader)


def _exempeltabeller() -> list[str]:
    from kunskapsbank.lattlast.regler import alla_regler

    regler = alla_regler()
    rader = ["", "#### Exempel för reglerna utan ordlista", "",
             "Exemplen körs som tester: det som står här är det granskaren gör.", "",
             "| Regel | Text | Fynd |", "| --- | --- | --- |"]
    for regel_id in REGLER_MED_EXEMPEL:
        for e in regler[regel_id].alla_exempel():
            rader.append(f"| `{regel_id}` | {_cell(e.text)} | {_ja_nej(e.traff)} |")
    return rader


def uppdaterad(text: str) -> str | None:
    """The page text with a fresh generated part; None when the page has no markers."""
    if START not in text or SLUT not in text:
        return None
    fore, rest = text.split(START, 1)
    return fore + generera() + rest.split(SLUT, 1)[1]


def inaktuell(docs: Path) -> str | None:
    """A Swedish message when the rule page does not match the data files, else None."""
    sida = docs / REGELSIDA
    if not sida.is_file():
        return None     # a site without the rule page (a fork may remove it)
    text = sida.read_text(encoding="utf-8")
    ny = uppdaterad(text)
    if ny is None:
        return (f"{sida}: regelsidan saknar raderna {START} och {SLUT}, där listorna från "
                "granskarens datafiler ska stå. Lägg tillbaka dem.")
    if ny != text:
        return (f"{sida}: listorna på regelsidan stämmer inte med granskarens datafiler. "
                "Kör python -m kunskapsbank.lattlast.regelsida för att skriva om dem.")
    return None


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    docs = Path(argv[0]) if argv else Path("docs")
    if not (docs / REGELSIDA).is_file():
        print(f"FEL: {docs / REGELSIDA} finns inte. Kör från projektets rot, eller ange mappen docs.",
              file=sys.stderr)
        return 2
    sida = docs / REGELSIDA
    text = sida.read_text(encoding="utf-8")
    ny = uppdaterad(text)
    if ny is None:
        print(inaktuell(docs), file=sys.stderr)
        return 2
    if ny != text:
        sida.write_text(ny, encoding="utf-8")
        print(f"Skrev om listorna i {sida}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
