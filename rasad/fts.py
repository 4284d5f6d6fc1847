"""Full-text search over articles (title, lead, body) and persons (name, aliases).

The FTS5 tables hold ``pipeline.normalize.search_forms`` of each text, in which every word is
present with and without its ZWNJ and with unified Persian letters, so «گفت‌وگو», «گفتوگو» and
«گفت‌وگو» typed with Arabic ي/ك all land on the same tokens. Queries go through
:func:`fts_query`, which brings what an analyst typed to the same form.

``articles_fts`` and ``persons_fts`` are separate FTS5 tables whose rowid is ``articles.id`` /
``persons.id``. Keeping them current without scanning every article:

- SQL triggers (plain SQL, so every writer fires them, whatever its connection) append the id of
  each inserted, updated or deleted row to ``fts_pending``; :func:`refresh_fts` re-indexes just
  those rows. It is what a server calls every few seconds.
- An UNINDEXED ``sig`` column (a hash of the source columns) lets :func:`ensure_fts` find, in one
  pass, rows changed while no trigger existed (a database made before, a rebuilt table).

The search forms are computed before each write transaction, which stays short, so the daemon's
writers are never held up for long.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from typing import Callable

import sqlite_utils

from pipeline.normalize import search_forms

ZWNJ = "\u200c"
PENDING = "fts_pending"


@dataclass(frozen=True)
class FtsSpec:
    """One FTS table: the source table and the columns it indexes."""

    fts_table: str
    source: str
    columns: tuple[str, ...]
    json_list_columns: tuple[str, ...] = ()


SPECS = (
    FtsSpec("articles_fts", "articles", ("title", "lead", "body")),
    FtsSpec("persons_fts", "persons", ("name", "aliases"), json_list_columns=("aliases",)),
)

_TOKENIZER = "unicode61 remove_diacritics 2"


def _sig(*values: str | None) -> str:
    """A short hash of a row's source columns: changes when any of them changes."""
    data = "\x1f".join("" if v is None else str(v) for v in values)
    return hashlib.blake2b(data.encode("utf-8"), digest_size=8).hexdigest()


def _indexed_text(value: str | None, json_list: bool) -> str:
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


def _doc(spec: FtsSpec, rowid: int, values: list) -> list[str]:
    """The indexed texts of one row; text the normaliser cannot handle is indexed as it is."""
    out = []
    for column, value in zip(spec.columns, values):
        try:
            out.append(_indexed_text(value, column in spec.json_list_columns))
        except Exception as exc:  # one odd text must not stop the index (or the queue) for all
            print(f"rasad: {spec.source} {rowid} {column}: indexed unnormalised ({exc!r})",
                  file=sys.stderr, flush=True)
            out.append("" if value is None else str(value).lower())
    return out


def create_fts(db: sqlite_utils.Database) -> None:
    """Create the FTS tables, the change queue and its triggers if missing (cheap, no indexing)."""
    db.execute(
        f"CREATE TABLE IF NOT EXISTS [{PENDING}] "
        "(seq INTEGER PRIMARY KEY, fts_table TEXT NOT NULL, row_id INTEGER NOT NULL)"
    )
    for spec in SPECS:
        cols = ", ".join(spec.columns)
        db.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS [{spec.fts_table}] "
            f"USING fts5({cols}, sig UNINDEXED, tokenize='{_TOKENIZER}')"
        )
        enqueue = f"INSERT INTO [{PENDING}] (fts_table, row_id) VALUES ('{spec.fts_table}', "
        watched = ", ".join(f"[{c}]" for c in spec.columns)
        for name, event, row in (
            ("ai", "AFTER INSERT", "new"),
            ("au", f"AFTER UPDATE OF {watched}", "new"),
            ("ad", "AFTER DELETE", "old"),
        ):
            db.execute(
                f"CREATE TRIGGER IF NOT EXISTS [{spec.fts_table}_{name}] {event} ON [{spec.source}] "
                f"BEGIN {enqueue}{row}.rowid); END"
            )


def _reindex(db: sqlite_utils.Database, spec: FtsSpec, ids: list[int], batch: int,
             progress: Callable[[int], None] | None = None) -> int:
    """Re-index rows *ids* of *spec*'s source (ids no longer there are dropped from the index)."""
    cols = ", ".join(f"[{c}]" for c in spec.columns)
    insert = (
        f"INSERT INTO [{spec.fts_table}] (rowid, {cols}, sig) "
        f"VALUES ({', '.join('?' * (len(spec.columns) + 2))})"
    )
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        marks = ", ".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT rowid, {cols} FROM [{spec.source}] WHERE rowid IN ({marks})", chunk
        ).fetchall()
        docs = [(rowid, *_doc(spec, rowid, values), _sig(*values)) for rowid, *values in rows]
        with db.atomic():
            db.execute(f"DELETE FROM [{spec.fts_table}] WHERE rowid IN ({marks})", chunk)
            db.conn.executemany(insert, docs)
        if progress:
            progress(len(chunk))
    return len(ids)


def ensure_fts(db: sqlite_utils.Database, batch: int = 200,
               progress: Callable[[int, int], None] | None = None) -> int:
    """Create what :func:`create_fts` creates, then index every row that is new, changed or gone
    since it was last indexed (one pass over the sources); returns rows re-indexed.

    *progress(done, total)* is called after each batch, for a progress bar on a first indexing.
    """
    create_fts(db)
    db.conn.create_function("rasad_fts_sig", -1, _sig, deterministic=True)
    upto = db.execute(f"SELECT coalesce(max(seq), 0) FROM [{PENDING}]").fetchone()[0]
    stale: dict[FtsSpec, list[int]] = {}
    for spec in SPECS:
        cols = ", ".join(f"s.[{c}]" for c in spec.columns)
        stale[spec] = [r[0] for r in db.execute(
            f"SELECT s.rowid FROM [{spec.source}] s LEFT JOIN [{spec.fts_table}] f ON f.rowid = s.rowid "
            f"WHERE f.rowid IS NULL OR f.sig IS NOT rasad_fts_sig({cols}) "
            f"UNION ALL SELECT f.rowid FROM [{spec.fts_table}] f "
            f"WHERE f.rowid NOT IN (SELECT rowid FROM [{spec.source}])"
        )]
    total = sum(map(len, stale.values()))
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total)

    for spec, ids in stale.items():
        _reindex(db, spec, ids, batch, advance)
    with db.atomic():
        db.execute(f"DELETE FROM [{PENDING}] WHERE seq <= ?", [upto])
    return total


def refresh_fts(db: sqlite_utils.Database, batch: int = 200) -> int:
    """Re-index the rows the triggers queued since the last refresh; returns rows re-indexed."""
    upto = db.execute(f"SELECT coalesce(max(seq), 0) FROM [{PENDING}]").fetchone()[0]
    if not upto:
        return 0
    total = 0
    for spec in SPECS:
        ids = [r[0] for r in db.execute(
            f"SELECT DISTINCT row_id FROM [{PENDING}] WHERE fts_table = ? AND seq <= ?",
            [spec.fts_table, upto],
        )]
        total += _reindex(db, spec, ids, batch)
    with db.atomic():
        db.execute(f"DELETE FROM [{PENDING}] WHERE seq <= ?", [upto])
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
