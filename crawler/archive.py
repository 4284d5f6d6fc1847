"""Dated archives, pure: day arguments (Jalali or Gregorian), URL templates, the days to walk.

A template names its date with ``{jy} {jm:02} {jd:02}`` (Jalali), ``{gy} {gm:02} {gd:02}``
(Gregorian) and the page number with ``{page}``::

    https://www.irna.ir/archive?date={jy}/{jm:02}/{jd:02}&page={page}

No Scrapy here: ``rasad check-config`` imports this module.
"""

from __future__ import annotations

import re
import string
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import jdatetime

from rasad.persian import latin_digits

FIELDS = ("jy", "jm", "jd", "gy", "gm", "gd", "page")
DATE_FIELDS = frozenset(FIELDS) - {"page"}
_DAY = re.compile(r"^\s*(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*$")
JALALI_MONTHS = ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr",
                 "Aban", "Azar", "Dey", "Bahman", "Esfand")


def parse_day(text: str) -> date:
    """'1403/01/01', '۱۴۰۳-۰۱-۰۱' (Jalali, year < 1700) or '2024-03-20' (Gregorian) -> date."""
    m = _DAY.match(latin_digits(str(text)))
    if not m:
        raise ValueError(f"expected a date such as 1403/01/01 (Jalali) or 2024-03-20, got {text!r}")
    y, mo, d = map(int, m.groups())
    if y < 1700:
        if not 1 <= mo <= 12:
            raise ValueError(f"{text!r} is not a Jalali date (months are 1-12)")
        if not 1 <= d <= jdatetime.j_days_in_month[mo - 1] + (mo == 12):
            raise ValueError(f"{text!r} is not a date: {JALALI_MONTHS[mo - 1]} has "
                             f"{jdatetime.j_days_in_month[mo - 1]} days")
        if mo == 12 and d == 30 and not jdatetime.date(y, 1, 1).isleap():
            raise ValueError(f"{text!r} is not a date: Esfand {y} has 29 days ({y} is not a leap year)")
        return jdatetime.date(y, mo, d).togregorian()
    try:
        return date(y, mo, d)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date: {exc}") from None


def jalali(day: date) -> str:
    """2025-03-20 -> '1403/12/30'."""
    j = jdatetime.date.fromgregorian(date=day)
    return f"{j.year}/{j.month:02d}/{j.day:02d}"


def template_fields(template: str) -> set[str]:
    """The field names of *template*; ValueError naming an unknown field or a bad format."""
    names = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ValueError(f"bad URL template {template!r}: {exc}") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in FIELDS:
            raise ValueError(f"unknown template field {{{name}}} in {template!r}; "
                             f"expected {', '.join('{' + f + '}' for f in FIELDS)}")
        if conversion:
            raise ValueError(f"template field {{{name}}}: no !{conversion} conversions allowed")
        try:
            format(1, spec)
        except ValueError as exc:
            raise ValueError(f"template field {{{name}:{spec}}}: {exc}") from None
        names.add(name)
    if not names & DATE_FIELDS:
        raise ValueError(f"URL template {template!r} has no date field ({{jy}}, {{gy}}, ...)")
    return names


def render(template: str, day: date, page: int = 1) -> str:
    """The URL of *day*'s page *page*."""
    j = jdatetime.date.fromgregorian(date=day)
    return template.format(jy=j.year, jm=j.month, jd=j.day, gy=day.year, gm=day.month,
                           gd=day.day, page=page)


def days_newest_first(first: date, last: date) -> list[date]:
    """Every day from *last* back to *first*, both included."""
    return [last - timedelta(days=i) for i in range((last - first).days + 1)]


def yesterday(tz: str) -> date:
    """Yesterday in the time zone *tz* (today's archive is still growing)."""
    return datetime.now(ZoneInfo(tz)).date() - timedelta(days=1)
