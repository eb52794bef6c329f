"""Command lines that speak Swedish: argparse's own messages and headings translated,
so a trainer never meets an English error from our commands."""

from __future__ import annotations

import argparse
import re
import sys


# argparse writes its own messages in English; a trainer gets them in Swedish.
ARGPARSE_PA_SVENSKA = [
    (re.compile(r"^unrecognized arguments: (.*)$"),
     r"granskaren känner inte igen \1"),
    (re.compile(r"^the following arguments are required: (.*)$"),
     r"det här måste du skriva: \1"),
    (re.compile(r"^argument (.+?): invalid choice: (.+?) \(choose from (.*)\)$"),
     r"\1 kan inte vara \2. Välj bland \3"),
    (re.compile(r"^argument (.+?): expected (?:one|at least one) argument$"),
     r"\1 behöver ett värde efter sig, till exempel \1 text"),
    (re.compile(r"^argument (.+?): ignored explicit argument (.*)$"),
     r"\1 ska stå utan värde (du skrev \2)"),
    (re.compile(r"^ambiguous option: (\S+) could match (.*)$"),
     r"\1 kan betyda flera saker: \2. Skriv hela namnet"),
]


def pa_svenska(meddelande: str) -> str:
    for monster, svenska in ARGPARSE_PA_SVENSKA:
        if monster.match(meddelande):
            return monster.sub(svenska, meddelande)
    return "kommandot går inte att tolka"


class SvenskHjalp(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, prefix or "Användning: ")


class SvenskArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The default group headings ("options", "positional arguments") in Swedish.
        self._optionals.title = "Val"
        self._positionals.title = "Argument"

    def error(self, message: str):
        self.print_usage(sys.stderr)
        print(f"FEL: {pa_svenska(message)}. Skriv {self.prog} --help för hjälp.", file=sys.stderr)
        sys.exit(2)
