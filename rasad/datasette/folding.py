"""Full-text search in any hamza spelling (هیأت = هیئت = هیات) for the views' search boxes; the
row-by-row key is ``rasad.persian.squash``."""

from __future__ import annotations

from itertools import product

from rasad.fts import fts_query


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
