"""`rasad serve`: browse the configured database in Datasette (read-only, while the daemon writes)."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import click

from rasad.commands import config_option, load_or_exit


@click.command("serve")
@config_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port, printed at start).")
def serve(config_path: Path, host: str, port: int) -> None:
    """Start Datasette on the configured database with rasad's metadata, search and dashboard.

    Runs until SIGTERM (exit status 0) or Ctrl-C (130)."""
    from rasad.serve import datasette_command
    from rasad.serve import serve as run
    from rasad.stopping import Stopped, exit_status, stop_on_signals

    config = load_or_exit(config_path)
    try:  # bound now and kept: fail at once, before indexing, when the address is taken; no one takes it meanwhile
        sock = socket.create_server((host, port))
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        click.echo(f"error: cannot listen on {host}:{port}: {reason} "
                   "(another rasad serve? choose one with --port)", err=True)
        sys.exit(2)
    port = sock.getsockname()[1]
    click.echo(f"rasad: serving {config.database} at http://{host}:{port}/ (dashboard: /-/dashboard)")
    click.echo(f"rasad: same as: {datasette_command(config.database, host, port)}")
    if config.database.stem != "rasad":
        click.echo("rasad: (plain datasette names a database after its file; metadata.yaml "
                   "describes one named rasad, so give it a rasad.db link)")
    with sock, stop_on_signals():  # while preparing; the server then handles them itself
        try:
            sys.exit(run(config.database, host=host, port=port, sock=sock))
        except Stopped as stopped:
            sys.exit(exit_status(stopped.signum))
