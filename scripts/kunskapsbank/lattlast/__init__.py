"""Lättläst-granskaren: checks Swedish Markdown for easy-to-read language.

    from kunskapsbank.lattlast import granska_text
    resultat = granska_text(open("sida.md").read(), "sida.md")
    for fynd in resultat.fynd: print(fynd.som_text())
"""

from kunskapsbank.lattlast.fynd import Fynd  # noqa: F401
from kunskapsbank.lattlast.granskare import LasFel, Resultat, granska_fil, granska_text  # noqa: F401
from kunskapsbank.lattlast.installningar import Granskarinstallningar, InstallningsFel  # noqa: F401
from kunskapsbank.lattlast.statistik import Statistik  # noqa: F401
