"""The daemon's copy of the last good config, which its crawl children read.

The daemon validates config.yaml at start and on SIGHUP, then writes what it accepted to a
private file (with `database` made absolute) and hands that file to every `rasad crawl` child.
So a config edited but not yet reloaded, or reloaded and found bad, never reaches a crawl:
the daemon and its children always work from the same, valid config.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from rasad.config import Config, ConfigError, load_config


def take_snapshot(path: Path, directory: Path, keep_database: Path | None = None) -> Config:
    """Validate *path* and copy it to *directory*/config.yaml; the config read from the copy.

    Raises ConfigError (problems name *path*, with line numbers) when it is not usable, or when
    it names another database than *keep_database* (switching databases needs a restart).
    """
    checked = load_config(path)  # errors name the user's file and lines
    if keep_database is not None and checked.database != keep_database:
        raise ConfigError([f"{path}: database changed from {keep_database} to {checked.database};"
                           " restart the daemon to switch databases"])
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:  # the file changed under us: report, keep the old
        raise ConfigError([f"{path}: changed while being read: {exc}"]) from None
    if not isinstance(data, dict):
        raise ConfigError([f"{path}:1: expected a mapping with database/settings/sites"])
    database = Path(data.get("database") or Config.model_fields["database"].default)
    data["database"] = str(database if database.is_absolute() else path.resolve().parent / database)
    copy = directory / "config.yaml"
    partial = directory / "config.yaml.partial"
    partial.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    config = load_config(partial)
    os.replace(partial, copy)  # a child starting now reads the old copy or the new, never half
    config.path = copy.resolve()
    return config
