"""`rasad run [--config PATH]`: the daemon in the foreground (the same as `python scheduler.py`)."""

from __future__ import annotations

from pathlib import Path

import click

from rasad.commands import config_option


@click.command("run")
@config_option
def run(config_path: Path) -> None:
    """Crawl every enabled site on its schedule until SIGTERM/SIGINT; SIGHUP reloads the config."""
    from scheduler import serve

    raise SystemExit(serve(config_path))
