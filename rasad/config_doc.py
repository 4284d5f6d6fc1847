"""Every config key with its type, default and description, read from the pydantic models of
rasad.config (the one place they are documented): `rasad check-config --explain` and docs/CONFIG.md."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from types import NoneType, UnionType
from typing import Annotated, Union, get_args, get_origin

from pydantic import BaseModel

from rasad.config import (
    Archive,
    Backfill,
    Config,
    Limits,
    Schedule,
    Selectors,
    Settings,
    Site,
    SitemapArchive,
    Source,
)

HEADER = """# rasad's configuration keys

Generated from the models in `rasad/config.py` by `rasad check-config --explain`; do not edit.
Durations are written 30s, 15m, 2h or 1d (a bare number means seconds).
"""

# (heading, model, where the keys go in config.yaml)
SECTIONS: tuple[tuple[str, type[BaseModel], str], ...] = (
    ("Top level", Config, ""),
    ("settings", Settings, "settings."),
    ("settings.schedule, a site's schedule", Schedule, "schedule."),
    ("schedule.backfill", Backfill, "schedule.backfill."),
    ("A site (an item of sites)", Site, "sites[]."),
    ("A source (an item of a site's sources)", Source, "sources[]."),
    ("selectors", Selectors, "selectors."),
    ("limits", Limits, "limits."),
    ("archive", Archive, "archive."),
    ("sitemap_archive", SitemapArchive, "sitemap_archive."),
)


def format_duration(value: timedelta) -> str:
    """30s, 15m, 2h, 1d: a duration as config.yaml writes it."""
    seconds = int(value.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


_NAMES = {timedelta: "duration", Path: "path", date: "date", str: "text", int: "integer", float: "number",
          bool: "true/false"}


def _type(annotation) -> str:
    """A reader's name for a field's type: the optional and validated wrappers taken off."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _type(args[0])
    if origin in (Union, UnionType):
        return " or ".join(_type(a) for a in args if a is not NoneType)
    if origin is list:
        return f"list of {_type(args[0])}"
    return _NAMES.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _default(field) -> str:
    if field.is_required():
        return "required"
    value = field.get_default(call_default_factory=True)
    if isinstance(value, timedelta):
        return f"`{format_duration(value)}`"
    if isinstance(value, BaseModel):
        every = getattr(value, "every", None)
        return f"`every: {format_duration(every)}`" if isinstance(every, timedelta) else "see below"
    if value is None or value == []:
        return "none"
    return f"`{str(value).lower() if isinstance(value, bool) else value}`"


def explain() -> str:
    """The Markdown reference of every key (docs/CONFIG.md)."""
    lines = [HEADER]
    for heading, model, prefix in SECTIONS:
        lines += [f"## {heading}", "", (model.__doc__ or "").strip(), "",
                  "| key | type | default | meaning |", "|---|---|---|---|"]
        for name, field in model.model_fields.items():
            if field.exclude:
                continue
            key = field.alias or name
            lines.append(f"| `{prefix}{key}` | {_type(field.annotation)} | {_default(field)} | "
                         f"{field.description} |")
        lines.append("")
    return "\n".join(lines)

