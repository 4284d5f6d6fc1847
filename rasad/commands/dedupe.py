"""`rasad dedupe [--rebuild]`: show how articles group into stories; --rebuild recomputes them."""

from __future__ import annotations

import click

from rasad.commands import config_option, load_or_exit


@click.command()
@click.option("--rebuild", is_flag=True,
              help="Recompute every duplicate link and the MinHash index from the stored articles.")
@config_option
def dedupe(rebuild, config_path):
    """Duplicate links: counts by reason, or (--rebuild) recomputed from scratch in one transaction."""
    from rich.console import Console
    from rich.progress import Progress

    from pipeline.dedup import rebuild as rebuild_links
    from rasad.schema import open_db

    config = load_or_exit(config_path)
    db = open_db(config.database)
    if rebuild:
        with Progress(console=Console(stderr=True)) as progress:
            task = progress.add_task("linking duplicates", total=db["articles"].count)
            rebuild_links(db, config.settings, lambda: progress.advance(task))
    counts = dict(db.execute(
        "SELECT coalesce(duplicate_reason, 'original'), count(*) FROM articles GROUP BY 1").fetchall())
    total = sum(counts.values())
    parts = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("original", "exact", "near", "title"))
    click.echo(f"{config.database}: {total} articles in {counts.get('original', 0)} stories ({parts})")
