"""Slide decks: the source (kalla), the presentation in the browser and the PowerPoint file (bygg, powerpoint)."""
