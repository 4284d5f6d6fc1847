"""A plural title shared by several parties ("وزیران خارجه ایران و ارمنستان", "A و B معاونان …"): one party per
country, named when the article names them; a multilateral meeting lists every named participant."""

from __future__ import annotations

from pipeline.events import extract_events

PUB = "2023-10-18"


def test_plural_title_with_names_gives_each_their_country():
    text = ("مهدی فراهانی و آرمن سرکیسیان وزیران راه ایران و ارمنستان امروز در تماسی تلفنی "
            "درباره جاده ترانزیتی نوردوز گفت‌وگو کردند.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1 and events[0]["type"] == "phone_call"
    got = [(p["name"], p["title"], p["country"]) for p in events[0]["participants"]]
    assert got == [("مهدی فراهانی", "وزیر راه ایران", "ایران"), ("آرمن سرکیسیان", "وزیر راه ارمنستان", "ارمنستان")]


def test_plural_title_in_the_lead_is_the_people_the_body_names():
    text = ("وزیران راه ایران و ارمنستان روز دوشنبه در ایروان با یکدیگر دیدار کردند.\n"
            "مهدی فراهانی وزیر راه ایران و آرمن سرکیسیان وزیر راه ارمنستان در این دیدار بر تکمیل جاده نوردوز تأکید کردند.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    assert [p["name"] for p in events[0]["participants"]] == ["مهدی فراهانی", "آرمن سرکیسیان"]
    assert events[0]["date"] == "2023-10-16"
    assert events[0]["location"] == "ایروان"


def test_three_named_deputies_are_one_meeting():
    text = ("معاونان وزیران امور خارجه ایران، عراق و سوریه امروز در بغداد در نشستی سه‌جانبه "
            "درباره امنیت مرزها گفت‌وگو کردند.\n"
            "سعید ناصری معاون وزیر امور خارجه ایران، کریم الزبیدی معاون وزیر امور خارجه عراق و "
            "بسام الحلبی معاون وزیر امور خارجه سوریه در این نشست بر مقابله با قاچاق تأکید کردند.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    assert [p["name"] for p in events[0]["participants"]] == ["سعید ناصری", "کریم الزبیدی", "بسام الحلبی"]


def test_two_offices_of_two_countries_are_not_distributed():
    text = "رؤسای مجلس و سنای ارمنستان و گرجستان امروز در تفلیس دیدار کردند."
    names = [p["name"] for e in extract_events(text, None, PUB) for p in e["participants"]]
    assert not any(n.startswith(("رییس", "رئیس")) for n in names)  # no "رئیس مجلس و سنای گرجستان" invented


def test_lead_roles_take_the_names_of_the_next_sentence():
    text = ("وزیران نفت ایران و کویت امروز در تماسی تلفنی بر ثبات بازار تأکید کردند.\n"
            "جواد اوجی و همتای کویتی‌اش سعد البراک امروز در تماسی تلفنی درباره سهمیه تولید اوپک رایزنی کردند.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1 and events[0]["type"] == "phone_call"
    got = [(p["name"], p["title"], p["country"]) for p in events[0]["participants"]]
    assert got == [("جواد اوجی", "وزیر نفت ایران", "ایران"), ("سعد البراک", "وزیر نفت کویت", "کویت")]


def test_roles_and_names_of_unrelated_sentences_stay_apart():
    text = ("وزیران نفت ایران و کویت امروز در تماسی تلفنی بر ثبات بازار تأکید کردند.\n"
            "در خبری دیگر، بیژن زنگنه و کامران دانشجو روز گذشته در تهران دیدار کرده بودند.\n"
            "جواد اوجی و همتای کویتی‌اش سعد البراک ماه گذشته در وین با یکدیگر دیدار کردند.")
    events = extract_events(text, None, PUB)
    assert len(events) == 3


def test_ambassadors_of_countries_are_each_their_countrys_ambassador():
    text = "سفیران کشورهای اتریش و نروژ امروز با وزیر نیرو دیدار کردند."
    names = [p["name"] for e in extract_events(text, None, PUB) for p in e["participants"]]
    assert names[:2] == ["سفیر اتریش", "سفیر نروژ"]
