import sys

from kunskapsbank.webbgranskare.bygg import main

sys.exit(main(sys.argv[1:]))
