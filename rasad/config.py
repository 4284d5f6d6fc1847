"""config.yaml: its typed schema (pydantic) and a loader whose errors name file, line, site and key.

The minimal form stays valid::

    database: data/rasad.db
    sites:
      - name: irna
        base_url: https://www.irna.ir/
        every: 15m
        sources:
          - rss: https://www.irna.ir/rss
          - listing: https://www.irna.ir/archive
            links: '/news/\\d+/'

Relative paths in a config are relative to the config file.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from apscheduler.triggers.cron import CronTrigger
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$")
_UNITS = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


def parse_duration(value: Any) -> timedelta:
    """'15m', '2h', '1d', '30s' or a number of seconds -> timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return timedelta(seconds=value)
    m = _DURATION.match(str(value))
    if not m:
        raise ValueError(f"expected a duration such as 30s, 15m, 2h or 1d, got {value!r}")
    return timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])


def _check_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", value or ""):
        raise ValueError(f"expected an http(s) URL, got {value!r}")
    return value


def _check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"bad regular expression {value!r}: {exc}") from None
    return value


Url = Annotated[str, AfterValidator(_check_url)]
Regex = Annotated[str, AfterValidator(_check_regex)]
Duration = Annotated[timedelta, Field(json_schema_extra={"format": "duration"})]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Selectors(_Strict):
    """Per-site CSS (or XPath when the value starts with '/' or '(') selectors for article fields."""

    title: str | None = None
    lead: str | None = None
    body: str | None = None
    published: str | None = None
    author: str | None = None
    tags: str | None = None


class Source(_Strict):
    """One way to discover article URLs: exactly one of rss, sitemap or listing."""

    rss: Url | None = None
    sitemap: Url | None = None
    listing: Url | None = None
    links: Regex | None = Field(None, description="listing: regex an article link must match")
    next: str | None = Field(None, description="listing: CSS/XPath of the next-page link")
    max_pages: int = Field(1, ge=1, description="listing: pages to follow with `next`")

    @model_validator(mode="after")
    def _one_kind(self) -> "Source":
        kinds = [k for k in ("rss", "sitemap", "listing") if getattr(self, k)]
        if len(kinds) != 1:
            raise ValueError("a source needs exactly one of rss, sitemap or listing")
        if self.listing is None and (self.links or self.next):
            raise ValueError("links/next only apply to a listing source")
        return self

    @property
    def kind(self) -> Literal["rss", "sitemap", "listing"]:
        return next(k for k in ("rss", "sitemap", "listing") if getattr(self, k))

    @property
    def url(self) -> str:
        return getattr(self, self.kind)


