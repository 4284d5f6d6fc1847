"""`rasad check-config [PATH]`: validate a config file, one precise line per problem."""

from __future__ import annotations

from pathlib import Path

import click

from rasad.config import ConfigError, load_config


@click.command("check-config")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="config.yaml")
def check_config(path: Path) -> None:
    """Validate a config file and list every problem in it.

    PATH defaults to ./config.yaml. Each problem is one line, 'file:line: site: key: what was
    expected'. Exits 0 with a one-line summary when the file is valid, 2 when it has problems.
    """
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
