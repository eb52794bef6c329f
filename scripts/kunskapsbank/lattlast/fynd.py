"""A finding: what is hard to read, where, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass

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

    def som_text(self) -> str:
        text = f"{self.path}:{self.line}:{self.column}: {self.rule}: {self.message}"
        if self.severity == "error":
            text = f"{self.path}:{self.line}:{self.column}: {self.rule}: FEL: {self.message}"
        if self.suggestion:
            text += f" ({self.suggestion})"
        return text
