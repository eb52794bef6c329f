"""Kunskapsbankens egen logik: identitet, kurssidor, häften och Lättläst-granskaren.

Everything here is plain Python with no dependency on MkDocs, so the site can move to
another engine; the files in hooks/ only call into these modules.
"""
