"""Bad input never crashes, never invents an event or a date."""

from __future__ import annotations

import time

from pipeline.events import extract_events

MEETING = "حمید باقری وزیر نیرو با «ماریا کووالوا» سفیر بلغارستان دیدار کرد."


def test_empty_and_none_text():
    assert extract_events("") == []
    assert extract_events(None) == []  # type: ignore[arg-type]
    assert extract_events("   \n\n  ", "", None) == []


def test_text_with_no_persian():
    assert extract_events("The minister met the ambassador of Bulgaria on Monday. 12345 !!! ###", "Meeting") == []


def test_one_megabyte_article_is_fast_and_finds_its_event():
    filler = "کارشناسان درباره بازار مسکن و نرخ تورم در سال جاری سخن گفتند و جزئیات طرح را شرح دادند. "
    text = MEETING + "\n" + filler * (1_000_000 // len(filler))
    assert len(text) >= 1_000_000
    extract_events(MEETING)  # lexicons and the normaliser load once, outside the timing
    started = time.perf_counter()
    events = extract_events(text, None, "2021-03-10")
    elapsed = time.perf_counter() - started
    assert len(events) == 1 and events[0]["span"] == [0, len(MEETING)]
    assert elapsed < 20, f"{elapsed:.1f}s for 1 MB"  # about 3 s alone; the machine is shared


def test_unbalanced_guillemets():
    text = "«رضا نجفی سفیر ایران در رم با «لوکا فرانچسکو» معاون وزیر خارجه ایتالیا دیدار کرد.\nمتن بعدی » بدون آغاز."
    events = extract_events(text, None, "2021-03-10")
    assert len(events) == 1
    assert [p["name"] for p in events[0]["participants"]] == ["رضا نجفی", "لوکا فرانچسکو"]


def test_date_that_does_not_exist_gives_null_not_a_guess():
    text = "«رضا نجفی» سفیر ایران در رم ۳۱ اسفند با «لوکا فرانچسکو» معاون وزیر خارجه ایتالیا دیدار کرد."
    events = extract_events(text, None, "2021-03-25")
    assert len(events) == 1
    assert events[0]["date"] is None and events[0]["date_jalali"] is None


def test_weekday_contradicting_the_date_keeps_the_date_as_written():
    # ۵ خرداد ۱۳۹۸ was a Sunday, not a Tuesday: the explicit date stands, nothing is moved to a Tuesday
    text = "«کاظم جلالی» سفیر ایران روز سه‌شنبه ۵ خرداد ۱۳۹۸ با «سرگئی ورشنین» معاون وزیر خارجه روسیه تلفنی گفت‌وگو کرد."
    events = extract_events(text, None, "2019-06-20")
    assert len(events) == 1
    assert events[0]["date"] == "2019-05-26"


def test_today_with_a_wrong_weekday_is_the_publication_date():
    text = "«کاظم جلالی» سفیر ایران امروز (شنبه) با «سرگئی ورشنین» معاون وزیر خارجه روسیه تلفنی گفت‌وگو کرد."
    events = extract_events(text, None, "2020-05-27")  # a Wednesday
    assert events[0]["date"] == "2020-05-27"


def test_no_publication_date_means_no_relative_date():
    text = "«کاظم جلالی» سفیر ایران امروز با «سرگئی ورشنین» معاون وزیر خارجه روسیه تلفنی گفت‌وگو کرد."
    events = extract_events(text, None, None)
    assert len(events) == 1 and events[0]["date"] is None


def test_garbage_publication_date_is_ignored():
    events = extract_events(MEETING, None, "not a date")
    assert len(events) == 1 and events[0]["date"] is None


def test_background_event_without_a_day_is_undated():
    text = (MEETING + "\n"
            "باقری پیش از این با «ایوان پتروف» سفیر روسیه نیز دیدار کرده بود.")
    events = extract_events(text, None, "2021-03-10")
    assert [e["date"] for e in events] == ["2021-03-10", None]


def test_publication_time_is_read_in_tehran():
    # 21:30 UTC on 9 March is 01:00 on 10 March in Tehran: "امروز" is the 10th
    events = extract_events(MEETING.replace("دیدار کرد", "امروز دیدار کرد"), None, "2021-03-09T21:30:00+00:00")
    assert events[0]["date"] == "2021-03-10"
