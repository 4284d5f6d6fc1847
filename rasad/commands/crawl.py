"""`rasad crawl SITE… | --all`: crawl now, with a progress line per site and a summary table."""

from __future__ import annotations

import sys

import click

from rasad.commands import config_option, load_or_exit


@click.command()
@click.argument("sites", nargs=-1)
@click.option("--all", "all_sites", is_flag=True, help="Crawl every enabled site.")
@click.option("--run-id", type=int, default=None,
              help="Fill in this crawl_runs row (created by the daemon) instead of a new one.")
@click.option("--trigger", default="manual", show_default=True, hidden=True)
@click.option("--quiet", is_flag=True, help="No progress lines.")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
              help="What the terminal shows besides one line per failed page (debug: Scrapy's "
                   "full log with tracebacks). The log file beside the database has everything.")
@config_option
def crawl(sites, all_sites, run_id, trigger, quiet, log_level, config_path):
    """Crawl SITE… (names from config.yaml) once now; exit 1 if any crawl failed."""
    config = load_or_exit(config_path)
    known = [s.name for s in config.sites]
    if all_sites:
        names = [s.name for s in config.sites if s.enabled]
    else:
        names = list(dict.fromkeys(sites))
    if not names:
        raise click.UsageError("name at least one site, or give --all")
    unknown = [n for n in names if n not in known]
    if unknown:
        click.echo(f"error: unknown site {', '.join(map(repr, unknown))} in {config_path}; "
                   f"known sites: {', '.join(known) or '(none)'}", err=True)
        sys.exit(2)
    if run_id is not None and len(names) != 1:
        raise click.UsageError("--run-id applies to exactly one site")

    from rich.console import Console
    from rich.table import Table

    from crawler.logs import log_path
    from crawler.runner import crawl as run_crawl

    stats = run_crawl(config, names, run_ids={names[0]: run_id} if run_id is not None else None,
                      trigger=trigger, progress=not quiet, log_level=log_level.upper())
    table = Table(title=f"crawl → {config.database}")
    for col in ("site", "run", "status", "requests", "new articles", "already known", "errors"):
        table.add_column(col, justify="left" if col in ("site", "status") else "right")
    for s in stats.values():
        colour = "green" if s.status == "ok" else "red"
        table.add_row(s.site, str(s.run_id), f"[{colour}]{s.status}[/]", str(s.requests),
                      str(s.new_articles), str(s.known), str(s.errors))
    _print_errors(config.database, [s.run_id for s in stats.values()])
    console = Console()
    console.print(table)
    for s in stats.values():
        if s.error:
            console.print(f"[red]{s.site}[/]: {s.error}")
    if any(s.errors or s.status != "ok" for s in stats.values()):
        console.print(f"details: {log_path(config.database)}")
    sys.exit(0 if all(s.status == "ok" for s in stats.values()) else 1)


def _print_errors(database, run_ids: list[int]) -> None:
    """One line per page that failed in these runs (their `errors` rows)."""
    from rasad.schema import open_db

    db = open_db(database)
    try:
        marks = ", ".join("?" * len(run_ids))
        for site, url, reason in db.execute(
                f"select site, url, reason from errors where run_id in ({marks}) order by id", run_ids):
            click.echo(f"error {site} {url or '-'}: {reason}")
    finally:
        db.conn.close()
