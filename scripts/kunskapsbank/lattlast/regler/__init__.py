"""The checker's rules. Each rule has an ID (part of the interface), a default
severity, a Swedish name, and a check that yields Traff objects."""

from kunskapsbank.lattlast.regler.bas import Regel, Kontext, Traff, alla_regler  # noqa: F401
