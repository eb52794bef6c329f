"""The sources of a build and their schema: the settings under extra in mkdocs.yml
(installningar), the parts of the material (moduler), the front matter of every page
(sidhuvud), the förbund's own pages (lokalt), folders and images (mappar, bilder), and
the ids of saved answers (svarsid). kallorna.las finds them without the site engine."""
