"""Course booklets: assembled from the built site's pages and rendered to accessible
PDF (PDF/UA-1) with WeasyPrint. Plain Python; the build step kunskapsbank.haften.steg
runs it. The submodules are imported where they are used: the MkDocs hook needs only
the definitions, not BeautifulSoup and WeasyPrint."""

from kunskapsbank.haften.definitioner import Hafte, las_definitioner  # noqa: F401
