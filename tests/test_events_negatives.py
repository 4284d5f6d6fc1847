"""Hard negatives from GUIDE.md: no event for matches, plans, requests, denials, letters, one body's session, habits."""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

PUB = "2021-03-10"


@pytest.mark.parametrize(
    "text",
    [
        # sports: «دیدار» is a match
        "تیم فوتبال سپاهان در دیدار با ذوب آهن به برتری رسید و سه امتیاز گرفت.",
        "در دیدار دو تیم استقلال و فولاد داور بازی دو کارت زرد نشان داد.",
        # planned, scheduled, proposed
        "«رضا نجفی» سفیر ایران فردا با «لوکا فرانچسکو» معاون وزیر خارجه ایتالیا دیدار خواهد کرد.",
        "قرار است وزیر نیرو هفته آینده با سفیر بلغارستان دیدار کند.",
        "وزیر نیرو با سفیر بلغارستان دیدار می‌کند.",
        # requested, invited, denied
        "سفیر بلغارستان درخواست دیدار با وزیر نیرو را مطرح کرد.",
        "وزیر نیرو سفیر بلغارستان را به دیدار از نیروگاه دعوت کرد.",
        "سخنگوی وزارت خارجه دیدار وزیر با مقامات آمریکایی را تکذیب کرد.",
        # letters and messages
        "وزیر نیرو در نامه‌ای به همتای بلغاری خود خواستار گسترش همکاری شد.",
        "رئیس‌جمهور در پیامی به همتای ترکمن خود روز ملی این کشور را تبریک گفت.",
        # one body's own session
        "جلسه هیئت دولت امروز به ریاست رئیس‌جمهور برگزار شد.",
        "نشست شورای شهر با حضور اعضا برگزار شد.",
        # generic habit
        "مدیران استان هر هفته با مردم دیدار می‌کنند.",
        # interviews and the press are not parties
        "حمید باقری وزیر نیرو در گفت‌وگو با خبرنگار فارس گفت: تابستان کم‌آبی داریم.",
        "حمید باقری وزیر نیرو در گفت‌وگوی اختصاصی با شبکه خبر از طرح‌های تازه سخن گفت.",
        # a speech with no other party
        "وزیر نیرو در جمع خبرنگاران از افتتاح سد خبر داد.",
    ],
)
def test_no_event(text):
    assert extract_events(text, None, PUB) == []


def test_sports_article_match_report_gives_nothing():
    title = "پیروزی پرگل سپاهان مقابل نفت"
    text = ("به گزارش خبرگزاری فارس، در دیدار امروز سپاهان و نفت، شاگردان نویدکیا با سه گل به برتری رسیدند.\n"
            "سپاهان با این پیروزی صدرنشین لیگ شد و داور بازی دو پنالتی گرفت.")
    assert extract_events(text, title, PUB) == []


def test_planned_meeting_next_to_a_real_one_keeps_only_the_real_one():
    text = ("حمید باقری وزیر نیرو امروز با «ماریا کووالوا» سفیر بلغارستان دیدار کرد.\n"
            "باقری هفته آینده با وزیر انرژی بلغارستان دیدار خواهد کرد.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    assert events[0]["participants"][1]["name"] == "ماریا کووالوا"
