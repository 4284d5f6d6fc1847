"""Which of the databases Datasette serves are rasad's (the plugin notes them at startup)."""

from __future__ import annotations

from pathlib import Path

rasad_paths: set[str] = set()


def resolved(path: str) -> str:
    return str(Path(path).resolve())


def is_rasad(datasette, database: str | None) -> bool:
    db = datasette.databases.get(database) if database else None
    return bool(db is not None and db.path and resolved(db.path) in rasad_paths)


def rasad_database(datasette):
    """The first database served that holds rasad's tables, or None."""
    return next((db for db in datasette.databases.values() if is_rasad(datasette, db.name)), None)
