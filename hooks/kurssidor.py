"""Checks every page's front matter against the schema (kunskapsbank.sidhuvud) and
renders course-session and exercise summary boxes, the knowledge test and the
reflection form from it (kunskapsbank.kurssidor)."""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kunskapsbank import kurssidor
from kunskapsbank.sidhuvud import Sidhuvud, granska_fil

# mkdocs-static-i18n builds once per language; each source is checked once.
_sidhuvud: dict[str, tuple[float, object, list]] = {}


def _granska(abs_src_path: str, fil: str):
    path = Path(abs_src_path)
    if not path.is_file():          # a page a plugin generated has no source to check
        return Sidhuvud(), []
    tid = path.stat().st_mtime
    sparat = _sidhuvud.get(abs_src_path)
    if sparat is None or sparat[0] != tid:
        sparat = (tid, *granska_fil(path, fil))
        _sidhuvud[abs_src_path] = sparat
    return sparat[1], sparat[2]


@event_priority(-150)  # after mkdocs-static-i18n has sorted the files per language
def on_files(files, config):
    # Every page is checked before any is built, so one build lists every mistake.
    fynd = []
    for fil in files.documentation_pages():
        if fil.abs_src_path and fil.src_uri.endswith(".md"):
            fynd += _granska(fil.abs_src_path, f"docs/{fil.src_uri}")[1]
    if fynd:
        raise PluginError("Fel i sidhuvudet (front matter):\n" + "\n".join(str(f) for f in fynd))
    return files


def on_page_markdown(markdown, page, config, files):
    if not page.file.abs_src_path:
        return markdown
    sida, fynd = _granska(page.file.abs_src_path, f"docs/{page.file.src_uri}")
    if fynd:
        raise PluginError("\n".join(str(f) for f in fynd))
    ruta = kurssidor.sammanfattning(sida)
    if ruta:
        markdown = kurssidor.infoga_efter_rubrik(markdown, ruta)
    for tillagg in (kurssidor.kunskapstest(sida), kurssidor.reflektion(sida)):
        if tillagg:
            markdown = markdown.rstrip() + "\n\n" + tillagg
    return markdown
