"""Course booklets: assembled from the built site's pages and rendered to accessible
PDF (PDF/UA-1) with WeasyPrint. Plain Python; the MkDocs hook only calls it."""

from .definitioner import Hafte, las_definitioner  # noqa: F401
from .sammanstall import sammanstall  # noqa: F401
from .pdf import skriv_pdf  # noqa: F401
from .utgava import Utgava, las_utgava  # noqa: F401
