"""Full-text search over articles (title, lead, body) and persons (name, aliases).

The FTS5 tables hold ``pipeline.normalize.search_forms`` of each text, in which every word is
present with and without its ZWNJ and with unified Persian letters, so «گفت‌وگو», «گفتوگو» and
«گفتگو» written with Arabic ي/ك all land on the same tokens. Queries go through
:func:`fts_query`, which brings what an analyst typed to the same form.

``articles_fts`` and ``persons_fts`` are separate FTS5 tables whose rowid is ``articles.id`` /
``persons.id``; an UNINDEXED ``sig`` column (a hash of the source columns) lets
:func:`refresh_fts` re-index only rows that are new or changed since the last refresh, and drop
rows whose source row is gone. :func:`ensure_fts` creates the tables and refreshes them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlite_utils

from pipeline.normalize import search_forms

ZWNJ = "\u200c"


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
        return "\n".join(search_forms(str(item)) or "" for item in items if item)
    return search_forms(value) or ""


def ensure_fts(db: sqlite_utils.Database) -> int:
    """Create the FTS tables if missing and bring them up to date; returns rows (re)indexed."""
    for spec in SPECS:
        cols = ", ".join(spec.columns)
        db.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS [{spec.fts_table}] "
            f"USING fts5({cols}, sig UNINDEXED, tokenize='{_TOKENIZER}')"
        )
    return refresh_fts(db)


def refresh_fts(db: sqlite_utils.Database, batch: int = 200) -> int:
    """Index new and changed rows, drop rows whose source is gone; returns rows (re)indexed.

    Each batch is written in one transaction, so a crash leaves the index consistent and the
    next refresh picks up where this one stopped.
    """
    db.conn.create_function("rasad_fts_sig", -1, _sig, deterministic=True)
    total = 0
    for spec in SPECS:
        src_cols = ", ".join(f"s.[{c}]" for c in spec.columns)
        stale_sql = (
            f"SELECT s.rowid, {src_cols} FROM [{spec.source}] s "
            f"LEFT JOIN [{spec.fts_table}] f ON f.rowid = s.rowid "
            f"WHERE f.rowid IS NULL OR f.sig IS NOT rasad_fts_sig({src_cols})"
        )
        stale = db.execute(stale_sql).fetchall()
        placeholders = ", ".join("?" for _ in range(len(spec.columns) + 2))
        insert = (
            f"INSERT INTO [{spec.fts_table}] (rowid, {', '.join(spec.columns)}, sig) "
            f"VALUES ({placeholders})"
        )
        for start in range(0, len(stale), batch):
            rows = stale[start : start + batch]
            with db.atomic():
                for rowid, *values in rows:
                    texts = [
                        _indexed_text(v, c in spec.json_list_columns)
                        for c, v in zip(spec.columns, values)
                    ]
                    db.execute(f"DELETE FROM [{spec.fts_table}] WHERE rowid = ?", [rowid])
                    db.execute(insert, [rowid, *texts, _sig(*values)])
            total += len(rows)
        with db.atomic():
            db.execute(
                f"DELETE FROM [{spec.fts_table}] WHERE rowid NOT IN "
                f"(SELECT rowid FROM [{spec.source}])"
            )
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
