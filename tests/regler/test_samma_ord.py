"""The rule `samma-ord`: its examples as its tests (see regelexempel.py)."""

from regelexempel import exempeltest

test_exemplen = exempeltest("samma-ord")
