"""Full-text search over articles (title, lead, body) and persons (name, aliases).

The FTS5 tables hold ``pipeline.normalize.search_forms`` of each text, in which every word is
present with and without its ZWNJ and with unified Persian letters, so «گفت‌وگو», «گفتوگو» and
«گفت‌وگو» typed with Arabic ي/ك all land on the same tokens. Queries go through
:func:`fts_query`, which brings what an analyst typed to the same form.

``articles_fts`` and ``persons_fts`` (defined in :mod:`rasad.schema`) have the source row's id as
rowid. Triggers write them in the same transaction as the row, calling :func:`indexed_text` and
:func:`fts_sig` through SQL functions registered by ``rasad.schema.connect``; so a search finds an
article as soon as it is committed and readers never write. :func:`backfill` indexes, once, rows
stored before the triggers existed (an upgraded database), found through the UNINDEXED ``sig``
column (a hash of the source columns).
"""

from __future__ import annotations

import hashlib
import json
import sys
from typing import Callable

import sqlite_utils

from pipeline.normalize import search_forms
from rasad.persian import ZWNJ
from rasad.schema import FTS_BACKFILL, FTS_SPECS, FtsSpec


def fts_sig(*values: str | None) -> str:
    """A short hash of a row's source columns: changes when any of them changes."""
    data = "\x1f".join("" if v is None else str(v) for v in values)
    return hashlib.blake2b(data.encode("utf-8"), digest_size=8).hexdigest()


def _searchable(value: str | None, json_list: bool) -> str:
    """The searchable form of one column value (a JSON list is indexed item by item)."""
    if not value:
        return ""
    if json_list:
        try:
            items = json.loads(value)
        except ValueError:
            items = [value]
        if isinstance(items, str):
            items = [items]
        return "\n".join(search_forms(str(item)) for item in items if item)
    return search_forms(value)


def indexed_text(source: str, rowid: int, column: str, value) -> str:
    """What the index holds for one column of one row; text the normaliser cannot handle is
    indexed as it is (a write must never fail because of the index)."""
    spec = next(s for s in FTS_SPECS if s.source == source)
    try:
        return _searchable(value, column in spec.json_list_columns)
    except Exception as exc:
        print(f"rasad: {source} {rowid} {column}: indexed unnormalised ({exc!r})",
              file=sys.stderr, flush=True)
        return "" if value is None else str(value).lower()


def _stale(db: sqlite_utils.Database, spec: FtsSpec) -> list[int]:
    """Rows of *spec*'s source not indexed as they are now, and index rows whose source is gone."""
    cols = ", ".join(f"s.[{c}]" for c in spec.columns)
    return [r[0] for r in db.execute(
        f"SELECT s.rowid FROM [{spec.source}] s LEFT JOIN [{spec.fts_table}] f ON f.rowid = s.rowid "
        f"WHERE f.rowid IS NULL OR f.sig IS NOT rasad_fts_sig({cols}) "
        f"UNION ALL SELECT f.rowid FROM [{spec.fts_table}] f "
        f"WHERE f.rowid NOT IN (SELECT rowid FROM [{spec.source}])"
    )]


def _reindex(db: sqlite_utils.Database, spec: FtsSpec, ids: list[int]) -> None:
    """Index rows *ids* as they are now, in one transaction (so no trigger's newer text is lost)."""
    cols = ", ".join(f"[{c}]" for c in spec.columns)
    marks = ", ".join("?" * len(ids))
    with db.atomic():
        rows = db.execute(f"SELECT rowid, {cols} FROM [{spec.source}] WHERE rowid IN ({marks})",
                          ids).fetchall()
        docs = [(rowid, *(indexed_text(spec.source, rowid, c, v) for c, v in zip(spec.columns, values)),
                 fts_sig(*values)) for rowid, *values in rows]
        db.execute(f"DELETE FROM [{spec.fts_table}] WHERE rowid IN ({marks})", ids)
        db.conn.executemany(
            f"INSERT INTO [{spec.fts_table}] (rowid, {cols}, sig) "
            f"VALUES ({', '.join('?' * (len(spec.columns) + 2))})", docs)


def backfill(db: sqlite_utils.Database, batch: int = 50,
             progress: Callable[[int, int], None] | None = None) -> int:
    """Index every row the triggers have not (stored before them, or while they were missing),
    in short transactions beside running writers; returns rows re-indexed.

    *progress(done, total)* is called after each batch, for a progress bar on a first indexing.
    """
    stale = {spec: _stale(db, spec) for spec in FTS_SPECS}
    total, done = sum(map(len, stale.values())), 0
    for spec, ids in stale.items():
        for start in range(0, len(ids), batch):
            _reindex(db, spec, ids[start:start + batch])
            done += len(ids[start:start + batch])
            if progress:
                progress(done, total)
    with db.atomic():
        db.execute(f"DROP TABLE IF EXISTS [{FTS_BACKFILL}]")
    return total


def _word_tokens(word: str) -> list[str]:
    """The index tokens that stand for one typed word: its ZWNJ-less, letter-folded form."""
    tokens = search_forms(word.replace(ZWNJ, "")).split()
    # search_forms emits a ZWNJ word's parts and then the joined word; the joined form suffices.
    if len(tokens) > 1 and tokens[-1] == "".join(tokens[:-1]):
        return tokens[-1:]
    return tokens


def search_key(text: str | None) -> str:
    """A comparison form of short text (a country, a name): folded letters, no ZWNJ or punctuation."""
    return " ".join(t for word in (text or "").split() for t in _word_tokens(word))


def fts_query(text: str | None) -> str:
    """An FTS5 MATCH expression for what an analyst typed: every word must match.

    The index holds every word's ZWNJ-less form, so searching that form finds the word however
    it was written. A trailing ``*`` on a word makes it a prefix search. Input with no words
    gives ``'""'``, which matches nothing instead of raising a syntax error.
    """
    terms: list[str] = []
    for word in (text or "").split():
        star = "*" if word.endswith("*") else ""
        terms.extend(f'"{t}"{star}' for t in _word_tokens(word))
    return " ".join(dict.fromkeys(terms)) or '""'
