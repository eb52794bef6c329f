"""The search index, made from the built site in one step that needs no MkDocs:

    python -m kunskapsbank.sok.sokindex site/

It reads the index the search plugin wrote (search/search_index.json: one entry per page
and per heading), and writes one file per language, search/sok.sv.json and
search/sok.en.json: the entries, and the word knowledge the browser needs to search them
as sokord analyses them (see sokord and overrides/assets/javascripts/workers/sok.js).
search/search_index.json keeps only the settings, so that no page loads the entries
before someone opens search. Running the step again on the same site changes nothing.

A page with no English version is built twice by mkdocs-static-i18n (the Swedish original
and an English fallback copy); the copies are left out, so every page is found once.

What only trainers may see is never indexed (hooks/kontroller.py hands the search plugin
each page without it). This step checks that once more against the built pages, with
the same decision (kunskapsbank.kontroller.synlighet), and stops the build if a sentence from a
trainer note is in the index: a participant would find it by searching.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from kunskapsbank import manifest
from kunskapsbank.sok import sokord
from kunskapsbank.grund.fel import InnehallsFel
from kunskapsbank.lattlast.regler.begrepp import BOJNINGAR

ENGELSKA = "en/"
TAGG = re.compile(r"<[^>]+>")


def ta_bort_reservkopior(docs: list[dict], prefix: str = ENGELSKA) -> list[dict]:
    original = {(d["location"], d.get("title"), d.get("text")) for d in docs
                if not d["location"].startswith(prefix)}
    return [d for d in docs
            if not (d["location"].startswith(prefix)
                    and (d["location"][len(prefix):], d.get("title"), d.get("text")) in original)]


def sprakdata(sprak: str, docs: list[dict]) -> dict:
    """The entries of one language and the word knowledge to search them."""
    texter = [TAGG.sub(" ", " ".join((d.get("title", ""), d.get("beskrivning", ""), *d.get("sokord", ()),
                                      d.get("text", "")))) for d in docs]
    antal = Counter(o for t in texter for o in sokord.ord_i(t))
    egna = {o for o, n in antal.items() if n >= 2 and len(o) >= sokord.MIN_DEL and o.isalpha()}
    analys = sokord.Ordanalys(sprak, egna)
    for form in antal:
        analys.analysera(form)

    former = {form: [a.lemma, *a.delar] for form, a in sorted(analys.former.items())
              if a.lemma != form or a.delar}
    for bit, bas in sorted(analys.fogformer.items()):
        former.setdefault(bit, [bas])
    nycklar = {a.lemma for a in analys.former.values()} | {d for a in analys.former.values()
                                                          for d in a.delar}
    zipf = {}
    if sprak == "sv":
        zipf = {n: round(sokord._zipf(n, analys.egna_ord) * 10) for n in sorted(nycklar)}
        zipf = {n: z for n, z in zipf.items() if z >= sokord.MIN_ZIPF_DEL * 10}
    return {
        "sprak": sprak,
        "docs": docs,
        "synonymer": synonymer(analys) if sprak == "sv" else {},
        # The endings by which the term list's rule finds an avoided word's forms ("klienten").
        "bojningar": sorted((b for b in BOJNINGAR if b), key=len, reverse=True) if sprak == "sv" else [],
        "former": former,
        "zipf": zipf,
        "regler": sokord.suffixregler(analys.former),
        "stoppord": sorted(sokord.STOPPORD.get(sprak, ())),
        "delning": {"min_del": sokord.MIN_DEL, "min_zipf": round(sokord.MIN_ZIPF_DEL * 10),
                    "straff": round(sokord.STRAFF_PER_DEL * 10), "max_delar": sokord.MAX_DELAR,
                    "icke_delar": sorted(sokord.ICKE_DELAR)},
    }


def med_beskrivningar(site_dir: Path, docs: list[dict]) -> list[dict]:
    """Each page's entry gets what its front matter says the page is about, which Material
    shows only in the page's head, so its search plugin leaves it out:
    - "beskrivning", the description: the writer's own sentence on what the page is about,
      often in the words a reader searches with ("fördomar" on the page about jobbfokus,
      whose text says "bias");
    - "sokord": words readers search with that the page does not use."""
    om_sidan = {s.url: {"beskrivning": s.beskrivning, "sokord": s.sokord}
                for bygge in manifest.byggda(site_dir) for s in bygge.sidor if not s.reservkopia}
    return [{**d, **{k: v for k, v in om_sidan.get(d["location"], {}).items() if v}} for d in docs]


def synonymer(analys: sokord.Ordanalys) -> dict[str, str]:
    """The words the term list tells writers to avoid (kunskapsbank/lattlast/data/begrepp.yml),
    each with the lemma of the word the pages use instead: a reader who searches for
    "klient" finds the pages about "deltagare". One-word terms only."""
    from kunskapsbank.lattlast.regeldata import las_data

    par = {}
    for post in las_data("begrepp")["begrepp"]:
        for ord_ in post.get("undvik") or ():
            if " " not in ord_:
                par[ord_.lower()] = analys.analysera(post["ord"].lower()).lemma
    return dict(sorted(par.items()))


def lackor(site_dir: Path, docs: list[dict]) -> list[InnehallsFel]:
    """Index entries that hold a sentence found only in what trainers may see, one error
    per page (the search index is for everyone)."""
    from lxml import etree, html as lxml_html

    from kunskapsbank.kallor.installningar import las as las_installningar
    from kunskapsbank.kontroller.synlighet import utbildartext

    sidor = {}
    for bygge in manifest.byggda(site_dir):
        rutor = las_installningar(bygge.extra).rutor
        sidor.update({s.url: (s, rutor) for s in bygge.sidor})
    per_sida: dict[str, list[str]] = {}
    for d in docs:
        per_sida.setdefault(d["location"].split("#")[0], []).append(d.get("title", "") + "\n" + d.get("text", ""))
    fel = []
    for url, texter in sorted(per_sida.items()):
        sida, rutor = sidor.get(url, (None, None))
        if sida is None or not (site_dir / sida.fil).is_file():
            continue
        dom = lxml_html.fromstring((site_dir / sida.fil).read_bytes())
        artikel = next(iter(dom.xpath("//article")), None)
        hemligt = utbildartext(etree.tostring(artikel, encoding="unicode"), rutor) if artikel is not None else set()
        if hemligt and (funnet := {m for m in hemligt if m in " ".join(TAGG.sub(" ", " ".join(texter)).split())}):
            fel.append(InnehallsFel(f"docs/{sida.src}", None, "Sökindexet har text ur utbildarens anteckningar: "
                                    f"\"{sorted(funnet)[0][:80]}\". Deltagare skulle hitta den när de söker.",
                                    "Bygg igen. Kommer felet tillbaka, anmäl det: bygget ska aldrig lägga "
                                    "anteckningarna i sökindexet."))
    return fel


def bygg_sokindex(site_dir: Path, kontrollera: bool = True) -> dict[str, int]:
    """Writes search/sok.<språk>.json; returns the number of entries per language.
    Raises InnehallsFel if a trainer note is in the index (unless kontrollera is off)."""
    fil = site_dir / "search" / "search_index.json"
    if not fil.exists():
        return {}
    index = json.loads(fil.read_text(encoding="utf-8"))
    if "sok" in index:        # done already: the entries are in the language files
        return {sprak: len(json.loads((site_dir / namn).read_text(encoding="utf-8"))["docs"])
                for sprak, namn in index["sok"].items()}
    docs = med_beskrivningar(site_dir, ta_bort_reservkopior(index["docs"]))
    if kontrollera and (fel := lackor(site_dir, docs)):
        raise fel[0]
    per_sprak = {
        "sv": [d for d in docs if not d["location"].startswith(ENGELSKA)],
        "en": [d for d in docs if d["location"].startswith(ENGELSKA)],
    }
    index["sok"] = {}
    for sprak, sprakets in per_sprak.items():
        namn = f"search/sok.{sprak}.json"
        (site_dir / namn).write_text(json.dumps(sprakdata(sprak, sprakets), ensure_ascii=False,
                                                separators=(",", ":")), encoding="utf-8")
        index["sok"][sprak] = namn
    index["docs"] = []
    fil.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {sprak: len(d) for sprak, d in per_sprak.items()}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("Användning: python -m kunskapsbank.sok.sokindex MAPP (den byggda webbplatsen, t.ex. site/)",
              file=sys.stderr)
        return 2
    try:
        antal = bygg_sokindex(Path(argv[0]))
    except InnehallsFel as fel:
        print(f"FEL: {fel}", file=sys.stderr)
        return 1
    if not antal:
        print(f"{argv[0]}: search/search_index.json saknas. Bygg webbplatsen först.", file=sys.stderr)
        return 1
    print("Sökindex: " + ", ".join(f"{n} avsnitt på {s}" for s, n in antal.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
