"""Writes the build manifest (kunskapsbank.manifest) for the steps after MkDocs."""

from pathlib import Path

from kunskapsbank import manifest
from kunskapsbank.sidsprak import ar_reservkopia, kallsprak, webbsprak


def on_env(env, config, files):
    # Pages are read by now, so titles are known; the menu's order is the chain of
    # next-page links that MkDocs gives the pages in the nav.
    sidor = [f.page for f in files.documentation_pages() if f.page is not None]
    forsta = next((p for p in sidor if p.previous_page is None and p.next_page is not None), None)
    plats, sida = {}, forsta
    while sida is not None and id(sida) not in plats:
        plats[id(sida)] = len(plats)
        sida = sida.next_page
    sprak = webbsprak(sidor[0].file.dest_uri) if sidor else "sv"
    manifest.skriv(Path(config.site_dir), manifest.Manifest(
        sprak=sprak, site_url=config.site_url, extra={k: v for k, v in config.extra.items() if not k.startswith("_")},
        sidor=[manifest.Sida(src=p.file.src_uri, url=p.url, fil=p.file.dest_uri, titel=p.title or p.file.src_uri,
                             sprak=kallsprak(p.file.src_uri), menyplats=plats.get(id(p)),
                             reservkopia=ar_reservkopia(p.file.src_uri, p.file.dest_uri),
                             granskad=str(p.meta["granskad"]) if p.meta.get("granskad") else None)
               for p in sidor]))
    return env
