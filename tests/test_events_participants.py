"""Participants per GUIDE.md, and the same result with or without ZWNJ, «», Arabic letters or digits."""

from __future__ import annotations

from pipeline.events import extract_events
from rasad.persian import span_fold

PUB = "2021-03-10"


def names(event):
    return [p["name"] for p in event["participants"]]


def test_later_surname_takes_the_fullest_name():
    text = ("علی‌رضا کاظمی معاون وزیر امور خارجه امروز با «ایوان پتروف» سفیر روسیه دیدار کرد.\n"
            "کاظمی و پتروف همچنین دیروز تلفنی گفت‌وگو کرده بودند.")
    events = extract_events(text, None, PUB)
    assert [e["type"] for e in events] == ["meeting", "phone_call"]
    assert names(events[1]) == ["علی‌رضا کاظمی", "ایوان پتروف"]
    assert events[1]["date"] == "2021-03-09"


def test_honorifics_are_dropped():
    text = "حجت‌الاسلام والمسلمین محمد رضوی امام جمعه کرمان با سردار حسن یزدانی فرمانده سپاه استان دیدار کرد."
    event = extract_events(text, None, PUB)[0]
    assert names(event) == ["محمد رضوی", "حسن یزدانی"]
    assert event["participants"][0]["title"] == "امام جمعه کرمان"


def test_role_only_party_is_written_as_the_role():
    text = "معاون وزیر امور خارجه امروز با سفیر روسیه در تهران دیدار کرد."
    event = extract_events(text, None, PUB)[0]
    assert names(event) == ["معاون وزیر امور خارجه", "سفیر روسیه در تهران"]
    assert event["participants"][1]["country"] == "روسیه"
    assert event["location"] is None  # "در تهران" belongs to the ambassador's post


def test_role_is_replaced_by_the_name_the_article_gives():
    text = ("«ایوان پتروف» سفیر روسیه در تهران امروز به وزارت امور خارجه رفت.\n"
            "معاون وزیر امور خارجه در دیدار با سفیر روسیه در تهران بر گسترش روابط تأکید کرد.")
    event = extract_events(text, None, PUB)[0]
    assert "ایوان پتروف" in names(event)


def test_the_two_sides_are_not_new_parties():
    text = ("حمید باقری وزیر نیرو با «ماریا کووالوا» سفیر بلغارستان دیدار کرد و طرفین بر توسعه همکاری تأکید کردند.\n"
            "دو طرف همچنین درباره انرژی گفت‌وگو کردند.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    assert names(events[0]) == ["حمید باقری", "ماریا کووالوا"]


def test_pronoun_refers_to_the_last_named_party():
    text = ("حمید باقری وزیر نیرو امروز به صوفیه سفر کرد.\n"
            "وی در این سفر با «ماریا کووالوا» وزیر انرژی بلغارستان دیدار کرد.")
    event = extract_events(text, None, PUB)[0]
    assert names(event) == ["حمید باقری", "ماریا کووالوا"]


def test_counterparts_become_one_meeting_per_country():
    text = "وزیر خارجه قزاقستان در حاشیه اجلاس با همتایان ترکمن و ازبک خود دیدار کرد."
    events = extract_events(text, None, PUB)
    assert [names(e) for e in events] == [
        ["وزیر خارجه قزاقستان", "وزیر خارجه ترکمنستان"],
        ["وزیر خارجه قزاقستان", "وزیر خارجه ازبکستان"],
    ]


def test_a_counterpart_the_article_names_gets_the_name():
    text = ("«کامران شریفی» وزیر نفت ایران امروز با همتای عراقی خود دیدار کرد.\n"
            "«احسان عبدالجبار» وزیر نفت عراق نیز در این سفر از پالایشگاه آبادان بازدید کرد.")
    event = extract_events(text, None, PUB)[0]
    assert names(event) == ["کامران شریفی", "احسان عبدالجبار"]


def test_reporter_and_agency_are_not_participants():
    text = "به گزارش خبرگزاری فارس، حمید باقری وزیر نیرو با «ماریا کووالوا» سفیر بلغارستان دیدار کرد."
    event = extract_events(text, None, PUB)[0]
    assert names(event) == ["حمید باقری", "ماریا کووالوا"]
    assert event["location"] is None


SENTENCE = "«کاظم جلالی» سفیر ایران در مسکو ۲۹ اردیبهشت با «سرگئی ورشنین» معاون وزیر امور خارجه روسیه تلفنی گفت‌وگو کرد."


def _variants():
    no_zwnj = SENTENCE.replace("\u200c", "")
    no_quotes = SENTENCE.replace("«", "").replace("»", "")
    arabic = SENTENCE.replace("ی", "ي").replace("ک", "ك").replace("۲", "٢").replace("۹", "٩")
    latin_digits = SENTENCE.replace("۲۹", "29")
    return [SENTENCE, no_zwnj, no_quotes, arabic, latin_digits, no_zwnj.replace("«", "").replace("»", "")]


def test_same_event_with_or_without_zwnj_quotes_arabic_letters_and_digits():
    results = []
    for text in _variants():
        events = extract_events(text, None, "2020-05-27")
        assert len(events) == 1, text
        e = events[0]
        a, b = e["span"]
        assert text[a:b] == e["evidence"]  # the evidence is the caller's own text
        results.append((e["type"], [span_fold(n).replace("\u200c", "") for n in names(e)], e["date"]))
    assert all(r == ("phone_call", ["کاظم جلالی", "سرگیی ورشنین"], "2020-05-18") for r in results), results


def test_the_leads_unnamed_official_is_the_person_later_quoted():
    text = ("به گزارش خبرگزاری فارس از سنندج، کاوه رحیمی نماینده مردم سنندج در دیدار مدیرکل راه و شهرسازی استان "
            "بر تکمیل جاده‌های روستایی تأکید کرد.\n"
            "بهرام نادری نیز گفت: ده پروژه راه روستایی امسال به پایان می‌رسد.")
    event = extract_events(text, None, PUB)[0]
    assert names(event) == ["کاوه رحیمی", "بهرام نادری"]


def test_a_group_role_is_not_given_a_quoted_persons_name():
    text = ("به گزارش خبرگزاری فارس، کاوه رحیمی نماینده مردم سنندج در دیدار مدیران راه و شهرسازی استان "
            "بر تکمیل جاده‌ها تأکید کرد.\n"
            "بهرام نادری نیز گفت: ده پروژه امسال به پایان می‌رسد.")
    event = extract_events(text, None, PUB)[0]
    assert names(event)[1].startswith("مدیران")


def test_plural_nouns_with_zwnj_split_the_listed_meetings():
    text = "نخست‌وزیر لبنان طی هفته گذشته با مقامات سوری از جمله وزیر خارجه و وزیر اقتصاد این کشور دیدار‌هایی داشته است."
    assert len(extract_events(text, None, PUB)) == 2
    assert len(extract_events(text.replace("\u200c", ""), None, PUB)) == 2
