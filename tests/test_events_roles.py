"""One office written in different ways is one participant (name + title + country), and an office with
no named holder, or held in another country, stays apart."""

from __future__ import annotations

from pipeline.events import extract_events
from pipeline.events.roles import role_fits

PUB = "2024-05-12"


def people(event):
    return [(p["name"], p["country"]) for p in event["participants"]]


def test_our_minister_is_the_minister_the_body_names():
    text = ("وزیر امور خارجه کشورمان امروز در تماسی تلفنی با همتای اردنی خود درباره غزه گفت‌وگو کرد.\n"
            "حمید صالحی وزیر امور خارجه جمهوری اسلامی ایران و نادر الخطیب وزیر امور خارجه اردن "
            "در این تماس بر ارسال کمک‌های بشردوستانه تأکید کردند.")
    events = extract_events(text, "گفت‌وگوی تلفنی وزیران خارجه ایران و اردن", PUB)
    assert len(events) == 1
    assert events[0]["type"] == "phone_call"
    assert people(events[0])[0] == ("حمید صالحی", "ایران")
    assert events[0]["participants"][1]["name"] == "نادر الخطیب"


def test_lead_roles_and_body_names_are_one_meeting():
    text = ("سفیر ایران در بلگراد روز شنبه با معاون وزارت امور خارجه صربستان دیدار کرد.\n"
            "کاوه رستمی سفیر جمهوری اسلامی ایران در صربستان روز شنبه با دراگان پتروویچ معاون وزیر امور خارجه "
            "صربستان درباره همکاری‌های کشاورزی دیدار و گفت‌وگو کرد.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    assert [n for n, _ in people(events[0])] == ["کاوه رستمی", "دراگان پتروویچ"]


def test_this_country_minister_is_not_our_minister():
    text = ("وزیر امور خارجه کشورمان روز سه‌شنبه در آنکارا با همتای ترک خود دیدار کرد.\n"
            "حمید صالحی وزیر امور خارجه ایران روز سه‌شنبه در آنکارا با کمال دمیر وزیر امور خارجه این کشور "
            "دیدار و گفت‌وگو کرد.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    assert people(events[0]) == [("حمید صالحی", "ایران"), ("کمال دمیر", "ترکیه")]


def test_offices_of_two_countries_do_not_fit():
    assert role_fits("وزیر امور خارجه کشورمان", "وزیر خارجه جمهوری اسلامی ایران")
    assert role_fits("معاون وزارت امور خارجه", "معاون حقوقی و بین‌المللی وزیر امور خارجه")
    assert role_fits("سفیر ایران در پکن", "سفیر جمهوری اسلامی ایران در چین")
    assert not role_fits("وزیر امور خارجه کشورمان", "وزیر امور خارجه روسیه")
    assert not role_fits("سفیر ایران در پکن", "سفیر ایران در مسکو")
    assert not role_fits("وزیر نفت", "وزیر نیرو")
    assert role_fits("رئیس‌جمهور کشورمان", "رئیس جمهوری اسلامی ایران")
    assert not role_fits("رئیس جمهوری اسلامی ایران", "رئیس مجلس شورای اسلامی")


def test_role_then_name_between_commas_is_one_participant():
    text = ("سفیر کشورمان در هاراره، بهزاد امیری، روز گذشته با وزیر کشاورزی زیمبابوه دیدار "
            "و درباره صادرات ماشین‌آلات کشاورزی گفت‌وگو کرد.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    first = events[0]["participants"][0]
    assert (first["name"], first["title"], first["country"]) == ("بهزاد امیری", "سفیر کشورمان در هاراره", "ایران")


def test_countries_after_counterparts_are_not_a_name():
    text = "وزیر خارجه ازبکستان امروز با همتایان قزاقستانی، ترکمنستانی و تاجیکستانی خود دیدار کرد."
    names = [p["name"] for e in extract_events(text, None, PUB) for p in e["participants"]]
    assert not any("خود" in n for n in names)


def test_international_inside_a_title_does_not_end_it():
    text = ("معاون آموزشی و بین‌المللی وزیر علوم امروز با رئیس دفتر منطقه‌ای سازمان بین‌المللی مهاجرت دیدار کرد.\n"
            "لیلا مقدم معاون آموزشی و بین‌المللی وزیر علوم و یوهان کلاین رئیس دفتر منطقه‌ای سازمان بین‌المللی مهاجرت "
            "در این دیدار درباره دانشجویان خارجی گفت‌وگو کردند.")
    events = extract_events(text, "دیدار معاون وزارت علوم با رئیس دفتر سازمان بین‌المللی مهاجرت", PUB)
    assert len(events) == 1
    titles = [p["title"] for p in events[0]["participants"]]
    assert titles == ["معاون آموزشی و بین‌المللی وزیر علوم", "رئیس دفتر منطقه‌ای سازمان بین‌المللی مهاجرت"]
    assert [p["name"] for p in events[0]["participants"]] == ["لیلا مقدم", "یوهان کلاین"]


def test_unnamed_counterpart_is_named_as_written_with_its_composed_role_as_title():
    # GUIDE.md: a role-only party is the role as written; the office it composes with the subject's is its title
    text = "وزیر بهداشت کشورمان روز دوشنبه در ارتباطی تصویری با همتای عراقی خود درباره زائران اربعین رایزنی کرد."
    event = extract_events(text, None, PUB)[0]
    assert event["type"] == "video_call"
    other = event["participants"][1]
    assert (other["name"], other["title"], other["country"]) == ("همتای عراقی", "وزیر بهداشت عراق", "عراق")


def test_our_unqualified_office_is_not_the_foreign_holder_of_the_same_office():
    text = ("معاون وزیر امور خارجه امروز با معاون وزیر امور خارجه مجارستان دیدار کرد.\n"
            "پتر کوواچ معاون وزیر امور خارجه مجارستان در این دیدار بر گسترش همکاری‌ها تأکید کرد.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    assert people(events[0]) == [("معاون وزیر امور خارجه", "ایران"), ("پتر کوواچ", "مجارستان")]


def test_a_title_with_and_goes_on_until_another_named_person():
    text = ("فرشته نادری رئیس کمیسیون آموزش و تحقیقات مجلس و یان نواک معاون وزیر آموزش چک امروز "
            "با یکدیگر دیدار کردند.\n"
            "رئیس کمیسیون آموزش و تحقیقات مجلس در این دیدار از برنامه تبادل استاد خبر داد.")
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    got = [(p["name"], p["title"]) for p in events[0]["participants"]]
    assert got == [("فرشته نادری", "رئیس کمیسیون آموزش و تحقیقات مجلس"), ("یان نواک", "معاون وزیر آموزش چک")]


def test_role_then_name_without_commas_is_one_participant():
    text = "وزیر امور خارجه اتریش ماریا هوبر امروز با حمید صالحی وزیر امور خارجه کشورمان دیدار کرد."
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    first = events[0]["participants"][0]
    assert (first["name"], first["title"], first["country"]) == ("ماریا هوبر", "وزیر امور خارجه اتریش", "اتریش")


def test_words_after_a_role_are_not_a_name():
    text = "رئیس تشکیلات خودگردان و نخست‌وزیر فلسطین بار دیگر درباره همه‌پرسی گفت‌وگو کردند."
    names = [p["name"] for e in extract_events(text, None, PUB) for p in e["participants"]]
    assert "بار دیگر" not in names


def test_counterpart_named_between_commas_after_with():
    text = "حمید صالحی امروز با وزیر امور خارجه اتریش، ماریا هوبر، دیدار و گفت‌وگو کرد."
    events = extract_events(text, None, PUB)
    assert len(events) == 1
    other = events[0]["participants"][1]
    assert (other["name"], other["title"]) == ("ماریا هوبر", "وزیر امور خارجه اتریش")


def test_an_office_named_by_its_periphrasis_is_the_holder_the_article_names():
    # «رئیس دستگاه دیپلماسی» is the foreign minister, «رئیس نهاد قانونگذاری» the speaker (data/office_periphrases.tsv)
    text = ("حمید صالحی وزیر امور خارجه کشورمان پیش از این به نیویورک سفر کرده بود.\n"
            "رئیس دستگاه دیپلماسی جمهوری اسلامی ایران امروز با پیتر برگ وزیر خارجه اتریش تلفنی گفت‌وگو کرد.")
    events = extract_events(text, None, PUB)
    assert [(e["type"], [n for n, _ in people(e)]) for e in events] == [("phone_call", ["حمید صالحی", "پیتر برگ"])]
    text = ("کامران نوری رئیس مجلس شورای اسلامی امروز گفت که روابط دو کشور رو به گسترش است.\n"
            "رئیس نهاد قانونگذاری کشورمان در بدو ورود با یوهان کلاین رئیس پارلمان سوئیس دیدار کرد.")
    events = extract_events(text, None, PUB)
    assert [[n for n, _ in people(e)] for e in events] == [["کامران نوری", "یوهان کلاین"]]


def test_the_dari_prime_minister_is_the_prime_minister():
    # «صدراعظم» and «رئیس‌الوزرای» name the prime minister's office (data/office_periphrases.tsv)
    for role, title in (("صدراعظم هند", "نخست وزیر هند"), ("رئیس الوزرای هند", "نخست‌وزیر هند"),
                        ("نخست‌وزیر هند", "صدراعظم هند")):
        text = (f"{role} با رئیس جمهور افغانستان تلفنی گفتوگو کرد.\n"
                f"راجیو کاپور {title} گفت که روابط دو کشور خوب است.")
        events = extract_events(text, None, PUB)
        assert [[n for n, _ in people(e)] for e in events] == [["راجیو کاپور", "رئیس\u200cجمهور افغانستان"]], role


def test_a_name_set_off_by_commas_after_its_title_holds_it():
    # «TITLE، NAME، …» outside the contact sentence names the role-only party; a time phrase there does not
    text = ("وزیر خارجه هند با رئیس جمهور افغانستان دیدار کرد.\n"
            "به گفته وزیر خارجه هند، راجیو کاپور، روابط دو کشور خوب است.")
    events = extract_events(text, None, PUB)
    assert [[n for n, _ in people(e)] for e in events] == [["راجیو کاپور", "رئیس\u200cجمهور افغانستان"]]
    text = text.replace("راجیو کاپور", "روز دوشنبه")
    events = extract_events(text, None, PUB)
    assert [[n for n, _ in people(e)] for e in events] == [["وزیر خارجه هند", "رئیس\u200cجمهور افغانستان"]]
