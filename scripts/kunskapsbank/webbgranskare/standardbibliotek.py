"""Pyodide's Python standard library without the parts a text checker never uses, so
the page "Granska din text" downloads 1.2 MB less (python_stdlib.zip is half of what
Pyodide needs after the runtime itself, and it is already compressed, so HTTP gzip does
not shrink it).

What goes is a list of whole modules (servers, mail, debuggers, test frameworks, GUI,
databases) and the code-page tables among the encodings. Two checks keep it safe:
a module that our packed sources import is never left out, and neither is a module
that a kept module imports at its top level, so every kept module can still be
imported. The browser tests run the checker on this library.
"""

from __future__ import annotations

import ast
import io
import re
import zipfile

UTAN = frozenset({
    "__hello__", "__phello__", "_markupbase", "_pydatetime", "_pydecimal", "_pyio", "_pyrepl",
    "_strptime", "antigravity", "bdb", "calendar", "cmd", "code", "colorsys", "compileall",
    "configparser", "cProfile", "csv", "ctypes", "curses", "dbm", "doctest", "ensurepip", "filecmp",
    "fileinput", "fractions", "ftplib", "getopt", "getpass", "graphlib", "html", "http", "idlelib",
    "imaplib", "lib2to3", "mailbox", "mimetypes", "modulefinder", "multiprocessing", "netrc",
    "nntplib", "nturl2path", "optparse", "pdb", "pickletools", "plistlib", "poplib", "pstats", "pty",
    "py_compile", "pyclbr", "pydoc", "pydoc_data", "quopri", "rlcompleter", "sched", "shelve", "shlex",
    "smtplib", "socketserver", "sqlite3", "statistics", "stringprep", "symtable", "tabnanny",
    "tarfile", "this", "timeit", "tkinter", "tomllib", "trace", "tracemalloc", "tty", "turtle",
    "turtledemo", "unittest", "uuid", "venv", "wave", "webbrowser", "wsgiref", "xml", "xmlrpc",
    "zipapp", "zoneinfo",
})
# The encodings Python and zipfile use; the rest are code-page tables (cp850, mac_roman ...).
BEHALLNA_KODNINGAR = re.compile(
    r"(__init__|aliases|ascii|base64_codec|charmap|cp437|hex_codec|idna|latin_1|punycode|"
    r"raw_unicode_escape|rot_13|undefined|unicode_escape|utf_(8|8_sig|16.*|32.*)|zlib_codec)\.py")


def _modulnamn(filnamn: str) -> str:
    forsta = filnamn.split("/")[0]
    return forsta[:-3] if forsta.endswith(".py") else forsta


def _utelamnas(filnamn: str, skonade: set[str]) -> bool:
    namn = _modulnamn(filnamn)
    if namn == "encodings" and filnamn.count("/") == 1:
        return not BEHALLNA_KODNINGAR.fullmatch(filnamn.split("/")[1])
    return namn in UTAN and namn not in skonade


def _namn(nod) -> list[str]:
    if isinstance(nod, ast.Import):
        return [a.name.split(".")[0] for a in nod.names]
    if isinstance(nod, ast.ImportFrom) and nod.level == 0 and nod.module:
        return [nod.module.split(".")[0]]
    return []


def _trad(kallkod: str):
    try:
        return ast.parse(kallkod)
    except SyntaxError:
        return None


def importerade_moduler(kallkod: str) -> set[str]:
    """Top-level names of every module a source imports, also inside functions."""
    trad = _trad(kallkod)
    return {n for nod in ast.walk(trad) for n in _namn(nod)} if trad else set()


