"""A finding: what is hard to read, where, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass, asdict

ALLVARLIGHETER = ("error", "warning", "info")
SVENSKA = {"error": "fel", "warning": "varning", "info": "tips"}


@dataclass(frozen=True)
class Fynd:
    path: str
    line: int
    column: int
    rule: str
    severity: str
    message: str
    suggestion: str | None = None

    def som_dict(self) -> dict:
        return asdict(self)

    def som_text(self) -> str:
        text = f"{self.path}:{self.line}:{self.column}: {self.rule}: {self.message}"
        if self.severity == "error":
            text = f"{self.path}:{self.line}:{self.column}: {self.rule}: FEL: {self.message}"
        if self.suggestion:
            text += f" ({self.suggestion})"
        return text
