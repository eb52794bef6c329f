"""The checker's rules. Each rule has an ID (part of the interface), a default
severity, a Swedish name, and a check that yields (line, column, message, suggestion)."""

from .bas import Regel, Kontext, alla_regler  # noqa: F401