def importerade_vid_start(kallkod: str) -> set[str]:
    """The modules a source imports at module level (also in try/if blocks): those
    imports run whenever the module is imported, the ones in functions only when called."""
    trad = _trad(kallkod)
    overst: set[str] = set()
    kvar = list(trad.body) if trad else []
    while kvar:
        nod = kvar.pop()
        overst.update(_namn(nod))
        if isinstance(nod, ast.If) and "__main__" in ast.unparse(nod.test):
            continue          # runs only as a script
        if isinstance(nod, (ast.Try, ast.If, ast.With)):
            kvar.extend(nod.body)
            kvar.extend(getattr(nod, "orelse", []))
            kvar.extend(getattr(nod, "finalbody", []))
            # `except ImportError:` holds the pure-Python fallback of a C module,
            # which Pyodide has built in (datetime -> _pydatetime).
            for hanterare in getattr(nod, "handlers", []):
                if "ImportError" not in ast.unparse(hanterare.type or ast.Name("")):
                    kvar.extend(hanterare.body)
    return overst


def smal_standardbibliotek(stdlib_zip: bytes, egna_kallor: list[str]) -> tuple[bytes, list[str]]:
    """The zip without what the checker does not need (see the module's docstring),
    and the listed modules that had to stay."""
    skonade: set[str] = set()
    for kalla in egna_kallor:
        skonade |= importerade_moduler(kalla)
    with zipfile.ZipFile(io.BytesIO(stdlib_zip)) as inn:
        filer = {info.filename: inn.read(info) for info in inn.infolist() if not info.is_dir()}
        tider = {info.filename: info.date_time for info in inn.infolist()}
    # A package's __main__.py runs only as `python -m package`.
    overst = {n: importerade_vid_start(d.decode("utf-8", "replace"))
              for n, d in filer.items() if n.endswith(".py") and not n.endswith("/__main__.py")}
    # Until nothing changes: a kept module's top-level import keeps its target.
    while True:
        behovs = set().union(*(m for n, m in overst.items() if not _utelamnas(n, skonade)))
        nya = (behovs & UTAN) - skonade
        if not nya:
            break
        skonade |= nya
    ut = io.BytesIO()
    with zipfile.ZipFile(ut, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as arkiv:
        for namn, data in filer.items():
            if not _utelamnas(namn, skonade):
                arkiv.writestr(zipfile.ZipInfo(namn, tider[namn]), data, zipfile.ZIP_DEFLATED, 9)
    return ut.getvalue(), sorted(skonade & UTAN)


def som_gzip(zip_data: bytes) -> bytes:
    """The zip with its files stored, not compressed, in gzip: gzip then finds what the
    files have in common, which a zip's file-by-file compression cannot."""
    import gzip

    ut = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(zip_data)) as inn, zipfile.ZipFile(ut, "w", zipfile.ZIP_STORED) as arkiv:
        for info in inn.infolist():
            arkiv.writestr(zipfile.ZipInfo(info.filename, info.date_time), inn.read(info))
    return gzip.compress(ut.getvalue(), 9, mtime=0)


def forkompilera_fil(inn: str, moduler_json: str, ut: str) -> None:
    """Runs INSIDE Pyodide (tools/webbgranskare/forkompilera.mjs): only its own Python
    writes bytecode it can read. The listed modules become .pyc in the zip; the rest stay
    sources. Docstrings and asserts are left out as with `python -OO`, except in Pyodide's
    own packages, which read docstrings."""
    import importlib.util
    import json
    import marshal

    moduler = set(json.loads(moduler_json))

    def modul(filnamn: str) -> str:
        namn = filnamn[:-3].replace("/", ".")
        return namn[:-len(".__init__")] if namn.endswith(".__init__") else namn

    with zipfile.ZipFile(inn) as arkiv, zipfile.ZipFile(ut, "w") as nytt:
        for info in arkiv.infolist():
            data, namn = arkiv.read(info), info.filename
            if namn.endswith(".py") and modul(namn) in moduler:
                optimera = 0 if namn.startswith(("pyodide/", "_pyodide/")) else 2
                kod = compile(data, namn, "exec", dont_inherit=True, optimize=optimera)
                # A sourceless .pyc: magic number, flags and 8 unused bytes, the code.
                data, namn = importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(kod), namn + "c"
            nytt.writestr(zipfile.ZipInfo(namn, info.date_time), data, zipfile.ZIP_DEFLATED, 9)
