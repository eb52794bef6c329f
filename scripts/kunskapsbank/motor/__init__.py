"""Step 3, MkDocs: the little that knows MkDocs and its plugins. What the hooks share
(mkdocs_stod), MkDocs' messages in Swedish (mkdocs_meddelanden), the English pass beside
the Swedish one (sprakpass), compiled templates kept between builds (mallcache). Moving
to another engine means replacing hooks/ and this folder."""
