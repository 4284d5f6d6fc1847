"""Dict rows from a shared sqlite3 connection without touching its row factory."""

from __future__ import annotations

import sqlite3


def _as_dict(cursor: sqlite3.Cursor, values: tuple) -> dict:
    return {col[0]: v for col, v in zip(cursor.description, values)}


class DictRows:
    """Wraps a connection: ``execute`` returns a cursor whose rows are dicts (other cursors are unchanged)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, args=()) -> sqlite3.Cursor:
        cursor = self.conn.cursor()
        cursor.row_factory = _as_dict
        return cursor.execute(sql, args)

    def executemany(self, sql: str, rows) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)
