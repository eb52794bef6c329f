"""Material's templates compiled once, not on every build.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n builds a
second time for English, so each build compiled the same ~85 templates twice (about a
sixth of the MkDocs step). Jinja's own bytecode cache keeps the compiled code on disk;
it checks each template's source against its checksum, so a changed template (ours in
overrides/ or Material's after an update) is compiled again.
"""

from __future__ import annotations

import hashlib
import sys

import jinja2
from jinja2.bccache import FileSystemBytecodeCache

from .cachemapp import cachemapp


def mallcache(env: jinja2.Environment) -> FileSystemBytecodeCache | None:
    mapp = cachemapp()
    if mapp is None:
        return None
    # Jinja's key is only the template's name and source, but the compiled code also
    # depends on the environment's settings: keep one folder per set of settings.
    installningar = repr((jinja2.__version__, sys.version_info[:2], sorted(env.extensions), env.autoescape,
                          env.trim_blocks, env.lstrip_blocks, env.keep_trailing_newline, env.newline_sequence,
                          env.optimized, env.block_start_string, env.variable_start_string,
                          env.comment_start_string, env.line_statement_prefix, env.finalize is None))
    mapp = mapp / "mallar" / hashlib.sha256(installningar.encode()).hexdigest()[:16]
    try:
        mapp.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(mapp))
