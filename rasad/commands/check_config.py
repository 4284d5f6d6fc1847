"""`rasad check-config [PATH]`: validate a config file, one precise line per problem."""

from __future__ import annotations

from pathlib import Path

import click

from rasad.config import ConfigError, load_config


@click.command("check-config")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="config.yaml")
def check_config(path: Path) -> None:
    """Validate PATH (default ./config.yaml) and list every problem found."""
    try:
        config = load_config(path)
    except ConfigError as exc:
        for line in exc.problems:
            click.echo(f"error: {line}", err=True)
        raise SystemExit(2)
    enabled = sum(s.enabled for s in config.sites)
    click.echo(f"{path}: ok ({len(config.sites)} sites, {enabled} enabled; database {config.database})")
