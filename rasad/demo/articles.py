"""The demo's sample articles and agencies: typed records loaded from rasad/demo/data/*.yaml.

Each record is what an agency published (title, lead, body paragraphs, the Jalali date-time as
printed) plus ``expected_events``: the meetings an analyst would record from it, used by tests.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import jdatetime
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from rasad.persian import latin_digits

DATA = Path(__file__).with_name("data")
TEHRAN = ZoneInfo("Asia/Tehran")


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExpectedEvent(_Record):
    """A meeting the article reports: type, participants by fullest name, Gregorian date."""

    type: Literal["meeting", "phone_call", "video_call"]
    participants: list[str] = Field(min_length=2)
    date: date | None
    location: str | None = None


class Page(_Record):
    """How the page is served: the quirks real Persian sites have."""

    strip_zwnj: bool = False        # every U+200C removed, as many CMSs do
    arabic_letters: bool = False    # ي/ك instead of ی/ک
    encoding: str = "utf-8"         # e.g. windows-1256
    title_ncr: bool = False         # title written as numeric character references
    jsonld: bool = True             # JSON-LD NewsArticle (pegah style only)
    iso_jalali: bool = False        # a Jalali year inside the ISO date attributes


class Article(_Record):
    """One published article of the sample site."""

    id: str = Field(pattern=r"^\d+$")
    agency: str
    section: str
    title: str
    lead: str
    body: list[str] = Field(min_length=1)
    published: str = Field(description="as printed: «۱۴۰۵/۰۸/۱۲ - ۱۰:۲۵» (Asia/Tehran)")
    author: str
    tags: list[str] = []
    page: Page = Page()
    republished_from: str | None = None
    hard_negative: str | None = None
    expected_events: list[ExpectedEvent]

    @field_validator("published")
    @classmethod
    def _printed_date(cls, value: str) -> str:
        parse_printed(value)
        return value

    @property
    def published_at(self) -> datetime:
        """The publication time, aware, in Asia/Tehran."""
        return parse_printed(self.published)

    @property
    def published_jalali(self) -> str:
        """'1405-08-12 10:25', the form rasad stores in articles.published_jalali."""
        j = jdatetime.datetime.fromgregorian(datetime=self.published_at)
        return f"{j.year:04d}-{j.month:02d}-{j.day:02d} {j.hour:02d}:{j.minute:02d}"


class Agency(_Record):
    """A fictional news agency: its names, boilerplate and page style."""

    key: str
    name: str
    short: str
    style: Literal["pegah", "nava"]
    credit: str
    signoff: str | None = None
    footer: str


@lru_cache(maxsize=65536)
def parse_printed(value: str) -> datetime:
    """«۱۴۰۵/۰۸/۱۲ - ۱۰:۲۵» (Persian or Latin digits) -> aware datetime in Asia/Tehran."""
    text = latin_digits(value).replace(" ", "")
    try:
        day, clock = text.split("-")
        y, m, d = (int(p) for p in day.split("/"))
        hh, mm = (int(p) for p in clock.split(":"))
        g = jdatetime.datetime(y, m, d, hh, mm).togregorian()
    except ValueError:
        raise ValueError(f"expected a printed Jalali date such as ۱۴۰۵/۰۸/۱۲ - ۱۰:۲۵, got {value!r}")
    return g.replace(tzinfo=TEHRAN)


def _problems(exc: Exception) -> str:
    """A pydantic error as one line: 'field: message; field: message'."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'record'}: {e['msg'].removeprefix('Value error, ')}"
                     for e in exc.errors())


def _read_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read sample data: {exc}") from None


def load_agencies(data: Path = DATA) -> dict[str, Agency]:
    """Every agency of agencies.yaml, by key."""
    path = data / "agencies.yaml"
    try:
        return {k: Agency(key=k, **v) for k, v in _read_yaml(path).items()}
    except (ValidationError, TypeError, AttributeError) as exc:
        raise ValueError(f"{path}: bad agency record: {_problems(exc)}") from None


def load_articles(path: Path) -> list[Article]:
    """The articles of one agency file (the file name is the agency key)."""
    records = _read_yaml(path) or []
    out = []
    for i, rec in enumerate(records):
        try:
            out.append(Article(agency=path.stem, **rec))
        except (ValidationError, TypeError) as exc:
            rid = rec.get("id") if isinstance(rec, dict) else None
            raise ValueError(f"{path}: record {i} (id {rid}): {_problems(exc)}") from None
    return out


def demo_articles(data: Path = DATA) -> list[Article]:
    """Every sample article of every agency, oldest first."""
    agencies = load_agencies(data)
    articles = [a for key in agencies for a in load_articles(data / f"{key}.yaml")]
    ids = [a.id for a in articles]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{data}: duplicate article ids {sorted({i for i in ids if ids.count(i) > 1})}")
    return sorted(articles, key=lambda a: a.published_at)
