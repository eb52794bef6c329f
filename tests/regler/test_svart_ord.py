"""The rule `svart-ord`: its examples as its tests (see regelexempel.py)."""

from regelexempel import exempeltest

test_exemplen = exempeltest("svart-ord")
