"""Dates in Persian news (pure functions; Asia/Tehran by default).

- Page and metadata dates for the crawler: ``parse_page_date`` (ISO 8601, a Jalali year inside an ISO
  value, Jalali dates written on the page, English dates, RFC 822) and ``find_page_dates``.
  Naive values are read in ``tz`` with Iran's historical DST (zoneinfo: +04:30 in summer until 2022).
  An explicit offset is kept **as given**, even where it is wrong (Fars writes +3:30 in July).
- ``to_utc_iso`` and ``to_jalali_str`` for storage.
- Event date expressions (../shared/eval/GUIDE.md §Date): ``find_date_expressions`` and ``resolve``.

All scanning runs on a length-preserving folded copy of the text (Persian and Arabic-Indic digits → Latin,
ي/ك → ی/ک), so spans index the original text. Impossible dates give None; nothing here raises on bad input.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import jdatetime

from rasad.persian import LETTER_OR_ZWNJ, LETTERS, light_fold

TEHRAN = "Asia/Tehran"

_S = r"[\s\u200c]*"  # space, ZWNJ or nothing
_S1 = r"[\s\u200c]+"
_NOT_AFTER = rf"(?![{LETTERS}])"
_NOT_BEFORE = rf"(?<![{LETTERS}\u200c0-9])"

JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
# «مه»/«می» are also ordinary words; they count as May only with a day before and a year after.
GREGORIAN_MONTHS_FA = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "مارچ": 3, "آوریل": 4, "آپریل": 4,
    "ژوئن": 6, "جون": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "اگوست": 8,
    "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}
_MAY_FA = {"مه": 5, "می": 5}
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
# Python weekday numbers (Monday = 0).
_WEEKDAYS = [
    (rf"یک{_S}شنبه", 6), (rf"دو{_S}شنبه", 0), (rf"سه{_S}شنبه", 1), (rf"چهار{_S}شنبه", 2),
    (rf"پنج{_S}شنبه", 3), ("جمعه", 4), ("شنبه", 5),
]
_UNIT_ORDINALS = {
    "یکم": 1, "اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8,
    "نهم": 9,
}
_ORDINALS = {
    **_UNIT_ORDINALS, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14,
    "پانزدهم": 15, "پونزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هیفدهم": 17, "هجدهم": 18,
    "هیجدهم": 18, "هژدهم": 18, "نوزدهم": 19, "بیستم": 20,
}
_NUMBER_WORDS = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10}


def _alt(names) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_WEEKDAY_RE = "|".join(f"(?:{p})" for p, _ in _WEEKDAYS)
_WEEKDAY_PARTS = [(re.compile(p), n) for p, n in _WEEKDAYS]
_DAY_WORD = (
    rf"(?:بیست|سی){_S}و{_S}(?:{_alt(_UNIT_ORDINALS)})|سی{_S}ام|{_alt(_ORDINALS)}"
)
_DAY = rf"(?P<day>(?<![0-9])[0-9]{{1,2}}(?![0-9])|{_NOT_BEFORE}(?:{_DAY_WORD}))"
_MONTH_SUFFIX = rf"(?:{_S}ماه)?{_NOT_AFTER}"
_WD_PREFIX = rf"(?:{_NOT_BEFORE}(?P<wd>{_WEEKDAY_RE}){_S}[،,/]?{_S})?"  # ISNA: «چهارشنبه / ۲۹ دی»
_TIME = r"(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?![0-9])"

_JALALI_DM = re.compile(
    rf"{_WD_PREFIX}{_DAY}{_S}(?P<mon>{_alt(JALALI_MONTHS)}){_MONTH_SUFFIX}"
    rf"(?:{_S}(?:سال{_S1})?(?P<year>1[2-4][0-9]{{2}}|[0-9]{{2}})(?![0-9/:])"
    rf"|{_S1}(?P<rel_year>سال{_S1}(?:گذشته|قبل|پیش|جاری)|پارسال|امسال){_NOT_AFTER})?"
)
_GREG_DM = re.compile(
    rf"{_WD_PREFIX}{_DAY}{_S}(?:(?P<mon>{_alt(GREGORIAN_MONTHS_FA)}){_NOT_AFTER}"
    rf"(?:{_S}[،,]?{_S}(?P<year>(?:19|20)[0-9]{{2}})(?![0-9]))?"
    rf"|(?P<may>{_alt(_MAY_FA)}){_NOT_AFTER}{_S}[،,]?{_S}(?P<myear>(?:19|20)[0-9]{{2}})(?![0-9]))"
)
_NUMERIC = re.compile(
    r"(?<![0-9/.\-])(?:(?P<y>[0-9]{4}) ?(?P<sep>[/\-.]) ?(?P<m>[0-9]{1,2}) ?(?P=sep) ?(?P<d>[0-9]{1,2})"
    r"|(?P<d2>[0-9]{1,2})/(?P<m2>[0-9]{1,2})/(?P<y2>[0-9]{4})"
    r"|(?P<y3>[0-9]{2})/(?P<m3>[0-9]{1,2})/(?P<d3>[0-9]{1,2}))(?![0-9/])"
)
_PART_OF_DAY = rf"(?:صبح|ظهر|عصر|شب|بامداد|بعد{_S}از{_S}ظهر)"
_BRACKET_WD = rf"(?:{_S}[(،,]?{_S}(?P<wd>{_WEEKDAY_RE}){_NOT_AFTER}(?:{_S}\))?)?"
_TODAY = re.compile(
    rf"{_NOT_BEFORE}(?:{_PART_OF_DAY}{_S1})?(?:امروز{_NOT_AFTER}{_BRACKET_WD}|امشب{_NOT_AFTER})"
)
_YESTERDAY = re.compile(
    rf"{_NOT_BEFORE}(?:{_PART_OF_DAY}{_S1})?(?:دیروز{_NOT_AFTER}{_BRACKET_WD}|دیشب{_NOT_AFTER})"
    rf"|(?<![0-9] )(?<!چند ){_NOT_BEFORE}(?:روز|شب){_S1}گذشته{_NOT_AFTER}"
)
_RELATIVE = re.compile(
    rf"{_NOT_BEFORE}(?:(?P<pari>پریروز|پریشب){_NOT_AFTER}"
    rf"|(?P<n>[0-9]{{1,2}}|{_alt(_NUMBER_WORDS)}){_S1}روز{_S1}(?:پیش|قبل){_NOT_AFTER})"
)
_WEEKDAY = re.compile(
    rf"(?:{_NOT_BEFORE}روز{_S1})?{_NOT_BEFORE}(?P<wd>{_WEEKDAY_RE}){_NOT_AFTER}"
    rf"(?P<dir>{_S1}(?:هفته{_S1})?(?:گذشته|قبل|اخیر|آینده|بعد){_NOT_AFTER})?"
    rf"(?:{_S1}(?:شب|صبح|عصر|بعدازظهر){_NOT_AFTER})?"
)


@dataclass(frozen=True)
class DateExpr:
    """A date expression found in text, with its parsed parts; ``resolve`` turns it into a date.

    kind: today / yesterday / relative (offset days before publication) / weekday / day_month
    (no year) / full (day, month name, year) / numeric (1398/03/05). ``weekday`` is the weekday written
    next to it (Monday = 0); ``direction`` is -1 for a past weekday, +1 for «… آینده»; ``weeks`` is
    -1/+1 when the weekday is tied to the previous/next Saturday-to-Friday week («سه‌شنبه هفته گذشته»);
    ``year_offset`` ties a yearless day to the publication's Jalali year («۱۲ آبان سال گذشته»: -1).
    ``weekday_conflict`` is True when an explicit full date falls on another weekday than the one written.
    """

    start: int
    end: int
    text: str
    kind: str
    calendar: str | None = None  # "jalali" / "gregorian" for dated kinds
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None
    direction: int = -1
    weeks: int = 0
    year_offset: int | None = None  # «… سال گذشته»/«پارسال»: -1, «… سال جاری»/«امسال»: 0
    weekday_conflict: bool = False


def _weekday_number(s: str) -> int | None:
    for pattern, n in _WEEKDAY_PARTS:
        if pattern.fullmatch(s):
            return n
    return None


def _day_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    compact = re.sub(r"[\s\u200c]", "", s)
    if compact.startswith(("بیستو", "سیو")):
        tens, unit = (20, compact[5:]) if compact.startswith("بیستو") else (30, compact[3:])
        return tens + _UNIT_ORDINALS[unit]
    if compact == "سیام":
        return 30
    return _ORDINALS[compact]


def _two_digit_year(yy: int) -> int | None:
    """«۹۸» → 1398, «۰۳» → 1403; other two-digit numbers are not taken as years."""
    if yy >= 70:
        return 1300 + yy
    if yy <= 15:
        return 1400 + yy
    return None


def make_date(calendar: str, y: int, m: int, d: int) -> date | None:
    """Gregorian date of a Jalali or Gregorian y/m/d, or None if that day does not exist."""
    try:
        if calendar == "jalali":
            return jdatetime.date(y, m, d).togregorian()
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _calendar_of(year: int) -> str | None:
    """The calendar a 4-digit year belongs to. Jalali stops at 1429 (AD 2051): Iranian pages also
    print lunar Hijri dates, and 1440-1460 are Hijri years of today (۱۴۴۶/۰۳/۱۲ is AD 2024)."""
    if 1200 <= year < 1430:
        return "jalali"
    if 1800 <= year < 2200:
        return "gregorian"
    return None


def _with_conflict(expr: DateExpr) -> DateExpr:
    if expr.weekday is None or expr.year is None:
        return expr
    d = make_date(expr.calendar, expr.year, expr.month, expr.day)
    if d is None or d.weekday() == expr.weekday:
        return expr
    return DateExpr(**{**expr.__dict__, "weekday_conflict": True})


_DIGITS = frozenset("0123456789")


def _month_anchor(folded: str, i: int, name: str) -> bool:
    """A month name standing as a word (or followed by «ماه»), not inside «دیدار» or «آذربایجان»."""
    if i and folded[i - 1] in LETTER_OR_ZWNJ:
        return False
    after = i + len(name)
    return (
        after >= len(folded)
        or folded[after] not in LETTER_OR_ZWNJ
        or folded.startswith("ماه", after + (folded[after] == "\u200c"))
    )


def _may_anchor(folded: str, i: int, name: str) -> bool:
    """«مه»/«می» as a month: a word followed by a year («۲۶ مه ۲۰۱۹»), not the verb prefix «می»."""
    if not _month_anchor(folded, i, name):
        return False
    j = i + len(name)
    while j < len(folded) and folded[j] in " ،,\u200c":
        j += 1
    return j < len(folded) and folded[j] in _DIGITS


def _after_space(folded: str, i: int, name: str) -> bool:
    return i == 0 or folded[i - 1] in " \u200c\t\n"


def _after_digit(folded: str, i: int, name: str) -> bool:
    return i > 0 and (folded[i - 1] in _DIGITS or (folded[i - 1] == " " and i > 1 and folded[i - 2] in _DIGITS))


def _anywhere(folded: str, i: int, name: str) -> bool:
    return True


# (regex, anchor literals, anchor test, characters to look back): each regex runs only in windows
# around its anchors, found with str.find. Python's re pays per start position; this keeps a
# 3,500-character article well under a millisecond.
_SCANS = [
    (_NUMERIC, ("/", "-", "."), _after_digit, 12),
    (_JALALI_DM, tuple(JALALI_MONTHS), _month_anchor, 48),
    (_GREG_DM, tuple(GREGORIAN_MONTHS_FA), _month_anchor, 48),
    (_GREG_DM, tuple(_MAY_FA), _may_anchor, 48),
    (_TODAY, ("امروز", "امشب"), _anywhere, 24),
    (_YESTERDAY, ("دیروز", "دیشب", "گذشته"), _anywhere, 24),
    (_RELATIVE, ("پریروز", "پریشب", "پیش", "قبل"), _after_space, 24),
    (_WEEKDAY, ("شنبه", "جمعه"), _anywhere, 16),
]
_LOOK_AHEAD = 48


def _windows(folded: str, literals, test, back: int) -> list[tuple[int, int]]:
    """Merged [start, end) windows around anchor hits; ends are pushed to a space so words stay whole."""
    spans = []
    for lit in literals:
        i = folded.find(lit)
        while i != -1:
            if test(folded, i, lit):
                hi = folded.find(" ", i + len(lit) + _LOOK_AHEAD)
                spans.append((max(0, i - back), len(folded) if hi == -1 else hi))
            i = folded.find(lit, i + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _matches(folded: str):
    """(regex, match) for every scan, each match found once."""
    for regex, literals, test, back in _SCANS:
        for lo, hi in _windows(folded, literals, test, back):
            for m in regex.finditer(folded, lo, hi):
                yield regex, m


_PERIOD_BEFORE = re.compile(rf"(?<![{LETTERS}])(?:نیمه|دهه|هفته|ماه|فصل){_S}(?:ی{_S1})?\Z")
_FRIDAY_INSTITUTION = re.compile(rf"(?:نماز|امام|ائمه|خطیب|خطبه[\u200c]?های|خطبه){_S}\Z")
_CITY_CONTEXT = re.compile(rf"(?:شهر|به){_S}\Z")


def _not_a_day(folded: str, m: re.Match) -> bool:
    """A bare weekday word that names something else: «دوشنبه» the capital of Tajikistan (in «»,
    after «شهر»/«به», next to «تاجیکستان») or «جمعه» in «نماز جمعه», «امام جمعه», «خطبه‌های جمعه»."""
    if m.group(0) != m["wd"]:
        return False
    wd = _weekday_number(m["wd"])
    before = folded[max(0, m.start() - 12):m.start()]
    if wd == 4:
        return _FRIDAY_INSTITUTION.search(before) is not None
    if wd != 0:
        return False
    after = folded[m.end():m.end() + 24]
    return (before.endswith("«") or after.startswith("»") or "تاجیکستان" in after
            or _CITY_CONTEXT.search(before) is not None)


def _candidates(text: str, folded: str):
    """Every raw match, as (priority, DateExpr); overlaps are settled by find_date_expressions."""
    for regex, m in _matches(folded):
        span = text[m.start():m.end()]
        if regex is _NUMERIC:
            if m["y"]:
                y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            elif m["y2"]:
                y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
            else:
                y, mo, d = _two_digit_year(int(m["y3"])) or 0, int(m["m3"]), int(m["d3"])
            cal = _calendar_of(y)
            if cal:
                yield 0, _with_conflict(DateExpr(m.start(), m.end(), span, "numeric", cal, y, mo, d))
        elif regex is _JALALI_DM or regex is _GREG_DM:
            if _PERIOD_BEFORE.search(folded, max(0, m.start("day") - 12), m.start("day")):
                continue  # «نیمه اول خرداد», «دهه دوم آبان»: a part of the month, not a day
            cal = "jalali" if regex is _JALALI_DM else "gregorian"
            names = JALALI_MONTHS if cal == "jalali" else {**GREGORIAN_MONTHS_FA, **_MAY_FA}
            month = names[m["mon"] or m["may"]]
            raw_year = m["year"] or (m["myear"] if cal == "gregorian" else None)
            year = int(raw_year) if raw_year else None
            if year is not None and year < 100:
                year = _two_digit_year(year)
            wd = _weekday_number(m["wd"]) if m["wd"] else None
            kind = "full" if year else "day_month"
            rel = m["rel_year"] if cal == "jalali" else None
            year_offset = None if not rel else -1 if ("گذشته" in rel or "قبل" in rel or "پیش" in rel or rel == "پارسال") else 0
            expr = DateExpr(m.start(), m.end(), span, kind, cal, year, month, _day_number(m["day"]), weekday=wd,
                            year_offset=year_offset)
            yield (0 if year else 1), _with_conflict(expr)
        elif regex is _TODAY or regex is _YESTERDAY:
            wd = _weekday_number(m["wd"]) if m["wd"] else None
            kind, offset = ("today", 0) if regex is _TODAY else ("yesterday", 1)
            yield 2, DateExpr(m.start(), m.end(), span, kind, weekday=wd, offset=offset)
        elif regex is _RELATIVE:
            n = 2 if m["pari"] else (int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"]])
            yield 2, DateExpr(m.start(), m.end(), span, "relative", offset=n)
        elif not _not_a_day(folded, m):
            direction = 1 if m["dir"] and ("آینده" in m["dir"] or "بعد" in m["dir"]) else -1
            weeks = direction if m["dir"] and "هفته" in m["dir"] else 0
            yield 3, DateExpr(m.start(), m.end(), span, "weekday", weekday=_weekday_number(m["wd"]),
                              direction=direction, weeks=weeks)


def find_date_expressions(text: str | None) -> list[DateExpr]:
    """Date expressions in text, in text order, without overlaps (explicit dates win)."""
    if not text:
        return []
    found = sorted(_candidates(text, light_fold(text)), key=lambda c: (c[0], c[1].start, -c[1].end))
    starts: list[int] = []  # taken spans never overlap, so they sort the same by start and by end
    taken: list[DateExpr] = []
    for _, expr in found:
        i = bisect_left(starts, expr.start)
        if (i == 0 or taken[i - 1].end <= expr.start) and (i == len(taken) or expr.end <= taken[i].start):
            starts.insert(i, expr.start)
            taken.insert(i, expr)
    return taken


def _as_date(published: date | datetime | None, tz: str = TEHRAN) -> date | None:
    if isinstance(published, datetime):
        if published.tzinfo is not None:
            published = published.astimezone(ZoneInfo(tz))
        return published.date()
    return published


def resolve(expr: DateExpr, published: date | datetime | None) -> date | None:
    """Gregorian date of an expression; relative kinds need the publication date (else None).

    A weekday is the most recent such day on or before publication («… آینده»: the next one after;
    «… هفته گذشته»: that day in the previous Saturday-to-Friday week). A yearless day/month takes the
    publication's year, or the year before if it would fall after publication («… سال گذشته»: the year
    before, «… امسال»: this year, whatever the order). A day that does not
    exist (۳۰ اسفند in a common year, ۳۱ اسفند) gives None.
    """
    pub = _as_date(published)
    if expr.kind in ("full", "numeric"):
        return make_date(expr.calendar, expr.year, expr.month, expr.day)
    if pub is None:
        return None
    if expr.kind in ("today", "yesterday", "relative"):
        return pub - timedelta(days=expr.offset)
    if expr.kind == "weekday":
        if expr.weeks:
            saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)  # the Iranian week starts on Saturday
            return saturday + timedelta(days=7 * expr.weeks + (expr.weekday - 5) % 7)
        if expr.direction > 0:
            return pub + timedelta(days=(expr.weekday - pub.weekday() - 1) % 7 + 1)
        return pub - timedelta(days=(pub.weekday() - expr.weekday) % 7)
    if expr.kind == "day_month":
        if expr.calendar == "jalali":
            jp = jdatetime.date.fromgregorian(date=pub)
            if expr.year_offset is not None:
                return make_date("jalali", jp.year + expr.year_offset, expr.month, expr.day)
            year = jp.year - ((expr.month, expr.day) > (jp.month, jp.day))
        else:
            year = pub.year - ((expr.month, expr.day) > (pub.month, pub.day))
        return make_date(expr.calendar, year, expr.month, expr.day)
    return None


def weekday_conflict(expr: DateExpr, published: date | datetime | None = None) -> bool:
    """True when the weekday written with an expression is not the weekday of its resolved date."""
    if expr.weekday is None or expr.kind == "weekday":
        return False
    d = resolve(expr, published)
    return d is not None and d.weekday() != expr.weekday


def resolve_date_expressions(text: str | None, published: date | datetime | None) -> list[tuple[DateExpr, date | None]]:
    """Every date expression in text with its resolved Gregorian date."""
    return [(e, resolve(e, published)) for e in find_date_expressions(text)]


# --- page and metadata dates --------------------------------------------------------------------

_OFFSET = r"(?P<tz>Z|UTC|GMT|[+-][0-9]{1,2}(?::?[0-9]{2})?)"
_ISO = re.compile(
    r"\s*(?P<y>[0-9]{4})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
    r"(?:(?:\s*T\s*|\s+)(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2})(?:[.,](?P<f>[0-9]+))?)?)?"
    rf"\s*{_OFFSET}?\s*",
)
# A time written right after a dated expression («… - ۱۰:۲۵», «… ساعت ۱۰:۲۵», ISNA's «… / ۱۴:۵۹»)
# or right before it.
_TIME_AFTER = re.compile(rf"{_S}[-–|،,/]?{_S}(?:ساعت{_S})?{_TIME}")
_TIME_BEFORE = re.compile(rf"{_TIME}{_S}[-–|،,/]{_S}\Z")
_EN_MONTH = _alt(ENGLISH_MONTHS)
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
        d = resolve(expr, None) if expr.kind in ("full", "numeric") else None
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
        cal = _calendar_of(int(m["y"]))
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
        cal = _calendar_of(y)
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


# --- output -------------------------------------------------------------------------------------


def _aware(dt: datetime, tz: str) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=ZoneInfo(tz))


def to_utc_iso(dt: datetime, tz: str = TEHRAN) -> str:
    """UTC ISO 8601 timestamp ("2019-05-20T05:55:00+00:00"); a naive value is read in tz."""
    return _aware(dt, tz).astimezone(timezone.utc).isoformat(timespec="seconds")


def to_jalali_str(dt: datetime | date, tz: str = TEHRAN, with_time: bool = True) -> str:
    """Jalali "1403-08-12 10:25" in tz (or "1403-08-12"); a naive datetime is read in tz."""
    if isinstance(dt, datetime):
        local = _aware(dt, tz).astimezone(ZoneInfo(tz))
        j = jdatetime.date.fromgregorian(date=local.date())
        suffix = f" {local.hour:02d}:{local.minute:02d}" if with_time else ""
    else:
        j = jdatetime.date.fromgregorian(date=dt)
        suffix = ""
    return f"{j.year:04d}-{j.month:02d}-{j.day:02d}{suffix}"

