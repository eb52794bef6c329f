"""Step 5, "Granska din text": the checker for the browser, built into the site
(bygg: Pyodide, our sources and the word tables; standardbibliotek: the trimmed standard
library; webbgranskare_sw.js: the service worker that keeps it offline)."""

from kunskapsbank.webbgranskare.bygg import main  # noqa: F401  (python -m, and the build chain)
