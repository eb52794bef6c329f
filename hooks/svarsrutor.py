"""A text box under every question a page asks (kunskapsbank.sidor.svarsrutor); the
questions go into the build manifest for the list of all questions (svar/fragor.json)."""

from kunskapsbank.grund.sidsprak import ar_reservkopia, kallsprak
from kunskapsbank.sidor.svarsrutor import lagg_till_svarsrutor, reflektionsfragor


def on_page_content(html, page, config, files):
    fil = page.file
    if page.meta.get("lasare") in ("utbildare", "redaktorer"):   # questions a trainer asks the group
        return html
    # The English menu's copy of a Swedish page asks the Swedish page's questions.
    sida = page.url[3:] if ar_reservkopia(fil.src_uri, fil.dest_uri) and page.url.startswith("en/") else page.url
    html, fragor = lagg_till_svarsrutor(html, sida, kallsprak(fil.src_uri), page.url)
    page.meta["_svarsfragor"] = [(f.id, f.fraga) for f in fragor] + reflektionsfragor(html, sida)
    return html
