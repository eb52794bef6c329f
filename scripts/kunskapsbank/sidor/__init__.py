"""Step 2 and the pages made from front matter: the report pages (rapportsidor: the
checker's report, review dates in granskning, "Nytt i materialet" in nytt), course pages
(kurssidor), the accessibility statement (redogorelse), the whole-site print page
(utskriftssida)."""
