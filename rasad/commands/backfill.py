"""`rasad backfill SITE… --from DATE --to DATE [--dry-run]`: walk sites' dated archives, resumably."""

from __future__ import annotations

import sys
from datetime import date

import click

from rasad.commands import config_option, load_or_exit

DRY_RUN_DAYS = 3


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def _day(value: str, option: str) -> date:
    from crawler.archive import parse_day

    try:
        return parse_day(value)
    except ValueError as exc:
        _fail(f"{option}: {exc}")


def _check_sites(config, names: list[str], config_path) -> None:
    known = [s.name for s in config.sites]
    for name in names:
        if name not in known:
            _fail(f"unknown site {name!r} in {config_path}; known sites: {', '.join(known) or '(none)'}")
        if not config.site(name).dated_archive:
            _fail(f"{config_path}: site {name!r} has no archive: or sitemap_archive: block to backfill from")


def _dry_run(config, plans: dict[str, list[date]]) -> None:
    from crawler.archive import jalali, render

    done: dict[str, set[str]] = {}
    if config.database.exists():
        from crawler.backfill_days import done_days
        from rasad.schema import open_db

        db = open_db(config.database)
        done = {name: done_days(db, name) for name in plans}
        db.close()
    for name, days in plans.items():
        archive = config.site(name).dated_archive
        todo = [d for d in days if d.isoformat() not in done.get(name, set())]
        click.echo(f"{name}: {len(days)} days from {jalali(days[-1])} to {jalali(days[0])}, "
                   f"{len(days) - len(todo)} already done, {len(todo)} to walk (newest first)")
        pages = getattr(archive, "max_pages_per_day", 1) if "{page" in archive.url else 1
        for day in todo[:DRY_RUN_DAYS]:
            click.echo(f"  {jalali(day)} ({day.isoformat()})")
            for page in range(1, min(pages, DRY_RUN_DAYS) + 1):
                click.echo(f"    {render(archive.url, day, page)}")
            if pages > DRY_RUN_DAYS:
                click.echo(f"    ... up to page {pages}")
        click.echo("  then each page's new article links; a day stops at its first page "
                   "with no new link")


@click.command("backfill")
@click.argument("sites", nargs=-1, required=True)
@click.option("--from", "first", required=True, metavar="DATE",
              help="Oldest day: Jalali 1403/01/01 or Gregorian 2024-03-20 (Persian digits too).")
@click.option("--to", "last", default=None, metavar="DATE", help="Newest day (default: yesterday).")
@click.option("--dry-run", is_flag=True, help="List the URLs of the first days; fetch nothing.")
@click.option("--max-days", type=click.IntRange(min=1), default=None,
              help="Walk at most this many days not done yet (the daemon walks one per tick).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
@config_option
def backfill(sites, first, last, dry_run, max_days, quiet, log_level, config_path):
    """Fetch the articles of SITE…'s archive from --from to --to, newest day first.

    Resumable: finished days are kept in the backfill_days table and never fetched again; run
    the same command after an interruption. It can run while `rasad run` runs.
    """
    config = load_or_exit(config_path)
    names = list(dict.fromkeys(sites))
    _check_sites(config, names, config_path)
    from crawler.archive import days_newest_first, jalali, yesterday

    oldest = _day(first, "--from")
    newest = _day(last, "--to") if last else yesterday(config.settings.timezone)
    if oldest > newest:
        _fail(f"--from {first} ({jalali(oldest)}) is after --to {last or 'yesterday'} ({jalali(newest)})")
    plans = {name: days_newest_first(oldest, newest) for name in names}
    if dry_run:
        _dry_run(config, plans)
        return
    from crawler.backfill_runner import backfill as run_backfill

    stats = run_backfill(config, plans, max_days=max_days, progress=not quiet,
                         log_level=log_level.upper())
    for s in stats.values():
        if not s.days:
            click.echo(f"{s.site}: nothing to walk: every day of the range is done already")
            continue
        click.echo(f"{s.site}: {s.status}: {s.done} of {s.days} days done ({s.failed} failed), "
                   f"{s.pages} pages, {s.new_articles} new articles, {s.known} known, "
                   f"{s.errors} errors, {s.requests} requests")
    sys.exit(0 if all(s.status == "ok" and not s.failed for s in stats.values()) else 1)
