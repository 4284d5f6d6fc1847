"""A talk with a news outlet (agency, paper, channel; named, or the one word before a headline's colon) is an
interview, not a meeting; a talk with a named official stays a meeting."""

from __future__ import annotations

from pipeline.events import extract_events

PUB = "2022-06-01"


def test_talk_with_a_named_agency_or_paper_is_an_interview():
    for outlet in ("ایسنا", "همشهری", "روزنامه اعتماد", "خبرگزاری تسنیم"):
        text = (f"پدرو آلوس سفیر برزیل در تهران در گفت‌وگو با {outlet} گفت: "
                "حجم مبادلات تجاری دو کشور امسال افزایش می‌یابد.")
        assert extract_events(text, None, PUB) == [], outlet


def test_one_word_before_a_headline_colon_is_the_outlet():
    title = "سفیر برزیل در گفت‌وگو با پرتو: صادرات گوشت به ایران دو برابر می‌شود"
    text = "پدرو آلوس سفیر برزیل در تهران از افزایش صادرات گوشت به ایران خبر داد."
    assert extract_events(text, title, PUB) == []


def test_talk_with_an_official_is_still_a_meeting():
    text = ("کامران رضوی وزیر کشاورزی امروز در گفت‌وگو با پدرو آلوس سفیر برزیل در تهران "
            "بر افزایش واردات گوشت تأکید کرد.")
    events = extract_events(text, None, PUB)
    assert [p["name"] for e in events for p in e["participants"]] == ["کامران رضوی", "پدرو آلوس"]


def test_surname_before_a_headline_colon_is_the_person_the_article_names():
    title = "وزیر کشاورزی در گفت‌وگو با آلوس: واردات گوشت افزایش می‌یابد"
    text = ("کامران رضوی وزیر کشاورزی گفت: قرارداد خرید گوشت تمدید می‌شود.\n"
            "پدرو آلوس سفیر برزیل در تهران نیز گفت: صادرات دو برابر خواهد شد.")
    events = extract_events(text, title, PUB)
    assert len(events) == 1
    assert [p["name"] for p in events[0]["participants"]] == ["کامران رضوی", "پدرو آلوس"]
