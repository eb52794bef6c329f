import sys

from .steg import main

sys.exit(main())
