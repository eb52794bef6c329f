"""The förbund's own site: its identity file docs/lokalt/forbund.yml (identitet), colours
that read well (farg), and scripts/ny-forbund (nytt_forbund)."""
