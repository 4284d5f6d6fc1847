"""Which date governs an event: the nearest date expression in its sentence (rasad.persian_dates),
resolved against the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import jdatetime

from pipeline.events.lexicon import B, E, lexicon
from pipeline.events.text import folded_rx
from rasad.persian import span_fold as fold
from rasad.persian_dates import TEHRAN, DateExpr, find_date_expressions, make_date, to_jalali_str

# A sentence that reports a background event: "پیش از این", "ماه گذشته", past perfect "پرداخته بودند".
# the parts of one occasion: "پیش از آغاز مراسم، X با Y دیدار کرد" is before another part of it, the same day, not
# background
OCCASION_PARTS = r"حضور|آغاز|اقامه|شروع|افتتاح|سخنرانی|مراسم|ترک|عزیمت"
_SAME_OCCASION = r"(?! (?:" + OCCASION_PARTS + r")(?!\S))"
SOME_TIME_AGO = r"(?:چند|چندین) (?:روز|هفته|ماه|سال) (?:پیش|قبل)"  # some days (weeks …) before: which, not said
_BACKGROUND = folded_rx(
    B + r"(?:پیش از" + _SAME_OCCASION + r"|پیشتر|قبلا|قبل از" + _SAME_OCCASION + r"|پیش تر|گذشته|اخیرا|چندی پیش|سابق|"
    + SOME_TIME_AGO + r"|"  # "چند روز پیش": some days before, which is not said
    r"سال \d+|\d{4})" + E
)
# a contact referred to ("با اشاره به دیدار X با Y"; "در دیدار با Y به … اشاره و گفت" is the contact itself)
_REFERRED = folded_rx(
    B + r"اشاره (?:ای )?به (?:\S+ ){0,3}(?:دیدار|ملاقات|گفت ?و ?گو|گفتگو|تماس|نشست|مذاکره|مذاکرات|رایزنی)" + E)

_EARLIER = folded_rx(
    B + r"(?:(?:\S+ )?(?:روز|هفته|ماه|سال) ?(?:ها|های)? (?:قبل|پیش|گذشته)|پیش از این|قبل از این|پیشتر|پیش تر|قبلا|"
    r"چندی پیش)" + E
)
# a past perfect ("دیدار کرده بودند") dates the sentence before the news, unless a finite verb follows it: then it
# stands in a clause of its own ("با مردمی که در مسیر حاضر شده بودند، گفتگو کرد")
_PLUPERFECT = folded_rx(B + r"\w+ه (?:بود|بودند)" + E)
# a contact's own verb in the past perfect: "… دیدار کرده بودند", "… ملاقات داشته بود" (not "… سال گذشته بود")
CONTACT_PERFECT = folded_rx(B + r"(?:کرده|داشته|رفته|نشسته|پذیرفته) (?:بود|بودند)" + E)
_LATER_VERB = folded_rx(B + r"(?:کرد|کردند|شد|شدند|نشست|نشستند|داشت|داشتند|رفت|رفتند|پذیرفت|گفت|گفتند|افزود|است|اند)" + E)


def _pluperfect(folded_sentence: str) -> bool:
    """Is the sentence's own verb a past perfect (one with no finite verb after it)? ("قابل توجه بود" is a noun in
    «ه» and a copula: no participle)"""
    return any(not _LATER_VERB.search(folded_sentence, m.end()) and m.group().split()[0] in lexicon().participles
               for m in _PLUPERFECT.finditer(folded_sentence))



@dataclass(frozen=True)
class DateMention:
    """A time expression in the text with the day it names (None when it cannot be resolved)."""

    start: int
    end: int
    text: str
    expr: object


def date_mentions(text: str) -> list[DateMention]:
    """Every date expression in `text`, in order."""
    if not text:
        return []
    # find_date_expressions already drops weekday words that name something else
    # («دوشنبه» the city, «نماز جمعه»).
    return [DateMention(e.start, e.end, text[e.start:e.end], e) for e in find_date_expressions(text)]


_SEPARATORS = re.compile(r"[-/.,،|]")


def dateline(text: str) -> date | None:
    """The date a line of its own gives at the head of an article ("۳۱ /سرطان /۱۴۰۳", "شنبه ,30 ژوئن , 2018",
    "24-دلو-1398"): the article's date when it comes without one."""
    for line in [x for x in text.splitlines() if x.strip()][:4]:
        for flat in (line, _SEPARATORS.sub(" ", line)):
            exprs = [e for e in find_date_expressions(flat) if e.kind in ("full", "numeric")]
            if len(exprs) == 1 and not re.sub(r"[\W\d_]", "", flat[:exprs[0].start] + flat[exprs[0].end:]):
                return resolve(exprs[0], None)
    return None


