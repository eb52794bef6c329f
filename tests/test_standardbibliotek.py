"""The trimmed standard library for the browser (kunskapsbank.webbgranskare.standardbibliotek):
what goes is what no kept module and none of our sources imports. The browser tests
(test_webbgranskare.py) run the checker on the real trimmed library."""

from __future__ import annotations

import io
import zipfile

from kunskapsbank.webbgranskare.standardbibliotek import UTAN, smal_standardbibliotek


def _zip(filer: dict[str, str]) -> bytes:
    ut = io.BytesIO()
    with zipfile.ZipFile(ut, "w", zipfile.ZIP_DEFLATED) as arkiv:
        for namn, text in filer.items():
            arkiv.writestr(namn, text)
    return ut.getvalue()


def _namn(data: bytes) -> set[str]:
    return set(zipfile.ZipFile(io.BytesIO(data)).namelist())


def test_det_ingen_behallen_modul_eller_var_egen_kod_importerar_tas_bort():
    assert {"unittest", "pdb", "csv", "tarfile", "calendar"} <= UTAN
    stdlib = _zip({
        "re/__init__.py": "import enum\n",
        "enum.py": "",
        "unittest/__init__.py": "import pdb\n",        # removed, and with it nothing else
        "pdb.py": "",
        "csv.py": "",                                   # used by our code, inside a function
        "email/utils.py": "import calendar\n",          # kept module, top-level import
        "calendar.py": "",
        "heapq.py": "if __name__ == '__main__':\n    import doctest\n",
        "doctest.py": "",
        "datetime.py": "try:\n    from _datetime import *\nexcept ImportError:\n    from _pydatetime import *\n",
        "_pydatetime.py": "",
        "asyncio/__main__.py": "import tarfile\n",    # only for `python -m asyncio`
        "tarfile.py": "",
        "encodings/__init__.py": "", "encodings/utf_8.py": "", "encodings/cp850.py": "",
        "encodings/mac_roman.py": "", "encodings/cp437.py": "",
    })
    egen_kod = "import re\n\ndef tabell(fil):\n    import csv\n    return csv.reader(fil)\n"
    smal, behallna = smal_standardbibliotek(stdlib, [egen_kod])
    assert _namn(smal) == {"re/__init__.py", "enum.py", "csv.py", "email/utils.py", "calendar.py",
                           "heapq.py", "datetime.py", "asyncio/__main__.py", "encodings/__init__.py",
                           "encodings/utf_8.py", "encodings/cp437.py"}
    assert behallna == ["calendar", "csv"]
    # Nothing is changed on the way.
    assert zipfile.ZipFile(io.BytesIO(smal)).read("datetime.py").startswith(b"try:")


def test_den_riktiga_pyodide_biblioteket_blir_mindre_och_behaller_det_granskaren_anvander():
    from verktyg import ROT

    from kunskapsbank.webbgranskare.bygg import _pyodide, kallkod_zip

    mapp = _pyodide(ROT, print)          # npm ci, as the build does, when it is missing
    if mapp is None:
        import pytest
        pytest.skip("Pyodide kunde inte hämtas med npm (se meddelandet ovan).")
    stdlib = mapp / "python_stdlib.zip"
    motor = zipfile.ZipFile(io.BytesIO(kallkod_zip()))
    smal, _ = smal_standardbibliotek(stdlib.read_bytes(),
                                     [motor.read(n).decode() for n in motor.namelist() if n.endswith(".py")])
    namn = _namn(smal)
    assert len(smal) < 0.7 * stdlib.stat().st_size
    for behovs in ("re/__init__.py", "json/__init__.py", "difflib.py", "pathlib/__init__.py",
                   "asyncio/__init__.py", "pyodide/__init__.py", "_pyodide/__init__.py", "lzma.py",
                   "bisect.py", "encodings/utf_8.py", "zipfile/__init__.py", "gzip.py"):
        assert behovs in namn, behovs
    assert not any(n.startswith(("unittest/", "pydoc_data/", "tkinter/", "encodings/cp850")) for n in namn)


def test_som_gzip_ger_samma_filer_okomprimerade_i_zip():
    import gzip

    from kunskapsbank.webbgranskare.standardbibliotek import som_gzip

    filer = {"a.py": "x = 1\n" * 50, "paket/__init__.py": "", "paket/b.pyc": "\x00binar"}
    zip_data = _zip(filer)
    data = som_gzip(zip_data)
    arkiv = zipfile.ZipFile(io.BytesIO(gzip.decompress(data)))
    assert {n: arkiv.read(n).decode() for n in arkiv.namelist()} == filer
    assert {i.compress_type for i in arkiv.infolist()} == {zipfile.ZIP_STORED}
    assert som_gzip(zip_data) == data          # the same input gives the same bytes
