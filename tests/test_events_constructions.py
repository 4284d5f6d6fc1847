"""Constructions of Persian news text, one case each, with people, places and offices of no labelled article.

Each row: a sentence, the event type (None: no event) and the participant names expected, in any order; an
optional place. The rule each row exercises is named in the comment above it.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.parties import split_parties
from rasad.persian import span_fold

PUB = "2019-11-06"  # a Wednesday


def _names(event):
    return sorted(" ".join(span_fold(p["name"]).split()) for p in event["participants"])


def _norm(names):
    return sorted(" ".join(span_fold(n).split()) for n in names)


CASES = [
    # a role two named people's titles both fit stays a role (two opposition leaders): never a guess
    ("رهبر مخالفان بلاروس امروز با نیکلاس برگر دیدار کرد. «سرگی دمیدوف» رهبر حزب مخالف «آزادی» و «آندری"
     " کوزلوف» رهبر فراکسیون مخالف در پارلمان بلاروس نیز در برلین بودند.", "meeting",
     ["رهبر مخالفان بلاروس", "نیکلاس برگر"], None),
    # the quoted name just before a title is its holder, though another «…» (a party's name) stands before it
    ("رهبر حزب سبز بلاروس امروز با نیکلاس برگر دیدار کرد. نماینده حزب «آزادی» و «سرگی دمیدوف» رهبر حزب سبز"
     " بلاروس در برلین بودند.", "meeting", ["سرگی دمیدوف", "نیکلاس برگر"], None),
    # «با NAME، TITLE»: the title after the comma is the name's apposition however long the clause before it,
    # with or without a space before the comma
    ("پیتر برگ وزیر خارجه اتریش روز دوشنبه در برلین با یوهان کلاین ، وزیر کشور آلمان دیدار کرد.", "meeting",
     ["پیتر برگ", "یوهان کلاین"], "برلین"),
    # a list of appositions: «با A، TITLE و B، TITLE» names two counterparts (of one country: one meeting)
    ("بهرام صالحی با یوهان کلاین، وزیر کشور آلمان و پیتر برگ، وزیر ملیت‌های این کشور دیدار و گفت‌وگو کرد.", "meeting",
     ["بهرام صالحی", "یوهان کلاین", "پیتر برگ"], None),
    # a compound first name written with a ZWNJ or a space counts as one word of the name, after an honorific too
    ("بهرام صالحی با حجت‌الاسلام والمسلمین علی‌اصغر رحیمی نسب ، رئیس دیوان عالی کشور دیدار کرد.", "meeting",
     ["بهرام صالحی", "علی‌اصغر رحیمی نسب"], None),
    ("محمد حسین کاظمی زاده با پیتر برگ دیدار کرد.", "meeting", ["محمد حسین کاظمی زاده", "پیتر برگ"], None),
    # «به گزارش [خبرنگار] [خبرگزاری] OUTLET» written without its comma is a lead-in, not part of the subject
    ("به گزارش خبرنگار خبرگزاری ایسنا در پایان این نشست اعضای هیات مدیره بانک با یوهان کلاین دیدار کردند.",
     "meeting", ["اعضای هیات مدیره بانک", "یوهان کلاین"], None),
    # a finite verb with no «و» or «که» after it ends the clause before it (a lost full stop): the subject is after it
    ("رئیس‌جمهور شیلی آمادگی کشورش را برای همکاری در زمینه‌های صنعتی ، بازرگانی و فرهنگی اعلام کرد رئیس‌جمهور"
     " پرو نیز در دیدار با کامران نوری خواستار تبادل تجربیات شد.", "meeting", ["رئیس‌جمهور پرو", "کامران نوری"], None),
    # … but «و» goes on with the same subject
    ("هانس مولر دو بار به تهران سفر کرد و در دیدار با کامران نوری خواستار آزادی دو تبعه آلمان شد.", "meeting",
     ["هانس مولر", "کامران نوری"], None),
    # a participle before «در دیدار با X» makes the contact a noun's modifier: who met X is not said
    ("حمایت از ناشران از پیشنهادهای مطرح شده در دیدار با وزیر فرهنگ بود.", None, [], None),
    # «X در دیدار Y گفت»: the noun takes a titled Y as its object, so a bare surname X holds; a heading does not
    ("نوری در دیدار سفیر کنیا در تهران گفت: همکاری ادامه می‌یابد.", "meeting", ["نوری", "سفیر کنیا در تهران"], None),
    ("برگ در گفت‌وگوی آینه", None, [], None),
    # two coordinated subjects of a plural contact verb met each other, bare names too
    ("مولر و شی جین پینگ در شانگهای دیدار کردند.", "meeting", ["مولر", "شی جین پینگ"], "شانگهای"),
    # «وزیر کشور» is an office: a counterpart of the interior minister keeps «کشور»
    ("وزیر کشور ایران با همتای کنیایی اش در نایروبی ملاقات کرد.", "meeting",
     ["وزیر کشور ایران", "همتای کنیایی"], "نایروبی"),
    # an ordinal after «معاون»/«نایب رئیس» ranks the office; it is not a date
    ("معاون اول رئیس‌جمهور میزبان نخست‌وزیر کنیا بود.", "meeting", ["معاون اول رئیس‌جمهور", "نخست‌وزیر کنیا"], None),
    # «و هیئت همراه» after a guest is the guest's retinue, no party of its own (written هیئت, هیأت or هیات)
    ("کامران نوری با نخست‌وزیر کنیا و هیئت همراه دیدار کرد.", "meeting", ["کامران نوری", "نخست‌وزیر کنیا"], None),
    ("رهبر انقلاب اسلامی امروز نخست‌وزیر کنیا و هیأت همراه وی را به حضور پذیرفتند.", "meeting",
     ["رهبر انقلاب اسلامی", "نخست‌وزیر کنیا"], None),
    # an audience with several guests: each is a party
    ("رئیس‌جمهور صبح امروز سفیران جدید شیلی و پرو را به حضور پذیرفت.", "meeting",
     ["رئیس‌جمهور", "سفیر جدید شیلی", "سفیر جدید پرو"], None),
    # a copy of the credentials goes to the foreign minister: the envoy is the party, not «سفیر … رونوشت»
    ("سفیر جدید کنیا رونوشت استوارنامه خود را تقدیم وزیر امور خارجه کرد.", "meeting",
     ["سفیر جدید کنیا", "وزیر امور خارجه"], None),
    # rules are written in plain Persian and match folded text: «مسئولان», «هیئت» alone say not who met
    ("کامران نوری با مسئولان دیدار کرد.", None, [], None),
    ("کامران نوری با هیئت دیدار کرد.", None, [], None),
    # a plural role's countries end where the place phrase starts: «در بغداد» adds no envoy of Iraq
    ("سفرای شیلی و پرو در نایروبی با هم دیدار کردند.", "meeting", ["سفیر شیلی", "سفیر پرو"], "نایروبی"),
    # a multilateral meeting of roles only: one role per country; «در آستانه برگزار شد» is the city
    ("نشست سه جانبه وزرای خارجه شیلی، پرو و کنیا امروز در آستانه برگزار شد.", "meeting",
     ["وزیر خارجه شیلی", "وزیر خارجه پرو", "وزیر خارجه کنیا"], "آستانه"),
    # «X پذیرای Y بود» is a hosted meeting, like «میزبان»
    ("وزیر خارجه کنیا ظهر امروز در دفتر خود پذیرای سفیر شیلی بود.", "meeting", ["وزیر خارجه کنیا", "سفیر شیلی"], None),
    # «ساعتی پیش», «دقایقی قبل» are time phrases, not part of a name
    ("مولر و برگ ساعتی پیش در وین دیدار کردند.", "meeting", ["مولر", "برگ"], "وین"),
    # two plural heads joined by «و» share the complement of the second: one group
    ("کامران نوری با معاونان و مدیران کل وزارت نیرو دیدار کرد.", "meeting",
     ["کامران نوری", "معاونان و مدیران کل وزارت نیرو"], None),
    # «در دیدار وزیر، معاونان و …»: the list after the noun runs past its commas; a bare «وزیر» in it is the
    # minister of the ministry the list names
    ("رئیس‌جمهور شب گذشته در دیدار وزیر، معاونان و مدیران کل وزارت نیرو بر صرفه‌جویی تأکید کرد.", "meeting",
     ["رئیس‌جمهور", "وزیر نیرو", "معاونان و مدیران کل وزارت نیرو"], None),
    # the plural of a title with its complement is a group, even with a stopword in it («سراسر»)
    ("وزیر کشور با استانداران سراسر کشور دیدار کرد.", "meeting", ["وزیر کشور", "استانداران سراسر کشور"], None),
    # a group followed by a modal clause is a quoted slogan, not a party
    ("«دانشجویان باید انقلابی باشند» از جمله سخنان رهبر انقلاب در دیدارهای سال‌های اخیر است.", None, [], None),
    # an honorific is never a first name, however the word list spells it («آقای» without its مد)
    ("آقای نوری با آقای مولر دیدار کرد.", "meeting", ["نوری", "مولر"], None),
    # a quote after a speech verb is not the contact's clause: its future or subjunctive says nothing of the contact
    ("رهبر انقلاب اسلامی صبح امروز در دیدار جمعی از کشاورزان فرمودند کار باید ارزش پیدا کند.", "meeting",
     ["رهبر انقلاب اسلامی", "جمعی از کشاورزان"], None),
    ("کامران نوری در دیدار با همتای شیلیایی خود گفت کنیا با اروپا همکاری خواهد کرد.", "meeting",
     ["کامران نوری", "همتای شیلیایی خود"], None),
    # «عازم»/«وارد» start a motion verb, not part of the counterpart
    ("مولر پس از دیدار با وزیر خارجه کنیا عازم نایروبی شد.", "meeting", ["مولر", "وزیر خارجه کنیا"], None),
    # «X میزبان Y بود» holds a bare surname X
    ("مولر امروز در برلین میزبان همتای شیلیایی خود بود.", "meeting", ["مولر", "همتای شیلیایی خود"], "برلین"),
    # a «با» with a finite verb between it and the meeting noun belongs to that verb, not to the contact
    ("شورشیان که با ارتش وارد جنگ شدند و شهر را گرفتند مذاکره با این نیروها را آغاز کرده‌اند.", None, [], None),
    # «X با حضور در دفتر Y با وی دیدار کرد»: X went to Y's place, and «وی» is Y
    ("کامران نوری با حضور در دفتر دبیرکل اتحادیه آفریقا با وی دیدار کرد.", "meeting",
     ["کامران نوری", "دبیرکل اتحادیه آفریقا"], None),
    # three coordinated subjects of a plural contact verb all met
    ("مولر، برگ و موانگی در نشست سه جانبه وین دیدار و گفتگو کردند.", "meeting", ["مولر", "برگ", "موانگی"], None),
    # a negated future («نخواهد کرد») is no report either
    ("وزیر خارجه کنیا گفت که با همتای شیلیایی خود دیدار نخواهد کرد.", None, [], None),
    # «دو هفته پیش» after a group is a time phrase, not part of it
    ("چند تن از نمایندگان دو هفته پیش از زندان دیدار و با زندانیان گفت‌وگو کردند.", "meeting",
     ["چند تن از نمایندگان", "زندانیان"], None),
    # «از جمله ملاقات با X» in a list of what a report covered: who met X is not this clause's subject
    ("نوری گزارشی از سفر هیئت پارلمانی به اجلاس سران مجالس در وین، از جمله ملاقات با سناتورهای آمریکایی ارائه کرد.",
     None, [], None),
    # «A و B …» where only the second head has a title: one group
    ("کامران نوری امروز در دیدار با نوادگان و اعضای خانواده شهید علی رحیمی گفت: یاد او زنده است.", "meeting",
     ["کامران نوری", "نوادگان و اعضای خانواده شهید علی رحیمی"], None),
    # «به گزارش … (ایسنا)، منطقه X، …»: the regional desk after the lead-in is no party
    ("به گزارش خبرگزاری دانشجویان ایران (ایسنا)، منطقه البرز، کامران نوری در دیدار با جمعی از کشاورزان گفت:"
     " آب مسئله اصلی است.", "meeting", ["کامران نوری", "جمعی از کشاورزان"], None),
    # «هدف X از ملاقات با Y» names a purpose, not a contact
    ("هدف مولر از ملاقات با نخست‌وزیر کنیا گسترش بازار است.", None, [], None),
    # a reporter's own talk with someone is an interview
    ("خبرنگار سرویس فرهنگی ایسنا به مناسبت سالگرد درگذشت علی رحیمی، به گفت‌وگویی با کامران نوری پرداخت.",
     None, [], None),
    # «در دیدار با NAME، TITLE گفت»: the title after the comma is the counterpart's, and holds an unknown name
    ("کامران نوری در دیدار با صاحب‌زاده یعقوب‌خان، فرستاده ویژه کنیا گفت: همکاری ادامه دارد.", "meeting",
     ["کامران نوری", "صاحب‌زاده یعقوب‌خان"], None),
    # a titled name before a comma is an item of the subject's list, however long its title
    ("کیوان راد معاون سیاسی وزیر امور خارجه ایران، یوهان کلاین معاون وزیر امور خارجه آلمان و پیتر برگ معاون"
     " وزیر امور خارجه اتریش دیروز به صورت ویدئوکنفرانس گفت‌وگو کردند.", "video_call",
     ["کیوان راد", "یوهان کلاین", "پیتر برگ"], None),
    # «A، TITLE، و B، TITLE، …»: a comma before «و» still joins two parties
    ("کیوان راد، رئیس‌جمهور کشورمان، و طارق جمیل عباسی، رئیس‌جمهور پاکستان، به صورت ویدئوکنفرانس رایزنی کردند.",
     "video_call", ["کیوان راد", "طارق جمیل عباسی"], None),
    # a month name is a date's only after a day or before «ماه»: in «بهمن‌پور», «آذرنوش» it is part of a name
    ("کیوان بهمن‌پور با یوهان کلاین دیدار کرد.", "meeting", ["کیوان بهمن‌پور", "یوهان کلاین"], None),
    ("کامران نوری ۲۲ بهمن با هانس مولر دیدار کرد.", "meeting", ["کامران نوری", "هانس مولر"], None),
    # a rank («شاه», «امیر») is a title only before a country: «شاه‌محمدی» is a surname
    ("کیوان شاه‌محمدی رئیس مجلس با یوهان کلاین رئیس پارلمان اتریش دیدار کرد.", "meeting",
     ["کیوان شاه‌محمدی", "یوهان کلاین"], None),
    # the back-reference names the two roles of a plural contact, also with a long Arabic name
    ("وزیران خارجه ایران و قطر امروز تلفنی گفت‌وگو کردند. در این گفت‌وگوی تلفنی، کیوان راد و همتای قطری وی،"
     " جاسم بن فهد آل ثانی، درباره همکاری‌های اقتصادی تبادل نظر کردند.", "phone_call",
     ["کیوان راد", "جاسم بن فهد آل ثانی"], None),
    # after a topic phrase, the nouns before a plural verb continue the topic's list: they are not two subjects
    ("در این تماس دو طرف درباره توسعه میدان مشترک، تبادل اطلاعات فنی و همکاری در مجمع گاز رایزنی کردند.",
     None, [], None),
    # a day's ordinal before a month makes it a date, but a first name ending in «م» does not («شهرام بهمن‌پور»)
    ("کیوان راد با وزیر امور خارجه ایران شهرام بهمن‌پور دیدار کرد.", "meeting", ["کیوان راد", "شهرام بهمن‌پور"], None),
    ("کامران نوری بیست و یکم آذر با هانس مولر دیدار کرد.", "meeting", ["کامران نوری", "هانس مولر"], None),
    # «با TITLE COUNTRY، NAME،»: a name set off by commas after a role, whatever its first name
    ("کیوان راد وزیر امور خارجه ایران با وزیر امور خارجه ایتالیا، لوکا بندتی، دیدار کرد.", "meeting",
     ["کیوان راد", "لوکا بندتی"], None),
    # «NAME، TITLE، …» at the start of the article names the person a later «وی»/«او» refers to
    ("تورگوت هافمن، رئیس‌جمهور عراق، برای سفری سه روزه وارد تهران شد. کیوان راد رئیس‌جمهور ایران ساعاتی پس از"
     " ورود وی، با او دیدار و گفت‌وگو کرد.", "meeting", ["کیوان راد", "تورگوت هافمن"], "تهران"),
    # a reporter's talk is an interview also when a clause comes before it
    ("همزمان با سالگرد این حادثه، خبرنگار ما در گفت‌وگویی تلفنی با کامران نوری وزیر نیرو درباره کم‌آبی پرسید.",
     None, [], None),
    # a place phrase between the subject and «با»: the subject ends where «در CITY» starts
    ("کامران نوری در ژنو با هانس مولر دیدار کرد.", "meeting", ["کامران نوری", "هانس مولر"], "ژنو"),
    ("بهرام صالحی روز دوشنبه در باکو با الهام قلی‌اف دیدار و گفت‌وگو کرد.", "meeting", ["بهرام صالحی", "الهام قلی‌اف"], "باکو"),
    # «در سفر به CITY» inside the subject side; a glued name prefix (سیدمهدی) is a first name
    ("سیدمهدی کاظمی در سفر به ایروان با آرمن ساهاکیان دیدار کرد.", "meeting", ["سیدمهدی کاظمی", "آرمن ساهاکیان"], None),
    # a rank that is also a title, before a country, is the title ("امیر کویت"), not an honorific
    ("ناصر رحیمی با امیر کویت دیدار کرد.", "meeting", ["ناصر رحیمی", "امیر کویت"], None),
    # honorific + surname is a person («آیت‌الله X», «حضرت آیت‌الله X»)
    ("مجید فرهادی به دیدار آیت‌الله مدرسی رفت.", "meeting", ["مجید فرهادی", "مدرسی"], None),
    ("مجید فرهادی به دیدار حضرت آیت‌الله مدرسی رفت.", "meeting", ["مجید فرهادی", "مدرسی"], None),
    # «از رایزنی با X خبر داد»: the reporting verb ends the counterpart
    ("لیلا احمدی از رایزنی با رئیس‌جمهور گرجستان خبر داد.", "meeting", ["لیلا احمدی", "رئیس‌جمهور گرجستان"], None),
    # «در آستانه …» is "on the eve of": neither the city Astana nor the place of the coming trip
    ("در آستانه سفر وزیر کشور به مسکو، کامران نوری با سفیر روسیه دیدار کرد.", "meeting",
     ["کامران نوری", "سفیر روسیه"], None),
    ("کامران نوری در آستانه با وزیر خارجه قزاقستان دیدار کرد.", "meeting", ["کامران نوری", "وزیر خارجه قزاقستان"],
     "آستانه"),
    # contacts told without a meeting noun: an official welcome, credentials presented, a farewell
    ("ناصر رحیمی از رئیس‌جمهور شیلی استقبال رسمی به عمل آورد.", "meeting", ["ناصر رحیمی", "رئیس‌جمهور شیلی"], None),
    ("سفیر جدید کنیا استوارنامه خود را تقدیم لیلا احمدی کرد.", "meeting", ["سفیر جدید کنیا", "لیلا احمدی"], None),
    # «تبادل نظر» with «با یکدیگر» or «با X» is a contact; an action noun takes «با» as its object
    ("بهرام صالحی و هانس مولر در برلین با یکدیگر تبادل نظر کردند.", "meeting", ["بهرام صالحی", "هانس مولر"], "برلین"),
    ("در این دیدار، طرفین درباره مقابله با قاچاق کالا تبادل نظر کردند.", None, [], None),
    # a dateline and outlet tag before a dash is page furniture, never a name; two roles of different
    # countries are two parties even when one's words contain the other's
    ("۱۵ آبان ۱۳۹۸ - خبرگزاری ایسنا ـ وزیر امور خارجه با همتای کنیایی خود دیدار کرد.", "meeting",
     ["وزیر امور خارجه", "همتای کنیایی"], None),
    # a pronoun subject takes the person the article named before it
    ("کامران نوری وزیر کشور امروز وارد نایروبی شد. وی در این سفر با جان موانگی رئیس‌جمهور کنیا دیدار کرد.",
     "meeting", ["کامران نوری", "جان موانگی"], None),
    # «گفت» in «گفت‌وگو» is the noun, not the verb "said": no fragment «وگوی» as a party
    ("سارا نیک‌پور پس از دیدار و گفت‌وگوی خصوصی با رئیس دفتر رئیس‌جمهور شیلی به ایران بازگشت.", "meeting",
     ["سارا نیک‌پور", "رئیس دفتر رئیس‌جمهور شیلی"], None),
    # a quantified group is a party only with the members it names ("جمعی از X"); bare or vague, no event
    ("بهرام صالحی امروز در دیدار با جمعی از کشاورزان استان گفت: آب مسئله اصلی است.", "meeting",
     ["بهرام صالحی", "جمعی از کشاورزان استان"], None),
    ("برخی نمایندگان با تعدادی از همتایان خود دیدار کردند.", None, [], None),
    ("لیلا احمدی در ملاقات با هیئت و به قرار مسموع در جلسات دیگر بر مواضع خود تأکید کرد.", None, [], None),
    # «با خبرنگاران … گفت‌وگو کرد» is a press talk
    ("ناصر رحیمی با خبرنگاران درباره انتخابات گفت‌وگو کرد.", None, [], None),
    # adverbs, «بار دیگر», «مورد بحث قرار گرفت» and honorific verbs end a party
    ("رئیس‌جمهور کنیا و نخست‌وزیر شیلی بار دیگر درباره تجارت گفت‌وگو کردند.", "meeting",
     ["رئیس‌جمهور کنیا", "نخست‌وزیر شیلی"], None),
    ("کامران نوری صریحا در دیدار با وزیر خارجه شیلی گفت: همکاری ادامه دارد.", "meeting",
     ["کامران نوری", "وزیر خارجه شیلی"], None),
    # an action noun or «به جای» before the cue: not a contact
    ("آنها به جای مذاکره با دولت راه دیگری برگزیدند.", None, [], None),
    # a future inside a complement clause («… اعلام کرد که … خواهد شد») does not make the contact planned
    ("سارا نیک‌پور طی ملاقاتی با وکلای دادگستری اعلام کرد که پرونده‌ها بررسی خواهد شد.", "meeting",
     ["سارا نیک‌پور", "وکلای دادگستری"], None),
    # a bracketed formula after a name; «امام» an honorific unless it starts a title («امام جمعه»)
    ("حضرت امام خامنه‌ای (مدظله العالی) در دیدار با اعضای شورای شهر گفت: کار کنید.", "meeting",
     ["خامنه‌ای", "اعضای شورای شهر"], None),
    ("امام جمعه کرمان با سفیر شیلی دیدار کرد.", "meeting", ["امام جمعه کرمان", "سفیر شیلی"], None),
    # an adjective after the meeting noun is not a party («دیدارهای عمومی»); a purpose after it names none
    ("شورای شهر در حال رایزنی برای اعمال فشار بیشتر بر دولت است.", None, [], None),
    # an Arabic name of lineage is one name however long («X بن Y آل Z»)
    ("عبدالله بن سعید آل نهیان، وزیر خارجه امارات، با کامران نوری، وزیر کشور، دیدار کرد.", "meeting",
     ["عبدالله بن سعید آل نهیان", "کامران نوری"], None),
    # a discourse marker before a comma («یادآور می‌شود،») opens the sentence; it is no party
    ("یادآور می‌شود، نوری ۱۲ مهر در نایروبی با جان موانگی دیدار کرده بود.", "meeting", ["نوری", "جان موانگی"],
     "نایروبی"),
    # a relative clause's subject is its head before «که»; when that is no party, nothing is read further left
    ("سخنگوی پلیس گفت، دو جوان ۲۰ ساله هستند که در جریان دیدار با پابلو رویس بازداشت شدند.", None, [], None),
    # one side only: «دیدارهای خود با A و B» is no contact between A and B; a visit of a place is no meeting
    ("وی با اشاره به دیدارهای خود با مسئولان و مقامات کنیایی گفت: روابط خوب است.", None, [], None),
    ("در پی دیدار ماه گذشته بهرام صالحی از شیلی، قراردادی امضا شد.", None, [], None),
    # a reporter's talk with someone is an interview
    ("خبرنگار ما در گفت‌وگویی تلفنی با پابلو رویس از وضعیت شهر پرسید.", None, [], None),
    # «تیم‌ها» is a sports word whatever its suffix
    ("هزاران تماشاگر دیدار تیمهای کنیا و شیلی را دیدند.", None, [], None),
    # «می‌خواهد» (wants) in the quoted speech is not a future, and speech after a colon is not the report
    ("لیلا احمدی در دیدار با جمعی از کشاورزان استان گفت: دشمن می‌خواهد ما عقب بنشینیم.", "meeting",
     ["لیلا احمدی", "جمعی از کشاورزان استان"], None),
    # «چند تن از X» is a quantified group, «چند» is not a time word here
    ("رئیس مجلس امروز با چند تن از مراجع تقلید دیدار کرد.", "meeting", ["رئیس مجلس", "چند تن از مراجع تقلید"], None),
    # «X Y را به حضور پذیرفت»: the host, a time phrase, then the guest before «را»
    ("رئیس‌جمهور کنیا امروز کامران نوری را به حضور پذیرفت.", "meeting", ["رئیس‌جمهور کنیا", "کامران نوری"], None),
    # «تلفنی صحبت کرد» is a call; «صحبت» without a channel is no contact; two bare surnames in a tight frame hold
    ("نوری در نایروبی با موانگی تلفنی صحبت کرد.", "phone_call", ["نوری", "موانگی"], None),
    ("نوری با موانگی صحبت کرد.", None, [], None),
    # a topic after the meeting noun («درباره سوریه») names no party
    ("جان موانگی و پابلو رویس در تماسی تلفنی درباره کنیا رایزنی کردند.", "phone_call", ["جان موانگی", "پابلو رویس"],
     None),
    # «هزاران نفر از X», «۲۰ تن از X»: quantified groups
    ("رئیس‌جمهور امروز در دیدار هزاران نفر از مردم کرمان گفت: کار می‌کنیم.", "meeting",
     ["رئیس‌جمهور", "هزاران نفر از مردم کرمان"], None),
    # a role never names the other side of its own contact
    ("کامران نوری وزیر امور خارجه در حاشیه اجلاس با همتای کنیایی خود دیدار کرد.", "meeting",
     ["کامران نوری", "همتای کنیایی"], None),
    # a contact inside a question («این که آیا X و Y با هم ملاقات داشته‌اند») is not reported as happened
    ("این که آیا حافظ و سعدی با هم ملاقات داشته‌اند، روشن نیست.", None, [], None),
    # an interview with a newspaper's issue
    ("پابلو رویس در گفت‌وگو با شماره امروز روزنامه ال پائیس گفت: ما آماده‌ایم.", None, [], None),
    # a present light verb governing the meeting noun («ضمن دیدار با X … می‌پردازد») is no report of a contact
    ("کامران نوری از امروز در سفری به کنیا ضمن دیدار با جان موانگی درباره مسائل دوجانبه، منطقه‌ای و جهانی به "
     "بحث و تبادل نظر می‌پردازد.", None, [], None),
    # «همتایان خود» or a generic title alone («وزیر») says not who; «با مطبوعات» is the press
    ("لیلا احمدی در سفر به شیلی با همتایان خود دیدار کرد.", None, [], None),
    ("پابلو رویس در گفت‌وگو با مطبوعات با تشبیه کردن «هانس مولر» به یک بازیگر گفت: او بازی می‌کند.", None, [], None),
    # a negated verb of another predicate after the contact («… اشاره نکرد») does not deny the contact
    ("هانس مولر در پی گفت‌وگوی تلفنی با پابلو رویس به این امر اشاره نکرد.", "phone_call", ["هانس مولر", "پابلو رویس"],
     None),
    ("هانس مولر با پابلو رویس دیدار نکرد.", None, [], None),
    # a common word alone («حضور اعضای شورا …») is no name; a plural meeting noun naming a practice is no contact
    ("بنابراین حضور اعضای شورای شهر در ملاقات‌های مردمی موجب رضایت مردم می‌شود.", None, [], None),
    # «وی … با A و B» with «وی» unread: A and B are not each other's party
    ("وی در پایان با اشاره به دیدارهای خود با مسئولان و مقامات کنیایی گفت: روابط خوب است.", None, [], None),
    # a visit of a country with no «با»; a «از» that is not a place keeps the contact
    ("جامعه استادان در پی دیدار ماه گذشته بهرام صالحی رئیس دانشگاه از آلمان نامه‌ای فرستاد.", None, [], None),
    ("بهرام صالحی در دیدار مدیرکل یونسکو از این نهاد تقدیر کرد.", "meeting", ["بهرام صالحی", "مدیرکل یونسکو"], None),
    # the meeting noun inside a time clause («پس از دیدار … با X گفته بود»): «گفته» ends the party
    ("بهرام صالحی پس از دیدار روز دوشنبه با هانس مولر گفته بود که توافق نزدیک است.", "meeting",
     ["بهرام صالحی", "هانس مولر"], None),
    # two groups joined by «و» as the subject of a plural exchange verb («به بحث و تبادل نظر پرداختند»)
    ("احزاب سیاسی کنیا و مقامات شیلیایی درباره آینده همکاری به بحث و تبادل نظر پرداختند.", "meeting",
     ["احزاب سیاسی کنیا", "مقامات شیلیایی"], None),
    # «آینده» after a noun («دولت آینده») is an adjective, not a planned meeting
    ("کامران نوری و جان موانگی جهت تشکیل دولت آینده کنیا رایزنی کردند.", "meeting", ["کامران نوری", "جان موانگی"],
     None),
    ("کامران نوری هفته آینده با جان موانگی دیدار می‌کند.", None, [], None),
    # a head of state receiving a new envoy's credentials meets the envoy
    ("رئیس‌جمهور امروز در مراسم دریافت استوارنامه سفیر جدید کنیا گفت: روابط خوب است.", "meeting",
     ["رئیس‌جمهور", "سفیر جدید کنیا"], None),
    # «بین‌المللی» inside a title («معاون حقوقی و بین‌المللی وزیر …») starts no second person
    ("بهرام صالحی معاون حقوقی و بین‌المللی وزیر کشور امروز با سفیر شیلی دیدار کرد.", "meeting",
     ["بهرام صالحی", "سفیر شیلی"], None),
    # «طرفین درباره A، B و C تبادل نظر کردند»: the topics are no parties, «طرفین» refers back
    ("در این گفت‌وگو، طرفین درباره سازوکار همکاری، وضعیت پناهجویان و مبارزه با مواد مخدر تبادل نظر کردند.", None,
     [], None),
    # a question or condition clause: its subject is inside it, never the speaker outside it
    ("سخنگوی دولت در پاسخ به این پرسش که اگر مجلس طرح را تصویب کند آیا این طرح با گفت‌وگو با اروپا منافات دارد، گفت: نه.",
     None, [], None),
    # the subject role quoted in turn with one surname alone («رئیس … گفت», «مرادی افزود»): the surname names it
    ("رئیس سازمان بنادر امروز با سفیر کنیا دیدار کرد. رئیس سازمان بنادر در این دیدار گفت: همکاری ادامه دارد."
     " مرادی با اشاره به ظرفیت بنادر افزود: تجارت باید دو برابر شود.", "meeting", ["مرادی", "سفیر کنیا"], None),
    ("شهردار مشهد امروز با هیئتی از شیلی دیدار کرد. وی گفت: گردشگری مهم است. کاظمیان ادامه داد: پروازها"
     " برقرار می‌شود.", "meeting", ["کاظمیان", "هیئتی از شیلی"], None),
    # a bare lead-in ends with where the reporter was sent: «به گزارش خبرنگار اعزامی OUTLET به استان X»
    ("به گزارش خبرنگار اعزامی ایسنا به استان گیلان کامران نوری در سومین روز از سفر خود پس از دیدار با کشاورزان"
     " شهر لاهیجان وارد رشت شد.", "meeting", ["کامران نوری", "کشاورزان شهر لاهیجان"], None),
    # a quantifier phrase of any size opens a group that names its members («جمع زیادی از», «عده بسیاری از»)
    ("آیت‌الله جوادی در دیدار جمع زیادی از طلاب و مبلغان گفت: تبلیغ مهم است.", "meeting",
     ["جوادی", "جمع زیادی از طلاب و مبلغان"], None),
    # «ROLE یعنی [آقای] NAME»: the name the role is given in apposition
    ("وزیر کشور با همتای اتریشی خود یعنی آقای پیتر برگ دیدار کرد.", "meeting", ["وزیر کشور", "پیتر برگ"], None),
    # «X با Y نشستی داشت»: a session with someone, the «با» before the noun
    ("هانس مولر هفته گذشته در ژنو با کامران نوری نشستی داشته است.", "meeting", ["هانس مولر", "کامران نوری"], "ژنو"),
    # «زمانی که / هنگامی که» opens a time clause: no part of the subject before it
    ("کامران نوری هنگامی که در ژنو بود با پیتر برگ دیدار کرد.", "meeting", ["کامران نوری", "پیتر برگ"], "ژنو"),
    # a verb of knowing or saying, then «که»: the contact's subject is after «که»
    ("ما متوجه شدیم که هانس مولر با کامران نوری نشستی داشته است.", "meeting", ["هانس مولر", "کامران نوری"], None),
    # items after a comma that end before «را» are the verb's object, not more counterparts
    ("آیت‌الله جوادی در دیدار جمع زیادی از طلاب، «صبر»، «علم» و «اخلاق» را سه رکن تبلیغ دانستند.", "meeting",
     ["جوادی", "جمع زیادی از طلاب"], None),
    # a counterpart role named by a full name said in this meeting («X نیز در این دیدار …»)
    ("بهرام صالحی در دیدار سفیر کنیا گفت: روابط خوب است. جان موانگی نیز در این دیدار گفت: کنیا آماده است.",
     "meeting", ["بهرام صالحی", "جان موانگی"], None),
    # a subject «او» refers to the person who opens the sentence before, not to the article's first titled person
    ("آیت‌الله جوادی رئیس شورای حوزه گفت: روابط خوب بود. کامران نوری که خود از حوزه آمده است تعامل را اصل قرار داد."
     " او سال گذشته به قم رفت و با مراجع تقلید دیدار کرد.", "meeting", ["کامران نوری", "مراجع تقلید"], "قم"),
    # «به گزارش روابط عمومی BODY NAME …» with no comma: the lead-in ends where a first name starts a person's name
    ("به گزارش روابط عمومی شورای شهر مشهد کامران نوری و لیلا احمدی امروز با سفیر کنیا دیدار کردند.", "meeting",
     ["کامران نوری", "لیلا احمدی", "سفیر کنیا"], None),
    # present among a group («با حضور در جمع Y»): a meeting with the group; a plural noun of people with what it
    # is of («شهروندان منطقه ۱۲ شیراز») is a group, a district's number part of it
    ("بهرام صالحی با حضور در جمع شهروندان منطقه ۱۲ شیراز، به مشکلات آنان رسیدگی کرد.", "meeting",
     ["بهرام صالحی", "شهروندان منطقه ۱۲ شیراز"], None),
    # «… می‌خوانیم که چرا X در دیدار با Y …»: after a verb's «که», the nearest subject, not a word before it
    ("با کمال تأسف و تعجب در روزنامه‌ها می‌خوانیم که مثلا چرا آقای کامران نوری در دیدار با سفیر کنیا"
     " سخن گفت.", "meeting", ["کامران نوری", "سفیر کنیا"], None),
    # a verb inside a counterpart phrase («با اسرا می‌روند …») makes it a clause, never a party
    ("رژیم اشغالگر همسران اسرا را هنگامی که برای ملاقاتشان با اسرا می‌روند می‌رباید.", None, [], None),
    # a lead-in with no comma (crawlers drop them): «به گزارش OUTLET از CITY [به نقل از BODY] NAME …», however far
    # the colon of a quote after it
    ("به گزارش خبرگزاری ایسنا از رشت کامران نوری در دیدار سفیر کنیا گفت: همکاری ادامه دارد.", "meeting",
     ["کامران نوری", "سفیر کنیا"], None),
    ("به گزارش خبرگزاری ایسنا از رشت به نقل از روابط عمومی استانداری گیلان سردار کامران نوری در دیدار با"
     " کشاورزان شهر لاهیجان اظهار داشت: همکاری ادامه دارد.", "meeting", ["کامران نوری", "کشاورزان شهر لاهیجان"], None),
    # «با Y دیدار و … را تقدیم کرد»: the noun's verb left out before «و»; what follows «و» is not the contact's
    ("هانس مولر با کامران نوری دیدار و دعوت رسمی دولت اتریش برای سفر به وین را تقدیم وی کرد.", "meeting",
     ["هانس مولر", "کامران نوری"], None),
    # «در دو بار ملاقات خود با Y»: a count of meetings; «تاکنون» is a time word, not part of the subject
    ("هانس مولر تاکنون در دو بار ملاقات خود با کامران نوری بر همکاری تأکید کرده است.", "meeting",
     ["هانس مولر", "کامران نوری"], None),
    # «یک هیأت از X»: a group naming its members (a number before it does not make it a count)
    ("رئیس پارلمان کنیا در دیدار یک هیأت از نمایندگان مجلس شیلی خواستار همکاری شد.", "meeting",
     ["رئیس پارلمان کنیا", "یک هیأت از نمایندگان مجلس شیلی"], None),
    # a lead-in naming no outlet ends where the phrase telling the contact starts
    ("به گزارش واحد مرکزی خبر در ملاقات آقای هانس مولر رئیس پارلمان اتریش با آقای کامران نوری که در تهران انجام"
     " شد، طرفین بر همکاری تأکید کردند.", "meeting", ["هانس مولر", "کامران نوری"], None),
    # a headline run into its lead with no mark between: «دیدار X با TITLE X TITLE … با Y دیدار کرد» — the lead
    # starts where the headline's subject is named again
    ("دیدار هانس مولر با رئیس‌جمهور هانس مولر صدراعظم اتریش نیز در حاشیه اجلاس با رئیس‌جمهور کنیا دیدار کرد.",
     "meeting", ["هانس مولر", "رئیس‌جمهور کنیا"], None),
    # officials of two countries as a plural verb's subject are its two sides, after a contact noun in a time phrase
    # («بعد از مذاکراتی») or with «با یکدیگر»
    ("مقامات کنیا و شیلی بعد از مذاکراتی در نایروبی اعلام کردند که به توافق رسیدند.", "meeting",
     ["مقامات کنیا", "مقامات شیلی"], "نایروبی"),
    ("مقام‌های کنیا و شیلی در نایروبی با یکدیگر مذاکره کردند.", "meeting", ["مقام‌های کنیا", "مقام‌های شیلی"], "نایروبی"),
    # «با Y تماس [تلفنی] گرفت»: a call; a capital city on the other side stands for its government
    ("کامران نوری امروز با هانس مولر تماس گرفت.", "phone_call", ["کامران نوری", "هانس مولر"], None),
    ("پادشاه اردن پس از این بیانیه با نایروبی تماس تلفنی گرفت.", "phone_call", ["پادشاه اردن", "نایروبی"], None),
    ("کامران نوری فردا با هانس مولر تماس خواهد گرفت.", None, [], None),
    # «با حضور در منزل X با خانواده وی»: the family of the one whose home it is
    ("استاندار گیلان با حضور در منزل شهید آقایی با خانواده وی دیدار کرد.", "meeting",
     ["استاندار گیلان", "خانواده شهید آقایی"], None),
    # «همتای X خود» of a rank that is a title only before its country («امیر قطر») is that rank of X
    ("امیر قطر دیروز با همتای کویتی خود تلفنی گفت‌وگو کرد.", "phone_call", ["امیر قطر", "همتای کویتی"], None),
    # «آنطور که X گفته Y در دیدار با Z …» (no comma): the reporting clause ends at «گفته»; Y is the subject
    ("آنطور که سخنگوی وزارت خارجه کنیا گفته جان موانگی در دیدار با هانس مولر درباره تجارت گفت‌وگو کرد.", "meeting",
     ["جان موانگی", "هانس مولر"], None),
    # «در سفر به X با Y دیدار کرد»: the place after «سفر به» (a city of the gazetteer) is where they met
    ("استاندار خوزستان صبح امروز در سفر به آبادان با مدیران پالایشگاه دیدار کرد.", "meeting",
     ["استاندار خوزستان", "مدیران پالایشگاه"], "آبادان"),
    # «در شهر X» / «به شهر مقدس X»: «شهر» makes a place of a name that is also a word («امان»), ends a group's
    # name, and the adjective «مقدس» does not hide the place
    ("مقامات کنیا هفته گذشته با نمایندگان شرکت‌های نفتی در شهر امان پایتخت اردن دیدار کردند.", "meeting",
     ["مقامات کنیا", "نمایندگان شرکت‌های نفتی"], "امان"),
    ("کامران نوری صبح امروز با سفر به شهر مقدس مشهد با آیت‌الله جوادی دیدار کرد.", "meeting",
     ["کامران نوری", "جوادی"], "مشهد"),
    # a quoted speaker's first-person plural contact («با X مذاکراتی انجام دادیم», «دیدار کردیم») has the speaker as a
    # party; with no speaker named, nothing
    ("کامران نوری رئیس اتاق بازرگانی گفت: هفته پیش با سفیر کنیا دیدار کردیم و درباره قرارداد صحبت کردیم.",
     "meeting", ["کامران نوری", "سفیر کنیا"], None),
    ("ما هفته پیش با سفیر کنیا دیدار کردیم.", None, [], None),
    # text whose commas a crawler dropped: a desk's region after the outlet and its acronym («(ایسنا) منطقه البرز»),
    # an aside opening the sentence («یادآور می‌شود»), a role ending in its country then two plain words of a name
    ("به گزارش خبرگزاری دانشجویان ایران (ایسنا) منطقه البرز کامران نوری در دیدار با جمعی از کشاورزان گفت: آب مهم"
     " است.", "meeting", ["کامران نوری", "جمعی از کشاورزان"], None),
    ("به گزارش خبرگزاری دانشجویان ایران (ایسنا) منطقه البرز استاندار البرز در دیدار با جمعی از کشاورزان گفت: آب"
     " مهم است.", "meeting", ["استاندار البرز", "جمعی از کشاورزان"], None),
    ("یادآور می‌شود نوری ۱۲ مهر در نایروبی با جان موانگی دیدار کرده بود.", "meeting", ["نوری", "جان موانگی"],
     "نایروبی"),
    ("کامران نوری وزیر امور خارجه ایران با وزیر امور خارجه ایتالیا لوکا بندتی دیدار کرد.", "meeting",
     ["کامران نوری", "لوکا بندتی"], None),
    # a programme's list of items («… و دیدار X با Y بخشی از برنامه‌های پیش‌بینی شده است») is planned, not a report
    ("مدیرکل ورزش استان گیلان گفت: دیدار با امام جمعه رشت و دیدار جوانان با مدیران استان بخشی از برنامه‌های"
     " هفته جوان است.", None, [], None),
    # «سید» (descent) stays in the name as the article writes it; an honorific before it goes
    ("حجت‌الاسلام سید کامران نوری امروز با سید جان موانگی دیدار کرد.", "meeting",
     ["سید کامران نوری", "سید جان موانگی"], None),
    # two sides of different countries take up a matter together («A و B … را بررسی کردند / مورد بررسی قرار
    # دادند»): a meeting of the two, countries or roles ending in one; not two sides of one country
    ("کنیا و شیلی راه‌های همکاری کشاورزی را مورد بررسی قرار دادند.", "meeting", ["کنیا", "شیلی"], None),
    ("- وزیر کشاورزی کنیا و معاون وزیر خارجه شیلی همکاری‌های دو کشور را بررسی کردند.", "meeting",
     ["وزیر کشاورزی کنیا", "معاون وزیر خارجه شیلی"], None),
    ("وزیر کشاورزی کنیا و وزیر آب کنیا طرح آبیاری را بررسی کردند.", None, [], None),
    # a place after the contact's verb, in the clause that goes on, is not where they met
    ("وزیر خارجه کنیا که دیروز با هانس مولر دیدار کرده بود امروز به نایروبی بازگشت.", "meeting",
     ["وزیر خارجه کنیا", "هانس مولر"], None),
    # receiving a visitor: «X Y را [در دفتر کار خود] پذیرفت» (a person received; not «پیشنهاد را پذیرفت»),
    # «X، Y را به حضور پذیرفت», the passive «Y از سوی X به حضور پذیرفته شد», «X Y را ملاقات کرد»
    ("وزیر کشور کنیا امروز سفیر جدید شیلی را در دفتر کار خود پذیرفت.", "meeting",
     ["وزیر کشور کنیا", "سفیر جدید شیلی"], None),
    ("دولت کنیا پیشنهاد شیلی را پذیرفت.", None, [], None),
    ("کامران نوری، هانس مولر را در تهران به حضور پذیرفت.", "meeting", ["کامران نوری", "هانس مولر"], "تهران"),
    ("سفیر شیلی امروز از سوی وزیر کشور کنیا به حضور پذیرفته شد.", "meeting", ["سفیر شیلی", "وزیر کشور کنیا"], None),
    ("رئیس‌جمهور کنیا روز گذشته سفیر شیلی را ملاقات کرد.", "meeting", ["رئیس‌جمهور کنیا", "سفیر شیلی"], None),
    # «با Y به گفت‌وگو نشست» (sat down to talk); «نشست مشترک A و B … برگزار شد» (a joint session of two sides)
    ("کامران نوری با هانس مولر به گفت‌وگو نشست.", "meeting", ["کامران نوری", "هانس مولر"], None),
    ("نشست مشترک وزیران کشور کنیا و شیلی امروز در نایروبی برگزار شد.", "meeting",
     ["وزیر کشور کنیا", "وزیر کشور شیلی"], "نایروبی"),
    ("نشست مشترک کمیسیون‌های مجلس امروز برگزار شد.", None, [], None),
    # «جلسه»: a contact only with someone, as «نشست» («در جلسه‌ای با Y»; «جلسه‌ای با حضور A و B … برگزار شد»:
    # those present met); a body's own session is none, nor a session it was decided to hold («مقرر شد»)
    ("استاندار گیلان در جلسه‌ای با سفیر کنیا درباره تجارت گفت‌وگو کرد.", "meeting", ["استاندار گیلان", "سفیر کنیا"],
     None),
    ("جلسه‌ای با حضور استاندار گیلان و سفیر کنیا امروز در رشت برگزار شد.", "meeting",
     ["استاندار گیلان", "سفیر کنیا"], "رشت"),
    ("جلسه شورای شهر رشت امروز برگزار شد.", None, [], None),
    ("مقرر شد این هفته طی جلسه‌ای مشترک نمایندگان مجلس و مسئولان وزارت نیرو مسائل آب بررسی شود.", None, [], None),
    # «X میهمان Y بود» as «میزبان»; not «… خواهد بود»
    ("کامران نوری روز گذشته میهمان هانس مولر بود.", "meeting", ["کامران نوری", "هانس مولر"], None),
    ("کامران نوری امشب مهمان رئیس‌جمهور کنیا خواهد بود.", None, [], None),
    # «X اعلام کرد / گفت [که] با Y دیدار کرده است»: the speaker is the subject of what they announce
    ("هانس مولر اعلام کرد با کامران نوری دیدار کرده است.", "meeting", ["هانس مولر", "کامران نوری"], None),
    # the formal light verb «نمود» («ملاقات نمود»), and Dari usage («جلالتمآب» an honorific)
    ("جان موانگی رئیس جمهور کنیا با سفیر شیلی در نایروبی ملاقات نمود.", "meeting",
     ["جان موانگی", "سفیر شیلی در نایروبی"], None),
    ("جلالتمآب جان موانگی با هیئت شیلی ملاقات کرد.", "meeting", ["جان موانگی", "هیئت شیلی"], None),
    # … but two such surnames leave the role a role, and a bulleted digest's lines are other stories
    ("شهردار مشهد امروز با سفیر کنیا دیدار کرد. وی گفت: گردشگری مهم است. کاظمیان افزود: پروازها برقرار می‌شود."
     " اوتینو گفت: کنیا آماده است.", "meeting", ["شهردار مشهد", "سفیر کنیا"], None),
    ("- شهردار مشهد در دیدار با سفیر کنیا: گردشگری مهم است\n- وی افزود: پروازها برقرار می‌شود\n"
     "- دکتر کاظمیان با اشاره به بودجه: هزینه‌ها کم می‌شود", "meeting", ["شهردار مشهد", "سفیر کنیا"], None),
    # «ROLE NAME» with no country and no comma: the holder starts at a first name or an honorific past the role's
    # head; one word left after it is no name, and a polite adjective («محترم») stays in the role
    ("وزیر خارجه کامران نوری روز شنبه با پیتر برگ دیدار کرد.", "meeting", ["کامران نوری", "پیتر برگ"], None),
    ("رئیس مجلس دکتر بهرام صالحی با سفیر کنیا دیدار کرد.", "meeting", ["بهرام صالحی", "سفیر کنیا"], None),
    ("رئیس دانشگاه امام رضا با سفیر کنیا دیدار کرد.", "meeting", ["رئیس دانشگاه امام رضا", "سفیر کنیا"], None),
    ("ریاست محترم جمهور با سفیر کنیا دیدار کرد.", "meeting", ["رئیس جمهور", "سفیر کنیا"], None),
    # «NAME و ROLE … دیدار کردند»: a bare name before «و» and a role after it are two sides
    ("بهرام صالحی و سفیر کنیا دیدار کردند.", "meeting", ["بهرام صالحی", "سفیر کنیا"], None),
    # «ROLE، HONORIFIC NAME،»: the holder set off after the role, an honorific before the name, is the role's
    ("امام جمعه موقت شیراز، آیت‌الله بهرام صالحی، با سفیر کنیا دیدار کرد.", "meeting",
     ["بهرام صالحی", "سفیر کنیا"], None),
    # «خبرنگار X در CITY: …» reports what follows the colon (no interview, and not the place of the contact);
    # «در یک تماس تلفنی …» set off by commas still makes the contact a call
    ("خبرنگار رادیو نایروبی در مومباسا: مولر و برگ، در یک تماس تلفنی طولانی، درباره تجارت گفتگو کردند.",
     "phone_call", ["مولر", "برگ"], ""),
    # «NOUN بین/میان A و B»: the contact noun's two sides after «بین»
    ("رسانه‌ها از گفتگوی تلفنی بین وزیر دفاع کنیا و وزیر کشور شیلی خبر دادند.", "phone_call",
     ["وزیر دفاع کنیا", "وزیر کشور شیلی"], None),
    # «X در گفتگوی تلفنی با Y: …»: one word before the quote's colon is a person when the office register lists
    # it, not an outlet
    ("سفیر کنیا در گفتگوی تلفنی با اژه‌ای: همکاری قضایی ادامه دارد.", "phone_call", ["سفیر کنیا", "اژه‌ای"], None),
    # «X و هیئت همراه با Y دیدار کردند»: the retinue, then the counterpart (not «همراه با» = "together with")
    ("بهرام صالحی و هیئت همراه با پادشاه اردن دیدار کردند.", "meeting", ["بهرام صالحی", "پادشاه اردن"], None),
    # «همتای کنیاییاش» in text that lost its ZWNJ: the possessive glued to the adjective
    ("وزیر امور خارجه شیلی در دیدار با همتای کنیاییاش گفت روابط خوب است.", "meeting",
     ["وزیر امور خارجه شیلی", "همتای کنیایی"], None),
    # «X به دیدار Y رفت» holds two bare surnames; a quoted «… به دیدار Y رفتم» under a line «NAME:» is NAME's
    ("مولر پس از انتخابات به دیدار برگ رفت.", "meeting", ["مولر", "برگ"], None),
    ("هانس مولر:\nمن بلافاصله پس از انتخابات به دیدار برگ رفتم.", "meeting", ["هانس مولر", "برگ"], None),
    ("هانس مولر گفت: من پس از انتخابات به دیدار برگ رفتم.", "meeting", ["هانس مولر", "برگ"], None),
    # «دیدار و NOUN X با Y»: both coordinated nouns bind X; two bare surnames in a headline hold when the office
    # register lists them (and not otherwise)
    ("دیدار و رایزنی میشوستین با کلورلی در لندن", "meeting", ["میشوستین", "کلورلی"], "لندن"),
    ("دیدار و رایزنی مولر با برگ در لندن", None, [], None),
    # «همزمان / مقارن / مصادف با …» is a time phrase: it ends the subject, and its «با» is no counterpart's
    ("هانس مولر همزمان با آغاز سال نو با پیتر برگ دیدار کرد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # a call received: «X تماسی تلفنی از Y، TITLE، دریافت کرد»; an honorific that is also a title's head («شیخ»)
    # before a name keeps «NAME، TITLE و TITLE» one person
    ("شیخ سالم بن راشد آل نعیمی، نخستوزیر و وزیر امور خارجه، تماسی تلفنی از پیتر برگ، وزیر خارجه آلمان دریافت"
     " کرد.", "phone_call", ["سالم بن راشد آل نعیمی", "پیتر برگ"], None),
    # an official welcome told from the guest's side: «X مورد استقبال رسمی Y قرار گرفت», «X با استقبال رسمی Y
    # وارد Z شد»; a proposal that «مورد استقبال … قرار گرفت» is no contact
    ("نخست‌وزیر کنیا در بدو ورود به تهران مورد استقبال رسمی معاون اول رئیس‌جمهور قرار گرفت.", "meeting",
     ["نخست‌وزیر کنیا", "معاون اول رئیس‌جمهور"], "تهران"),
    ("وزیر کشور با استقبال رسمی وزیر کشور کنیا، وارد نایروبی شد", "meeting", ["وزیر کشور", "وزیر کشور کنیا"],
     "نایروبی"),
    ("این طرح مورد استقبال فعالان اقتصادی قرار گرفت.", None, [], None),
    # a perfect written without its ZWNJ («کردهاند», «داشتهاست») is the light verb; a present («میکند») is no report
    ("مولر و برگ در برلین گفتگو کردهاند.", "meeting", ["مولر", "برگ"], "برلین"),
    ("هانس مولر با پیتر برگ دیدار داشتهاست.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    ("هانس مولر فردا با پیتر برگ دیدار میکند.", None, [], None),
    # «OFFICE SURNAME» with the surname of a holder the office register lists for it: the name is the surname,
    # the title the office (a surname unknown to the register stays inside the role)
    ("وزیر خارجه کلورلی امروز با سفیر کنیا دیدار کرد.", "meeting", ["کلورلی", "سفیر کنیا"], None),
    ("استاندار مومباسا امروز با سفیر کنیا دیدار کرد.", "meeting", ["استاندار مومباسا", "سفیر کنیا"], None),
    # a sports word inside the quote after the contact («… گفت: … پیروزی …») makes no match of the contact
    ("سفیر کنیا در دیدار با آیت‌الله بهرام صالحی گفت: توافق اخیر پیروزی بزرگی است.", "meeting",
     ["سفیر کنیا", "بهرام صالحی"], None),
    ("هانس مولر: در دیدار با استقلال پیروزی حق ما بود.", None, [], None),
    # a headline «NAME: …» above a lead «ROLE در دیدار با Y گفت: …» quotes the role's holder (an outlet's name
    # before the colon is none: «رویترز: …»)
    ("مولر: روابط راهبردی است\nسفیر کنیا در دیدار با وزیر خارجه شیلی گفت: روابط راهبردی است.", "meeting",
     ["مولر", "وزیر خارجه شیلی"], None),
    ("پلیس: عامل حادثه دستگیر شد\nسفیر کنیا در دیدار با وزیر خارجه شیلی گفت: روابط راهبردی است.", "meeting",
     ["سفیر کنیا", "وزیر خارجه شیلی"], None),
    ("رویترز: روابط راهبردی است\nسفیر کنیا در دیدار با وزیر خارجه شیلی گفت: روابط راهبردی است.", "meeting",
     ["سفیر کنیا", "وزیر خارجه شیلی"], None),
    # a noun and its light verb that close the clause («… بازتاب داشت», «… وجود داشته») are no part of a party:
    # what is left before them («قضات», a bare plural) says not who met
    ("سخنان هانس مولر در نشست قضات بازتاب داشت.", None, [], None),
    # … but the verb closing a relative clause after the contact («در دیداری که با Y داشت») leaves Y whole
    ("هانس مولر در دیداری که با پیتر برگ داشت، گفت روابط خوب است.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «اعضای این مجلس» after «مجلس ملی کنیا»: the body a demonstrative points back to; «اعضاء» (older spelling) is
    # a group's head as «اعضای» is
    ("برگزاری اجلاس مجلس ملی کنیا در نایروبی و دیدار اعضاء این مجلس با هانس مولر از رویدادهای این هفته بود.",
     "meeting", ["اعضاء مجلس ملی کنیا", "هانس مولر"], None),
    # «X در دیدار با Y با اشاره به / با بیان اینکه … گفت»: a speech adverbial after Y ends Y's name
    ("بهرام صالحی در دیدار با هانس مولر با اشاره به روابط دو کشور گفت: روابط خوب است.", "meeting",
     ["بهرام صالحی", "هانس مولر"], None),
    ("بهرام صالحی در دیدار با هانس مولر با بیان اینکه روابط خوب است افزود: همکاری ادامه دارد.", "meeting",
     ["بهرام صالحی", "هانس مولر"], None),
    # «A، TITLE و B C، TITLE2،»: a second name set off by its own commas, its first name unknown to the lexicon;
    # bare «فرستاده» is a title («B، فرستاده رئیس‌جمهور آلمان،»)
    ("ویتلر، فرستاده ویژه رئیس‌جمهور آلمان و یورگ کاسنر، مشاور ارشد وی، امروز در نایروبی با امیر قطر دیدار"
     " کردند.", "meeting", ["ویتلر", "یورگ کاسنر", "امیر قطر"], "نایروبی"),
    ("مولر هفته گذشته در تماسی تلفنی با یورگ کاسنر، فرستاده رئیس‌جمهور آلمان، از طرح حمایت کرد.", "phone_call",
     ["مولر", "یورگ کاسنر"], None),
    # «دیدار X در CITY با Y»: a place phrase between the first side and «با»; a quoted name after its role
    ('دیدار مشاور امنیت ملی کنیا "جان موانگی" در نایروبی با معاون وزیر خارجه شیلی "پیتر برگ".', "meeting",
     ["جان موانگی", "پیتر برگ"], "نایروبی"),
    # a radio or TV station is the press, never a party («در گفت‌وگو با ایستگاه رادیویی …»)
    ("هانس مولر در گفت‌وگو با ایستگاه رادیویی سرنا گفت روابط خوب است.", None, [], None),
    # a plural role's countries are a list («وزیران خارجه A، B و C»); a city and a country in one name («نمایندگان
    # جنبش امل لبنان») are no list
    ("دیدار نمایندگان جنبش امل لبنان با هانس مولر", "meeting", ["نمایندگان جنبش امل لبنان", "هانس مولر"], None),
    # «X در نشست خبری گفت که با Y گفتگو کرده است»: the press conference is where X said it; «انتظار می‌رود که X
    # در دیدار با Y …» still plans the contact
    ("هانس مولر در نشست خبری امروز گفت که صبح همان روز با سفیر کنیا گفتگو کرده است.", "meeting",
     ["هانس مولر", "سفیر کنیا"], None),
    ("انتظار می‌رود که هانس مولر در دیدار با سفیر کنیا درخواست همکاری را مطرح کند.", None, [], None),
    # «شبکه X می‌گوید / روزنامه X نوشت [که] …»: the source, then the story (never a name before the story's title)
    ("شبکه رادیو سرنا می‌گوید وزیر امور خارجه کنیا در دیدار با همتای شیلیایی خود گفته است که روابط خوب است.",
     "meeting", ["وزیر امور خارجه کنیا", "همتای شیلیایی"], None),
    ("روزنامه گاردین نوشت وزیر امور خارجه کنیا در دیدار با پیتر برگ گفته است که روابط خوب است.", "meeting",
     ["وزیر امور خارجه کنیا", "پیتر برگ"], None),
    # «این هفتمین دیدار X با Y … است»: a determiner and an ordinal before a nominal report of the contact
    ("این هفتمین دیدار هانس مولر با پیتر برگ در سال جاری است.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «دیدار محرمانه / رسمی X با Y»: the noun's adjectives are no party; «علیه …» ends a party
    ("دیدار محرمانه هانس مولر با پیتر برگ علیه رقبای تجاری", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «همتایانش» (a possessive glued where the text lost its ZWNJ) is as vague as «همتایان خود»
    ("وزیر خارجه کنیا در دیدار با همتایانش گفت: همکاری ادامه دارد.", None, [], None),
    # a farewell told from the guest's side («X از سوی Y بدرقه شد»); «هنگام / حین …» is a time phrase ending X
    ("هانس مولر هنگام ترک نایروبی از سوی وزیر خارجه کنیا بدرقه شد.", "meeting", ["هانس مولر", "وزیر خارجه کنیا"],
     None),
    # «X در NOUN … است و Z با Y …»: a finite verb between the noun and «با» gives that «با» to the next clause
    ("هدف هانس مولر در مذاکرات حفظ منافع ملی است و برخی جریان‌ها با کارشکنی به‌دنبال اخلال هستند.", None, [],
     None),
    # «در سخنرانی X در دیدار با Y»: the speech's possessor is the side that met Y
    ("این مطلب در سخنرانی هانس مولر در دیدار با مدیران رادیو نایروبی نیز مطرح شده بود.", "meeting",
     ["هانس مولر", "مدیران رادیو نایروبی"], None),
    # «… به دیدار A و B رفت» whose subject cannot be read: those visited did not meet each other
    ("در روزهایی که شهر آماج حملات بود، به دیدار خانواده‌های شهدا و جانبازان رفت.", None, [], None),
    # a visit to the sick or wounded («X از Y عیادت کرد»); «با حضور در محل بستری Y، …، از او عیادت کردند»: «او» is
    # the one whose place they went to; «به‌نمایندگی از …» ends a name
    ("وزیر بهداشت کنیا امروز از مجروحان حادثه معدن در بیمارستان عیادت کرد.", "meeting",
     ["وزیر بهداشت کنیا", "مجروحان حادثه معدن"], None),
    ("هانس مولر و پیتر برگ به‌نمایندگی از دولت با حضور در محل بستری کامران نوری، شاعر نامدار، از او عیادت کردند.",
     "meeting", ["هانس مولر", "پیتر برگ", "کامران نوری"], None),
    # «به گفته X، …»: a source lead-in like «به گزارش X، …», then the story
    ("به گفته یک منبع آگاه، موانگی هفته گذشته در تماسی تلفنی با پیتر برگ وعده داد که همکاری ادامه یابد.",
     "phone_call", ["موانگی", "پیتر برگ"], None),
    # «با TITLE NAME، OFFICE، …»: the office set off after a titled name is its apposition, not a second party
    ("هانس مولر با شاهزاده کارل گوستاو، وزیر دفاع سوئد، دیدار کرد.", "meeting", ["هانس مولر", "کارل گوستاو"], None),
    # a relative clause on the counterpart («با Y[، TITLE] که … VERB[،] دیدار کرد»): its verb and its own «با» are
    # the clause's, not the contact's
    ("هانس مولر با پیتر برگ، وزیر خارجه اتریش که با قطار به نایروبی آمده بود، دیدار کرد.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    ("هانس مولر امروز با پیتر برگ که با نام «دیپلمات سبز» شناخته می‌شود دیدار کرد.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # «با اصرار / درخواست / میانجی‌گری Z …» is at Z's instance, not a counterpart; an adverbial before «دیدار X با Y
    # … برگزار شد / انجام شد» leaves the noun the passive's subject
    ("با درخواست سفیر کنیا دیدار هانس مولر با پیتر برگ در وین برگزار شد.", "meeting", ["هانس مولر", "پیتر برگ"],
     "وین"),
    ("به ابتکار سفیر کنیا دیدار هانس مولر با پیتر برگ در وین انجام شد.", "meeting", ["هانس مولر", "پیتر برگ"], "وین"),
    ("با دعوت وزیر خارجه اتریش، هانس مولر با پیتر برگ دیدار کرد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # a possessive clitic on the contact noun («در دیدارش / گفت‌وگویش / ملاقاتشان با Y»)
    ("پیتر برگ در دیدارش با هانس مولر گفت: همکاری ادامه دارد.", "meeting", ["پیتر برگ", "هانس مولر"], None),
    # an ezafe «ی» after a vowel written apart («گفت‌وگو ی X», «مذاکره ی X»): still the noun's, no part of X
    ("مذاکره ی هانس مولر با پیتر برگ", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # a headline's report word before the nominal («جزئیات / تصاویر / ماجرای دیدار X با Y»); «| NAME: …» after
    # it quotes the role just before
    ("جزئیات دیدار مولر با شهردار نایروبی | جان موانگی: همکاری ادامه دارد", "meeting", ["مولر", "جان موانگی"],
     None),
    # «سفر X» is X's trip: a common noun that is also a first name in the list («سفر», «شاهزاده») starts no fuller
    # form of a surname
    ("هانس مولر در نایروبی با موانگی دیدار کرد. سفر موانگی به نایروبی دو روز طول کشید.", "meeting",
     ["هانس مولر", "موانگی"], "نایروبی"),
    # a newsroom desk before a dash opens the story («گروه سیاسی- …», with or without a space before the dash)
    ("گروه سیاسی- هانس مولر روز گذشته در نایروبی با پیتر برگ دیدار کرد.", "meeting", ["هانس مولر", "پیتر برگ"],
     "نایروبی"),
    # «گل» is a goal only as a goal is told («گل اول را زد»); as a surname it makes no match of a meeting
    ("عبدالله گل که پیشتر در نایروبی با پیتر برگ دیدار کرده بود، امروز به وین رفت.", "meeting",
     ["عبدالله گل", "پیتر برگ"], "نایروبی"),
    ("در دیدار دو تیم، علی کریمی گل اول را زد.", None, [], None),
    # «X در دیدار Y [با اشاره به …] … تاکید کرد»: a bare surname, no common word, as the noun's object of a named
    # subject; an emoji glued before the subject («🔹X», as news posts write) is no part of it
    ("🔹هانس مولر در دیدار موانگی با اشاره به همکاری‌ها بر ضرورت رعایت اصول تاکید کرد.", "meeting", ["هانس مولر", "موانگی"],
     None),
    ("هانس مولر در دیدار امروز بر ضرورت رعایت اصول تاکید کرد.", None, [], None),
    # «X و Y به گفت‌وگوی تلفنی پرداختند»: «به NOUN پرداختن» is the light verb's frame, and its subject the two sides
    ("هانس مولر، وزیر خارجه کنیا و پیتر برگ، صدراعظم اتریش به گفت‌وگوی تلفنی پرداختند.", "phone_call",
     ["هانس مولر", "پیتر برگ"], None),
    # Dari spellings of the phone channel («تماس تلفونی / تیلفونی»)
    ("هانس مولر و پیتر برگ طی تماس تیلفونی در مورد روابط دو کشور تبادل نظر کردند.", "phone_call",
     ["هانس مولر", "پیتر برگ"], None),
    # «در پی / به دنبال / به دلیل …، X …»: a cause or occasion set off by its comma is no part of the subject
    ("در پی شیوع بیماری، هانس مولر پیش از این نیز با پیتر برگ به صورت ویدئو کنفرانس گفت‌وگو کرده بود.",
     "video_call", ["هانس مولر", "پیتر برگ"], None),
    # a regional bureau («مرکز X،») after the agency's lead-in, like «منطقه X،»
    ("به گزارش خبرگزاری صدا و سیما، مرکز نایروبی، هانس مولر امروز با پیتر برگ دیدار کرد.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # «از رایزنی تلفنی امروزش با Y خبر داد»: a day adjective with a possessive is the noun's, not a party
    ("وزیر خارجه کنیا از رایزنی تلفنی امروزش با پیتر برگ خبر داد.", "phone_call", ["وزیر خارجه کنیا", "پیتر برگ"],
     None),
    # «در تماس تلفنی X TITLE با Y TITLE2 TOPIC … مورد گفتگو قرار گرفت»: the title ends at its country, and the topic
    # after it is no part of the party
    ("در تماس تلفنی هانس مولر وزیر امور خارجه کنیا با پیتر برگ وزیر امور خارجه کشورمان آخرین وضعیت مناسبات دوجانبه"
     " و منطقه ای مورد گفتگو و تبادل نظر قرار گرفت.", "phone_call", ["هانس مولر", "پیتر برگ"], None),
    # «ROLE … در نشست با Y گفت: …» then «NAME افزود: …»: the article's one other speaker is the role; «زاده» ends a
    # surname written apart («جلال زاده»), no function word
    ("معاون وزیر خارجه کنیا امروز در نشست با پیتر برگ گفت: همکاری ادامه دارد.\nجان موانگی زاده افزود: آماده‌ایم.",
     "meeting", ["جان موانگی زاده", "پیتر برگ"], None),
    # «در گفت‌وگوهایش با A و B، …» with no side before «با» read: A and B are one side only, and did not meet
    ("به گزارش خبرگزاری فرانسه، در سفر مولر به وین و در گفت‌وگوهایش با پیتر برگ وضعیت و چگونگی انتقال قدرت محور"
     " اصلی بود.", None, [], None),
    # «A TITLE و B TITLE2، یکدیگر را در CITY ملاقات کردند»: the reciprocal as the verb's object; a bare surname
    # before its own title after «و» starts the second party ("اعضا هیأت دولت" is a plural head, not a surname)
    ("موانگی استاندار جدید و اوتینو استاندار سابق نایروبی، یکدیگر را در نایروبی ملاقات کردند.", "meeting",
     ["موانگی", "اوتینو"], "نایروبی"),
    ("هانس مولر در دیدار پیتر برگ رئیس‌جمهور و اعضا هیأت دولت، از تلاش‌ها قدردانی کرد.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # «Z در بیانیه‌ای گفته X، TITLE و Y، داماد W، … دیدار کردند»: the reported clause opens with the name after the
    # speech verb, though that chunk is long; kin («داماد») is an apposition's head, not a first name
    ("دفتر سفیر کنیا در بیانیه‌ای گفته موانگی، فرستاده ویژه رئیس‌جمهور کنیا و پیتر برگ، داماد هانس مولر، امروز در"
     " وین با وزیر خارجه اتریش دیدار کردند.", "meeting", ["موانگی", "پیتر برگ", "وزیر خارجه اتریش"], "وین"),
    # a talk with no channel («X با Y گفت‌وگو کرد») that a back-reference tells («این گفت‌وگوی تلفونی …»): a call
    ("هانس مولر با پیتر برگ گفت‌وگو کرد.\nدر این گفت‌وگوی تلفنی بر همکاری تاکید شد.", "phone_call",
     ["هانس مولر", "پیتر برگ"], None),
    # «در این دیدار که … برگزار شد، A و B درباره … گفتگو کردند»: a chunk that ends in a verb is a clause of its own,
    # though the chunk after its comma opens like a list («A و …»)
    ("در این دیدار که در محل وزارت خارجه برگزار شد، هانس مولر و پیتر برگ درباره روابط دو کشور گفتگو کردند.",
     "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «X [روز سه‌شنبه] Y را [در کاخ …] ملاقات کرد»: the host and the guest side by side before «را», split where
    # the guest's name opens; a place phrase may stand between «را» and the noun
    ("هانس مولر روز سه‌شنبه پیتر برگ را در کاخ ریاست جمهوری ملاقات کرد.", "meeting", ["هانس مولر", "پیتر برگ"],
     None),
    ("وزیر خارجه کنیا پیتر برگ را ملاقات کرد.", "meeting", ["وزیر خارجه کنیا", "پیتر برگ"], None),
    # «با رئیس‌جمهور و وزیر خارجه اتریش»: a bare title in a list shares the last role's country; «حکومت» is a
    # common noun, no first name («رئیس اجرائیه حکومت وحدت ملی» is one role)
    ("هانس مولر با رئیس‌جمهور و وزیر خارجه اتریش دیدار کرد.", "meeting",
     ["هانس مولر", "رئیس‌جمهور اتریش", "وزیر خارجه اتریش"], None),
    ("پیتر برگ با رئیس اجرائیه حکومت وحدت ملی دیدار کرد.", "meeting", ["پیتر برگ", "رئیس اجرائیه حکومت وحدت ملی"],
     None),
    # «ROLE NAME و NAME2، ROLE2، دیدار کردند»: the role's holder, then a second person after «و»
    ("وزیر امور خارجه کنیا هانس مولر و پیتر برگ، وزیر امور خارجه اتریش، دیدار کردند.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # «در نشستی خبری درباره …» is one's own press conference; «نشست خبری مشترک با Y» is a contact with Y
    ("هانس مولر امروز در نشستی خبری درباره مبارزه با قاچاق سخن گفت.", None, [], None),
    ("هانس مولر در نشست خبری مشترک با پیتر برگ از همکاری دو کشور سخن گفت.", "meeting", ["هانس مولر", "پیتر برگ"],
     None),
    # «وزرای نفت A و B … را بررسی کردند»: a plural role shared by two countries, one holder each
    ("وزرای نفت کنیا و اتریش به منظور تقویت همکاری چندین یادداشت امضا و افق‌های مشترک را بررسی کردند.", "meeting",
     ["وزیر نفت کنیا", "وزیر نفت اتریش"], None),
    # «با تمرکز / تکیه / استناد بر …» is a manner, no counterpart
    ("هانس مولر در دیدار خود با تمرکز بر اقتصاد سخن گفت.", None, [], None),
    # «X …، طی مراسمی استوارنامه خود را به Y تسلیم کرد»: «طی …» is an occasion, so the subject is before the comma
    ("«هانس مولر» سفیر آکردیته جمهوری اسلامی ایران در کنیا روز پنجشنبه ۲۵ شهریور ماه در نایروبی پایتخت آن کشور، طی"
     " مراسمی استوارنامه خود را به «پیتر برگ» رئیس جمهور کنیا تسلیم کرد.", "meeting", ["هانس مولر", "پیتر برگ"],
     "نایروبی"),
    # «والی» (an Afghan province's governor) is an office: «والی هرات» is the «NAME والی ولایت هرات» of the lead
    ("ملاقات جان موانگی والی ولایت هرات با سفیر اتریش\nوالی هرات در دیدار با سفیر اتریش از همکاری‌ها قدردانی کرد.",
     "meeting", ["جان موانگی", "سفیر اتریش"], None),
    # «X در تماس با Y …» with no channel said: a contact between two named sides is a call
    ("هانس مولر در تماس با پیتر برگ بر لزوم حل دیپلماتیک بحران تاکید کرد.", "phone_call", ["هانس مولر", "پیتر برگ"],
     None),
    # «X در بدو ورود از سوی / توسط A، TITLE، B TITLE و … مورد استقبال قرار گرفت»: a welcome by a list of hosts;
    # «مولوی / ملا» are honorifics; with no subject read, the hosts did not meet each other
    ("مولوی هانس مولر در بدو ورود به وین توسط پیتر برگ، وزیر خارجه اتریش، کارل نوواک معاون وی و سایر مقامات مورد"
     " استقبال قرار گرفت.", "meeting", ["هانس مولر", "پیتر برگ", "کارل نوواک"], None),
    ("در بدو ورود توسط پیتر برگ، وزیر خارجه اتریش و کارل نوواک معاون وی مورد استقبال قرار گرفت.", None, [], None),
    # nouns of common phrases are no first names («میراث فرهنگی», «محیط زیست», «دیوان عالی»): «مدیرکل میراث فرهنگی
    # استان» is one role; a generic head in a list («رئیس و اعضای اتاق …») takes no country of its own
    ("هانس مولر در دیدار با مدیرکل میراث فرهنگی استان با بیان اینکه گردشگری مهم است اظهار کرد: باید تلاش کنیم.",
     "meeting", ["هانس مولر", "مدیرکل میراث فرهنگی استان"], None),
    # a contact put off or refused («… به تعویق افتاد», «از دیدار با Y خودداری کرد») did not happen
    ("دیدار هانس مولر با پیتر برگ به تعویق افتاد.", None, [], None),
    ("هانس مولر از دیدار با پیتر برگ خودداری کرد.", None, [], None),
    # «به اساس / بر اساس / طبق / به نوشته X، …»: a source lead-in (Dari and Iranian usage), then the story
    ("به اساس خبرنامه ریاست جمهوری، هانس مولر با پیتر برگ دیدار کرد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    ("طبق گزارش وبسایت دفتر ریاست، هانس مولر با پیتر برگ دیدار کرد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # the plural role of a call's two sides, then «در این تماس، NAME، ROLE، …» set off after a comma: the role is
    # that name («دار», a surname, is no function word)
    ("وزیران امور خارجه کنیا و اتریش در گفتوگویی تلفنی رایزنی کردند. در این تماس، محمد اسحاق دار، وزیر امور"
     " خارجه اتریش، از هانس مولر، وزیر امور خارجه کنیا، دعوت کرد.", "phone_call", ["هانس مولر", "محمد اسحاق دار"],
     None),
    # «X به وین خواهد رفت، جایی که روز شنبه با Y دیدار کرد»: a future in the clause before the comma plans nothing
    # here, and «جایی که» goes on with that clause's subject
    ("هانس مولر به وین خواهد رفت، جایی که روز شنبه با پیتر برگ دیدار کرد.", "meeting", ["هانس مولر", "پیتر برگ"],
     None),
    # «A، TITLE و B، TITLE2، …» where A has no first name the lexicon knows: each name set off by its comma (after a
    # line's start or «و») is its title's holder, and the plural role of the sentence before takes them
    ("وزرای نفت کنیا و اتریش چندین یادداشت همکاری امضا و افق‌های مشترک پیش رو را بررسی کردند.\nحیان عبدالغنی، وزیر"
     " نفت کنیا و محسن پاکنژاد، وزیر نفت اتریش یادداشت‌هایی امضا کردند.", "meeting", ["حیان عبدالغنی", "محسن پاکنژاد"],
     None),
    # «در دیداری غیرمنتظره از X با Y»: the noun's adjective is no party
    ("هانس مولر پیش از این در دیداری غیرمنتظره با پیتر برگ گفت‌وگو کرد.", "meeting", ["هانس مولر", "پیتر برگ"],
     None),
    # «X … Y را ملاقات و … کرده و با … آشنا می‌شوند»: a participle in a chain of clauses takes the tense of the
    # chain's end, a present here: a plan, not a report
    ("فعالان بخش تولید صبح امروز برای نخستین بار وزیر جدید صنعت را ملاقات و لمس کرده و با صدای او آشنا می‌شوند.",
     None, [], None),
    # «هیئت / تیم / کاروان … به ریاست / سرپرستی X»: the delegation's named head is its party
    ("پیتر برگ با هیئت کنیایی به سرپرستی هانس مولر دیدار کرد.", "meeting", ["پیتر برگ", "هانس مولر"], None),
    ("هیئت پارلمانی کنیا به ریاست هانس مولر با پیتر برگ دیدار کرد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «قوماندان» (a commander, in Dari) is an office
    ("هانس مولر با قوماندان امنیه ولایت هرات دیدار کرد.", "meeting", ["هانس مولر", "قوماندان امنیه ولایت هرات"], None),
    # the headline names the side the body gives by its office: «رایزنی NAME با وزیر کشور کنیا» + «وزیر کشور در
    # تماس تلفنی با همتای کنیایی خود …»: the office without a country is not the one of Kenya
    ("رایزنی هانس مولر با وزیر کشور کنیا\nوزیر کشور در تماس تلفنی با همتای کنیایی خود درباره مهاجران گفت‌وگو"
     " کرد.", "phone_call", ["هانس مولر", "همتای کنیایی"], None),
    # a headline's talk and the body's call, the body's names written glued («جوادالمالکی», «محمودعباس»): one event
    ("گفت و گو ی مولر با جان موانگی\nهانس مولر در گفت‌وگوی تلفنی با جانموانگی گفت: روابط خوب است.", "phone_call",
     ["هانس مولر", "جانموانگی"], None),
    ("وزیر خارجه اتریش در گفت‌وگویش با هانس مولر، وزیر خارجه کنیا، گفت همکاری ادامه دارد.", "meeting",
     ["وزیر خارجه اتریش", "هانس مولر"], None),
    # a date phrase opening the clause, with or without its comma, is no part of the subject
    ("در ماه اوت، مولر با پیتر برگ دیدار کرد.", "meeting", ["مولر", "پیتر برگ"], None),
    ("در اوایل سال جاری مولر با وزیر کشور کنیا دیدار کرد.", "meeting", ["مولر", "وزیر کشور کنیا"], None),
    ("در ژوئن ۲۰۱۸، وزیر خارجه کنیا در نایروبی با پیتر برگ دیدار کرد.", "meeting", ["وزیر خارجه کنیا", "پیتر برگ"],
     "نایروبی"),
    # «میزبانی از Y» (hosting Y, told by the noun) is a meeting; hosting an event is not
    ("در ماه مه، هانس مولر پس از میزبانی از پیتر برگ، وزیر خارجه اتریش، در نایروبی گفت روابط خوب است.",
     "meeting", ["هانس مولر", "پیتر برگ"], None),
    ("کنیا پس از میزبانی از اجلاس سران آفریقا درآمد گردشگری خود را افزایش داد.", None, [], None),
    # a wish or readiness to meet, voiced («علاقه / آمادگی خود را به / برای دیدار با Y ابراز کرد»), is no meeting
    ("مولر در نایروبی علاقه خود را به دیدار با رئیس‌جمهور کنیا ابراز کرد.", None, [], None),
    ("وزیر خارجه اتریش آمادگی خود را برای مذاکره با پیتر برگ اعلام کرد.", None, [], None),
    # a call to an emergency line to report something is no contact between parties
    ("ساکنان یک ساختمان در تماس با پلیس ۱۱۰ از وقوع آتش‌سوزی خبر دادند.", None, [], None),
    ("وزیر کشور کنیا در تماس تلفنی با رئیس پلیس اتریش درباره قاچاق گفت‌وگو کرد.", "phone_call",
     ["وزیر کشور کنیا", "رئیس پلیس اتریش"], None),
    # the two sides after «بین / میان», in the noun's own phrase or in its relative clause before the passive verb
    ("در دیدار بین هانس مولر و پیتر برگ، دو طرف درباره انرژی گفت‌وگو کردند.", "meeting", ["هانس مولر", "پیتر برگ"],
     None),
    ("در دیداری که روز دوشنبه میان هانس مولر و پیتر برگ برگزار شد، دو طرف بر همکاری تاکید کردند.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # a counterpart set off by commas after a bare name is that name's apposition, not a third party
    ("هانس مولر، وزیر خارجه کنیا، و پیتر برگ، همتای اتریشی او، روز سه‌شنبه در نایروبی دیدار کردند.", "meeting",
     ["هانس مولر", "پیتر برگ"], "نایروبی"),
    ("هانس مولر با برگ، همتای اتریشی خود، دیدار کرد.", "meeting", ["هانس مولر", "برگ"], None),
    # «دو طرف در این دیدار …» refers back to a contact told before: two countries in its topic are no new sides
    ("دو طرف در این دیدار شرایط انسانی که دو ملت کنیا و اتیوپی از آن رنج می‌برند را بررسی کردند.", None, [], None),
    # a noun that tells of a contact («روایت / جزئیات / تصاویر X از دیدار با Y») is not who took part
    ("روایت مولر از دیدار با وزیر خارجه کنیا", None, [], None),
    # after «در NOUN» with no «با» and no subject, the words of a topic are no sides («در گفت‌وگوها، آتش بس و …»)
    ("به گفته وی اینبار در گفتگوها، آتش بس و کاهش خشونت‌ها در اولویت قرار می‌گیرد.", None, [], None),
    # talks named by their matter («گفتگوهای صلح») are a process, not one contact
    ("سخنگوی دولت کنیا گفت در گفتگوهای صلح، آتش بس در اولویت است.", None, [], None),
    # an office glued to its head, as older papers write it («وزیرامورخارجه»), is a title
    ("هانس مولر وزیرامورخارجه کنیا امروز با پیتر برگ دیدار کرد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # a welcome told from the guest's side, the host's title set off by commas
    ("هانس مولر دیروز وارد نایروبی شد و مورد استقبال رسمی پیتر برگ، وزیر خارجه کنیا، قرار گرفت.", "meeting",
     ["هانس مولر", "پیتر برگ"], "نایروبی"),
    # the word before «بن» is a first name, even one no list knows
    ("هانس مولر با عقاب بن راشد آل نهیان دیدار کرد.", "meeting", ["هانس مولر", "عقاب بن راشد آل نهیان"], None),
    # «وی / او» after a fronted phrase on someone's trip («در جریان سفر X به Y، وی …») is that someone
    ("در جریان سفر هانس مولر به تهران، وی با کامران نوری دیدار کرد.", "meeting", ["هانس مولر", "کامران نوری"],
     "تهران"),
    # a city or country right before «را» is the verb's object, not the end of the counterpart's name
    ("هانس مولر پس از دیدار با پیتر برگ نایروبی را ترک کرد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    ("هانس مولر در دیدار با سفیر اتریش نایروبی را ترک کرد.", "meeting", ["هانس مولر", "سفیر اتریش"], None),
    # the press at large is no party («در دیدار با خبرنگاران گفت»); journalists of a place are a group that met
    ("هانس مولر در دیدار با خبرنگاران گفت که روابط خوب است.", None, [], None),
    ("هانس مولر در دیدار با خبرنگاران شهرستان نایروبی گفت که روابط خوب است.", "meeting",
     ["هانس مولر", "خبرنگاران شهرستان نایروبی"], None),
    # a message handed over at a meeting («در دیدار با Y پیامی از Z را تقدیم کرد») leaves the meeting a meeting, and
    # the counterpart ends before it; a message sent («با ارسال پیامی به Y …») is no contact; «حامل پیام» meets
    ("وزیر خارجه اتریش در دیدار با هانس مولر پیامی از صدراعظم اتریش را تقدیم وی کرد.", "meeting",
     ["وزیر خارجه اتریش", "هانس مولر"], None),
    ("هانس مولر با ارسال پیامی به پیتر برگ از گفت‌وگو با وی استقبال کرد.", None, [], None),
    ("وزیر خارجه کنیا که حامل پیامی از رئیس‌جمهور کنیا است، با پیتر برگ دیدار کرد.", "meeting",
     ["وزیر خارجه کنیا", "پیتر برگ"], None),
    # a role ends at its country when a common noun of the clause follows it («… با رئیس‌جمهور اتریش راه‌های …»)
    ("هانس مولر در گفتگو با رئیس‌جمهور اتریش راه‌های توسعه روابط دو کشور را بررسی کرد.", "meeting",
     ["هانس مولر", "رئیس‌جمهور اتریش"], None),
    # credentials handed over with «تسلیم کرد»
    ("هانس مولر استوارنامه خود را به «پیتر برگ» رئیس‌جمهور اتریش تسلیم کرد.", "meeting", ["هانس مولر", "پیتر برگ"],
     None),
    # «رهبران / فرماندهان / نخست‌وزیران A و B»: one role per country, as «وزرای خارجه A و B»
    ("رهبران کنیا و اتریش روز دوشنبه در وین دیدار کردند.", "meeting", ["رهبر کنیا", "رهبر اتریش"], "وین"),
    # «TITLE SURNAME و FIRST LAST»: a known first name and a surname after «و» are another person, not more of a role
    ("صدراعظم مولر و ولادیمیر برگ، رئیس‌جمهور اتریش، با یکدیگر تماس تلفنی برقرار کردند.", "phone_call",
     ["صدراعظم مولر", "ولادیمیر برگ"], None),
    # a channel word before the «با» of a long counterpart («X تلفنی با «Y» رئیس‌جمهور اتریش گفت‌وگو کرد»)
    ("دفتر ریاست جمهوری اعلام کرد مولر تلفنی با «پیتر برگ» رئیس‌جمهور اتریش گفت‌وگو کرده است.", "phone_call",
     ["مولر", "پیتر برگ"], None),
    # «… را لغو کرده است»: a contact cancelled
    ("وزیر بهداشت کنیا دیدار با هیات اتریشی را به دلیل شیوع کرونا لغو کرده است.", None, [], None),
    # a relative clause on the counterpart, closed by a comma, before the cue («با Y، TITLE که … بوده، … صحبت کرد»)
    ("سخنگو نوشته است که هانس مولر تلفنی با «پیتر برگ» رئیس دولت اتریش که اخیرا در بیمارستان بستری بوده، تلفنی"
     " صحبت کرده است.", "phone_call", ["هانس مولر", "پیتر برگ"], None),
    # «شهرداران / استانداران A و B» (cities): one role per city
    ("شهرداران کلانشهرهای اصفهان و شیراز در حاشیه نشست مجمع با یکدیگر دیدار کردند.", "meeting",
     ["شهردار اصفهان", "شهردار شیراز"], None),
    # the counterpart ends before «و» and another meeting noun («از دیدار با Y … و گفت‌وگو با محوریت …»)
    ("هانس مولر از دیدار با پیتر برگ شهردار وین و گفت و گو با محوریت همکاری خبر داد.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # «در فضای مجازی» (on social media) is where a contact is told, not its channel
    ("هانس مولر در فضای مجازی از دیدار با پیتر برگ خبر داد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # a contact only some outlets claim is not reported as one
    ("برخی رسانه‌ها امروز مدعی شدند: هانس مولر در تماس با پیتر برگ خواستار استعفای وزیر شد.", None, [], None),
    # «در NOUN X، TITLE با Y، …»: the noun's first side with its title set off by a comma, then «با»
    ("به گزارش ایرنا، در مذاکره تلفنی هانس مولر، وزیر نیرو با پیتر برگ، طرفین بر توسعه روابط تاکید کردند.",
     "phone_call", ["هانس مولر", "پیتر برگ"], None),
    # a line wrapped inside a sentence (after a word no sentence ends with) does not end it
    ("هانس مولر، وزیر نیرو با پیتر برگ، وزیر\nانرژی اتریش، تلفنی گفت‌وگو کرد.", "phone_call",
     ["هانس مولر", "پیتر برگ"], None),
    # in a sports report, a «با» side that holds an office makes «دیدار» a meeting; a club («نماینده X») a match
    ("دیدار مولر با رئیس فیفا\n⚽️ «پیتر برگ» در دیدار با وزیر ورزش گفت: در جام جهانی تحت تاثیر تماشاگران قرار"
     " گرفتم.\n⚽️ وزیر ورزش: فوتبال زنان و جوانان و لیگ برتر را توسعه می‌دهیم و تیم ملی در جام ملت‌ها قهرمان"
     " می‌شود.", "meeting", ["مولر", "پیتر برگ"], None),
    ("استقلال در دیدار با نماینده قطر در جام باشگاه‌ها به پیروزی رسید.", None, [], None),
    # a subject's «این کشور» is no part of its office for «همتای … خود»; a place before «خبر دادند که» is the
    # source's, not the contact's
    ("منابع رسانه‌ای در اتریش خبر دادند که رئیس‌جمهور کنیا روز سه شنبه از همتای اتریشی خود در نایروبی رسما"
     " استقبال کرد.", "meeting", ["رئیس‌جمهور کنیا", "همتای اتریشی"], "نایروبی"),
    # two coordinated sides need a plural verb («دیدار کردند / کرده‌اند / کرده بودند»); with a singular one the
    # list is what one side visited («… از کشورهای A، B و C دیدار کرده است»)
    ("صدراعظم اتریش پیش از ورود به نایروبی، با هدف پشتیبانی از طرح صلح از کشورهای اتیوپی، سودان و مصر دیدار کرده"
     " است.", None, [], None),
    ("هانس مولر و پیتر برگ در وین دیدار کرده‌اند.", "meeting", ["هانس مولر", "پیتر برگ"], "وین"),
    # credentials received, the host set off by a comma with a Dari title glued («رئیسالوزرای»)
    ("ملا هانس مولر، رئیسالوزرای کنیا روز چهارشنبه اعتمادنامه سفیر اتریش را پذیرفت.", "meeting",
     ["هانس مولر", "سفیر اتریش"], None),
    # … and with the envoy only «او» and no name for him, no pair made of the host and his own title
    ("اتریش سفیر جدیدی برای کنیا معرفی کرد. ملا هانس مولر، رئیسالوزرای کنیا روز چهارشنبه اعتمادنامه او را پذیرفت.",
     None, [], None),
    # the counterpart named by the one who speaks in it, the back-reference opening the sentence («در این دیدار
    # پیتر برگ گفت …») as well as after the name («پیتر برگ در این دیدار گفت …»)
    ("هانس مولر وزیر امور خارجه کنیا صبح امروز در وین با همتای اتریشی خود دیدار کرد. در این دیدار پیتر برگ گفت"
     " که اتریش آماده همکاری است.", "meeting", ["هانس مولر", "پیتر برگ"], "وین"),
    # «روی» (on, in Dari) opens the topic: it ends the counterpart («با Y روی مسایل امنیتی بحث … کردند»)
    ("هانس مولر در دیدار با پیتر برگ روی مسایل امنیتی بحث و تبادل نظر کردند.", "meeting", ["هانس مولر", "پیتر برگ"],
     None),
    # «با نشر / انتشار / صدور خبرنامه‌ای» is a manner, no counterpart
    ("دفتر مطبوعاتی ریاست جمهوری با نشر خبرنامه‌ای گفته است که هانس مولر با پیتر برگ دیدار کرده است.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # a welcome with «نمود», the place after the guest
    ("هانس مولر از پیتر برگ در ارگ استقبال نمود.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «با Y دیدار و گفتگو نمود», read at the second noun: the «با» side ends before the first
    ("هانس مولر با هیئت اتریشی به ریاست پیتر برگ دیدار و گفتگو نمود.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # a site's tag before a bar («X نیوز | …») opens the story; a lead-in written as one word («بربنیاد X،»)
    ("کنیا نیوز | هانس مولر، وزیر کشور کنیا در سفر به وین با پیتر برگ دیدار و گفت‌وگو کرد.", "meeting",
     ["هانس مولر", "پیتر برگ"], "وین"),
    ("بربنیاد خبرنامه وزارت خارجه، وزیر کشور کنیا در دیدار با وزیر خارجه اتریش درباره روابط گفتوگو کرده است.",
     "meeting", ["وزیر کشور کنیا", "وزیر خارجه اتریش"], None),
    # a city or country that hosts an occasion («میزبان هفتمین نشست …») hosts no guest
    ("نایروبی امروز میزبان هفتمین نشست «گروه تماس» درباره سودان است.", None, [], None),
    # «دیدار X، TITLE، با Y»: the first side's title set off on both sides, then «با»
    ("دیدار هانس مولر، رئیس‌جمهوری کنیا، با پیتر برگ، نخست‌وزیر اتریش در وین انجام شد.", "meeting",
     ["هانس مولر", "پیتر برگ"], "وین"),
    # a welcome «ازسوی A … مورد استقبال قرار گرفت», «از سوی» written glued
    ("رییس مجلس کنیا هنگام ورود به فرودگاه ازسوی پیتر برگ سفیر کنیا در اتریش مورد استقبال قرار گرفت.", "meeting",
     ["رییس مجلس کنیا", "پیتر برگ"], None),
    # a past contact in a relative clause stands, whatever the main verb plans («… که خرداد با Y دیدار کرد در نظر
    # دارد …»)
    ("«هانس مولر» نخست‌وزیر کنیا که خرداد سال جاری در وین با «پیتر برگ» دیدار کرد در نظر دارد تابستان امسال نیز با"
     " او دیدار کند.", "meeting", ["هانس مولر", "پیتر برگ"], "وین"),
    # a connective before a source's lead-in («در همین حال، بربنیاد خبرنامه X، …»)
    ("در همین حال، بربنیاد خبرنامه وزارت خارجه، وزیر کشور کنیا در دیدار با وزیر خارجه اتریش گفتوگو کرده است.",
     "meeting", ["وزیر کشور کنیا", "وزیر خارجه اتریش"], None),
    # «در ادامه دیدارهای …» continues a series: its plural counterpart is no contact, the one told next is
    ("به گزارش برنا، وزیر ورزش کنیا، در ادامه دیدارهای دو جانبه با وزرای کشورهای آفریقایی، امروز با همتای اتریشی"
     " خود در وین دیدار کرد.", "meeting", ["وزیر ورزش کنیا", "همتای اتریشی"], "وین"),
    # «Z گفته آقای X که …، … با Y …»: the one the source speaks of, set off with a relative clause, is the subject
    ("دفتر ریاست جمهوری گفته آقای مولر که در حال حاضر در سفر رسمی به وین بسر می برد، شام روز گذشته با پیتر برگ"
     " تلفنی صحبت کرده است.", "phone_call", ["مولر", "پیتر برگ"], None),
    # «پس از / پیش از X،» opening a chunk is a time phrase: X is its object, no party
    ("هانس مولر وزیر کشور که عصر امروز وارد نایروبی شده است، امشب پس از زیارت حرم، در یک گفتگوی تلفنی با وزیر"
     " کشور اتریش تشکر کرد.", "phone_call", ["هانس مولر", "وزیر کشور اتریش"], None),
    # a day and month written with «ماه» glued («۲۳ شهریورماه») is a date, no party
    ("هانس مولر که به وین سفر کرده است، امشب (یکشنبه) ۲۳ شهریورماه و در حاشیه این نشست با پیتر برگ دیدار کرد.",
     "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «Z اعلام کرده X …» (a perfect with no «است»): the clause after it has its own subject
    ("کاخ ریاست جمهوری در بیانیه‌ای اعلام کرده هانس مولر در تماس تلفنی با پیتر برگ درباره تجارت گفتگو کرد.",
     "phone_call", ["هانس مولر", "پیتر برگ"], None),
    # a contact told in the present («… در حالی صورت می‌گیرد که …») is not reported as held
    ("دیدار مولر و برگ در حالی صورت می گیرد که روابط دو کشور بحرانی است.", None, [], None),
    # «… اعلام کرد که X، TITLE، Y TITLE2 را به حضور پذیرفت»: the host after the «که», before its comma
    ("به گزارش ایرنا، خبرگزاری کنیا اعلام کرد که «هانس مولر» رئیس‌جمهوری کنیا، «پیتر برگ» وزیر امور خارجه اتریش را در"
     " نایروبی به حضور پذیرفت.", "meeting", ["هانس مولر", "پیتر برگ"], "نایروبی"),
    # «دیدار با A، B و C و دیدار با D …»: a list of programme items; the earlier items are no subject of the next
    ("برنامه‌های سفر شامل دیدار با خانواده شهدا، ایثارگران و روحانیان و دیدار با نمایندگان تشکل‌های کشاورزی و"
     " حضور در نهمین اجلاس منطقه ای است.", None, [], None),
    # a negated verb («منتشر نشده است») is no part of a party
    ("جزئیات بیشتری درباره محورهای دیدار وزیر خارجه کنیا با مقامات اتریشی منتشر نشده است.", None, [], None),
    # the retinue named with a party («با Y و هیئت همراهش») is no side of its own
    ("هانس مولر امروز با پیتر برگ و هیئت همراهش دیدار کرد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «اعتبارنامه» (credentials, as Afghan outlets write) handed over, the host's title set off by a comma
    ("روز گذشته «مولر»، سفیر اتریش در نایروبی اعتبارنامه خود را به پیتر برگ، وزیر خارجه کنیا تقدیم کرده است.",
     "meeting", ["مولر", "پیتر برگ"], None),
    # «X به Y زنگ زد و … با او صحبت کرد»: the noun's only counterpart is «او», so the frame names Y
    ("هانس مولر عصر امروز به پیتر برگ زنگ زد و درباره تجارت با او صحبت کرد.", "phone_call",
     ["هانس مولر", "پیتر برگ"], None),
    # a city after «در NOUN» names the occasion («در نشست سه‌جانبه وین»), not a side
    ("رهبران کنیا، اتریش و آلمان در نشست سه‌جانبه وین دیدار کردند.", "meeting",
     ["رهبر کنیا", "رهبر اتریش", "رهبر آلمان"], None),
    # a contact «در دستور کار» (on the agenda) has not happened
    ("دیدار هانس مولر با پیتر برگ در دستور کار است.", None, [], None),
    # «پیش از این / قبل از آن» opening the clause is time, not part of the first side
    ("پیش از این هانس مولر و پیتر برگ با یکدیگر دیدار و گفت‌وگو کرده بودند.", "meeting", ["هانس مولر", "پیتر برگ"],
     None),
    # the head of state receives the credentials («استوارنامه / اعتمادنامه Y را دریافت کرد / پذیرفت»)
    ("رئیس‌جمهور کنیا روز دوشنبه اعتمادنامه سفیر جدید اتریش را پذیرفت.", "meeting",
     ["رئیس‌جمهور کنیا", "سفیر جدید اتریش"], None),
    # «نوشت» (wrote) is a speech verb: what follows is the clause told, with its own subject
    ("سخنگوی وزارت خارجه کنیا نوشت هانس مولر و پیتر برگ درباره تجارت گفت‌وگو کردند.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # «به دعوت / درخواست X» (at X's invitation), in a relative clause too, tells how the contact came about
    ("هانس مولر که به دعوت وزیر کشور اتریش به وین سفر کرده است، با پیتر برگ دیدار کرد.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # a welcome told from the guest's side takes a host with a long office after the comma
    ("هانس مولر در بدو ورود مورد استقبال پیتر برگ، سفیر و نماینده دائم اتریش در دفتر سازمان ملل متحد در وین قرار"
     " گرفت.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «صدها / هزاران / ده‌ها تن از X»: a quantified group that names its members is a party, before «در آستانه …» too
    ("صدها تن از دانشجویان دانشگاه‌های کنیا در آستانه ۲۲ بهمن با پیتر برگ دیدار کردند.", "meeting",
     ["صدها تن از دانشجویان دانشگاه‌های کنیا", "پیتر برگ"], None),
    # an ordinal before the noun («در اولین / دومین دیدار خود») is the noun's phrase, not a back-reference
    ("هانس مولر در اولین دیدار خود با پیتر برگ گفت: همکاری ادامه دارد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # a duration between the noun and «با» («ملاقات نود دقیقه‌ای با Y») is the noun's modifier
    ("هانس مولر پس از ملاقات نود دقیقه‌ای با پیتر برگ گفت: همکاری ادامه دارد.", "meeting", ["هانس مولر", "پیتر برگ"],
     None),
    # «دو TITLE A و B»: a singular title after «دو» shared by two countries, one per side
    ("دو رئیس‌جمهور اتریش و کنیا در اولین دیدار رسمی خود در وین بر همکاری تاکید کردند.", "meeting",
     ["رئیس‌جمهور اتریش", "رئیس‌جمهور کنیا"], "وین"),
    # a welcome of a quoted name with its title after a comma («از «Y»، TITLE استقبال کرد»)
    ("هانس مولر صبح روز سه‌شنبه به شکل رسمی از «پیتر برگ»، رئیس‌جمهور اتریش استقبال کرد.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # «با همتای …» is a counterpart, not the reciprocal «با هم»
    ("هانس مولر با همتای اتریشی صحبت تلفنی کرد.", "phone_call", ["هانس مولر", "همتای اتریشی"], None),
    # a plural title written without its ZWNJ («روسایجمهور A و B») is one office per country
    ("روسایجمهور اتریش و کنیا در وین دیدار کردند.", "meeting", ["رئیس‌جمهور اتریش", "رئیس‌جمهور کنیا"], "وین"),
    # «Z، TITLE-WITH-COMMAS اعلام کرد که X، TITLE، با Y …»: the reported clause opens with the name after «که»
    ("حسن نوری، سخنگوی وزارت زراعت ، آبیاری و مالداری اعلام کرد که کاظم کریمی، معاون این وزارت، با پیتر برگ دیدار"
     " کرده است.", "meeting", ["کاظم کریمی", "پیتر برگ"], None),
    # Dari: «محترم» is an honorific, and «والی ولایت X» is the office, «ولایت» no first name
    ("محترم کاظم «نوری» والی ولایت هرات با محترم پیتر برگ سفیر اتریش دیدار نمود.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    ("دیدار والی ولایت هرات با سفیر اتریش", "meeting", ["والی ولایت هرات", "سفیر اتریش"], None),
    # credentials received, told in the perfect («اعتبارنامه Y را پذیرفته است»)
    ("کاظم نوری، معاون تشریفات وزارت خارجه کنیا اعتبارنامه پیتر برگ را پذیرفته است.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # a comma before «و» joins list items («با A، و B»), it sets off no apposition; «و سایر …» is no party
    ("هانس مولر با پیتر برگ، و نمایندگان گروه‌های سیاسی کنیا دیدار کرد.", "meeting",
     ["هانس مولر", "پیتر برگ", "نمایندگان گروه‌های سیاسی کنیا"], None),
    ("هانس مولر با پیتر برگ، یوهان کلاین و سایر مقامات حکومتی دیدار کرد.", "meeting",
     ["هانس مولر", "پیتر برگ", "یوهان کلاین"], None),
    # several people of one side meeting «همتایان A و B خود» is one meeting
    ("وزیر خارجه کنیا، پیتر برگ، و وزیر دفاع کنیا، یوهان کلاین، در وین با همتایان اتریشی و آلمانی خود دیدار کردند.",
     "meeting", ["پیتر برگ", "یوهان کلاین", "وزیر خارجه اتریش", "وزیر خارجه آلمان"], "وین"),
    # «او / وی» opening a sentence is who opens the one before, past an opening phrase and a role before the name
    ("در جریان این سفر نماینده ویژه اتریش پیتر برگ به نایروبی رفت. او با کاظم نوری دیدار کرد.", "meeting",
     ["پیتر برگ", "کاظم نوری"], None),
    # «مختلف» inside a group party's name («گروه‌های مختلف») is no habit of meeting
    ("هانس مولر با پیتر برگ، و نمایندگان گروه‌های مختلف سیاسی دیدار و گفتگو کرد.", "meeting",
     ["هانس مولر", "پیتر برگ", "نمایندگان گروه‌های مختلف سیاسی"], None),
    ("هانس مولر در دیدارهای مختلف با پیتر برگ بر همکاری تاکید کرده است.", None, [], None),
    # a speech verb written without its ZWNJ («میگوید که») opens the clause told, with its own subject
    ("سفارت کنیا در وین با نشر خبرنامهای میگوید که سفیر کاظم نوری در دیدار با پیتر برگ درباره تجارت بحث کرد.",
     "meeting", ["کاظم نوری", "پیتر برگ"], "وین"),
    # «ارتباط تلفنی / تصویری» is a call; «در ارتباط با» alone means "regarding"
    ("هانس مولر در ارتباط تلفنی با پیتر برگ بر همکاری تاکید کرد.", "phone_call", ["هانس مولر", "پیتر برگ"], None),
    ("هانس مولر در ارتباط با سفر پیتر برگ گفت: همکاری ادامه دارد.", None, [], None),
    # «NAME، TITLE1 و TITLE2»: two titles of one person after the comma, not a second party
    ("سناتور کاظم نوری، معاون نخست‌وزیر و وزیر امور خارجه کنیا با پیتر برگ تلفنی گفت‌وگو کرد.", "phone_call",
     ["کاظم نوری", "پیتر برگ"], None),
    # an outlet on either side of an interview noun is no party («گفت‌وگوی ایسنا با X»)
    ("آنچه در ادامه می‌خوانید بخش‌هایی است از گفت‌وگوی ایسنا با کاظم نوری و روایت او از سفر به وین.", None, [],
     None),
    # after a topic phrase («پیرامون / درباره A، B و C»), the nouns before the verb are topics, not sides
    ("دو طرف در این دیدار پیرامون روابط دوجانبه، همکاری‌های اقتصادی، مسایل ترانزیتی و تعاملات منطقه‌ای میان کنیا و"
     " اتریش گفت‌وگو کردند.", None, [], None),
    # an indefinite adjective after the noun, then a relative clause with the «با» side («گفت‌وگوی کوتاهی که با Y داشت»)
    ("وزیر کشور کنیا در گفت‌وگوی کوتاهی که با کشاورزان هرات داشت، گفت: پیگیر مطالبات شما هستم.", "meeting",
     ["وزیر کشور کنیا", "کشاورزان هرات"], None),
    # «در رابطه با / در ارتباط با» (regarding) introduces no counterpart
    ("هانس مولر در دیدار با پیتر برگ در رابطه با طیف وسیعی از موضوعات از جمله شرایط سوریه و لبنان گفت‌وگو کرد.",
     "meeting", ["هانس مولر", "پیتر برگ"], None),
    # a quoted first-person relative clause («در دیداری که با Y داشتیم») is the speaker's contact
    ("هانس مولر افزود: در دیداری که با پیتر برگ داشتیم، درباره تجارت گفت‌وگو کردیم.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # IRGC ranks («سرلشکر پاسدار X») are honorifics
    ("هانس مولر با سرلشکر پاسدار کاظم نوری رئیس ستاد کل نیروهای مسلح دیدار کرد.", "meeting",
     ["هانس مولر", "کاظم نوری"], None),
    # a role ends at its country before a superlative that opens the object («… کنیا مهمترین مسائل … را»)
    ("هانس مولر در دیدار خود با رئیس جمهور کنیا مهمترین مسائل منطقه و بین المللی را بررسی کرد.", "meeting",
     ["هانس مولر", "رئیس‌جمهور کنیا"], None),
    # «مقامات شماری از کشورها»: officials of unnamed countries are no party
    ("هانس مولر در حاشیه مجمع با مقامات شماری از کشورها دیدار و گفت وگو کرد.", None, [], None),
    # a site named «X نیوز» before a colon is an outlet, not the one quoted
    ("آریانا نیوز: کاظم نوری روز گذشته با سفیر اتریش دیدار کرد…\nدفتر والی هرات اعلام کرده که در این دیدار کاظم"
     " نوری مشکلات را مطرح کرد.", "meeting", ["کاظم نوری", "سفیر اتریش"], None),
    # a headline's media tag («+عکس») is no part of a name
    ("دیدار هانس مولر با پیتر برگ +عکس", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «خبرها حکایت از این دارد که X با Y، TITLE …»: the clause after «که» holds the contact, past the comma
    ("خبرها حکایت از این دارد که رئیس‌جمهور اتریش با پیتر برگ، نخست وزیر کنیا گفتگوی تلفنی داشته است.",
     "phone_call", ["رئیس‌جمهور اتریش", "پیتر برگ"], None),
    # «NOUN و طرفین درباره A و B، C و D … کردند»: the noun takes the verb of the clause after «و طرفین», past a topic
    # list and «در دستور کار دوجانبه» (a topic on the agenda, not a plan)
    ("«پیتر برگ» وزیر کشور اتریش و «کاظم نوری» همتای کنیایی او در وین دیدار و طرفین درباره همکاری‌های امنیتی و"
     " اقتصادی، روابط دو کشور و دیگر مسائل در دستور کار دوجانبه گفت‌وگو کردند.", "meeting", ["پیتر برگ", "کاظم نوری"],
     "وین"),
    # a joint press conference with another party («در کنفرانس خبری مشترک با Y») is a meeting
    ("هانس مولر در کنفرانس خبری مشترک با پیتر برگ از ارسال یک هیئت به وین خبر داد.", "meeting",
     ["هانس مولر", "پیتر برگ"], None),
    # a nominal report whose sides end at «را» and carry titles after their commas («جزئیات تماس تلفنی A، TITLE و
    # B، همتای … وی را اعلام کرد»), a name of lineage too
    ("وزارت خارجه کنیا جزئیات تماس تلفنی کاظم نوری، وزیر امور خارجه کنیا و محمد بن عبدالله آل ثانی، همتای قطری وی"
     " را اعلام کرد.", "phone_call", ["کاظم نوری", "محمد بن عبدالله آل ثانی"], None),
    # «همتای X‌ای‌اش»: the adjective's endings, glued or apart, are no name after it
    ("هانس مولر وزیر خارجه اتریش با همتای ترکیه‌ای‌اش تلفنی گفتگو کرد.", "phone_call",
     ["هانس مولر", "وزیر خارجه ترکیه"], None),
    # «در ویدئوکنفرانسی با Y» is a video call (not "در ویدئویی", in a video clip)
    ("هانس مولر در ویدئوکنفرانسی با پیتر برگ درباره کرونا گفتگو کرد.", "video_call", ["هانس مولر", "پیتر برگ"], None),
    ("هانس مولر در ویدئویی از دیدار با پیتر برگ خبر داد.", "meeting", ["هانس مولر", "پیتر برگ"], None),
    # «X ROLE را به حضور پذیرفت»: the role before «را» is the guest received, and a second office after the first
    # one's country too («رئیس‌جمهور A سفیر جدید B را به حضور پذیرفت»)
    ("کاظم نوری سفیر جدید اتریش را به حضور پذیرفت.", "meeting", ["کاظم نوری", "سفیر جدید اتریش"], None),
    ("رئیس‌جمهور کنیا سفیر جدید اتریش را به حضور پذیرفت.", "meeting", ["رئیس‌جمهور کنیا", "سفیر جدید اتریش"],
     None),
    # «X و Y نزدیک به پنج ساعت دیدار … داشتند»: an amount opens no part of a name
    ("مقام اتریشی اعلام کرد برگ و نوری نزدیک به پنج ساعت دیدار مفصل و مهمی داشتند.", "meeting", ["برگ", "نوری"],
     None),
    # a rank before «جدید / سابق» and its country is the office («امیر جدید کویت»)
    ("وزیر خارجه اتریش در دیدار امیر جدید کویت ابراز امیدواری کرد که روابط گسترش یابد.", "meeting",
     ["وزیر خارجه اتریش", "امیر جدید کویت"], None),
    # «شهر- خبرگزاری- …»: a dateline with the dash glued to its words
    ("کابل- ایرنا- کاظم نوری در دیدار با پیتر برگ گفت: همکاری ادامه دارد.", "meeting", ["کاظم نوری", "پیتر برگ"],
     None),
    # a contact refused («دیدار با Y را رد کردند»)
    ("کاظم نوری و پیتر برگ نیز دیدار با یوهان کلاین را رد کردند.", None, [], None),
    # «در پایان» (at the end) is time, no part of the party
    ("نماینده مردم هرات در پایان گفت که با پیتر برگ دیدار کرده است.", "meeting", ["نماینده مردم هرات", "پیتر برگ"],
     None),
    # «X در یک تماس تلفنی با Y، TITLE، درباره … گفت‌وگو کرد»: the title set off after the noun's «با» side
    ("کاظم نوری امروز در یک تماس تلفنی با پیتر برگ، وزیر خارجه اتریش، درباره تجارت گفتگو کرد.", "phone_call",
     ["کاظم نوری", "پیتر برگ"], None),
    # the welcome ceremony: «X در مراسم استقبال از Y …», «X پس از مراسم استقبال رسمی از سوی Y …»
    ("کاظم نوری در مراسم استقبال از هیات پارلمانی اتریش در فرودگاه نایروبی گفت: روابط نزدیک است.", "meeting",
     ["کاظم نوری", "هیات پارلمانی اتریش"], None),
    ("کاظم نوری پس از انجام مراسم استقبال رسمی از سوی پیتر برگ رییس تشریفات دربار وارد کاخ شد.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «با حضور در بیت / دفتر Y با این مرجع تقلید / با وی دیدار کرد»: Y, whose place it is
    ("کاظم نوری امروز با حضور در بیت آیت الله حسن کریمی با این مرجع تقلید دیدار کرد.", "meeting",
     ["کاظم نوری", "حسن کریمی"], None),
    # «در PLACE ملاقات جناب آقای X، TITLE با Y برگزار شد»: a place phrase before the noun that «برگزار شد» holds, and
    # honorifics that do not lengthen the first side
    ("در ساختمان مجلس ملاقات جناب آقای کاظم نوری ، سفیر کنیا در اتریش با پیتر برگ برگزار گردید.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «اعضای این مجمع» after «مجمع نمایندگان استان X» named in full: that body
    ("یک عضو مجمع نمایندگان استان هرات از دیدار اعضای این مجمع با پیتر برگ خبر داد.", "meeting",
     ["اعضای مجمع نمایندگان استان هرات", "پیتر برگ"], None),
    # «صحبت کرد / نمود» is a contact by a remote channel: by video conference too
    ("کاظم نوری با پیتر برگ از طریق ویدیوکنفرانس صحبت نمود.", "video_call", ["کاظم نوری", "پیتر برگ"], None),
    # «CITY – …»: a city before a dash opening the story is a dateline, no party
    ("نایروبی – در ادامه نشست سه جانبه وزرای خارجه، آقای ۲۴/۷ با کاظم نوری دیدار کرد.", None, [], None),
    # a bullet («** …») and a verbal noun («شرکت در …») are no party, «مطبوعاتی / خبری» the noun's adjective
    ("** شرکت در نشست مشترک مطبوعاتی روسای جمهور دو کشور از دیگر برنامه های امروز هانس مولر در وین است.", None, [],
     None),
    # an outlet's tags with colons before the lead-in («آینه‌نیوز : آینه: به نقل از رویترز، X …»)
    ("آینه‌نیوز : آینه: به نقل از رویترز، کاظم نوری در تماسی تلفنی با پیتر برگ تحولات را بررسی کرد.",
     "phone_call", ["کاظم نوری", "پیتر برگ"], None),
    # common nouns (and a place) right before «را» are the verb's object, not the end of an untitled name
    ("کاظم نوری در تماسی تلفنی با پیتر برگ تحولات اوکراین را بررسی کرد.", "phone_call", ["کاظم نوری", "پیتر برگ"],
     None),
    # «ساکنان این شهر (مقدس)»: the city named before
    ("کاظم نوری به یکی از بازارهای وین رفت و در آن با تعدادی از ساکنان این شهر دیدار کرد.", "meeting",
     ["کاظم نوری", "تعدادی از ساکنان وین"], None),
    # «X: در دیدار با Y … کردم»: the one quoted before the colon, telling of their own contact
    ("کاظم نوری: در دیدار با پیتر برگ بر همکاری تاکید کردم", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # an honorific written with «و» between its words («حجت‌الاسلام و المسلمین») joins no two parties
    ("حجت‌الاسلام و المسلمین کاظم نوری با پیتر برگ دیدار کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # a kinship word after a name describes it («X فرزند / همسر Y»), with or without a comma: the party is X
    ("کاظم نوری فرزند آیت‌الله حسن نوری با پیتر برگ دیدار کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    ("پیتر برگ با آنا برگ، همسر هانس برگ، و کاظم نوری دیدار کرد.", "meeting",
     ["پیتر برگ", "آنا برگ", "کاظم نوری"], None),
    # … but one that opens the party is its role
    ("پیتر برگ با همسر رئیس‌جمهور کنیا دیدار کرد.", "meeting", ["پیتر برگ", "همسر رئیس‌جمهور کنیا"], None),
    # a site's tag before a slash opens the story («آینه / X …»), and that outlet is never a party
    ("آینه / کاظم نوری در گفتگو با آینه از دیدار خود با پیتر برگ سخن گفت.", "meeting", ["کاظم نوری", "پیتر برگ"],
     None),
    ("آینه / کاظم نوری با پیتر برگ دیدار کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # a parenthesis after the source's comma opens no body's name: «به نقل از BODY، X امروز (چهارشنبه، …) …»
    ("به گزارش آینه به نقل از وزارت نفت، کاظم نوری امروز (چهارشنبه، ۳۰ مهر) در دیدار با پیتر برگ گفت: همکاری"
     " ادامه دارد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # a comma right before the cue closes the «با» side's apposition, not the clause
    ("هانس مولر وزیر خارجه اتریش امروز با کامران نوری سفیر ایران در وین، ملاقات کرد.", "meeting",
     ["هانس مولر", "کامران نوری"], None),
    # «شام دیروز / شام روز …» (Dari: yesterday evening) is a time phrase after the subject, not part of its name
    ("پیتر برگ شام دیروز پس از ملاقات با کامران نوری به خبرنگاران گفت که روابط دو کشور خوب است.", "meeting",
     ["پیتر برگ", "کامران نوری"], None),
    # a special envoy's title goes on past «برای» to the brief («نماینده خاص X برای Y»): the «با» side follows it
    ("وزارت خارجه از دیدار پیتر برگ نماینده ویژه اتریش برای آسیای میانه با کامران نوری خبر داد.", "meeting",
     ["پیتر برگ", "کامران نوری"], None),
    # an age after a person noun («دختر ۱۶ ساله») is part of the apposition, not a time word ending the subject
    ("ماریا لوپز دختر ۱۷ ساله اسپانیایی روز گذشته در مادرید با پادشاه اسپانیا دیدار کرد.", "meeting",
     ["ماریا لوپز", "پادشاه اسپانیا"], "مادرید"),
    # a sports word in the counterpart's title is no match: a name set off before its office holds
    ("کاظم نوری در ژنو با یوهان کلاین، رئیس فدراسیون جهانی والیبال دیدار کرد.", "meeting",
     ["کاظم نوری", "یوهان کلاین"], "ژنو"),
    # the noun's manner adjectives («مذاکرات فشرده», «گفت‌وگوی مفصل») are no party
    ("پیتر برگ پس از مذاکرات فشرده با کامران نوری به وین بازگشت.", "meeting", ["پیتر برگ", "کامران نوری"], None),
    # «حضور یافت» ends a party, and the delegations of both countries together are no side of their own
    ("کاظم نوری پس از گفت‌وگو با پیتر برگ در نشست مشترک هیئت‌های عالی‌رتبه دو کشور حضور یافت.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «… شکل گرفت» (a contact "took shape") ends the party before it
    ("آخرین تماس در گفت‌وگوی تلفنی کاظم نوری و پیتر برگ شکل گرفت.", "phone_call", ["کاظم نوری", "پیتر برگ"], None),
    # «صدر» is a surname, not a title: "X صدر رهبر حزب …" keeps its whole name
    ("کاظم صدر رهبر حزب سبز اتریش با پیتر برگ دیدار کرد.", "meeting", ["کاظم صدر", "پیتر برگ"], None),
    # a noun phrase before a title in a headline is no holder of it, its adjective glued without a ZWNJ too
    ("درخواست بیسابقه رئیس‌جمهور شیلی از رئیس‌جمهور پرو\nرئیس‌جمهور شیلی امروز با رئیس‌جمهور پرو گفتگوی تلفنی"
     " داشت.", "phone_call", ["رئیس‌جمهور شیلی", "رئیس‌جمهور پرو"], None),
    # «چند» before a noun is a vague quantifier («با چند مقام اتریشی»: no party), before a unit of time a time
    ("کاظم نوری در وین با چند مقام اتریشی دیدار و رایزنی کرد.", None, [], None),
    ("کاظم نوری چند روز پیش با پیتر برگ دیدار کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    ("کاظم نوری امروز با همتایان چند کشور اروپایی گفتگوی تلفنی داشت.", None, [], None),
    # «NAME TITLE COUNTRY1 و TITLE COUNTRY2»: the offices of two countries are two people, not one's second title
    ("یان نواک نخست‌وزیر مالزی و رئیس‌جمهور اندونزی امروز در جاکارتا دیدار کردند.", "meeting",
     ["یان نواک", "رئیس‌جمهور اندونزی"], None),
    # «با همتای ADJ خود، «NAME»، …»: the counterpart's holder set off after it, in quotes too, is that one party …
    ("کاظم نوری امروز در گفت‌وگویی تلفنی با همتای اتریشی خود، «پیتر برگ»، درباره تجارت گفت‌وگو کرد.", "phone_call",
     ["کاظم نوری", "پیتر برگ"], None),
    # … also when the clause's object («… را VERB») follows it, and a meeting noun inside that object is no cue
    ("کاظم نوری امروز در دیدار با همتای اتریشی خود، پیتر برگ، روند مذاکرات را بررسی کرد.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «وزیر F1 و F2» of a ministry data/organizations.txt names with «و» is one title, its «و» parts no parties
    ("کاظم نوری، وزیر فرهنگ و ارشاد اسلامی، روز چهارشنبه با پیتر برگ دیدار کرد.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «دیدار PLURAL-OFFICE A و B، «X» و «Y»، …»: the holders set off after the office, quoted too, in order; the office's
    # own «و» before them ("معاونان وزیران خارجه A و B،") is no pair of names
    ("دیدار وزیران نیروی اتریش و سوئد، «کاظم نوری» و «پیتر برگ»، دیروز در وین انجام شد.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    ("معاونان وزیران خارجه اتریش و سوئد، «کاظم نوری» و «پیتر برگ»، دیروز در وین دیدار کردند.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «این بار» / «بار دیگر» after the subject: which occasion it is, no word of the name before it
    ("کاظم نوری و پیتر برگ این بار درباره زبان آلمانی و تبادل دانشجو گفت‌وگو کردند.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «استانداران / شهرداران A و B»: a local office's plural before two places, known to the gazetteer or not
    ("گفت‌وگوی تلفنی استانداران کلاردشت غربی و ورنوس درباره مرز", "phone_call",
     ["استاندار کلاردشت غربی", "استاندار ورنوس"], None),
    # «شیخ» and a first name glued after a first name is a part of the surname, not a title
    ("کاظم نوری امروز با پیتر شیخ‌مصطفی دیدار کرد.", "meeting", ["کاظم نوری", "پیتر شیخ‌مصطفی"], None),
    # «… گزارش داد NAME، TITLE، …»: a name of up to five words (honorific and «بن» chain) set off before its title
    ("خبرگزاری کونا گزارش داد شیخ سالم بن فهد الهاجری، امیر کویت، عصر یکشنبه با کاظم نوری دیدار کرد.", "meeting",
     ["سالم بن فهد الهاجری", "کاظم نوری"], None),
    # «… با Y دیدار کرد و از PLACE قدردانی کرد»: an «از» past the noun's verb is no visit of a place
    ("کاظم نوری با پیتر برگ دیدار کرد و از اتریش برای کمک‌ها قدردانی کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # «از Y، TITLE استقبال کرد»: the welcomed one's title set off by a comma that is not closed before the verb …
    ("کاظم نوری روز سه‌شنبه در وین از پیتر برگ، همتای اتریشی خود استقبال کرد.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # … but a second «از» phrase after a comma welcomes something else
    ("کاظم نوری ضمن قدردانی از پیتر برگ، از پیشنهاد اتریش استقبال کرد.", None, [], None),
    # «X و Y در نشستی دوجانبه در حاشیه اجلاس …»: the occasion after the noun is no object of it, no party
    ("نخست‌وزیر هند و رئیس‌جمهور پرو امروز در نشستی دوجانبه در حاشیه اجلاس سران گروه بیست، تجارت را بررسی کردند.",
     "meeting", ["نخست‌وزیر هند", "رئیس‌جمهور پرو"], None),
    # «نشست/دیدار PLURAL-OFFICE A، B و C … برگزار شد»: the noun's sides past the commas of the list
    ("نشست برخط وزیران کشاورزی اتریش، سوئد و نروژ صبح دیروز برگزار شد.", "video_call",
     ["وزیر کشاورزی اتریش", "وزیر کشاورزی سوئد", "وزیر کشاورزی نروژ"], None),
    # … countries in their long forms («جمهوری اسلامی …»), the subject's list not cut at its commas, nor read on
    # into the countries of the topic
    ("وزیران نیرو جمهوری اسلامی ایران، جمهوری اسلامی افغانستان و جمهوری تاجیکستان از طریق ویدئوکنفرانس درباره"
     " انتقال برق از تاجیکستان به ایران گفت‌وگو کردند.", "video_call",
     ["وزیر نیرو ایران", "وزیر نیرو افغانستان", "وزیر نیرو تاجیکستان"], None),
    # «استانداران A، B و C و D»: places not read one by one are no parties each (one group, no contact)
    ("نشست استانداران ورنوس، کلاردشت و بیلاب و سیلان روز گذشته در بیلاب برگزار شد.", None, [], None),
    # «X به Y تلفن کرد» is a call, as «تلفن زد»
    ("کاظم نوری دیروز به پیتر برگ تلفن کرد و درباره انتخابات با او گفتگو کرد.", "phone_call",
     ["کاظم نوری", "پیتر برگ"], None),
    # «NOUN ROLE، NAME، با Y …»: the noun's first side named between commas, then its «با» side
    ("گفتگوی تلفنی رئیس‌جمهور پرو، کاظم نوری، با نخست‌وزیر اتریش روز دوشنبه صورت گرفت.", "phone_call",
     ["کاظم نوری", "نخست‌وزیر اتریش"], None),
    # «خبرنگاران گزارش دادند که X … با Y مذاکره کرده است»: reporters report a contact with a subject of its own
    ("خبرنگاران گزارش دادند که کاظم نوری دیروز با پیتر برگ در وین مذاکره کرده است.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «در/طی NOUN‌ی که … انجام شد، A و B … (plural verb)»: the plural subject after the noun's clause are its sides
    ("طی ملاقاتی که روز دوشنبه در وین صورت گرفت، کاظم نوری و پیتر برگ بر سر آتش بس به توافق رسیدند.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «هنگامی که A و B … گفتگو می‌کردند، …»: a past progressive in a time clause tells a contact going on then
    ("هنگامی که کاظم نوری و پیتر برگ دیروز در وین گفتگو می‌کردند، معترضان تجمع کرده بودند.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «پایتخت X» set off after a city is that city, no party
    ("معاون وزیر بهداشت، کاظم نوری، که از پنجشنبه برای پیگیری صادرات دارو در دوشنبه، پایتخت تاجیکستان، به سر می‌برد،"
     " روز جمعه با پیتر برگ دیدار کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # a European name with a particle («دی‌…», «فون‌…») may run to five or six words, split by its ZWNJ
    ("کاظم نوری امروز با ژوزه کارلوس دی‌آلمیدا سوزا، رئیس‌جمهور پرتغال، دیدار کرد.", "meeting",
     ["کاظم نوری", "ژوزه کارلوس دی‌آلمیدا سوزا"], None),
    # «X به دیدار مادربزرگ ۹۰ ساله‌اش رفت»: a visit to one's own kin (their age between) is a private one, no contact
    ("کاظم نوری پس از بازگشت به روستای زادگاهش به دیدار پدربزرگ ۹۰ ساله‌اش رفت.", None, [], None),
    # «نشست پرسش و پاسخ با Y»: a question-and-answer session with an audience, no contact of parties
    ("کاظم نوری در نشست پرسش و پاسخ با دانشجویان دانشگاه وین شرکت کرد.", None, [], None),
    # «A، TITLE، و همتای ADJ‌اش، B، TITLE2، …»: the counterpart's holder set off after it, his own title after him
    ("گفت‌وگوی تلفنی پیتر برگ، وزیر بازرگانی اتریش، و همتای ایرانی‌اش، کاظم نوری، وزیر صنعت، معدن و تجارت، که"
     " سه‌شنبه انجام شد، به توافق انجامید.", "phone_call", ["پیتر برگ", "کاظم نوری"], None),
    # «با NAME، از مراجع تقلید، دیدار کرد»: a partitive apposition («one of the …») set off after the name
    ("پیتر برگ امروز با آیت‌الله کاظم نوری، از مراجع تقلید، دیدار کرد.", "meeting", ["پیتر برگ", "کاظم نوری"], None),
    # «با Y و معاونان وی»: the host's own deputies, unnamed, are his retinue, no party of their own
    ("پیتر برگ امروز در شیراز با کاظم نوری، استاندار فارس، و معاونان وی دیدار کرد.", "meeting",
     ["پیتر برگ", "کاظم نوری"], None),
    # a surname that opens with a weekday glued by a ZWNJ («جمعه‌زاده») is no time word
    ("کاظم جمعه‌زاده امروز با پیتر برگ دیدار کرد.", "meeting", ["کاظم جمعه‌زاده", "پیتر برگ"], None),
    # a movement («راهی …»), a preparation («مقدمات …») or a role cut after its demonstrative («والی این») is no party
    ("مقدمات حضور اتریش در نمایشگاه در دیدار کاظم نوری با پیتر برگ فراهم شد.", "meeting", ["کاظم نوری", "پیتر برگ"],
     None),
    # … a quantified «کشور» with a word that says which names a group under a head not vague itself
    ("نخست‌وزیر سوئد با سفرای چند کشور آفریقایی درباره تجارت گفتگو کرد.", "meeting",
     ["نخست‌وزیر سوئد", "سفرای چند کشور آفریقایی"], None),
    ("هانس مولر با وزیران برخی از کشور‌های حوزه بالتیک دیدار کرد.", "meeting",
     ["هانس مولر", "وزیران برخی از کشور‌های حوزه بالتیک"], None),
    ("هانس مولر با سفرای چند کشور دیگر دیدار کرد.", None, [], None),
    # … but «چند» before a head its words qualify names a group («چند نماینده پارلمان اتریش»), up to a preposition
    ("کاظم نوری در دیدار با چند نماینده پارلمان اتریش سخن گفت.", "meeting",
     ["کاظم نوری", "چند نماینده پارلمان اتریش"], None),
    ("کاظم نوری با مادران چند شهید درباره این کار دیدار کرد.", "meeting", ["کاظم نوری", "مادران چند شهید"], None),
    # «در یک NOUN با Y» (an indefinite contact noun) is the noun's own phrase, as «در NOUN با Y»
    ("هانس مولر، وزیر خارجه اتریش در یک کنفرانس خبری مشترک با کامران نوری بیان داشت: همکاری ادامه دارد.",
     "meeting", ["هانس مولر", "کامران نوری"], None),
    # … and an adjective after its channel word («تماس تلفنی حساس») is no party
    ("پیتر برگ و کامران نوری، در یک تماس تلفنی حساس، درباره گام‌های بعدی گفتگو کردند.", "phone_call",
     ["پیتر برگ", "کامران نوری"], None),
    # a common noun set off after a name («X، دانشجوی ۲۲ ساله،») is its apposition, not a second side
    ("به گزارش آینه، کاظم رسولی، دانشجوی ۲۲ ساله، در یک تماس تلفنی از شهر تبریز گفت: دانشجویان جمع شدند.", None, [],
     None),
    # «نشست» opening its clause is the noun (not the verb "sat"), its sides before «با» however long, and its
    # adjectives («صمیمی», «هم‌اندیشی») no party
    ("نشست صمیمی کاظم نوری استاندار فارس با حجت‌الاسلام حسن رحیمی نماینده ولی فقیه در استان برگزار شد.", "meeting",
     ["کاظم نوری", "حسن رحیمی"], None),
    ("نشست هم‌اندیشی فرماندار با شهردار و اعضای شورای شهر", "meeting", ["فرماندار", "شهردار", "اعضای شورای شهر"], None),
    # … but the verb "sat" is no contact
    ("کاظم نوری کنار پیتر برگ نشست و با خبرنگاران گفتگو کرد.", None, [], None),
    # «جنگ / درگیری با X» is a war with X, not a contact: the «با» of the contact is the next one
    ("پیتر برگ با کامران نوری درباره جنگ با حماس گفتگو کرد.", "meeting", ["پیتر برگ", "کامران نوری"], None),
    # a «با» inside the topic phrase («درباره همکاری با عراق») is the topic's, not the contact's
    ("پیتر برگ با کامران نوری درباره همکاری با عراق گفتگو کرد.", "meeting", ["پیتر برگ", "کامران نوری"], None),
    # an occasion set off by its comma at the head of a sentence («در حاشیه اجلاس، …») is no party
    ("در حاشیه اجلاس، کاظم نوری با پیتر برگ دیدار کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # a guest received in the passive, «توسط X» as «از سوی X»
    ("پیتر برگ امروز توسط کاظم نوری به حضور پذیرفته شد.", "meeting", ["پیتر برگ", "کاظم نوری"], None),
    # «با هدف دیدار با Y» is a purpose, not a contact; «با هدف …» before a contact's «با» is its manner
    ("پیتر برگ با هدف دیدار با کاظم نوری به تهران سفر کرد.", None, [], None),
    ("پیتر برگ با هدف گسترش روابط با کاظم نوری دیدار کرد.", "meeting", ["پیتر برگ", "کاظم نوری"], None),
    # «A و B در این گفت‌وگو … کردند» told with no contact before it (an excerpt's first lines): A and B met; the
    # channel phrase «به صورت ویدئو کنفرانس» of its relative clause is no party
    ("کاظم جلالی و الیاس کریموف در این گفت‌وگو که به صورت ویدئو کنفرانس برگزار شد بر گسترش روابط تاکید کردند.",
     "video_call", ["کاظم جلالی", "الیاس کریموف"], None),
    ("کاظم جلالی و الیاس کریموف در گفتگویی که به صورت ویدیو کنفرانس برگزار شد بر گسترش روابط تاکید کردند.",
     "video_call", ["کاظم جلالی", "الیاس کریموف"], None),
    # … but one subject «در این دیدار» tells back to a contact it does not name
    ("کاظم جلالی در این گفت‌وگو بر گسترش روابط تاکید کرد.", None, [], None),
    # a topic after the contact («درباره احتمال گفت‌وگو …») does not make the contact a plan
    ("پیتر برگ در پایان دیدار با کاظم نوری درباره احتمال گفتگو با وزیر خارجه آلمان گفت: همه چیز ممکن است.",
     "meeting", ["پیتر برگ", "کاظم نوری"], None),
    # a quantifier before a plural head and what qualifies it («برخی رهبران احزاب») names a group; bare, it does not
    ("کاظم نوری با برخی رهبران احزاب اتریش دیدار کرد.", "meeting", ["کاظم نوری", "برخی رهبران احزاب اتریش"], None),
    ("برخی مقامات با کاظم نوری ملاقات کردند.", None, [], None),
    # in sports news «دیدار» alone may be a match, but «دیدار و گفت‌وگو» and other contact nouns are contacts
    ("کاظم نوری رئیس هیئت فوتبال استان با اعضای هیئت فوتبال شهرستان دیدار و گفتگو کرد.", "meeting",
     ["کاظم نوری", "اعضای هیئت فوتبال شهرستان"], None),
    ("تیم فوتبال پرسپولیس امروز با تیم استقلال دیدار کرد.", None, [], None),
    # a contact noun in a means phrase («با تلاش و رایزنی X») tells no contact
    ("با تلاش و رایزنی رئیس هیئت ورزش استان و نایب رئیس این هیئت سالن شهر را با مزایده در اختیار گرفتیم.", None, [],
     None),
    # «به دیدار معبود / مولا شتافت» (went to meet the Beloved) says that someone died: no contact
    ("کاظم نوری پس از عمری خدمت به دیدار معبود شتافت.", None, [], None),
    ("کاظم نوری به دیدار پیتر برگ شتافت.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # a quantified group goes on past «از» inside a party too («خانواده چند تن از پاسداران»)
    ("کاظم نوری در دیدار با خانواده چند تن از پاسداران گفت: سپاه یک خانواده است.", "meeting",
     ["کاظم نوری", "خانواده چند تن از پاسداران"], None),
    # a sports word in the quote after the speech verb («… پیروزی …») makes no welcome a match
    ("کاظم نوری رئیس کمیسیون مجلس اتریش در مراسم استقبال از هیات پارلمانی ایران در فرودگاه وین افزود: این همکاری"
     " سبب پیروزی بر تروریسم شد.", "meeting", ["کاظم نوری", "هیات پارلمانی ایران"], None),
    # «پیشوای ملت» (Tajikistan's head of state, as Tajik and Afghan outlets title him) is a title before the name
    ("کاظم نوری دیروز پس از ملاقات با پیشوای ملت رستم قربانف به خبرنگاران گفت که روابط خوب است.", "meeting",
     ["کاظم نوری", "رستم قربانف"], None),
    # «ولی» of «نماینده ولی فقیه» and «ولی عهد» is no «ولی» ("but") ending the party
    ("نماینده ولی فقیه در استان با مدیرکل اوقاف دیدار و گفتگو کرد.", "meeting",
     ["نماینده ولی فقیه در استان", "مدیرکل اوقاف"], None),
    ("کاظم نوری با ولی عهد اردن دیدار کرد.", "meeting", ["کاظم نوری", "ولی عهد اردن"], None),
    # «و امام جمعه Y» after a named, titled person is a second title of that person, not a second party
    ("کاظم نوری امروز با حسن رحیمی نماینده ولی فقیه در استان و امام جمعه شیراز دیدار کرد.", "meeting",
     ["کاظم نوری", "حسن رحیمی"], None),
    # a relative clause set off by commas right after the «با» party («با Y، که …، دیدار کرد») is on that party
    ("کاظم نوری با پیتر برگ، که برای شرکت در اجلاس به تهران آمده است، دیدار کرد.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # a kin's word with a pronoun («همسرش», «فرزند وی») is no party of its own
    ("کاظم نوری با پیتر برگ و همسرش دیدار کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # an indefinite delegation «هیئتی از X به ریاست Y» is its named head, as «هیئت X به ریاست Y»
    ("کاظم نوری امروز میزبان هیئتی از اتریش به ریاست پیتر برگ بود.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # a date in brackets («(۱۲حوت)») left alone before «با» is no party: the subject is the one named before it
    ("دفتر ریاست جمهوری گفته آقای نوری که در سفر رسمی بسر می برد، روز گذشته (12حوت) با پیتر برگ گفتگوی تلفنی کرده"
     " است.", "phone_call", ["نوری", "پیتر برگ"], None),
    # one office of two cities is two people: the city is one of the office's words, not only its country's
    ("شهردار شیراز با «ماریو روسی» شهردار ونیز دیدار کرد.", "meeting", ["شهردار شیراز", "ماریو روسی"], None),
    # a light verb before «با Y، TITLE،» («… رفت و با Y، TITLE، گفت‌وگو کرد») does not end the clause at Y's comma
    ("کاظم نوری امروز برای خداحافظی به مجلس رفت و با هانس مولر، رئیس مجلس، گفت‌وگو کرد.", "meeting",
     ["کاظم نوری", "هانس مولر"], None),
    # a call «به Y، TITLE، تلفن زد»; a welcome «با استقبال Y، TITLE وارد Z شد»; a farewell «با بدرقه Y، TITLE، Z را ترک کرد»
    ("کاظم نوری شب گذشته به هانس مولر، رئیس فدراسیون والیبال، تلفن زد.", "phone_call", ["کاظم نوری", "هانس مولر"], None),
    ("کاظم نوری، وزیر خارجه اتریش، عصر دیروز با استقبال هانس مولر، وزیر امور خارجه کشورمان وارد تهران شد.",
     "meeting", ["کاظم نوری", "هانس مولر"], None),
    ("کاظم نوری ظهر امروز با بدرقه رسمی هانس مولر، معاون اول رئیس‌جمهور، تهران را ترک کرد.", "meeting",
     ["کاظم نوری", "هانس مولر"], None),
    # a meeting noun opening its clause takes its own predicate's tense: put off («به تعویق افتاد») is no contact
    ("دیدار کاظم نوری با «هانس مولر» وزیر کشاورزی اتریش که قرار بود امروز در وین برگزار شود، به دلیل تأخیر پرواز به"
     " تعویق افتاد.", None, [], None),
    # «برنامه‌ریزی» in a body's name («شورای برنامه‌ریزی و توسعه استان») is no scheduling
    ("کاظم نوری، استاندار گیلان و رئیس شورای برنامه‌ریزی و توسعه استان، صبح امروز با «هانس مولر» سرکنسول اتریش"
     " دیدار کرد.", "meeting", ["کاظم نوری", "هانس مولر"], None),
    ("دیدار کاظم نوری با هانس مولر برای هفته آینده برنامه‌ریزی شده است.", None, [], None),
    # the guest's side of an audience, the host set off with its title: «از سوی Y، TITLE، به حضور پذیرفته شد», and an
    # envoy come with credentials «… استوارنامه خود، از سوی Y، TITLE، پذیرفته شد»; a proposal accepted is no audience
    ("«هانس مولر» سفیر جدید اتریش روز دوشنبه از سوی کاظم نوری، معاون وزیر امور خارجه، به حضور پذیرفته شد.", "meeting",
     ["هانس مولر", "کاظم نوری"], None),
    ("«هانس مولر» سفیر جدید اتریش برای تقدیم رونوشت استوارنامه خود، روز دوشنبه از سوی کاظم نوری، معاون اروپای"
     " وزارت امور خارجه، پذیرفته شد.", "meeting", ["هانس مولر", "کاظم نوری"], None),
    ("پیشنهاد هانس مولر از سوی کاظم نوری، وزیر کشور، پذیرفته شد.", None, [], None),
    # «دیداری میان A، TITLE، و B TITLE2 … انجام شد» after a time phrase set off by its comma
    ("شامگاه دیروز، دیداری میان کاظم نوری، رئیس کانون وکلای مرکز، و «هانس مولر» رئیس کانون وکلای وین در تهران انجام"
     " شد.", "meeting", ["کاظم نوری", "هانس مولر"], None),
    # a session held over a channel names its two sides: «نشست ویدئوکنفرانسی A، TITLE، و B … برگزار شد»
    ("نشست ویدئوکنفرانسی دکتر کاظم نوری، رئیس دانشگاه تهران، و «هانس مولر» رئیس دانشگاه وین صبح امروز برگزار شد.",
     "video_call", ["کاظم نوری", "هانس مولر"], None),
    ("نشست ویدئوکنفرانسی شورای امنیت امروز برگزار شد.", None, [], None),
    # a place phrase before the guest received («X روز دوشنبه در مسکو Y، TITLE را پذیرفت») is no part of the guest
    ("کاظم نوری روز دوشنبه در مسکو علی امین‌زاده، رئیس مجلس شورای اسلامی را پذیرفت.", "meeting",
     ["کاظم نوری", "علی امین‌زاده"], "مسکو"),
    # a comma between the «با» side and the place phrase before the verb closes only the «با» side
    ("کاظم نوری سوم مرداد ماه با هانس مولر، در وین گفت و گو کرد.", "meeting", ["کاظم نوری", "هانس مولر"], "وین"),
    # «A و B به گفت‌وگو نشستند / نشسته‌اند»: «نشستن» is the light verb of a talk, in any past tense
    ("کاظم نوری و هانس مولر در وین به گفت و گو نشستند.", "meeting", ["کاظم نوری", "هانس مولر"], "وین"),
    ("کاظم نوری و هانس مولر در وین به گفت‌وگو نشسته‌اند.", "meeting", ["کاظم نوری", "هانس مولر"], "وین"),
    # a title with «و» ending in its country set off by commas («Y، وزیر جوانان و ورزش اتریش،») is one title
    ("کاظم نوری دیشب با هانس مولر، وزیر جوانان و ورزش اتریش، تلفنی صحبت کرد.", "phone_call",
     ["کاظم نوری", "هانس مولر"], None),
    # a host frame with the guest's title set off by commas («X میزبان Y، TITLE، بود»)
    ("کاظم نوری عصر دیروز در دفتر خود میزبان «هانس مولر»، رئیس هیئت صلیب سرخ، بود.", "meeting",
     ["کاظم نوری", "هانس مولر"], None),
    # a body whose name holds a comma («وزارت تعاون، کار و رفاه اجتماعی», data/organizations.txt) is one title
    ("هانس مولر با کاظم نوری، وزیر تعاون، کار و رفاه اجتماعی، دیدار کرد.", "meeting", ["هانس مولر", "کاظم نوری"], None),
    ("کاظم نوری، رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی ایران، با هانس مولر دیدار کرد.", "meeting",
     ["کاظم نوری", "هانس مولر"], None),
    # a lead-in «به نقل از BODY،» ends at its comma when a person or a time follows, not past them
    ("به گزارش ایرنا به نقل از اداره اخبار و رسانه های گروهی مجلس شورای اسلامی، کاظم نوری شب گذشته ، در دیدار با"
     " هانس مولر مسوول سابق اتحادیه اروپا، افزود: همکاری ضروری است.", "meeting", ["کاظم نوری", "هانس مولر"], None),
    ("به گزارش ایرنا به نقل از روابط عمومی اتحادیه املاک، کاظم نوری، علی صالحی و حسن موسوی با هانس مولر دیدار"
     " کردند.", "meeting", ["کاظم نوری", "علی صالحی", "حسن موسوی", "هانس مولر"], None),
    # a call to an emergency line with its callers between («تماس تلفنی شهروندان با سامانه ۱۲۵») is no contact
    ("آتش‌سوزی انبار پس از تماس تلفنی شهروندان با سامانه ۱۲۵ مهار شد.", None, [], None),
    # «…یان» on a noun heading a group («فرهنگیان بازنشسته استان بوشهر») names people; alone it may be a surname
    ("کاظم نوری در پایان سفر با فرهنگیان بازنشسته استان بوشهر گفت‌وگو کرد.", "meeting",
     ["کاظم نوری", "فرهنگیان بازنشسته استان بوشهر"], None),
    ("کاظم نوری و معتمدیان یکدیگر را در بیرجند ملاقات کردند.", "meeting", ["کاظم نوری", "معتمدیان"], "بیرجند"),
    # a quote, then «این را X، TITLE، … پس از دیدار با Y گفت»: X said it; the quote's closing mark ends its sentence
    ("«دانشجویان ما یک ترم در وین تحصیل می‌کنند.» این را کاظم نوری، رئیس دانشگاه تهران، امروز پس از دیدار با «هانس"
     " مولر» رئیس دانشگاه وین در تهران گفت.", "meeting", ["کاظم نوری", "هانس مولر"], "تهران"),
    # «پس از دیدار با Y» before another occasion: the body's session after Y is not the contact's own, nor is a
    # purpose inside a relative clause set off before the noun
    ("کاظم نوری پس از دیدار با هانس مولر در جلسه شورا سخنرانی کرد.", "meeting", ["کاظم نوری", "هانس مولر"], None),
    ("وزیر آموزش و پرورش که دیروز برای سفری یک‌روزه به بوشهر رفته بود، پس از دیدار با هانس مولر در جلسه شورا"
     " سخنرانی کرد.", "meeting", ["وزیر آموزش و پرورش", "هانس مولر"], None),
    ("کاظم نوری در جلسه شورا با هانس مولر دیدار کرد.", None, [], None),
    ("کاظم نوری برای دیدار با هانس مولر به وین رفت.", None, [], None),
    # «مفتی» before a place is the office, and «و» with a second place goes on with it; before a name, an honorific
    ("کاظم نوری عصر دیروز در قم میزبان مفتی طرابلس و شمال لبنان بود.", "meeting",
     ["کاظم نوری", "مفتی طرابلس و شمال لبنان"], None),
    ("کاظم نوری با مفتی رستم غفاروف دیدار کرد.", "meeting", ["کاظم نوری", "رستم غفاروف"], None),
    # «سفیر فوق‌العاده و مختار» is one title
    ("رئیس جمهوری تاجیکستان امروز سفیر فوق‌العاده و مختار اتریش، هانس مولر، را به حضور پذیرفت.", "meeting",
     ["رئیس‌جمهوری تاجیکستان", "هانس مولر"], None),
    # a surname that is also a title word, then the title set off («علیرضا دبیر، رئیس فدراسیون کشتی»); an office
    # holder of a sports body meeting someone is no match
    ("علیرضا دبیر، رییس فدراسیون کشتی با دکتر کاظم نوری، معاون وزارت ورزش دیدار کرد.", "meeting",
     ["علیرضا دبیر", "کاظم نوری"], None),
    ("کاظم نوری، رئیس فدراسیون کشتی با هانس مولر دیدار کرد.", "meeting", ["کاظم نوری", "هانس مولر"], None),
    ("تیم ملی فوتبال ایران با تیم کره جنوبی دیدار کرد.", None, [], None),
    # a constituency's list of places («شهرستان‌های A، B و C») parts no parties; words of an occasion before a title in
    # a headline («حواشی سفر وزیر …») are no name
    ("کاظم نوری با هانس مولر، نماینده مردم شهرستان‌های بویراحمد، دنا و مارگون دیدار کرد.", "meeting",
     ["کاظم نوری", "هانس مولر"], None),
    # «X به دیدار Y، TITLE(،) رفت»: the verb past Y's title set off by commas
    ("کاظم نوری روز شنبه به دیدار هانس مولر، مدیرکل امور اتباع استانداری خراسان رضوی رفت.", "meeting",
     ["کاظم نوری", "هانس مولر"], None),
    # «ROLE، HONORIFIC NAME،»: the name without its honorific («دکتر», «مولوی»)
    ("وزیر خارجه اتریش، دکتر هانس مولر، دیروز با کاظم نوری دیدار کرد.", "meeting", ["هانس مولر", "کاظم نوری"], None),
    ("رئیس‌الوزرای امارت اسلامی افغانستان، مولوی عبدالباری نوراحمدزی، با هانس مولر، سفیر اتریش در کابل، ملاقات نمود.",
     "meeting", ["عبدالباری نوراحمدزی", "هانس مولر"], None),
    # a purpose phrase set off by its comma («به همین منظور در جهت …،») opens no party
    ("روز گذشته به همین منظور در جهت بررسی همکاری‌های انرژی، کاظم نوری، سفیر ایران با هانس مولر دیدار و گفتگو کرد.",
     "meeting", ["کاظم نوری", "هانس مولر"], None),
    # the custodian of a shrine («تولیت آستان …») is an office: the name before it is the party
    ("کاظم نوری عصر امروز با حجت الاسلام حسن صالحی تولیت آستان مقدس دیدار کرد.", "meeting", ["کاظم نوری", "حسن صالحی"],
     None),
    # a relative clause on the guest between «را» and «به حضور پذیرفت»
    ("کاظم نوری، رئیس‌جمهور، عصر امروز هانس مولر، وزیر خارجه اتریش را که برای رایزنی به تهران سفر کرده است، به"
     " حضور پذیرفت.", "meeting", ["کاظم نوری", "هانس مولر"], None),
    ("کاظم نوری پیشنهاد وزیر را که دیروز مطرح شده بود، پذیرفت.", None, [], None),
    # «معظم‌له» (his eminence) is a pronoun: in «با حضور در دفتر Y با معظم‌له», Y
    ("کاظم نوری با حضور در دفتر آیت‌الله صالحی با معظم‌له دیدار کرد.", "meeting", ["کاظم نوری", "صالحی"], None),
    # an honorific glued where the text lost its ZWNJ («آیتالله») is no first name: the name is the surname after it
    ("کاظم نوری با آیتالله صالحی دیدار و گفتوگو کرد.", "meeting", ["کاظم نوری", "صالحی"], None),
    # an audience «X به حضور Y، TITLE، رسید»: the host set off with its title
    ("رئیس دانشگاه تبریز عصر دیروز به حضور آیت‌الله سیدحسن نوری، نماینده ولی فقیه در استان، رسید.", "meeting",
     ["رئیس دانشگاه تبریز", "سیدحسن نوری"], None),
    # «میزبان» as an attribute of a noun («ستاره میزبان»), its side inside a «که» clause: no host, no guest
    ("اخترشناسان از طریق یک تلسکوپ تازه سیاره‌ای به نام TX-12 را یافته‌اند که در حال چرخش یک ستاره میزبان (Tau-12)"
     " است.", None, [], None),
    # the dead hosted for burial («میزبان شهدای گمنام») are no guests
    ("دانشگاه صنعتی اراک روز جمعه میزبان شهدای گمنام دفاع مقدس بود.", None, [], None),
    # «…، که مورد استقبال X قرار گرفت» after a verb: the request just told was welcomed, not a guest
    ("اعضای انجمن خواستار برگزاری نشست‌های بیشتر شدند که مورد استقبال رئیس کتابخانه ملی قرار گرفت.", None, [],
     None),
    # readiness for talks announced, with no counterpart: no contact («با عزم خود» is a manner, not a side)
    ("سخنگوی جبهه در ادامه افزود: جبهه با عزم و اراده خود طرح قطر را پذیرفت و آمادگی خود را برای مذاکره و گفت و"
     " گو اعلام کرد و دیگران برای آن تصمیم نمی‌گیرند.", None, [], None),
    # an ezafe chain of common words before a title («در مسیر حرکت رئیس‌جمهور») names no holder of it, though its
    # first word is also a first name; a relative clause on the counterpart stands before the verb
    ("رئیس‌جمهور در مسیر خود با مردم روستای کلاته که در مسیر حرکت رئیس‌جمهور حاضر شده بودند دقایقی گفتگو کرد.",
     "meeting", ["رئیس‌جمهور", "مردم روستای کلاته"], None),
    # the lead's one unnamed side is the person the article names in the sentences that tell the contact back: the
    # one spoken to «در این دیدار به NAME گفت», the other side «در دیدار با NAME»
    ("کاظم نوری وزیر نیرو امروز با همتای عراقی خود دیدار کرد. نوری در این دیدار به حسن جبوری گفت: همکاری‌ها ادامه"
     " می‌یابد.", "meeting", ["کاظم نوری", "حسن جبوری"], None),
    ("وزیر امور خارجه اتریش امروز در وین با همتای ایرانی خود دیدار کرد. به گزارش ایرنا، هانس مولر در این دیدار گفت:"
     " مذاکرات ادامه دارد. وی افزود که در دیدار با کاظم نوری توافق شده است کارشناسان دو کشور هفته آینده دیدار کنند.",
     "meeting", ["هانس مولر", "کاظم نوری"], "وین"),
    # two offices in the lead: the subject told back first («NAME در این دیدار …», «در این نشست، NAME از …»), the
    # other side after it («B نیز / هم …», set off with its title or not)
    ("فرماندار بم و سرکنسول ژاپن در کرمان امروز دیدار و گفت‌وگو کردند. مهندس کاظم نوری در این دیدار از آمادگی"
     " شهرستان برای همکاری خبر داد. تاناکا نیز گفت: ژاپن به بازسازی ارگ کمک می‌کند.", "meeting",
     ["کاظم نوری", "تاناکا"], None),
    ("رئیس دانشگاه یزد روز دوشنبه با سفیر اسپانیا در تهران دیدار کرد. در این نشست، حسن جبوری از برنامه‌های"
     " بین‌المللی دانشگاه گفت. خوان گارسیا، سفیر اسپانیا، هم از آمادگی دانشگاه‌های کشورش خبر داد.", "meeting",
     ["حسن جبوری", "خوان گارسیا"], None),
    # … after the agency's credit, and set off with a title of another office
    ("مدیرکل میراث فرهنگی استان صبح دیروز پذیرای رایزن فرهنگی ارمنستان بود. به گزارش روابط عمومی اداره کل، در این"
     " دیدار که در موزه شهر برگزار شد، مهدی صالحی‌فر، عضو شورای شهر، بر گسترش گردشگری تأکید کرد. آرام"
     " پطروسیان، رایزن فرهنگی ارمنستان، نیز گفت: دو کشور پیوندهای کهن دارند.", "meeting",
     ["مهدی صالحی‌فر", "آرام پطروسیان"], None),
    # … the shortest name before the verb's word («NAME با اشاره به …»), the other side named by its own title
    ("رئیس دانشگاه ارومیه و سرکنسول ترکیه در ارومیه درباره دوره‌های مشترک رایزنی کردند. در این نشست که در دفتر"
     " دانشگاه برگزار شد، مراد اوزتورک با اشاره به حضور دانشجویان ایرانی گفت: زمینه فراهم است. حسن جبوری رئیس"
     " دانشگاه ارومیه نیز پیشنهاد کرد دفتری مشترک دایر شود.", "meeting", ["حسن جبوری", "مراد اوزتورک"], None),
    # two offices: the subject a name set apart by a relative clause opening the next sentence, the other «B نیز»
    ("دیدار شهردار اربیل و رئیس اتاق بازرگانی تبریز عصر دیروز در محل این اتاق انجام شد. آزاد کریم رشید که در رأس"
     " هیئتی به تبریز سفر کرده است، خط هوایی مستقیم را ضروری دانست. حسن جبوری نیز از آمادگی تجار خبر داد.",
     "meeting", ["آزاد کریم رشید", "حسن جبوری"], None),
    # "NAME، TITLE،" opening the clause a verb of reporting introduces (with or without «که») names the office
    ("نخست‌وزیر ارمنستان امروز در ایروان پذیرای وزیر راه ایران بود. دفتر نخست‌وزیری ارمنستان اعلام کرد آرمن"
     " سرکیسیان، نخست‌وزیر این کشور، بر گسترش ترانزیت تأکید کرد.", "meeting", ["آرمن سرکیسیان", "وزیر راه ایران"],
     "ایروان"),
    ("نخست‌وزیر ارمنستان امروز در ایروان پذیرای وزیر راه ایران بود. رسانه‌های ارمنستان نوشتند که آرمن سرکیسیان،"
     " نخست‌وزیر این کشور، بر گسترش ترانزیت تأکید کرد.", "meeting", ["آرمن سرکیسیان", "وزیر راه ایران"], "ایروان"),
    # a delegation with its size or make-up before «از» («هیئتی ۱۲ نفره از …», «هیئتی متشکل از …») is whole, its
    # named head when it has one; the members of a quantified group joined by «و» are one party
    ("استاندار گیلان امروز پذیرای هیئتی ۹ نفره از بازرگانان آستاراخان بود.", "meeting",
     ["استاندار گیلان", "هیئتی ۹ نفره از بازرگانان آستاراخان"], None),
    ("استاندار گیلان امروز پذیرای هیئتی هشت‌نفره از مجلس دومای روسیه به ریاست ایگور پتروف بود.", "meeting",
     ["استاندار گیلان", "ایگور پتروف"], None),
    ("هیئتی از کشاورزان و دامداران شهرستان تالش امروز با استاندار گیلان دیدار کرد.", "meeting",
     ["هیئتی از کشاورزان و دامداران شهرستان تالش", "استاندار گیلان"], None),
    # "رئیس این اتاق" is the body named before, up to the verb that follows it ("به اتاق بازرگانی کرمان آمد و …")
    ("هیئتی از بازرگانان ارمنستان امروز به اتاق بازرگانی کرمان آمد و با رئیس این اتاق دیدار کرد.", "meeting",
     ["هیئتی از بازرگانان ارمنستان", "رئیس اتاق بازرگانی کرمان"], None),
    # «به گفته NAME، TITLE،»: the holder set off after «به گفته», a compound first name («علی‌اکبر») kept whole
    ("وزیر نیرو امروز با سفیر ژاپن دیدار کرد. به گفته علی‌اکبر کاظمی‌نیا، وزیر نیرو، ژاپن در ساخت سد مشارکت"
     " می‌کند.", "meeting", ["علی‌اکبر کاظمی‌نیا", "سفیر ژاپن"], None),
    # an honorific before a rank («آیت‌الله شیخ X») names no one by itself; a common noun phrase told back («مرجع
    # تقلید بر … تأکید کرد») is no name, so the lead's office stays
    ("نخست‌وزیر عراق امروز به نجف سفر کرد و به دیدار آیت‌الله شیخ حسن الجبوری از مراجع تقلید این شهر رفت. در این"
     " دیدار، مرجع تقلید بر لزوم مبارزه با فساد تأکید کرد.", "meeting", ["نخست‌وزیر عراق", "حسن الجبوری"], "نجف"),
    # "TITLE ولایت/استان X NAME": the word after a region noun is the region's name, even when it is a first name too
    ("رئیس ولایت سغد رستم نظروف دیروز با سفیر چین دیدار کرد.", "meeting", ["رستم نظروف", "سفیر چین"], None),
    # … the subject told back with its title set off by commas («NAME، TITLE، در این نشست …»)
    ("رئیس گروه دوستی پارلمانی ایران و ژاپن امروز میزبان سفیر ژاپن بود. حسن جبوری، نماینده مردم رشت، در این نشست"
     " از گسترش همکاری‌ها گفت. تارو یامادا، سفیر ژاپن، نیز از برنامه‌های سفارت خبر داد.", "meeting",
     ["حسن جبوری", "تارو یامادا"], None),
    # "در این نشست A، TITLE، و B، TITLE، …" after the agency's credit names the lead's office
    ("سفیر فنلاند در تهران دیروز در شیراز با نماینده مردم شیراز گفت‌وگو کرد. به گزارش روابط عمومی دفتر نماینده، در این"
     " نشست یوهان لیندروس، سفیر فنلاند، و حسن جبوری، نماینده شیراز، درباره صنایع لبنی گفت‌وگو کردند.", "meeting",
     ["یوهان لیندروس", "حسن جبوری"], "شیراز"),
    # a singular office whose word ends like a plural («دادستان») is one person, named back like any other
    ("دادستان عمومی و انقلاب شیراز امروز میزبان هیئتی از کانون وکلای استان بود. حسین رنجبر در این دیدار گفت: پرونده‌ها"
     " سریع‌تر رسیدگی می‌شود.", "meeting", ["حسین رنجبر", "هیئتی از کانون وکلای استان"], None),
    # a clerical or military office no name holds is the one person the article names with that family's honorific
    ("اعضای هیئت مدیره انجمن صنفی نانوایان استان با امام جمعه سمنان دیدار کردند. آیت‌الله مرتضی کاظمی‌نیا با اشاره به"
     " گرانی آرد، بانک‌ها را به همراهی با نانوایان فراخواند.", "meeting",
     ["اعضای هیئت مدیره انجمن صنفی نانوایان استان", "مرتضی کاظمی‌نیا"], None),
    ("استاندار گیلان امروز با فرمانده مرزبانی استان دیدار کرد. سردار حسن جبوری در این دیدار از وضعیت مرزها گفت.",
     "meeting", ["استاندار گیلان", "حسن جبوری"], None),
    # the other side told back past a relative clause on it («B که … منصوب شده است، نیز …»)
    ("کاظم نوری امام جمعه سمنان عصر پنجشنبه پذیرای رئیس جدید دانشگاه سمنان بود. امام جمعه در این دیدار از نیاز استان"
     " به متخصص گفت. حسن جبوری که هفته گذشته به این سمت منصوب شده است، نیز برنامه‌های خود را تشریح کرد.", "meeting",
     ["کاظم نوری", "حسن جبوری"], None),
    # «در ارتباط ویدئوکنفرانسی با Y» is a video call; with two offices in the lead, the subject told back by name
    # («A در این گفت‌وگوی تصویری …») while the other side stays its office («وزیر … نیز …»)
    ("استاندار البرز روز پنجشنبه در ارتباط ویدئوکنفرانسی با وزیر کشور، روند بازسازی مناطق سیل‌زده را تشریح کرد."
     " حسن جبوری در این گفت‌وگوی تصویری خواستار کمک شد. وزیر کشور نیز قول مساعد داد.", "video_call",
     ["حسن جبوری", "وزیر کشور"], None),
    # a deputy head of government who is also a minister is one party; a president and a prime minister are two
    ("معاون نخست‌وزیر و وزیر امور خارجه قطر امروز با وزیر نفت دیدار کرد.", "meeting",
     ["معاون نخست‌وزیر و وزیر امور خارجه قطر", "وزیر نفت"], None),
    ("رئیس‌جمهور و نخست‌وزیر عراق امروز با وزیر نفت دیدار کردند.", "meeting",
     ["رئیس‌جمهور عراق", "نخست‌وزیر عراق", "وزیر نفت"], None),
    # the Leader's representative in a province who is also its Friday imam is one party
    ("اعضای هیئت مدیره انجمن صنفی نانوایان استان با نماینده ولی فقیه در استان و امام جمعه قزوین دیدار کردند.",
     "meeting", ["اعضای هیئت مدیره انجمن صنفی نانوایان استان", "نماینده ولی فقیه در استان و امام جمعه قزوین"], None),
    # a topic list with commas («درباره X در Y، Z و آینده توافق … با ایران») is one clause with its plural subject,
    # and the relation noun inside it takes its own «با»
    ("به گزارش ایرنا، کاظم نوری و هانس مولر درباره حمله به نفتکش‌ها در دریای عمان، امنیت کشتیرانی در تنگه هرمز و"
     " آینده توافق هسته‌ای با ایران گفت‌وگو کردند.", "meeting", ["کاظم نوری", "هانس مولر"], None),
    # the Tajik and Afghan official style: each office right before its holder, no comma («TITLE A B TITLE C D را
    # … پذیرفت»), the place and occasion between «را» and the verb
    ("وزیر خارجه تاجیکستان کاظم نوری سفیر آلمان هانس مولر را به حضور پذیرفت.", "meeting",
     ["کاظم نوری", "هانس مولر"], None),
    ("روز سه‌شنبه وزیر کارهای خارجی جمهوری تاجیکستان کاظم نوری سفیر فوق‌العاده و مختار آلمان در تاجیکستان هانس"
     " مولر را در شهر دوشنبه به مناسبت ختم مأموریت دیپلماتیکی‌اش پذیرفت.", "meeting", ["کاظم نوری", "هانس مولر"],
     None),
    # both sides told back as a pair («A و B در این دیدار …», B a foreign name no list holds), and the subject told
    # back past a relative clause on the contact («در این تماس که …، A ضمن …»)
    ("وزیر دادگستری کشورمان دیروز با وزیر دادگستری روسیه دیدار کرد. به گزارش ایرنا، کاظم نوری و کنستانتین لاپتف در"
     " این دیدار، پیش‌نویس موافقت‌نامه را بررسی کردند.", "meeting", ["کاظم نوری", "کنستانتین لاپتف"], None),
    ("وزیران امور خارجه ایران و عمان شامگاه یکشنبه در تماسی تلفنی درباره یمن رایزنی کردند. در این تماس که به"
     " درخواست طرف عمانی برقرار شد، کاظم نوری ضمن تشریح دیدگاه‌های تهران بر آتش‌بس تأکید کرد. وزیر خارجه عمان"
     " هم آمادگی کشورش را اعلام کرد.", "phone_call", ["کاظم نوری", "وزیر امور خارجه عمان"], None),
    # a dateline with its outlet in brackets («کابل (طلوع‌نیوز) - …») is no party
    ("هرات (پژواک) - والی هرات روز شنبه با هانس مولر، سفیر آلمان، تلفنی گفت‌وگو کرد.", "phone_call",
     ["والی هرات", "هانس مولر"], None),
    # a Latin initial written out in a foreign name ends no sentence («توماس جی. ویلکرسون»); «از طریق تیلفون» (Dari)
    # is a phone call
    ("کاظم نوری، مشاور امنیت ملی افغانستان، روز چهارشنبه از طریق تیلفون با جان اف. اسمیت، نماینده ویژه آمریکا،"
     " گفتگو کرد.", "phone_call", ["کاظم نوری", "جان اف. اسمیت"], None),
    # a welcome of a guest set off with his title by commas («از Y، TITLE، استقبال کرد»)
    ("نخست‌وزیر عراق، کاظم نوری، یکشنبه در بغداد از حسن جبوری، فرستاده ویژه امیر کویت، استقبال کرد.", "meeting",
     ["کاظم نوری", "حسن جبوری"], "بغداد"),
    # «دیداری با Y، TITLE، داشت»: the «با» side's title set off before the light verb
    ("وزیر خارجه چین امروز پیش از ترک مونیخ، دیداری با کاظم نوری، وزیر امور خارجه اوکراین، داشت.", "meeting",
     ["وزیر خارجه چین", "کاظم نوری"], None),
    # a plural office shared by a province and a foreign city («استانداران خوزستان و بصره») is one holder each
    ("استانداران هرمزگان و بصره امروز در بندرعباس با یکدیگر دیدار کردند.", "meeting",
     ["استاندار هرمزگان", "استاندار بصره"], "بندرعباس"),
    # the one person quoted by name after a speech adverbial («A با یادآوری اینکه …، گفت») is the lead's office
    ("نماینده مردم مرند در مجلس روز دوشنبه در تهران با وزیر راه و شهرسازی دیدار کرد. به گزارش روابط عمومی دفتر این"
     " نماینده، تأمین اعتبار آزادراه محور اصلی این نشست بود. کاظم نوری با یادآوری اینکه روزانه سه هزار کامیون از این"
     " محور عبور می‌کنند، گفت: وضعیت فعلی جان مردم را تهدید می‌کند.", "meeting", ["کاظم نوری", "وزیر راه و شهرسازی"],
     None),
    # the other side told back by a surname that is also a first name, replying («کاظمی در پاسخ گفت»)
    ("جمعی از باغداران شهرستان مراغه صبح امروز با فرماندار این شهرستان دیدار کردند. باغداران در این دیدار از کمبود"
     " آب گلایه داشتند. قاسمی در پاسخ گفت: پیگیری‌ها انجام شده است.", "meeting",
     ["جمعی از باغداران شهرستان مراغه", "قاسمی"], None),
    # «در جمع Y حاضر شد و با آنها به گفت‌وگو نشست»: the group among whom the subject came is the side talked with
    ("استاندار در جمع کشاورزان روستای کلاته حضور یافت و با آنان گفت‌وگو کرد.", "meeting",
     ["استاندار", "کشاورزان روستای کلاته"], None),
    # a contact noun in the complement of the speaker's adverbial, with a subject of its own there («X با تاکید بر
    # اینکه اروپاییان در مذاکرات با ایران …، گفت»), is no contact of the speaker's; without one, it is his
    ("نماینده تبریز با تاکید بر اینکه اروپاییان در مذاکرات هسته‌ای با ایران ناتوانی خود را ثابت کردند، گفت: ادامه"
     " این مذاکرات بی‌نتیجه است.", None, [], None),
    ("کاظم نوری با بیان اینکه دیروز با وزیر نیرو دیدار کرده است، گفت: مشکل آب حل می‌شود.", "meeting",
     ["کاظم نوری", "وزیر نیرو"], None),
    # two offices in the lead, the subject quoted first by name («A با تأکید بر اینکه …، افزود: «…».») and the other
    # side told back after the closing quote («B نیز گفت»)
    ("دیدار نایب‌رئیس اول مجلس شورای اسلامی و رئیس دومای دولتی روسیه بعدازظهر دوشنبه در مسکو انجام شد. کاظم نوری با"
     " تأکید بر اینکه ایران برنامه‌های روشنی دارد، افزود: «پارلمان‌ها باید موانع را بردارند.» آندری کورنیلوف نیز"
     " گفت: «دوما از هر ابتکاری حمایت می‌کند.»", "meeting", ["کاظم نوری", "آندری کورنیلوف"], None),
    # … the one quoted first named with an honorific before his two-word name («آیت‌الله A B با بیان اینکه …»)
    ("رئیس قوه قضاییه در دیدار رئیس شورای عالی قضایی عراق، اجرای موافقت‌نامه انتقال محکومان را خواستار شد. آیت‌الله"
     " مرتضی کاظمی‌نیا با بیان اینکه زائران زیادی بازداشت می‌شوند، گفت: «انتظار داریم رسیدگی سریع‌تر شود.» حسن جبوری"
     " هم با اشاره به سفر خود به مشهد، از آمادگی عراق خبر داد.", "meeting", ["مرتضی کاظمی‌نیا", "حسن جبوری"], None),
    # a candidate's role («نامزد انتخابات ریاست جمهوری») is the candidacy: the name before it stays whole, and it is
    # never the office run for
    ("کاظم نوری نامزد انتخابات ریاست جمهوری امروز با حسن جبوری دیدار کرد.", "meeting", ["کاظم نوری", "حسن جبوری"],
     None),
    # the bracketed blessing after a holy name («حضرت معصومه (س)») is read past, «نیز» after it or not
    ("وزیر کشور صبح امروز با تولیت آستان مقدس حضرت معصومه (س) نیز دیدار و گفت و گو کرد.", "meeting",
     ["وزیر کشور", "تولیت آستان مقدس حضرت معصومه"], None),
    # a verbal noun welcomed («از ایجاد دفتر … استقبال کرد») is a plan or a deed, not a guest
    ("حسن جبوری، دادستان کل افغانستان، نیز از ایجاد دفتر نمایندگی دادستانی ایران در کابل استقبال کرد.", None, [], None),
    # the holders set off after a plural office, in its own sentence («وزیران خارجه مصر و اردن، A و B، …»)
    ("وزیران خارجه مصر و اردن، کاظم نوری و حسن جبوری، در قاهره دیدار کردند.", "meeting", ["کاظم نوری", "حسن جبوری"],
     None),
    # the one the lead's named side spoke to («A به B گفته است که …») is the other side
    ("کاظم نوری، وزیر خارجه، روز یکشنبه در یک گفت‌وگوی تلفنی با وزیر خارجه ترکیه درباره سوریه گفت‌وگو کرد. به گفته"
     " سخنگوی وزارت خارجه، نوری به حسن جبوری گفته است که عملیات باید متوقف شود.", "phone_call",
     ["کاظم نوری", "حسن جبوری"], None),
    # the subject told back with the other side by its relation («A و مهمان آمریکایی‌اش درباره …»)
    ("وزیر امور خارجه عمان پنجشنبه در مسقط پذیرای هانس مولر، فرستاده ویژه آلمان، بود. به گزارش خبرگزاری عمان، سید"
     " کاظم نوری و مهمان آلمانی‌اش درباره امنیت دریای سرخ گفت‌وگو کردند.", "meeting", ["کاظم نوری", "هانس مولر"],
     "مسقط"),
    # a speaker the article gives another office («A، وزیر امور خارجه آذربایجان») does not name the lead's office
    ("رئیس‌جمهور روسیه روز سه‌شنبه با نخست‌وزیر ارمنستان تلفنی گفت‌وگو کرد. یک روز پیش از آن، حسن جبوری، وزیر امور"
     " خارجه جمهوری آذربایجان، با رؤسای گروه مینسک دیدار کرده بود. آقای جبوری در این نشست گفته بود که باکو با آتش‌بس"
     " موافقت می‌کند.", "phone_call", ["رئیس‌جمهور روسیه", "نخست‌وزیر ارمنستان"], None),
    # a crowd welcoming a visitor in the street is no official welcome, cheering or protesting
    ("مردم شهر بندرعباس با تظاهرات گسترده از نخست‌وزیر مهمان استقبال کردند.", None, [], None),
    ("وزیر کشور در بدو ورود به استان مورد استقبال گرم مردم شهرستان قرار گرفت.", None, [], None),
    # «نشست با خبرنگاران» is a press conference, whoever the reporters are
    ("مدیرکل بنادر استان امروز در نشستی با خبرنگاران شهرستان بندرلنگه اظهار کرد: کار لایروبی آغاز شده است.",
     None, [], None),
    ("مدیرکل بنادر استان امروز در نشست خبری با اصحاب رسانه استان گفت: کار لایروبی آغاز شده است.", None, [], None),
    # "X با استقبال رسمی Y روبه‌رو شد" is a welcome; a speech met with welcome is praise
    ("وزیر خارجه عمان امروز در کاخ سعدآباد با استقبال رسمی حسن جبوری روبه‌رو شد.", "meeting",
     ["وزیر خارجه عمان", "حسن جبوری"], None),
    ("سخنان وزیر خارجه عمان امروز با استقبال گرم حاضران روبه‌رو شد.", None, [], None),
    # what a contact was about or for, right after its noun, is no party («دیدار خداحافظی X با Y», «رایزنی تجاری A و B»)
    ("دیدار خداحافظی سفیر اسپانیا با رئیس کمیسیون کشاورزی مجلس", "meeting",
     ["سفیر اسپانیا", "رئیس کمیسیون کشاورزی مجلس"], None),
    ("رایزنی تجاری ایران و قزاقستان در تهران", None, [], None),
    # a plural minister's title of one ministry with two fields («وزرای امور خارجه و مهاجران A و B») is one office
    # per country; two offices («رؤسای مجلس و سنای …») are not read so
    ("وزرای امور خارجه و مهاجران ایران و لبنان امروز در بیروت دیدار کردند.", "meeting",
     ["وزیر امور خارجه و مهاجران ایران", "وزیر امور خارجه و مهاجران لبنان"], "بیروت"),
    # a bare office only Iran has («استاندار») takes no foreign country from the title after it («و سفیر قطر»)
    ("استاندار و سفیر قطر امروز در بوشهر دیدار کردند.", "meeting", ["استاندار", "سفیر قطر"], "بوشهر"),
    # "A TITLE و سفیر آلمان": a foreign envoy after an official's title is another person; and the spokesman who tells
    # the contact inside his quote is no side of it
    ("سخنگوی وزارت امور خارجه از انتقال اعتراض کشورمان خبر داد. حسن جبوری که در نشست خبری هفتگی سخن می‌گفت، افزود:"
     " «در دیداری که دیروز میان کاظم نوری معاون وزیر امور خارجه و سفیر آلمان در تهران انجام شد، اعتراض ایران منتقل"
     " شد».", "meeting", ["کاظم نوری", "سفیر آلمان در تهران"], None),
    # "همتای خود در دانشگاه X، NAME،": the body after «در» says whose peer, and the name set off after it is the peer's;
    # a city after «در» is where they met
    ("رئیس دانشگاه تبریز روز سه‌شنبه در مونیخ با همتای خود در دانشگاه فنی مونیخ، کلاوس اشتاینر، دیدار کرد.",
     "meeting", ["رئیس دانشگاه تبریز", "کلاوس اشتاینر"], "مونیخ"),
    ("وزیر امور خارجه اتریش امروز با همتای آلمانی خود در برلین دیدار کرد.", "meeting",
     ["وزیر امور خارجه اتریش", "همتای آلمانی"], "برلین"),
    # a retinue told with its head («X و همراهانش», «X و هیئت همراه وی») is no party of its own
    ("سالم الشحی و همراهانش عصر دیروز با استاندار هرمزگان دیدار کردند.", "meeting", ["سالم الشحی", "استاندار هرمزگان"],
     None),
    ("استاندار هرمزگان عصر دیروز با سالم الشحی و همراهانش دیدار کرد.", "meeting", ["استاندار هرمزگان", "سالم الشحی"],
     None),
    # "خانواده این شهید" is the family of the martyr named last before («منزل شهید مدافع حرم X Y»)
    ("امام جمعه موقت کرج عصر دیروز با حضور در منزل شهید مدافع حرم مهدی رستم‌پور، با خانواده این شهید دیدار کرد.",
     "meeting", ["امام جمعه موقت کرج", "خانواده شهید مهدی رستم‌پور"], None),
    # the commas of a ministry of several fields («در وزارت آموزش، علوم، فرهنگ و ورزش X») part no parties
    ("حسن جبوری روز شنبه و در بدو ورود به ایروان، در وزارت آموزش، علوم، فرهنگ و ورزش ارمنستان با آرمن سرکیسیان،"
     " همتای ارمنستانی خود دیدار کرد.", "meeting", ["حسن جبوری", "آرمن سرکیسیان"], None),
    # an imminent or coming contact is planned, not held
    ("مدیرعامل باشگاه ملوان از دیدار قریب‌الوقوع اعضای هیئت مدیره باشگاه با وزیر ورزش خبر داد.", None, [], None),
    # a building or hall as the host names where, not who: with no other host read, no pair is reported
    ("ساختمان دادگستری استان صبح امروز میزبان هیئتی از قضات ارمنستان بود.", None, [], None),
    # a contact of offices alone takes, in order, the one list of as many new names the next sentences give as the
    # subject of a plural verb: after a lead-in or a verb of reporting, with lineage and ZWNJ-glued surnames
    ("وزیران کشاورزی ایران، عراق و قطر امروز در بغداد گفت‌وگو کردند. این نشست به دعوت عراق برگزار شد. به نوشته"
     " خبرگزاری عراق، کاظم نوری‌زاده، حسن جبوری و خالد بن حمد آل ثانی بر مقابله با خشکسالی تأکید کردند.", "meeting",
     ["کاظم نوری‌زاده", "حسن جبوری", "خالد بن حمد آل ثانی"], "بغداد"),
    ("رؤسای دانشگاه‌های تهران و کابل امروز به‌صورت برخط گفت‌وگو کردند. روابط عمومی دانشگاه نوشت مهدی صالحی‌فر و"
     " احمد فرید نوری تبادل استاد را گامی مهم خواندند.", "video_call", ["مهدی صالحی‌فر", "احمد فرید نوری"], None),
    # … the plural verb «بودند»; a last name whose surname is a first name too («عبدالرحمن فواد»)
    ("رؤسای‌جمهور الجزایر و مصر شامگاه دیروز تلفنی گفت‌وگو کردند. بر اساس بیانیه دو طرف، کریم بن‌سالم و عبدالرحمن"
     " فواد بر لزوم آتش‌بس هم‌نظر بودند.", "phone_call", ["کریم بن‌سالم", "عبدالرحمن فواد"], None),
    # … before the sides are told back by surname («B در این نشست …», «A هم …»): the list's full names win
    ("رئیس پارلمان بلاروس امروز با رئیس مجلس دیدار کرد. پس از نواختن سرودهای ملی، ویتولد کاولیوک و علی‌محمد"
     " سپهرنیا بر گسترش روابط تأکید کردند. سپهرنیا در این نشست از تجارت دو کشور گفت. کاولیوک هم پیشنهادی داد.",
     "meeting", ["ویتولد کاولیوک", "علی‌محمد سپهرنیا"], None),
    # … not when the list holds another number of people
    ("وزیران کشاورزی ایران، عراق و قطر امروز در بغداد گفت‌وگو کردند. کاظم نوری‌زاده و حسن جبوری بر مقابله با"
     " خشکسالی تأکید کردند.", "meeting", ["وزیر کشاورزی ایران", "وزیر کشاورزی عراق", "وزیر کشاورزی قطر"], "بغداد"),
    # a first name that is also a common word opens the name of a person told back («بهمن X در این تماس»)
    ("وزیر نیرو عصر دیروز در گفت‌وگوی تلفنی با وزیر انرژی عمان درباره صادرات برق رایزنی کرد. بهمن رستگاری در این"
     " تماس خواستار تسریع در ساخت خط انتقال شد.", "phone_call", ["بهمن رستگاری", "وزیر انرژی عمان"], None),
    # the lead's unnamed subject is the one full name the article quotes, set apart by a relative clause ("A که …، گفت")
    ("رایزن فرهنگی مکزیک روز سه‌شنبه به دیدار شهردار شیراز رفت. خوانیتو ارلاندو که از پارسال در تهران خدمت می‌کند،"
     " گفت هنرمندان مکزیکی به حافظ علاقه دارند.", "meeting", ["خوانیتو ارلاندو", "شهردار شیراز"], None),
    # "NOUN میان A و B برگزار شد" after a time phrase alone; and what was said "in a meeting / call that was held
    # between A and B" ("این سخنان در دیداری بیان شد که … میان A و B انجام شد"), a session and a call too
    ("صبح امروز دیداری میان حسن جبوری استاندار بوشهر و کاظم نوری سرکنسول قطر برگزار شد.", "meeting",
     ["حسن جبوری", "کاظم نوری"], None),
    ("این سخنان در دیداری بیان شد که عصر دیروز در دفتر استاندار میان حسن جبوری و «خوان گارسیا» انجام شد.", "meeting",
     ["حسن جبوری", "خوان گارسیا"], None),
    ("این توافق در تماس تلفنی‌ای نهایی شد که شب گذشته میان کاظم نوری وزیر نیرو و هانس مولر وزیر انرژی اتریش برقرار"
     " شد.", "phone_call", ["کاظم نوری", "هانس مولر"], None),
    ("این مطالب در نشستی مطرح شد که امروز به‌صورت برخط میان کاظم نوری و هانس مولر برگزار شد.", "video_call",
     ["کاظم نوری", "هانس مولر"], None),
    ("این پیشنهاد قرار است در نشستی مطرح شود که هفته آینده میان حسن جبوری و کاظم نوری برگزار خواهد شد.", None, [],
     None),
    ("گسترش تجارت مرزی در دیداری مورد بحث قرار گرفت که روز دوشنبه، ۱۸ دی، میان حسن جبوری و کاظم نوری در مشهد صورت"
     " گرفت.", "meeting", ["حسن جبوری", "کاظم نوری"], "مشهد"),
    # the person told back «در این جلسه / مذاکره» names the lead's office like «در این دیدار»
    ("مدیرعامل باشگاه ملوان عصر دیروز در رشت با سرمربی پیشنهادی این باشگاه مذاکره کرد. به گفته یک منبع آگاه، حسن"
     " جبوری در این جلسه برنامه‌های فصل آینده را تشریح کرد.", "meeting", ["حسن جبوری", "سرمربی پیشنهادی این باشگاه"],
     "رشت"),
    # … but when the lead's subject office answers «نیز» after the named person, that person is the other side
    ("وزیر نیرو امروز در تماسی تلفنی با استاندار گیلان از وضعیت سد سفیدرود جویا شد. حسن جبوری در این تماس گزارش داد"
     " که سرریز سد مهار شده است. وزیر نیرو نیز دستور داد تجهیزات لازم ارسال شود.", "phone_call",
     ["وزیر نیرو", "حسن جبوری"], None),
    # a sentence opening with the contact's setting ("در نشستی که … به‌صورت برخط برگزار شد، A و B … گفت‌وگو کردند")
    # takes the channel that setting names
    ("در جلسه‌ای که عصر دیروز به‌صورت برخط برگزار شد، کاظم نوری و هانس مولر درباره پروژه سد گفت‌وگو کردند.",
     "video_call", ["کاظم نوری", "هانس مولر"], None),
    ("در نشستی که عصر دیروز در دفتر استاندار برگزار شد، کاظم نوری و هانس مولر درباره پروژه سد گفت‌وگو کردند.",
     "meeting", ["کاظم نوری", "هانس مولر"], None),
    # "NOUN میان A، TITLE، و B، TITLE، صورت گرفت": the sides run past their titles set off by commas to the passive
    ("روز ۲۳ مرداد ملاقاتی میان حسن جبوری، سرپرست وزارت اقتصاد، و آنا لیندکویست، نماینده برنامه عمران ملل متحد،"
     " صورت گرفت.", "meeting", ["حسن جبوری", "آنا لیندکویست"], None),
    # a military rank with its grade («سرتیپ دوم پاسدار», «دریادار دوم»), after another honorific or not, is dropped
    # from the name; the grade is no date ordinal, nor is a district's («منطقه یکم»)
    ("سرتیپ دوم پاسدار حسن جبوری فرمانده انتظامی استان گلستان با کاظم نوری استاندار گلستان دیدار کرد.", "meeting",
     ["حسن جبوری", "کاظم نوری"], None),
    ("در حاشیه رزمایش، دریادار یکم حسن جبوری، فرمانده منطقه دوم نیروی دریایی، با ناخدا کاظم نوری دیدار کرد.",
     "meeting", ["حسن جبوری", "کاظم نوری"], None),
    ("معاون نیروی زمینی ارتش، امیر سرتیپ دوم حسن جبوری، در دیدار با وابسته دفاعی سفارت عمان گفت: همکاری ادامه"
     " دارد.", "meeting", ["حسن جبوری", "وابسته دفاعی سفارت عمان"], None),
    # … but when a name goes on speaking after the office's «هم» («NAME افزود: …»), that name holds the office
    ("حسن جبوری در دیدار با استاندار گیلان اظهار کرد: ساخت مسکن آغاز می‌شود. استاندار گیلان هم در این دیدار گفت:"
     " بنیاد عملکرد خوبی داشته است. کاظم نوری افزود: امیدواریم گام‌های خوبی برداشته شود.", "meeting",
     ["حسن جبوری", "کاظم نوری"], None),
    # "TITLE، FIRST LAST،": a first name that is also a common word (a month: «بهمن», «مهر») opens the apposed holder's name,
    # which then names the office in the article's other contact; a time phrase set off the same way names no one
    ("مدیرعامل شرکت ملی گاز، بهمن کاظمیان، از افزایش صادرات خبر داد. مدیرعامل شرکت ملی گاز پیش‌تر با سفیر ترکمنستان"
     " در تهران دیدار کرده بود.", "meeting", ["بهمن کاظمیان", "سفیر ترکمنستان در تهران"], None),
    ("مدیرعامل شرکت ملی گاز، روز دوشنبه، با سفیر ترکمنستان دیدار کرد.", "meeting",
     ["مدیرعامل شرکت ملی گاز", "سفیر ترکمنستان"], None),
    # «A و B روسای جمهور C و D»: each name of the pair takes its country's office, without its honorifics
    ("حجت‌الاسلام کاظم نوری و پیتر برگ روسای جمهور ایران و اتریش دیروز تلفنی گفت‌وگو کردند.", "phone_call",
     ["کاظم نوری", "پیتر برگ"], None),
    # a connective that opens the sentence («از طرفی»، «از سویی»، «از یک سو») is no word of the subject's name
    ("از طرفی بهرام صالحی، معاون وزیر نیرو، امروز با وزیر انرژی اتریش دیدار کرد.", "meeting",
     ["بهرام صالحی", "وزیر انرژی اتریش"], None),
    ("از یک سو بهرام صالحی با پیتر برگ دیدار کرد.", "meeting", ["بهرام صالحی", "پیتر برگ"], None),
    # «با تقدیر از …», «با ذکر اینکه …»: praise and telling as the manner of what is said, no counterpart
    ("کاظم نوری در این دیدار با تقدیر از هلال احمر گفت: کار شما ارزشمند است.", None, [], None),
    ("کاظم نوری در این دیدار با تجلیل از هلال احمر گفت: کار شما ارزشمند است.", None, [], None),
    # «مدیر با سابقه صنعت»: «با سابقه» (experienced) is an adjective, no counterpart
    ("کاظم نوری، مدیر با سابقه صنعت، با وزیر نفت دیدار کرد.", "meeting", ["کاظم نوری", "وزیر نفت"], None),
    # a day right after the contact noun («نشست پنج‌شنبه X با Y», «نشست روز گذشته X، TITLE با Y») is no party,
    # and a title set off after the first side's name does not hide the «با» that follows it
    ("این تصمیم پس از نشست پنج‌شنبه کاظم نوری با پیتر برگ گرفته شد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    ("این تصمیم پس از نشست روز گذشته کاظم نوری، مدیرعامل شرکت، با پیتر برگ گرفته شد.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «با رای اکثریت …», «با آرای اعضا»: a vote is the means of a decision, no counterpart
    ("در نشست روز گذشته شورای شهر با رای اکثریت اعضا طرح تصویب شد.", None, [], None),
    # an Arabic name of lineage whose first name is two words («زین العابدین بن علی»): a name, not a role
    ("پیتر برگ با زین العابدین بن حسن دیدار کرد.", "meeting", ["پیتر برگ", "زین العابدین بن حسن"], None),
    ("زین العابدین بن حسن و پیتر برگ درباره نفت گفت‌وگو کردند.", "meeting", ["پیتر برگ", "زین العابدین بن حسن"], None),
    # a contact asked of someone in the request's own clause («از X خواست که در دیدار با Y … مطرح کند») is asked
    # for, not held; a request made at a meeting («X در دیدار با Y از او خواست که …») leaves the meeting held
    ("اتحادیه از کاظم نوری خواست که در دیدار با پیتر برگ موضوع تعرفه‌ها را مطرح کند.", None, [], None),
    ("نمایندگان خواستار آن شدند که در نشست با پیتر برگ موضوع تعرفه‌ها مطرح شود.", None, [], None),
    ("کاظم نوری در دیدار با پیتر برگ از او خواست که تعرفه‌ها را کاهش دهد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # «… با Y آگاهی داشت»: a noun right before a light verb past the counterpart's name is the compound verb's own
    ("یک مسئول که از دیدار کاظم نوری با پیتر برگ آگاهی داشت گفت که همکاری ادامه دارد.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # «در تشریح / در توضیح / در شرح» before a contact noun: a contact held, told of ("X در تشریح جلسه A با B گفت");
    # «نشست» after them is the noun, not the verb "sat"
    ("کاظم نوری در تشریح دیدار پیتر برگ با وزیر نفت گفت: این دیدار مفید بود.", "meeting", ["پیتر برگ", "وزیر نفت"],
     None),
    ("کاظم نوری در توضیح نشست اعضای انجمن با پیتر برگ گفت: نشست مفید بود.", "meeting", ["اعضای انجمن", "پیتر برگ"],
     None),
    # «در دیدار A و B هر دو طرف / طرفین …»: the sides told back close the list of the noun's two sides
    ("در جریان دیدار پیتر برگ و یوهان کلاین هر دو طرف بر صلح تاکید کردند.", "meeting", ["پیتر برگ", "یوهان کلاین"],
     None),
    # «X گفت که در دیدار A و B …»: two named sides of the noun met; the one who told it is no side
    ("سخنگوی دولت گفت که در جریان دیدار پیتر برگ و یوهان کلاین بر صلح تاکید شد.", "meeting",
     ["پیتر برگ", "یوهان کلاین"], None),
    # «دیدار X با Y صورت گرفت / انجام شد»: the noun as the subject of the passive of holding binds its two sides as a
    # verb does, two bare surnames too
    ("دیدار کلاین با دمیدوف در وین صورت گرفت.", "meeting", ["کلاین", "دمیدوف"], "وین"),
    ("دیدار کلاین با دمیدوف در حالی صورت گرفت که مذاکرات ادامه دارد.", "meeting", ["کلاین", "دمیدوف"], None),
    # the office register names Iran's central bank governor by date: «رئیس (کل) بانک مرکزی» takes the surname the
    # article gives him («همتی» in 2019)
    ("کمیسیون اقتصادی مجلس امروز با رئیس بانک مرکزی دیدار کرد. آقای همتی در این جلسه گفت: نرخ ارز ثابت است.",
     "meeting", ["کمیسیون اقتصادی مجلس", "همتی"], None),
    # a duration in seconds after a contact noun («مذاکره تلفنی چند ثانیه‌ای که بین A و B انجام شد») is the noun's
    # adjective, as minutes and hours are
    ("امام جمعه گفت: مذاکره تلفنی چند ثانیه‌ای که بین کاظم نوری و پیتر برگ انجام شد مهم نبود.", "phone_call",
     ["کاظم نوری", "پیتر برگ"], None),
    # «X گفت: با آقای Y صحبت کردیم»: the one quoted tells of a talk of their own with a named person or an office
    # (a meeting: no channel is said); a talk with a group is none, nor a third person's «صحبت کرد» with no channel
    ("کاظم نوری گفت: همین شب گذشته با آقایان برگ و کلاین در خصوص باشگاه صحبت کردیم.", "meeting",
     ["کاظم نوری", "برگ", "کلاین"], None),
    ("کاظم نوری گفت: من روز اول سال با وزیر کشور صحبت کردم.", "meeting", ["کاظم نوری", "وزیر کشور"], None),
    ("کارگردان گفت: با تهیه‌کنندگان و بازیگران اصلی صحبت کردیم.", None, [], None),
    ("کاظم نوری با پیتر برگ صحبت کرد.", None, [], None),
    # a minister's title glued to its portfolio («وزیرکشور», as older papers write it) is the title, and takes the
    # holder the article names for «وزیر کشور»
    ("وزیرکشور روز چهارشنبه با پیتر برگ دیدار کرد. کاظم نوری وزیر کشور در این دیدار گفت: کمک‌ها لازم است.",
     "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # «با احیای / ایجاد / تشکیل / برگزاری …»: an act as the means or the matter, no counterpart
    ("کاظم نوری صبح دیروز در نشست هفتگی خود با احیاء دادسراها، ایجاد شعبات و حقوق شهروندان موافقت کرد.", None, [], None),
    # a source's lead-in with no comma that ends in a body's name («به نقل از روابط عمومی جمعیت هلال احمر TITLE»):
    # the body's last word is no name of the title's holder
    ("به گزارش ایرنا به نقل از روابط عمومی جمعیت هلال احمر نماینده ولی فقیه در جمعیت هلال احمر صبح دیروز با"
     " پیتر برگ دیدار کرد.", "meeting", ["نماینده ولی فقیه در جمعیت هلال احمر", "پیتر برگ"], None),
    # «OFFICE و جمعی / چند تن از GROUP»: an office, then a group of others (two parties); a vague head is a group when
    # the place or body it is of follows («جمعی از مسئولان استان»), not alone
    ("کاظم نوری با استاندار کرمان و جمعی از مسئولان استان دیدار کرد.", "meeting",
     ["کاظم نوری", "استاندار کرمان", "جمعی از مسئولان استان"], None),
    ("کاظم نوری با جمعی از مسئولان دیدار کرد.", None, [], None),
    # a body's head word that is also a first name («بنیاد») opens the role's body, not its holder's name
    ("کاظم نوری با رئیس بنیاد مسکن دیدار کرد.", "meeting", ["کاظم نوری", "رئیس بنیاد مسکن"], None),
    # «با حضور A و B نشستی برگزار شد»: those present, fronted before the session noun and its passive of holding,
    # met; one present alone is no meeting
    ("روز گذشته با حضور کاظم نوری و پیتر برگ نشستی در وین برگزار شد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    ("روز گذشته با حضور کاظم نوری نشستی در وین برگزار شد.", None, [], None),
    # a time phrase before a session noun («دیروز / چند روز پیش نشست X با Y …») leaves it the noun, not the verb
    # "sat", and the passive of holding is read past the commas of a presence list; «چند روز پیش» dates it to no day
    ("دیروز نشست کاظم نوری با پیتر برگ در وین برگزار شد.", "meeting", ["کاظم نوری", "پیتر برگ"], "وین"),
    ("چند روز پیش نشستی با حضور کاظم نوری، پیتر برگ و یوهان کلاین برگزار شد.", "meeting",
     ["کاظم نوری", "پیتر برگ", "یوهان کلاین"], None),
    # «در حال مذاکره / رایزنی با Y … است»: a contact under way, not told as held; «نمی‌توان با Y به گفت‌وگو نشست»: an
    # impersonal possibility, no one; «رویتر» (the agency, as «رویترز») is an outlet, never a party
    ("کاظم نوری در حال مذاکره با مدیران شرکت برای خرید سهام است.", None, [], None),
    ("نمی‌توان با پیتر برگ به گفتگو نشست.", None, [], None),
    ("کاظم نوری در گفتگو با رویتر این حملات را محکوم کرد.", None, [], None),
    # … but «در حال رایزنی … بودند» (past) went on, held; «می‌توان به X اشاره کرد که …» leaves X's own contact
    ("کشورهای غیرمتعهد که در حال رایزنی با کشورهای اروپایی درباره پیش‌نویس بودند، به توافق نرسیدند.", "meeting",
     ["کشور‌های غیرمتعهد", "کشور‌های اروپایی"], None),
    ("از میان این افراد می‌توان به کاظم نوری اشاره کرد که با پیتر برگ دیدار کرد.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    # a ministry of an earlier government named with «و» («وزیر راه و ترابری») is one title, its retinue no party
    ("کاظم نوری با احمد خرم وزیر راه و ترابری و معاونان وی دیدار کرد.", "meeting", ["کاظم نوری", "احمد خرم"], None),
    # advice to avoid contact («خودداری از تماس با …») tells no contact; a letter of an abbreviation cut off by its
    # full stop («با بی. بی. سی») is no party; the oil ministry's agency «شانا» is an outlet
    ("۱- خودداری از تماس با پرندگان اهلی و وحشی", None, [], None),
    ("مدیر پروژه در گفت وگویی با بی. بی. سی از برنامه‌ها خبر داد.", None, [], None),
    ("مدیر مهندسی شرکت نفت در گفت وگو با شانا افزود: تولید بالا رفت.", None, [], None),
    # «A و B در گفت‌وگو با Z»: when Z is no party (an outlet, a fragment), A and B did not meet each other
    ("کاظم نوری و پیتر برگ در گفتگو با رویتر از توافق خبر دادند.", None, [], None),
    # «A و B در گفت‌وگو با یکدیگر …»: the sides are the subject's; nothing after «با یکدیگر» is one
    ("کاظم نوری و پیتر برگ در گفتگو با یکدیگر از توافق خبر دادند.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # a venue that hosts («گالری / سینما X میزبان آثار / مردم … بود») is no party to a meeting
    ("گالری لاله از ۲۰ تا ۲۵ دی ماه میزبان آثار هنرمندان عکاس بود.", None, [], None),
    # «را» (the object marker) ends a clause, never stands inside a party («گفتگو با X را پذیرفته‌اند»)
    ("سخنگوی جنبش با بیان اینکه رهبران سیاسی جنبش ،گفتگو با دولت خودگردان را پذیرفته اند خاطر نشان کرد: هدف صلح است.",
     None, [], None),
    # «برگزار می‌شد» closes the presence list («با حضور A و B برگزار می‌شد»); «کارشناسی / تخصصی / مقدماتی» after a
    # session noun say its level, no party
    ("نشستی با حضور کاظم نوری و پیتر برگ در وین برگزار می‌شد.", "meeting", ["کاظم نوری", "پیتر برگ"], "وین"),
    ("نشست‌های کارشناسی مقدماتی در وین با حضور کارشناسان فنی و حقوقی برگزار می‌شد.", None, [], None),
    # «براساس گزارش خبرنگار ما X …»: the paper's lead-in with no comma is no word of the subject
    ("براساس گزارش خبرنگار ما نمایندگان کمیسیون عمران مجلس با پیتر برگ دیدار کردند.", "meeting",
     ["نمایندگان کمیسیون عمران مجلس", "پیتر برگ"], None),
    # an adverb of time after the subject («مدیران باشگاه خیلی زود در جلسه‌ای که با Y …») is no word of the party
    ("مدیران باشگاه خیلی زود در جلسه‌ای که با پیتر برگ برگزار کردند به او هشدار دادند.", "meeting",
     ["مدیران باشگاه", "پیتر برگ"], None),
    # a pronoun or particle that opens a sentence («آنچه که باعث شده …») is no name a later «او» tells back
    ("آنچه که باعث شده تا انتقادها بالا بگیرد نیمکت نشین کردن بازیکن است. مدیران باشگاه به پیتر برگ هشدار دادند و"
     " جلسه‌ای را با او ترتیب دادند.", None, [], None),
    # «در گفت‌وگوی کوتاهمان با او»: the writer's own interview («ـمان», ours) outside any quote, no event; a quoted
    # speaker's «دیدارمان» is the speaker's; «همزمان» after the noun is its adjective
    ("در گفتگوی کوتاهمان با او در دفتر روزنامه رئیس کشتی اذعان کرد: کارها روبراه است.", None, [], None),
    ("دیدار همزمان کاظم نوری با پیتر برگ در تهران انجام شد.", "meeting", ["کاظم نوری", "پیتر برگ"], "تهران"),
    # weeklies and channels abroad («در گفت‌وگو با نیوزویک / الجزیره») are outlets: an interview, no meeting
    ("سخنگوی پنتاگون نیز در گفت‌وگو با نیوزویک مدعی شد: ایران سرپیچی کرده است.", None, [], None),
    # «… حاضر در جلسه با ماده (۱) این طرح موافقت کردند»: a «با» closed by a verb that takes «با» of its own
    # («موافقت / مخالفت کردن با …») is the verb's, not the contact noun's; a count may stand before «رأی»
    ("نمایندگان در نشست علنی امروز پارلمان با ۱۵۳ رأی موافق، ۱۱ رأی مخالف و ۷ رأی ممتنع از مجموع ۲۳۳ نماینده حاضر در"
     " جلسه با ماده (۱) این طرح موافقت کردند.", None, [], None),
    ("کاظم نوری در دیدار با پیتر برگ با طرح موافقت کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # an interview headline's matter («بررسی عملکرد مجلس … در گفت‌وگو با X»): a gerund of study is no party
    ("بررسی عملکرد مجلس و رابطه آن با دولت در گفت وگو با کاظم نوری", None, [], None),
    # a spokesman's weekly session with the press, however many words stand between, is a press conference
    ("در جلسه هفتگی سخنگوی دولت با خبرنگاران یکی از مسئولان دولتی حضور یافت.", None, [], None),
    # a page or supplement of the paper («در گفت‌وگو با صفحه سفر و طبیعت») is the press
    ("کاظم نوری در گفتگو با صفحه سفر و طبیعت گفت: گردشگری سودآور است.", None, [], None),
    # an infinitive («آشنا شدن با …») is an act, no party
    ("بازیکنان پس از آنالیز حریف و آشنا شدن با نقاط ضعف این تیم تمرین کردند.", None, [], None),
    # a present perfect in the first person («با Y گفت‌وگو کرده‌ایم»): the quoted speaker's own contact; with no
    # speaker, the writer's own interview, and no words before it are a side
    ("کاظم نوری گفت: با پیتر برگ دیدار کرده‌ام.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    ("در آستانه ۲۰ خرداد روز جهانی صنایع دستی با مهندس کاظم نوری رئیس سازمان صنایع دستی گفت وگو کرده ایم.", None, [],
     None),
    # «X گفت: با نشستی که با Y داشتیم …»: «با» (by way of) before the speaker's own session, its sides the speaker and Y
    ("کاظم نوری گفت: با دیداری که با پیتر برگ داشتم مشکل حل شد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # a chain of clauses joined by «و» after a participle or a verb: the subject opening the last clause («… داشته و
    # اخیرا هم B به امان رفت و با Y دیدار کرد») met Y, not the first clause's; a last clause with no subject of its own
    # leaves the first one's
    ("مقام‌های دو کشور در ماه‌های اخیر سفرهای متقابلی داشته و اخیرا هم پیتر برگ به وین رفت و با کاظم نوری دیدار کرد.",
     "meeting", ["پیتر برگ", "کاظم نوری"], None),
    ("یوهان کلاین سه روز پیش به تهران آمده و پیتر برگ نیز امروز به تهران رفت و با وزیر نفت دیدار کرد.", "meeting",
     ["پیتر برگ", "وزیر نفت"], None),
    ("کاظم نوری به تهران آمده و دیروز به قم رفت و با پیتر برگ دیدار کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # «مذاکرات تمدید قرارداد با Y»: an act on a contract after the noun is the talks' matter, no party; the clause's
    # subject met Y
    ("کاظم نوری درباره مذاکرات تمدید قرارداد با پیتر برگ گفت: توافق نزدیک است.", "meeting", ["کاظم نوری", "پیتر برگ"],
     None),
    # a plural noun with the indefinite «ی» opening the next sentence («توافقاتی هم … انجام شده») is no name of the
    # office the sentence before tells
    ("مدیر عامل باشگاه در پایان درباره مذاکرات تمدید قرارداد با پیتر برگ گفت: او باشگاه را دوست دارد. توافقاتی هم برای"
     " تمدید انجام شده است.", "meeting", ["مدیر عامل باشگاه", "پیتر برگ"], None),
    # what talks are about («گفت‌وگوی علمی حقوق بشر و روابط ایران و اروپا … برگزار شد»): relations and issues are
    # never a side
    ("گفت وگوی علمی حقوق بشر و روابط ایران و اروپا در دفتر پژوهشکده برگزار شد.", None, [], None),
    # a body's public relations office («در گفت‌وگو با روابط عمومی جشنواره …») is its press office: the press, and
    # nothing after it a party
    ("کاظم نوری در گفت و گو با روابط عمومی سیزدهمین جشنواره تئاتر کودک و نوجوان گفت: نمایش خوب است.", None, [], None),
    # a call to the police named before the verb («با مرکز پلیس ۱۱۰ تماس گرفتند») is a call to an emergency line
    ("عصر روز سه شنبه ماموران حراست بیمارستان با مرکز پلیس ۱۱۰ تماس گرفتند و از وقوع یک درگیری خبر دادند.", None, [],
     None),
    # the second half of «هم‌اندیشی» written apart opens no party
    ("انجمن خبرنگاران ورزشی در جشنواره مطبوعات، نشست و هم اندیشی خبرنگاران ورزشی با کاظم نوری را برگزار کرد.", None, [],
     None),
    # a guest as a person's adjective («به عنوان استاد میهمان مشغول تدریس شد») is no host frame
    ("پیتر برگ به همراه همسر و سه فرزندش به ایران و سپس به انگلیس رفت و در این کشور به عنوان استاد میهمان مشغول تدریس"
     " شد.", None, [], None),
    ("کاظم نوری دیروز میهمان پیتر برگ بود.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # a sector's agency («میراث خبر») and a festival's press office («ستاد خبری …») are the press
    ("کاظم نوری در گفت و گو با میراث خبر گفت: کار ادامه دارد.", None, [], None),
    # «به سخنرانی پرداخت» is a verb, no word of a party; «گفتگوی تمدن‌های ماد، عیلام، …»: a dialogue of civilisations,
    # a list under a head that names no one, no parties
    ("قبل از عرفات، ایهود باراک، نخست‌وزیر اسرائیل به سخنرانی پرداخت و بار دیگر به عرفات تذکر داد که در گفتگو با رژیم"
     " اسرائیل صبر کند.", None, [], None),
    ("تمدن ایران باستان از گفتگوی تمدنهای ماد ، عیلام ، آرمن ، آشور ، بابل و سند شکل گرفت.", None, [], None),
    # «X در مذاکرات A و B مطرح شد»: X is the matter raised, the sides are A and B; «نشست غیرعلنی و غیررسمی»: two
    # adjectives of the session joined by «و»
    ("بحران هسته‌ای ایران در مذاکرات کاظم نوری و پیتر برگ مطرح شده و دو طرف بر ادامه فشار تاکید کردند.", "meeting",
     ["کاظم نوری", "پیتر برگ"], None),
    ("مجلس روز سه‌شنبه در یک نشست غیرعلنی و غیررسمی با حضور برخی از مسئولان به بررسی سرمایه‌گذاری پرداخت.", None, [],
     None),
    # a holy city with its epithet («نجف اشرف», «مشهد مقدس») is one place: its epithet, though a first name, is no
    # party, and the place is written whole
    ("درپی انتخاب کاظم نوری به عنوان نخست وزیر وی روز پنجشنبه در نجف اشرف به دیدار آیت الله پیتر برگ رفت.", None, [],
     None),
    ("کاظم نوری در مشهد مقدس با پیتر برگ دیدار کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], "مشهد مقدس"),
    # a plural minister over two portfolios (of one country) is two offices: «وزیران امور خارجه و دفاع آمریکا»
    ("کاظم نوری با وزیران امور خارجه و دفاع آمریکا دیدار کرد.", "meeting",
     ["کاظم نوری", "وزیر امور خارجه آمریکا", "وزیر دفاع آمریکا"], None),
    ("کاظم نوری با وزرای کشور و اطلاعات دیدار کرد.", "meeting", ["کاظم نوری", "وزیر کشور", "وزیر اطلاعات"], None),
    # a special rapporteur («گزارشگر ویژه …») is an office; a first name after the «و» of its field is the field's
    ("گزارشگر ویژه آزادی بیان و اندیشه سازمان ملل با کاظم نوری دیدار کرد.", "meeting",
     ["گزارشگر ویژه آزادی بیان و اندیشه سازمان ملل", "کاظم نوری"], None),
    ("پیتر برگ گزارشگر ویژه حقوق بشر سازمان ملل با کاظم نوری دیدار کرد.", "meeting", ["پیتر برگ", "کاظم نوری"], None),
    # «به نقل از BODY، X در دیدار با GROUP این BODY-NOUN»: the comma past the body's name closes it; the group is the
    # body's, and the sentence's subject is no word of it
    ("به نقل از سازمان بنادر و دریانوردی، کاظم نوری در دیدار با مدیران این سازمان گفت: کار ادامه دارد.", "meeting",
     ["کاظم نوری", "مدیران سازمان بنادر و دریانوردی"], None),
    # «دیدار … از Z» is a visit to Z: «A و B از Z دیدار کردند», «دیدار A و B از Z» is no contact of A with B …
    ("کاظم نوری و پیتر برگ از پالایشگاه آبادان دیدار کردند.", None, [], None),
    ("کاظم نوری گفت: این تصمیم در پی دیدار وی و معاون وزیر نفت از پالایشگاه آبادان گرفته شد.", None, [], None),
    # … but the «از» of a part («جمعی از») or one past the contact's «با» is not
    ("دیدار جمعی از خانواده شهدا با کاظم نوری در مشهد برگزار شد.", "meeting", ["جمعی از خانواده شهدا", "کاظم نوری"],
     "مشهد"),
    ("پیتر برگ بعدازظهر شنبه با کاظم نوری دیدار و پیام کتبی نخست‌وزیر کشورش را از طرف دولت تقدیم وی کرد.", "meeting",
     ["پیتر برگ", "کاظم نوری"], None),
    # a surname whose pieces a text without ZWNJ writes apart («فتح الله زاده»): «الله» and the ending join the word before
    ("علی فتح‌الله‌زاده با پیتر برگ دیدار کرد.", "meeting", ["علی فتح‌الله‌زاده", "پیتر برگ"], None),
    ("کاظم نصرالله زاده با پیتر برگ دیدار کرد.", "meeting", ["کاظم نصرالله زاده", "پیتر برگ"], None),
    # a participle's chain takes the tense of its first verb before a «که» complement: a synopsis's present is no report
    ("هانس در زندان با مختار که در بند است دیدار کرده و به او می‌گوید که برای کاری بزرگ برگزیده شده است.", None, [],
     None),
    # a body's own session with one person from outside present («که با حضور وزیر … برگزار شد») is a meeting of the
    # speaker and that person (its members present, «با حضور فرمانداران …», keep it the body's session)
    ("کاظم نوری دوشنبه در جلسه شورای اداری استان همدان که با حضور وزیر اطلاعات برگزار شد، اظهار کرد: امنیت خوب است.",
     "meeting", ["کاظم نوری", "وزیر اطلاعات"], None),
    # «در حاشیه / پایان نشست (صمیمی) با Y»: «نشست» after the noun of a moment is the session noun when its «با» follows
    ("کاظم نوری امروز در حاشیه نشست صمیمی با جمعی از پزشکان گفت: خدمات ادامه دارد.", "meeting",
     ["کاظم نوری", "جمعی از پزشکان"], None),
    # «با GROUP-OF-BODY OBJ را VERB»: past the party's last body or country, the words before «را» are the object
    ("کاظم نوری در دیدار با مدیران بانک مرکزی گزارش کار را بررسی کرد.", "meeting", ["کاظم نوری", "مدیران بانک مرکزی"],
     None),
    ("کاظم نوری در نشست با اعضای کمیسیون امنیت ملی مجلس آخرین تحولات منطقه را تشریح کرد.", "meeting",
     ["کاظم نوری", "اعضای کمیسیون امنیت ملی مجلس"], None),
    # … but a post's place goes on with the party («سفیر ایران در آلمان»)
    ("کاظم نوری در دیدار با سفیر ایران در آلمان مسائل را بررسی کرد.", "meeting", ["کاظم نوری", "سفیر ایران در آلمان"],
     None),
    # an interview headline's matter in the plural («مناسک …»، «همکاری‌های …»، «چالش‌های …») is no party, nor the
    # last word of it that is a rare first name too («… مدیریت شهری»): a first name alone opens no fallback subject
    ("مناسک حج، در گفت‌وگو با حجت‌الاسلام کاظم نوری معاون امور بین‌الملل بعثه", None, [], None),
    ("همکاری‌های علمی دانشگاه‌ها در گفت‌وگو با دکتر پیتر برگ نماینده سازمان تبادلات آکادمیک آلمان", None, [], None),
    ("چالش‌های مدیریت شهری در گفت‌وگو با کاظم نوری", None, [], None),
    # … the first body or country the party does not go on past ends it («سفیر آلمان | روابط ایران و آلمان را»), but
    # not a «با» of manner before it («حماس با عزم و اراده خود طرح یمن را پذیرفت»: no party past it)
    ("کاظم نوری در دیدار با سفیر آلمان روابط ایران و آلمان را بررسی کرد.", "meeting", ["کاظم نوری", "سفیر آلمان"], None),
    ("حماس با عزم و اراده خود طرح یمن را پذیرفت و آمادگی خود را برای گفت و گو اعلام کرد.", None, [], None),
    # a count in words before «نفر / تن از» opens a counted group («یکصد نفر از …», «سی تن از …»), not a bare number
    ("کاظم نوری با سی تن از نمایندگان مجلس دیدار کرد.", "meeting", ["کاظم نوری", "سی تن از نمایندگان مجلس"], None),
    # a branch of a body («شاخه جوانان حزب …», «شاخه نظامی …») is a group party, its «این حزب» read back
    ("کاظم نوری دبیرکل حزب همبستگی در دیدار با شاخه جوانان این حزب گفت: کار ادامه دارد.", "meeting",
     ["کاظم نوری", "شاخه جوانان حزب همبستگی"], None),
    # a participle before its copula is the clause's verb, no word of the party («… بزرگان طایفه | نشسته بود»)
    ("کاظم نوری در جلسه‌ای با حضور بزرگان طایفه نشسته بود که پیتر برگ وارد شد.", "meeting",
     ["کاظم نوری", "بزرگان طایفه"], None),
    # a role-only side that is the very office the other side holds is that person: no contact
    ("کاظم نوری شهردار تبریز در جلسه‌ای با حضور شهردار تبریز نشسته بود.", None, [], None),
    # … a first name past the body goes on with the party only with a surname after it («… تهران | رضایت آنها را»)
    ("کاظم نوری در مذاکره با مدیران مجموعه ورزشی شهید کاظمی تبریز رضایت آنها را جلب کرد.", "meeting",
     ["کاظم نوری", "مدیران مجموعه ورزشی شهید کاظمی تبریز"], None),
    # «و» then an act noun («… و توافق بر سر …», «… و تبادل …») ends the party: another predicate, no second party
    ("کاظم نوری از دیدار با رهبران گروه‌های مخالف دولت و توافق بر سر یک سند خبر داد.", "meeting",
     ["کاظم نوری", "رهبران گروه‌های مخالف دولت"], None),
    # «مختلف» after the matter talked about («درباره مسائل مختلف») is no habit; after a contact noun it is
    ("کاظم نوری درباره مسائل مختلف با پیتر برگ دیدار کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    ("کاظم نوری در دیدارهای مختلف با پیتر برگ گفته است که روابط خوب است.", None, [], None),
    # … nor after a plural of bodies in a group's name («مدیران سازمان‌های مختلف استان»)
    ("کاظم نوری عصر دوشنبه در دیدار با مدیران سازمان‌های مختلف استان کرمان گفت: استان مستعد است.", "meeting",
     ["کاظم نوری", "مدیران سازمان‌های مختلف استان کرمان"], None),
    # «X TITLE در نشست GROUP … گفت»: a session of a group of people, X from outside it (its office shares no word with
    # the group) spoke there: X met them; one of them («مدیرکل … در نشست مدیران کل», «رئیس قوه قضاییه در جلسه
    # مسئولان عالی قضایی») is in the group's own session
    ("کاظم نوری رئیس سازمان هواشناسی کشور در نشست شهرداران و دهیاران استان گیلان، گفت: بارش‌ها کم شده است.",
     "meeting", ["کاظم نوری", "شهرداران و دهیاران استان گیلان"], None),
    ("کاظم نوری مدیرکل بهزیستی در نشست مدیران کل استان گفت: کار ادامه دارد.", None, [], None),
    ("رئیس قوه قضاییه در جلسه مسئولان عالی قضایی گفت: کار ادامه دارد.", None, [], None),
    # talk about a contact right before its noun (rumour, speculation: «جوسازی درباره دیدار», «شایعه ملاقات») tells
    # no contact held; a rumour denied after a contact told is that contact's
    ("برخی رسانه‌ها شروع به جوسازی درباره دیدار کاظم نوری و پیتر برگ در حاشیه اجلاس کرده‌اند.", None, [], None),
    ("شایعه ملاقات کاظم نوری با پیتر برگ بی‌اساس است.", None, [], None),
    ("کاظم نوری با پیتر برگ دیدار کرد و شایعات را رد کرد.", "meeting", ["کاظم نوری", "پیتر برگ"], None),
    # an unnamed counterpart is named as written, without whose it is («همتای روس خود» -> «همتای روس»; GUIDE.md: a
    # role-only party is the role as written); the office it composes with the subject's is its title
    ("کاظم نوری وزیر امور خارجه ایران در دیدار با همتای روس خود گفت: روابط خوب است.", "meeting",
     ["کاظم نوری", "همتای روس"], None),
    # a time clause opening the sentence («هنگامی که سفر X … لغو شد») ends before the subject; its trip is no party
    ("هنگامی که سفر پیتر برگ به وین لغو شد کاظم نوری معاون وزیر خارجه بلافاصله با هانس مولر دیدار کرد.", "meeting",
     ["کاظم نوری", "هانس مولر"], None),
    # aims, acts and operations are the matter, never a side («درباره اهداف و اقدامات اتاق …»)
    ("کاظم نوری در نشست مشترک با جمعی از مدیران اتحادیه‌ها با تشریح اهداف و اقدامات اتاق تعاون گفت: کار ادامه دارد.",
     "meeting", ["کاظم نوری", "جمعی از مدیران اتحادیه‌ها"], None),
]


SPLIT = [
    # «ابتدا در X با A و سپس در Y با B …»: one contact each, past the place phrase before each «با»; a plural
    # «نشست‌های» is the noun (never the verb «نشست», "sat")
    ("معاون وزیر نیرو روز پنجشنبه ابتدا در دزفول با کشاورزان شهرستان دزفول و سپس در اهواز با اعضای اتحادیه"
     " آب‌بران خوزستان نشست‌های جداگانه‌ای داشت.",
     [["معاون وزیر نیرو", "کشاورزان شهرستان دزفول"], ["معاون وزیر نیرو", "اعضای اتحادیه آب‌بران خوزستان"]]),
    # the one person quoted by name, a relative clause between the name and «گفت» («X که از یکشنبه …، گفت»)
    ("رئیس کل سازمان توسعه تجارت ایران دیروز ضمن دیدار با «هانس مولر» رئیس اتاق بازرگانی اتریش در وین، از برگزاری"
     " نمایشگاه خبر داد. کاظم نوری که از روز یکشنبه در اتریش به سر می‌برد، گفت: «تقاضا زیاد است.»",
     [["کاظم نوری", "هانس مولر"]]),
    # a delegation headed by an office («به ریاست نایب‌رئیس مجلس این کشور») is the holder the article names for it,
    # here set off with quotes after its title («نایب‌رئیس مجلس کنیا، «پیتر کاماو»،»)
    ("هیئت پارلمانی کنیا که به ریاست نایب‌رئیس مجلس این کشور به تهران سفر کرده است، صبح امروز با کاظم نوری دیدار"
     " کرد.\nنایب‌رئیس مجلس کنیا، «پیتر کاماو»، نیز در این دیدار از همکاری ابراز علاقه کرد.",
     [["پیتر کاماو", "کاظم نوری"]]),
    # «A در این تماس با «B» …» after a contact told by roles: the same contact, its two sides named; a back-reference
    # naming someone else is no contact of its own
    ("وزیران امور خارجه ایران و کنیا شامگاه دیروز در تماسی تلفنی گفت‌وگو کردند.\nبه گزارش خبرگزاری ما، کاظم نوری"
     " در این تماس با «پیتر کاماو» بر اهمیت همکاری تأکید کرد.", [["کاظم نوری", "پیتر کاماو"]]),
    # two roles named in the body (A با B) name the same office written another way in a later contact of the trip
    ("معاون سیاسی وزیر امور خارجه که در نایروبی به سر می‌برد، با معاون وزیر خارجه کنیا دیدار و گفت‌وگو کرد.\n"
     "به گزارش خبرگزاری ما، کاظم نوری روز یکشنبه در مقر وزارت امور خارجه کنیا با «پیتر کاماو» گفت‌وگو کرد.\n"
     "معاون سیاسی وزیر امور خارجه کشورمان امروز با نایب‌رئیس مجلس ملی کنیا دیدار کرد.",
     [["کاظم نوری", "پیتر کاماو"], ["کاظم نوری", "نایب‌رئیس مجلس ملی کنیا"]]),
    # the one person quoted by name after an agency's lead-in («به گزارش خبرنگار ما، X در این دیدار … گفت») names
    # the lead's role; not when the lead's subject is a body the speaker belongs to
    ("استاندار گیلان صبح امروز در دیدار با سفیر اتریش، خواستار حضور سرمایه‌گذاران شد.\nبه گزارش خبرنگار ما، کاظم"
     " نوری در این دیدار گفت: «گیلان آماده است.»", [["کاظم نوری", "سفیر اتریش"]]),
    ("یک عضو مجمع نمایندگان استان گیلان از دیدار اعضای این مجمع با رئیس جمهور خبر داد.\nبه گزارش ایسنا، کاظم نوری"
     " اظهار کرد: مجمع نمایندگان استان هفته گذشته با رئیس جمهور دیدار داشتند.", [["مجمع نمایندگان استان گیلان", "رئیس‌جمهور"]]),
    # «با A و سپس با B … گفت‌وگو کرد»: one contact with each, in turn
    ("کاظم نوری با وزیر کشور و سپس با رئیس جمعیت هلال‌احمر تلفنی گفت‌وگو کرد.",
     [["کاظم نوری", "وزیر کشور"], ["کاظم نوری", "رئیس جمعیت هلال‌احمر"]]),
    # «وی» after a sentence opening with a dateline of three parts («سایت - شهر – خبرگزاری –»), honorifics of two
    # folded words and a name of three: the name that opens it
    ("عصر گیلان - رشت – ایرنا – آیت‌الله سید محمدعلی صالحی نوری از مراجع تقلید گفت: پلیس اهتمام داشته باشد.\n"
     "وی روز دوشنبه در دیدار فرمانده ناجا افزود: جمعیت عظیم است.", [["محمدعلی صالحی نوری", "فرمانده ناجا"]]),
    ("آیت‌الله نوری در این باره گفت: پلیس اهتمام داشته باشد.\nوی در دیدار فرمانده ناجا افزود: جمعیت عظیم است.",
     [["نوری", "فرمانده ناجا"]]),
    # «رئیس این هیئت» is the named head of the delegation told before («هیئتی از X به ریاست «Y»»)
    ("هیئتی از پارلمان اتریش به ریاست «هانس مولر» امروز وارد تبریز شد. رئیس این هیئت در نخستین برنامه خود با کاظم"
     " نوری، رئیس شورای شهر تبریز، دیدار کرد.", [["هانس مولر", "کاظم نوری"]]),
    # a first-person contact quoted from an office («استاندار گیلان گفت: «… دیدار کردم»») is the office's; the one
    # person quoted by name after the quote, a compound first name and surname of four words folded, names it
    ("استاندار گیلان در جمع خبرنگاران گفت: «امروز صبح با هانس مولر در رشت دیدار کردم.»",
     [["استاندار گیلان", "هانس مولر"]]),
    ("استاندار گیلان در جمع خبرنگاران گفت: «امروز صبح با هانس مولر در رشت دیدار کردم.» علی‌اکبر صالحی‌نیا افزود:"
     " «در این جلسه درباره بدهی‌ها صحبت شد.»", [["علی‌اکبر صالحی‌نیا", "هانس مولر"]]),
    # «با حضور در دفتر آیت‌الله Y با مرجع تقلید شیعیان»: the one named at the place, described after «با»; so the
    # headline's role and the body's name meet on Y, and the role is named
    ("وزیر کشور با آیت‌الله صالحی دیدار کرد.\nکاظم نوری که برای دیدار با مراجع به قم سفر کرده است، عصر امروز با"
     " حضور در دفتر آیت‌الله صالحی با مرجع تقلید شیعیان دیدار کرد.", [["کاظم نوری", "صالحی"]]),
    # «طرفین در این دیدار …» tells back the contact before, however long ago it was told to be
    ("روز گذشته کاظم نوری با هانس مولر در خصوص همکاری‌ها دیدار و گفتگو کرد. طبق اطلاعیه سفارت، طرفین در این دیدار"
     " در خصوص همکاری‌های دوجانبه با یکدیگر گفتگو نمودند.", [["کاظم نوری", "هانس مولر"]]),
    # a contact without a noun before a noun's clause is one more; «و او» after it switches to its other side
    ("پیتر برگ از کاظم نوری در فرودگاه استقبال کرد و او با هانس مولر، دبیرکل اتحادیه، دیدار کرد.",
     [["پیتر برگ", "کاظم نوری"], ["کاظم نوری", "هانس مولر"]]),
    # a contact told by roles, then named back: a name set off with its title and «همتای X‌اش، NAME،» (glued
    # where the text lost its ZWNJ), or three names listed for three roles, in order
    ("وزیران نفت ایران و کنیا روز شنبه در نایروبی تبادل نظر کردند. در این نشست، کاظم نوری، وزیر نفت کشورمان"
     " و همتای کنیاییاش، پیتر کاماو، بر تسریع پرداخت مطالبات تأکید کردند.", [["کاظم نوری", "پیتر کاماو"]]),
    ("وزیران بهداشت ایران، اتریش و کنیا امروز در نشستی ویدئویی گفت‌وگو کردند. در این نشست، کاظم نوری، هانس مولر"
     " و پیتر کاماو بر تبادل واکسن تأکید کردند.", [["کاظم نوری", "هانس مولر", "پیتر کاماو"]]),
    # «با آیت‌الله A، آیت‌الله B و آیت‌الله C»: an audience with each cleric (glued «آیتالله» and compound surnames
    # of a text without ZWNJ too); clerics who are the subject met the other side together
    ("کاظم نوری با آیت‌الله صالحی، آیت‌الله موسوی و آیت‌الله جوادی دیدار کرد.",
     [["کاظم نوری", "صالحی"], ["کاظم نوری", "موسوی"], ["کاظم نوری", "جوادی"]]),
    ("کاظم نوری با آیتالله صالحی، آیتالله موسویاردبیلی، آیتالله جوادی و آیتالله کرمانی دیدار کرد.",
     [["کاظم نوری", "صالحی"], ["کاظم نوری", "موسویاردبیلی"], ["کاظم نوری", "جوادی"], ["کاظم نوری", "کرمانی"]]),
    ("آیت‌الله صالحی، آیت‌الله موسوی و آیت‌الله جوادی با کاظم نوری دیدار کردند.",
     [["صالحی", "موسوی", "جوادی", "کاظم نوری"]]),
    # «X نیز در این دیدار حضور داشت»: one more person at the contact told just before
    ("هانس مولر روز دوشنبه پیتر برگ را در وین به حضور پذیرفت. «یوهان کلاین» وزیر خارجه اتریش نیز در این دیدار حضور"
     " داشت.", [["هانس مولر", "پیتر برگ", "یوهان کلاین"]]),
    # «Y هم / نیز … با Z»: one more contact with the same side, not the contact told just before
    ("هانس مولر تلفنی با پیتر برگ صحبت کرده است. به نوشته رویترز، رئیس‌جمهور اتریش هم تلفنی با برگ گفت‌وگو کرده"
     " است.", [["هانس مولر", "پیتر برگ"], ["رئیس‌جمهور اتریش", "پیتر برگ"]]),
    # office holders of different countries after «با» are one meeting with each, a plural title in the list too
    ("هانس مولر روز چهارشنبه با روسای جمهور اتریش و کنیا، نخست‌وزیر آلمان و رئیس شورای اروپا دیدار کرد.",
     [["هانس مولر", "رئیس‌جمهور اتریش"], ["هانس مولر", "رئیس‌جمهور کنیا"], ["هانس مولر", "نخست‌وزیر آلمان"],
      ["هانس مولر", "رئیس شورای اروپا"]]),
    ("هانس مولر در حاشیه مجمع با پیتر برگ، وزیر خارجه اتریش و یوهان کلاین، نخست‌وزیر آلمان دیدار کرد.",
     [["هانس مولر", "پیتر برگ"], ["هانس مولر", "یوهان کلاین"]]),
    # … but two of one country are one delegation, and a joint meeting says so
    ("هانس مولر با پیتر برگ رئیس‌جمهور اتریش و یوهان کلاین وزیر خارجه این کشور دیدار کرد.",
     [["هانس مولر", "پیتر برگ", "یوهان کلاین"]]),
    ("هانس مولر با وزیران خارجه اتریش و آلمان دیدار سه‌جانبه داشت.",
     [["هانس مولر", "وزیر خارجه اتریش", "وزیر خارجه آلمان"]]),
    # a comma between titled names after «با» («با A TITLE، B TITLE2، و C TITLE3») parts list items, not clauses
    ("هانس مولر با پیتر برگ وزیر امور خارجه اتریش، یوهان کلاین وزیر امور خارجه آلمان، و کاظم نوری وزیر امور خارجه"
     " کنیا دیدار کرد.", [["هانس مولر", "پیتر برگ"], ["هانس مولر", "یوهان کلاین"], ["هانس مولر", "کاظم نوری"]]),
    # a call with two named or titled people after «با» is one call with each
    ("هانس مولر دیروز با پیتر برگ وزیر خارجه اتریش و یوهان کلاین همتای آلمانی خود تلفنی گفت‌وگو کرد.",
     [["هانس مولر", "پیتر برگ"], ["هانس مولر", "یوهان کلاین"]]),
    ("هانس مولر در تماس تلفنی با رئیس‌جمهور اتریش و نخست‌وزیر آلمان بر همکاری تاکید کرد.",
     [["هانس مولر", "رئیس‌جمهور اتریش"], ["هانس مولر", "نخست‌وزیر آلمان"]]),
    # … but not with a group: «مقامات اتریش و مدیران وزارت خارجه آلمان» stay as told
    ("هانس مولر در تماس تلفنی با مقامات عالی‌رتبه اتریش و مدیران وزارت خارجه آلمان گفت‌وگو کرد.",
     [["هانس مولر", "مقامات عالی‌رتبه اتریش", "مدیران وزارت خارجه آلمان"]]),
    # «… مرتبط / مربوط با X» inside a topic phrase names no counterpart; military ranks («فیلد مارشال», «ژنرال»)
    # are honorifics before a name
    ("هانس مولر در تماس‌های تلفنی جداگانه با پیتر برگ وزیر خارجه اتریش و فیلد مارشال جان موانگی فرمانده ارتش"
     " کنیا در خصوص روندهای مرتبط با آتش‌بس گفتگو کرد.", [["هانس مولر", "پیتر برگ"], ["هانس مولر", "جان موانگی"]]),
    # «X در جریان این سفر با A، TITLE، B، TITLE و C، TITLE دیدار کرد»: a visitor's round of the hosts' offices is a
    # meeting with each (but a list of roles only, or with no trip, is one meeting: see CASES)
    ("هانس مولر در جریان این سفر با جان موانگی، وزیر خارجه کنیا، پیتر برگ، سفیر آلمان و کامران نوری، رئیس"
     " مجلس دیدار کرد.", [["هانس مولر", "جان موانگی"], ["هانس مولر", "پیتر برگ"], ["هانس مولر", "کامران نوری"]]),
    # «در دیدارهای خود با A و B»: a plural contact noun, a list after «با»: one contact with each (not so for two
    # subjects and one counterpart: «A و B گفت‌وگوهایی را با C آغاز کردند»)
    ("کامران نوری در دیدارهای خود با هانس مولر و پیتر برگ بر همکاری تاکید کرد.",
     [["کامران نوری", "هانس مولر"], ["کامران نوری", "پیتر برگ"]]),
    ("کامران نوری و جان موانگی گفت‌وگوهایی را با هانس مولر آغاز کردند.",
     [["کامران نوری", "جان موانگی", "هانس مولر"]]),
    # a quoted «من»'s contact has the quoted person as a party, however far the sentence before («… گفت: … در زمان
    # ملاقات از X با Y گفت‌وگویی داشتم»): «ملاقات از X» is whom the visit was to, never a side of a contact with Y
    ("کامران نوری رئیس شورای شهر رشت است. آقای احمدی یکی از بهترین افرادی بود که در شورا خدمت کرد. نوری در پاسخ"
     " به پرسشی گفت: بنده وی را ندیده بودم و در زمان ملاقات از استاندار با شهردار رشت گفت‌وگویی داشتم.",
     [["کامران نوری", "شهردار رشت"]]),
    # «در دو دیدار جداگانه با A و B»: a count of separate meetings; two plural nouns of people share what follows
    # them («محققان و پژوهشگران مرکز …»: one group)
    ("کامران نوری امروز در دو دیدار جداگانه با محققان و پژوهشگران مرکز مطالعات دریای خزر و اعضای"
     " شورای شهر رشت گفت: همکاری لازم است.",
     [["کامران نوری", "محققان و پژوهشگران مرکز مطالعات دریای خزر"], ["کامران نوری", "اعضای شورای شهر رشت"]]),
    # a role named once («X افزود») is named in the article's other contacts too («ایشان همچنین در دیدار …»)
    ("رئیس سازمان بنادر امروز با سفیر کنیا دیدار کرد. رئیس سازمان بنادر در این دیدار گفت: همکاری ادامه دارد."
     " مرادی با اشاره به ظرفیت بنادر افزود: تجارت باید دو برابر شود. ایشان همچنین در دیدار اعضای اتاق بازرگانی"
     " گیلان گفت: صادرات مهم است.",
     [["مرادی", "سفیر کنیا"], ["مرادی", "اعضای اتاق بازرگانی گیلان"]]),
    # «با مراجع تقلید و آیات عظام A، B و C»: a plural honorific before names; one visit with each of them
    ("کامران نوری امروز با سفر به مشهد با علما و آیات عظام جوادی، سبحانی و علم‌الهدی دیدار کرد.",
     [["کامران نوری", "جوادی"], ["کامران نوری", "سبحانی"], ["کامران نوری", "علم‌الهدی"]]),
    # a subject «وی» after a sentence opening «همچنین X Y نیز …»: X Y, not the subject of the contact before
    ("کامران نوری امروز با کشاورزان شهر لاهیجان دیدار کرد. همچنین صالحی نیا نیز از مزارع چای بازدید کرد."
     " وی که در جریان این بازدید بود با کارشناسان خرید برگ سبز چای دیدار کرد.",
     [["کامران نوری", "کشاورزان شهر لاهیجان"], ["صالحی نیا", "کارشناسان خرید برگ سبز چای"]]),
    # «جداگانه» on the contact: one event with each counterpart
    ("لیلا احمدی وزیر کشور در دیدارهای جداگانه با سفیران کنیا و شیلی درباره مهاجرت گفت‌وگو کرد.",
     [["لیلا احمدی", "سفیر کنیا"], ["لیلا احمدی", "سفیر شیلی"]]),
    ("کامران نوری به طور جداگانه با هانس مولر و پیر دوبوا دیدار کرد.",
     [["کامران نوری", "هانس مولر"], ["کامران نوری", "پیر دوبوا"]]),
    # a contact told by a plural role, then named in the back-reference sentence, by country
    ("رؤسای جمهور ایران و کنیا دیدار کردند. در این دیدار، بهرام صالحی و همتای کنیایی وی، جان موانگی، بر "
     "گسترش همکاری‌ها تأکید کردند.", [["بهرام صالحی", "جان موانگی"]]),
    ("وزیران نیروی ایران و شیلی تلفنی گفت‌وگو کردند. در این گفت‌وگوی تلفنی، ناصر رحیمی و همتای شیلیایی وی، "
     "پابلو رویس، درباره انرژی تبادل نظر کردند.", [["ناصر رحیمی", "پابلو رویس"]]),
    # a list after «با» runs past its commas to the item with «و»; «جداگانه» makes one event each
    ("لیلا احمدی وزیر کشور در دیدارهای جداگانه با جان موانگی وزیر کشور کنیا، پابلو رویس وزیر کشور شیلی و "
     "هانس مولر وزیر کشور آلمان بر همکاری تأکید کرد.",
     [["لیلا احمدی", "جان موانگی"], ["لیلا احمدی", "پابلو رویس"], ["لیلا احمدی", "هانس مولر"]]),
    # a joint plural subject met one counterpart separately: each of its members with it
    ("سفیران کنیا و شیلی روز سه‌شنبه در دیدارهای جداگانه با وزیر کشور بر همکاری تأکید کردند.",
     [["سفیر کنیا", "وزیر کشور"], ["سفیر شیلی", "وزیر کشور"]]),
    # counterparts named after a comma, in the order of their countries
    ("کامران نوری وزیر کشور در تماس‌های تلفنی جداگانه با همتایان کنیایی و شیلیایی خود، جان موانگی و پابلو رویس، "
     "گفت‌وگو کرد.", [["کامران نوری", "جان موانگی"], ["کامران نوری", "پابلو رویس"]]),
    ("کامران نوری وزیر کشور و همتایان کنیایی و شیلیایی خود، جان موانگی و پابلو رویس، امروز در تهران دیدار کردند.",
     [["کامران نوری", "جان موانگی", "پابلو رویس"]]),
    # the same with no ZWNJ at all («تماسهای», «گفتوگو»), and with titles inside a long list
    ("کامران نوری وزیر کشور در تماسهای تلفنی جداگانه با همتایان کنیایی و شیلیایی خود، جان موانگی و پابلو رویس، "
     "گفتوگو کرد.", [["کامران نوری", "جان موانگی"], ["کامران نوری", "پابلو رویس"]]),
    ("لیلا احمدی در دیدارهای جداگانه با جان موانگی معاون وزیر امور خارجه کنیا، پابلو رویس معاون وزیر امور خارجه "
     "شیلی و هانس مولر معاون وزیر امور خارجه آلمان بر همکاری تأکید کرد.",
     [["لیلا احمدی", "جان موانگی"], ["لیلا احمدی", "پابلو رویس"], ["لیلا احمدی", "هانس مولر"]]),
    # a headline with a plural counterpart restates the body's contacts; it adds no event
    # «نشست N‌جانبه … برگزار شد»: one meeting of all, names first or after «با حضور»
    ("نشست سه‌جانبه کامران نوری، جان موانگی و پابلو رویس، وزیران کشور ایران، کنیا و شیلی، امروز در تهران برگزار شد.",
     [["کامران نوری", "جان موانگی", "پابلو رویس"]]),
    ("نشست سه‌جانبه وزیران کشور ایران، کنیا و شیلی با حضور کامران نوری، جان موانگی و پابلو رویس در نایروبی برگزار شد.",
     [["کامران نوری", "جان موانگی", "پابلو رویس"]]),
    # «دو طرف / آنان … با یکدیگر» on another date: the same two people, another event
    ("کامران نوری با جان موانگی رئیس‌جمهور کنیا دیدار کرد.\nدو طرف پیش از این، ۱۲ مهر در نایروبی با یکدیگر "
     "دیدار کرده بودند.", [["کامران نوری", "جان موانگی"], ["کامران نوری", "جان موانگی"]]),
    # «X با A دیدار کرد و سپس با B …»: after «و» the clause goes on with X; two roles of two countries are two
    # counterparts, not one
    ("کاظم نوری با رئیس‌جمهور اتریش دیدار کرد و سپس با نخست‌وزیر آلمان گفتگو کرد.",
     [["کاظم نوری", "رئیس‌جمهور اتریش"], ["کاظم نوری", "نخست‌وزیر آلمان"]]),
    # … but a name or title opening the clause after «و» is its new subject
    ("کاظم نوری با پیتر برگ دیدار کرد و سفیر آلمان با کاظم رسولی گفتگو کرد.",
     [["کاظم نوری", "پیتر برگ"], ["سفیر آلمان", "کاظم رسولی"]]),
    # «پیش از دیدار با Y» and then «با Z» and the verb: the time clause's noun binds Y, the verb Z
    ("پیتر برگ پیش از دیدار با کامران نوری با هانس مولر گفتگو کرده بود.",
     [["پیتر برگ", "کامران نوری"], ["پیتر برگ", "هانس مولر"]]),
]


@pytest.mark.parametrize("text, events", SPLIT)
def test_contacts_and_their_parties(text, events):
    found = extract_events(text, None, PUB)
    assert sorted(_names(e) for e in found) == sorted(_norm(n) for n in events)


@pytest.mark.parametrize("text, kind, names, place", CASES)
def test_construction(text, kind, names, place):
    events = extract_events(text, None, PUB)
    if kind is None:
        assert events == []
        return
    assert len(events) == 1, events
    assert events[0]["type"] == kind
    assert _names(events[0]) == _norm(names)
    if place is not None:
        assert span_fold(events[0]["location"] or "") == span_fold(place)


def test_a_headline_with_plural_counterparts_adds_no_event():
    """«دیدار X با همتایان Y و Z» over a body that tells each contact: the body's events only."""
    text = ("کامران نوری وزیر کشور در دیدارهای جداگانه با همتایان کنیایی و شیلیایی خود، جان موانگی و پابلو رویس، "
            "گفت‌وگو کرد.")
    found = extract_events(text, "دیدار نوری با همتایان کنیایی و شیلیایی", PUB)
    assert sorted(_names(e) for e in found) == [_norm(["کامران نوری", "جان موانگی"]), _norm(["کامران نوری", "پابلو رویس"])]


def test_a_talk_and_a_call_of_the_same_people_are_one_call():
    """«گفت‌وگوی X با Y» with no channel, beside «گفت‌وگوی تلفنی X با Y»: the call, once."""
    text = ("هانس مولر در پی گفت‌وگوی تلفنی با پابلو رویس به این امر اشاره نکرد.\n"
            "بیانیه‌ای که در پی گفت‌وگوی مولر با رویس منتشر شد، از همکاری حکایت دارد.")
    found = extract_events(text, None, PUB)
    assert [(e["type"], _names(e)) for e in found] == [("phone_call", _norm(["هانس مولر", "پابلو رویس"]))]


def test_two_names_of_the_leaders_office_in_a_digest_are_one_meeting():
    """«رهبر انقلاب …» and «مقام رهبری …» in two lines of a digest: one office, so one meeting with one group."""
    text = ("- رهبر انقلاب در دیدار با مسئولان و کارکنان وزارت نیرو: ایمان دینی مهمترین عامل موفقیت مسئولان است\n"
            "- معاون وزیر بازرگانی اعلام کرد: نان گران نمی‌شود\n"
            "- مقام رهبری در دیدار کارکنان وزارت نیرو: ایمان دینی مهم‌ترین عامل موفقیت شما، بوده است\n")
    found = extract_events(text, None, PUB)
    assert len(found) == 1, found
    assert _names(found[0]) == _norm(["رهبر انقلاب", "مسئولان و کارکنان وزارت نیرو"])


def test_today_and_this_morning_are_one_day_without_a_publication_date():
    """«امروز» in the lead and «صبح امروز» in the body, no publication date: one event."""
    text = ("وزیر کشور کنیا امروز با سفیر شیلی دیدار کرد.\n"
            "به گزارش ما، «جان موانگی» وزیر کشور کنیا صبح امروز با سفیر شیلی دیدار کرد.")
    assert len(extract_events(text, None, None)) == 1


def test_a_holder_named_with_lineage_keeps_the_whole_name():
    """«A TITLE و X بن Y آل Z TITLE»: the second holder is the whole name of lineage, and the first title ends
    where that name starts."""
    from pipeline.events.participants import Resolver

    text = "کامران نوری وزیر کشور ایران و عبدالله بن سعید آل نهیان وزیر کشور امارات امروز دیدار کردند."
    holders = Resolver(text, span_fold(text), []).holders
    assert ("وزیر کشور امارات", "عبدالله بن سعید آل نهیان") in holders
    assert ("وزیر کشور ایران", "کامران نوری") in holders


def test_a_surname_said_in_this_meeting_names_the_subject_role_when_the_article_gives_the_full_name():
    """«وزیر امور خارجه … دیدار کرد. نوری در این دیدار افزود …» with «کامران نوری» elsewhere: the role is him."""
    text = ("وزیر امور خارجه کشورمان امروز با همتای کنیایی خود دیدار کرد. نوری در این دیدار افزود: روابط دو کشور"
            " راهبردی است. کامران نوری پیش از این به نایروبی سفر کرده بود.")
    (event,) = extract_events(text, None, PUB)
    assert _names(event) == _norm(["کامران نوری", "همتای کنیایی"])
    # without the full name elsewhere the surname is not enough to name the role
    (event,) = extract_events(text.split(" کامران")[0], None, PUB)
    assert _names(event) == _norm(["وزیر امور خارجه کشورمان", "همتای کنیایی"])


def test_a_headline_naming_one_side_and_a_lead_naming_the_other_are_one_event():
    """Headline «دیدار نوری با وزیر خارجه کنیا», lead «وزیر امور خارجه کشورمان با همتای کنیایی خود جان موانگی …»."""
    events = extract_events("وزیر امور خارجه کشورمان امروز با همتای کنیایی خود جان موانگی دیدار کرد.",
                            "دیدار نوری با وزیر خارجه کنیا", PUB)
    assert [_names(e) for e in events] == [_norm(["نوری", "جان موانگی"])]
    # a headline whose role is of another country than the lead's named person is another contact
    events = extract_events("وزیر امور خارجه کشورمان امروز با همتای کنیایی خود جان موانگی دیدار کرد.",
                            "دیدار نوری با وزیر خارجه شیلی", PUB)
    assert len(events) == 2


def test_a_headline_run_into_its_lead_is_not_a_meeting_of_its_own():
    """«دیدار رؤسای جمهور شیلی و پادشاه اردن، رؤسای جمهوری شیلی و پرو … جداگانه با X دیدار کردند»."""
    text = ("دیدار رؤسای جمهور شیلی و پادشاه اردن ، رؤسای جمهوری شیلی و پرو روز چهارشنبه به طور جداگانه با"
            " کامران نوری رئیس‌جمهور کنیا در نیویورک دیدار و گفتگو کردند.")
    assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
        [_norm(["رییس جمهوری شیلی", "کامران نوری"]), _norm(["رییس جمهوری پرو", "کامران نوری"])])


def test_a_role_is_the_listed_holder_of_its_office_the_article_names():
    """«رئیس قوه قضاییه در دیدار با …» in an article naming «اژه‌ای»: the office register lists him as the head
    of the judiciary since 2021, and the article names him, so the role is him; not on a day before his term,
    and not when the surname belongs to someone else («سید هادی اژه‌ای»)."""
    text = ("سخنان اژه‌ای در نشست قضات بازتاب داشت.\nرئیس قوه قضاییه امروز در دیدار با سفیر کنیا گفت: همکاری"
            " ادامه می‌یابد.")
    (event,) = extract_events(text, None, "2023-03-01")
    assert _names(event) == _norm(["اژه‌ای", "سفیر کنیا"])
    (event,) = extract_events(text, None, "2019-03-01")
    assert _names(event) == _norm(["رئیس قوه قضاییه", "سفیر کنیا"])
    (event,) = extract_events(text.replace("سخنان اژه‌ای", "سخنان سید هادی اژه‌ای"), None, "2023-03-01")
    assert _names(event) == _norm(["رئیس قوه قضاییه", "سفیر کنیا"])


def test_a_name_keeps_the_digits_the_article_writes():
    """«شهروندان منطقه 17 نایروبی» keeps its ASCII digits (a name as written), «منطقه ۱۷» its Persian ones."""
    (event,) = extract_events("هانس مولر با شهروندان منطقه 17 نایروبی دیدار کرد.", None, PUB)
    assert "شهروندان منطقه 17 نایروبی" in [p["name"] for p in event["participants"]]
    (event,) = extract_events("هانس مولر با شهروندان منطقه ۱۷ نایروبی دیدار کرد.", None, PUB)
    assert "شهروندان منطقه ۱۷ نایروبی" in [p["name"] for p in event["participants"]]


def test_a_channel_word_past_the_contacts_verb_is_the_next_contacts():
    """«… با A دیدار کرد و پیش از گفت‌وگوی تلفنی با B، …»: the contact with A is a meeting, not a call."""
    found = extract_events("هانس مولر با پیتر برگ دیدار کرد و پیش از گفت‌وگوی تلفنی با جان موانگی، او را در جریان"
                           " قرار داد.", None, PUB)
    assert [e["type"] for e in found if _names(e) == _norm(["هانس مولر", "پیتر برگ"])] == ["meeting"]


def test_diacritics_and_kashida_are_read_past_and_the_evidence_stays_the_texts_own():
    """«وزیر خارجهٔ کنیا» (hamza above), «فوراً», «خـبر»: the same reading as without them; span and evidence
    index the text as given."""
    text = "به گزارش خـبرنگار ما، وزیر خارجهٔ کنیا فوراً با هانس مولر دیدار کرد."
    (event,) = extract_events(text, None, PUB)
    assert _names(event) == _norm(["وزیر خارجه کنیا", "هانس مولر"])
    a, b = event["span"]
    assert text[a:b] == event["evidence"] == text


def test_the_clause_after_a_speech_verb_keeps_its_subject_past_and():
    """«Z گفت X … دیدار کرد و پیش از تماس تلفنی با Y، …»: the clause after «گفت» is X's, and «و» goes on with X,
    not with the speaker."""
    found = extract_events("سخنگوی دولت کنیا گفت هانس مولر با پیتر برگ دیدار کرد و پیش از گفت‌وگوی تلفنی با جان"
                           " موانگی، او را در جریان قرار داد.", None, PUB)
    assert sorted((e["type"], tuple(_names(e))) for e in found) == sorted([
        ("meeting", tuple(_norm(["هانس مولر", "پیتر برگ"]))),
        ("phone_call", tuple(_norm(["هانس مولر", "جان موانگی"])))])


def test_one_sentence_with_two_cues_and_two_time_words_is_one_meeting():
    """«X و Y در دیدار روز چهارشنبه خود (دیروز) درباره … گفت‌وگو کردند»: a parenthetical gloss of the day, two cues
    of one contact in one sentence: one event."""
    found = extract_events("هانس مولر، وزیر خارجه کنیا و پیتر برگ، نخست‌وزیر اتریش، در دیدار روز چهارشنبه خود"
                           " (دیروز) درباره روادید گفت‌وگو کردند.", None, None)
    assert [tuple(_names(e)) for e in found] == [tuple(_norm(["هانس مولر", "پیتر برگ"]))]


def test_an_object_after_a_counterpart_list_closed_by_own_is_not_the_list():
    """«در تماس‌های جداگانه با همتایان A، B و C خود، تحولات را بررسی کرد»: «خود» closes the counterparts, so the «را»
    after its comma is the verb's object, not the list: one call with each."""
    found = extract_events("هانس مولر، وزیر امور خارجه کنیا، در تماس‌های تلفنی جداگانه با همتایان شیلیایی، اتریشی و"
                           " سوئدی خود، تحولات منطقه را بررسی کرد.", None, PUB)
    assert sorted(_names(e)[1] if _names(e)[0] == "هانس مولر" else _names(e)[0] for e in found) == _norm(
        ["وزیر امور خارجه اتریش", "وزیر امور خارجه سوئد", "وزیر امور خارجه شیلی"])


def test_counterparts_listed_by_country_are_one_call_each():
    """«در تماس‌های [متعدد] با همتایان خود در کشورهای A، B و C، …»: one call with each country's holder of the
    subject's office; «متعدد» is no habit when the counterparts are listed; «همتایان خود» alone names no one."""
    text = ("هانس مولر، وزیر امور خارجه کنیا، در تماس‌های تلفنی متعدد با همتایان خود در کشورهای شیلی، اتریش و سوئد،"
            " تحولات منطقه را بررسی کرد.")
    found = extract_events(text, None, PUB)
    assert sorted(n for e in found for n in _names(e) if n != "هانس مولر") == _norm(
        ["وزیر امور خارجه اتریش", "وزیر امور خارجه سوئد", "وزیر امور خارجه شیلی"])
    assert {e["type"] for e in found} == {"phone_call"}
    assert extract_events("هانس مولر در تماس‌های متعدد با همتایان خود درباره تحولات گفت‌وگو کرد.", None, PUB) == []


def test_a_contact_told_as_earlier_is_another_occurrence():
    """«X امروز با Y دیدار کرد. دو هفته قبل X و Y در جده با یکدیگر تبادل نظر کردند.»: the second sentence dates its
    contact before the news, so it is an earlier meeting of the same two, not the same one told again."""
    found = extract_events("هانس مولر امروز در وین با پیتر برگ دیدار کرد. دو هفته قبل هانس مولر و پیتر برگ در جده با"
                           " یکدیگر تبادل نظر کردند.", None, None)
    assert sorted(e["location"] for e in found) == ["جده", "وین"]
    assert all(_names(e) == _norm(["هانس مولر", "پیتر برگ"]) for e in found)


def test_a_headline_counterpart_and_a_glued_office_merge_with_the_named_call():
    """Headline «X و همتای شیلیایی‌اش» (the possessive glued: «شیلیاییاش»), lead «X و Y، وزیر امور خارجه شیلی …»,
    and «وزیر امورخارجه شیلی … از رایزنی تلفنی امروزش با X خبر داد» (the filler glued to its noun): one call."""
    text = ("رایزنی هانس مولر و همتای شیلیاییاش درباره تحولات منطقه\n"
            "هانس مولر، وزیر امور خارجه کنیا و پابلو رویس، وزیر امور خارجه شیلی عصر امروز در تماسی تلفنی گفت‌وگو"
            " کردند.\nوزیر امورخارجه شیلی نیز از رایزنی تلفنی امروزش با هانس مولر خبر داد.")
    found = extract_events(text, None, PUB)
    assert [(e["type"], _names(e)) for e in found] == [("phone_call", _norm(["هانس مولر", "پابلو رویس"]))]


def test_a_date_after_the_cue_that_dates_another_noun_is_not_the_contacts():
    """«X با Y گفت‌وگوی تلفنی داشت و … از حمایت در حوادث ۲۴ ژوئن سخن گفت»: the date dates «حوادث», not the call,
    so the call is the one told in the lead on the publication day."""
    text = ("هانس مولر امروز با پیتر برگ گفت‌وگوی تلفنی داشت.\nهانس مولر با پیتر برگ گفت‌وگوی تلفنی داشت و پیتر برگ"
            " از حمایت وی در حوادث ۲۴ ژوئن قدردانی کرد.")
    found = extract_events(text, None, "2023-07-06")
    assert [(e["type"], e["date"]) for e in found] == [("phone_call", "2023-07-06")]


def test_a_role_is_named_by_a_surname_written_before_the_same_title_elsewhere():
    """«X با سفیر کنیا در وین ملاقات کرد» … «سفیر کاظم نوری در دیدار با X …» … «نوری سفیر کنیا در وین …»: the
    surname of a full name the article gives, before the role's title, names the role (one meeting)."""
    text = ("پیتر برگ نماینده ویژه اتریش با سفیر کنیا در وین ملاقات کرد.\nسفارت کنیا می‌گوید که سفیر کاظم نوری در دیدار"
            " با پیتر برگ درباره تجارت گفت‌وگو کرد.\nنوری سفیر کنیا در وین همچنین از این دیدار استقبال کرد.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["پیتر برگ", "کاظم نوری"])]


def test_a_role_fits_either_office_of_a_two_office_title_of_this_country():
    """«گفت و گوی تلفنی سناتور X، معاون نخست‌وزیر و وزیر امور خارجه این کشور با Y» and «وزیران امور خارجه A و
    کنیا طی ارتباط تلفنی …»: the role «وزیر امور خارجه کنیا» is the second office of X (one call), and «گوی
    تلفنی» before the title is no name."""
    text = ("وزارت امور خارجه کنیا از گفت و گوی تلفنی سناتور کاظم نوری، معاون نخست‌وزیر و وزیر امور خارجه این کشور با"
            " پیتر برگ خبر داد. - وزیران امور خارجه اتریش و کنیا طی ارتباط تلفنی پیرامون تجارت گفتگو کردند.")
    found = extract_events(text, None, PUB)
    assert [(e["type"], _names(e)) for e in found] == [("phone_call", _norm(["کاظم نوری", "پیتر برگ"]))]


def test_names_before_in_this_meeting_name_the_joint_roles_in_order():
    """«وزرای امور خارجه اتریش و کنیا … دیدار کردند.» then «آقایان برگ و نوری در این دیدار …»: the roles take the
    names in the order written (one side named already: the other name is the other role's)."""
    text = ("وزرای امور خارجه اتریش و کنیا در حاشیه مجمع دیدار کردند.\nآقایان برگ و نوری در این دیدار درباره تجارت"
            " گفتگو کردند.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["برگ", "نوری"])]


def test_a_foreign_role_takes_the_holder_of_its_own_country_before_a_countryless_one():
    """«کاظم نوری وزیر کشور … با وزیر کشور اتریش تلفنی گفتگو کرد» … «نقش پیتر برگ وزیر کشور اتریش …»: «وزیر کشور
    اتریش» is Berg, though «وزیر کشور» alone (Nouri's title) fits it too."""
    text = ("کاظم نوری وزیر کشور امروز در یک گفتگوی تلفنی با وزیر کشور اتریش از میزبانی دولت اتریش تشکر کرد.\n"
            "در این گفتگوی تلفنی، نوری با اشاره به نقش سازنده پیتر برگ وزیر کشور اتریش از تلاش‌های وی تشکر کرد.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_name_set_as_holder_with_as_names_the_new_envoy():
    """«X در دیدار با سفیر جدید کنیا …، تعیین شدن آقای Y به‌عنوان سفیر کنیا در وین …»: «به‌عنوان» makes Y the
    holder of the office, and «جدید» does not set the new envoy apart from it."""
    text = ("پیتر برگ در دیدار با سفیر جدید کنیا گفت، تعیین شدن آقای کاظم نوری بهعنوان سفیر کنیا در وین پیامی معنادار"
            " دارد.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["پیتر برگ", "کاظم نوری"])]


def test_an_acting_minister_of_the_islamic_emirate_is_the_ministers_role():
    """Headline «محور گفتگوی وزیر صنعت طالبان با سفیر اتریش», body «در دیدار سفیر اتریش در کابل با کاظم نوری،
    سرپرست وزارت صنعت امارت اسلامی …»: «سرپرست وزارت» is the minister's office, «امارت اسلامی» Afghanistan's
    government, and the name before the comma after «با» holds the title (one meeting)."""
    text = ("اتصال منطقه ای؛ محور گفتگوی وزیر صنعت طالبان با سفیر اتریش\n"
            "به گزارش رادیو دری، در دیدار سفیر اتریش در کابل با کاظم نوری، سرپرست وزارت صنعت امارت اسلامی بر گسترش"
            " روابط تجاری تأکید شد.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["سفیر اتریش در کابل", "کاظم نوری"])]


def test_a_pronoun_after_a_verb_and_that_is_not_the_subject_of_the_sentence_before():
    """«X با Y دیدار کرد. … به برنامه سفر وزیر Z افزوده شد که او با W دیدار کرد»: «او» is the minister of its own
    sentence, not X; with no name for it, no second event (never X with W)."""
    text = ("کاظم نوری روز چهارشنبه با پیتر برگ، وزیر دفاع اتریش دیدار کرد.\nیک منبع گفت این دیدار پس از آن به برنامه"
            " سفر وزیر اتریشی افزوده شد که او با یوهان کلاین، معاون رئیس‌جمهور کنیا، دیدار کرد.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_delegation_is_the_head_the_article_names_for_it():
    """«هیات پارلمانی کنیا به ریاست «کاظم نوری» … وارد وین شد.» then «پیتر برگ در مراسم استقبال از هیات پارلمانی
    کنیا … گفت»: the delegation is its named head."""
    text = ("هیات پارلمانی کنیا به ریاست «کاظم نوری» نائب رئیس کمیسیون امنیت ملی مجلس شب گذشته وارد فرودگاه وین شد.\n"
            "پیتر برگ رئیس کمیسیون امنیت مجلس اتریش در مراسم استقبال از هیات پارلمانی کنیا در فرودگاه وین گفت: همکاری"
            " مفید است.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["پیتر برگ", "کاظم نوری"])]


def test_a_title_with_a_word_of_a_full_name_is_that_person():
    """«… گفت و گوی تلفنی سناتور کاظم نوری، وزیر خارجه کنیا با پیتر برگ …» then «برگ و سناتور نوری در ادامه
    پیرامون تجارت تبادل نظر کردند»: «سناتور نوری» is Kazem Nouri, so the two mentions are one call."""
    text = ("وزارت خارجه کنیا از گفت و گوی تلفنی سناتور کاظم نوری، وزیر خارجه کنیا با پیتر برگ خبر داد.\n"
            "برگ و سناتور نوری در ادامه پیرامون روابط دوجانبه تبادل نظر کردند.")
    found = extract_events(text, None, PUB)
    assert [(e["type"], _names(e)) for e in found] == [("phone_call", _norm(["کاظم نوری", "پیتر برگ"]))]


def test_a_common_noun_before_a_title_in_a_headline_is_no_holder():
    """Headline «درخواست بی‌سابقه پادشاه اتریش از نخست‌وزیر کنیا»: «درخواست بی‌سابقه» is no name of the king."""
    text = ("درخواست بی‌سابقه پادشاه اتریش از نخست‌وزیر کنیا\n"
            "خبرها حکایت از این دارد که پادشاه اتریش با کاظم نوری، نخست وزیر کنیا گفتگوی تلفنی داشته است.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["پادشاه اتریش", "کاظم نوری"])]


def test_doubled_and_no_break_spaces_are_read_past_and_the_evidence_stays_the_texts_own():
    """Older archives write «نخست\u00a0 وزیر» (a no-break space and a space) and «معاون  اول»: one space each."""
    text = "کاظم\u00a0 نوری معاون  اول  رئیس  جمهوری کنیا دیروز در وین با پیتر\u00a0 برگ نخست\u00a0 وزیر اتریش دیدار کرد."
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["کاظم نوری", "پیتر برگ"])]
    assert found[0]["evidence"] == text


def test_a_delegation_whose_head_a_relative_clause_names_is_that_head():
    """«این هیأت گروه X که ریاست آن را «Y» بر عهده داشت …» and «نمایندگان گروه X با مقامات اتریش دیدار کردند»:
    the delegation (written either way) is Y."""
    text = ("وزارت خارجه اتریش تایید کرده است که نمایندگان گروه آزادی با مقامات اتریش در وین دیدار کرده اند. وزارت خارجه"
            " اتریش گفته است که این هیأت گروه آزادی که ریاست آن را کاظم نوری بر عهده داشت، از هفتم تا دهم اگست در وین"
            " بود.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["کاظم نوری", "مقامات اتریش"])]


def test_a_registered_holder_is_named_with_every_word_the_article_writes():
    """«وزیر کشور با پیتر برگ دیدار کرد. … رحمانی فضلی گفت …» (2015): the office register's interior minister, named
    as the article writes him («رحمانی فضلی»), not by the last word alone."""
    text = "وزیر کشور امروز با پیتر برگ دیدار کرد.\nرحمانی فضلی در پایان گفت: همکاری ادامه دارد."
    found = extract_events(text, None, "2015-06-01")
    assert [_names(e) for e in found] == [_norm(["رحمانی فضلی", "پیتر برگ"])]


def test_roles_told_later_that_are_the_titles_of_the_named_sides_are_the_same_meeting():
    """«وزارت خارجه کنیا از برگزاری دیداری میان A، وزیر خارجه این کشور و B، وزیر خارجه اتریش خبر داده است.» … two
    sentences later «وزیر خارجه کنیا و وزیر خارجه اتریش همچنین درباره … گفتگو کردند»: one meeting."""
    text = ("وزارت خارجه کنیا از برگزاری دیداری میان کاظم نوری، وزیر خارجه این کشور و پیتر برگ، وزیر خارجه اتریش خبر"
            " داده است.\nدر این نشست، موضوعات مختلفی مطرح شد.\nبراساس بیانیه وزارت خارجه کنیا، وزیر خارجه کنیا و وزیر"
            " خارجه اتریش همچنین درباره تجارت گفتگو کردند.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_headline_role_in_its_polite_form_merges_with_the_leads_name():
    """Headline «دیدار و گفتگوی وزیر کشور با رهبر معظم انقلاب», lead «کاظم نوری … با حضرت آیت‌الله حسن کریمی دیدار
    کرد»: «رهبر انقلاب» (the role's polite form) is the lead's untitled name, one meeting."""
    text = ("دیدار و گفتگوی وزیر کشور با رهبر معظم انقلاب درباره مسائل کشور\n"
            "کاظم نوری امروز با حضرت آیت‌الله حسن کریمی دیدار و گفتگو کرد.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["کاظم نوری", "حسن کریمی"])]


def test_a_lead_role_in_its_polite_form_is_the_one_the_headline_quotes():
    """Headline «رضوانی: همکاری تغییرناپذیر است», lead «مشاور مقام معظم رهبری در دیدار با هیئتی از وزارت خارجه اتریش:
    …»: the unnamed adviser (written politely «مشاور مقام رهبری») is the one the headline quotes."""
    text = ("رضوانی: همکاری تغییرناپذیر است\n"
            "مشاور مقام معظم رهبری در دیدار با هیئتی از وزارت خارجه اتریش: همکاری باید ادامه یابد.")
    found = extract_events(text, None, PUB)
    assert [_names(e) for e in found] == [_norm(["رضوانی", "هیئتی از وزارت خارجه اتریش"])]


def test_a_country_adjective_glued_to_its_ending_still_names_the_country():
    # «ترکیه‌ای» written without its ZWNJ («ترکیهای»): «این کشور» after it is Turkey (it raised KeyError before)
    found = extract_events("هانس مولر پس از گفت‌وگو با همتای ترکیهای خود، با وزیر کشور این کشور نیز دیدار کرد.",
                           None, PUB)
    assert sorted(["وزیر کشور ترکیه", "هانس مولر"]) in [sorted(p["name"] for p in e["participants"]) for e in found]


@pytest.mark.parametrize("dateline", ["۳ /حوت /۱۴۰۱", "جمعه ,3 حوت , 1401", "3-حوت-1401", "۳ اسفند ۱۴۰۱",
                                      "22. فوریه 2023"])
def test_a_dateline_of_its_own_dates_an_article_given_without_one(dateline):
    text = f"دیدار مولر و نوری\n{dateline}\nامروز هانس مولر با کامران نوری در کابل دیدار کرد."
    found = extract_events(text, None, None)
    assert [(e["date"], _names(e)) for e in found] == [("2023-02-22", _norm(["هانس مولر", "کامران نوری"]))]


def test_a_date_inside_a_sentence_is_no_dateline():
    found = extract_events("در ۳ اسفند ۱۴۰۱ توافقی امضا شد.\nامروز هانس مولر با کامران نوری دیدار کرد.", None, None)
    assert [e["date"] for e in found] == [None]


def test_a_contact_told_back_to_by_both_names_after_it_was_told_is_the_same_one():
    text = ("کاظم جلالی با پیتر برگ دیدار کرد.\n"
            "کاظم جلالی و هانس مولر در این دیدار بر گسترش روابط تاکید کردند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم جلالی", "پیتر برگ"])]


def test_a_compound_title_written_apart_or_glued_is_one_office():
    # headline «ولیعهد اردن» and lead «ولی‌عهد اردن» with the holder's name: one call
    text = ("گفتگوی تلفنی کاظم نوری و ولیعهد اردن\n"
            "کاظم نوری امروز با حسین بن عبدالله ولی‌عهد اردن تلفنی گفتگو کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "حسین بن عبدالله"])]


def test_the_one_named_speaker_is_the_lead_role_only_when_no_other_office_speaks():
    """«امام جمعه رشت گفت» is an office speaking (not «امام» and a name «جمعه رشت»), so the one person quoted by
    name («آیت‌الله صالحی نوری افزود») is the lead's role, which speaks too; a meeting of another office that the
    speech mentions, an office never quoted, is not renamed after the speaker."""
    text = ("نماینده ولی فقیه در گیلان در دیدار با وزیر کشور: گیلان باید استان ویژه شود.\n"
            "آیت الله صالحی نوری افزود: گیلان به صورت یک استان ویژه باید تعریف شود.\n"
            "امام جمعه رشت گفت: مسافران نوروزی به استان سرازیر می‌شوند.\n"
            "نماینده ولی فقیه در گیلان افزود: همه باید کمک کنند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["صالحی نوری", "وزیر کشور"])]
    text = ("امام جمعه رشت با اشاره به سخنان رهبر انقلاب در دیدار با خانواده شهدا گفت: دشمن ناکام است.\n"
            "حجت الاسلام صالحی نوری افزود: مردم پای انقلاب ایستاده‌اند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["رهبر انقلاب", "خانواده شهدا"])]


def test_a_headlined_contact_told_in_the_body_takes_the_name_the_body_quotes_for_its_role():
    """A headline restating the lead keeps the lead's place, so the one person the article then quotes by name
    («کاظم نوری در این نشست گفت») names the lead's role."""
    title = "نشست برخط رئیس سازمان نظام دامپزشکی با رئیس انجمن دامپزشکی اتریش"
    text = ("رئیس کل سازمان نظام دامپزشکی جمهوری اسلامی ایران و «هانس مولر» رئیس انجمن دامپزشکی اتریش، صبح روز"
            " یکشنبه در نشستی برخط درباره تجربه دو کشور در مدیریت بیماری‌های دامی و تأمین داروهای دامی گفتوگو کردند."
            " کاظم نوری در این نشست گفت تحریمها دسترسی دامداران به داروهای وارداتی را دشوار کرده است.")
    (event,) = extract_events(text, title, PUB)
    assert (event["type"], _names(event)) == ("video_call", _norm(["کاظم نوری", "هانس مولر"]))
    assert event["evidence"].startswith("رئیس کل سازمان")


def test_on_the_eve_of_after_a_title_is_no_post_in_astana():
    """«سفیر چین در آستانه سفر …» in a headline: «در آستانه» before a noun is "on the eve of", so the headline's
    envoy is the one the body names in Tehran; «سفیر ایران در آستانه» alone is the envoy in Astana."""
    title = "رایزنی کاظم نوری با سفیر چین در آستانه سفر رئیس‌جمهور به پکن"
    text = "کاظم نوری، وزیر امور خارجه، امروز با لی ژنگ‌هوا، سفیر چین در تهران، درباره برنامه‌های این سفر رایزنی کرد."
    assert [_names(e) for e in extract_events(text, title, PUB)] == [_norm(["کاظم نوری", "لی ژنگ‌هوا"])]
    (event,) = extract_events("کاظم نوری با سفیر ایران در آستانه دیدار کرد.", None, PUB)
    assert _names(event) == _norm(["کاظم نوری", "سفیر ایران در آستانه"])


def test_a_closing_quote_after_the_full_stop_ends_the_sentence():
    from pipeline.events.text import sentences

    text = "او گفت: «همکاری ادامه دارد.» کاظم نوری افزود: «روابط خوب است!» پایان."
    assert [text[a:b] for a, b in sentences(text)] == [
        "او گفت: «همکاری ادامه دارد.»", "کاظم نوری افزود: «روابط خوب است!»", "پایان."]


def test_a_delegations_head_is_read_past_the_honorific_before_the_name():
    """«هیئتی … به سرپرستی آیت‌الله X»: the head is X, never the honorific alone, so the headline's delegation is X."""
    text = "کاظم نوری در ملاقاتی با هیئتی از علمای عراق به سرپرستی آیت‌الله سیدجواد صالحی، بر همکاری تأکید کرد."
    found = extract_events(text, "ملاقات کاظم نوری با هیئت علمای عراق", PUB)
    assert [_names(e) for e in found] == [_norm(["کاظم نوری", "سیدجواد صالحی"])]


def test_words_of_an_occasion_before_a_title_in_a_headline_are_no_name():
    text = ("حواشی سفر وزیر نیرو به گیلان\n"
            "وزیر نیرو ظهر امروز وارد رشت شد و مورد استقبال کاظم نوری، استاندار گیلان، قرار گرفت.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["وزیر نیرو", "کاظم نوری"])]


def test_a_contact_with_no_time_phrase_takes_the_day_its_told_back_sentence_gives():
    # "X با Y دیدار کرد. … در این دیدار که روز دوشنبه در توکیو انجام شد، …": Monday before the Wednesday of publication
    text = ("سفیر ایران در ژاپن با وزیر امور خارجه این کشور دیدار و گفت‌وگو کرد. به گزارش ایرنا، کاظم نوری در این"
            " دیدار که روز دوشنبه در توکیو انجام شد، خواستار گسترش همکاری‌های دو کشور شد.")
    events = extract_events(text, None, PUB)
    assert [e["date"] for e in events] == ["2019-11-04"]


def test_a_past_perfect_inside_a_relative_clause_does_not_date_the_contact_before_the_news():
    # "با مردمی که … حاضر شده بودند دقایقی گفتگو کرد": the contact is today's, told without a time phrase
    text = "استاندار همچنین با مردم بخش کلاته که در مسیر حرکت او حاضر شده بودند دقایقی گفتگو کرد."
    assert [e["date"] for e in extract_events(text, None, PUB)] == [PUB]


def test_a_role_is_the_register_holder_the_article_names_by_surname_in_an_earlier_term():
    # the office register now reaches back to 1989: «رئیس‌جمهور» in 2009 is the «احمدی‌نژاد» the article names
    text = ("احمدی‌نژاد امروز در جمع کارگران معدن حاضر شد. رئیس‌جمهور همچنین با مردم بخش کلاته که در مسیر حرکت او"
            " حاضر شده بودند دقایقی گفتگو کرد.")
    events = extract_events(text, None, "2009-02-18")
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [["احمدی‌نژاد", "مردم بخش کلاته"]]


def test_a_group_then_an_office_met_separately_and_the_subject_named_by_the_first_of_them():
    # «با کشاورزان دشت X و مدیرعامل شرکت Y» (a group with its complement, then one office) met separately; the
    # subject named in the body by «A در نشست نخست …», though a later «وی» holds that name too
    text = ("نماینده مردم مراغه در مجلس امروز در دو نشست جداگانه با باغداران دشت مراغه و مدیرعامل شرکت آب منطقه‌ای"
            " استان دیدار کرد. کاظم نوری در نشست نخست که صبح برگزار شد، گلایه‌های باغداران را شنید. وی سپس با"
            " مدیرعامل شرکت آب منطقه‌ای درباره حقابه رایزنی کرد.")
    pairs = [_names(e) for e in extract_events(text, None, PUB)]
    assert _norm(["کاظم نوری", "باغداران دشت مراغه"]) in pairs
    assert _norm(["کاظم نوری", "مدیرعامل شرکت آب منطقه‌ای استان"]) in pairs


def test_contacts_told_in_sequence_after_a_dated_lead_are_on_its_day():
    # the lead dates the separate meetings it sums up (Monday); the body tells them «ابتدا با A …»، «وی سپس … با B»
    text = ("معاون وزیر امور خارجه دوشنبه در مسکو با دو تن از معاونان وزیر خارجه این کشور به‌طور جداگانه دیدار کرد."
            " به گزارش ایرنا، کاظم نوری ابتدا با هانس مولر درباره روند آستانه گفت‌وگو کرد. وی سپس در دیداری دیگر با"
            " پیتر برگ درباره کنترل تسلیحات گفت‌وگو کرد.")
    events = extract_events(text, None, PUB)  # («ابتدا» is no part of the name before it)
    assert sorted((e["date"], _names(e)) for e in events) == sorted(
        [("2019-11-04", _norm(["کاظم نوری", "هانس مولر"])), ("2019-11-04", _norm(["کاظم نوری", "پیتر برگ"]))])


def test_an_office_named_in_one_contact_is_that_person_in_another_where_it_is_shortened():
    # "سفیر جمهوری عراق در تهران" named by the body; "سفیر عراق پیش از این … دیدار کرده بود" is the same person
    text = ("سفیر جمهوری عراق در تهران امروز با رئیس مجلس دیدار و گفت‌وگو کرد. به گزارش ایرنا، حسن جبوری در این"
            " دیدار تصمیم پارلمان عراق را «الزام‌آور» دانست. سفیر عراق پیش از این، در بیستم تیرماه، با رئیس کمیسیون"
            " امنیت ملی مجلس نیز دیدار کرده بود.")
    assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
        [_norm(["حسن جبوری", "رئیس مجلس"]), _norm(["حسن جبوری", "رئیس کمیسیون امنیت ملی مجلس"])])


def test_a_contact_before_another_part_of_the_same_occasion_is_on_its_day():
    """«پیش از آغاز مراسم / مذاکرات، X با Y دیدار کرد»: before another part of the occasion the article reports, so on
    that occasion's day (the lead's, or the publication day), not background with no date."""
    text = "حسن جبوری امروز در همایش صادرکنندگان سخنرانی کرد. وی پیش از آغاز مراسم با کاظم نوری دیدار کرد."
    assert [e["date"] for e in extract_events(text, None, "2024-05-10")] == ["2024-05-10"]
    text = ("دور دوم مذاکرات دو کشور شنبه گذشته در مسقط برگزار شد. حسن جبوری پیش از آغاز مذاکرات با کاظم نوری دیدار"
            " کرد.")
    assert [e["date"] for e in extract_events(text, None, "2025-04-22")] == ["2025-04-19"]


def test_a_lead_office_is_the_one_person_the_body_names_untitled_as_a_subject():
    """«رئیس سازمان X که … سفر کرده، …» opens the lead with an office and no holder beside it; the body then names one
    person, never titled, as a sentence's subject («حسن جبوری روز شنبه با …»). That person holds the lead's office,
    and its short form later in the article («رئیس سازمان بنادر») too."""
    text = ("رئیس سازمان بنادر و دریانوردی که برای سفری دوروزه به دوحه رفته است، از توافق برای خط کشتیرانی مستقیم خبر"
            " داد. به گزارش خبرنگار ما، حسن جبوری روز شنبه با «هانس مولر» رئیس بندر حمد دیدار کرد. رئیس سازمان بنادر"
            " روز یکشنبه نیز با «پیتر برگ» مدیرعامل شرکت کشتیرانی قطر گفت‌وگو کرد.")
    assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
        [_norm(["حسن جبوری", "هانس مولر"]), _norm(["حسن جبوری", "پیتر برگ"])])
    # a second untitled person in the body: which one holds the office cannot be read, so it stays the office
    other = text.replace("گفت‌وگو کرد.", "گفت‌وگو کرد. کاظم نوری نیز در این سفر حضور داشت.")
    assert _norm(["رئیس سازمان بنادر", "پیتر برگ"]) in [_names(e) for e in extract_events(other, None, PUB)]


def test_a_parliamentary_committee_session_with_outside_guests_is_a_meeting_of_the_committee_and_its_guests():
    """GUIDE.md: one body's session is a meeting when a named outside party meets it. Parliament news tells it as
    «جلسه کمیسیون X با حضور A برگزار شد», «در جلسه کمیسیون A و B حضور یافتند», «A با حضور در کمیسیون …» or
    «حضور A در این کمیسیون»; the committee is named as fully as the article names it, and its own members or
    a coming session are no guests."""
    lead = "کاظم نوری عضو کمیسیون عمران و حمل و نقل مجلس شورای اسلامی گفت: "
    cases = {
        "در جلسه امروز کمیسیون عمران که با حضور معاون وزیر راه برگزار شد، لایحه بودجه بررسی شد.": ["معاون وزیر راه"],
        "در جلسه امروز کمیسیون وزیر نیرو و استاندار تهران حضور یافتند و بحران آب بررسی شد.":
            ["وزیر نیرو", "استاندار تهران"],
        "در جلسه امروز معاونین وزیر نیرو با حضور در کمیسیون گزارشی ارائه کردند.": ["معاونین وزیر نیرو"],
        "با توجه به حضور رئیس سازمان هواپیمایی در این کمیسیون، سه موضوع بررسی شد.": ["رئیس سازمان هواپیمایی"],
    }
    for told, guests in cases.items():
        events = extract_events(lead + told, None, PUB)
        assert [_names(e) for e in events] == [_norm(["کمیسیون عمران و حمل و نقل مجلس شورای اسلامی", *guests])], told
        assert events[0]["date"] == PUB
    for none in ("جلسه امروز کمیسیون عمران با حضور اعضای کمیسیون برگزار شد.",
                 "فردا وزیر نیرو با حضور در کمیسیون گزارشی ارائه خواهد کرد.",
                 "در جلسه امروز کمیسیون نمایندگان درباره لایحه بودجه بحث کردند."):
        assert extract_events(lead + none, None, PUB) == [], none


def test_a_plural_office_with_the_indefinite_ending_names_its_group_past_az():
    # «نمایندگانی از X», «مسئولانی از X» (some representatives / officials of X): the group is the whole phrase,
    # never the bare plural
    for group in ("نمایندگانی از اتاق بازرگانی تبریز", "مسئولانی از وزارت نیرو"):
        events = extract_events(f"کاظم نوری امروز با {group} دیدار کرد.", None, PUB)
        assert [_names(e) for e in events] == [_norm(["کاظم نوری", group])]


def test_those_at_an_occasion_present_at_a_place_met_the_one_after_ba():
    """«شرکت‌کنندگان در همایش X … با حضور در حسینیه Y با Z دیدار کردند»: the attendees of an occasion are a group
    named by it (its «و» inside), and «با حضور در» a place is where they were, not a side."""
    text = ("شرکت‌کنندگان در همایش سراسری مدیران و معلمان نمونه صبح امروز با حضور در تالار وحدت با کاظم نوری وزیر"
            " آموزش و پرورش دیدار کردند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["شرکت‌کنندگان در همایش سراسری مدیران و معلمان نمونه", "کاظم نوری"])]


def test_what_a_session_turned_to_after_be_is_no_side():
    # «… در نشستی دوجانبه به بررسی / تبادل نظر درباره X پرداختند»: a verbal noun after «به», the matter they took up
    text = ("کاظم نوری امروز با حسن جبوری وزیر خارجه عراق دیدار کرد و سپس در نشستی به بررسی ابعاد همکاری‌های دو"
            " کشور پرداختند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "حسن جبوری"])]


def test_an_office_that_opens_a_speakers_quote_is_not_the_speaker():
    """«X گفت: رئیس‌جمهور … در دیدار با Y وعده داد»: the quote, with or without guillemets, tells another's contact
    in the third person; its office is not X (and a blessing in brackets, «(مدظله)», is no part of a name)."""
    for office, said, as_named in (("رئیس‌جمهور", "وعده داد", "رئیس‌جمهور"),
                                   ("مقام معظم رهبری (مدظله)", "فرمودند", "مقام رهبری")):
        text = (f"کاظم نوری امروز در جمع خبرنگاران گفت: {office} سال گذشته در دیدار با فعالان اقتصادی استان"
                f" {said} که مشکل آب حل شود.")
        events = extract_events(text, None, PUB)
        assert [sorted(_names(e)) for e in events] == [sorted(_norm(["فعالان اقتصادی استان", as_named]))]


def test_a_committee_session_told_back_or_told_by_a_guests_presence():
    """«در این جلسه A و B حضور داشتند» after a sentence that names the committee's session, and «در جلسه امروز
    کمیسیون X حضور A بود»: the committee met its guests; «X نیز در این نشست حضور داشتند، گزارشی … ارائه شد» is no
    guest called «گزارشی»."""
    text = ("کاظم نوری سخنگوی کمیسیون عمران مجلس شورای اسلامی گفت: در جلسه امروز کمیسیون لایحه حمل و نقل بررسی شد."
            " وی افزود: در این جلسه معاون وزیر راه و مدیرعامل شرکت راه‌آهن حضور داشتند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کمیسیون عمران مجلس شورای اسلامی", "معاون وزیر راه", "مدیرعامل شرکت راه‌آهن"])]
    text = ("کاظم نوری سخنگوی کمیسیون عمران مجلس شورای اسلامی گفت: نکته مهم در جلسه امروز کمیسیون عمران حضور"
            " انجمن صنفی رانندگان بود، گزارشی از مشکلات ارائه شد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کمیسیون عمران مجلس شورای اسلامی", "انجمن صنفی رانندگان"])]


def test_a_name_ends_where_the_persons_calling_starts():
    # «NAME مداح سرشناس کشورمان», «NAME بازیگر پیشکسوت سینما»: a calling (no office) set after the name as its apposition
    for calling in ("مداح سرشناس کشورمان", "بازیگر پیشکسوت سینما"):
        text = (f"کاظم نوری وزیر فرهنگ شب گذشته با حضور در بیمارستان محل بستری حسن جبوری {calling}، از او عیادت"
                " کرد.")
        assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "حسن جبوری"])]


def test_a_talk_with_a_periodical_is_an_interview():
    # «با ماهنامه / هفته‌نامه / فصلنامه X گفت‌وگو کرد»: the press by how often it appears, no party
    for paper in ("ماهنامه صنعت حمل و نقل", "هفته‌نامه اقتصاد ایران", "فصلنامه مطالعات راهبردی"):
        assert extract_events(f"کاظم نوری درباره بازار نفت با {paper} به گفت و گو نشست.", None, PUB) == []


def test_nashast_after_a_preposition_is_the_meeting_noun():
    # «نشست» is also the verb "sat"; after «از / طی / در پی» it is the noun: «ضمن استقبال از نشست X با Y …»
    for told in ("حزب ما ضمن استقبال از نشست رئیس‌جمهور با اقتصاددانان منتقد بر پیگیری نتایج آن تاکید کرد.",
                 "در پی نشست رئیس‌جمهور با اقتصاددانان منتقد، دولت بسته حمایتی را اصلاح کرد."):
        assert [_names(e) for e in extract_events(told, None, PUB)] == [_norm(["رئیس‌جمهور", "اقتصاددانان منتقد"])], told


def test_a_noun_of_talk_joined_to_the_cue_is_no_part_of_the_counterpart():
    # «با Y بحث و گفت‌وگو کرد», «با Y مشورت و رایزنی کرد»: the first noun goes with the cue, not with Y
    for talk in ("بحث و گفت‌وگو", "مشورت و رایزنی"):
        text = f"کاظم نوری دیروز با استادان دانشگاه تهران {talk} کرد."
        assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "استادان دانشگاه تهران"])]


def test_the_tense_of_a_relative_clause_before_the_cue_is_not_the_contacts():
    # «X که برای شرکت در اجلاسی که … برگزار می‌شود در نیویورک به سر می‌برد، با Y گفت‌وگو کرد»: the present tense
    # belongs to the relative clauses, closed before the contact
    text = ("کاظم نوری که برای شرکت در اجلاس سالانه‌ای که در مقر سازمان ملل برگزار می‌شود در نیویورک به سر می‌برد"
            " دیروز با استادان دانشگاه کلمبیا گفت‌وگو کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "استادان دانشگاه کلمبیا"])]


def test_a_time_phrase_opening_the_sentence_is_no_subject():
    # «پس از آن X …» (not «پس» alone), «مدتی پس از انعقاد توافق در DATE، X، …»: a time phrase before the subject
    for told in ("پس از آن کاظم نوری با حسن جبوری دیدار کرد.",
                 "مدتی پس از امضای توافق در ۲۵ مهر ۱۳۹۴، کاظم نوری، در راس هیئتی به تهران سفر کرد و با حسن جبوری"
                 " دیدار کرد."):
        assert [_names(e) for e in extract_events(told, None, PUB)] == [_norm(["کاظم نوری", "حسن جبوری"])], told


def test_the_shared_subject_of_a_clause_with_an_object_before_ra():
    # «X [پنهانی] کشور را ترک کرد و با Y دیدار کرد»: the object before «را», and a manner adverb, are no part of X
    for told in ("کاظم نوری کشور را ترک کرد و با حسن جبوری دیدار کرد.",
                 "کاظم نوری مخفیانه تهران را ترک کرد و با حسن جبوری در بغداد دیدار کرد."):
        assert [_names(e) for e in extract_events(told, None, PUB)] == [_norm(["کاظم نوری", "حسن جبوری"])], told


def test_a_match_told_by_its_result_is_sports():
    # «X در دیدار نهایی با نتیجه ۶ بر ۲ … پیروز شد»: a final won, not a meeting (and «نتیجه» is no party)
    text = "کاظم نوری در دیدار نهایی با نتیجه ۶ بر ۲ در مقابل حسن جبوری پیروز شد."
    assert extract_events(text, None, PUB) == []


def test_a_singular_verb_takes_a_named_subject_with_two_titles():
    """«X مدرس حوزه علمیه و عضو مجلس خبرگان … با Y گفت‌وگو کرد»: one person with two titles joined by «و» (the verb
    is singular); «X وزیر خارجه و سفیر روسیه … گفت‌وگو کردند» stays two subjects."""
    text = "کاظم نوری مدرس دانشگاه تهران و عضو شورای شهر دیروز با اندیشمندان دانشگاه‌های مختلف آمریکا گفت‌وگو کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کاظم نوری", "اندیشمندان دانشگاه‌های مختلف آمریکا"])]
    text = "کاظم نوری وزیر خارجه و سفیر روسیه دیروز با استادان دانشگاه کلمبیا گفت‌وگو کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کاظم نوری", "سفیر روسیه", "استادان دانشگاه کلمبیا"])]


def test_a_lead_office_is_the_person_who_opens_the_sentence_that_tells_the_contact_back():
    """«در این ملاقات / تماس (که …)، NAME …» with the rest of the clause after the name (no preposition): the person
    the lead told as an office; a surname glued with a ZWNJ is whole («جبوری‌زاده»)."""
    text = ("رئیس دانشگاه صنعتی اصفهان روز سه‌شنبه در مونیخ با همتای خود در دانشگاه فنی مونیخ، پیتر برگ، ملاقات کرد."
            " در این ملاقات که در دفتر رئیس دانشگاه برگزار شد، حسن جبوری‌زاده پیشنهاد دوره مشترک را مطرح کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["حسن جبوری‌زاده", "پیتر برگ"])]


def test_a_lead_office_with_no_contact_is_the_person_the_next_sentences_open_with():
    """«نماینده مردم X در نامه‌ای به وزیر … هشدار داد. NAME در این نامه نوشته است … . این نماینده صبح دوشنبه در تماسی
    تلفنی با Y …»: the lead tells no contact, so the one person the body opens with holds its office (an adverb and a
    noun, «تاکنون پاسخی», open no name)."""
    text = ("نماینده مردم مراغه در مجلس در نامه‌ای به وزیر نیرو درباره قطعی برق هشدار داد. کاظم نوری در این نامه"
            " نوشته است که صدها واحد تولیدی تعطیل شده‌اند. نماینده مراغه صبح دوشنبه نیز در تماسی تلفنی با حسن جبوری،"
            " مدیرعامل شرکت برق منطقه‌ای، گفت‌وگو کرده بود. تاکنون پاسخی از سوی وزارت نیرو منتشر نشده است.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "حسن جبوری"])]


def test_a_headlines_capitals_stand_for_the_governments_the_body_names():
    # headline «گفت‌وگوی واشنگتن و برلین …» over «رئیس‌جمهور آمریکا و صدراعظم آلمان … تلفنی گفت‌وگو کردند»: one call,
    # its parties the body's; a capital is never a person's name
    title = "گفت‌وگوی واشنگتن و برلین درباره اوکراین"
    text = "رئیس‌جمهور آمریکا و صدراعظم آلمان روز سه‌شنبه تلفنی گفت‌وگو کردند."
    assert [(e["type"], _names(e)) for e in extract_events(text, title, PUB)] == [
        ("phone_call", _norm(["رئیس‌جمهور آمریکا", "صدراعظم آلمان"]))]


def test_no_party_is_an_act_a_moment_a_month_or_an_adverb():
    """«دعوت X را پذیرفت» accepts an invitation (no one received); «در پایان دیدار از X تشکر کرد» is a moment of a
    contact told before; «۹ ماه مه» is a date; «دوباره» an adverb."""
    for none in ("وزیر دفاع ارمنستان نیز دعوت همتای ایرانی برای سفر به تهران را پذیرفت.",
                 "کاظم نوری در پایان دیدار از مواضع حزب‌الله در حمایت از غزه تشکر کرد."):
        assert extract_events(none, None, PUB) == [], none
    for told in ("۹ ماه مه در شهر خجند کاظم نوری با حسن جبوری دیدار کرد.",
                 "کاظم نوری دوباره با حسن جبوری دیدار کرد."):
        assert [_names(e) for e in extract_events(told, None, PUB)] == [_norm(["کاظم نوری", "حسن جبوری"])], told


def test_a_welcome_ceremony_held_with_the_hosts_presence():
    # «مراسم استقبال رسمی از Y با حضور X (روز …) (در …) برگزار شد»: the guest welcomed, the host named by «با حضور»
    text = ("مراسم استقبال رسمی از حسن جبوری رئیس‌جمهور عراق با حضور کاظم نوری رئیس‌جمهور کشورمان روز سه‌شنبه در"
            " مجموعه سعدآباد برگزار شد.")
    assert [sorted(_names(e)) for e in extract_events(text, None, PUB)] == [sorted(_norm(["کاظم نوری", "حسن جبوری"]))]


def test_a_delegation_of_n_people_and_afghan_honorifics():
    """«هیئتی ۲۵ نفری از X» (as «۲۵ نفره») is the whole group; «شیخ‌الحدیث مولوی X» and «انجنیر X» are honorifics
    before a name set off by its title."""
    text = "شیخ‌الحدیث مولوی کاظم نوری، والی هرات، امروز میزبان هیئتی ۲۵ نفری از بازرگانان ایرانی بود."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "هیئتی ۲۵ نفری از بازرگانان ایرانی"])]
    text = "انجنیر کاظم نوری، سرپرست وزارت معادن، امروز با حسن جبوری دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "حسن جبوری"])]


def test_a_lead_office_named_right_after_the_phrase_that_tells_the_contact_back():
    """«در این دیدار (مهندس / دکتر) NAME با اشاره …», «در این دیدار A و B … را بررسی کردند»: no comma after the
    phrase; the one named first is the lead's office."""
    lead = "سفیر ایران در بغداد امروز به دیدار پیتر برگ رئیس مجلس عراق رفت. "
    for told in ("در این دیدار مهندس حسن جبوری‌زاده با اشاره به روابط دو کشور گفت: همکاری ادامه دارد.",
                 "در این دیدار حسن جبوری‌زاده و برگ روند اجرای توافق‌ها را بررسی کردند."):
        assert [_names(e) for e in extract_events(lead + told, None, PUB)] == [_norm(["حسن جبوری‌زاده", "پیتر برگ"])], told


def test_two_offices_named_by_the_host_told_back_and_the_other_after_va_niz():
    """«رؤسای جمهور A و B … با یکدیگر دیدار کردند. X، میزبان این دیدار، … و Y نیز …»: the host told back by its part in
    the contact names the first office, the one after «و … نیز» the second."""
    text = ("رؤسای جمهور ترکمنستان و ازبکستان امروز در عشق‌آباد با یکدیگر دیدار کردند. کاظم نوری، میزبان این دیدار،"
            " ازبکستان را شریک راهبردی خواند و حسن جبوری نیز بر ساخت خط لوله تأکید کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "حسن جبوری"])]


def test_the_one_office_left_is_the_person_told_back_after_the_contact():
    # «NAME پس از این دیدار …»: told back after the contact; with one office left in the lead, that office's holder
    text = ("سفیر ایران در بیروت دیروز با پیتر برگ وزیر خارجه لبنان دیدار کرد. حسن جبوری‌زاده پس از این دیدار در جمع"
            " خبرنگاران گفت همکاری ادامه دارد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["حسن جبوری‌زاده", "پیتر برگ"])]


def test_a_duty_told_in_a_relative_clause_names_the_office_of_this_body():
    """«NAME که … ریاست اتاق تبریز را بر عهده دارد» says NAME is «رئیس اتاق تبریز»; «رئیس این اتاق» after «اتاق
    بازرگانی، صنایع، معادن و کشاورزی تبریز» is that office (the body with its city), so that person."""
    text = ("سرکنسول ترکیه در تبریز امروز در محل اتاق بازرگانی، صنایع، معادن و کشاورزی تبریز با رئیس این اتاق دیدار"
            " کرد. حسن جبوری‌زاده که از سال گذشته ریاست اتاق تبریز را بر عهده دارد، با اشاره به مبادلات گفت: حجم"
            " تجارت کم است.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["سرکنسول ترکیه در تبریز", "حسن جبوری‌زاده"])]


def test_a_hyphenated_name_whose_part_is_a_function_word():
    # «آن-ماری لوفور»: «آن» (that) is a first name inside a hyphenated one
    text = "کاظم نوری امروز آن-ماری لوفور، معاون نماینده ویژه دبیرکل سازمان ملل، را به حضور پذیرفت."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "آن-ماری لوفور"])]


def test_a_plural_head_with_only_various_after_it_is_no_side():
    # «با گروه‌های مختلف», «مورد استقبال اقشار گوناگون»: kinds of people without saying whose (GUIDE.md: too vague)
    for text in ("کاظم نوری در سفر به شیراز با گروه‌های مختلف دیدار کرد.",
                 "پیتر برگ در بندرعباس مورد استقبال اقشار گوناگون قرار گرفت."):
        assert extract_events(text, None, PUB) == []
    # a group whose members the text names stays a party
    text = "کاظم نوری با نمایندگان گروه‌های مختلف سیاسی استان دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "نمایندگان گروه‌های مختلف سیاسی استان"])]


def test_a_group_whose_own_is_the_subject_is_written_without_the_reflexive():
    # «با اعضای شورای شهر خود»: «خود» says whose, and that is the subject; the group is «اعضای شورای شهر»
    for text, group in (("کاظم نوری امروز با اعضای شورای شهر خود دیدار کرد.", "اعضای شورای شهر"),
                        ("پیتر برگ دیروز با کارکنان سفارت خویش در مسکو دیدار کرد.", "کارکنان سفارت")):
        (event,) = extract_events(text, None, PUB)
        assert _norm([group])[0] in _names(event)


def test_officials_of_two_countries_after_ba_are_one_party_per_country():
    # «با مقامات A و B»: a plural group head shared by a list of countries is one group per country, as when
    # it is the subject of a plural verb
    text = "کاظم نوری امروز با مسئولان آلمان و فرانسه دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "مسئولان آلمان", "مسئولان فرانسه"])]


@pytest.mark.parametrize("text, names", [
    # «سفرای / سران» open a role like «وزرای»: the group goes on past «کشورهای» to whose members they are
    ("پیتر برگ امروز با سفرای کشورهای عضو ناتو دیدار کرد.", ["پیتر برگ", "سفرای کشور‌های عضو ناتو"]),
    ("کاظم نوری امروز با سران کشورهای عضو اتحادیه اروپا دیدار کرد.", ["کاظم نوری", "سران کشور‌های عضو اتحادیه اروپا"]),
    # … and «سران A و B» is one party per country
    ("سران ایران و روسیه امروز در مسکو دیدار کردند.", ["سران ایران", "سران روسیه"]),
])
def test_plural_heads_of_missions_and_states_open_a_role(text, names):
    # (the names come out normalised: «کشورهای» with its ZWNJ)
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(names)]


def test_a_contact_one_is_accused_of_is_not_reported_as_held():
    # «X را به دیدار با Y … متهم کرده بودند»: an allegation, not a report (GUIDE.md: only contacts that happened)
    text = "مخالفان دولت، پیتر برگ، سناتور پیشین ایتالیا را به دیدار با سران گروه‌های تبهکار و مشورت با آنها متهم کرده بودند."
    assert extract_events(text, None, PUB) == []


def test_a_place_after_a_list_closes_its_last_item_and_a_long_welcomed_side():
    # «از A TITLE و هیئت همراهش در وزارت دفاع … در شهر استقبال کرد»: the place phrases close the list (not the
    # post of A's title), the retinue is no party, and the welcomed side may run long before the verb
    text = ("کاظم نوری، فرمانده نیروی دریایی، امروز از پیتر برگ فرمانده ستاد مشترک ارتش اتریش و هیئت همراهش در"
            " وزارت دفاع در بندرعباس استقبال کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]
    # a list after «با» whose last item a place closes
    text = "کاظم نوری دیروز با معاون وزیر خارجه اتریش و سفیر این کشور در تهران در ساختمان وزارت دیدار کرد."
    (event,) = extract_events(text, None, PUB)
    assert all("ساختمان" not in n for n in _names(event))


@pytest.mark.parametrize("text", [
    # «با ROLE COMPLEMENT، NAME، دیدار کرد»: a title and its complement (no verb) before the comma name the person
    # set off after it, as «با وزیر خارجه ایتالیا، NAME،» does
    # (a first name no list holds: the role before the comma is what tells a name follows)
    "کاظم نوری دیروز با هیئت بانک جهانی به سرپرستی مدیر منطقه‌ای این بانک برای آسیای مرکزی، سیگرید هالستروم، دیدار کرد.",
    "کاظم نوری ماه گذشته در حاشیه نمایشگاه مونیخ با معاون فروش این شرکت، سیگرید هالستروم، دیدار کرده بود.",
])
def test_a_name_set_off_after_a_title_and_its_complement_is_the_counterpart(text):
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "سیگرید هالستروم"])]


@pytest.mark.parametrize("text, host", [
    # «در بیت / دفتر X با این ROLE دیدار کرد»: «این …» is the one whose house or office the contact was in
    ("استاندار فارس صبح امروز در بیت آیت‌الله العظمی کاظم نوری با این مرجع تقلید دیدار کرد.", "کاظم نوری"),
    ("وزیر نیرو دیروز در دفتر پیتر برگ با این دیپلمات اتریشی گفت‌وگو کرد.", "پیتر برگ"),
])
def test_this_one_after_a_hosts_house_or_office_is_the_host(text, host):
    (event,) = extract_events(text, None, PUB)
    assert _norm([host])[0] in _names(event)


def test_the_subjects_own_office_names_no_host():
    assert extract_events("استاندار فارس صبح امروز در دفتر خود با این دیپلمات اتریشی دیدار کرد.", None, PUB) == []


def test_a_surname_takes_a_first_name_of_two_glued_by_a_zwnj():
    # «آیت‌الله نوری» then «حسین‌علی نوری»: the fullest form is the whole first name, not its second half
    text = ("استاندار فارس صبح امروز در بیت آیت‌الله العظمی نوری با این مرجع تقلید دیدار کرد. آیت‌الله العظمی حسین‌علی"
            " نوری در این دیدار بر حمایت از کشاورزان تأکید کرد.")
    (event,) = extract_events(text, None, PUB)
    assert _norm(["حسین‌علی نوری"])[0] in _names(event)


@pytest.mark.parametrize("document", ["توافق‌نامه", "تفاهم‌نامه", "آیین‌نامه", "قطع‌نامه"])
def test_an_agreement_ending_in_name_is_no_letter(document):
    # «نامه» closing a compound written with its ZWNJ («تفاهم‌نامه»: a memorandum) is the contact's topic, not a
    # letter that would make the report one of writing
    text = f"کاظم نوری امروز با پیتر برگ دیدار و درباره اجرای {document} دو کشور گفت‌وگو کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]
    # a letter is still a letter
    assert extract_events(f"کاظم نوری امروز در نامه‌ای به پیتر برگ درباره اجرای {document} نوشت.", None, PUB) == []


@pytest.mark.parametrize("title", ["معاون سیاسی و امنیتی استاندار فارس", "معاون عربی و آفریقایی وزیر امور خارجه"])
def test_two_fields_of_one_title_joined_by_va_name_no_second_party(title):
    # «معاون ADJ و ADJ OFFICE»: the «و» joins two fields of one deputy's title; «امنیتی» is no party
    text = f"کاظم نوری امروز با پیتر برگ {title} دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_the_object_before_ra_after_a_contact_noun_is_no_side():
    # «A و B در یک گفت‌وگوی تلفنی مقدمات این سفر را فراهم کردند»: what «را» marks is what they did, not who took part
    text = "کاظم نوری و پیتر برگ دیروز در یک گفت‌وگوی تلفنی مقدمات این سفر را فراهم کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


@pytest.mark.parametrize("text", [
    # «دیدار X TIME با Y … انجام شد»: a time phrase between the noun's first side and «با» ends that side only
    "دیدار کاظم نوری روز دوشنبه با پیتر برگ وزیر حمل‌ونقل اتریش در وین انجام شد.",
    "نخستین دیدار رسمی کاظم نوری در همان روز دوشنبه و با «پیتر برگ» وزیر حمل‌ونقل اتریش انجام شد.",
])
def test_a_time_phrase_between_the_nouns_sides(text):
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_plural_office_over_a_list_of_bodies_is_one_office_per_body():
    # «رؤسای دانشگاه A و دانشگاه B … گفت‌وگو کردند»: one «رئیس» per body, as «وزرای خارجه A و B» is one per country
    text = "رؤسای دانشگاه شیراز و دانشگاه وین صبح امروز در نشستی برخط درباره دوره‌های مشترک گفت‌وگو کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["رئیس دانشگاه شیراز", "رئیس دانشگاه وین"])]
    # … and each takes the name the article gives with its title in brackets («NAME (TITLE)»)
    text += " در این نشست، کاظم نوری (رئیس دانشگاه شیراز) و پیتر برگ (رئیس دانشگاه وین) توافق کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_named_building_before_a_titled_subject_is_the_place():
    # «در قصر ملت رئیس جمهوری X NAME TITLE NAME را به حضور پذیرفت»: «در قصر ملت» is where, the titled name the host
    text = ("روز دوشنبه در قصر ملت رئیس جمهوری اتریش کاظم نوری وزیر امور خارجه جمهوری ازبکستان پیتر برگ را به حضور"
            " پذیرفت.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_live_talk_with_a_programme_is_an_interview_and_no_adjective_is_a_side():
    # «در گفت‌وگوی زنده با برنامه X شبکه Y»: «زنده» qualifies the talk; a programme is the press
    text = "رئیس پلیس راه امروز در گفت‌وگوی زنده با برنامه «سفر امن» شبکه سه گفت جاده‌ها امن است."
    assert extract_events(text, None, PUB) == []


@pytest.mark.parametrize("text", [
    # a claim or a report about a contact, rejected: not a contact reported as held
    "سخنگوی وزارت امروز ادعای برخی رسانه‌ها درباره دیدار معاون وزیر کشور با سفیر اتریش در وین را رد کرد.",
    "وزارت خارجه امروز گزارش یک روزنامه اتریشی درباره دیدار محرمانه معاون وزیر خارجه با فرستاده ویژه آمریکا در مسقط را"
    " رد کرد.",
])
def test_a_rejected_claim_about_a_contact_is_no_report(text):
    assert extract_events(text, None, PUB) == []


def test_a_preposition_whose_object_was_cut_off_ends_no_party():
    # «… با نمایندگان سازمان ملل در ژنو …»: never «نمایندگان سازمان ملل در»
    text = "کاظم نوری سخنان برخی رسانه‌ها درباره دیدار مقام‌های قضایی با نمایندگان سازمان ملل در ژنو را نیز «کاذب» خواند."
    for event in extract_events(text, None, PUB):
        assert all(not n.endswith(" در") for n in _names(event))


def test_a_bare_office_of_one_word_is_the_one_person_the_article_gives_that_office():
    # «با استاندار» after «حسن جبوری، استاندار فارس،»: the one governor the article names
    text = ("معاون وزیر کشور دیروز در شیراز با استاندار فارس دیدار کرد. کاظم نوری در نشست با استاندار از تخصیص اعتبار"
            " خبر داد. حسن جبوری، استاندار فارس، هم گزارشی ارائه کرد.")
    names = [_names(e) for e in extract_events(text, None, PUB)]
    assert names and all(_norm(["حسن جبوری"])[0] in n for n in names)
    assert all("استاندار" not in n for event in names for n in event)


def test_a_surname_part_glued_by_a_zwnj_is_no_word_of_its_own():
    # «حسن نوری‌فرد»: «فرد» (also "individual") glued on by a ZWNJ is part of the surname, not a common word
    text = ("سفیر اتریش دیروز با رئیس این دانشگاه دیدار کرد. حسن نوری‌فرد، رئیس دانشگاه شیراز، در این دیدار از"
            " همکاری‌ها سخن گفت.")
    (event,) = extract_events(text, "دیدار سفیر اتریش با رئیس دانشگاه شیراز", PUB)
    assert _norm(["حسن نوری‌فرد"])[0] in _names(event)


def test_an_office_named_by_a_rank_of_two_words_takes_the_whole_surname():
    # «سرلشکر پاسدار X Y‌فرد که …» after a lead office: the rank is two honorifics, the surname goes on past the ZWNJ
    text = ("رئیس ستاد کل نیروهای مسلح ایران امروز در دمشق با همتای سوری خود ملاقات کرد. سرلشکر پاسدار کاظم نوری‌فرد که"
            " دیروز وارد سوریه شد، در این ملاقات بر همکاری تأکید کرد. پیتر برگ، رئیس ستاد کل ارتش و نیروهای مسلح سوریه، نیز سخن گفت.")
    (event,) = extract_events(text, None, PUB)
    assert _names(event) == _norm(["کاظم نوری‌فرد", "پیتر برگ"])


def test_one_of_goes_on_to_whom_it_is_one_of_and_a_dialogues_field_is_no_side():
    # «خانواده یکی از متهمان پرونده …»: never the fragment «خانواده یکی»
    text = "دادستان شیراز امروز با خانواده یکی از متهمان پرونده تعاونی مسکن دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["دادستان شیراز", "خانواده یکی از متهمان پرونده تعاونی مسکن"])]
    # «گفت‌وگوی حقوق بشری A و B»: the field of the dialogue is no party
    events = extract_events("گفت‌وگوی حقوق بشری ایران و اتریش امروز در وین برگزار شد.", None, PUB)
    assert all("حقوق" not in n for e in events for n in _names(e))


def test_a_dari_deputy_minister_title():
    # «NAME معین وزارت X»: «معین وزارت» is a deputy minister's title (while «معین» alone opens a first name)
    text = "کاظم نوری امروز در کابل با سیگرید هالستروم معین وزارت تجارت اتریش ملاقات کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "سیگرید هالستروم"])]
    text = "معین فرهانی امروز با پیتر برگ دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["معین فرهانی", "پیتر برگ"])]


def test_a_host_told_in_this_session_is_a_contact_when_none_was_told_before():
    # «… گرد هم آمدند تا … گفت‌وگو کنند. در این نشست، A میزبان B و C بود»: the purpose told no contact; the host
    # sentence is the first that does
    text = ("وزیران خارجه اتریش، اردن و مصر امروز در وین گرد هم آمدند تا درباره همکاری گفت‌وگو کنند. در این نشست،"
            " کاظم نوری وزیر خارجه اتریش میزبان پیتر برگ وزیر خارجه اردن و سیگرید هالستروم وزیر خارجه مصر بود.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کاظم نوری", "پیتر برگ", "سیگرید هالستروم"])]


@pytest.mark.parametrize("back, date", [
    ("این دو مقام پیش از این در ۲۸ آذر گذشته تلفنی با یکدیگر گفت‌وگو کرده بودند.", "2018-12-19"),
    ("طرفین پیش از این در ۲۰ مرداد در وین دیدار کرده بودند.", "2019-08-11"),
    ("دو وزیر پیش از این در پنجم دی‌ماه در گفت‌وگویی تلفنی درباره نشست کمیسیون به توافق رسیده بودند.", "2018-12-26"),
])
def test_the_two_sides_told_back_at_a_time_of_their_own_met_then_too(back, date):
    # «این دو مقام / طرفین / دو وزیر … DATE … کرده بودند»: the same two people, an earlier contact, on that day
    text = "کاظم نوری وزیر کشور امروز در تهران با پیتر برگ وزیر کشور اتریش دیدار کرد. " + back
    events = extract_events(text, None, PUB)
    assert [(_names(e), e["date"]) for e in events] == [(_norm(["کاظم نوری", "پیتر برگ"]), PUB),
                                                         (_norm(["کاظم نوری", "پیتر برگ"]), date)]


def test_the_two_sides_told_back_with_no_time_of_their_own_are_the_same_contact():
    text = ("کاظم نوری وزیر کشور امروز در تهران با پیتر برگ وزیر کشور اتریش دیدار کرد. دو وزیر در این دیدار درباره"
            " همکاری‌ها گفت‌وگو کردند.")
    assert len(extract_events(text, None, PUB)) == 1


def test_a_foreign_countrys_leader_is_its_head_of_state_or_government():
    # «با رهبران اتریش و قطر» then «پیتر برگ، رئیس‌جمهور اتریش»: the leader of a country other than Iran is its head
    text = ("کاظم نوری امروز در تماس‌های تلفنی جداگانه با رهبران اتریش و مالزی گفت‌وگو کرد. کاظم نوری در گفت‌وگو با پیتر"
            " برگ، رئیس‌جمهور اتریش، از همکاری سخن گفت. او سپس با سیگرید هالستروم، نخست‌وزیر مالزی، تلفنی گفت‌وگو کرد.")
    names = sorted(_names(e)[0] if _names(e)[0] != _norm(["کاظم نوری"])[0] else _names(e)[1]
                   for e in extract_events(text, None, PUB))
    assert names == sorted(_norm(["پیتر برگ", "سیگرید هالستروم"]))


@pytest.mark.parametrize("text", [
    # «… با Y برقرار کرد / انجام داد»: the light verb's noun is no part of Y
    "کاظم نوری امروز تماسی تلفنی با پیتر برگ برقرار کرد.",
    # «X نخستین تماس خود را با Y …»: the contact noun's ordinal is no part of X
    "کاظم نوری نخستین تماس تلفنی خود را با پیتر برگ برقرار کرد.",
    "کاظم نوری نخستین دیدار خود را با پیتر برگ انجام داد.",
])
def test_a_light_verbs_noun_and_a_contacts_ordinal_are_no_part_of_a_name(text):
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_vi_is_the_one_who_opens_the_sentence_before_whatever_word_follows_the_name():
    # «X نخستین تماس خود را … برقرار کرد. وی … با Z رایزنی کرد»: «وی» is X (not Y, named with a title)
    text = ("کاظم نوری نخستین تماس خود را روز ۴ شهریور با پیتر برگ، وزیر خارجه اتریش، برقرار کرد. وی روز یکشنبه گذشته"
            " نیز در تماسی تلفنی با سیگرید هالستروم، همتای سوئدی، درباره افغانستان رایزنی کرد.")
    events = extract_events(text, None, "2021-08-31")
    assert _norm(["کاظم نوری", "سیگرید هالستروم"]) in [_names(e) for e in events]
    assert all(_names(e) != _norm(["پیتر برگ", "سیگرید هالستروم"]) for e in events)


def test_an_offices_rooms_host_as_its_holder():
    # «دفتر امام جمعه X پذیرای Y بود»: the office of a title hosts as the one who holds it
    text = ("دفتر امام جمعه شیراز صبح دیروز پذیرای پیتر برگ، سفیر اتریش، بود. آیت‌الله کاظم نوری، امام جمعه شیراز، در"
            " این دیدار از همکاری‌های فرهنگی سخن گفت.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_the_ba_of_a_bodys_task_is_no_counterpart():
    # «رئیس پلیس مبارزه با مواد مخدر»: «مبارزه با» is the body's task; the title goes on past it
    text = "رئیس پلیس مبارزه با مواد مخدر امروز با پیتر برگ دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["رئیس پلیس مبارزه با مواد مخدر", "پیتر برگ"])]
    text = "رؤسای پلیس مبارزه با مواد مخدر ایران و اتریش امروز در وین دیدار کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["رئیس پلیس مبارزه با مواد مخدر ایران", "رئیس پلیس مبارزه با مواد مخدر اتریش"])]


@pytest.mark.parametrize("text", [
    # «گفت‌وگویی تلفنی TIME میان A و B برقرار شد»: a time phrase between the noun and «میان/بین»
    "گفت‌وگویی تلفنی شب گذشته میان کاظم نوری و پیتر برگ برقرار شد.",
    "دیداری روز دوشنبه بین کاظم نوری و پیتر برگ در وین انجام شد.",
    # (and a noun that ends the sentence reads no time phrase after it)
    "کاظم نوری و پیتر برگ امروز در وین دیدار کردند",
])
def test_a_time_phrase_before_bein_or_mian(text):
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_hamaan_before_a_time_noun_is_no_part_of_the_name():
    # «X همان شب با Y …»: «همان» opens the time phrase, not the end of X's name
    text = "کاظم نوری همان شب با پیتر برگ نیز گفت‌وگو کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_heads_of_parliaments_and_a_headline_office_shortened_over_its_lead():
    # «رؤسای مجالس A و B»: one «رئیس مجلس» per country
    text = "رؤسای مجالس ایران و اتریش امروز تلفنی گفت‌وگو کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["رئیس مجلس ایران", "رئیس مجلس اتریش"])]
    # a headline's office shortened from the lead's title (same head, same country) is that person
    text = ("کاظم نوری رئیس مجلس شورای اسلامی دوشنبه گذشته در تماسی ویدئویی با پیتر برگ رئیس شورای ملی اتریش گفت‌وگو کرد.")
    events = extract_events(text, "گفت‌وگوی ویدئویی رؤسای مجالس ایران و اتریش", PUB)
    assert [_names(e) for e in events] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_in_the_affairs_of_a_country_is_a_post_not_the_holders_country():
    # «نماینده خاص … در امور افغانستان»: the post's field, like «سفیر X در پکن»; a headline's «نماینده خاص ملل متحد»
    # is that envoy
    text = ("سیگرید هالستروم، نماینده خاص سرمنشی سازمان ملل متحد در امور افغانستان، دیروز به دیدار کاظم نوری والی قندهار"
            " رفت.")
    events = extract_events(text, "نماینده خاص ملل متحد به دیدار والی قندهار رفت", PUB)
    assert [_names(e) for e in events] == [_norm(["سیگرید هالستروم", "کاظم نوری"])]


def test_a_session_of_the_subjects_own_body_pointed_back_to_is_no_contact():
    # «X … در جلسه هیئت عامل این بانک، گزارش … ارائه کرد»: the board of X's own bank, one body on its own
    text = "مدیرعامل بانک ملی دیروز در جلسه هیئت عامل این بانک، گزارش پیشرفت طرح را ارائه کرد."
    assert extract_events(text, None, PUB) == []


def test_a_name_told_back_by_a_meeting_noun_is_no_side_of_a_call_before_it():
    # «NAME در این دیدار …» tells back an in-person meeting, not the telephone call the article led with
    text = ("وزیر کشور امروز در تماسی تلفنی با وزیر کشور ترکیه درباره مرزها گفت‌وگو کرد. معاون وزیر کشور نیز سفیر ژاپن"
            " را به حضور پذیرفت. کاوه نیک‌نام در این دیدار از همکاری دو کشور سخن گفت.")
    events = extract_events(text, None, PUB)
    assert [_names(e) for e in events][0] == _norm(["وزیر کشور", "وزیر کشور ترکیه"])
    # … and «در این تماس» tells back no meeting
    text = ("استاندار فارس امروز با سفیر ژاپن دیدار کرد. معاون استاندار نیز با سفیر هند تلفنی گفت‌وگو کرد."
            " کاوه نیک‌نام در این تماس از همکاری دو کشور سخن گفت.")
    assert [_names(e) for e in extract_events(text, None, PUB)][0] == _norm(["استاندار فارس", "سفیر ژاپن"])


def test_an_earlier_contact_of_both_sides_told_by_a_noun_phrase():
    # «نخستین/قبلی دیدار آن دو / دو طرف / دیدارشان DATE … برگزار شده بود»: the two sides told before, on another day
    for back in ("نخستین دیدار آن دو ۲۵ آذر در وین برگزار شده بود.", "دیدار قبلی دو طرف ۲۵ آذر در وین انجام شده بود.",
                 "نخستین دیدارشان ۲۵ آذر در وین انجام شده بود."):
        events = extract_events("کاظم نوری امروز با پیتر برگ دیدار کرد. " + back, None, PUB)
        assert [_names(e) for e in events] == [_norm(["کاظم نوری", "پیتر برگ"])] * 2
        assert events[0]["date"] != events[1]["date"]
    # … and without a time of its own it is the same contact told again
    events = extract_events("کاظم نوری امروز با پیتر برگ دیدار کرد. دیدار دو طرف در فضایی دوستانه برگزار شد.", None, PUB)
    assert len(events) == 1


def test_the_subject_told_back_with_his_host():
    # «A و میزبانش در این دیدار …»: the lead's office is A, its other side his host
    text = ("رئیس‌جمهور اتریش امروز در وین با کاظم نوری، رئیس‌جمهور ایران، دیدار کرد. پیتر برگ و میزبانش در این دیدار"
            " درباره تجارت گفت‌وگو کردند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "کاظم نوری"])]


def test_a_name_in_a_place_phrase_is_no_name_of_a_list():
    # «A از اتاق NAME … و B از …»: the name after «از اتاق» names a room, not the first of a list of people
    text = ("رؤسای جمهور اتریش و سوئد دیروز به صورت ویدئویی با یکدیگر دیدار کردند. پیتر برگ از اتاق کاظم نوری"
            " و یان نواک از دفتر خود در این نشست شرکت داشتند.")
    assert all("کاظم نوری" not in _names(e) for e in extract_events(text, None, PUB))


def test_each_roles_quoted_holder_in_separate_meetings():
    # «با ROLE، «NAME»، و ROLE2، «NAME2»، …»: each role's quoted holder set off after it, one party each, one meeting each
    text = "کاظم نوری دیروز در دو دیدار جداگانه با وزیر انرژی اتریش، «پیتر برگ»، و وزیر نفت سوئد، «یان نواک»، گفت‌وگو کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"]),
                                                                    _norm(["کاظم نوری", "یان نواک"])]


def test_a_delegation_named_by_its_head_in_a_sentence_of_its_own():
    # «X پذیرای هیئتی از Z بود. این هیئت به ریاست NAME، TITLE، … آمده است»: the delegation's side is its head
    text = ("استاندار فارس امروز پذیرای هیئتی ۱۲ نفره از بازرگانان اتریش بود. این هیئت به ریاست پیتر برگ، رئیس اتاق"
            " بازرگانی وین، برای بررسی تجارت به شیراز آمده است.")
    assert [_names(e)[1] for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ"])[0]]
    # … or «ریاست هیئت … را NAME، TITLE، به عهده داشت»
    text = ("استاندار فارس امروز میزبان هیئتی از بازرگانان اتریش بود. ریاست هیئت اتریشی را پیتر برگ، رئیس اتاق"
            " بازرگانی وین، به عهده داشت.")
    assert [_names(e)[1] for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ"])[0]]


def test_the_other_side_told_back_after_its_honorifics_or_as_the_guest():
    # «… NAME در این دیدار … . HONORIFIC A بن B، TITLE نیز …»: the other office named past its honorifics, the title's
    # closing comma left out
    text = ("نخست‌وزیر اتریش امروز در وین با همتای مالزیایی‌اش دیدار کرد. پیتر برگ در این دیدار خواستار تجارت شد."
            " داتو سری عزیز بن یوسف رملی، نخست‌وزیر مالزی نیز از آمادگی کشورش خبر داد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "عزیز بن یوسف رملی"])]
    # … or set off after «مهمان ADJ»
    text = ("مدیرعامل منطقه آزاد ارس دیروز با معاون وزیر اقتصاد اتریش در جلفا ملاقات کرد. کاظم نوری در این ملاقات گفت"
            " زمین آماده است. مهمان اتریشی، پیتر برگ، نیز از آمادگی شرکت‌ها خبر داد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_an_object_pronoun_is_the_other_side_of_the_last_contact_and_two_days_two_contacts():
    # «X، که DATE با Y دیدار کرده بود، امروز با وی …»: «وی» is Y, and the two days told are two occurrences
    text = ("پیتر برگ، وزیر امور خارجه اتریش، که روز ۱۹ سپتامبر ۲۰۱۹ در نیویورک با کاظم نوری دیدار کرده بود، امروز"
            " در تماسی تلفنی با وی گفت‌وگو کرد.")
    events = extract_events(text, None, PUB)
    assert [(e["type"], _names(e)) for e in events] == [("meeting", _norm(["پیتر برگ", "کاظم نوری"])),
                                                        ("phone_call", _norm(["پیتر برگ", "کاظم نوری"]))]
    assert events[0]["date"] == "2019-09-19" and events[1]["date"] == PUB
    # «X با Y دیدار کرد. وی امروز با او …»: «او» after «وی» (X) is Y
    text = "کاظم نوری دیروز با پیتر برگ دیدار کرد. وی امروز نیز با او تلفنی گفت‌وگو کرد."
    assert [e["type"] for e in extract_events(text, None, PUB)] == ["meeting", "phone_call"]


def test_the_one_untitled_name_and_the_one_own_office_of_a_trip_are_one_person():
    # a trip's contacts told now by an office no name holds, now by a name no title is given, never both in one:
    # the office is that person (the office of the article's own side only)
    text = ("وزیر راه که از روز دوشنبه به وین سفر کرده است، با سه مقام ارشد اتریش دیدار کرد. نخستین دیدار رسمی کاظم نوری"
            " روز دوشنبه با «پیتر برگ» وزیر حمل‌ونقل اتریش انجام شد. وزیر راه روز سه‌شنبه با «یان نواک» مدیرعامل"
            " راه‌آهن اتریش گفت‌وگو کرد.")
    assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
        [_norm(["کاظم نوری", "پیتر برگ"]), _norm(["کاظم نوری", "یان نواک"])])


def test_a_headline_call_is_the_call_the_body_tells_not_an_earlier_meeting():
    # the body tells an earlier meeting of the two first, then today's call: the headline's call is today's
    text = ("پیتر برگ، وزیر امور خارجه اتریش، که روز ۱۹ سپتامبر ۲۰۱۹ در نیویورک با کاظم نوری دیدار کرده بود، امروز"
            " در تماسی تلفنی با وی گفت‌وگو کرد.")
    events = extract_events(text, "گفت‌وگوی تلفنی وزیران خارجه ایران و اتریش", PUB)
    assert [(e["type"], e["date"]) for e in events] == [("meeting", "2019-09-19"), ("phone_call", PUB)]


def test_both_sides_before_a_time_set_off_by_commas():
    # «دو طرف پیش از این نیز، ۲۸ آذر، در تماسی تلفنی … بررسی کرده بودند»: an earlier call of the two told before
    text = ("کاظم نوری امروز با پیتر برگ دیدار کرد. دو طرف پیش از این نیز، ۲۸ مهر، در تماسی تلفنی ابعاد فنی این خط را"
            " بررسی کرده بودند.")
    assert [(e["type"], _names(e)) for e in extract_events(text, None, PUB)] == [
        ("meeting", _norm(["کاظم نوری", "پیتر برگ"])), ("phone_call", _norm(["کاظم نوری", "پیتر برگ"]))]


def test_this_official_with_a_nationality_is_the_one_told_before():
    # «این دیپلمات سوئدی / این مقام ارشد …» opening a sentence tells back the subject before, as «وی» does
    text = ("پیتر برگ، فرستاده ویژه سوئد، روز سه‌شنبه در مسقط با کاظم نوری دیدار کرد. این دیپلمات سوئدی روز چهارشنبه"
            " هم پیش از ترک مسقط با یان نواک به گفت‌وگو نشست.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "کاظم نوری"]),
                                                                    _norm(["پیتر برگ", "یان نواک"])]


def test_a_headline_group_the_body_tells_by_names_is_no_contact_of_its_own():
    # headline «X میزبان نویسندگان کودک شد» over a body naming the writers: one contact, the body's
    text = "کاظم نوری، مدیرکل کتابخانه‌های فارس، امروز در شیراز با پیتر برگ و یان نواک دیدار کرد."
    events = extract_events(text, "مدیرکل کتابخانه‌های فارس میزبان نویسندگان کودک شد", PUB)
    assert [_names(e) for e in events] == [_norm(["کاظم نوری", "پیتر برگ", "یان نواک"])]


def test_two_offices_take_the_two_new_names_of_the_sentence_that_tells_the_contact_back():
    # «رؤسای … A و B … گفت‌وگو کردند. X از … و Y از … در این گفت‌وگو شرکت داشتند»: the names in the order written
    text = ("نخست‌وزیران اتریش و سوئد امروز به صورت ویدئویی با یکدیگر گفت‌وگو کردند. پیتر برگ از وین و هانس مولر از"
            " استکهلم در این گفت‌وگوی دوساعته شرکت داشتند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "هانس مولر"])]
    # «همتای سوئدی‌اش، Y»: the country says whose office Y holds, whatever the order
    text = ("وزیران کشور سوئد و اتریش امروز در بروکسل رایزنی کردند. پیتر برگ پس از این دیدار گفت همتای سوئدی‌اش،"
            " هانس مولر، از طرح حمایت کرده است.")
    people = extract_events(text, None, PUB)[0]["participants"]
    assert {p["name"]: p["country"] for p in people} == {"پیتر برگ": "اتریش", "هانس مولر": "سوئد"}


def test_two_new_names_in_sentences_that_do_not_tell_the_contact_back_leave_the_offices():
    # the names stand in sentences of their own, with no «این دیدار»: nothing says they are the offices
    text = ("نخست‌وزیران اتریش و سوئد امروز به صورت ویدئویی با یکدیگر گفت‌وگو کردند. پیتر برگ پیش‌تر از طرح انتقاد"
            " کرده بود. هانس مولر سال گذشته با آن موافقت کرده بود.")
    assert [sorted(_names(e)) for e in extract_events(text, None, PUB)] == [
        sorted(_norm(["نخست‌وزیر اتریش", "نخست‌وزیر سوئد"]))]


def test_a_site_tag_and_dash_opening_the_page_is_no_party():
    # «SITE - …» at the head of a crawled page: the site's words, then the story
    for tag in ("سلامت نیوز", "پرتال دانشگاه مرکزی", "ورزش امروز"):
        text = f"{tag} - کاظم نوری، وزیر کشور، امروز با پیتر برگ دیدار کرد."
        assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_caption_credit_after_a_slash_is_no_party():
    # «عکس: دیدار A با B / عکاس: X»: the photographer's credit ends the other side
    text = "عکس: دیدار رئیس سازمان بنادر با سفیر اتریش / عکاس: مریم نوری"
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["رئیس سازمان بنادر", "سفیر اتریش"])]


def test_the_other_side_opening_a_later_sentence_does_not_hold_the_leads_office():
    # the lead: an office hosts a delegation «به سرپرستی X»; a later sentence opens with X («X نیز …»): X is the
    # guest, and the office is the one a sentence opening «در این دیدار که …، NAME» names
    text = ("استاندار گیلان امروز پذیرای هیئت تجاری اتریش به سرپرستی پیتر برگ بود. در این دیدار که در رشت برگزار"
            " شد، کاظم نوری بر توسعه صادرات تأکید کرد. برگ نیز از آمادگی شرکت‌های اتریشی خبر داد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_surname_ending_written_apart_stays_in_the_surname():
    # text without ZWNJ: «نوری زاده», «کاظمی پور»; a word with digits is never a surname («تأمین ۳۰»)
    text = ("وزیران کشور اتریش و ایران امروز به صورت ویدئویی گفت‌وگو کردند. در این گفت‌وگو پیتر برگ از طرح قدردانی"
            " کرد و کاظم نوری زاده بر تأمین ۳۰ دستگاه تأکید کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "کاظم نوری زاده"])]


def test_a_side_named_short_takes_its_fuller_form_and_the_office_the_other_name_told_back():
    # one side named by the lead's told-back subject, the other an office: the back sentence names both
    text = ("وزیر کشور و نخست‌وزیر اتریش امروز به صورت ویدئویی گفت‌وگو کردند. در این گفت‌وگو کاظم نوری پور از طرح"
            " قدردانی کرد و پیتر برگ بر ادامه همکاری تأکید کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری پور", "پیتر برگ"])]


def test_an_office_speaking_on_after_a_bare_named_subject_is_that_person():
    # «X … خبر داد. استاندار گیلان در این نشست گفت: …»: news names a person, then goes on by the office
    text = ("کاظم نوری عصر امروز در دیدار با پیتر برگ از توسعه بندر خبر داد. استاندار گیلان در این نشست گفت: «کار"
            " آغاز شده است.» استاندار گیلان هفته گذشته نیز با هانس مولر دیدار کرده بود.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"]),
                                                                    _norm(["کاظم نوری", "هانس مولر"])]


def test_an_office_that_answers_with_niz_or_was_the_other_side_is_not_the_named_subject():
    # «سفیر اتریش نیز گفت»: «نیز» turns to another person; an office met before («با سفیر اتریش») is that side
    for second in ("سفیر اتریش نیز گفت: «همکاری ادامه دارد.»", "سفیر اتریش در این دیدار گفت: «همکاری ادامه دارد.»"):
        text = ("وزیر کشور امروز با سفیر اتریش دیدار کرد. کاظم نوری در این دیدار خواستار توسعه همکاری شد. "
                + second)
        assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "سفیر اتریش"])]


def test_a_call_made_by_establishing_it_with_the_other_side():
    # «X با برقراری تماس تلفنی با Y، … را بررسی کرد»: the phrase of the call opens with «با برقراری»
    text = "پیتر برگ، رئیس‌جمهور اتریش، روز یکشنبه با برقراری تماس تلفنی با کاظم نوری، تحولات منطقه را بررسی کرد."
    assert [(e["type"], _names(e)) for e in extract_events(text, None, PUB)] == [
        ("phone_call", _norm(["پیتر برگ", "کاظم نوری"]))]


def test_a_person_opening_a_sentence_with_no_word_that_ends_a_name_holds_the_leads_office():
    # «کاظم نوری قول داد …»: a first name and a surname, then the clause's common words, open the sentence
    text = ("فرماندار رشت امروز با نمایندگان کارگران کارخانه نساجی دیدار کرد. در این نشست کارگران از تعویق حقوق خود"
            " گلایه کردند. کاظم قاسملو قول داد موضوع را با مدیران بانک پیگیری کند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کاظم قاسملو", "نمایندگان کارگران کارخانه نساجی"])]


def test_the_two_sides_named_by_their_office_as_having_met_before():
    # «دو رئیس‌جمهور / دو وزیر پیش‌تر … با یکدیگر دیدار کرده بودند»: an earlier meeting of the two, its day not given
    for subject in ("دو رئیس‌جمهور پیش‌تر در حاشیه اجلاس سران در آستانه", "دو وزیر پیش از این در وین"):
        text = f"پیتر برگ امروز با کاظم نوری تلفنی گفت‌وگو کرد. {subject} با یکدیگر دیدار کرده بودند."
        events = extract_events(text, None, PUB)
        assert [(e["type"], _names(e), e["date"]) for e in events] == [
            ("phone_call", _norm(["پیتر برگ", "کاظم نوری"]), PUB), ("meeting", _norm(["پیتر برگ", "کاظم نوری"]), None)]


def test_a_person_noun_after_ba_in_tells_back_the_person_named_before():
    # «در تماسی تلفنی با این قهرمان المپیک»: the champion the sentence before names (a ZWNJ-glued surname opening it)
    text = ("کاظم رحیمی‌پور شامگاه یکشنبه به مدال طلا دست یافت. وزیر ورزش صبح امروز در تماسی تلفنی با این قهرمان"
            " المپیک، کسب مدال را به وی تبریک گفت.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["وزیر ورزش", "کاظم رحیمی‌پور"])]
    # as a subject it may point at a guest or a host alike: no reading
    text = ("پژوهشگاه رویان دیروز میزبان پیتر برگ، زیست‌شناس اتریشی، بود. این دانشمند پس از بازدید با کاظم نوری"
            " دیدار کرد.")
    assert all("پژوهشگاه رویان" not in _names(e) for e in extract_events(text, None, PUB))


def test_a_person_who_speaks_in_the_leads_contact_does_not_hold_its_subjects_office_by_a_stray_ba():
    # «X در این تماس گزارش داد … با بالگرد …»: X told back in the lead's call may be its other side
    text = ("وزیر کشور امروز در تماسی تلفنی با استاندار سیستان، در جریان وضعیت سیل قرار گرفت. منصور رخشانی‌پور در این"
            " تماس گزارش داد که امدادرسانی با بالگرد انجام می‌شود. وزیر کشور نیز دستور اعزام تجهیزات را داد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["وزیر کشور", "منصور رخشانی‌پور"])]


def test_this_was_the_first_meeting_of_the_two_is_the_meeting_told_back():
    # «این نخستین دیدار دو رهبر پس از اختلافات سال گذشته بود»: a copula after «گذشته», not a past perfect of its own
    text = ("پیتر برگ امروز در وین به دیدار کاظم نوری رفت. این نخستین دیدار دو رهبر پس از اختلافات انتخاباتی سال"
            " گذشته بود.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "کاظم نوری"])]


def test_a_summit_set_off_before_the_subject_is_an_adverbial():
    # «در حاشیه نشست سران … در اوساکا، A، TITLE، و B، TITLE، … با هم گفت‌وگو کردند»: the summit is the occasion
    text = ("در حاشیه نشست سران گروه بیست در اوساکا، پیتر برگ، صدراعظم اتریش، و کاظم نوری، رئیس‌جمهور ایران، روز"
            " شنبه در یک نشست دوجانبه با هم گفت‌وگو کردند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "کاظم نوری"])]


def test_the_two_sides_fronted_by_miyan_before_the_noun_and_its_passive():
    # «میان A و B گفت‌وگوی تلفنی صورت گرفت», «دیروز میان A و B دیداری انجام شد»
    assert [(e["type"], _names(e)) for e in extract_events(
        "میان پیتر برگ و کاظم نوری گفت‌وگوی تلفنی صورت گرفته است.", None, PUB)] == [
        ("phone_call", _norm(["پیتر برگ", "کاظم نوری"]))]
    assert [_names(e) for e in extract_events("دیروز میان پیتر برگ و کاظم نوری دیداری انجام شد.", None, PUB)] == [
        _norm(["پیتر برگ", "کاظم نوری"])]
    # a noun «میان» qualifies is no such phrase: «اختلاف میان A و B در دیدار دیروز برطرف شد»
    assert extract_events("اختلاف میان پیتر برگ و کاظم نوری در دیدار دیروز برطرف شد.", None, PUB) == []


def test_the_one_the_subject_told_back_asked_is_the_other_office():
    # «رئیس مجلس با سفیر اتریش دیدار کرد. NAME در این دیدار از B خواست …»: B is the envoy, all of a
    # three-word name
    text = ("رئیس مجلس امروز با سفیر اتریش دیدار کرد. کاظم نوری در این دیدار از پیتر فون برگ خواست تا همکاری‌های فنی"
            " را افزایش دهد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر فون برگ"])]


def test_a_date_set_off_by_commas_before_a_title_is_no_holders_name():
    # «پیش از این نیز، نوزدهم مهرماه، معاون … با …»: the date is no person holding the office after it
    text = ("پیش از این نیز، نوزدهم مهرماه، معاون هماهنگی امور اقتصادی استانداری خراسان رضوی در سفری به وین با"
            " معاون وزیر اقتصاد اتریش دیدار کرده بود.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["معاون هماهنگی امور اقتصادی استانداری خراسان رضوی", "معاون وزیر اقتصاد اتریش"])]


def test_an_office_named_by_its_rank_is_one_party_and_takes_the_name_told_back():
    # «با عالی‌ترین مقام اجرایی استان»: the whole phrase, never «عالی‌ترین» alone; named where the article names it
    assert [_names(e) for e in extract_events("پیتر برگ امروز با بالاترین مقام قضایی کشور دیدار کرد.", None, PUB)] \
        == [_norm(["پیتر برگ", "بالاترین مقام قضایی کشور"])]
    text = ("پیتر برگ، سرکنسول اتریش، امروز در مشهد با عالی‌ترین مقام اجرایی استان دیدار کرد. کاظم نوری، استاندار"
            " خراسان رضوی، در این دیدار گفت: «همکاری ادامه دارد.»")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "کاظم نوری"])]


def test_two_offices_one_person_holds_together_are_one_party():
    # «نماینده ولی‌فقیه در استان X و امام جمعه Y»: one cleric, named where the article names him
    text = ("نماینده ولی‌فقیه در استان گیلان و امام جمعه رشت امروز پذیرای پیتر برگ بود. در این دیدار که در دفتر امام"
            " جمعه برگزار شد، حجت‌الاسلام کاظم نوری گفت: «همکاری ادامه دارد.»")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]
    # two offices of two people stay two parties
    text = "وزیر کشور و امام جمعه رشت امروز با پیتر برگ دیدار کردند."
    assert [len(e["participants"]) for e in extract_events(text, None, PUB)] == [3]


def test_a_bare_name_going_on_after_an_office_that_spoke_holds_that_office():
    # «ROLE … در این دیدار گفت: … . NAME با اشاره به … افزود: …»: the speaker goes on, named (the guest's office too)
    text = ("رئیس دانشگاه شیراز امروز از نماینده سازمان جهانی بهداشت استقبال کرد. نماینده سازمان جهانی بهداشت که به"
            " شیراز سفر کرده است، در این دیدار گفت: الگوی فارس موفق است. پیتر برگ با اشاره به شیوع دیابت افزود: کمک"
            " می‌کنیم. کاظم نوری نیز در این دیدار گزارشی ارائه کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_the_public_at_large_is_no_party():
    # «نمایشگاه … همه‌روزه پذیرای علاقه‌مندان است», «با بازدیدکنندگان»: no one said
    assert extract_events("نمایشگاه کتاب رشت تا ۱۶ مهر همه‌روزه پذیرای علاقه‌مندان است.", None, PUB) == []
    assert extract_events("کاظم نوری امروز با بازدیدکنندگان نمایشگاه دیدار کرد.", None, PUB) == []


def test_the_two_sides_met_before_at_a_month_and_an_occasion_set_off_by_commas():
    # «دو شهردار پیش از این، در اردیبهشت امسال و در حاشیه نمایشگاه …، در وین با یکدیگر دیدار کرده بودند»
    text = ("پیتر برگ امروز با کاظم نوری تلفنی گفت‌وگو کرد. دو شهردار پیش از این، در اردیبهشت امسال و در حاشیه"
            " نمایشگاه بین‌المللی جاده ابریشم، در وین با یکدیگر دیدار کرده بودند.")
    assert [(e["type"], e["date"]) for e in extract_events(text, None, PUB)] == [("phone_call", PUB), ("meeting", None)]


def test_an_office_cut_before_its_body_is_no_party():
    # «هیئتی از دانشگاه باکو به سرپرستی رئیس این دانشگاه … . هیئت … با X دیدار کرد»: never «رئیس این»
    text = ("رئیس دانشگاه تبریز امروز پذیرای هیئتی از دانشگاه باکو به سرپرستی رئیس این دانشگاه بود. هیئت دانشگاه"
            " باکو عصر همان روز با کاظم نوری، استاندار، دیدار کرد.")
    assert all(not span_fold(p["name"]).endswith(" این") for e in extract_events(text, None, PUB) for p in e["participants"])


def test_the_body_a_demonstrative_points_back_to_ends_at_the_comma_a_title_follows():
    # «روابط عمومی حزب X، دبیرکل این حزب …»: «این حزب» is «حزب X», not «حزب X، دبیرکل این»
    text = ("به گزارش روابط عمومی حزب همگامان توسعه، دبیرکل این حزب امروز با پیتر برگ، دبیرکل جبهه عدالت، دیدار کرد."
            " کاظم نوری در این نشست گفت ائتلاف باید بر پایه برنامه شکل بگیرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_caption_restates_the_story_and_a_page_end_runs_into_it():
    # «پایگاه اطلاع رسانی دانشگاه … - X، TITLE، …»: a site tag of six words; «عکس: دیدار … انتهای پیام»: a caption
    # the story already tells, with the page's end run on
    text = ("پایگاه اطلاع رسانی دانشگاه فردوسی مشهد - کاظم نوری، رئیس دانشگاه، صبح امروز با هیئتی از دانشگاه وین به"
            " سرپرستی پیتر برگ دیدار کرد. عکس: دیدار رئیس دانشگاه با هیئت اتریشی انتهای پیام")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]
    # a caption alone is read
    assert [_names(e) for e in extract_events("عکس: دیدار کاظم نوری با پیتر برگ انتهای پیام", None, PUB)] == [
        _norm(["کاظم نوری", "پیتر برگ"])]


def test_a_reminder_in_the_first_person_plural_is_a_lead_in():
    # «یادآور میشویم که دو رهبر DATE … با هم ملاقات کرده بودند» (no ZWNJ): as «یادآور می‌شود که»
    text = ("پیتر برگ امروز با کاظم نوری تلفنی گفت‌وگو کرد. یادآور میشویم که دو رهبر ۱۷ ژوئن ۲۰۲۱ در وین با هم"
            " ملاقات کرده بودند.")
    assert [(e["type"], e["date"]) for e in extract_events(text, None, PUB)] == [
        ("phone_call", PUB), ("meeting", "2021-06-17")]


def test_a_delegation_led_by_a_named_head_coordinated_after_another_side():
    # «نمایندگان دولت X و هیئتی از حزب Y به رهبری Z … مذاکره کردند»: two sides, the delegation by its head
    text = "نمایندگان دولت اتریش و هیئتی از حزب سبز به رهبری پیتر برگ روز یکشنبه در وین مذاکره کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["نمایندگان دولت اتریش", "پیتر برگ"])]


def test_a_body_that_met_is_the_person_the_article_names_in_the_office_heading_it():
    # «شهرداری رشت پذیرای هیئتی … بود و شهردار رشت، NAME، در این دیدار …» (a ZWNJ-glued surname of common words)
    text = ("شهرداری رشت روز پنجشنبه پذیرای هیئتی از شورای شهر وین به سرپرستی پیتر برگ بود و شهردار رشت، کاظم"
            " خوش‌اخلاق، در این دیدار از گسترش همکاری‌ها استقبال کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم خوش‌اخلاق", "پیتر برگ"])]
    # no one named in the head's office: the body stays
    text = "شهرداری رشت روز پنجشنبه پذیرای هیئتی از شورای شهر وین به سرپرستی پیتر برگ بود."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["شهرداری رشت", "پیتر برگ"])]


def test_the_head_of_a_relative_clause_set_off_by_commas_is_the_main_clauses_subject():
    # «X، TITLE، که … مورد استقبال «B»، TITLE، قرار گرفت، صبح امروز با Y دیدار کرد»: X met Y (and was welcomed by B)
    text = ("پیتر برگ، وزیر خارجه اتریش، که شامگاه چهارشنبه وارد تهران شد و در فرودگاه مورد استقبال «هانس مولر»، معاون"
            " وزیر، قرار گرفت، صبح امروز با کاظم نوری دیدار کرد.")
    assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
        [_norm(["پیتر برگ", "هانس مولر"]), _norm(["پیتر برگ", "کاظم نوری"])])


def test_a_quantified_group_of_two_plurals_one_a_compound_set_apart_by_its_zwnj():
    # «با جمعی از صیادان و لنج‌داران بندر X»: one group; «پخش‌کنندگان خصوصی و دولتی …»: two adjectives of one group
    text = "کاظم نوری امروز در دیدار با جمعی از صیادان و لنج‌داران بندر انزلی گفت لایروبی اسکله به پایان می‌رسد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کاظم نوری", "جمعی از صیادان و لنج‌داران بندر انزلی"])]
    text = "بازار جشنواره فیلم این روزها میزبان پخش‌کنندگان خصوصی و دولتی سینمای ایران است."
    assert extract_events(text, None, PUB) == []


def test_a_contact_on_the_sidelines_of_a_gathering_told_before_is_on_its_day():
    # «… روز یکشنبه در نشستی سه‌جانبه … . در حاشیه این نشست، A و B … رایزنی کردند»: Sunday, not the day of the news
    text = ("وزرای خارجه سه کشور روز یکشنبه در نشستی سه‌جانبه در ژنو درباره سوریه گفت‌وگو کردند. در حاشیه این نشست،"
            " پیتر برگ و کاظم نوری در دیداری دوجانبه درباره همکاری‌های اقتصادی رایزنی کردند.")
    events = extract_events(text, None, "2019-11-06")  # a Wednesday
    assert [(_names(e), e["date"]) for e in events] == [(_norm(["پیتر برگ", "کاظم نوری"]), "2019-11-03")]
    # «… دیروز (سه‌شنبه) … برگزار شد. A، B و C در این نشست … گفت‌وگو کردند»: the gathering's day
    text = ("نشست سران سه کشور دیروز (سه‌شنبه) در تهران برگزار شد. پیتر برگ، کاظم نوری و هانس مولر در این نشست درباره"
            " سوریه گفت‌وگو کردند.")
    assert [e["date"] for e in extract_events(text, None, "2019-11-06")] == ["2019-11-05"]


def test_christian_clergy_honorifics_are_dropped_from_names():
    # «با کشیش پیتر برگ», «با کاردینال پیتر برگ»: the name without the honorific (GUIDE.md)
    for honorific in ("کشیش", "کاردینال"):
        text = f"کاظم نوری امروز در واتیکان با {honorific} پیتر برگ دیدار کرد."
        assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


@pytest.mark.parametrize("text", [
    "وی ادعای برخی رسانه‌ها درباره دیدار پیتر برگ با کاظم نوری در ژنو را نیز «کاملاً نادرست» خواند.",
    "سخنگوی دولت روز سه‌شنبه گزارش‌هایی را که از گفت‌وگوی تلفنی پیتر برگ با کاظم نوری خبر می‌داد، رد کرد.",
    "برخی رسانه‌های اتریشی روز سه‌شنبه مدعی شده بودند که پیتر برگ و کاظم نوری در وین با هم گفت‌وگو کرده‌اند.",
])
def test_a_contact_only_claimed_or_denied_is_no_event(text):
    # a claim of some outlets, or reports of it rejected («را نیز «نادرست» خواند», «گزارش‌هایی را که … رد کرد»)
    assert extract_events(text, None, PUB) == []


def test_a_headline_naming_a_side_by_another_word_restates_the_body():
    # headline «X میزبان سرمایه‌گذاران اتریشی شد» over a body telling X's contact by its own words: one contact
    text = "کاظم نوری، استاندار گیلان، امروز در رشت با هیئتی از بازرگانان اتریشی به سرپرستی پیتر برگ دیدار کرد."
    events = extract_events(text, "استاندار گیلان میزبان سرمایه‌گذاران اتریشی شد", PUB)
    assert [_names(e) for e in events] == [_norm(["کاظم نوری", "پیتر برگ"])]
    # … but not when the body tells only an earlier contact of that side: the headline's is another
    text = "کاظم نوری، استاندار گیلان، روز شنبه نیز با هانس مولر دیدار کرده بود."
    events = extract_events(text, "دیدار استاندار گیلان با پیتر برگ", PUB)
    assert sorted(_names(e) for e in events) == sorted([_norm(["کاظم نوری", "هانس مولر"]),
                                                        _norm(["کاظم نوری", "پیتر برگ"])])


def test_two_names_then_the_plural_office_both_hold():
    # «A و B (،) وزیران امور خارجه دو کشور (،) …»: the two people, not the office as a third party
    for office in (" وزیران امور خارجه دو کشور", "، وزیران امور خارجه دو کشور،"):
        text = f"پیش از این، پیتر برگ و کاظم نوری{office} در ۱۸ شهریور ۱۳۹۱ در تماسی تلفنی گفت‌وگو کرده بودند."
        assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "کاظم نوری"])]


def test_a_welcome_ceremony_with_the_guests_title_time_and_place_before_its_host():
    # «مراسم استقبال رسمی از Y، TITLE، پنجشنبه در باکو با حضور X برگزار شد»
    text = "مراسم استقبال رسمی از پیتر برگ، نخست‌وزیر اتریش، پنجشنبه در باکو با حضور کاظم نوری برگزار شد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_body_whose_name_holds_commas_hosts_and_is_named_by_its_head():
    # «اتاق بازرگانی، صنایع، معادن و کشاورزی X … پذیرای هیئتی … بود. … NAME، رئیس اتاق X، …»
    text = ("اتاق بازرگانی، صنایع، معادن و کشاورزی اصفهان امروز پذیرای هیئتی از فعالان صنعت سنگ اتریش بود. در این"
            " نشست، کاظم نوری، رئیس اتاق اصفهان، گفت: همکاری ادامه دارد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کاظم نوری", "هیئتی از فعالان صنعت سنگ اتریش"])]


def test_reports_said_about_a_contact_are_no_contact():
    # «X درباره گزارش‌های منتشرشده درباره مذاکره با Y گفت: …»: the reports, not a contact
    text = "وزیر اقتصاد درباره گزارش‌های منتشرشده درباره مذاکره با صندوق بین‌المللی پول گفت: «هیچ مذاکره‌ای نداریم.»"
    assert extract_events(text, None, PUB) == []


def test_went_to_meet_an_office_with_its_holder_set_off_after_it():
    # «X … به دیدار امام جمعه اهل سنت این شهر، مولوی NAME، رفت»
    text = "کاظم نوری بعدازظهر جمعه در زاهدان به دیدار امام جمعه اهل سنت این شهر، مولوی پیتر برگ، رفت."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_surname_glued_by_a_zwnj_opens_its_sentence_and_takes_the_full_name_given_before():
    # «حمید زرین‌قلم گفت: … . زرین‌قلم درباره … گفت: … با Y دیدار کردم»: the speaker, named in full
    text = ("حمید زرین‌قلم گفت: سهم دانشجویان خارجی کم است. زرین‌قلم درباره همکاری‌های دانشگاه گفت: هفته گذشته با"
            " پیتر برگ دیدار کردم.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["حمید زرین‌قلم", "پیتر برگ"])]


def test_a_third_person_pronoun_inside_a_quote_is_not_its_speaker():
    # «X اظهار کرد: «وزیر … حاضر شد و اعضای کمیسیون با وی گفت‌وگو کردند»»: «وی» is the minister, not X
    text = ("کاظم خوش‌اخلاق در گفت‌وگو با خبرنگار اظهار کرد: «وزیر راه صبح امروز در جلسه کمیسیون حاضر شد و اعضای"
            " کمیسیون با وی گفت‌وگو کردند.»")
    assert all("کاظم خوش‌اخلاق" not in e_names for e_names in (
        [p["name"] for p in e["participants"]] for e in extract_events(text, None, PUB)))


def test_a_meeting_of_many_told_back_by_its_attendees_with_their_titles():
    # «وزرای … سه کشور … گفت‌وگو کردند. در این نشست A، TITLE، B، TITLE و C، TITLE حضور داشتند»
    text = ("وزیران کشاورزی سه کشور روز دوشنبه در نشستی در وین درباره بازار گندم گفت‌وگو کردند. در این نشست پیتر برگ،"
            " وزیر کشاورزی اتریش، یوهان کلاین، وزیر کشاورزی آلمان و کاظم نوری، وزیر جهاد کشاورزی ایران حضور داشتند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "یوهان کلاین", "کاظم نوری"])]


def test_the_attendees_of_a_council_session_make_no_meeting():
    # «جلسه شورای … برگزار شد. در این جلسه A، B و C حضور داشتند»: one body's session, no contact told
    text = ("جلسه شورای اداری استان دیروز در سنندج برگزار شد. در این جلسه پیتر برگ، یوهان کلاین و کاظم نوری حضور"
            " داشتند.")
    assert extract_events(text, None, PUB) == []


def test_a_summit_held_with_names_each_followed_by_its_title():
    # «نشست سه‌جانبه … با حضور A، TITLE، B، TITLE و C، TITLE … برگزار شد»: three people, no title a party
    text = ("نشست سه‌جانبه وزیران نیرو روز شنبه با حضور پیتر برگ، وزیر نیروی اتریش، یوهان کلاین، وزیر انرژی آلمان و"
            " کاظم نوری، وزیر نیروی ایران در تبریز برگزار شد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "یوهان کلاین", "کاظم نوری"])]


def test_a_bilateral_on_the_sidelines_of_a_meeting_of_many_is_its_own_meeting():
    # «نشست سه‌جانبه … با حضور A، B و C برگزار شد. در حاشیه این نشست، A و B در دیداری دوجانبه … رایزنی کردند»
    text = ("نشست سه‌جانبه وزیران نیرو روز شنبه با حضور پیتر برگ، یوهان کلاین و کاظم نوری در تبریز برگزار شد. در"
            " حاشیه این نشست، برگ و نوری در دیداری دوجانبه درباره خط لوله رایزنی کردند.")
    assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
        [_norm(["پیتر برگ", "یوهان کلاین", "کاظم نوری"]), _norm(["پیتر برگ", "کاظم نوری"])])


def test_one_who_joined_part_of_a_meeting_is_one_of_its_participants():
    # «X، TITLE، نیز در بخش پایانی این نشست شرکت کرد»: X joins the meeting told before
    text = ("پیتر برگ روز دوشنبه در وین با یوهان کلاین دیدار کرد. کاظم نوری، معاون وزیر خارجه، نیز در بخش دوم این"
            " دیدار شرکت کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "یوهان کلاین", "کاظم نوری"])]


def test_a_plural_office_and_one_more_holding_a_three_sided_meeting_is_one_meeting():
    # «وزرای … A و B و معاون وزیر … C … نشستی سه‌جانبه برگزار کردند»: one meeting of three, not one with each
    text = "وزرای امور خارجه ترکیه و عراق و معاون وزیر امور خارجه سوریه روز شنبه در تبریز نشستی سه‌جانبه برگزار کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["وزیر امور خارجه ترکیه", "وزیر امور خارجه عراق", "معاون وزیر امور خارجه سوریه"])]


def test_a_country_whose_name_ends_like_a_plural_is_no_group():
    # «وزرای … اتریش و آلمان و …»: «آلمان» is a country of the plural office, not a plural of people
    text = "وزرای امور خارجه اتریش و آلمان و معاون وزیر امور خارجه ایران روز شنبه در تبریز نشستی سه‌جانبه برگزار کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["وزیر امور خارجه اتریش", "وزیر امور خارجه آلمان", "معاون وزیر امور خارجه ایران"])]


def test_a_host_word_inside_a_parenthesis_makes_no_host():
    # «X و Y (از مساجد میزبان …) در Z … است»: the parenthesis modifies a noun, no one hosts anyone
    text = "وسعت کتابخانه و مسجد جامع (از مساجد میزبان جشن‌های نیمه شعبان) در کازان ۱۲ هزار مترمربع است."
    assert extract_events(text, None, PUB) == []


def test_a_building_that_hosted_several_governments_is_no_meeting():
    # «هتل X میزبان چندین دولت خارجی بوده است»: a venue and a vague plural, no parties
    text = "هتل پارک در وین، میزبان چندین دولت خارجی نیز بوده است."
    assert extract_events(text, None, PUB) == []


def test_the_words_after_a_body_head_name_the_body_not_a_holder():
    # «دبیرکل سازمان پیمان …»: «پیمان» after «سازمان» is the body's name, not a first name of the office's holder
    text = "دبیرکل سازمان پیمان مرکزی گفت: درباره امنیت منطقه با کاظم نوری گفتگو کردم."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["دبیرکل سازمان پیمان مرکزی", "کاظم نوری"])]


def test_a_title_whose_complement_ends_in_a_region_or_the_country_holds_no_name():
    # «معاون نخست‌وزیر اقلیم کردستان», «مدیر مدارس علمیه کشور»: the office's complement, whatever first names it holds
    text = "کاظم نوری با معاون نخست وزیر اقلیم کردستان دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "معاون نخست‌وزیر اقلیم کردستان"])]
    text = "مدیر مدارس علمیه کشور با کاظم نوری دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["مدیر مدارس علمیه کشور", "کاظم نوری"])]


def test_a_title_of_two_words_opened_by_a_first_name_is_the_apposition_of_the_name_before():
    # «X، قائم مقام وزیر کشور، با استقبال Y وارد … شد»: «قائم» opens the title, not a second person
    text = "پیتر برگ، قائم مقام وزیر کشور، با استقبال مسئولان استان یزد وارد این استان شد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "مسئولان استان یزد"])]


def test_an_official_of_a_country_in_a_headline_is_the_office_the_body_names():
    # a heading «دیدار مقام فرانسوی با Y», then «X، وزیر دارایی فرانسه … با Y دیدار کرد»: one meeting
    text = ("رئیس‌جمهور آمریکا امروز احتمال سفر به آسیا را رد نکرد.\nدیدار مقام فرانسوی با نوری\nروزنامه لوموند روز"
            " دوشنبه نوشت «پیتر برگ»، وزیر دارایی فرانسه دوشنبه در واشنگتن با «کاظم نوری»، وزیر اقتصاد ایران دیدار کرد.")
    assert [_names(e) for e in extract_events(text, "سفر", PUB)] == [_norm(["پیتر برگ", "کاظم نوری"])]


def test_a_city_councils_session_with_a_named_outsider_after_a_time_phrase():
    # «جلسه شورای اسلامی شهر X امروز با حضور NAME برگزار شد»: the council met the mayor (a named outside party)
    text = "جلسه شورای اسلامی شهر بروجرد امروز با حضور کاظم نوری، شهردار بروجرد، برگزار شد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["شورای اسلامی شهر بروجرد", "کاظم نوری"])]
    # … but its own members are no outside party
    text = "جلسه شورای اسلامی شهر بروجرد امروز با حضور اعضای شورا برگزار شد."
    assert extract_events(text, None, PUB) == []


def test_a_time_word_inside_the_name_of_ones_own_bodys_session_keeps_it_a_session():
    # «X در جلسه دیروز هیات دولت با اشاره به …»: the cabinet's session, and «با اشاره» names no one
    text = "کاظم نوری در جلسه دیروز هیات دولت با اشاره به سالگرد سیل گلستان، آن را حادثه‌ای تلخ دانست."
    assert extract_events(text, None, PUB) == []


def test_an_attribution_with_its_edition_set_off_by_dashes_ends_before_the_subject():
    # «به گزارش روزنامه X - چاپ لندن - NAME TITLE، بعد از دیدار با Y …، … گفت»: the lead-in ends at the second dash
    text = ("کاظم نوری امروز در مجلس سخنرانی کرد.\n\nبه گزارش روزنامه القدس العربی - چاپ لندن - پیتر برگ وزیر خارجه"
            " اتریش، بعد از دیدار با یوهان کلاین وزیر خارجه آلمان، در وین گفت: ما آماده‌ایم.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "یوهان کلاین"])]


def test_a_passives_agent_after_the_counterpart_is_no_part_of_it():
    # «تصاویر دیدار X با Y توسط رسانه‌ها منتشر شده است»: «توسط» opens the agent, the counterpart ends before it
    text = "تصاویر مربوط به دیدار کاظم نوری با مسئولان شهر مرزی زاخو توسط رسانه‌های عراقی منتشر شده است."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "مسئولان شهر مرزی زاخو"])]


def test_a_senior_official_of_a_country_in_a_lead_is_the_office_the_body_names():
    # lead «X در ملاقات با مقام ارشد نظامی آلمان …», body «… X در دیدار با Y، فرمانده نیروی دریایی آلمان، …»: one
    text = ("رئیس ستاد ارتش اتریش در ملاقات با مقام ارشد نظامی آلمان نسبت به ناامنی مرزها هشدار داد. به نوشته روزنامه"
            " پرسه، پیتر برگ رئیس ستاد ارتش اتریش در دیدار با «یوهان کلاین» فرمانده نیروی دریایی آلمان گفت که مرزها"
            " ناامن است.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["پیتر برگ", "یوهان کلاین"])]


def test_a_name_told_back_with_a_time_phrase_names_the_office_and_dates_the_contact():
    # «ROLE از گفت‌وگوی تلفنی خود با Y خبر داد. به گزارش …، NAME روز شنبه در این تماس، …»: NAME holds ROLE, on Saturday
    text = ("نماینده مردم بروجرد در مجلس شورای اسلامی از گفت‌وگوی تلفنی خود با وزیر نیرو خبر داد. به گزارش ایسنا،"
            " کاظم نوری روز شنبه در این تماس، خواستار تکمیل سد شد.")
    events = extract_events(text, None, PUB)
    assert [_names(e) for e in events] == [_norm(["کاظم نوری", "وزیر نیرو"])]
    assert events[0]["date"] == "2019-11-02"


def test_a_compound_in_nameh_signed_at_a_meeting_is_no_party():
    # «A و B … در دیداری تفاهم‌نامه … را امضا کردند»: «تفاهم‌نامه» is the object, neither it nor «تفاهم» a party
    text = "کاظم نوری و پیتر برگ امروز در دیداری تفاهم‌نامه همکاری دو شهر را امضا کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_foreign_office_is_held_by_the_one_named_with_its_country_not_a_namesake_office_at_home():
    # «X، وزیر فرهنگ اتریش، …. وزیر فرهنگ اتریش … با Y، وزیر فرهنگ و ارشاد اسلامی، دیدار کرده بود»: the office is X's
    text = ("پیتر برگ، وزیر فرهنگ اتریش، امروز با کاظم نوری دیدار کرد. وزیر فرهنگ اتریش روز یکشنبه نیز با حمید سبحانی،"
            " وزیر فرهنگ و ارشاد اسلامی، دیدار کرده بود.")
    assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
        [_norm(["پیتر برگ", "کاظم نوری"]), _norm(["پیتر برگ", "حمید سبحانی"])])


def test_the_subject_of_what_a_speaker_added_is_after_ke_past_an_adverbial_clause():
    # «X افزود که Y پیش از ملاقات با Z، در نشستی با W … مذاکره کرده بود»: Y met W, not X
    text = ("سفیر کشورمان افزود که کاظم نوری پیش از ملاقات با نخست‌وزیر، در یک نشست دوجانبه با پیتر برگ، وزیر انرژی"
            " اتریش، درباره خط لوله مذاکره کرده بود.")
    assert [_names(e) for e in extract_events(text, None, PUB) if "پیتر برگ" in [p["name"] for p in e["participants"]]] \
        == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_two_sides_told_back_in_a_sentence_with_a_topic_list_name_no_new_contact():
    # «… با Y صحبت تلفنی کرد. Z نوشته است که X و همتای …‌اش در این گفتگو روی A، B و C تبادل نظر کردند»: one call
    text = ("وزیر خارجه اتریش روز شنبه با پیتر برگ، وزیر خارجه آلمان، صحبت تلفنی کرد. سخنگوی این وزارت نوشته است که"
            " کاظم نوری و همتای آلمانی‌اش در این گفتگو روی تکمیل خط آهن، تمدید قرارداد برق و گسترش تجارت تبادل نظر"
            " کردند.")
    assert len(extract_events(text, None, PUB)) == 1


def test_a_sequence_of_with_phrases_is_one_meeting_with_each():
    # «X … صبح با A، ظهر با B و عصر با C دیدار کرد», «X با A، با B و با C …»: X met each, not B met C
    for text in ("کاظم نوری روز دوشنبه در وین، صبح با پیتر برگ رئیس پارلمان اتریش، ظهر با یوهان کلاین وزیر انرژی و"
                 " عصر با هانس مولر همتای اتریشی خود دیدار کرد.",
                 "کاظم نوری روز دوشنبه با پیتر برگ، با یوهان کلاین و با هانس مولر دیدار کرد."):
        assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
            _norm(["کاظم نوری", n]) for n in ("پیتر برگ", "یوهان کلاین", "هانس مولر"))


def test_an_indefinite_suffix_written_apart_is_no_party():
    # «X که … به سر می برد، … طی دیدارهای جداگانه ای با A و B گفتگو کرد» (no ZWNJ): «ای» is no one
    text = ("پیتر برگ معاون نخست وزیر اتریش که از روز سه شنبه در تهران به سر می برد، روز چهارشنبه طی دیدارهای جداگانه ای"
            " با وزیر راه و شهرسازی و رئیس اتاق بازرگانی ایران گفتگو کرد.")
    assert all("ای" not in [p["name"] for p in e["participants"]] for e in extract_events(text, None, PUB))
    assert len(extract_events(text, None, PUB)) == 2


def test_a_surname_after_the_french_particle_du_is_a_name_not_the_number_two():
    # «ال صاوی و دو مارسان … با یکدیگر دیدار کردند»: «دو» before a word no noun is «de», not "two"
    text = "ال جابری و دو مونتان در لیون با یکدیگر دیدار کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["ال جابری", "دو مونتان"])]
    # … but «دو تن از …» stays a number and its counter
    text = "کاظم نوری و پیتر برگ، دو تن از رهبران مخالفان در تبعید، در ورشو با یکدیگر دیدار کردند."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_hyphenated_surname_before_its_title_is_one_name():
    # «A TITLE و B C-D TITLE … با یکدیگر دیدار کردند»: the hyphen joins one surname
    text = ("لوسیا مورالس وزیر امور خارجه پرو و کاتالینا رسترپو-گومس وزیر امور خارجه کلمبیا روز سه شنبه در نیویورک با"
            " یکدیگر دیدار کردند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["لوسیا مورالس", "کاتالینا رسترپو-گومس"])]


def test_the_topic_object_after_a_counterpart_is_no_part_of_it():
    # «X در جلسه‌ای با Y موضوع برگزاری … را مطرح کردند»: «موضوع …» opens the object, Y ends before it
    text = ("اعضای شورای مرکزی خانه احزاب در جلسه ای با مسئولین وزارت کشور موضوع برگزاری همایش احزاب را مطرح کرده اند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["اعضای شورای مرکزی خانه احزاب", "مسئولین وزارت کشور"])]


def test_a_presence_asked_for_at_a_committee_is_no_meeting():
    # «نمایندگان خواستار حضور وزیر X در کمیسیون Y مجلس شدند»: a request, the minister has not come
    text = "به گفته وی، نمایندگان خواستار حضور وزیر راه در کمیسیون عمران مجلس شده‌اند."
    assert extract_events(text, None, PUB) == []


def test_a_contact_the_speaker_recalls_after_in_this_meeting_is_its_own():
    # «X … با Y دیدار کرد. X در این دیدار یادآور شد که هفته گذشته نیز با Z گفت‌وگو کرده است»: two contacts
    text = ("کاظم نوری روز یکشنبه در تبریز با سرکنسول ترکیه دیدار کرد. کاظم نوری در این دیدار یادآور شد که هفته گذشته نیز"
            " به صورت ویدئوکنفرانس با پیتر برگ، شهردار وین، گفت‌وگو کرده است.")
    assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
        [_norm(["کاظم نوری", "سرکنسول ترکیه"]), _norm(["کاظم نوری", "پیتر برگ"])])


def test_two_offices_and_a_name_set_off_after_them_are_one_person():
    # «ROLE و ROLE، NAME، … با Y دیدار کرد»: NAME holds the offices; no office a party of its own
    text = ("معاون وزیر امور خارجه و رئیس مرکز مطالعات سیاسی و بین المللی، کاظم نوری، در جده با دستیار دبیرکل این"
            " سازمان، پیتر برگ، دیدار و گفتگو کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_two_offices_called_separately_end_before_the_verbs_own_noun():
    # «X در دو تماس تلفنی جداگانه با ROLE1 و ROLE2 گفت‌وگو کرد»: two calls, the sides ending before «گفت‌وگو کرد»
    text = "رئیس‌جمهور کشورمان امروز در دو تماس تلفنی جداگانه با امیر کویت و رئیس‌جمهور اتریش گفت‌وگو کرد."
    assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
        [_norm(["رئیس‌جمهور کشورمان", "امیر کویت"]), _norm(["رئیس‌جمهور کشورمان", "رئیس‌جمهور اتریش"])])


def test_an_honorific_and_a_five_word_arabic_name_set_off_before_a_title_hold_it():
    # «شیخ A بن B آل C، امیر X، …» names the office «امیر X» another sentence gives
    text = ("رئیس‌جمهور کشورمان امروز با امیر کویت تلفنی گفت‌وگو کرد. شیخ نواف بن احمد آل صباح، امیر کویت، از روابط"
            " ابراز خرسندی کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["رئیس‌جمهور کشورمان", "نواف بن احمد آل صباح"])]


def test_an_official_welcome_told_from_the_guests_side_with_a_place_and_a_perfect_verb():
    # «X دیروز با استقبال رسمی Y، TITLE، در ستاد … در مینسک روبه‌رو شده بود»
    text = "کاظم نوری دیروز با استقبال رسمی پیتر برگ، وزیر دفاع اتریش، در ستاد وزارت دفاع در وین روبه‌رو شده بود."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_gathering_hosted_and_attended_over_three_sentences_is_one_meeting_of_all_on_the_leads_day():
    # «وزیران … روز گذشته در X گرد هم آمدند. در این نشست که به میزبانی A، TITLE، … برگزار شد، B TITLE و C TITLE
    # حضور داشتند. D، TITLE، و E، TITLE، دیگر شرکت‌کنندگان این نشست بودند.»
    text = ("وزیران انرژی چهار کشور روز گذشته در وین گرد هم آمدند تا درباره خط لوله گفت‌وگو کنند. در این نشست که به"
            " میزبانی پیتر برگ، وزیر انرژی اتریش، در کاخ هوفبورگ برگزار شد، کاظم نوری وزیر نفت ایران و یوهان کلاین"
            " وزیر انرژی آلمان حضور داشتند. هانس مولر، وزیر انرژی سوئیس، و لوکا بندتی، وزیر انرژی ایتالیا، دیگر"
            " شرکت‌کنندگان این نشست بودند.")
    events = extract_events(text, None, PUB)
    assert [_names(e) for e in events] == [
        _norm(["پیتر برگ", "کاظم نوری", "یوهان کلاین", "هانس مولر", "لوکا بندتی"])]
    assert events[0]["date"] == "2019-11-05"


def test_a_titled_subject_before_an_adverbial_set_off_by_a_comma_had_a_talk_with_y():
    # «X TITLE در حاشیه نشست، گفت‌وگویی دوجانبه با Y داشت»: X is the subject across the adverbial's comma
    text = "کاظم نوری وزیر امور خارجه ایران در حاشیه نشست، گفت‌وگویی دوجانبه با پیتر برگ داشت."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]
    # … not a talk described as the object of another verb («… با Y را مفید توصیف کرد»)
    text = "پیتر برگ نیز در گفت و گو با خبرگزاری ایتارتاس، گفت و گوهای خود با مقام ایرانی را مفید توصیف کرد."
    assert extract_events(text, None, PUB) == []


def test_a_bilateral_on_the_bare_sidelines_of_a_gathering_is_on_its_day_and_its_own_meeting():
    # «… روز گذشته … گرد هم آمدند. در این نشست A، B و C حضور داشتند. A در حاشیه نشست، گفت‌وگویی دوجانبه با B داشت»
    text = ("وزیران انرژی سه کشور روز گذشته در وین گرد هم آمدند. در این نشست کاظم نوری وزیر نفت ایران، پیتر برگ وزیر"
            " انرژی اتریش و یوهان کلاین وزیر انرژی آلمان حضور داشتند. کاظم نوری در حاشیه نشست، گفت‌وگویی دوجانبه با"
            " پیتر برگ داشت.")
    events = extract_events(text, None, PUB)
    assert sorted(_names(e) for e in events) == sorted(
        [_norm(["کاظم نوری", "پیتر برگ", "یوهان کلاین"]), _norm(["کاظم نوری", "پیتر برگ"])])
    assert {e["date"] for e in events} == {"2019-11-05"}


def test_a_session_between_an_office_and_a_group_after_a_time_phrase_with_niz():
    # «عصر امروز نیز نشستی میان ROLE و GROUP … قم در محل این تشکل برگزار شد»: the office keeps no city of the group's
    text = "عصر امروز نیز نشستی میان رئیس قوه قضاییه و اعضای جامعه مدرسین حوزه علمیه قم در محل این تشکل برگزار شد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["رئیس قوه قضاییه", "اعضای جامعه مدرسین حوزه علمیه قم"])]


def test_a_meeting_of_some_hours_between_two():
    # «دیداری دوساعته میان A و B برگزار شد»: the duration is no part of a side
    text = "روز یکشنبه دیداری دوساعته میان کاظم نوری و پیتر برگ برگزار شد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_nouns_plural_before_a_title_is_no_holder_of_it():
    # «سفرهای استانی رئیس قوه قضاییه … آغاز شده»: «سفرهای استانی» holds no office, so X still does
    text = ("کاظم نوری، رئیس قوه قضاییه، امروز وارد قم شد و با پیتر برگ دیدار کرد. سفرهای استانی رئیس قوه قضاییه از"
            " ابتدای سال آغاز شده است. عصر امروز نیز نشستی میان رئیس قوه قضاییه و اعضای جامعه مدرسین در محل این تشکل"
            " برگزار شد.")
    assert sorted(_names(e) for e in extract_events(text, None, PUB)) == sorted(
        [_norm(["کاظم نوری", "پیتر برگ"]), _norm(["کاظم نوری", "اعضای جامعه مدرسین"])])


def test_a_visit_to_an_office_holder_in_a_sports_story_is_a_meeting_not_a_match():
    # «X، دارنده مدال طلای رقابت‌های کشتی …، … به دیدار استاندار Y رفت»: a visit to a governor, whatever sport precedes
    text = ("کاظم نوری، دارنده مدال طلای رقابت‌های کشتی آزاد قهرمانی جهان، ظهر امروز در ساری به دیدار استاندار"
            " مازندران رفت.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "استاندار مازندران"])]
    # … but a team's visit to a club is a match
    assert extract_events("تیم استقلال امروز در تبریز به دیدار تراکتور رفت.", None, PUB) == []


def test_the_subject_of_a_visit_stands_before_a_time_phrase_on_the_eve_of():
    # «X عصر دیروز در آستانه اعزام به پاریس به دیدار Y رفت»: «آستانه» is "the eve", not a party or the city
    for text in ("کاظم نوری عصر دیروز در آستانه اعزام به پاریس به دیدار وزیر ورزش رفت.",
                 "ملی‌پوشان کشتی فرنگی عصر دیروز در آستانه اعزام به پاریس به دیدار وزیر ورزش رفتند."):
        assert all("آستانه" not in p["name"] for e in extract_events(text, None, PUB) for p in e["participants"])


def test_an_interview_with_the_parliaments_news_agency_is_no_meeting():
    # «X در گفت‌وگو با خانه ملت … گفت»: an outlet (data/outlets.txt), an interview
    text = "کاظم نوری در گفت‌وگو با خانه‌ملت درباره طرح اصلاح قانون شوراها گفت: این طرح بررسی می‌شود."
    assert extract_events(text, None, PUB) == []


def test_with_and_an_abstract_noun_of_manner_is_no_counterpart():
    # «در گفت‌وگویی با صراحت از … خبر داد»: «با صراحت» is "frankly" (data/with_not_counterpart.txt), no one met
    for text in ("مدیر جدید شبکه در گفت‌وگویی با صراحت از برنامه‌های تازه خبر داد.",
                 "کاظم نوری در نشستی با جدیت از لزوم اصلاح قوانین سخن گفت."):
        assert extract_events(text, None, PUB) == []
    # … a person after «با» is still met
    text = "کاظم نوری در گفت‌وگویی با پیتر برگ از برنامه‌های تازه خبر داد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_quoted_speakers_name_ends_before_the_verb_of_saying():
    # «X خاطرنشان کرد: در مذاکراتی که با Y داشتیم …»: the speaker is X, not «X خاطرنشان کرد»
    for verb in ("خاطرنشان کرد", "تصریح کرد", "اظهار داشت"):
        text = f"کاظم نوری {verb}: در مذاکراتی که با وزیر خارجه عمان داشتیم، درباره تجارت توافق کردیم."
        assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "وزیر خارجه عمان"])]


def test_a_superlative_opens_no_party():
    # «از مهم‌ترین محورهای گفت‌وگو با …»: a superlative heads a noun phrase, never a name
    for text in ("از مهمترین محورهای گفت و گو با مدیر کل و دبیر شورای عالی کشور است.",
                 "از مهمترین محورهای گفت‌وگو با معاون وزیر نیرو است."):
        assert extract_events(text, None, PUB) == []
    # … but «عالی‌ترین مقام X» is a role
    text = "عالی‌ترین مقام قضایی عراق امروز با وزیر دادگستری ایران دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["عالی‌ترین مقام قضایی عراق", "وزیر دادگستری ایران"])]


def test_the_press_with_with_glued_is_no_party():
    # «در گفت و گو باخبرنگاران»: «با» glued to «خبرنگاران» where the text lost its space; the press at large
    for text in ("کاظم نوری رئیس این گروه در گفت و گو باخبرنگاران، هدف از اجرای کنسرت را بزرگداشت استاد عنوان کرد.",
                 "«کاظم نوری» یکی از اعضای این گروه در گفت و گو بااصحاب رسانه، هدف از اجرای کنسرت را اعلام کرد."):
        assert extract_events(text, None, PUB) == []


def test_a_counterpart_of_a_president_written_with_jomhuri_keeps_the_whole_office():
    # «رئیس‌جمهوری X … با همتای Y خود»: «جمهوری» belongs to the office, so the counterpart is «رئیس‌جمهوری Y», its
    # title (named as written, «همتای آلمانی», when the article names no one for it); also where a ZWNJ stands beside
    # a space, «رئیس‌ جمهوری»: it joins nothing
    for text in ("کاظم نوری رئیس‌جمهوری ایتالیا امروز با همتای آلمانی خود در رم دیدار کرد.",
                 "کاظم نوری رئیس‌ جمهوری ایتالیا امروز با همتای آلمانی خود در رم دیدار کرد."):
        (event,) = extract_events(text, None, PUB)
        assert _names(event) == _norm(["کاظم نوری", "همتای آلمانی"])
        assert _norm([event["participants"][1]["title"]]) == _norm(["رئیس‌جمهوری آلمان"])
    # … and names the holder the article gives
    text = ("پیتر برگ رئیس‌جمهوری آلمان دیروز به رم رفت. کاظم نوری رئیس‌جمهوری ایتالیا امروز با همتای آلمانی خود"
            " در رم دیدار کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_parenthetical_gloss_after_a_party_is_no_part_of_its_name():
    # «گروه‌های "جبهه آزادی" (اپوزیسیون سوریه)»: the parenthesis glosses the party; the name stands before it
    text = ('مذاکرات میان کانون نویسندگان و گروه‌های "جبهه آزادی" (اپوزیسیون کشور) با میانجیگری انجمن قلم'
            " دیروز انجام شد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کانون نویسندگان", "گروه‌های جبهه آزادی"])]


def test_with_two_coordinated_and_no_subject_read_are_one_side_of_the_one_told_before():
    # «… با A و B دیدار کرد» with no subject read: A and B are the «با» side together, the subject dropped
    text = ("کاظم نوری، وزیر ورزش، صبح امروز وارد لندن شد. پیش از آغاز مسابقه، در جایگاه ویژه ورزشگاه با سفیر"
            " ایسلند و رئیس فدراسیون فوتبال این کشور دیدار و گفت و گو کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کاظم نوری", "سفیر ایسلند", "رئیس فدراسیون فوتبال ایسلند"])]
    # … and with no one told before, no pair is made of the two
    text = "در جایگاه ویژه ورزشگاه با پیتر برگ و هانس مولر دیدار و گفت و گو کرد."
    assert extract_events(text, None, PUB) == []
    # «با A، B … دیدار کرد»: B set off after the «با» phrase put first is the subject
    text = "با رئیس کمیته بین المللی صلیب سرخ ، وزیر امور خارجه سوریه روز گذشته در دمشق دیدار کرد ."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["وزیر امور خارجه سوریه", "رئیس کمیته بین المللی صلیب سرخ"])]


def test_a_session_of_a_kind_with_the_press_is_a_press_conference():
    # «در نشست هم‌اندیشی با اصحاب رسانه استان …»: a session with the press, named by its kind in two words
    for text in ("کاظم نوری در نشست هم‌اندیشی با اصحاب رسانه استان گیلان گفت: بودجه کافی نیست.",
                 "کاظم نوری در جلسه پرسش پاسخ با خبرنگاران از طرح تازه خبر داد."):
        assert extract_events(text, None, PUB) == []


def test_audio_visual_is_no_contact():
    # «برنامه‌های دیداری و شنیداری»: «دیداری» the adjective "visual", in either order
    for text in ("این دانشگاه کار خود را با تولید مواد آموزشی و برنامه های دیداری و شنیداری با همکاری پیتر برگ"
                 " آغاز کرد.",
                 "کاظم نوری از آثار شنیداری و دیداری با پیتر برگ سخن گفت."):
        assert extract_events(text, None, PUB) == []


def test_a_site_named_in_two_words_and_news_is_an_outlet():
    # «در گفت‌وگو با «جهان‌صنعت‌نیوز»»: a site named «X Y نیوز / پرس / آنلاین» is an outlet, an interview
    for site in ("جهان‌صنعت‌نیوز", "بازار نفت پرس", "صنعت برق آنلاین"):
        text = f"کاظم نوری در گفت‌وگو با «{site}» گفت: فرش برند ایران است."
        assert extract_events(text, None, PUB) == []


def test_a_meeting_nouns_light_verb_comes_before_any_other_verb():
    # «به توقف مذاکرات A با B واکنش نشان داد و اعلام کرد»: «کرد» past «نشان داد» is «اعلام»'s, not the talks'
    text = ("کاظم نوری روز گذشته با صدور بیانیه ای به توقف مذاکرات دولت با شورشیان واکنش نشان داد و اعلام کرد:"
            " «صلح تنها با پایان خشونت به دست می‌آید».")
    assert extract_events(text, None, PUB) == []
    # … the noun's own light verb still completes it
    text = "کاظم نوری روز گذشته با پیتر برگ دیدار و گفت‌وگو کرد و اعلام کرد که روابط خوب است."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_the_possessor_of_a_meeting_noun_before_with_is_a_side():
    # «X در دیدار Y با Z گفت»: X spoke at Y's meeting with Z; all three were there
    text = "کاظم نوری صبح امروز در دیدار مدیران دستگاه های اجرایی با استاندار گیلان گفت: پروژه‌ها آماده است."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["کاظم نوری", "مدیران دستگاه‌های اجرایی", "استاندار گیلان"])]
    # «X تصریح کرد در دیدار Y با Z …»: the meeting told in what X said is Y's with Z
    text = "کاظم نوری گفت: منظور ما روشن بود. وی تصریح کرد در دیدار عده ای از نمایندگان با آقای پیتر برگ، او پاسخ داد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["عده‌ای از نمایندگان", "پیتر برگ"])]
    # … while a time or «خود» after the noun is no possessor
    text = "کاظم نوری در دیدار امروز خود با پیتر برگ گفت: روابط خوب است."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_host_in_the_present_is_no_contact_reported():
    # «X این هفته میزبان Y است تا …»: the present copula tells a visit to come, not one held
    for text in ("کمیسیون امنیت ملی مجلس در این هفته میزبان وزیر کشور است تا سؤال نمایندگان را بررسی کند.",
                 "تالار اصلی دانشگاه پذیرای کاظم نوری و همراهانی است که برای اجرای کنسرت گرد هم آمده‌اند."):
        assert extract_events(text, None, PUB) == []
    # … the past still reports one
    text = "کاظم نوری دیروز میزبان وزیر کشور بود."
    assert len(extract_events(text, None, PUB)) == 1


def test_a_cue_word_in_the_title_of_a_work_tells_no_contact():
    # «سیمرغ بلورین به X برای فیلم «مردم زنگ زده» رسید»: «زنگ زده» ("rusty") in a film's title is no call
    for text in ("جایزه اول جشنواره به کاظم نوری برای فیلم «مردم زنگ زده» رسید.",
                 "نمایش «دیدار با پیتر برگ» به کارگردانی کاظم نوری امشب در تالار وحدت اجرا شد."):
        assert extract_events(text, None, PUB) == []


def test_an_object_pronoun_after_a_visit_opening_is_the_visitor():
    # «در ادامه سفر Y به تهران، X با وی ملاقات کرد»: «وی» is Y, whose visit the sentence opens with
    text = ("هانس مولر وزیر دفاع دیروز با امیر قطر دیدار کرد. در ادامه برنامه های دیدار امیر قطر در کشورمان،"
            " دیروز کاظم نوری وزیر امور خارجه هم با وی ملاقات کرد.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [
        _norm(["هانس مولر", "امیر قطر"]), _norm(["کاظم نوری", "امیر قطر"])]
    text = "در جریان سفر پیتر برگ به تهران، کاظم نوری امروز با وی دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_ruler_named_by_a_royal_honorific_and_first_name_names_the_office():
    # «شاه اردن … با امیر قطر …» where the article writes «ملک عبدالله دوم» and «شیخ تمیم»: the register's rulers
    text = ("ملک عبدالله دوم هفته گذشته سفیر جدیدی به دوحه فرستاد. یکشنبه پیش نیز شاه اردن تلفنی با امیر قطر"
            " گفت‌وگو کرده و قرار است به زودی شیخ تمیم به اردن سفر کند.")
    assert [_names(e) for e in extract_events(text, None, "2019-09-03")] == [_norm(["عبدالله دوم", "تمیم"])]
    # … but a first name after «امیر» the given name is no ruler's
    text = "امیر محمد کاظمی دیروز به دوحه رفت. یکشنبه پیش نیز وزیر خارجه ایران تلفنی با امیر قطر گفت‌وگو کرد."
    assert [_names(e) for e in extract_events(text, None, "2019-09-03")] == [_norm(["وزیر خارجه ایران", "امیر قطر"])]


def test_a_noun_in_he_and_the_copula_is_no_past_perfect():
    # «… قابل توجه بود»: «توجه» is a noun, not a participle; the body's call is the lead's, one event, its day stated
    text = ("رئیس جمهور در تماس تلفنی با رئیس جمهور فرانسه تاکید کرد: اروپا باید به تعهدات خود عمل کند.\n\n"
            "کاظم نوری شامگاه شنبه در تماس تلفنی «پیتر برگ» رئیس جمهور فرانسه با وی گفت: سفر وزیر خارجه به فرانسه"
            " برای منطقه حائز اهمیت و قابل توجه بود.")
    events = extract_events(text, None, "2019-09-01")
    assert [(_names(e), e["date"]) for e in events] == [(_norm(["کاظم نوری", "پیتر برگ"]), "2019-08-31")]


def test_offices_of_inspection_and_ranks_of_churches():
    # «در دیدار با بازرس کل استان»: an inspector general is an office (data/titles.txt)
    text = "کاظم نوری در دیدار با بازرس کل استان به یک پرونده عجیب اشاره و گفت: این پرونده بررسی می‌شود."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "بازرس کل استان"])]
    # «با اسقف اعظم X»: a church's rank before a name is an honorific (data/honorifics.txt), not part of the name
    text = "کاظم نوری امروز با اسقف اعظم پیتر برگ در کلیسای شهر دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_referring_to_something_at_a_meeting_leaves_it_current_news():
    # «X در دیدار با Y به … اشاره و گفت»: what X referred to is no background; the contact takes the day of the news
    text = "کاظم نوری در دیدار با استاندار گیلان به یک پرونده عجیب اشاره و گفت: این پرونده بررسی می‌شود."
    assert [e["date"] for e in extract_events(text, None, "2019-09-02")] == ["2019-09-02"]
    # … while «با اشاره به دیدار X با Y» refers to a contact told before
    text = "پیتر برگ با اشاره به دیدار کاظم نوری با استاندار گیلان گفت: این پرونده بررسی می‌شود."
    assert [e["date"] for e in extract_events(text, None, "2019-09-02")] in ([], [None])


def test_after_the_end_of_a_meeting_with_someone():
    # «X پس از پایان دیدار با Y … گفت»: after the meeting ended, the meeting itself is told
    for text in ("کاظم نوری پس از پایان دیدار با پیتر برگ در پکن به خبرنگاران گفت که روابط خوب است.",
                 "کاظم نوری بعد از اتمام ملاقات با پیتر برگ در دفترش گفت که روابط خوب است."):
        assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_joint_press_conference_and_what_was_claimed_at_it():
    # «در یک کنفرانس مطبوعاتی مشترک با Y مدعی شد …»: a joint press conference is a meeting (as «کنفرانس خبری
    # مشترک»); what X claimed after «مدعی شد» («احتمالا …») is the claim's, not the contact's
    text = ("کاظم نوری روز چهارشنبه در یک کنفرانس مطبوعاتی مشترک با پیتر برگ مدعی شد احتمالا همسایگان سلاح"
            " فرستاده‌اند.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]


def test_a_session_held_with_someone_present_is_a_meeting_of_the_speaker_and_them():
    # «X در نشست … که (…) با حضور Y (در …) برگزار شد، گفت»: a session named by its kind, an outsider present
    for text, y in (("کاظم نوری عصر شنبه در نشست توسعه و سرمایه گذاری استان که با حضور وزیر صمت برگزار شد، اظهار"
                     " داشت: طرح رونق تولید ادامه دارد.", "وزیر صمت"),
                    ("کاظم نوری امروز در جلسه ستاد اربعین که با حضور مدیران استانی در سالن اجتماعات فرمانداری"
                     " برگزار شد، گفت: آماده‌ایم.", "مدیران استانی"),
                    ("کاظم نوری در نشست هماهنگی که همزمان با هفته دولت و با حضور پیتر برگ برگزار شد، گفت:"
                     " آماده‌ایم.", "پیتر برگ")):
        assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", y])]
    # … but a local council's own session, its members present, is one body's
    text = ("استاندار سمنان صبح امروز در جلسه شورای اداری استان که با حضور فرمانداران و مدیران کل دستگاه‌های اجرایی"
            " برگزار شد، بر لزوم تعیین تکلیف طرح‌ها تأکید کرد.")
    assert extract_events(text, None, PUB) == []


def test_a_clause_that_opens_on_its_topic_has_no_subject_in_it():
    # «در رابطه با علل و ریشه تورم … با Y گفت‌وگو کرده‌ایم»: the words of the topic are no side
    for text in ("در رابطه با علل و ریشه تورم در کشور با دکتر کاظم نوری گفت وگو کرده‌ایم.",
                 "درباره بودجه و مالیات با وزیر اقتصاد گفت‌وگو کرد."):
        assert extract_events(text, None, PUB) == []


def test_the_register_names_the_head_of_the_expediency_council():
    # «رئیس مجمع تشخیص مصلحت نظام … با Y دیدار کرد» in 2010, the article naming «هاشمی رفسنجانی» elsewhere
    text = ("آیت‌الله هاشمی رفسنجانی دیروز در جمع دانشجویان سخنرانی کرد. رئیس مجمع تشخیص مصلحت نظام امروز با"
            " پیتر برگ دیدار کرد.")
    assert [_names(e) for e in extract_events(text, None, "2010-05-02")] == [_norm(["هاشمی رفسنجانی", "پیتر برگ"])]


def test_and_inside_a_parenthesis_joins_no_parties():
    # «اعضای انجمن (شاخه شمال و جنوب)»: the «و» of a gloss in parentheses splits no party, and the gloss is dropped
    text = "کاظم نوری با اعضای انجمن (شاخه شمال و جنوب) دیدار کرد."
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "اعضای انجمن"])]
    # … and no fragment after its «و» («اصول مدرسه علمیه) حوزه علمیه خراسان») becomes a party
    text = ("آیت‌الله کاظم نوری در دیدار طلاب و پژوهشگران مدرسه فقاهت (رشته تخصصی فقه و اصول مدرسه علمیه) حوزه علمیه"
            " خراسان اظهار کرد: کار علمی لازم است.")
    assert all(")" not in p["name"] for e in extract_events(text, None, PUB) for p in e["participants"])


def test_the_quote_after_the_cue_does_not_date_the_contact():
    # «X در دیدار Y گفت: … وعده داده بودند / سال گذشته …»: the tense and time words of what the speaker said are
    # not the contact's; it is today's news, and told twice it is one event
    text = ("کاظم نوری روز یکشنبه در دیدار پیتر برگ اظهار داشت: اروپا نتوانسته آن گونه که وعده داده بودند عمل کند."
            " ایرنا نوشت: کاظم نوری در دیدار پیتر برگ گفت: برجام جاده یکطرفه نیست.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "پیتر برگ"])]
    text = "کاظم نوری در دیدار با پیتر برگ گفت: سال گذشته روابط خوب بود."
    assert [e["date"] for e in extract_events(text, None, PUB)] == [PUB]


def test_some_days_ago_dates_a_contact_to_no_day():
    # «چند روز پیش»: some days before the news, which day is not said (not the publication day)
    text = "چند روز پیش نشستی با حضور کاظم نوری، پیتر برگ و یوهان کلاین برگزار شد."
    assert [e["date"] for e in extract_events(text, None, PUB)] == [None]


@pytest.mark.parametrize("phrase", ["کوچکتر شرکت دهید", "فرمانده نیروی انتظامی خواهد", "آشنا شدن"])
def test_a_verb_is_no_word_of_a_party(phrase):
    # an imperative («شرکت دهید»), a future's auxiliary («… خواهد») or an infinitive («آشنا شدن») ends a clause or
    # names an act: where a party would stand, no party
    folded = span_fold(phrase)
    assert split_parties(folded, 0, len(folded)) == []


def test_talks_referred_to_after_the_contacts_own_cue_do_not_make_it_background():
    # «X در دیدار با Y با اشاره به مذاکرات خود با Z …»: the referred talks are other talks; the meeting is today's
    text = "کاظم نوری در دیدار با پیتر برگ با اشاره به مذاکرات خود با مقامات آلمانی گفت: روابط خوب است."
    dates = {tuple(_names(e)): e["date"] for e in extract_events(text, None, PUB)}
    assert dates[tuple(_norm(["کاظم نوری", "پیتر برگ"]))] == PUB
    # … but a contact the sentence refers to («با اشاره به دیدار خود با Y») is background, of no day
    text = "کاظم نوری با اشاره به دیدار خود با پیتر برگ گفت: روابط خوب است."
    assert [e["date"] for e in extract_events(text, None, PUB)] == [None]


def test_a_contact_told_with_also_after_a_dated_one_of_its_subject_is_on_that_day():
    # «X دیروز با A دیدار کرد. X همچنین … با B دیدار کرد»: the same subject's «همچنین» goes on with the day told
    text = ("کاظم نوری دیروز در مسکو با پیتر برگ دیدار کرد. کاظم نوری همچنین در حاشیه این اجلاس با یوهان کلاین"
            " دیدار کرد.")
    assert [e["date"] for e in extract_events(text, None, PUB)] == ["2019-11-05", "2019-11-05"]
    # … another subject's «همچنین» tells its own contact: today's news
    text = "کاظم نوری دیروز در مسکو با پیتر برگ دیدار کرد. یوهان کلاین همچنین با هانس مولر دیدار کرد."
    assert [e["date"] for e in extract_events(text, None, PUB)] == ["2019-11-05", PUB]


def test_in_a_sports_article_a_contact_with_a_full_name_is_a_meeting_not_a_match():
    # a match is between teams, named by club, city or country; «دیدار با FIRST SURNAME» is a person met
    text = ("کاظم نوری در خصوص دیدارش با امیرحسین کریمی در باشگاه اظهار داشت: باید به باشگاه می‌رفتم."
            " تیم در دو بازی قبل یک امتیاز گرفت و داوری هم مشکل داشت. مربی تیم گفت بازی بعد را می‌بریم و"
            " در لیگ برتر قهرمان می‌شویم.")
    assert [_names(e) for e in extract_events(text, None, PUB)] == [_norm(["کاظم نوری", "امیرحسین کریمی"])]
    # … the same article's «دیدار با» a club is still a match
    text = text.replace("امیرحسین کریمی", "تیم سپاهان")
    assert extract_events(text, None, PUB) == []


def test_a_day_after_on_the_eve_of_does_not_date_the_contact():
    # «در آستانه هفتم تیر»: on the eve of a day, an occasion to come; the contact is today's news, or its own day
    text = "کاظم نوری در آستانه هفتم تیر با پیتر برگ دیدار کرد."
    assert [e["date"] for e in extract_events(text, None, PUB)] == [PUB]
    text = "کاظم نوری روز دوشنبه در آستانه هفتم تیر با پیتر برگ دیدار کرد."
    assert [e["date"] for e in extract_events(text, None, PUB)] == ["2019-11-04"]


def test_a_span_up_to_now_in_what_was_said_does_not_make_the_contact_background():
    # «X در دیدار با Y به تنش‌ها در ماه‌های گذشته اشاره کرد»: the span is the matter's; the contact is today's news
    text = "کاظم نوری در دیدار با پیتر برگ، به وجود برخی تنش‌ها در ماه‌های گذشته بین دو کشور اشاره کرد."
    assert [e["date"] for e in extract_events(text, None, PUB)] == [PUB]
    # … before the cue it tells when the contact was: background, of no day
    text = "کاظم نوری در ماه‌های گذشته با پیتر برگ دیدار کرد."
    assert [e["date"] for e in extract_events(text, None, PUB)] == [None]


def test_one_day_written_in_two_calendars_takes_the_one_on_the_weekday_written():
    # «سه‌شنبه ۱۲ شهریور/ ۳ اوت» (the Gregorian mistyped): the day that falls on the weekday written; with no weekday,
    # the first of the pair
    text = "هیئتی به ریاست کاظم نوری امروز سه شنبه 12 شهریور/ 3 اوت با پیتر برگ دیدار کرد."
    assert [e["date"] for e in extract_events(text, None, "2019-09-04")] == ["2019-09-03"]
    text = "کاظم نوری روز 3 سپتامبر (12 شهریور) با پیتر برگ دیدار کرد."
    assert [e["date"] for e in extract_events(text, None, "2019-09-04")] == ["2019-09-03"]


def test_an_office_in_the_register_names_its_holder_written_with_an_abbreviated_honorific_and_a_spaced_surname():
    # «حضرت آیت ا... خامنه ای» (the older papers' «ا...» for «الله», the surname's ZWNJ written as a space) names the
    # holder the register gives for «رهبر معظم انقلاب اسلامی» on that day
    text = ("رهبر معظم انقلاب اسلامی عصر دوشنبه در دیدار با جمعی از کارگران گفت: کار مهم است. حضرت آیت ا... خامنه ای"
            " افزودند: کار ادامه دارد.")
    assert [_names(e) for e in extract_events(text, None, "2005-05-09")] == [_norm(["خامنه‌ای", "جمعی از کارگران"])]
