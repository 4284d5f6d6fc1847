"""A page's publication timestamp (pure; Asia/Tehran by default).

``parse_page_date`` reads a page or metadata date string: ISO 8601, a Jalali year inside an ISO value,
Jalali dates written on the page, English dates, RFC 822, Unix timestamps. ``find_page_dates`` finds
dated expressions, with an adjacent time, in page text. Naive values are read in ``tz`` with Iran's
historical DST (zoneinfo: +04:30 in summer until 2022). An explicit offset is kept **as given**, even
where it is wrong (Fars writes +3:30 in July). Impossible dates give None.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from rasad.persian import light_fold
from rasad.persian_dates import GAP, TEHRAN, TIME, alternation, calendar_of, find_date_expressions, make_date

_OFFSET = r"(?P<tz>Z|UTC|GMT|[+-][0-9]{1,2}(?::?[0-9]{2})?)"
_ISO = re.compile(
    r"\s*(?P<y>[0-9]{4})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
    r"(?:(?:\s*T\s*|\s+)(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2})(?:[.,](?P<f>[0-9]+))?)?)?"
    rf"\s*{_OFFSET}?\s*",
)
# A time written right after a dated expression («… - ۱۰:۲۵», «… ساعت ۱۰:۲۵», ISNA's «… / ۱۴:۵۹»)
# or right before it.
_TIME_AFTER = re.compile(rf"{GAP}[-–|،,/]?{GAP}(?:ساعت{GAP})?{TIME}")
_TIME_BEFORE = re.compile(rf"{TIME}{GAP}[-–|،,/]{GAP}\Z")
ENGLISH_MONTHS = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for m in names
}
_EN_MONTH = alternation(ENGLISH_MONTHS)
_ENGLISH = re.compile(
    rf"(?:(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon1>{_EN_MONTH})\.?,?\s+(?P<y1>[0-9]{{4}})"
    rf"|(?P<mon2>{_EN_MONTH})\.?\s+(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>[0-9]{{4}}))"
    r"(?:,?\s*(?:at\s+)?(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?"
    rf"\s*{_OFFSET}?",
    re.I,
)


def _offset(s: str | None) -> tzinfo | None:
    if not s:
        return None
    if s.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if s[0] == "-" else 1
    body = s[1:].replace(":", "")
    if ":" in s:
        hours, minutes = s[1:].split(":")
    elif len(body) > 2:
        hours, minutes = body[:-2], body[-2:]
    else:
        hours, minutes = body, "0"
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta >= timedelta(hours=15):
        return None
    return timezone(sign * delta)


def _combine(d: date | None, h, mi, s, tz_given: tzinfo | None, tz: str, micro: int = 0) -> datetime | None:
    """Aware datetime from parts; naive values are read in tz (DST as it was)."""
    if d is None:
        return None
    try:
        t = time(int(h or 0), int(mi or 0), int(s or 0), micro)
    except ValueError:
        return None
    return datetime.combine(d, t, tzinfo=tz_given or ZoneInfo(tz))


def find_page_dates(text: str | None, tz: str = TEHRAN) -> list[tuple[int, int, datetime]]:
    """Dates with a year in page text (Jalali or Gregorian, with an adjacent time if any):
    (start, end, aware datetime in tz). Impossible dates are skipped."""
    if not text:
        return []
    folded = light_fold(text)
    out = []
    for expr in find_date_expressions(text):
        d = make_date(expr.calendar, expr.year, expr.month, expr.day) if expr.kind in ("full", "numeric") else None
        if d is None:
            continue
        start, end = expr.start, expr.end
        m = _TIME_AFTER.match(folded, end) or _TIME_BEFORE.search(folded, max(0, start - 16), start)
        if m is not None and m.start() >= start:
            end = m.end()
        elif m is not None:
            start = m.start()
        dt = _combine(d, m and m["h"], m and m["mi"], m and m["s"], None, tz)
        if dt is not None:
            out.append((start, end, dt))
    return out


def parse_page_date(value: str | None, tz: str = TEHRAN) -> datetime | None:
    """Aware datetime from a page/metadata date string, or None when it is missing or impossible."""
    if not value or not isinstance(value, str):
        return None
    v = light_fold(value).strip()
    m = _ISO.fullmatch(v)
    if m:
        cal = calendar_of(int(m["y"]))
        if cal is None:
            return None
        micro = int((m["f"] or "0")[:6].ljust(6, "0"))
        tz_given = _offset(m["tz"])
        if m["tz"] and tz_given is None:
            return None
        return _combine(make_date(cal, int(m["y"]), int(m["m"]), int(m["d"])), m["h"], m["mi"], m["s"],
                        tz_given, tz, micro)
    if v.isdigit():
        return _digits_only(v, tz)
    m = _ENGLISH.search(v)
    if m:
        return _english_datetime(m, tz)
    found = find_page_dates(value, tz)
    return found[0][2] if found else _rfc822(v, tz)


def _digits_only(v: str, tz: str) -> datetime | None:
    """A Unix timestamp (9-10 digits) or a compact YYYYMMDD[HHMM[SS]] (read in tz)."""
    if 9 <= len(v) <= 10:
        return datetime.fromtimestamp(int(v), timezone.utc)
    if len(v) in (8, 12, 14):
        y, mo, d = int(v[:4]), int(v[4:6]), int(v[6:8])
        cal = calendar_of(y)
        return _combine(make_date(cal, y, mo, d), v[8:10] or 0, v[10:12] or 0, v[12:14] or 0, None, tz) if cal else None
    return None


def _english_datetime(m: re.Match, tz: str) -> datetime | None:
    day, mon, year = (m["d1"], m["mon1"], m["y1"]) if m["d1"] else (m["d2"], m["mon2"], m["y2"])
    h = m["h"]
    if h and m["ampm"]:
        hour = int(h) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
        h = str(hour)
    tz_given = _offset(m["tz"])
    d = make_date("gregorian", int(year), ENGLISH_MONTHS[mon.lower()], int(day))
    return _combine(d, h, m["mi"], m["s"], tz_given, tz)


def _rfc822(v: str, tz: str) -> datetime | None:
    try:
        dt = parsedate_to_datetime(v)
    except (TypeError, ValueError, IndexError):
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=ZoneInfo(tz))
