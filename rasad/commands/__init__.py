"""One module per `rasad` subcommand; shared options live here."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from rasad.config import Config, ConfigError, load_config

config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default="config.yaml",
    show_default=True,
    help="Path to config.yaml (relative paths inside it are relative to it).",
)


def load_or_exit(path: Path) -> Config:
    """Load the config or print its problems one per line and exit with status 2."""
    try:
        return load_config(path)
    except ConfigError as exc:
        for line in exc.problems:
            click.echo(f"error: {line}", err=True)
        sys.exit(2)
