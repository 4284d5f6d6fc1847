"""Datasette on rasad's database, with rasad's metadata, templates, static files and plugin.

The database is opened normally (not immutable) because the daemon keeps writing to it; SQLite's
WAL mode lets Datasette read while it does. Datasette gets no write plugin: the one writer in the
server is the plugin's thread that keeps the full-text index up to date.
"""

from __future__ import annotations

import asyncio
import shlex
from pathlib import Path

import yaml
from datasette.app import Database, Datasette

from rasad.datasette.views import ensure_views
from rasad.fts import ensure_fts
from rasad.schema import open_db

DATASETTE_DIR = Path(__file__).resolve().parent / "datasette"
METADATA = DATASETTE_DIR / "metadata.yaml"
TEMPLATES = DATASETTE_DIR / "templates"
PLUGINS = DATASETTE_DIR / "plugins"
STATIC = DATASETTE_DIR / "static"
STATIC_MOUNT = "rasad-static"
DB_NAME = "rasad"  # the name metadata.yaml describes, whatever the file is called

SETTINGS = {
    "default_page_size": 50,
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 1000,
    "truncate_cells_html": 300,
    "allow_download": False,
}


def load_metadata(fts_refresh_seconds: float | None = None) -> dict:
    """metadata.yaml as a dict, with the index refresh interval overridden when given."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    if fts_refresh_seconds is not None:
        metadata["plugins"]["rasad"]["fts_refresh_seconds"] = fts_refresh_seconds
    return metadata


def prepare_database(db_path: str | Path, show_progress: bool = False) -> int:
    """Schema, views and a complete full-text index before serving; returns rows indexed.

    A first indexing of a large database takes a while (a few ms per article): with
    *show_progress* a progress bar tells how long.
    """
    db = open_db(db_path)  # creates the file and applies the schema if needed
    try:
        ensure_views(db)
        if not show_progress:
            return ensure_fts(db)
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("indexing for search", total=None)
            return ensure_fts(db, progress=lambda done, total: bar.update(task, completed=done, total=total))
    finally:
        db.conn.close()


def build_datasette(db_path: str | Path, fts_refresh_seconds: float | None = None) -> Datasette:
    """A started Datasette serving *db_path* as ``/rasad`` with rasad's files and plugin."""
    db_path = Path(db_path).resolve()
    ds = Datasette(
        metadata=load_metadata(fts_refresh_seconds),
        template_dir=str(TEMPLATES),
        plugins_dir=str(PLUGINS),
        static_mounts=[(STATIC_MOUNT, str(STATIC))],
        settings=SETTINGS,
    )
    ds.add_database(Database(ds, path=str(db_path), is_mutable=True), name=DB_NAME)
    asyncio.run(ds.invoke_startup())
    return ds


def datasette_command(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> str:
    """The plain ``datasette`` command line that serves the same database the same way."""
    args = ["datasette", "serve", str(db_path), "--host", host, "--port", str(port)]
    args += ["--metadata", str(METADATA), "--template-dir", str(TEMPLATES)]
    args += ["--plugins-dir", str(PLUGINS), "--static", f"{STATIC_MOUNT}:{STATIC}"]
    for key, value in SETTINGS.items():
        args += ["--setting", key, str(value).lower() if isinstance(value, bool) else str(value)]
    return shlex.join(args)


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001,
          fts_refresh_seconds: float | None = None) -> None:
    """Index for search, then serve until interrupted."""
    import uvicorn

    if not Path(db_path).exists():
        print(f"rasad: {db_path} does not exist yet; serving an empty database "
              "(fill it with `rasad crawl --all`, `rasad run` or `rasad demo`)")
    prepare_database(db_path, show_progress=True)
    ds = build_datasette(db_path, fts_refresh_seconds)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
