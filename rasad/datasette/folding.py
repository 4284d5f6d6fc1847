"""Persian-aware matching for the views' search boxes: ZWNJ and spaces, ي/ك, the hamza forms
(هیأت = هیئت = هیات) and digits all compare equal."""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from rasad.fts import fts_query

_FOLD = {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا", "ئ": "ا", "ؤ": "ا"}
_DROP = "ءٔـ \u200c\u200d\u200f\u200e\t\n" + "".join(chr(c) for c in range(0x064B, 0x0653))
_SQUASH = str.maketrans({**_FOLD, **{d: None for d in _DROP},
                         **{c: str(i % 10) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")}})


@lru_cache(maxsize=262144)
def squash(text: str | None) -> str:
    """A comparison key: ي/ك and the hamza forms folded (هیأت = هیئت), Persian digits as Latin,
    no spaces, ZWNJ or diacritics. A translation table, cheap enough for every row of a view."""
    return (text or "").translate(_SQUASH).lower()


def _variants(word: str) -> list[str]:
    """A typed word with each hamza seat written the ways the index may hold it."""
    seats = [("ئ", "ا", "ی") if ch in "ئأء" and 0 < i else (ch,) for i, ch in enumerate(word)]
    if sum(len(s) > 1 for s in seats) > 2:
        return [word]
    return list(dict.fromkeys("".join(p) for p in product(*seats)))


def fts_any_spelling(text: str | None) -> str:
    """An FTS5 expression: every typed word, in any of its hamza spellings, must match."""
    groups = []
    for word in (text or "").split():
        alts = dict.fromkeys(fts_query(v) for v in _variants(word) if fts_query(v) != '""')
        if alts:
            groups.append("(" + " OR ".join(alts) + ")" if len(alts) > 1 else next(iter(alts)))
    return " AND ".join(groups) or '""'
