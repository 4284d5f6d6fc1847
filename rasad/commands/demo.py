"""`rasad demo [--dir DIR] [--serve]`: crawl the bundled Persian sample sites into a fresh database."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              default="rasad-demo", show_default=True,
              help="Where to write config.yaml and rasad.db (both recreated each run).")
@click.option("--serve", "then_serve", is_flag=True, help="Then browse the result with `rasad serve`.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port for --serve (0: any free port, printed when serving starts).")
def demo(directory: Path, then_serve: bool, port: int) -> None:
    """Serve two sample Persian news sites on 127.0.0.1, crawl them, and show what rasad stored.

    Needs no internet. Exits 1 if the crawl failed or a sample article was not stored; SIGTERM
    stops it (and its crawl or Datasette) with status 0, Ctrl-C with 130."""
    from rasad.stopping import Stopped, exit_status, stop_on_signals

    with stop_on_signals():
        try:
            sys.exit(_demo(directory, then_serve, port))
        except Stopped as stopped:
            click.echo(f"rasad demo: stopped by {stopped}", err=True)
            sys.exit(exit_status(stopped.signum))


def _demo(directory: Path, then_serve: bool, port: int) -> int:
    """The demo; its exit status."""
    from rich.console import Console

    from rasad.demo.runner import run_demo, serve, serve_command

    console = Console()
    config_path, checks, status = run_demo(directory.resolve(), console)
    console.print(f"\nBrowse it in Datasette: [bold]rasad serve --config {config_path}[/]\n"
                  f"Also try: rasad status --config {config_path}  ·  rasad dedupe --config {config_path}")
    ok = status == 0 and all(c.row is not None for c in checks)
    if then_serve:
        console.print(f"starting: {' '.join(serve_command(config_path, port))}")
        return serve(config_path, port)
    return 0 if ok else 1
