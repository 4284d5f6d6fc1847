"""Dates: page timestamps (crawler.pagedates), date expressions (rasad.persian_dates, ../shared/eval/GUIDE.md
§Date) resolved for events (pipeline.events.dates), output forms."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone

import jdatetime
import pytest

from crawler.pagedates import find_page_dates, parse_page_date
from pipeline.events.dates import resolve, resolve_date_expressions, weekday_conflict
from pipeline.normalize import normalize
from rasad.persian_dates import find_date_expressions, to_jalali_str, to_utc_iso

# GUIDE.md's illustrative base date: Wednesday 2020-05-27 = 1399-03-07.
PUB = date(2020, 5, 27)
ZWNJ = "\u200c"


def j(y: int, m: int, d: int) -> date:
    return jdatetime.date(y, m, d).togregorian()


def only(text: str, published=PUB):
    """The single expression in text and its resolved date."""
    found = find_date_expressions(text)
    assert len(found) == 1, [e.text for e in found]
    return found[0], resolve(found[0], published)


def offset(hours: int, minutes: int = 0) -> timedelta:
    return timedelta(hours=hours, minutes=minutes)


# --- event date expressions -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, kind, days_before",
    [
        ("امروز با وزیر دیدار کرد", "today", 0),
        ("صبح امروز با وزیر دیدار کرد", "today", 0),
        ("عصر امروز با وزیر دیدار کرد", "today", 0),
        ("امروز (چهارشنبه) با وزیر دیدار کرد", "today", 0),
        ("امروز چهارشنبه با وزیر دیدار کرد", "today", 0),
        ("دیروز با وزیر دیدار کرد", "yesterday", 1),
        ("دیشب با وزیر تلفنی گفت‌وگو کرد", "yesterday", 1),
        ("روز گذشته با وزیر دیدار کرد", "yesterday", 1),
        ("پریروز با وزیر دیدار کرد", "relative", 2),
        ("سه روز پیش با وزیر دیدار کرد", "relative", 3),
        ("روز سه‌شنبه با وزیر دیدار کرد", "weekday", 1),
        ("سه‌شنبه گذشته با وزیر دیدار کرد", "weekday", 1),
        ("سه شنبه با وزیر دیدار کرد", "weekday", 1),
        ("سه‌شنبه شب با وزیر دیدار کرد", "weekday", 1),
        ("روز شنبه با وزیر دیدار کرد", "weekday", 4),
        ("یکشنبه با وزیر دیدار کرد", "weekday", 3),
        ("روز چهارشنبه با وزیر دیدار کرد", "weekday", 0),
    ],
)
def test_relative_expressions(text, kind, days_before):
    expr, resolved = only(text)
    assert expr.kind == kind
    assert resolved == PUB - timedelta(days=days_before)
    assert resolve(expr, None) is None


def test_bracketed_weekday_after_today_is_today_not_last_week():
    expr, resolved = only("امروز (چهارشنبه)")
    assert resolved == PUB and expr.weekday == PUB.weekday()
    assert not weekday_conflict(expr, PUB)
    assert weekday_conflict(expr, PUB + timedelta(days=1))


def test_future_weekday_is_after_publication():
    expr, resolved = only("سه‌شنبه آینده دیدار خواهد کرد")
    assert expr.direction == 1 and resolved == date(2020, 6, 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("دهم اردیبهشت", j(1399, 2, 10)),
        ("۲۹ اردیبهشت", j(1399, 2, 29)),
        ("۲۰ اردیبهشت ماه", j(1399, 2, 20)),
        ("۲۰ اردیبهشت‌ماه", j(1399, 2, 20)),
        ("بیست و نهم اردیبهشت", j(1399, 2, 29)),
        ("بیست‌ونهم اردیبهشت", j(1399, 2, 29)),
        ("اول خرداد", j(1399, 3, 1)),
        ("یکم خرداد", j(1399, 3, 1)),
        ("سی‌ام فروردین", j(1399, 1, 30)),
        ("سیام فروردین", j(1399, 1, 30)),
        ("سی ام فروردین", j(1399, 1, 30)),
        ("سی و یکم شهریور", j(1398, 6, 31)),  # after publication → the year before
        ("نوزدهم دی", j(1398, 10, 19)),
        ("٢٩ اردیبهشت", j(1399, 2, 29)),  # Arabic-Indic digits
        ("29 اردیبهشت", j(1399, 2, 29)),
        ("۲۹ ارديبهشت", j(1399, 2, 29)),  # Arabic ي
    ],
)
def test_day_month_takes_the_publication_year(text, expected):
    expr, resolved = only(f"وی {text} با همتای خود دیدار کرد")
    assert expr.kind == "day_month" and expr.calendar == "jalali"
    assert resolved == expected
    assert resolve(expr, None) is None


def test_guide_sample_values():
    """The values GUIDE.md and notes/persian-nlp.md §3 give for the Defa Press sample."""
    assert only("دهم اردیبهشت")[1] == date(2020, 4, 29)
    assert only("۲۹ اردیبهشت")[1] == date(2020, 5, 18)
    assert only("۲۰ اردیبهشت ماه")[1] == date(2020, 5, 9)
    assert only("پنجم خرداد ۱۳۹۸")[1] == date(2019, 5, 26)


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        ("پنجم خرداد ۱۳۹۸", "full", date(2019, 5, 26)),
        ("۵ خرداد ۹۸", "full", date(2019, 5, 26)),
        ("۵ خرداد سال ۱۳۹۸", "full", date(2019, 5, 26)),
        ("۱۳۹۸/۰۳/۰۵", "numeric", date(2019, 5, 26)),
        ("۱۳۹۸ / ۰۳ / ۰۵", "numeric", date(2019, 5, 26)),
        ("98/03/05", "numeric", date(2019, 5, 26)),
        ("۲۶ مه ۲۰۱۹", "full", date(2019, 5, 26)),
        ("26 می 2019", "full", date(2019, 5, 26)),
        ("۳ ژانویه ۲۰۲۰", "full", date(2020, 1, 3)),
        # Tajik and Afghan copy: «ماه» before the month name, «سال» before the year
        ("۲ ماه مه سال ۲۰۲۳", "full", date(2023, 5, 2)),
        ("۱۳ ماه مارس ۲۰۲۲", "full", date(2022, 3, 13)),
        ("2019-05-26", "numeric", date(2019, 5, 26)),
    ],
)
def test_explicit_dates_resolve_without_publication(text, kind, expected):
    expr, resolved = only(f"در تاریخ {text} دیدار کردند", published=None)
    assert expr.kind == kind and resolved == expected
    assert resolve(expr, PUB) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("۲۳ سرطان ۱۳۹۷", date(2018, 7, 14)),
        ("شنبه ,23 سرطان , 1397", date(2018, 7, 14)),
        ("۲۹ قوس ۱۳۹۴", date(2015, 12, 20)),
        ("۲۴ دلو ۱۳۹۸", date(2020, 2, 13)),
    ],
)
def test_afghan_month_names_are_the_solar_months(text, expected):
    expr, resolved = only(f"والی در {text} دیدار کرد", published=None)
    assert expr.kind == "full" and resolved == expected


def test_afghan_month_names_without_a_day_are_the_common_words():
    assert find_date_expressions("سرطان ریه و میزان تورم و اسد") == []


def test_gregorian_month_without_year_uses_publication_year():
    assert only("۲۰ آوریل")[1] == date(2020, 4, 20)


def test_may_needs_a_year_and_mi_verbs_are_not_months():
    assert find_date_expressions("او ۲ می‌گوید و ۳ مه آمد") == []


@pytest.mark.parametrize("text", ["۳۱ اسفند ۱۴۰۳", "۳۰ اسفند ۱۴۰۲", "۳۰ اسفند ۱۴۰۰", "۳۲ فروردین ۱۴۰۰"])
def test_impossible_full_dates_resolve_to_none(text):
    expr, resolved = only(text)
    assert resolved is None


@pytest.mark.parametrize("year", [1399, 1403])
def test_esfand_30_exists_in_leap_years(year):
    expr, resolved = only(f"۳۰ اسفند {year}")
    assert resolved == j(year, 12, 30) and resolved.month == 3


def test_nowruz_boundary_uses_the_previous_jalali_year():
    pub = j(1403, 1, 3)
    assert only("۲۸ اسفند", pub)[1] == j(1402, 12, 28)
    assert only("۳۰ اسفند", pub)[1] is None  # 1402 is not a leap year
    assert only("۳۰ اسفند", j(1400, 1, 5))[1] == j(1399, 12, 30)
    assert only("۳۰ اسفند", j(1404, 1, 5))[1] == j(1403, 12, 30)
    assert only("دوم فروردین", pub)[1] == j(1403, 1, 2)


def test_weekday_that_contradicts_an_explicit_date_is_flagged_not_trusted():
    expr, resolved = only("دوشنبه ۱۲ آبان ۱۴۰۳")
    assert resolved == date(2024, 11, 2)  # a Saturday: the explicit date wins
    assert expr.weekday_conflict and weekday_conflict(expr)
    expr, resolved = only("شنبه ۱۲ آبان ۱۴۰۳")
    assert resolved == date(2024, 11, 2) and not expr.weekday_conflict


def test_weekday_conflict_for_yearless_date_needs_the_publication():
    expr = find_date_expressions("سه‌شنبه ۲۹ اردیبهشت")[0]
    assert expr.kind == "day_month" and not expr.weekday_conflict
    assert not weekday_conflict(expr, None)
    assert weekday_conflict(expr, PUB)  # 29 Ordibehesht 1399 was a Monday


def test_words_that_only_look_like_dates():
    text = "امروزه دیدار در دیماه و دیگر ترین‌ها؛ در ۲۰ روز گذشته آذربایجان و تیراندازی مهرداد"
    kinds = [e.kind for e in find_date_expressions(text)]
    assert kinds == []


def test_spans_index_the_original_text_and_come_in_order():
    text = "به گزارش ایسنا، امروز (چهارشنبه) وزیر که پنجم خرداد ۱۳۹۸ و نیز ٢٩ ارديبهشت با او دیدار کرده بود"
    found = find_date_expressions(text)
    assert [e.kind for e in found] == ["today", "full", "day_month"]
    for e in found:
        assert text[e.start:e.end] == e.text


def test_works_on_normalized_text():
    text = normalize("امروز (چهارشنبه) علیاصغر خاجی که 29 اردیبهشت ماه و 1398/03/05 با ورشنین گفتوگو کرده بود")
    got = [(e.kind, d) for e, d in resolve_date_expressions(text, PUB)]
    assert got == [("today", PUB), ("day_month", j(1399, 2, 29)), ("numeric", date(2019, 5, 26))]


def test_aware_publication_datetime_is_taken_in_tehran():
    late = datetime(2020, 5, 26, 21, 0, tzinfo=timezone.utc)  # already 27 May in Tehran
    assert resolve(find_date_expressions("امروز")[0], late) == PUB


# --- page dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "value, expected, utcoffset",
    [
        ("2019-05-20T10:25:00+04:30", datetime(2019, 5, 20, 10, 25), offset(4, 30)),
        ("2014-07-09T01:14:00.00+3:30", datetime(2014, 7, 9, 1, 14), offset(3, 30)),  # wrong but as given
        ("1403-08-12T10:25:00+03:30", datetime(2024, 11, 2, 10, 25), offset(3, 30)),
        ("1398/02/30 10:25", datetime(2019, 5, 20, 10, 25), offset(4, 30)),  # naive, Iran DST 2019
        ("2023-07-20 10:00", datetime(2023, 7, 20, 10, 0), offset(3, 30)),  # no DST since 2022
        ("2019-05-29T19:50:37Z", datetime(2019, 5, 29, 19, 50, 37), offset(0)),
        ("2025-03-20 T 09:00:15 +0330", datetime(2025, 3, 20, 9, 0, 15), offset(3, 30)),
        ("۱۴۰۳/۰۸/۱۲ - ۱۰:۲۵", datetime(2024, 11, 2, 10, 25), offset(3, 30)),
        ("۱۰:۲۵ - ۱۴۰۳/۰۸/۱۲", datetime(2024, 11, 2, 10, 25), offset(3, 30)),
        ("دوشنبه ۱۲ آبان ۱۴۰۳", datetime(2024, 11, 2), offset(3, 30)),
        ("۱۲ آبان ۱۴۰۳ - ۱۰:۲۵", datetime(2024, 11, 2, 10, 25), offset(3, 30)),
        ("12 آبان 1403 ساعت 10:25", datetime(2024, 11, 2, 10, 25), offset(3, 30)),
        ("چهارشنبه / ۲۹ دی ۱۳۹۵ / ۱۴:۵۹", datetime(2017, 1, 18, 14, 59), offset(3, 30)),  # ISNA
        ("تاریخ انتشار: ۳۰ اردیبهشت ۱۳۹۸ - ۱۰:۲۵", datetime(2019, 5, 20, 10, 25), offset(4, 30)),
        ("May 20, 2019 10:25 PM", datetime(2019, 5, 20, 22, 25), offset(4, 30)),
        ("20 May 2019", datetime(2019, 5, 20), offset(4, 30)),
        ("Mon, 20 May 2019 10:25:00 +0430", datetime(2019, 5, 20, 10, 25), offset(4, 30)),
        ("Sat, 02 Nov 2024 07:00:00 GMT", datetime(2024, 11, 2, 7, 0), offset(0)),
        ("Wed, 17 Jul 2019 09:00:00 -0500", datetime(2019, 7, 17, 9, 0), offset(-5)),
    ],
)
def test_parse_page_date(value, expected, utcoffset):
    got = parse_page_date(value)
    assert got is not None and got.tzinfo is not None
    assert got.replace(tzinfo=None) == expected
    assert got.utcoffset() == utcoffset


@pytest.mark.parametrize(
    "value", ["", "   ", "garbage", "۳۱ اسفند ۱۴۰۳", "۳۰ اسفند ۱۴۰۲ - ۱۰:۲۵", "1403/13/01", "2019-02-30", "1403-08-12T25:10:00"]
)
def test_impossible_or_missing_page_dates_give_none(value):
    assert parse_page_date(value) is None


def test_non_string_page_date_gives_none():
    assert parse_page_date(None) is None
    assert parse_page_date(12) is None


def test_other_zone_for_naive_values():
    got = parse_page_date("2019-05-20 10:25", tz="UTC")
    assert got.utcoffset() == offset(0)


def test_find_page_dates_locates_jalali_date_times():
    text = "کد خبر: ۱۲۳ | تاریخ انتشار: ۱۲ آبان ۱۴۰۳ - ۱۰:۲۵ | به‌روزرسانی: ۱۴۰۳/۰۸/۱۳ ساعت ۰۸:۰۰ | ۱۲ آبان"
    found = find_page_dates(text)
    assert [(text[s:e], dt.replace(tzinfo=None)) for s, e, dt in found] == [
        ("۱۲ آبان ۱۴۰۳ - ۱۰:۲۵", datetime(2024, 11, 2, 10, 25)),
        ("۱۴۰۳/۰۸/۱۳ ساعت ۰۸:۰۰", datetime(2024, 11, 3, 8, 0)),
    ]


# --- output forms ----------------------------------------------------------------------------

def test_to_utc_iso_and_to_jalali_str():
    dt = parse_page_date("1398/02/30 10:25")
    assert to_utc_iso(dt) == "2019-05-20T05:55:00+00:00"
    assert to_jalali_str(dt) == "1398-02-30 10:25"
    assert to_jalali_str(dt, with_time=False) == "1398-02-30"
    utc = datetime(2024, 11, 2, 20, 45, tzinfo=timezone.utc)  # after midnight in Tehran
    assert to_jalali_str(utc) == "1403-08-13 00:15"
    assert to_jalali_str(date(2024, 11, 2)) == "1403-08-12"
    assert to_utc_iso(datetime(2023, 7, 20, 10, 0)) == "2023-07-20T06:30:00+00:00"  # naive → Tehran


def test_page_date_round_trips_through_jalali_string():
    for value in ["1403-08-12T10:25:00+03:30", "۱۳۹۸/۰۲/۳۰ - ۱۰:۲۵", "2021-09-22T23:59:00+04:30"]:
        dt = parse_page_date(value)
        assert parse_page_date(to_jalali_str(dt)) == dt


def test_dushanbe_the_city_is_not_a_weekday():
    for text in ["به شهر «دوشنبه» سفر کرد", "در دوشنبه، پایتخت تاجیکستان", "سفر به دوشنبه"]:
        assert find_date_expressions(text) == [], text
    assert [e.kind for e in find_date_expressions("روز دوشنبه به دوشنبه رفت")] == ["weekday"]


def test_year_glued_to_month_and_today_span_without_trailing_space():
    expr, resolved = only("در شماره11تيرماه1379 روزنامه")
    assert expr.kind == "full" and resolved == j(1379, 4, 11)
    assert find_date_expressions("امروز دوشنبه با او")[0].text == "امروز دوشنبه"


def test_friday_prayer_is_not_a_date():
    for text in ["در نماز جمعه تهران گفت", "امام جمعه موقت تهران", "در خطبه‌های نماز جمعه"]:
        assert [e.kind for e in find_date_expressions(text)] == [], text
    assert [e.kind for e in find_date_expressions("روز جمعه در نماز جمعه")] == ["weekday"]


def test_weekday_of_last_or_next_week_uses_the_saturday_week():
    # PUB is Wednesday 2020-05-27; its week runs Saturday 23 to Friday 29 May.
    assert only("سه‌شنبه هفته گذشته")[1] == date(2020, 5, 19)
    assert only("شنبه هفته گذشته")[1] == date(2020, 5, 16)
    assert only("جمعه هفته گذشته")[1] == date(2020, 5, 22)
    assert only("یکشنبه هفته آینده")[1] == date(2020, 5, 31)
    assert only("سه‌شنبه گذشته")[1] == date(2020, 5, 26)  # no «هفته»: the most recent one


def test_large_text_scales_linearly():
    """Thousands of expressions: 100× the text costs about 100× the time (no quadratic overlap check)."""
    chunk = "امروز (چهارشنبه) و دهم اردیبهشت و پنجم خرداد ۱۳۹۸ و ۱۳۹۸/۰۳/۰۵ و سه‌شنبه گذشته دیدار کرد. "
    small, big = chunk * 10, chunk * 1_000
    t_small = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        n_small = len(find_date_expressions(small))
        t_small = min(t_small, time.perf_counter() - t0)
    t0 = time.perf_counter()
    n_big = len(find_date_expressions(big))
    t_big = time.perf_counter() - t0
    assert (n_small, n_big) == (50, 5_000)
    assert t_big < t_small * 100 * 10 + 0.5, (t_small, t_big)  # quadratic would be 100× more again


def test_lunar_hijri_years_are_not_taken_for_jalali():
    assert parse_page_date("۱۴۴۶/۰۳/۱۲") is None
    assert [e.kind for e in find_date_expressions("۱۴۴۶/۰۳/۱۲ و ۱۴۰۳/۰۶/۲۵")] == ["numeric"]


def test_parts_of_a_month_are_not_days():
    for text in ["در نیمه اول خرداد", "دهه دوم آبان", "هفته سوم اسفند ۱۴۰۲", "نیمه‌ی دوم مهر"]:
        assert find_date_expressions(text) == [], text
    assert only("روز اول خرداد")[1] == j(1399, 3, 1)


def test_last_year_and_this_year_after_a_yearless_day():
    pub = j(1399, 9, 1)  # after 12 Aban
    assert only("۱۲ آبان", pub)[1] == j(1399, 8, 12)
    assert only("۱۲ آبان سال گذشته", pub)[1] == j(1398, 8, 12)
    assert only("۱۲ آبان پارسال", pub)[1] == j(1398, 8, 12)
    assert only("دهم خرداد سال جاری", PUB)[1] == j(1399, 3, 10)  # this year even if after publication
    assert only("۲۰ اردیبهشت امسال", PUB)[1] == j(1399, 2, 20)
    assert only("۱۲ آبان سال گذشته", None)[1] is None


def test_may_after_mah_is_the_month_and_mi_after_mah_is_no_date():
    expr, resolved = only("والی ختلان ۱۸ ماه مه با هیئت قندوز دیدار کرد", published=date(2024, 5, 20))
    assert expr.kind == "day_month" and resolved == date(2024, 5, 18)
    assert not find_date_expressions("از آن روز ۱۲ ماه می گذرد")  # twelve months pass, no May


def test_months_opening_with_alef_madda_are_read_in_folded_text_too():
    from rasad.persian import span_fold
    for written, month in (("۲۸ آذر ۱۳۹۸", 9), ("۱۲ آبان ۱۳۹۸", 8)):
        (expr,) = find_date_expressions(span_fold(written))
        assert (expr.month, expr.day) == (month, int(span_fold(written).split()[0]))
