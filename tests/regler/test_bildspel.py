"""The rule `bildspel`: its examples as its tests (see regelexempel.py)."""

from regelexempel import exempeltest

test_exemplen = exempeltest("bildspel")
