"""Date helpers for the Datasette window (pure): Jalali input to Gregorian, Gregorian to Jalali labels.

Analysts type dates either way («1403-08-12», «۱۴۰۳/۸/۱۲», «2024-11-02»); stored dates are
Gregorian ISO strings in UTC, shown beside their Jalali date in Tehran time.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import date, datetime, timezone

import jdatetime

from rasad.persian import latin_digits, persian_digits

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
_YMD = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
MONTHS_FA = jdatetime.date.j_months_fa

# Years below this are Jalali (the Jalali calendar is ~621 years behind the Gregorian one).
JALALI_BEFORE = 1700


def to_gregorian(value: str | None) -> str | None:
    """'1403-08-12', '۱۴۰۳/۸/۱۲' or '2024-11-02' -> '2024-11-02'; None for anything else."""
    if not value:
        return None
    m = _YMD.match(latin_digits(str(value)))
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    try:
        if y < JALALI_BEFORE:
            return jdatetime.date(y, mo, d).togregorian().isoformat()
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def parse_stored(value: str) -> datetime | date | None:
    """A stored ISO date or timestamp (naive timestamps are UTC), or None if it is not one."""
    if not isinstance(value, str) or not _ISO.match(value):
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def jalali_label(value: date | datetime) -> str:
    """'۱۲ آبان ۱۴۰۳' for a date, '۱۲ آبان ۱۴۰۳، ۱۳:۵۵' (Tehran time) for a timestamp."""
    if isinstance(value, datetime):
        local = value.astimezone(TEHRAN)
        j = jdatetime.datetime.fromgregorian(datetime=local.replace(tzinfo=None))
        text = f"{j.day} {MONTHS_FA[j.month - 1]} {j.year}، {j.hour:02d}:{j.minute:02d}"
    else:
        j = jdatetime.date.fromgregorian(date=value)
        text = f"{j.day} {MONTHS_FA[j.month - 1]} {j.year}"
    return persian_digits(text)


def tehran_time(value: str | None) -> str | None:
    """A stored UTC timestamp as Tehran wall time ('2026-10-20 11:30'); a bare date unchanged."""
    parsed = parse_stored(value) if value else None
    if isinstance(parsed, datetime):
        return parsed.astimezone(TEHRAN).strftime("%Y-%m-%d %H:%M")
    return value if parsed else None
