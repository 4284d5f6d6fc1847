"""Video and phone contacts whose channel is stated as the manner of the talk, away from the meeting noun."""

from __future__ import annotations

from pipeline.events import extract_events

PUB = "2024-02-07"


def test_manner_anywhere_in_the_clause_makes_a_video_call():
    text = ("سمیرا قاسمی معاون وزیر بهداشت امروز به صورت ویدئوکنفرانس با پیتر هانسن مدیر منطقه‌ای سازمان جهانی بهداشت "
            "درباره واکسن فلج اطفال رایزنی کرد.")
    events = extract_events(text, None, PUB)
    assert [e["type"] for e in events] == ["video_call"]
    assert events[0]["location"] is None


def test_meeting_without_a_channel_stays_a_meeting():
    text = ("سمیرا قاسمی معاون وزیر بهداشت امروز در ژنو با پیتر هانسن مدیر منطقه‌ای سازمان جهانی بهداشت "
            "درباره واکسن فلج اطفال رایزنی کرد.")
    assert [e["type"] for e in extract_events(text, None, PUB)] == ["meeting"]


def test_headline_call_takes_the_date_the_lead_states():
    title = "گفت‌وگوی ویدئویی معاون وزیر بهداشت با مدیر منطقه‌ای سازمان جهانی بهداشت"
    text = ("معاون وزیر بهداشت دیروز با مدیر منطقه‌ای سازمان جهانی بهداشت گفت‌وگو کرد.\n"
            "سمیرا قاسمی معاون وزیر بهداشت و پیتر هانسن مدیر منطقه‌ای سازمان جهانی بهداشت در این گفت‌وگو "
            "بر تأمین واکسن تأکید کردند.")
    events = extract_events(text, title, PUB)
    assert len(events) == 1
    assert events[0]["type"] == "video_call"
    assert events[0]["date"] == "2024-02-06"


def test_talk_inside_a_phone_contact_is_the_phone_call():
    text = ("فرهاد نوروزی وزیر صنعت عصر امروز در تماسی تلفنی با لوکاس برگر وزیر اقتصاد اتریش "
            "درباره خطوط تولید دارو گفت‌وگو کرد.")
    events = extract_events(text, "گفت‌وگوی تلفنی وزیر صنعت با وزیر اقتصاد اتریش", PUB)
    assert [e["type"] for e in events] == ["phone_call"]
    assert [p["name"] for p in events[0]["participants"]] == ["فرهاد نوروزی", "لوکاس برگر"]


def test_channel_words_with_madda_match_the_folded_text():
    text = ("وزیر ارتباطات کشورمان و همتای ارمنی خود امروز به صورت آنلاین با یکدیگر "
            "درباره کابل فیبر نوری گفت‌وگو کردند.")
    assert [e["type"] for e in extract_events(text, None, PUB)] == ["video_call"]
