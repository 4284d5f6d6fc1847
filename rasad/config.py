"""config.yaml: its typed schema (pydantic) and a loader whose errors name file, line, site and key.

The minimal form stays valid::

    database: data/rasad.db
    sites:
      - name: irna
        base_url: https://www.irna.ir/
        every: 15m
        sources:
          - rss: https://www.irna.ir/rss
          - sitemap: https://www.irna.ir/sitemap.xml
          - listing: https://www.irna.ir/archive
            links: '/news/\\d+/'

Relative paths in a config are relative to the config file.
"""

from __future__ import annotations

import codecs
import difflib
import re
import typing
import zoneinfo
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import lxml.html
import yaml
from apscheduler.triggers.cron import CronTrigger
from cssselect import SelectorError
from lxml import etree
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
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
    expected = f"expected a duration such as 30s, 15m, 2h or 1d, got {value!r}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    elif m := _DURATION.match(str(value)):
        seconds = float(m.group(1)) * _UNITS[m.group(2)]
    else:
        raise ValueError(expected)
    try:
        return timedelta(seconds=seconds)
    except (OverflowError, ValueError):  # inf, nan, thousands of years
        raise ValueError(expected) from None


def _check_url(value: str) -> str:
    expected = f"expected an http(s) URL such as https://www.irna.ir/rss, got {value!r}"
    parts = urlsplit(value or "")
    if parts.scheme not in ("http", "https") or not parts.hostname or re.search(r"\s", value):
        raise ValueError(expected)
    host = parts.hostname
    if "." not in host and host != "localhost" and ":" not in host:
        raise ValueError(expected)
    try:
        parts.port
    except ValueError:
        raise ValueError(f"{expected} (bad port)") from None
    return value


def _check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"bad regular expression {value!r}: {exc}") from None
    return value


def _check_cron(value: str | None) -> str | None:
    if value is not None:
        try:
            CronTrigger.from_crontab(value)
        except ValueError as exc:
            raise ValueError(
                f"bad cron expression {value!r} (expected 5 fields: minute hour day month weekday): {exc}"
            ) from None
    return value


def _check_positive(value: timedelta | None) -> timedelta | None:
    if value is not None and value <= timedelta(0):
        raise ValueError("expected a duration above zero, such as 30s, 15m, 2h or 1d")
    return value


_PROBE = lxml.html.fromstring("<html><body></body></html>")


def _check_selector(value: str) -> str:
    """CSS, or XPath when it starts with '/' or '(': evaluated the way crawler.extract does (lxml)."""
    xpath = value.startswith(("/", "("))
    try:
        _PROBE.xpath(value) if xpath else _PROBE.cssselect(value)
    except (etree.XPathError, SelectorError) as exc:
        if xpath:
            raise ValueError(f"bad XPath {value!r}: {exc}") from None
        hint = " (pseudo-elements such as ::text or ::attr() are not supported; use XPath for attributes)"
        raise ValueError(f"bad CSS selector {value!r}: {exc}{hint if '::' in value else ''}") from None
    return value


def _check_template(value: str) -> str:
    """A dated-archive URL template: known fields only, and an http(s) URL once filled in."""
    from crawler.archive import render, template_fields

    template_fields(value)
    _check_url(render(value, date(2025, 3, 20)))
    return value


def _day(value: Any) -> Any:
    from crawler.archive import parse_day

    return value if isinstance(value, date) else parse_day(value)


Url = Annotated[str, AfterValidator(_check_url)]
Template = Annotated[str, AfterValidator(_check_template)]
Day = Annotated[date, BeforeValidator(_day)]
Regex = Annotated[str, AfterValidator(_check_regex)]
Selector = Annotated[str, AfterValidator(_check_selector)]
Duration = Annotated[timedelta, Field(json_schema_extra={"format": "duration"})]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Selectors(_Strict):
    """Per-site CSS (or XPath when the value starts with '/' or '(') selectors for article fields."""

    title: Selector | None = Field(None, description="the headline (default: JSON-LD, meta tags, the h1)")
    lead: Selector | None = Field(None, description="the lead paragraph")
    body: Selector | None = Field(None, description="the article text (default: the page's main text block)")
    published: Selector | None = Field(None, description="the publication date: a meta tag gives its content, "
                                       "a time element its datetime")
    author: Selector | None = Field(None, description="the author")
    tags: Selector | None = Field(None, description="the tags")


