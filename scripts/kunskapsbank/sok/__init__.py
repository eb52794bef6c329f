"""Step 4, search: the index per language from the built site (sokindex), and how a
Swedish word is taken apart into lemma and compound parts (sokord, also in the browser)."""
