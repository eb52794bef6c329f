"""A finding: what is hard to read, where, and how to fix it."""

from __future__ import annotations

import json
from functools import lru_cache
from operator import attrgetter
from json.encoder import encode_basestring
from typing import NamedTuple

ALLVARLIGHETER = ("error", "warning", "info")
SVENSKA = {"error": "fel", "warning": "varning", "info": "tips"}
# The order findings are reported in.
ORDNING = attrgetter("line", "column", "rule")


class Fynd(NamedTuple):
    """Immutable. A named tuple rather than a frozen dataclass: a page of dense text
    gives thousands of findings, and a frozen dataclass is five times slower to make."""
    path: str
    line: int
    column: int
    rule: str
    severity: str
    message: str
    suggestion: str | None = None
    # The span the finding is about (end_column is just after its last character), and
    # texts that can replace it. safe: `scripts/lint --fix` may apply the first one.
    end_line: int | None = None
    end_column: int | None = None
    replacements: tuple[str, ...] = ()
    safe: bool = False

    def som_dict(self) -> dict:
        # By hand: dataclasses.asdict copies deeply and is ten times slower, which
        # counts with hundreds of thousands of findings.
        return {"path": self.path, "line": self.line, "column": self.column, "rule": self.rule,
                "severity": self.severity, "message": self.message, "suggestion": self.suggestion,
                "end_line": self.end_line, "end_column": self.end_column,
                "replacements": list(self.replacements), "safe": self.safe}

    def som_json(self) -> str:
        """The line `json.dumps(self.som_dict(), ensure_ascii=False)` gives, many times
        faster: with hundreds of thousands of findings the encoder's start-up per call
        costs more than the checking. The texts repeat, so each is encoded once."""
        # Unpacked once: reading a named tuple's fields by name is slow in a loop this hot.
        (path, line, column, rule, severity, message, suggestion, end_line, end_column,
         replacements, safe) = self
        if (type(line) is int and type(column) is int and type(safe) is bool
                and (end_line is None or type(end_line) is int)
                and (end_column is None or type(end_column) is int)):
            try:
                return (f'{{"path": {_json_strang(path)}, "line": {line}, "column": {column}, '
                        f'{_json_mitt(rule, severity, message, suggestion)}, '
                        f'"end_line": {"null" if end_line is None else end_line}, '
                        f'"end_column": {"null" if end_column is None else end_column}, '
                        f'{_json_slut(replacements, safe)}}}')
            except TypeError:    # a text that is no str: json's own rules decide
                pass
        return json.dumps(self.som_dict(), ensure_ascii=False)

    def som_text(self) -> str:
        path, line, column, rule, severity, message, suggestion = self[:7]
        if severity == "error":
            text = f"{path}:{line}:{column}: {rule}: FEL: {message}"
        else:
            text = f"{path}:{line}:{column}: {rule}: {message}"
        if suggestion:
            text += f" ({suggestion})"
        return text


@lru_cache(maxsize=100_000)
def _json_strang(text: str) -> str:
    return encode_basestring(text)


@lru_cache(maxsize=100_000)
def _json_mitt(rule: str, severity: str, message: str, suggestion: str | None) -> str:
    # What many findings share, encoded once: most findings of a page repeat a message.
    forslag = "null" if suggestion is None else _json_strang(suggestion)
    return (f'"rule": {_json_strang(rule)}, "severity": {_json_strang(severity)}, '
            f'"message": {_json_strang(message)}, "suggestion": {forslag}')


@lru_cache(maxsize=10_000)
def _json_slut(replacements: tuple[str, ...], safe: bool) -> str:
    return (f'"replacements": [{", ".join(map(_json_strang, replacements))}], '
            f'"safe": {"true" if safe else "false"}')