class Schedule(_Strict):
    """When the daemon crawls: an interval (`every`) or a cron expression, never both."""

    every: Duration | None = None
    cron: str | None = None
    jitter: Duration = timedelta(seconds=30)
    min_interval: Duration = timedelta(minutes=5)
    max_interval: Duration = timedelta(hours=6)
    timeout: Duration = timedelta(minutes=20)

    @field_validator("every", "jitter", "min_interval", "max_interval", "timeout", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return None if v is None else parse_duration(v)

    @field_validator("cron")
    @classmethod
    def _cron(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                CronTrigger.from_crontab(v)
            except ValueError as exc:
                raise ValueError(f"bad cron expression {v!r}: {exc}") from None
        return v


class Limits(_Strict):
    max_articles: int | None = Field(None, ge=1, description="articles stored per run at most")
    max_age: Duration | None = Field(None, description="skip articles older than this")

    @field_validator("max_age", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return None if v is None else parse_duration(v)


class Site(_Strict):
    name: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]+$")]
    base_url: Url
    enabled: bool = True
    sources: list[Source] = Field(min_length=1)
    # Schedule: shorthand `every:`/`cron:` at the site level, or a full `schedule:` block.
    every: Duration | None = None
    cron: str | None = None
    schedule: Schedule | None = None
    selectors: Selectors = Selectors()
    limits: Limits = Limits()
    encoding: str | None = Field(None, description="force a page encoding, e.g. windows-1256")

    @field_validator("every", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return None if v is None else parse_duration(v)

    @model_validator(mode="after")
    def _merge_schedule(self) -> "Site":
        if self.schedule and (self.every or self.cron):
            raise ValueError("give every/cron either at the site level or in schedule:, not both")
        if self.every and self.cron:
            raise ValueError("a site has either every or cron, not both")
        if self.schedule is None and (self.every or self.cron):
            self.schedule = Schedule.model_validate({"every": self.every, "cron": self.cron})
        return self


class Settings(_Strict):
    """Global settings; every key has a default."""

    user_agent: str = "rasad/0.1 (+https://github.com/rasad-news/rasad)"
    download_delay: float = Field(1.0, ge=0)
    concurrency_per_domain: int = Field(2, ge=1)
    obey_robots: bool = True
    download_timeout: Duration = timedelta(seconds=30)
    max_response_size: int = Field(5_000_000, ge=1024, description="bytes")
    retries: int = Field(2, ge=0)
    timezone: str = "Asia/Tehran"
    schedule: Schedule = Schedule(every=timedelta(minutes=30))
    title_dedup_days: int = Field(7, ge=0)
    near_duplicate_threshold: float = Field(0.8, gt=0, le=1)
    event_merge_days: int = Field(3, ge=0)
    grace_period: Duration = timedelta(seconds=30)

    @field_validator("download_timeout", "grace_period", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return parse_duration(v)

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            zoneinfo.ZoneInfo(v)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {v!r}") from None
        return v


class Config(_Strict):
    database: Path = Path("data/rasad.db")
    settings: Settings = Settings()
    sites: list[Site] = Field(default_factory=list)
    path: Path | None = Field(None, exclude=True, description="the file this was read from")

    @model_validator(mode="after")
    def _unique_names(self) -> "Config":
        seen: set[str] = set()
        for i, site in enumerate(self.sites):
            if site.name in seen:
                raise ValueError(f"sites[{i}]: duplicate site name {site.name!r}")
            seen.add(site.name)
        return self

    def site(self, name: str) -> Site:
        for s in self.sites:
            if s.name == name:
                return s
        raise KeyError(name)

    def schedule_for(self, site: Site) -> Schedule:
        """The site's schedule, falling back to the global default for unset fields."""
        if site.schedule is None:
            return self.settings.schedule
        merged = self.settings.schedule.model_dump()
        merged.update(site.schedule.model_dump(exclude_unset=True))
        if site.schedule.cron:
            merged["every"] = None
        return Schedule.model_validate(merged)


class ConfigError(Exception):
    """A config file that cannot be used; `problems` holds one precise line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def _line_map(node: yaml.Node, path: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    """Map every key path in the YAML document to its 1-based line number."""
    out = {} if out is None else out
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out[path + (key.value,)] = key.start_mark.line + 1
            _line_map(value, path + (key.value,), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_map(item, path + (i,), out)
    return out


def _describe(loc: tuple, data: Any) -> str:
    """'site irna: sources[0].rss' for a pydantic location."""
    parts, site = [], None
    node = data
    for i, p in enumerate(loc):
        if i == 1 and loc[0] == "sites" and isinstance(p, int):
            try:
                site = node[p].get("name")
            except (AttributeError, IndexError, KeyError, TypeError):
                site = None
        parts.append(f"[{p}]" if isinstance(p, int) else (("." if parts else "") + str(p)))
        try:
            node = node[p]
        except (IndexError, KeyError, TypeError):
            node = None
    where = "".join(parts) or "(top level)"
    return f"site {site!r}: {where}" if site else where


def _clean_loc(loc: tuple) -> tuple:
    # pydantic adds function names for validated types (e.g. 'function-after[...]'); drop them.
    return tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p.startswith("function"))))


def parse_config(text: str, filename: str = "<config>") -> Config:
    """Validate YAML text; raise ConfigError listing every problem as 'file:line: where: what'."""
    try:
        document = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise ConfigError([f"{filename}{line}: not valid YAML: {getattr(exc, 'problem', exc)}"]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([f"{filename}:1: expected a mapping with database/settings/sites"])
    lines = _line_map(document) if document is not None else {}
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = _clean_loc(err["loc"])
            line = next((lines[loc[:n]] for n in range(len(loc), -1, -1) if loc[:n] in lines), None)
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = f"unknown key {loc[-1]!r}"
            elif err["type"] == "missing":
                msg = f"missing required key {loc[-1]!r}"
            where = f"{filename}:{line}" if line else filename
            problems.append(f"{where}: {_describe(loc, data)}: {msg}")
        raise ConfigError(problems) from None


def load_config(path: str | Path = "config.yaml") -> Config:
    """Read and validate a config file; relative paths inside it become relative to it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read config: {exc.strerror or exc}"]) from None
    config = parse_config(text, str(path))
    config.path = path.resolve()
    if not config.database.is_absolute():
        config.database = (path.resolve().parent / config.database).resolve()
    return config
