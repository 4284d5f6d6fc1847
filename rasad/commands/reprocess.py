"""`rasad reprocess`: re-extract and re-store every stored article (pipeline.reprocess)."""

from __future__ import annotations

import logging
import sys

import click

from rasad.commands import config_option, load_or_exit


@click.command()
@click.option("--fresh", is_flag=True,
              help="Rebuild persons and events from scratch in one transaction (stop the daemon first).")
@config_option
def reprocess(fresh, config_path):
    """Re-extract and re-store every article from its stored HTML (idempotent)."""
    from rich.console import Console
    from rich.logging import RichHandler
    from rich.progress import Progress

    from pipeline.reprocess import reprocess_all
    from rasad.schema import open_db

    config = load_or_exit(config_path)
    console = Console(stderr=True)
    logging.basicConfig(level=logging.WARNING, handlers=[RichHandler(console=console, show_path=False)],
                        format="%(message)s")
    db = open_db(config.database)
    total = db["articles"].count
    with Progress(console=console) as progress:
        task = progress.add_task("reprocessing articles", total=total)
        done, failed = reprocess_all(db, config, lambda: progress.advance(task), fresh=fresh)
    click.echo(f"{config.database}: {done} articles reprocessed, {failed} failed; "
               f"{db['events'].count} events, {db['event_mentions'].count} mentions, {db['persons'].count} persons")
    sys.exit(1 if failed else 0)
