"""Keeps the Swedish whole-site print page (mkdocs-print-site-plugin) at print_page/.

With mkdocs-static-i18n the plugin writes its page once per language build to the
same place, so the English build, which runs last, overwrote the Swedish page. The
Swedish page is saved when the Swedish build has written it and put back as soon as
the English build has overwritten it.
"""

from pathlib import Path

from mkdocs.plugins import event_priority

_sprak: list[str] = []
_sparad: dict[str, bytes] = {}


def on_pre_build(config):
    _sprak.append(config.theme.get("language", "sv"))


@event_priority(-50)    # after print-site (0) has written the page, before i18n (-100)
def on_post_build(config):
    sprak = _sprak.pop() if _sprak else "sv"
    plugin = config.plugins.get("print-site")
    if plugin is None:
        return
    sida = Path(config.site_dir) / plugin.config.get("print_page_basename", "print_page") / "index.html"
    if sprak == "sv" and sida.exists():
        _sparad["sv"] = sida.read_bytes()
    elif "sv" in _sparad:
        sida.write_bytes(_sparad["sv"])
