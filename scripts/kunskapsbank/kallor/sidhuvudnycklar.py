"""The keys the summary box of a course session or an exercise shows, in order.

Apart from sidhuvud.py (which needs pydantic) because the checker reads them too, also
in the browser where pydantic does not exist."""

KURSTILLFALLE_NYCKLAR = ("malgrupp", "tid", "mal", "material")
OVNING_NYCKLAR = ("syfte", "tid", "gruppstorlek", "material")
