"""The seed of the registry: pipeline/events/data/office_holders.tsv, read with one-line errors."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from pipeline.events.lexicon import lexicon
from pipeline.registry.offices import office_of
from rasad.persian import same_person

SEED = Path(__file__).resolve().parents[1] / "events" / "data" / "office_holders.tsv"
_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class SeedRow:
    """One holder of one office, with the days on which the seed says they surely held it."""

    office: str
    key: str
    country: str
    name: str
    start: str
    end: str | None
    fits_from: date
    fits_to: date
    where: str  # "office_holders.tsv:12"


def _bounds(text: str) -> tuple[date, date]:
    """First and last day of «2021», «2021-08» or «2021-08-25»; ValueError when it is not one."""
    m = _DAY.fullmatch(text)
    if not m:
        raise ValueError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if d:
        day = date(y, mo, d)
        return day, day
    if mo:
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    return date(y, 1, 1), date(y, 12, 31)


def _row(fields: list[str], where: str) -> SeedRow:
    """One seed row, or ValueError saying what is wrong with it."""
    if len(fields) != 5:
        raise ValueError(f"expected 5 tab-separated fields (office, country, name, start, end), got {len(fields)}")
    office, country, name, start, end = (f.strip() for f in fields)
    if country not in lexicon().country_of.values():
        raise ValueError(f"unknown country {country!r} (see countries.tsv)")
    found = office_of(office, country)
    if not name or found is None:
        raise ValueError(f"no name or no office in {office!r}")
    first, last = _bounds(start)
    if end:
        end_first, end_last = _bounds(end)
        if end_last < first:
            raise ValueError(f"end {end} before start {start}")
    to = (end_first if end_first == end_last else end_first - timedelta(days=1)) if end else date.max
    since = first if first == last else last + timedelta(days=1)
    return SeedRow(office, found.key, country, name, start, end or None, since, to, where)


def read_seed(path: Path = SEED) -> tuple[list[SeedRow], list[str]]:
    """The rows of a seed file and one `file:line: problem` per bad or contradictory row."""
    rows, problems = [], []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path}: cannot read: {exc}"]
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{Path(path).name}:{n}"
        try:
            rows.append(_row(line.split("\t"), where))
        except ValueError as exc:
            problems.append(f"{path}:{n}: {exc}")
    problems += _contradictions(rows, Path(path).parent)
    return rows, problems


def _contradictions(rows: list[SeedRow], folder: Path) -> list[str]:
    """Two different people surely holding one office on the same days."""
    out = []
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a.key == b.key and not same_person(a.name, b.name) and a.fits_from < b.fits_to and b.fits_from < a.fits_to:
                out.append(f"{folder / b.where}: {b.name} holds {b.office} ({b.country}) "
                           f"while {a.name} does ({a.where}): both are left as candidates, so that office stays a role there")
    return out


@lru_cache(maxsize=4)
def seed_rows(path: Path = SEED) -> tuple[SeedRow, ...]:
    """The usable rows of the seed (bad ones are logged by the registry and left out)."""
    return tuple(read_seed(path)[0])
