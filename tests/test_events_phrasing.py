"""Each kind of phrasing GUIDE.md lists turns into one event of the right type (sentences written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

PUB = "2021-03-10"  # a Wednesday; Jalali 1399-12-20


def names(event):
    return [p["name"] for p in event["participants"]]


def only(text, title=None, published=PUB):
    events = extract_events(text, title, published)
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("«رضا نجفی» سفیر ایران در رم امروز با «لوکا فرانچسکو» معاون وزیر خارجه ایتالیا دیدار کرد.", "meeting"),
        ("«رضا نجفی» سفیر ایران در رم و «لوکا فرانچسکو» معاون وزیر خارجه ایتالیا دیدار و گفت‌وگو کردند.", "meeting"),
        ("حمید باقری وزیر نیرو با «ماریا کووالوا» سفیر بلغارستان ملاقات کرد.", "meeting"),
        ("حمید باقری وزیر نیرو در دیدار با «ماریا کووالوا» سفیر بلغارستان گفت: همکاری دو کشور رو به رشد است.", "meeting"),
        ("حمید باقری وزیر نیرو با «ماریا کووالوا» سفیر بلغارستان درباره انرژی رایزنی کرد.", "meeting"),
        ("حمید باقری وزیر نیرو با «ماریا کووالوا» سفیر بلغارستان مذاکره کرد.", "meeting"),
        ("حمید باقری وزیر نیرو با «ماریا کووالوا» سفیر بلغارستان تلفنی گفت‌وگو کرد.", "phone_call"),
        ("حمید باقری وزیر نیرو در تماس تلفنی با «ماریا کووالوا» سفیر بلغارستان درباره انرژی گفت‌وگو کرد.", "phone_call"),
        ("حمید باقری وزیر نیرو و «ماریا کووالوا» سفیر بلغارستان به صورت ویدئوکنفرانس گفت‌وگو کردند.", "video_call"),
        ("حمید باقری وزیر نیرو و «ماریا کووالوا» سفیر بلغارستان به صورت تصویری با یکدیگر دیدار کردند.", "video_call"),
        ("حمید باقری وزیر نیرو با «ماریا کووالوا» سفیر بلغارستان به صورت مجازی دیدار کرد.", "video_call"),
    ],
)
def test_cue_gives_one_event_of_its_type(text, kind):
    event = only(text)
    assert event["type"] == kind
    assert len(event["participants"]) == 2
    assert event["evidence"] == text
    assert event["cameo"] == ("041" if kind != "meeting" else event["cameo"])
    assert event["cameo"].startswith("04")
    a, b = event["span"]
    assert text[a:b] == event["evidence"]
    assert 0 < event["confidence"] <= 1


def test_meeting_with_named_parties_and_titles():
    event = only("«رضا نجفی» سفیر ایران در رم امروز با «لوکا فرانچسکو» معاون وزیر خارجه ایتالیا دیدار کرد.")
    first, second = event["participants"]
    assert first["name"] == "رضا نجفی" and first["title"] == "سفیر ایران در رم" and first["country"] == "ایران"
    assert second["name"] == "لوکا فرانچسکو" and second["country"] == "ایتالیا"
    assert second["organization"] == "وزارت امور خارجه"
    assert event["date"] == PUB and event["date_jalali"] == "1399-12-20"


def test_phone_call_has_no_location_and_cameo_041():
    event = only("«رضا نجفی» سفیر ایران در رم و «لوکا فرانچسکو» معاون وزیر خارجه ایتالیا تلفنی گفت‌وگو کردند.")
    assert event["type"] == "phone_call" and event["cameo"] == "041" and event["location"] is None


def test_in_person_meeting_location_as_written():
    event = only("حمید باقری وزیر نیرو در سفر به مسکو با «الکساندر نواک» معاون نخست‌وزیر روسیه در مسکو دیدار کرد.")
    assert event["location"] == "مسکو"
    assert event["cameo"] == "042"  # a visit


def test_host_is_a_meeting_with_cameo_043():
    event = only("کرم احمدی فرماندار بانه امروز میزبان فعالان اقتصادی شهرستان بود.")
    assert event["type"] == "meeting" and event["cameo"] == "043"
    assert names(event) == ["کرم احمدی", "فعالان اقتصادی شهرستان"]


def test_negotiation_cameo_046():
    event = only("حمید باقری وزیر نیرو با «ماریا کووالوا» سفیر بلغارستان مذاکره کرد.")
    assert event["cameo"] == "046"


def test_headline_lead_and_body_are_one_event():
    title = "دیدار باقری با سفیر بلغارستان"
    text = ("حمید باقری وزیر نیرو امروز با «ماریا کووالوا» سفیر بلغارستان دیدار کرد.\n"
            "باقری در این دیدار گفت: همکاری در حوزه انرژی اولویت ماست.")
    event = only(text, title)
    assert names(event) == ["حمید باقری", "ماریا کووالوا"]


def test_same_people_on_two_dates_are_two_events():
    text = ("«رضا نجفی» سفیر ایران در رم امروز با «لوکا فرانچسکو» معاون وزیر خارجه ایتالیا دیدار کرد.\n"
            "نجفی پیش از این، دهم بهمن با فرانچسکو تلفنی گفت‌وگو کرده بود.")
    events = extract_events(text, None, PUB)
    assert [e["type"] for e in events] == ["meeting", "phone_call"]
    assert events[0]["date"] == PUB
    assert events[1]["date"] == "2021-01-29"  # 1399-11-10
    assert names(events[1]) == ["رضا نجفی", "لوکا فرانچسکو"]  # surnames refer back to the full names


def test_multilateral_meeting_lists_every_named_party():
    event = only("حسن ملکی، «ژان دوبوا» و «پیتر اشمیت» در حاشیه اجلاس ژنو با یکدیگر دیدار کردند.")
    assert names(event) == ["حسن ملکی", "ژان دوبوا", "پیتر اشمیت"]
    assert event["cameo"] == "044"


def test_phone_call_told_by_the_quoted_speaker():
    title = "کریمی: با همه گفت‌وگو می‌کنیم"
    text = "ناصر کریمی رئیس انجمن صنفی گفت: هفته پیش مهدی رستمی به من زنگ زد و درباره قرارداد صحبت کرد."
    event = only(text, title)
    assert event["type"] == "phone_call"
    assert names(event) == ["مهدی رستمی", "ناصر کریمی"]
    assert event["date"] is None  # a recollection with no day of its own


def test_plural_meetings_with_a_listed_set_are_one_meeting_each():
    text = "نخست‌وزیر لبنان طی هفته گذشته با مقامات سوری از جمله وزیر خارجه و وزیر اقتصاد این کشور دیدارهایی داشته است."
    events = extract_events(text, None, PUB)
    assert [names(e)[1] for e in events] == ["وزیر خارجه", "وزیر اقتصاد سوریه"]
    assert all(e["date"] is None for e in events)  # background, no day


def test_headline_naming_a_meeting_and_a_lead_saying_who():
    text = ("همکاری انرژی محور دیدار مقامات ارمنستان و گرجستان\n"
            "وزیر انرژی ارمنستان و معاون نخست‌وزیر گرجستان همکاری‌های دو کشور را بررسی کردند.")
    event = only(text)
    assert names(event) == ["وزیر انرژی ارمنستان", "معاون نخست‌وزیر گرجستان"]
    assert event["evidence"] == text.splitlines()[1]


def test_consultations_in_progress_in_the_past():
    text = "کشورهای عضو اتحادیه آفریقا که در حال رایزنی با کشورهای اروپایی درباره پیش‌نویس بیانیه بودند به توافق نرسیدند."
    event = only(text)
    assert [n.replace("\u200c", "") for n in names(event)] == ["کشورهای عضو اتحادیه آفریقا", "کشورهای اروپایی"]


def test_audience_and_welcome_frames():
    audience = only("رئیس‌جمهور ونزوئلا امروز به حضور رهبر انقلاب رسید.")
    assert audience["type"] == "meeting" and audience["cameo"] == "042"
    assert names(audience) == ["رئیس\u200cجمهور ونزوئلا", "رهبر انقلاب"]
    welcome = only("وزیر نیرو در فرودگاه از «ماریا کووالوا» وزیر انرژی بلغارستان استقبال کرد.")
    assert welcome["cameo"] == "043" and names(welcome) == ["وزیر نیرو", "ماریا کووالوا"]
    assert extract_events("وزیر نیرو از پیشنهاد بلغارستان برای همکاری استقبال کرد.", None, PUB) == []


def test_topics_from_the_event_and_the_sentences_that_speak_of_it():
    text = ("«رضا نجفی» سفیر ایران در رم امروز با «لوکا فرانچسکو» معاون وزیر خارجه ایتالیا دیدار کرد.\n"
            "در این دیدار دو طرف درباره تحریم‌ها و وضعیت لبنان گفت‌وگو کردند.\n"
            "بازار نفت هفته آینده بررسی می‌شود.")
    event = only(text)
    assert event["topics"] == ["تحریم‌ها", "لبنان"]  # not «نفت»: that sentence is about something else


def test_a_ministry_named_for_finance_is_not_a_light_verb():
    # «دارایی» (finance) starts like «دار» (have): it must not read as "دیدار دارند"
    event = only("رئیس قوه قضائیه در دیدار وزیر امور اقتصادی و دارایی و رئیس کل گمرک از قوانین دست‌وپاگیر انتقاد کرد.")
    spelled = [n.replace("\u200c", " ") for n in names(event)]  # the normaliser may join «رئیس‌کل»
    assert spelled == ["رئیس قوه قضائیه", "وزیر امور اقتصادی و دارایی", "رئیس کل گمرک"]


def test_hosting_in_the_meeting_already_reported_is_not_another_meeting():
    text = ("نادر کیانی استاندار گیلان امروز با ماریا ایوانوا سرکنسول روسیه در رشت دیدار کرد.\n"
            "کیانی در این دیدار میزبان هیئت تجاری روسیه بود و دو طرف درباره بندر انزلی گفت‌وگو کردند.")
    events = extract_events(text, None, "2022-09-14")
    assert len(events) == 1
    assert [p["name"] for p in events[0]["participants"]] == ["نادر کیانی", "ماریا ایوانوا"]


def test_hosting_before_the_back_reference_is_a_meeting():
    text = ("نادر کیانی استاندار گیلان امروز میزبان فعالان اقتصادی استان بود، در این نشست "
            "مشکلات صادرات بررسی شد.")
    events = extract_events(text, None, "2022-09-14")
    assert len(events) == 1 and events[0]["participants"][0]["name"] == "نادر کیانی"


def test_meeting_is_where_the_visitor_arrived():
    text = ("وزیر امور خارجه ارمنستان صبح امروز وارد تهران شد.\n"
            "رحیم فاضلی وزیر امور خارجه کشورمان امروز با آرا هاکوبیان وزیر امور خارجه ارمنستان دیدار کرد.")
    events = extract_events(text, None, "2022-09-14")
    assert len(events) == 1 and events[0]["location"] == "تهران"


def test_a_call_has_no_place_even_after_an_arrival():
    text = ("وزیر امور خارجه ارمنستان صبح امروز وارد تهران شد.\n"
            "رحیم فاضلی وزیر امور خارجه کشورمان امروز در تماسی تلفنی با آرا هاکوبیان وزیر امور خارجه ارمنستان گفت‌وگو کرد.")
    events = extract_events(text, None, "2022-09-14")
    assert [e["location"] for e in events] == [None]