class Source(_Strict):
    """One way to discover article URLs: exactly one of rss, sitemap or listing."""

    rss: Url | None = Field(None, description="an RSS or Atom feed")
    sitemap: Url | None = Field(None, description="a sitemap or sitemap index (news sitemaps included)")
    listing: Url | None = Field(None, description="an HTML page (archive, section, homepage) whose links "
                                "are followed")
    links: Regex | None = Field(None, description="listing: regex an article link must match")
    next: Selector | None = Field(None, description="listing: CSS/XPath of the next-page link")
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


class _BackfillPace(_Strict):
    download_delay: float = Field(2.0, ge=0, description="backfill: seconds between two requests "
                                  "to the site (lower rate than the feeds' crawl)")
    concurrency: int = Field(1, ge=1, description="backfill: parallel requests to the site")


class Archive(_BackfillPace):
    """A dated archive of listing pages, walked by `rasad backfill` (crawler/archive.py)."""

    url: Template = Field(description="URL template of one day's archive page: {jy} {jm:02} {jd:02} "
                          "(Jalali) or {gy} {gm:02} {gd:02} (Gregorian), optional {page}")
    links: Regex = Field(description="regex an article link must match")
    next: Selector | None = Field(None, description="CSS/XPath of the next-page link (when the "
                                  "template has no {page})")
    max_pages_per_day: int = Field(10, ge=1, description="archive pages of one day at most")


class SitemapArchive(_BackfillPace):
    """Dated sitemaps (or sitemap indexes), one URL per day or month, walked by `rasad backfill`."""

    url: Template = Field(description="URL template of a dated sitemap, e.g. "
                          "https://example.ir/sitemap/{gy}-{gm:02}-{gd:02}.xml")
    links: Regex | None = Field(None, description="regex an article link must match (default: all)")


