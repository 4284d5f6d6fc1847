"""What is wrong with what an analyst typed, in Persian and English, instead of a silent "0 rows"."""

from __future__ import annotations

import re

from rasad.datasette.dates import JALALI_BEFORE, to_gregorian
from rasad.persian import latin_digits, persian_digits

Message = tuple[str, str]  # (Persian, English)
_SHAPE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_LETTER = re.compile(r"[^\W\d_]")


def date_problem(value: str | None, fa: str, en: str, required: bool) -> Message | None:
    """Why *value* (the field *fa* / *en*) is not a date, or None if it is one (or may be empty)."""
    text = (value or "").strip()
    if not text:
        return (f"{fa} خالی است.", f"The {en} is empty.") if required else None
    m = _SHAPE.match(latin_digits(text))
    if not m:
        return (f"«{text}» در {fa} تاریخ نیست؛ آن را به شکل ۱۴۰۵-۰۸-۰۱ یا 2026-10-23 بنویسید.",
                f"“{text}” in the {en} is not a date: write it as 1405-08-01 or 2026-10-23.")
    month, day = int(m.group(2)), int(m.group(3))
    if not 1 <= month <= 12:
        return (f"ماه {persian_digits(str(month))} در {fa} وجود ندارد (ماه‌ها ۱ تا ۱۲اند).",
                f"There is no month {month} in the {en} (months are 1 to 12).")
    if to_gregorian(text) is None:
        calendar = "جلالی" if int(m.group(1)) < JALALI_BEFORE else "میلادی"
        return (f"روز {persian_digits(str(day))} در ماه {persian_digits(str(month))} در {fa} ({calendar}) وجود ندارد.",
                f"Day {day} does not exist in month {month} in the {en}.")
    return None


def text_problem(value: str | None, fa: str, en: str) -> Message | None:
    """Why *value* cannot be searched for: empty, or without a single letter."""
    text = (value or "").strip()
    if not text:
        return (f"{fa} خالی است.", f"The {en} is empty.")
    if not _LETTER.search(text):
        return (f"«{text}» در {fa} هیچ حرفی ندارد.", f"“{text}” in the {en} has no letters.")
    return None


def range_problems(start: str | None, end: str | None, start_required: bool = True) -> list[Message]:
    """Problems of a date range; a start after its end is one too."""
    found = [date_problem(start, "تاریخ آغاز", "start date", start_required),
             date_problem(end, "تاریخ پایان", "end date", False)]
    problems = [p for p in found if p]
    if not problems and start and end and to_gregorian(start) > to_gregorian(end):
        problems.append(("تاریخ آغاز پس از تاریخ پایان است.", "The start date is after the end date."))
    return problems


def _texts(*fields: tuple[str, str, str]):
    """A checker that every (parameter, Persian name, English name) field holds searchable text."""
    return lambda args: [p for name, fa, en in fields if (p := text_problem(args.get(name), fa, en))]


CHECKS = {
    "meetings_in_range": lambda args: range_problems(args.get("start"), args.get("end")),
    "person_meetings": _texts(("person", "نام شخص", "person's name")),
    "person_offices": _texts(("person", "نام شخص", "person's name")),
    "office_holders": _texts(("office", "سمت", "office")),
    "country_meetings": _texts(("country_a", "کشور نخست", "first country")),
    "search_articles": _texts(("q", "عبارت جست‌وجو", "search text")),
    "who_held": lambda args: _texts(("office", "سمت", "office"))(args)
    + [p for p in [date_problem(args.get("date"), "تاریخ", "date", True)] if p],
}


def query_problems(query: str, args: dict) -> list[Message]:
    """Problems with the parameters of canned query *query*, once its form has been sent."""
    check = CHECKS.get(query)
    return check(args) if check else []
