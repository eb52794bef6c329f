"""Material's templates compiled once, not on every build.

MkDocs makes a new Jinja environment for every build and language pass, and
print-site one more for its page, so each build compiled the same ~85 templates up to
three times (about a sixth of the MkDocs step). Jinja's own bytecode cache keeps the
compiled code on disk; it checks each template's source against its checksum, so a
changed template (ours in overrides/, or Material's after an update) is compiled again.
"""

from __future__ import annotations

import hashlib
import sys

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

from kunskapsbank.grund.cachemapp import cachemapp


def _installningar(env: jinja2.Environment) -> str:
    """What besides the source decides the compiled code: read when a template is
    loaded, since plugins add extensions after the environment is made."""
    return hashlib.sha256(repr((
        jinja2.__version__, sys.version_info[:2], sorted(env.extensions), env.autoescape,
        env.trim_blocks, env.lstrip_blocks, env.keep_trailing_newline, env.newline_sequence,
        env.optimized, env.block_start_string, env.variable_start_string, env.comment_start_string,
        env.line_statement_prefix, env.line_comment_prefix, env.finalize is None)).encode()).hexdigest()


class _Mallcache(FileSystemBytecodeCache):
    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None,
                   source: str) -> Bucket:
        # Jinja's key is only the name and file: the same template under other settings
        # gets a key of its own.
        return super().get_bucket(environment, f"{_installningar(environment)}:{name}", filename, source)


def mallcache() -> FileSystemBytecodeCache | None:
    """The cache, or None when no cache folder can be written (then Jinja compiles)."""
    mapp = cachemapp()
    if mapp is None:
        return None
    try:
        (mapp / "mallar").mkdir(exist_ok=True)
    except OSError:
        return None
    return _Mallcache(str(mapp / "mallar"))


def med_mallcache(get_env):
    """MkDocs' Theme.get_env, with every environment it makes using the cache."""
    if getattr(get_env, "med_mallcache", False):    # on_config runs again in the English pass
        return get_env

    def ny_miljo() -> jinja2.Environment:
        env = get_env()
        env.bytecode_cache = mallcache()
        return env

    ny_miljo.med_mallcache = True
    return ny_miljo