def governing_date(event, mentions: list[DateMention], text: str, published: date | None) -> tuple[date | None, str | None, str | None]:
    """(Gregorian day, Jalali 'YYYY-MM-DD', the expression's text) for the expression nearest the event's cue in its sentence."""
    a, b = event.sentence
    # a colon opens quoted speech: a date before it belongs to the speaking, not to the contact
    a = max(a, max(text.rfind(":", a, event.cue), text.rfind("؛", a, event.cue)) + 1)
    # ("در آستانه هفتم تیر": on the eve of a day, an occasion to come, not the contact's day)
    inside = [m for m in mentions if m.start >= a and m.end <= b and not _EVE_OF.search(fold(text[max(a, m.start - 12):m.start]))]
    if not inside:
        return None, None, None
    before = [m for m in inside if m.end <= event.cue]
    # a date after the cue right after another noun dates that noun ("… حمایت از … در حوادث ۲۴ ژوئن"), not the contact
    after = [m for m in inside if m.start >= event.cue and not _NOUN_BEFORE.search(fold(text[max(a, m.start - 20):m.start]))]
    if not before and not after:
        return None, None, None
    chosen = before[-1] if before else after[0]
    chosen = _of_a_pair(chosen, inside, text, published)
    day = resolve(chosen.expr, published)
    if day is None:
        return None, None, chosen.text
    return day, to_jalali_str(day), chosen.text


def _of_a_pair(chosen: DateMention, inside: list[DateMention], text: str, published) -> DateMention:
    """One day written in two calendars («سه‌شنبه ۱۲ شهریور/ ۳ اوت», «۳ سپتامبر (۱۲ شهریور)»): the one that falls on the
    weekday written, else the first (when they disagree, one was mistyped)."""
    pair = [m for m in inside if m is not chosen and (re.fullmatch(r"\s*[/(|]\s*", text[m.end:chosen.start])
                                                      or re.fullmatch(r"\s*[/(|]\s*", text[chosen.end:m.start]))]
    if not pair:
        return chosen
    first, second = sorted((chosen, pair[0]), key=lambda m: m.start)
    weekday = first.expr.weekday if first.expr.weekday is not None else second.expr.weekday
    for m in (first, second):
        day = resolve(m.expr, published)
        if weekday is not None and day is not None and day.weekday() == weekday:
            return m
    return first


_EVE_OF = folded_rx(r"استانه\s*$")
_NOUN_BEFORE = folded_rx(r"(?:حوادث|حادثه|رویداد|رویدادهای|وقایع|واقعه|انتخابات|حمله|حملات|جنگ|کودتای|کودتا|قیام|"
                         r"توافق|توافقنامه|قطعنامه|بیانیه|نشست|اجلاس|کنفرانس|مراسم|سالگرد)\s*$")


def is_earlier(folded_sentence: str) -> bool:
    """True when the sentence dates its contact before the news by a time phrase ("دو هفته قبل", "ماه گذشته",
    "پیش از این") or a past perfect ("دیدار کرده بودند"), not merely by an aside."""
    return bool(_EARLIER.search(folded_sentence)) or _pluperfect(folded_sentence)


def is_background(folded_sentence: str, cue: int | None = None) -> bool:
    """True when the sentence reports something that happened before the article's news. Talks referred to after
    the contact's own cue (at `cue`: "X در دیدار با Y با اشاره به مذاکرات خود با Z …") are other talks."""
    return any(cue is None or m.start() <= cue or not _PERIOD_UP_TO_NOW.search(folded_sentence, 0, m.end())
               for m in _BACKGROUND.finditer(folded_sentence)) or _pluperfect(folded_sentence) \
        or any(cue is None or m.start() <= cue for m in _REFERRED.finditer(folded_sentence))


# "در ماه‌های گذشته": a span up to now, in what was said after the contact's cue ("X در دیدار با Y به تنش‌ها در ماه‌های
# گذشته اشاره کرد"), not a time before the news
_PERIOD_UP_TO_NOW = folded_rx(r"(?:روز|هفته|ماه|سال) ?(?:ها|های) گذشته$")


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
