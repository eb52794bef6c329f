"""Shared pieces every step uses, each in one place: one error type with file, line and
fix (fel), YAML read with lines (yamlfil), Swedish messages from pydantic (validering),
the structure of a Markdown source (markdownkalla), text shown as Markdown text
(markdowntext), the language of a page from its file name (sidsprak), git, atomic
writes, the cache folder and the command line's Swedish help."""
