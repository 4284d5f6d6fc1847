"""Dates as Persian news writes them (pure; Asia/Tehran by default): found, parsed, formatted.

- ``find_date_expressions``: the date expressions of a text (../shared/eval/GUIDE.md §Date): full and
  numeric dates, day and month, today/yesterday, weekdays, «N روز پیش». Resolving the relative ones
  against a publication date is the events' job (``pipeline.events.dates``); page timestamps are the
  crawler's (``crawler.pagedates``). Both build on this module.
- ``make_date`` (a Jalali or Gregorian y/m/d, or None), ``calendar_of`` (which calendar a year is in).
- ``to_utc_iso`` and ``to_jalali_str`` for storage.

All scanning runs on ``rasad.persian.light_fold`` of the text (same length: Latin digits, ی/ک), so spans
index the original text. Impossible dates give None; nothing here raises on bad input.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import jdatetime

from rasad.persian import LETTER_OR_ZWNJ, LETTERS, light_fold

TEHRAN = "Asia/Tehran"

GAP = r"[\s\u200c]*"  # space, ZWNJ or nothing
_S1 = r"[\s\u200c]+"
_NOT_AFTER = rf"(?![{LETTERS}])"
_NOT_BEFORE = rf"(?<![{LETTERS}\u200c0-9])"

JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
    "ابان": 8, "اذر": 9,  # (as folded text writes them, «آ» as «ا»: the rules read dates in folded text too)
}
# The same solar months as Afghanistan writes them (zodiac names). Each is also a common word («میزان»,
# «سرطان», «اسد»), so they count as months only after a day, as every Jalali month here does.
DARI_MONTHS = {
    "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7, "عقرب": 8,
    "قوس": 9, "جدی": 10, "دلو": 11, "حوت": 12,
}
SOLAR_MONTHS = {**JALALI_MONTHS, **DARI_MONTHS}
# «مه»/«می» are also ordinary words; they count as May only with a day before and a year after.
GREGORIAN_MONTHS_FA = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "مارچ": 3, "آوریل": 4, "آپریل": 4,
    "ژوئن": 6, "جون": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "اگوست": 8,
    "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}
_MAY_FA = {"مه": 5, "می": 5}
# Python weekday numbers (Monday = 0).
_WEEKDAYS = [
    (rf"یک{GAP}شنبه", 6), (rf"دو{GAP}شنبه", 0), (rf"سه{GAP}شنبه", 1), (rf"چهار{GAP}شنبه", 2),
    (rf"پنج{GAP}شنبه", 3), ("جمعه", 4), ("شنبه", 5),
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


def alternation(names) -> str:
    """A regex alternation of *names*, longest first."""
    return "|".join(sorted(names, key=len, reverse=True))


_WEEKDAY_RE = "|".join(f"(?:{p})" for p, _ in _WEEKDAYS)
_WEEKDAY_PARTS = [(re.compile(p), n) for p, n in _WEEKDAYS]
_DAY_WORD = (
    rf"(?:بیست|سی){GAP}و{GAP}(?:{alternation(_UNIT_ORDINALS)})|سی{GAP}ام|{alternation(_ORDINALS)}"
)
_DAY = rf"(?P<day>(?<![0-9])[0-9]{{1,2}}(?![0-9])|{_NOT_BEFORE}(?:{_DAY_WORD}))"
_MONTH_SUFFIX = rf"(?:{GAP}ماه)?{_NOT_AFTER}"
_WD_PREFIX = rf"(?:{_NOT_BEFORE}(?P<wd>{_WEEKDAY_RE}){GAP}[،,/]?{GAP})?"  # ISNA: «چهارشنبه / ۲۹ دی»
TIME = r"(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?![0-9])"

_JALALI_DM = re.compile(
    rf"{_WD_PREFIX}{_DAY}{GAP}(?P<mon>{alternation(SOLAR_MONTHS)}){_MONTH_SUFFIX}"
    rf"(?:{GAP}[،,]?{GAP}(?:سال{_S1})?(?P<year>1[2-4][0-9]{{2}}|[0-9]{{2}})(?![0-9/:])"
    rf"|{_S1}(?P<rel_year>سال{_S1}(?:گذشته|قبل|پیش|جاری)|پارسال|امسال){_NOT_AFTER})?"
)
_GREG_YEAR = rf"{GAP}[،,]?{GAP}(?:سال{_S1})?(?P<{{}}>(?:19|20)[0-9]{{{{2}}}})(?![0-9])"
# «۲ مارس ۲۰۲۳», «۱۳ ماه مارس», «۲ ماه مه سال ۲۰۲۳» (Tajik and Afghan copy); «مه» or «می» alone needs its year
_GREG_DM = re.compile(
    rf"{_WD_PREFIX}{_DAY}{GAP}(?:(?:ماه{GAP})?(?P<mon>{alternation(GREGORIAN_MONTHS_FA)}){_NOT_AFTER}"
    rf"(?:{_GREG_YEAR.format('year')})?"
    rf"|(?P<may>{alternation(_MAY_FA)}){_NOT_AFTER}{_GREG_YEAR.format('myear')}"
    rf"|ماه{GAP}(?P<may2>مه){_NOT_AFTER}(?:{_GREG_YEAR.format('myear2')})?)"  # («۱۲ ماه می گذرد»: twelve months)
)
_NUMERIC = re.compile(
    r"(?<![0-9/.\-])(?:(?P<y>[0-9]{4}) ?(?P<sep>[/\-.]) ?(?P<m>[0-9]{1,2}) ?(?P=sep) ?(?P<d>[0-9]{1,2})"
    r"|(?P<d2>[0-9]{1,2})/(?P<m2>[0-9]{1,2})/(?P<y2>[0-9]{4})"
    r"|(?P<y3>[0-9]{2})/(?P<m3>[0-9]{1,2})/(?P<d3>[0-9]{1,2}))(?![0-9/])"
)
_PART_OF_DAY = rf"(?:صبح|ظهر|عصر|شب|بامداد|بعد{GAP}از{GAP}ظهر)"
_BRACKET_WD = rf"(?:{GAP}[(،,]?{GAP}(?P<wd>{_WEEKDAY_RE}){_NOT_AFTER}(?:{GAP}\))?)?"
_TODAY = re.compile(
    rf"{_NOT_BEFORE}(?:{_PART_OF_DAY}{_S1})?(?:امروز{_NOT_AFTER}{_BRACKET_WD}|امشب{_NOT_AFTER})"
)
_YESTERDAY = re.compile(
    rf"{_NOT_BEFORE}(?:{_PART_OF_DAY}{_S1})?(?:دیروز{_NOT_AFTER}{_BRACKET_WD}|دیشب{_NOT_AFTER})"
    rf"|(?<![0-9] )(?<!چند ){_NOT_BEFORE}(?:روز|شب){_S1}گذشته{_NOT_AFTER}"
)
_RELATIVE = re.compile(
    rf"{_NOT_BEFORE}(?:(?P<pari>پریروز|پریشب){_NOT_AFTER}"
    rf"|(?P<n>[0-9]{{1,2}}|{alternation(_NUMBER_WORDS)}){_S1}روز{_S1}(?:پیش|قبل){_NOT_AFTER})"
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


def calendar_of(year: int) -> str | None:
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
    """«مه»/«می» as a month: a word followed by a year («۲۶ مه ۲۰۱۹»), or «مه» after «ماه» («۹ ماه مه»); not the
    verb prefix «می» («۱۲ ماه می گذرد»)."""
    if not _month_anchor(folded, i, name):
        return False
    if name == "مه" and folded[max(0, i - 4):i] == "ماه ":
        return True
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
    (_JALALI_DM, tuple(SOLAR_MONTHS), _month_anchor, 48),
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


_PERIOD_BEFORE = re.compile(rf"(?<![{LETTERS}])(?:نیمه|دهه|هفته|ماه|فصل){GAP}(?:ی{_S1})?\Z")
_FRIDAY_INSTITUTION = re.compile(rf"(?:نماز|امام|ائمه|خطیب|خطبه[\u200c]?های|خطبه){GAP}\Z")
_CITY_CONTEXT = re.compile(rf"(?:شهر|به){GAP}\Z")


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
            cal = calendar_of(y)
            if cal:
                yield 0, _with_conflict(DateExpr(m.start(), m.end(), span, "numeric", cal, y, mo, d))
        elif regex is _JALALI_DM or regex is _GREG_DM:
            if _PERIOD_BEFORE.search(folded, max(0, m.start("day") - 12), m.start("day")):
                continue  # «نیمه اول خرداد», «دهه دوم آبان»: a part of the month, not a day
            cal = "jalali" if regex is _JALALI_DM else "gregorian"
            names = SOLAR_MONTHS if cal == "jalali" else {**GREGORIAN_MONTHS_FA, **_MAY_FA}
            month = names[m["mon"] or m["may"] or m["may2"]]
            raw_year = m["year"] or (m["myear"] or m["myear2"] if cal == "gregorian" else None)
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
