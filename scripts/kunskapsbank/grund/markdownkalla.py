"""The structure of a Markdown source that every check shares: where the front matter
ends and which lines are fenced code.

Fences follow CommonMark, as pymdownx.superfences reads them: three or more backticks or
tildes open a block, and only a fence of the same character, at least as long and with
nothing after it, closes it. So a ```` fence can show a ``` fence (or a box, or a link)
as an example, and every check skips the whole example. Pure Python: the checker in the
browser (Pyodide) uses it too.
"""

from __future__ import annotations

import re

STAKET = re.compile(r"^(?P<indrag>[ \t]*)(?P<staket>`{3,}|~{3,})(?P<info>.*)$")


def har_sidhuvud(rader: list[str]) -> bool:
    return bool(rader) and rader[0].rstrip() == "---"


def sidhuvudets_slut(rader: list[str]) -> int | None:
    """The index of the front matter's closing line (--- or ...), or None when the page
    has no front matter or it is never closed."""
    if not har_sidhuvud(rader):
        return None
    return next((i for i in range(1, len(rader)) if rader[i].rstrip() in ("---", "...")), None)


def sidhuvudets_text(rader: list[str]) -> str | None:
    """The YAML between the front matter's --- lines (the lines 2 to the closing one), or
    None when the page has no closed front matter. Every reader of front matter starts here."""
    slut = sidhuvudets_slut(rader)
    return "\n".join(rader[1:slut]) + "\n" if slut else None


def brodtextens_start(rader: list[str]) -> int:
    """The index of the first line after the front matter (0 without a closed one)."""
    slut = sidhuvudets_slut(rader)
    return slut + 1 if slut else 0


def kodrader(rader: list[str], start: int = 0) -> list[bool]:
    """For each line: does it belong to a fenced code block (fences included)? Lines
    before `start` (the front matter) are never code."""
    i_kod = [False] * len(rader)
    oppen: tuple[str, int] | None = None
    for i in range(start, len(rader)):
        m = STAKET.match(rader[i])
        if oppen is None:
            # A backtick fence's info string may not hold a backtick (CommonMark).
            if m and not (m.group("staket")[0] == "`" and "`" in m.group("info")):
                oppen = (m.group("staket")[0], len(m.group("staket")))
                i_kod[i] = True
            continue
        i_kod[i] = True
        if m and m.group("staket")[0] == oppen[0] and len(m.group("staket")) >= oppen[1] \
                and not m.group("info").strip():
            oppen = None
    return i_kod


def utanfor_kod(rader: list[str]):
    """(index, line) for each line outside the front matter and fenced code."""
    start = brodtextens_start(rader)
    kod = kodrader(rader, start)
    for i in range(start, len(rader)):
        if not kod[i]:
            yield i, rader[i]


# `--8<-- "fil.md"` (pymdownx.snippets) on a line of its own; an escaped `;--8<--` is text.
SNIPPET = re.compile(r"""^(?P<indrag>[ \t]*)-+8<-+[ \t]+(?P<citat>["'])(?P<vag>[^"']+)(?P=citat)[ \t]*$""")


def med_snippets(rader: list[str], namn: str, rot, djup: int = 0) -> tuple[list[str], list[tuple[str, int]]]:
    """The page's lines with each `--8<-- "fil"` line replaced by that file's lines (as
    pymdownx.snippets puts them in, paths from the project folder `rot`), and for each
    line the file and line it came from, so a mistake in a snippet is reported there."""
    from pathlib import Path

    if not any("8<" in rad for rad in rader):       # most pages: nothing to put in
        return list(rader), [(namn, i + 1) for i in range(len(rader))]
    ut, platser = [], []
    kod = kodrader(rader, brodtextens_start(rader)) if djup == 0 else [False] * len(rader)
    for i, rad in enumerate(rader):
        m = SNIPPET.match(rad) if not kod[i] and "8<" in rad else None
        vag, _, omrade = (m.group("vag").partition(":") if m else ("", "", ""))
        fil = Path(rot) / vag
        if m and djup < 4 and fil.is_file():
            try:
                inne = fil.read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n")
            except (OSError, UnicodeDecodeError):
                inne = None
            if inne is not None:
                start, _, slut = omrade.partition(":")
                forsta = int(start) if start.isdigit() and int(start) > 0 else 1
                sista = int(slut) if slut.isdigit() else len(inne)
                bit, bitens = med_snippets(inne[forsta - 1:sista], vag, rot, djup + 1)
                ut += [m.group("indrag") + r if r else r for r in bit]
                platser += [(f, n + forsta - 1 if f == vag else n) for f, n in bitens]
                continue
        ut.append(rad)
        platser.append((namn, i + 1))
    return ut, platser