class Backfill(_Strict):
    """The daemon's slow background backfill of a site's archive: one day per tick."""

    from_: Day = Field(alias="from", description="oldest day, Jalali 1400/01/01 or Gregorian 2021-03-21")
    to: Day | None = Field(None, description="newest day (default: yesterday)")
    every: Duration = Field(timedelta(minutes=10), description="interval between two days")

    @field_validator("every", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return parse_duration(v)

    _positive = field_validator("every")(_check_positive)

    @model_validator(mode="after")
    def _order(self) -> "Backfill":
        if self.to is not None and self.from_ > self.to:
            raise ValueError("from must not be after to")
        return self


class Schedule(_Strict):
    """When the daemon crawls: an interval (`every`) or a cron expression, never both."""

    every: Duration | None = Field(None, description="interval between two crawls of a site")
    cron: str | None = Field(None, description="or a cron expression (minute hour day month weekday, in "
                             "settings.timezone; weekdays by name: APScheduler counts 0 as Monday)")
    jitter: Duration = Field(timedelta(seconds=30), description="random delay added to each run so sites "
                             "do not start together")
    min_interval: Duration = Field(timedelta(minutes=5), description="adaptive bounds: busy sites are "
                                   "crawled more often, down to this")
    max_interval: Duration = Field(timedelta(hours=6), description="and quiet or failing sites less often, "
                                   "up to this")
    timeout: Duration = Field(timedelta(minutes=20), description="a crawl still running after this long is "
                              "stopped")
    backfill: Backfill | None = Field(None, description="walk the site's archive in the background")

    @field_validator("every", "jitter", "min_interval", "max_interval", "timeout", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return None if v is None else parse_duration(v)

    _positive = field_validator("every", "min_interval", "max_interval", "timeout")(_check_positive)
    _cron = field_validator("cron")(_check_cron)

    @model_validator(mode="after")
    def _consistent(self) -> "Schedule":
        if self.every and self.cron:
            raise ValueError("give either every or cron, not both")
        if self.min_interval > self.max_interval:
            raise ValueError("min_interval must not be longer than max_interval")
        return self


class Limits(_Strict):
    """Per-run limits of a site."""

    max_articles: int | None = Field(None, ge=1, description="articles stored per run at most")
    max_age: Duration | None = Field(None, description="skip articles older than this")

    @field_validator("max_age", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return None if v is None else parse_duration(v)


class Site(_Strict):
    """One news site: where its articles are listed, how to read them, when to crawl it."""

    name: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]+$",
                               description="unique name: letters, digits, _ . -")]
    base_url: Url = Field(description="the site's home page")
    enabled: bool = Field(True, description="false keeps the site but does not crawl it")
    sources: list[Source] = Field(min_length=1, description="where article URLs are found")
    every: Duration | None = Field(None, description="shorthand for schedule: {every: ...}")
    cron: str | None = Field(None, description="shorthand for schedule: {cron: ...}")
    schedule: Schedule | None = Field(None, description="the site's schedule; unset keys come from "
                                      "settings.schedule")
    selectors: Selectors = Field(Selectors(), description="CSS or XPath of article fields, when the "
                                 "defaults read them wrong")
    limits: Limits = Field(Limits(), description="per-run limits")
    encoding: str | None = Field(None, description="force a page encoding, e.g. windows-1256")
    archive: Archive | None = Field(None, description="dated archive pages for `rasad backfill`")
    sitemap_archive: SitemapArchive | None = Field(None, description="dated sitemaps for `rasad backfill`")

    @field_validator("every", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return None if v is None else parse_duration(v)

    _positive = field_validator("every")(_check_positive)
    _cron = field_validator("cron")(_check_cron)

    @field_validator("encoding")
    @classmethod
    def _encoding(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                codecs.lookup(v)
            except LookupError:
                raise ValueError(f"unknown encoding {v!r} (expected e.g. utf-8 or windows-1256)") from None
        return v

    @model_validator(mode="after")
    def _merge_schedule(self) -> "Site":
        if self.schedule and (self.every or self.cron):
            raise ValueError("give every/cron either at the site level or in schedule:, not both")
        if self.every and self.cron:
            raise ValueError("a site has either every or cron, not both")
        if self.schedule is None and (self.every or self.cron):
            self.schedule = Schedule.model_validate({"every": self.every, "cron": self.cron})
        if self.archive and self.sitemap_archive:
            raise ValueError("give either archive or sitemap_archive, not both")
        return self

    @property
    def dated_archive(self) -> Archive | SitemapArchive | None:
        """The archive `rasad backfill` walks, if any."""
        return self.archive or self.sitemap_archive


class Settings(_Strict):
    """Global settings; every key has a default."""

    user_agent: str = Field("rasad/0.1 (+https://github.com/rasad-news/rasad)",
                            description="sent with every request; say who you are so site operators can reach you")
    download_delay: float = Field(1.0, ge=0, description="seconds between two requests to the same site")
    concurrency_per_domain: int = Field(2, ge=1, description="parallel requests to one site")
    concurrent_requests: int = Field(16, ge=1, description="parallel requests of one crawl process in all")
    obey_robots: bool = Field(True, description="obey robots.txt (keep it true)")
    download_timeout: Duration = Field(timedelta(seconds=30), description="give up on one request after this long")
    max_response_size: int = Field(5_000_000, ge=1024,
                                   description="bytes; a larger page is dropped (an error row), not truncated")
    retries: int = Field(2, ge=0, description="retries of a failed request (timeouts, 5xx) within one run")
    redirect_max_times: int = Field(5, ge=0, description="redirects followed from one request at most")
    timezone: str = Field("Asia/Tehran", description="IANA time zone of cron schedules and of Jalali dates "
                          "printed without a zone")
    schedule: Schedule = Field(Schedule(every=timedelta(minutes=30)),
                               description="default schedule of every site; a site's own every/cron/"
                               "schedule overrides single keys")
    title_dedup_days: int = Field(7, ge=0, description="identical normalised titles within this many days "
                                  "are duplicates")
    near_duplicate_threshold: float = Field(0.8, gt=0, le=1, description="MinHash Jaccard similarity from "
                                            "which two bodies are near-duplicates")
    event_merge_days: int = Field(3, ge=0, description="the same meeting reported within this many days is "
                                  "one event")
    grace_period: Duration = Field(timedelta(seconds=30), description="on stop, running crawls get this long "
                                   "to finish cleanly")
    article_tries: int = Field(
        5, ge=1, le=20,
        description="fetches of an article that fails transiently (5xx, timeout, connection "
                    "error) across runs before it is given up; each try is a row in errors")
    article_retry_after: Duration = Field(
        timedelta(minutes=15),
        description="wait before a later run retries such an article; doubles after each try")

    @field_validator("download_timeout", "grace_period", "article_retry_after", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return parse_duration(v)

    _positive = field_validator("download_timeout")(_check_positive)

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            zoneinfo.ZoneInfo(v)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {v!r}") from None
        return v


class Config(_Strict):
    """The whole config file."""

    database: Path = Field(Path("data/rasad.db"), description="the SQLite file (relative to the config "
                           "file) that `rasad serve` shows")
    settings: Settings = Field(Settings(), description="global settings")
    sites: list[Site] = Field(default_factory=list, description="the sites to watch")
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
        elif site.schedule.every:
            merged["cron"] = None
        return Schedule.model_validate(merged)


class ConfigError(Exception):
    """A config file that cannot be used; `problems` holds one precise line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def _line_map(node: yaml.Node, path: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    """Map every key path in the YAML document to its 1-based line number."""
    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                out[path + (key.value,)] = key.start_mark.line + 1
                _line_map(value, path + (key.value,), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_map(item, path + (i,), out)
    return out


def _self_reference(node: yaml.Node, parents: tuple = ()) -> int | None:
    """Line of an alias that contains itself (`a: &x [*x]`), which no config can mean."""
    if any(node is p for p in parents):
        return node.start_mark.line + 1
    children = [v for pair in node.value for v in pair] if isinstance(node, yaml.MappingNode) else (
        node.value if isinstance(node, yaml.SequenceNode) else [])
    for child in children:
        line = _self_reference(child, parents + (node,))
        if line:
            return line
    return None


def _duplicate_keys(node: yaml.Node) -> list[tuple[int, str]]:
    """(line, message) for every key given twice in one mapping (YAML keeps only the last)."""
    found = []
    if isinstance(node, yaml.MappingNode):
        first: dict[str, int] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                line = key.start_mark.line + 1
                if key.value in first:
                    found.append((line, f"{key.value}: key given twice (first on line {first[key.value]})"))
                first.setdefault(key.value, line)
            found += _duplicate_keys(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found += _duplicate_keys(item)
    return found


def _model_at(loc: tuple) -> type[BaseModel] | None:
    """The pydantic model that validates the mapping at `loc` (for 'did you mean')."""
    model: type[BaseModel] | None = Config
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        field = model.model_fields.get(part)
        model = _find_model(field.annotation) if field else None
    return model


def _find_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _find_model(arg)
        if found:
            return found
    return None


def _where(loc: tuple, data: Any) -> str:
    """"site 'irna': sources[0].rss" (or "settings.timezone") for a location in the document."""
    site = None
    if len(loc) >= 2 and loc[0] == "sites" and isinstance(loc[1], int):
        try:
            name = data["sites"][loc[1]].get("name")
            site = name if isinstance(name, str) and name else None
        except (AttributeError, IndexError, KeyError, TypeError):
            pass
        if site:
            loc = loc[2:]
    key = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
    return ": ".join(x for x in (f"site {site!r}" if site else "", key) if x) or "(top level)"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_EXPECTED = {
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "list_type": "expected a list (lines starting with '- ')",
    "dict_type": "expected a mapping of key: value",
    "model_type": "expected a mapping of key: value",
    "model_attributes_type": "expected a mapping of key: value",
    "path_type": "expected a file path",
}


def _message(err: dict, loc: tuple) -> str:
    """One 'what was expected' phrase for a pydantic error."""
    kind, value = err["type"], err.get("input")
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        known = sorted(model.model_fields) if model else []
        known = [k for k in known if k != "path"] if model is Config else known
        close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        if close:
            return f"unknown key {loc[-1]!r} (did you mean {close[0]!r}?)"
        return f"unknown key {loc[-1]!r}; expected one of: {', '.join(known)}"
    if kind == "missing":
        return f"missing required key {loc[-1]!r}"
    if kind == "too_short" and loc[-1:] == ("sources",):
        return "expected at least one source (- rss: URL, - sitemap: URL or - listing: URL)"
    if kind == "string_pattern_mismatch" and loc[-1:] == ("name",):
        return f"expected a name of letters, digits, '_', '.' or '-', got {_short(value)}"
    if kind in _EXPECTED:
        return f"{_EXPECTED[kind]}, got {_short(value)}"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return f"{err['msg'].replace('Input should be', 'expected a value')}, got {_short(value)}"
    return err["msg"].removeprefix("Value error, ")


def _clean_loc(loc: tuple) -> tuple:
    # pydantic adds function names for validated types (e.g. 'function-after[...]'); drop them.
    return tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p.startswith("function"))))


def _duplicate_sites(data: dict, lines: dict) -> list[tuple[int | None, str]]:
    """(line, problem) for each site whose name was already used, at the line of the repeat."""
    found, first = [], {}
    sites = data.get("sites")
    for i, site in enumerate(sites if isinstance(sites, list) else []):
        name = site.get("name") if isinstance(site, dict) else None
        if not isinstance(name, str):
            continue
        line = lines.get(("sites", i, "name"), lines.get(("sites", i)))
        if name in first:
            found.append((line, f"site {name!r}: name: duplicate site name (first on line {first[name]})"))
        first.setdefault(name, line)
    return found


def parse_config(text: str, filename: str = "<config>") -> Config:
    """Validate YAML text; raise ConfigError listing every problem as 'file:line: where: what'."""
    try:
        document = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "\\t" in what or "\t" in what:
            what += " (indent with spaces, not tabs)"
        elif "block" in what or "mapping values" in what or "expected" in what:
            what += " (check the indentation and the ':' after each key)"
        raise ConfigError([f"{filename}{line}: not valid YAML: {what}"]) from None
    if document is None or data is None:
        raise ConfigError([f"{filename}:1: the file is empty; expected at least 'sites:' (see config.yaml)"])
    if not isinstance(data, dict):
        raise ConfigError([f"{filename}:1: expected a mapping with database, settings and sites keys"])
    loop = _self_reference(document)
    if loop:
        raise ConfigError([f"{filename}:{loop}: not valid YAML: an alias (*name) refers to its own anchor"])
    lines = _line_map(document)
    found = _duplicate_keys(document) + _duplicate_sites(data, lines)
    config = None
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = _clean_loc(err["loc"])
            if not loc and "duplicate site name" in err["msg"]:
                continue  # reported above, with the line of the repeat
            line = next((lines[loc[:n]] for n in range(len(loc), -1, -1) if loc[:n] in lines), None)
            where = loc[:-1] if err["type"] == "missing" else loc
            found.append((line, f"{_where(where, data)}: {_message(err, loc)}"))
    if config is not None:
        for i, site in enumerate(config.sites):
            try:
                if config.schedule_for(site).backfill and not site.dated_archive:
                    found.append((lines.get(("sites", i)), f"site {site.name!r}: schedule: backfill: "
                                  "the site has no archive: or sitemap_archive: block to walk"))
            except ValidationError as exc:
                line = lines.get(("sites", i, "schedule"), lines.get(("sites", i)))
                for err in exc.errors():
                    found.append((line, f"site {site.name!r}: schedule: {_message(err, ())} "
                                        "(after merging settings.schedule)"))
    if found:
        found.sort(key=lambda item: item[0] or 0)
        raise ConfigError([f"{filename}:{line}: {what}" if line else f"{filename}: {what}"
                           for line, what in found])
    return config


def load_config(path: str | Path = "config.yaml") -> Config:
    """Read and validate a config file; relative paths inside it become relative to it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such file (give the path of your config.yaml)"]) from None
    except UnicodeDecodeError as exc:
        raise ConfigError([f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})"]) from None
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read config: {exc.strerror or exc}"]) from None
    config = parse_config(text, str(path))
    config.path = path.resolve()
    database = config.database.expanduser()
    if not database.is_absolute():
        database = path.resolve().parent / database
    config.database = database.resolve()
    return config
