"""Keeps the Swedish whole-site print page (mkdocs-print-site-plugin) at print_page/.

With mkdocs-static-i18n the plugin writes its page once per language build to the
same place, so the English build, which runs last, overwrote the Swedish page. The
Swedish page is saved when the Swedish build has written it and put back as soon as
the English build has overwritten it. Links to pages left out of the print page are
pointed at the website (see kunskapsbank.utskriftssida).
"""

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs_print_site_plugin.urls import get_page_key

from kunskapsbank.utskriftssida import ratta_lankar_till_utelamnade_sidor

_sprak: list[str] = []
_sparad: dict[str, bytes] = {}
_sidor: dict[str, str] = {}     # print-page anchor of each page -> its URL


@event_priority(-50)    # after print-site has added its files to the config
def on_config(config):
    # mkdocs-static-i18n runs on_config again for the English build on the same config,
    # and print-site adds its script and styles once more each time.
    for nyckel in ("extra_javascript", "extra_css"):
        sedda, unika = set(), []
        for post in config[nyckel]:
            if str(post) not in sedda:
                sedda.add(str(post))
                unika.append(post)
        config[nyckel] = unika
    return config


def on_pre_build(config):
    _sprak.append(config.theme.get("language", "sv"))


def on_nav(nav, config, files):
    if config.theme.get("language", "sv") == "sv":
        _sidor.clear()
        _sidor.update({get_page_key(p.url): p.url for p in nav.pages})
    return nav


@event_priority(-50)    # after print-site (0) has written the page, before i18n (-100)
def on_post_build(config):
    sprak = _sprak.pop() if _sprak else "sv"
    plugin = config.plugins.get("print-site")
    if plugin is None:
        return
    bas = plugin.config.get("print_page_basename", "print_page")
    sida = Path(config.site_dir) / bas / "index.html"
    if sprak == "sv" and sida.exists():
        text, _ = ratta_lankar_till_utelamnade_sidor(sida.read_text(encoding="utf-8"), _sidor, f"{bas}/")
        _sparad["sv"] = text.encode("utf-8")
        sida.write_bytes(_sparad["sv"])
    elif "sv" in _sparad:
        sida.write_bytes(_sparad["sv"])
