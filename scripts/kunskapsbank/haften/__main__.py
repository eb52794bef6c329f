import sys

from kunskapsbank.haften.steg import main

sys.exit(main())
