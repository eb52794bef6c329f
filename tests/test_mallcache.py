"""Compiled templates are kept between builds (kunskapsbank.motor.mallcache), but a changed
template, or the same template under other Jinja settings, is never served stale."""

from __future__ import annotations

import jinja2

from kunskapsbank.motor.mallcache import mallcache


def _mallmapp(tmp_path, monkeypatch, text: str):
    monkeypatch.setenv("KB_CACHE", str(tmp_path / "cache"))
    mallar = tmp_path / "mallar"
    mallar.mkdir()
    (mallar / "main.html").write_text(text, encoding="utf-8")
    return mallar


def _miljo(mallar, **installningar) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(mallar)), **installningar)
    env.bytecode_cache = mallcache()
    return env


def test_andrad_mall_kompileras_om_och_oandrad_hamtas_ur_cachen(tmp_path, monkeypatch):
    mallar = _mallmapp(tmp_path, monkeypatch, "Hej {{ namn }}")
    assert _miljo(mallar).get_template("main.html").render(namn="Ada") == "Hej Ada"
    sparade = list((tmp_path / "cache" / "mallar").rglob("*.cache"))
    assert len(sparade) == 1

    # A new environment (the next build, or the English pass) loads the compiled code
    # without compiling: Jinja's compile step is not reached.
    env = _miljo(mallar)
    monkeypatch.setattr(env, "compile", lambda *a, **k: (_ for _ in ()).throw(AssertionError("kompilerade")))
    assert env.get_template("main.html").render(namn="Bo") == "Hej Bo"

    (mallar / "main.html").write_text("Hejsan {{ namn }}!", encoding="utf-8")
    assert _miljo(mallar).get_template("main.html").render(namn="Ada") == "Hejsan Ada!"


def test_andra_installningar_far_en_egen_cache(tmp_path, monkeypatch):
    mallar = _mallmapp(tmp_path, monkeypatch, "{{ text }}")
    assert _miljo(mallar).get_template("main.html").render(text="<b>") == "<b>"
    # Autoescaping changes the compiled code: the cached version must not be used.
    assert _miljo(mallar, autoescape=True).get_template("main.html").render(text="<b>") == "&lt;b&gt;"


def test_utan_skrivbar_cache_byggs_mallarna_anda(tmp_path, monkeypatch):
    fil = tmp_path / "inte-en-mapp"
    fil.write_text("", encoding="utf-8")
    monkeypatch.setenv("KB_CACHE", str(fil))
    mallar = tmp_path / "mallar"
    mallar.mkdir()
    (mallar / "main.html").write_text("Hej", encoding="utf-8")
    env = _miljo(mallar)
    assert env.bytecode_cache is None
    assert env.get_template("main.html").render() == "Hej"
