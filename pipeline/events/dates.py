"""Which date governs an event: the nearest time expression in its sentence, resolved by pipeline.jalali."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.events.lexicon import B, E
from pipeline.events.text import folded_rx

# A sentence that reports a background event: "پیش از این", "ماه گذشته", past perfect "پرداخته بودند".
_BACKGROUND = folded_rx(
    B + r"(?:پیش از|پیشتر|قبلا|قبل از|پیش تر|گذشته|اخیرا|چندی پیش|سابق|"
    r"اشاره|\w+ه (?:بود|بودند)|سال \d+|\d{4})" + E
)


@dataclass(frozen=True)
class DateMention:
    """A time expression in the text with the day it names (None when it cannot be resolved)."""

    start: int
    end: int
    text: str
    expr: object


def date_mentions(text: str) -> list[DateMention]:
    """Every date expression pipeline.jalali finds in `text`, in order."""
    if not text:
        return []
    from pipeline.jalali import find_date_expressions

    # find_date_expressions already drops weekday words that name something else
    # («دوشنبه» the city, «نماز جمعه»).
    return [DateMention(e.start, e.end, text[e.start:e.end], e) for e in find_date_expressions(text)]


def governing_date(event, mentions: list[DateMention], text: str, published: date | None) -> tuple[date | None, str | None, str | None]:
    """(Gregorian day, Jalali 'YYYY-MM-DD', the expression's text) for the expression nearest the event's cue in its sentence."""
    from pipeline.jalali import resolve

    a, b = event.sentence
    # a colon opens quoted speech: a date before it belongs to the speaking, not to the contact
    a = max(a, max(text.rfind(":", a, event.cue), text.rfind("؛", a, event.cue)) + 1)
    inside = [m for m in mentions if m.start >= a and m.end <= b]
    if not inside:
        return None, None, None
    before = [m for m in inside if m.end <= event.cue]
    after = [m for m in inside if m.start >= event.cue]
    chosen = before[-1] if before else after[0]
    day = resolve(chosen.expr, published)
    if day is None:
        return None, None, chosen.text
    return day, to_jalali(day), chosen.text


def is_background(folded_sentence: str) -> bool:
    """True when the sentence reports something that happened before the article's news."""
    return bool(_BACKGROUND.search(folded_sentence))


def to_jalali(day: date) -> str:
    import jdatetime

    return jdatetime.date.fromgregorian(date=day).strftime("%Y-%m-%d")
