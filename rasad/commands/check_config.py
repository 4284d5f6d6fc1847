"""`rasad check-config [PATH]`: validate a config file, one precise line per problem."""

from __future__ import annotations

from pathlib import Path

import click

from rasad import config_doc
from rasad.config import Config, ConfigError, load_config


def _site_lines(config: Config) -> list[str]:
    """One line per site: state, effective schedule (after merging settings.schedule), sources."""
    width = max((len(s.name) for s in config.sites), default=0)
    lines = []
    for site in config.sites:
        schedule = config.schedule_for(site)
        when = f"cron '{schedule.cron}'" if schedule.cron else f"every {config_doc.format_duration(schedule.every)}"
        kinds = ", ".join(source.kind for source in site.sources)
        if site.dated_archive:
            kinds += f"; backfill from {'archive' if site.archive else 'sitemap_archive'}"
        state = "enabled " if site.enabled else "disabled"
        lines.append(f"  {site.name:<{width}}  {state}  {when}  timeout {config_doc.format_duration(schedule.timeout)}  "
                     f"sources: {kinds}")
    return lines


@click.command("check-config")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="config.yaml")
@click.option("-v", "--verbose", is_flag=True, help="Also list each site with its effective schedule.")
@click.option("--explain", is_flag=True, help="Print every config key with its type, default and meaning, and exit.")
def check_config(path: Path, verbose: bool, explain: bool) -> None:
    """Validate a config file and list every problem in it.

    PATH defaults to ./config.yaml. Each problem is one line, 'file:line: site: key: what was
    expected'. Exits 0 with a one-line summary when the file is valid, 2 when it has problems.
    """
    if explain:
        click.echo(config_doc.explain(), nl=False)
        return
    try:
        config = load_config(path)
    except ConfigError as exc:
        for line in exc.problems:
            click.echo(line, err=True)
        count = len(exc.problems)
        click.echo(f"{path}: {count} problem{'s' if count != 1 else ''}", err=True)
        raise SystemExit(2) from None
    enabled = [s for s in config.sites if s.enabled]
    sources = sum(len(s.sources) for s in enabled)
    click.echo(
        f"{path}: ok: {len(config.sites)} sites ({len(enabled)} enabled, {sources} sources), "
        f"database {config.database}, time zone {config.settings.timezone}"
    )
    if verbose:
        for line in _site_lines(config):
            click.echo(line)
