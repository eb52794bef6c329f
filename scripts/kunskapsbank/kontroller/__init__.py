"""Step 1 and the checks of each page's HTML: what must never be published. The source
check (kallkontroll), boxes and trainer notes (rutor), who sees what (synlighet), no
active content or outside requests (sakerhet, integritet), pages missing from the menu
(meny)."""
