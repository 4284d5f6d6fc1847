"""Datasette on rasad's database, with rasad's metadata, templates, static files and plugin
(rasad.datasette.plugin, registered through the `datasette` entry point).

Datasette opens the file read-only (``mode=ro``, not immutable, because the daemon keeps writing;
WAL lets it read meanwhile), for its writes too, so the server never takes a write lock. The
full-text index needs no help from it: the writers' triggers keep it current.
"""

from __future__ import annotations

import asyncio
import contextlib
import shlex
import signal
import socket
from pathlib import Path

import yaml
from datasette.app import Database, Datasette

from rasad.schema import open_db

DATASETTE_DIR = Path(__file__).resolve().parent / "datasette"
METADATA = DATASETTE_DIR / "metadata.yaml"
TEMPLATES = DATASETTE_DIR / "templates"
STATIC = DATASETTE_DIR / "static"
STATIC_MOUNT = "rasad-static"
DB_NAME = "rasad"  # the name metadata.yaml describes, whatever the file is called

SETTINGS = {
    "default_page_size": 50,
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 1000,
    "truncate_cells_html": 300,
    "allow_download": False,
    # Suggested facets re-run every page's query once per column (a second on the meetings view
    # with 20,000 events) to offer widgets an analyst never asked for; the useful facets are set.
    "suggest_facets": False,
}


def load_metadata() -> dict:
    """metadata.yaml as a dict."""
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


def prepare_database(db_path: str | Path, show_progress: bool = False) -> None:
    """Create the database if missing, or bring an older one's schema and search index up to date
    (the writers' own open, done once before serving; nothing is written when it is current).

    A first indexing of a large database takes a while (a few ms per article): with
    *show_progress* a progress bar tells how long.
    """
    if not show_progress:
        open_db(db_path).conn.close()
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("indexing for search", total=None)
        open_db(db_path, progress=lambda done, total: bar.update(task, completed=done, total=total)).conn.close()


class ReadOnlyDatabase(Database):
    """A Datasette database whose every connection, the write one included, is ``mode=ro``."""

    def connect(self, write: bool = False):
        return super().connect(write=False)


def build_datasette(db_path: str | Path) -> Datasette:
    """A started Datasette serving *db_path* read-only as ``/rasad`` with rasad's files and plugin."""
    db_path = Path(db_path).resolve()
    ds = Datasette(
        metadata=load_metadata(),
        template_dir=str(TEMPLATES),
        static_mounts=[(STATIC_MOUNT, str(STATIC))],
        settings=SETTINGS,
    )
    ds.add_database(ReadOnlyDatabase(ds, path=str(db_path), is_mutable=True), name=DB_NAME)
    ds.remove_database("_memory")  # Datasette adds it when started without files; analysts need none
    asyncio.run(ds.invoke_startup())
    return ds


def datasette_command(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> str:
    """The plain ``datasette`` command line that serves the same database the same way (the plugin
    comes with the package, through its entry point)."""
    args = ["datasette", "serve", str(db_path), "--host", host, "--port", str(port)]
    args += ["--metadata", str(METADATA), "--template-dir", str(TEMPLATES)]
    args += ["--static", f"{STATIC_MOUNT}:{STATIC}"]
    for key, value in SETTINGS.items():
        args += ["--setting", key, str(value).lower() if isinstance(value, bool) else str(value)]
    return shlex.join(args)


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, sock: socket.socket | None = None) -> int:
    """Bring the database up to date, then serve it until SIGTERM (exit status 0) or SIGINT (130); on `sock` when
    given (bound already by the caller), else on host:port."""
    import uvicorn

    from rasad.stopping import exit_status

    class Server(uvicorn.Server):
        """uvicorn's server, remembering the signal that stopped it instead of re-raising it."""

        stopped_by: int | None = None

        @contextlib.contextmanager
        def capture_signals(self):
            def stop(signum, frame):
                self.force_exit = self.should_exit and signum == signal.SIGINT
                self.should_exit = True
                self.stopped_by = self.stopped_by or signum

            previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
            try:
                yield
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)

    if not Path(db_path).exists():
        print(f"rasad: {db_path} does not exist yet; serving an empty database "
              "(fill it with `rasad crawl --all`, `rasad run` or `rasad demo`)")
    prepare_database(db_path, show_progress=True)
    server = Server(uvicorn.Config(build_datasette(db_path).app(), host=host, port=port,
                                   log_level="warning", lifespan="on", workers=1))
    server.run(sockets=[sock] if sock else None)
    return exit_status(server.stopped_by) if server.stopped_by else 0
