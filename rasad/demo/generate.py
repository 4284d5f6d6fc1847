"""Synthetic Persian news sites of any size, for the crawl and daemon benchmarks.

``generated_site(2000)`` serves 2,000 articles built from template sentences with varied
invented names, places and dates (about one in four reports a meeting, phone or video call,
annotated in ``expected_events`` like the hand-written samples) through the same renderer as
the demo site. The same *seed* gives the same site.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from string import Formatter

import jdatetime

from rasad.demo.articles import TEHRAN, Article, ExpectedEvent
from rasad.demo.render import MONTHS, WEEKDAYS, fa_digits
from rasad.demo.site import build_site
from rasad.localsite import LocalSite

LATEST = datetime(2026, 11, 29, 12, 0, tzinfo=TEHRAN)  # 1405/09/08

FIRST = ["علی", "محمد", "حسین", "رضا", "مهدی", "حمید", "سعید", "مجید", "کاظم", "نرگس", "مریم",
         "فاطمه", "بهرام", "کامران", "داوود", "مرتضی", "احمد", "جواد", "منصور", "لیلا", "امیر"]
LAST = ["رحیمی", "قاسمی", "نوروزی", "شریفی", "اکبری", "کاظمی", "موسوی", "صالحی", "جعفری", "عباسی",
        "حیدری", "کریمی", "رستمی", "یزدانی", "مرادی", "طاهری", "نیک‌نام", "فرهادی", "سلطانی"]
IRAN_TITLES = ["وزیر امور خارجه", "معاون سیاسی وزیر امور خارجه", "معاون دیپلماسی اقتصادی وزیر امور خارجه",
               "وزیر نیرو", "وزیر راه و شهرسازی", "وزیر صنعت، معدن و تجارت", "رئیس کمیسیون امنیت ملی مجلس",
               "معاون حقوقی و بین‌المللی وزیر امور خارجه", "وزیر نفت"]
# country, capital, counterpart names (invented)
FOREIGN = [
    ("روسیه", "مسکو", ["ایگور ساولیف", "آندری ماکاروف", "نیکلای پتروف"]),
    ("ترکیه", "آنکارا", ["مراد یلدیز", "امره آکسوی", "جم اوزتورک"]),
    ("عراق", "بغداد", ["فواد العبیدی", "حیدر الساعدی"]),
    ("عمان", "مسقط", ["سالم بن حمد الحارثی", "خلفان البوسعیدی"]),
    ("چین", "پکن", ["لیو جیان‌گوو", "ژانگ وی‌مین"]),
    ("پاکستان", "اسلام‌آباد", ["طارق محمود چوهدری", "عمران شفیق"]),
    ("ارمنستان", "ایروان", ["آرمن گریگوریان", "داویت هاکوبیان"]),
    ("قزاقستان", "آستانه", ["نورلان ژومابایف", "ارلان سیدوف"]),
    ("ژاپن", "توکیو", ["هیروشی تاناکا", "کنجی ساتو"]),
    ("ایتالیا", "رم", ["جوزپه مارینی", "لوکا بیانکی"]),
    ("قطر", "دوحه", ["خالد بن سعد المهندی", "عبدالعزیز الکواری"]),
    ("تاجیکستان", "دوشنبه", ["رستم نظروف", "فرخ شریف‌زاده"]),
]
FOREIGN_TITLES = ["وزیر امور خارجه", "معاون وزیر امور خارجه", "سفیر", "وزیر اقتصاد", "رئیس پارلمان"]
TOPICS = ["گسترش همکاری‌های اقتصادی", "امنیت مرزهای مشترک", "تحولات منطقه", "همکاری‌های بانکی",
          "ترانزیت کالا", "تبادل برق و گاز", "همکاری‌های فرهنگی و دانشگاهی", "مبارزه با تروریسم",
          "بازگشایی بازارچه‌های مرزی", "پروازهای مستقیم", "محیط زیست و ریزگردها", "امور کنسولی"]
CITIES = ["تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "اهواز", "کرمانشاه", "رشت", "یزد", "بندرعباس"]
SECTIONS = {"meeting": "سیاسی", "plain": ["اقتصادی", "اجتماعی", "فرهنگی", "ورزشی"]}

PLAIN = [
    "بر اساس اعلام مسئولان استان {city}، {n} طرح عمرانی تا پایان سال به بهره‌برداری می‌رسد.",
    "شاخص کیفیت هوای {city} امروز به عدد {n} رسید و در وضعیت {air} قرار گرفت.",
    "قیمت هر کیلوگرم {food} در میادین میوه و تره‌بار {city} به {price} هزار تومان رسید.",
    "مدیرکل هواشناسی استان {city} از بارش {rain} در ارتفاعات و کاهش دما تا {temp} درجه زیر صفر خبر داد.",
    "نمایشگاه {expo} با حضور {n} شرکت داخلی و خارجی در {city} گشایش یافت.",
    "تیم {team} در هفته {week} لیگ برتر با نتیجه {score} به برتری رسید.",
    "در دیدار دو تیم {team} و {team2} که در ورزشگاه {city} برگزار شد، هواداران زیادی حضور داشتند.",
    "رئیس سازمان {org} گفت: پروژه‌های این سازمان در استان {city} به طور میانگین {pct} درصد پیشرفت فیزیکی دارند.",
    "بر اساس گزارش مرکز آمار، نرخ بیکاری استان {city} در فصل {season} به {pct} درصد رسید.",
    "جشنواره {festival} با نمایش {n} اثر در {city} به کار خود پایان داد.",
    "شهرداری {city} از آغاز طرح {plan} در {n} محله خبر داد.",
    "{count} دانشجو در رشته‌های {field} در دانشگاه‌های {city} پذیرفته شدند.",
    "معاون استاندار {city} گفت: ذخایر آب سدهای استان به {pct} درصد ظرفیت رسیده است.",
    "پلیس راه از ترافیک سنگین در محور {city} - {city2} و بارش {rain} خبر داد.",
    "صادرات غیرنفتی استان {city} در هفت ماه نخست امسال {pct} درصد افزایش یافت.",
    "کتابخانه مرکزی {city} پس از {months} ماه بازسازی دوباره به روی مراجعان باز شد.",
    "هیئت دولت در جلسه امروز آیین‌نامه {plan} را تصویب کرد.",
    "{iran} قرار است هفته آینده با همتای {country}ی خود در {capital} دیدار کند.",
]
# templates with a number in them (titles made from them seldom repeat)
TITLED = [t for t in PLAIN if any(k in t for k in ("{n}", "{pct}", "{price}", "{count}", "{months}"))]
FILL = {
    "air": ["ناسالم برای گروه‌های حساس", "قابل قبول", "ناسالم"],
    "food": ["سیب‌زمینی", "گوجه‌فرنگی", "پیاز", "سیب", "پرتقال"],
    "rain": ["برف", "باران", "برف و باران"],
    "expo": ["صنعت ساختمان", "کتاب", "صنایع دستی", "فناوری اطلاعات", "کشاورزی"],
    "team": ["استقلال", "پرسپولیس", "سپاهان", "تراکتور", "فولاد", "گل‌گهر", "ملوان"],
    "org": ["آب منطقه‌ای", "راهداری", "منابع طبیعی", "میراث فرهنگی", "بهزیستی"],
    "season": ["تابستان", "بهار", "پاییز"],
    "festival": ["تئاتر", "فیلم کوتاه", "موسیقی نواحی", "عکس"],
    "plan": ["ساماندهی پیاده‌روها", "کاشت نهال", "نوسازی بافت فرسوده", "حمایت از صادرکنندگان"],
    "field": ["پزشکی", "مهندسی", "علوم انسانی", "هنر"],
}


def _jalali_day(dt: datetime) -> str:
    j = jdatetime.date.fromgregorian(date=dt.date())
    return f"{fa_digits(j.day)} {MONTHS[j.month - 1]}"


def _when(rng: random.Random, published: datetime) -> tuple[str, datetime]:
    """A time expression and the day it means, relative to *published*."""
    kind = rng.choice(["today", "today_wd", "yesterday", "weekday", "date"])
    if kind == "today":
        return "امروز", published
    j = jdatetime.date.fromgregorian(date=published.date())
    if kind == "today_wd":
        return f"امروز ({WEEKDAYS[j.weekday()]})", published
    if kind == "yesterday":
        return "دیروز", published - timedelta(days=1)
    day = published - timedelta(days=rng.randint(2, 5))
    if kind == "weekday":
        wd = jdatetime.date.fromgregorian(date=day.date()).weekday()
        return f"روز {WEEKDAYS[wd]}", day
    return _jalali_day(day), day


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _fill(rng: random.Random, template: str) -> str:
    """*template* with each of its slots filled at random (only the slots it has are drawn)."""
    values: dict[str, str] = {}
    for name in (field for _, field, _, _ in Formatter().parse(template) if field):
        if name in values:
            continue
        if name in ("team", "team2"):
            values["team"], values["team2"] = rng.sample(FILL["team"], 2)
        elif name in ("city", "city2"):
            values["city"], values["city2"] = rng.sample(CITIES, 2)
        elif name in ("country", "capital"):
            values["country"], values["capital"], _ = rng.choice(FOREIGN)
        else:
            values[name] = SLOTS[name](rng) if name in SLOTS else rng.choice(FILL[name])
    return template.format(**values)


SLOTS = {
    "n": lambda rng: fa_digits(rng.randint(3, 480)),
    "pct": lambda rng: fa_digits(f"{rng.randint(2, 40)}.{rng.randint(1, 9)}"),
    "temp": lambda rng: fa_digits(rng.randint(1, 15)),
    "months": lambda rng: fa_digits(rng.randint(2, 18)),
    "price": lambda rng: fa_digits(rng.randint(12, 160)),
    "week": lambda rng: fa_digits(rng.randint(1, 30)),
    "score": lambda rng: f"{fa_digits(rng.randint(1, 4))} بر {fa_digits(rng.randint(0, 2))}",
    "count": lambda rng: fa_digits(rng.randint(100, 9000)),
    "iran": lambda rng: f"{rng.choice(IRAN_TITLES)} {_person(rng)}",
}


def _meeting(rng: random.Random, published: datetime) -> tuple[str, str, list[str], ExpectedEvent]:
    etype = rng.choices(["meeting", "phone_call", "video_call"], weights=[6, 3, 1])[0]
    country, capital, names = rng.choice(FOREIGN)
    iran_title, iran_name = rng.choice(IRAN_TITLES), _person(rng)
    other_title, other_name = f"{rng.choice(FOREIGN_TITLES)} {country}", rng.choice(names)
    when, day = _when(rng, published)
    topics = rng.sample(TOPICS, 3)
    place = rng.choice(["تهران", capital])
    verb = {"meeting": f"در {place} دیدار و گفت‌وگو کردند",
            "phone_call": "در تماسی تلفنی گفت‌وگو کردند",
            "video_call": "به صورت ویدئوکنفرانس گفت‌وگو کردند"}[etype]
    noun = {"meeting": "دیدار", "phone_call": "گفت‌وگوی تلفنی", "video_call": "گفت‌وگوی ویدئویی"}[etype]
    title = f"{noun} {iran_title} با {other_title}؛ تأکید بر {topics[0]}"
    lead = f"{iran_title} و {other_title} {when} درباره {topics[0]} و {topics[1]} رایزنی کردند."
    body = [
        f"{iran_name} {iran_title} و {other_name} {other_title} {when} {verb}.",
        f"در این {noun} دو طرف درباره {topics[0]}، {topics[1]} و {topics[2]} تبادل نظر کردند.",
        f"{iran_name.split()[-1]} با اشاره به ظرفیت‌های دو کشور گفت: حجم مبادلات تجاری ایران و {country} "
        f"می‌تواند تا {fa_digits(rng.randint(2, 9))} سال آینده {fa_digits(rng.randint(2, 4))} برابر شود.",
        f"{other_name} نیز از آمادگی {capital} برای برگزاری نشست کمیسیون مشترک در ماه {rng.choice(MONTHS)} خبر داد.",
        _fill(rng, rng.choice(TITLED)),
    ]
    event = ExpectedEvent(type=etype, participants=[iran_name, other_name], date=day.date(),
                          location=place if etype == "meeting" else None)
    return title, lead, body, event


def generated_articles(n: int, seed: int = 0, agency: str = "pegah") -> list[Article]:
    """*n* synthetic articles, one every few minutes back from LATEST; same seed, same articles."""
    rng = random.Random(seed)
    out = []
    published = LATEST
    for i in range(n):
        published = published - timedelta(minutes=rng.randint(3, 40))
        printed = jdatetime.datetime.fromgregorian(datetime=published).strftime("%Y/%m/%d - %H:%M")
        if rng.random() < 0.25:
            title, lead, body, event = _meeting(rng, published)
            section, events = SECTIONS["meeting"], [event]
        else:
            first = rng.choice(TITLED)  # many slots: titles seldom repeat
            sentences = [_fill(rng, t) for t in [first, *rng.sample([t for t in PLAIN if t != first], 5)]]
            title, lead, body = sentences[0].rstrip("."), sentences[1], sentences[2:]
            section, events = rng.choice(SECTIONS["plain"]), []
        out.append(Article(
            id=str(90_000_000 + i), agency=agency, section=section, title=title, lead=lead,
            body=body, published=printed, author=_person(rng), tags=[section],
            expected_events=events,
        ))
    return out


def generated_site(n: int, seed: int = 0, agency: str = "pegah") -> LocalSite:
    """A started LocalSite serving ``generated_articles(n, seed)``; stop it (or use ``with``)."""
    return build_site(generated_articles(n, seed, agency), agency=agency)
