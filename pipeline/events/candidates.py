"""Candidate events in one sentence: meeting nouns, their light verbs, channels and the parties around them (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from pipeline.events.dates import CONTACT_PERFECT, SOME_TIME_AGO
from pipeline.events.lexicon import B, E, alternation, data_lines, lexicon
from pipeline.events.parties import (
    BODY_HEAD,
    COUNTERPARTS_IN,
    Party,
    apposed_name,
    counterpart_head,
    counterparts,
    country_groups,
    cut,
    full_name_ahead,
    group_party,
    holder_after_counterpart,
    joined_bodies,
    plural_party,
    plural_role,
    split_parties,
    strip_honorifics,
)
from pipeline.events.sessions import member, session_parties
from pipeline.events.summits import attendee_parties, summit_parties
from pipeline.events.text import CHANNEL_WORDS, folded_rx
from rasad.persian import span_fold as fold
from rasad.persian_dates import GREGORIAN_MONTHS_FA, SOLAR_MONTHS, find_date_expressions

_CLAUSE_STOP = folded_rx(r"[،,:؛;]")
_WITH = folded_rx(B + r"با" + E)
# "با" that does not introduce a counterpart
_WITH_NOT_PARTY = folded_rx(
    # (data/with_not_counterpart.txt; a count may stand before the word: "با ۱۵۳ رأی موافق")
    B + r"با (?:(?:\d+ )?(?:" + alternation(data_lines("with_not_counterpart.txt")) + r")|"
    r"(?:این|آن)(?! (?:مرجع|شخصیت|مقام ?ها|مسئولان|مسئولین|" + alternation(data_lines("told_back_nouns.txt") + data_lines("told_back_counterparts.txt")) + r")(?!\S)))" + E
)
_PRESENCE = folded_rx(B + r"با حضور" + E)
_ANAPHORIC = folded_rx(B + r"(?:این|همین|آن|همان|دیگر|دیگری|سایر|چنین|هر|چند|چندین)\s*$")
# "X در دیدار با", "در جریان دیدار", "در دو دیدار جداگانه با" (a count of meetings)
# "X در [جریان] [دو بار] [اولین] دیدار …": the noun's own phrase, with an ordinal ("در اولین دیدار رسمی خود"), and
# "X با برقراری تماس تلفنی با Y …" (by making the call)
_IN_BEFORE = folded_rx(B + r"(?:در|طی|ضمن|با برقراری)(?: (?:این|همین))?(?: (?:جریان|حاشیه|ادامه|پایان|پی|حال|زمان))?(?: (?:یک|دو|سه|چهار|پنج)(?: بار)?)?"
                       r"(?: (?:اولین|نخستین|آخرین|\S*(?:دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم)ین))?\s*$")
# … and a headline's report of a contact: "جزئیات / ماجرای / تصاویر / محورهای دیدار X با Y"
_NOMINAL_BEFORE = folded_rx(
    B + r"(?:از|(?:پس|بعد|قبل|پیش) از(?: (?:پایان|اتمام|خاتمه|آغاز|شروع))?|در پی|درباره|در مورد|به|خبر|از جمله|و|"
    r"در (?:تشریح|توضیح|شرح)|"  # "X در تشریح جلسه A با B گفت": a contact held, told of
    r"محور|جزئیات|جزییات|ماجرای|"  # ("پس از پایان دیدار با Y": after the meeting ended)
    r"(?:پس |بعد )?از برگزاری|"  # "X از برگزاری دیداری میان A و B خبر داد"
    r"تصاویر|فیلم|عکس|محورهای|نتایج|حاشیه ?های|پشت پرده)\s*$"
)
_LIST_ITEM_BEFORE = folded_rx(B + r"از جمله\s*$")
_GO_TO = folded_rx(B + r"به\s*$")
_WENT = folded_rx(B + r"(?:رفت|رفتند|رفته|شتافت|شتافتند|آمد|آمدند|امد|امدند|(?P<own>رفتم|رفتیم|آمدم|آمدیم|امدم|امدیم))" + E)
# a light verb that does not report a past contact: habitual/progressive «می…», present or subjunctive «کند»
_NOT_PAST = folded_rx(r"(?:ن?می ?\w+|[بن]?(?:کن|پرداز|دار)\w*)")
# "با آخوندی دیداری داشتم", "با X مذاکراتی انجام دادیم": the quoted speaker (with others) is a party
_FIRST_PERSON = folded_rx(r"(?:\w+ )?\w+(?:(?<!ی)م|(?<=ت|د)یم)")
_PERFECT_FIRST = folded_rx(r"\s*(?:ایم|ام)" + E)  # "گفت‌وگو کرده‌ایم": the perfect's ending, apart once folded
FUTURE = folded_rx(B + r"(?<!می )(?<!نمی )(?<!می)ن?خواه(?:م|ی|د|یم|ید|ند)" + E)  # not «می‌خواهد» (wants)
_BULLETS = folded_rx(r"[\s\-–—*•+]+")
_THAT = folded_rx(B + r"که" + E)
_QUOTE_OPEN = folded_rx(r"«")
_TALK = folded_rx(r"گفت ?و ?گو|گفتگو|مصاحبه")
_TALK_NOUN = folded_rx(r"گفت ?و ?گو|گفتگو|رایزنی|مذاکر|تبادل")
_PRESS = folded_rx(
    r"\s*(?:\S+\s+){0,2}?با (?:شماره (?:\S+ )?)?(?:خبرنگار|مطبوعات|رسانه|اصحاب رسانه|روزنامه|خبرگزاری|شبکه|تلویزیون|رادیو|نشریه|پایگاه|سایت|هفته ?نامه)"
)
_PRESS_PARTY = folded_rx(r"\s*(?:خبرنگاران|اصحاب رسانه|رسانه ?ها|روزنامه ?نگاران|خبرنگار|مطبوعات)" + E)
_PLURAL = folded_rx(r"ها(?:یی|ی)?$")
_ACCOMPANIED = folded_rx(r"\s*(?:به اتفاق|همراه با|به همراه)\s")
_INCLUDING = folded_rx(B + r"از جمله" + E)
# the contacts were held one by one: "در دیدارهای جداگانه", "به طور جداگانه", "به صورت جدا"
_ON_TRIP = folded_rx(B + r"(?:در|طی) (?:جریان |طول )?(?:این |آن )?سفر(?:ش| خود)?" + E)
# a fronted phrase on someone's trip or stay, set off by its comma: "در جریان سفر X به تهران، وی با Y دیدار کرد"
_TRIP_OF = folded_rx(r"\s*(?:در جریان|در طول|طی|در|حین|هنگام|به هنگام|در حاشیه|پس از|بعد از|پیش از|قبل از) "
                     r"(?:سفر|حضور|بازدید|اقامت|ورود) (?P<x>[^،,:.]{3,60}?) (?:به|در|از)\s[^،,:.]{2,40}[،,]\s*$")
_MANY_SIDED = folded_rx(B + r"(?:سه|چهار|پنج|شش|چند) ?جانبه" + E)
_SEPARATE = folded_rx(B + r"(?:جداگانه|جدا ?گانه|به (?:طور|صورت) جدا|به تفکیک|هر یک به تنهایی)" + E)
# an action noun before «با» takes it as its object: "مبارزه با قاچاق", "مقابله با تروریسم" (but "X و هیئت همراه
# با Y دیدار کردند": the retinue, then the counterpart)
_ACTION_WITH = folded_rx(
    B + r"(?:مبارزه|مقابله|جنگ|نبرد|درگیری|رویارویی|برخورد|مخالفت|موافقت|مقایسه|منطبق|مطابق|(?<!هیئت )(?<!هیات )همراه|توام|همزمان|تضاد \S+|تضاد|تعارض|مغایرت|"
    r"تطابق|همسو|هماهنگ|مخالف|موافق|مرتبط|مربوط|(?:در )?رابطه|(?:در )?ارتباط(?! (?:تلفنی|تصویری))|مصادف|مقارن|برابر)\s*$"
)
# in a topic, a noun of a relation between states (up to two modifiers on) takes its own «با»: "درباره … آینده
# توافق هسته‌ای با ایران گفت‌وگو کردند"
_RELATION_WITH = folded_rx(B + r"(?:توافق|توافقنامه|قرارداد|پیمان|معاهده|روابط|مناسبات|تجارت|مبادلات)(?: (?!با(?!\S))\S+){0,2}\s*$")
# "به بحث و تبادل نظر": the exchange noun and the nouns coordinated before it
_DISCUSSION = folded_rx(r"(?:(?:به )?(?:بحث|گفت ?و ?گو|گفتگو|رایزنی|مذاکره) و )?تبادل")
_TOPIC_WORDS = r"درباره|پیرامون|در (?:خصوص|مورد|باره|زمینه)"
_TOPIC = folded_rx(B + r"(?:" + _TOPIC_WORDS + r")" + E)
_TOPIC_OPENING = folded_rx(r"\s*(?:در (?:رابطه|ارتباط) با|" + _TOPIC_WORDS + r")" + E)
_EXCHANGE = folded_rx(r"تبادل")
_PURPOSE_BEFORE = folded_rx(B + r"(?:برای|به منظور|جهت|به قصد|به هدف|با هدف|با قصد|به جای|بجای|بدون|عدم)\s*$")
_PURPOSE = folded_rx(B + r"(?:برای|به منظور|جهت|به قصد)" + E)
# "مذاکره کننده": the noun names an agent, not a contact
# "مذاکره‌کننده", "گفت‌وگوگران"; "نشستی خبری درباره …" (one's own press conference, not "نشست خبری مشترک با Y"):
# the noun reports no contact
_NOT_EVENT_NOUN = folded_rx(r"(?: ?(?:کننده|کنندگان|گر|گران)| خبری(?!\s+(?:مشترک|با)(?!\w)))" + E)
# "تلفنی گفت‌وگو و طرفین … را بررسی کردند": the light verb is left out before «و»
_ELLIPSIS = folded_rx(r"\s+و\s")
_VERB_AND = folded_rx(r"(\S+)\s+و\s+")  # a word, then «و»: a clause's end when the word is a verb or participle
# a chunk that ends in a name after «با» or in a list's last name after «و»
_WITH_ITEM_END = folded_rx(B + r"با(?: \S+){2,10}\s*$")  # "… با A وزیر امور خارجه سومالی،": a list's first item
_WITH_NAME_END = folded_rx(B + r"(?:با(?: \S+){1,8}|و(?: \S+){1,4})\s*$")
# after a comma, "افغانستانی و هندی خود …", "A و B، و C …": the comma separates items of one list
_SPEECH_OF = folded_rx(B + r"(?:سخن|سخنان|سخنرانی|اظهارات|بیانات|صحبت ?های|صحبتهای)" + E)
# the two sides told before, as a subject: "دو طرف", "طرفین", "آن‌ها", "این دو مقام", "دو وزیر", "آن دو"
_BOTH_SIDES = folded_rx(B + r"(?:دو طرف|طرفین|آنان|آنها|آن ها|انان|انها|ان ها|آن دو|ان دو|"
                        r"(?:این )?دو (?:مقام|وزیر|رهبر|رئیس ?جمهور|رییس ?جمهور|نخست ?وزیر|رئیس|رییس|دیپلمات|سفیر|مسئول|مسوول|شخصیت|شهردار|"
                        r"استاندار)|این دو)" + E)
# a contact before the one told: "دو رئیس‌جمهور پیش‌تر … دیدار کرده بودند" (an earlier word and a past perfect)
_EARLIER_PERFECT = folded_rx(B + r"(?:پیش ?تر|پیش از این|قبلا|قبل از این)" + E + r".*?" + CONTACT_PERFECT.pattern)
# "X و Y با یکدیگر دیدار کردند", "X و Y یکدیگر را در بیرجند ملاقات کردند" (the reciprocal as object)
_RECIPROCAL = folded_rx(B + r"(?:با (?:یکدیگر|همدیگر|هم)|(?:یکدیگر|همدیگر) را)(?!\S)\s*(?:\S+\s*){0,2}$")
# the clause's own verb when the meeting noun has none: a present «می‌…د» or a past form before it
_PRESENT = folded_rx(B + r"(?:ن?می) ?(?:پرداز|کن|دار)(?:د|ند)" + E)
_PAST_BEFORE = folded_rx(B + r"(?:کرد|کردند|داشت|داشتند|پرداخت|پرداختند|گفت|گفتند|نوشت|افزود|شد|شدند|رسید|رفت)" + E)
# a predicate noun whose light verb is negated, not the contact's: "… به این امر اشاره نکرد"
_OTHER_PREDICATE = folded_rx(B + r"(?:اشاره|تاکید|توجه|ابراز|اظهار|اعلام|بیان|قبول|رد|موافقت|مخالفت)\s*$")
_QUESTION = folded_rx(B + r"(?:آیا|ایا)" + E)
# "X Y را [در دفتر کار خود] [به حضور] پذیرفت": the host received the guest (without «به حضور», only a person)
# (a relative clause on the guest may stand between: "Y را که برای … به تهران سفر کرده است، به حضور پذیرفت")
_RECEIVED = folded_rx(B + r"را (?:که [^.:؛]{1,160}?[،,] ?)?(?:(?:در|از) [^،,.]{1,70}? )?(?P<how>به حضور |به گرمی |رسما )?"
                      r"(?:پذیرفت|پذیرفتند)" + E)
_CREDENTIALS = folded_rx(B + r"(?:استوارنامه|اعتمادنامه|اعتبارنامه)" + E)
_REPORTER = folded_rx(r"\s*(?:خبرنگار|خبرنگاران)" + E)  # matched where a clause or sentence starts
# "دیدار ماه گذشته X از آلمان": a visit of a place (the country or city follows «از»)
_VISIT_PLACE = folded_rx(r"[^،,]{0,60}?" + B + r"از (?:کشور |شهر |استان )?(?=\S)")
_OWN_END = folded_rx(B + r"(?:خود|خویش|وی|شان|اش)\s*$")
# adjectives that follow a contact noun: its channel ("تماس تلفنی") and its manner ("دیدار محرمانه")
_MANNER_ADJECTIVES = (r"جداگانه|هم ?زمان|غیر ?علنی|علنی|دو ?جانبه|سه ?جانبه|رسمی|خصوصی|کوتاه|مشترک|صمیمانه|محرمانه|پنهانی|مخفیانه|سری|مطبوعاتی|خبری|"
                      r"غیر ?منتظره|غیر ?رسمی|ناگهانی|سرزده|اضطراری|فوری|طولانی|تاریخی|مهم|فشرده|سازنده|مفصل|صریح|دوستانه|گرم|حساس|صمیمی|جدی|مفید|ثمربخش|هم ?اندیشی|سراسری")
_DAY_WORDS = r"امروز|دیروز|اخیر|قبلی|پیشین"
_DAY_ADJECTIVES = r"(?:" + _DAY_WORDS + r")(?:ش|شان)?"  # "رایزنی تلفنی امروزش با Y": a possessive may close it
_DURATION = r"\S+ ?(?:ثانیه ?ای|دقیقه ?ای|ساعته|ساعته ?ای|روزه)"  # "ملاقات نود دقیقه‌ای با Y", "گفت‌وگوی یک ساعته با Y"
_MODIFIERS = folded_rx(
    r"(?:\s*(?:ی|ها|های|هایی|" + CHANNEL_WORDS + "|" + _MANNER_ADJECTIVES + r"|" + _DAY_ADJECTIVES + "|" + _DURATION
    + r"))*\s*(?=با\s)"
)
_VERB_END = folded_rx(B + r"(?:گفت|گفتند|نوشت|نوشتند|افزود|افزودند|کرد|کردند|شد|شدند|است|بود|بودند|داشت|داشتند|"
                      r"(?:خواهد|خواهند) \S+|آمد|آمدند|امد|امدند|رفت|رفتند|رسید|رسیدند)\s*$")
# words that open a question or a condition: a subject is never read across one
_FINITE = folded_rx(B + r"(?:کرد|کردند|شد|شدند|است|بود|بودند|گفت(?! ?و ?گو)|گفتند|(?<!به )گفته|نوشت|نوشتند|افزود|افزودند|داشت|داشتند|"
                    r"(?<=اعلام )کرده(?! ?(?:است|اند|بود))|(?<=خبر )داده(?! ?(?:است|اند|بود))|(?<=قرار )گرفت(?:ند)?|"
                    r"(?:کرده|شده|بوده|گفته|داشته)(?:است|اند))" + E)  # "کرده‌است" written without its ZWNJ
_GAVE = folded_rx(B + r"(?:داد|دادند|نمود|نمودند)" + E)  # the light verbs of other compounds («نشان داد»)
# a past verb and «و»: the clause after it tells another act of the same subject
_DONE_AND = folded_rx(r"(?:" + _FINITE.pattern + r")\s+و\s")
# a verb that closes a clause, past or present ("… به سر می‌برد", "… برگزار می‌شود")
_CLAUSE_VERB = folded_rx(_FINITE.pattern + r"|" + B + r"می ?\S+(?:د|ند)" + E)
_PLURAL_VERB = folded_rx(r"(?:ند|یم|ید)$")
_PARTICIPLE_END = folded_rx(B + r"(?:شده|گرفته|یافته|امده|آمده)\s*$")
_RETINUE = folded_rx(r"\s+و\s+(?:هیئت|هیات|هیأت)(?: ?های)? همراه(?: (?:وی|او|ایشان|خود))?\s*$")
_SAID = folded_rx(B + r"(?:گفت(?! ?و ?گو)|گفتند|نوشت|نوشتند|فرمود|فرمودند|افزود|افزودند|اظهار (?:داشت|داشتند|کرد|کردند)|"
                   r"تصریح (?:کرد|کردند)|خاطرنشان (?:کرد|کردند|ساخت)|مدعی (?:شد|شدند)|ادعا (?:کرد|کردند))" + E)
_ANNOUNCED = folded_rx(B + r"(?:اعلام|اظهار|تصریح|تاکید) (?:کرد|کردند|داشت)\s*$|" + B + r"(?:گفت|نوشت|افزود)\s*$")
_THEIR_FAMILY = folded_rx(r"\s*(?:خانواده|خانواده محترم) (?:وی|او|ایشان)\s*$")
_PRESENT_AT = folded_rx(B + r"با حضور در ")
_VISITED = folded_rx(B + r"با حضور در (?:دفتر|محل (?:کار|اقامت|بستری)|منزل|مقر|اقامتگاه|بیمارستان محل بستری|محل|بیت) ")
# a verb, then «که»: a complement clause with its own subject ("متوجه شدیم که", "می‌خوانیم که")
_COMPLEMENT = folded_rx(B + r"(?:ن?می \w+|ن?می(?:گوید|گویند|افزاید|نویسد|دهد|دهند|داند|دانند)|(?:شد|کرد|گفت|دید|دانست|فهمید|داد|بود|نوشت|افزود|است|هست)"
                        r"(?:ه است|ه اند|ه|م|ی|یم|ید|ند)?|دارد|دارند) که" + E)  # "خبرها حکایت از این دارد که X …"
_HAD = folded_rx(r"(?:داشت|داشتند|کرد|کردند)" + E)  # the light verb of "NOUN با Y داشت / کرد"
_SUBORDINATOR = folded_rx(B + r"(?:اگر|آیا|ایا|چنانچه)" + E)
_ME = folded_rx(r"من|بنده")
# a speaker's adverbial that opens a complement: "با تاکید بر اینکه …", "با بیان اینکه …"
_SPEECH_THAT = folded_rx(B + r"با (?:تاکید بر|بیان|اشاره به|یادآوری|یاداوری|ابراز) (?:این ?که|اینکه)" + E)
_FIRST_PERSON_SUBJECT = folded_rx(r"\s*(?:ما|من|بنده)" + E)
_IN_OR_WITH = folded_rx(B + r"(?:در|با)" + E)
# the people of a place in the street, welcoming a visitor: no host of an official welcome (GUIDE.md)
_CROWD = folded_rx(r"\s*(?:مردم|اهالی|جمعیت|انبوه|هزاران|صدها|خیل)" + E)
# a verbal noun welcomed is a plan or a deed, not a guest: "از ایجاد دفتر / تشکیل کمیته / برگزاری … استقبال کرد"
_WELCOMED_IDEA = folded_rx(r"\s*(?:ایجاد|تشکیل|برگزاری|راه ?اندازی|اجرای|پیشنهاد|طرح|تصمیم|اقدام|افتتاح|گسترش|توسعه|"
                           r"امضای|انعقاد|تصویب|ادامه|آغاز|بازگشایی|تمدید|کاهش|افزایش)" + E)
# a «که» right after a finite verb opens on what that clause told ("… شدند که مورد استقبال Y قرار گرفت")
_WELCOMED_CLAUSE = folded_rx(r"(?:شد|شدند|کرد|کردند|نمود|نمودند|داد|دادند)\s*[،,]?\s*که\s*$")
_THIS_ONE = folded_rx(r"(?:این|آن|همین) \S+")  # "این مرجع تقلید", "این مقام": the one just named
_CONFERENCE = folded_rx(r"(?:ویدئو|ویدیو) ?کنفرانس")
# a first-person verb of having, holding or telling a contact ("… که با Y داشتیم", "… تاکید کردم")
OWN_VERBS = r"(?:ن?(?:داشتیم|داشتم|کردیم|کردم|گفتیم|گفتم|شدیم|شدم)|انجام (?:دادیم|دادم))"
_FIRST_PERSON_END = folded_rx(B + OWN_VERBS + r"\s*[.!؟?]?\s*$")
_OWN_CONTACT_VERB = folded_rx(r"\s*" + OWN_VERBS + E)
_BY_NOUN = folded_rx(B + r"با\s*$")  # "با نشستی که با Y داشتیم": «با» (by way of) before the noun
_OWN_RELATIVE = folded_rx(r"(?:ی|ای)? که\s*$")  # "دیداری که با Y …"
_PLURAL_PAST = folded_rx(r"(?:را )?\S+ (?:کردند|نمودند|دادند)" + E)
# "X میزبان / پذیرای / میهمان Y بود" (not a guest as a person's adjective: "به عنوان استاد میهمان مشغول تدریس شد")
_HOST = folded_rx(B + r"(?:میزبان|پذیرای|(?<!استاد )(?<!استادان )(?<!هنرمند )(?<!هنرمندان )(?<!عضو )(?<!تیم )(?<!بازیکن )"
                  r"(?<!سخنران )(?<!کارشناس )(?<!نویسنده )(?:میهمان|مهمان))" + E)
_SIDELINES = folded_rx(B + r"در حاشیه" + E)
_VISIT = folded_rx(B + r"(?:سفر|بازدید)" + E)
_NEGOTIATE = folded_rx(B + r"مذاکر")
# a dateline or outlet tag before a dash opens the story: "12 آبان 1404 - ایرنا ـ", "تهران - ایسنا -"
# (up to two more short parts: "عصر قم - قم – ایرنا – X …", a site, the city, then the agency)
_DATELINE = folded_rx(r"\s*(?P<head>[^\n،:«»]{2,80}?)\s?[ـ–—-]\s+(?P<more>(?:(?:[^\n،:«»\s]+\s?){1,4}?[ـ–—-]\s+){1,2})?")
_HOSTED_EVENT = folded_rx(r"\s*(?:\S*(?:مین|اولین|نخستین) )?(?:نشست|اجلاس|همایش|کنفرانس|کنگره|مسابقات|جام|رویداد|مراسم|"
                          r"دور|جشنواره|نمایشگاه|المپیک|بازی|گردهمایی|اجلاسیه)" + E)
_VERB_TAIL = folded_rx(r"(?:ه|ند|ه اند|ه ای)?(?: ?(?:است|اند|بود|بودند|باشد|باشند|شد|شده|نشد|خواهد|خواهند)(?!\S))?")
_THEN_WITH = folded_rx(r"\sو (?:سپس|بعد|پس از ان|پس از آن|آنگاه|انگاه)(?: در [^\s،,.]+(?: [^\s،,.]+){0,2}?)? با\s*$")
_THIS_SAID = folded_rx(r"\s*(?:این|همین) (?:(?:مطلب|موضوع|نکته|سخنان|جملات) )?را\s+")
_JOINED_LEAD_IN = folded_rx(r"\s*(?:در همین حال|در همین راستا|در عین حال|از سوی دیگر|از طرف دیگر|در ادامه|همچنین|ضمنا)"
                            r"\s*[،,]\s*(?=به گزارش|به نقل|به گفته|(?:به|بر) اساس|بر ?بنیاد|طبق|به نوشته|به روایت)")
_SAID_POLITE = folded_rx(B + r"(?:گفته|گفت|نوشته|نوشت)(?: است)? (?=(?:آقای|خانم|جناب) )")
# "دیدار با A، B و C و دیدار با D …": a list of programme items, each its own «با»; none is a subject
_ITEMS_BEFORE = folded_rx(B + r"(?:دیدار|ملاقات|نشست|گفت ?و ?گو|گفتگو)\s+با\s[^.:]*\sو\s+$")
# a site's name of one to three words before a bar or a slash ("شیعه نیوز | …", "جماران / …")
_PIPE_TAG = folded_rx(r"\s*(?P<tag>[^\s|/،:.0-9۰-۹]+(?: [^\s|/،:.0-9۰-۹]+){0,2}) ?[|/]\s*")
_COLON_TAG = folded_rx(r"\s*(?P<tag>[^\s:،,.«»]{2,20}(?: [^\s:،,.«»]{2,20})?) ?:\s*")
_LEAD_IN = folded_rx(
    # "به گزارش روزنامه الشرق الاوسط - چاپ لندن - X …": the outlet's edition set off by dashes ends the lead-in
    r"\s*(?:به گزارش|به نقل از|به نوشته)[^،:\n\-–ـ]{2,80}\s[-–ـ]\s*[^،:\n\-–ـ]{2,30}?\s*[-–ـ]\s|"
    r"\s*(?:(?:به گزارش|به نقل از|به گفته|خبرگزاری|(?:به|بر) ?اساس|بر ?بنیاد|بنا ?بر|طبق|به نوشته|به روایت)[^،:]{0,160}|(?:یادآور|یاداور) (?:می ?شو(?:د|یم)|میشو(?:د|یم))|گفتنی است|لازم به ذکر است|"
    r"شایان ذکر است|قابل ذکر است|شایان یادآوری است|گفتنی است که)[،:]"
)
_OCCASION = folded_rx(r"\s*(?:در (?:حاشیه|جریان|پایان|آغاز|ابتدای|ادامه|آستانه|خلال)|طی|حین|هنگام|پس از|بعد از|پیش از|قبل از)" + E)
# "در اردیبهشت امسال", "مهر ماه سال گذشته": a month, no day (a time phrase, though no date)
_MONTH_PHRASE = folded_rx(r"(?:در )?(?:" + "|".join(fold(m) for m in {**SOLAR_MONTHS, **GREGORIAN_MONTHS_FA})
                          + r")(?: ?ماه)?(?: (?:امسال|پارسال|سال (?:جاری|گذشته|قبل)|گذشته|\d{4}))?")
# "در حاشیه نشست سران …", "در جریان اجلاس …": the occasion a meeting noun names is a gathering, not a contact
_OCCASION_OF_MANY = folded_rx(r"\s*(?:در (?:حاشیه|جریان|خلال)|حین|طی) (?:\S*(?:مین|اولین|نخستین) )?(?:نشست|اجلاس|اجلاسیه)"
                              r" (?:سران|وزرای|وزیران|رهبران|روسای|رؤسای|مجمع|عمومی|سالانه|شورای|کمیسیون|گروه|سازمان)" + E)
_PHRASE_START = folded_rx(r"\s*(?:در|به|از|برای|با|پس از|پیش از|طی|ضمن)" + E)  # an adverbial, not a name
_DESK = folded_rx(r"(?:گروه|سرویس|دبیرخانه)(?: \S+){1,2}")  # a newsroom's desk: "گروه سیاسی"
_BUREAU = folded_rx(r"\s*(?:منطقه|دفتر|سرویس|گروه|مرکز)\s+[^،,:\n]{1,30}[،,]")
_REGION_WORDS = frozenset({"منطقه", "استان", "شهرستان", "شهر", "دفتر"})
_ASIDE = folded_rx(r"\s*(?:(?:یادآور|یاداور) (?:می ?شو(?:د|یم)|میشو(?:د|یم))|(?:گفتنی|لازم به ذکر|شایان ذکر|قابل ذکر) است)(?: که)?" + E)
_BARE_BUREAU = folded_rx(r"\s*(?:منطقه|دفتر) ")
_ACRONYM = folded_rx(r"\s*\([^()]{1,20}\)")
# "به گزارش خبرنگار خبرگزاری فارس X …" with no comma: the lead-in ends with the outlet's name
_LEAD_IN_BARE = folded_rx(
    r"\s*به گزارش (?:(?:خبرنگار|گروه|سرویس|حوزه)(?: \S+)?? )*(?:(?:خبرگزاری|روزنامه|پایگاه خبری|شبکه) )?"
)
_MEDIA_SAYS = folded_rx(
    r"\s*(?P<media>(?:شبکه|روزنامه|خبرگزاری|پایگاه|رسانه|تلویزیون|رادیو|سایت|هفته ?نامه)\s+)?(?P<name>(?:[^\s،,:.]+\s+){0,2}?"
    r"[^\s،,:.]+)\s+(?:می ?گوید|گزارش (?:داد|داده|می ?دهد)|نوشت|نوشته است|مدعی شد|ادعا کرد)\s+(?:که\s+)?"
)
_REPORT_OF = folded_rx(r"\s*به گزارش" + E)
_FROM = folded_rx(r" از (\w+)" + E)
_QUOTING = folded_rx(r"\s*به نقل از" + E)
_PLURAL_HONORIFIC = folded_rx(B + r"(?:حضرات ایات(?: عظام)?|ایات عظام)" + E)
_CLERIC_BEFORE = folded_rx(B + r"ایت ?الله(?: ?العظمی)?\s*$")  # "… آیت‌الله " just before a name
_AFTER = folded_rx(r"(?:پس|بعد) از")
_AS_SAID = folded_rx(B + r"(?:ان ?طور|همان ?طور|ان ?گونه|همان ?گونه|چنان)\s*$")  # «که» of "as X said"
_FROM_AFTER = folded_rx(r"\s*از" + E)
# (or held over a channel: "نشست ویدئوکنفرانسی A و B برگزار شد")
_SESSION_KIND = folded_rx(r" (?:مشترک|دو ?جانبه|سه ?جانبه|چند ?جانبه|" + CHANNEL_WORDS + r")" + E)
# "X Y را [در کاخ …] ملاقات کرد": the object before the noun, a place phrase may stand between
_OBJECT_BEFORE = folded_rx(B + r"را(?:\s+در\s+[^،,:]{1,40}?)?\s*$")
_OBJECT = folded_rx(B + "را" + E)
# "… فارس به استان کردستان", "… ایسنا از شهر یزد": where the reporter was sent, the end of a bare lead-in
_REPORTER_POST = folded_rx(r"(?: اعزامی)? (?:به|از|در) (?:استان|شهرستان|شهر) \w+")
_MANNER = folded_rx(
    B + r"(?:(?:به ?صورت|به شکل|به طور|به گونه|از طریق|در قالب|با برگزاری)(?: (?:یک|نشست|جلسه|ارتباط|تماس))?"
    r"|(?:در|طی) (?:یک )?(?:تماس|ارتباط|گفت ?و ?گو|گفتگو)(?:ی| ?هایی| ?های)?) "
)
_WITH_ONE = folded_rx(r"(?:ی|های)?\s*(?:\S+\s+)?با\s+(?:(?:خبرگزاری|روزنامه|شبکه|پایگاه|سایت|هفته ?نامه)\s+)?")
# "این هفتمین دیدار X با Y است", "نخستین دیدار X با Y": a determiner and an ordinal before a nominal report
_ORDINAL_BEFORE = folded_rx(r"\s*(?:(?:این|آن)\s+)?(?:\w+مین|اولین|نخستین)\s+")
# the noun's adjectives, an indefinite one too ("در گفت‌وگوی کوتاهی که با Y داشت")
@lru_cache(maxsize=1)
def _noun_adjectives() -> re.Pattern:
    """The adjectives right after a contact noun: manner, channel, day, duration, and what it was about
    (meeting_cues.tsv's `adjective`: «رایزنی تجاری», «دیدار خداحافظی»)."""
    also = r"(?:و\s+(?=(?:" + _MANNER_ADJECTIVES + r")(?!\S)))?"  # "نشست غیرعلنی و غیررسمی": two joined by «و»
    return folded_rx(r"(?:\s+" + also + r"(?:(?:" + _MANNER_ADJECTIVES + "|" + lexicon().adjective + r")(?: ?ای|ی)?|"
                     + CHANNEL_WORDS + r"|" + _DAY_ADJECTIVES + "|" + _DURATION + r")(?!\w))*")
_AT_PLACE = folded_rx(r"[\s\"»']*در \S+(?: \S+)?\s+(?=با )")
_AND_NOUN = folded_rx(r"\s+و\s+")
_BETWEEN = folded_rx(r"(?:ی|ای)?(?: (?:" + CHANNEL_WORDS + "|" + _MANNER_ADJECTIVES + "|" + _DURATION + r"))? (?:بین|میان) ")
# a head of state or government, a monarch or a minister: one who meets peers of other countries one by one
_LEADER = folded_rx(r"(?:رئیس ?جمهور|رییس ?جمهور|نخست ?وزیر|صدر ?اعظم|رئیس ?الوزرا|پادشاه|امیر|ولیعهد|سلطان|وزیر)"
                    r"(?:ی)?(?!\S)")
_MULTI_CALL = folded_rx(B + r"(?:سه ?جانبه|چهار ?جانبه|چند ?جانبه|مشترک|کنفرانس|گروهی)" + E)  # a conference call
# "دیداری که روز دوشنبه میان A و B برگزار شد": the sides in the noun's relative clause, before its passive verb
# (… and "این سخنان در دیداری مطرح شد که … میان A و B برگزار شد": what was said there, told before the relative clause)
_BETWEEN_HELD = folded_rx(r"(?: ?ای|ی)?(?: (?:" + CHANNEL_WORDS + r")(?: ?ای)?)?(?: (?:مطرح|بیان|عنوان|نهایی|قطعی) (?:شد|گردید)"
                          r"| مورد (?:بحث|بررسی|تاکید)(?: و (?:بحث|بررسی|تبادل نظر))? قرار گرفت)?"
                          r" که (?:[^:.]{0,90}? )?(?:بین|میان) ")
# "X در نشست توسعه استان که (همزمان با … و) با حضور Y (در سالن …) برگزار شد، گفت": a session named by its kind,
# held with an outsider present; X spoke there
_HELD_WITH_PRESENCE = folded_rx(r"[^،,.:«»؛]{0,80}?\s*که (?:[^.:«»؛]{0,120}? )?با حضور (?P<who>[^.:«»؛]{2,200}?)"
                                r"(?:\s+در [^.:«»؛]{2,60}?)?\s+(?:برگزار|تشکیل) (?:شد|گردید)" + E)
_NOUN_TAIL = folded_rx(r"(?: ?ای|ی)?(?: (?:" + CHANNEL_WORDS + "|" + _MANNER_ADJECTIVES + r")(?: ?ای)?)?\s")
_BETWEEN_WORD = folded_rx(r" (?:بین|میان) ")
# a sentence opening with the contact's setting, a noun and its relative clause: "در نشستی که … برگزار شد، …"
_SETTING = folded_rx(r"\s*(?:در|طی) (?:نشست|دیدار|گفت ?و ?گو|گفتگو|تماس|جلسه)\S*(?: ای)? که [^،,.:]{3,90}[،,]")
_BETWEEN_FRONTED = folded_rx(B + r"(?:بین|میان) (?=[^،,:.]+ و [^،,:.]+$)")  # "میان A و B [NOUN]": the sides before it
_SET_OFF_THAT = folded_rx(r"[،,]\s*که" + E)  # "X، TITLE، که …": a relative clause set off after its head
_NAME_THEN_WENT = folded_rx(r"(?:\S+ ){1,4}?\S+[،,]\s*(?:رفت|رفتند)" + E)  # "…، NAME، رفت": the name set off
# "با حضور A و B نشستی برگزار شد": the presence phrase right before a session noun
_PRESENCE_FRONTED = folded_rx(B + r"با حضور (?P<who>[^.:؛]{3,200}?)\s*$")
# "گفتگوی کوتاهمان": the noun's adjective with «ـمان» (our)
_OURS_AFTER = folded_rx(r"\s*(?:ی\s+)?(?:" + _MANNER_ADJECTIVES + "|" + _DAY_WORDS + "|" + CHANNEL_WORDS + r") ?مان(?!\S)")
_UNDER_WAY = folded_rx(B + r"در حال\s*$")  # "در حال مذاکره / رایزنی": a contact going on
_PAST_COPULA = folded_rx(B + r"(?:بود|بودند|بوده|بوده اند)" + E)
_HELD_VERB = folded_rx(B + r"(?:برگزار|انجام|صورت|برقرار) (?:شد|گرفت|گردید|پذیرفت)")
_ONE_WORD_COLON = folded_rx(r"[^\s:،,]+\s*:")
_IN_THIS = folded_rx(B + r"(?:در|طی) (?:این|همین)\s*$")  # "A و B در این گفت‌وگو …": a contact told back to
# "A و B در این گفت‌وگو …": the two sides of the contact told before, told back («در این نشست» may be a summit's,
# where another contact happens)
_TWO_TOLD_BACK = folded_rx(B + r"(?:در|طی) (?:این|همین) (?:دیدار|ملاقات|گفت ?و ?گو|گفتگو|تماس)" + E)
_REFERS_BACK = folded_rx(B + r"(?:در|طی) (?:این|آن|همین|همان) (?:دیدار|ملاقات|نشست|گفت ?و ?گو|گفتگو|تماس|رایزنی|مذاکر)")
_CLUB_ROLE = folded_rx(r"(?:نماینده|نمایندگان|مدافع|قهرمان|میزبان|مربی)" + E)  # a club or a coach, in sports news
_MOMENT_OF = folded_rx(B + r"در (?:پایان|ابتدای|آغاز|خاتمه)\s*$")
_MEANS = folded_rx(B + r"با (?:تلاش|تلاش ?ها|پیگیری|پیگیری ?ها|همت|کوشش|همکاری)(?: \S+)? و\s*$")
_AND_TALKS = folded_rx(r" و (?:گفت ?و ?گو|گفتگو|رایزنی|تبادل|مذاکره)")  # "دیدار و گفت‌وگو": a contact, never a match
_SPORT_NOUN = folded_rx(B + r"دیدار")
_CAUSE = folded_rx(r"\s*(?:در پی|به دنبال|به دلیل|به علت|به سبب|در پاسخ به|با توجه به|بر اثر|در اثر)" + E)
# a purpose set off by its comma, after a time word or not: "روز گذشته به همین منظور در جهت بررسی …، X با Y …"
_PURPOSE_PHRASE = folded_rx(r"\s*(?:(?:روز|شب|هفته|ماه) (?:گذشته|قبل) |امروز |دیروز )?(?:به (?:همین )?منظور|در جهت|با هدف|به قصد)" + E)
_CONTACT_WITH = folded_rx(r"تماس(?:ی)? با" + E)
_WHERE = folded_rx(r"\s*(?:جایی که|آنجا که|انجا که)" + E)
_PARTICIPLE_VERB = folded_rx(r"(?:کرده|نموده|داشته)")
# the finite verb that ends a chain of clauses: a present («می‌شوند», «می‌کند») or a past
_CHAIN_END = folded_rx(B + r"(?:(?P<present>ن?می ?\S+(?:ند|د))|(?:کرد|کردند|شد|شدند|داشت|داشتند|است|اند))\s*[.!؟?]?\s*$")
_TO_NOUN = folded_rx(r"به\s*")
# a speech verb, then the name that opens the reported clause, up to the comma of its apposition
_NAME_AFTER_SAID = folded_rx(B + r"(?:گفت|گفته|گفته است|اعلام کرد|نوشت|افزود|که)\s+((?!که\s)\S+(?:\s\S+){0,2})\s*$")
_HELD_PASSIVE = folded_rx(r"(?:(?:انجام|برگزار) (?:شد|گردید)|صورت (?:گرفت|پذیرفت))\w*")
_RELATIVE = folded_rx(r"[^\s،,]\s*[،,]?\s+که" + E)  # "NAME [، TITLE] که …": a relative clause on a party


@dataclass
class Candidate:
    """An event found in one sentence, before names are completed and duplicates merged."""

    type: str
    cameo: str
    parties: list[Party]
    sentence: tuple[int, int]  # span in the text it came from
    cue: int
    from_title: bool
    verbal: bool
    anchored: bool = False  # the parties are tied by «با» or «با یکدیگر», so a bare surname is safe
    split_each: bool = False  # "دیدارهایی با … از جمله A و B": one meeting with each listed party
    told: bool = False  # told by a party in the first person: a recollection, undated unless it says when
    both_sides: bool = False  # "دو طرف / آنان … با یکدیگر": the parties are those of the contact told before
    talk: bool = False  # the noun says a talk, not how it was held ("گفت‌وگو", "رایزنی"): a call told elsewhere fits it
    outlet_like: bool = False  # "X در گفت‌وگو با نوا: …": one word before a quote's colon, an outlet unless a known person
    first_told: bool = False  # "A و B در این گفت‌وگو …": told back to, a contact only when none is told before it


def is_headline(folded: str, a: int, b: int) -> bool:
    """A headline line inside the text: short and without a closing full stop."""
    return folded[b - 1] not in ".!?؟" and len(folded[a:b].split()) <= 16


def sports_article(folded: str) -> bool:
    lex = lexicon()
    hits = len(lex.negative["sports"].findall(folded[:20000]))
    return hits >= 4


def _sports_near(folded: str, a: int, b: int, after: int) -> bool:
    """A sports word before the quote that follows `after` (the cue, or the clause's start): "X در دیدار با Y گفت:
    … پیروزی …" quotes a victory, it reports no match."""
    hi = folded.find(":", after, b)
    return bool(lexicon().negative["sports"].search(folded, a, b if hi == -1 else hi))


def sentence_candidates(folded: str, a: int, b: int, sports_article: bool, from_title: bool) -> list[Candidate]:
    lex = lexicon()
    s_start = lead_in_end(folded, a, b)
    out: list[Candidate] = []
    sentence_sports = bool(lex.negative["sports"].search(folded, a, b))
    summit = None if sentence_sports else summit_parties(folded, s_start, b)
    if summit:
        out.append(Candidate(type="meeting", cameo="040", parties=summit[1], sentence=(a, b), cue=summit[0],
                             from_title=from_title, verbal=True, anchored=True))
    attended = None if summit or sentence_sports else attendee_parties(folded, s_start, b)
    if attended:
        # "در این نشست A، B و C حضور داشتند": a contact only when none is told before it
        # (its time is the one the sentence it tells back gives: "وزیران … روز گذشته … گرد هم آمدند. در این نشست …")
        out.append(Candidate(type="meeting", cameo="040", parties=attended[1], sentence=(attended[2], b),
                             cue=attended[0], from_title=from_title, verbal=True, anchored=True, first_told=True))
    session = None if summit or attended or sentence_sports else session_parties(folded, s_start, b)
    for cue in lex.noun.finditer(folded, s_start, b):
        if summit and cue.start() == summit[0] or session and cue.start() == session[0]:
            continue
        cand = _cue_event(folded, s_start, b, cue, sports_article, sentence_sports and _sports_near(folded, a, b, cue.end()))
        if cand and len(cand.parties) > 2 and (_SEPARATE.search(folded, s_start, b) or _trip_round(folded, s_start, b, cand)):
            cand.split_each = True  # "در دیدارهای جداگانه با A و B": one contact with each
        if cand:
            cand.sentence = (a, b)
            cand.from_title = from_title
            if cand.split_each:
                out.extend(replace(cand, parties=pair, split_each=False) for pair in _each(cand.parties))
            else:
                out.append(cand)
    if session and not out:
        # a committee's session with outside guests, when no other contact is told here
        out.append(Candidate(type="meeting", cameo="040", parties=session[1], sentence=(a, b), cue=session[0],
                             from_title=from_title, verbal=True, anchored=True))
    out = _without_fused_headline(folded, s_start, out)
    # "X به Y زنگ زد و … با او صحبت کرد": a noun whose only counterpart is «او» leaves the frame to name Y
    if not out or all(c.parties[1:] and all(p.pronoun for p in c.parties[1:]) for c in out):
        cand = _without_noun(folded, s_start, b, sports_article, _sports_near(folded, a, b, s_start))
        if cand:
            cand.sentence = (a, b)
            cand.from_title = from_title
            out = [cand]
    elif cand := _without_noun(folded, s_start, min(c.cue for c in out), sports_article, _sports_near(folded, a, b, s_start)):
        # "X از Y در فرودگاه استقبال کرد و او با Z دیدار کرد": a contact without a noun, told before the noun's
        cand.sentence = (a, b)
        cand.from_title = from_title
        out.insert(0, cand)
    return out


def _without_noun(folded: str, s_start: int, b: int, sports_article: bool, sentence_sports: bool) -> Candidate | None:
    """A contact told with no meeting noun: a host, a guest received, a verb frame, or a joint verb."""
    # "کریمیان در این دیدار میزبان هیئت عراقی بود": the contact already reported, not another one (a host told so
    # is one only when no contact is told before it)
    back = _REFERS_BACK.search(folded, s_start, b)
    host = _HOST.search(folded, s_start, b)
    cand = None
    if host and not sports_article and not sentence_sports:
        cand = _host_event(folded, s_start, b, host)
        if cand and back and back.start() < host.start():
            cand.first_told = True  # "در این نشست، X میزبان Y بود": a contact only when none is told before it
    received = _RECEIVED.search(folded, s_start, b)
    if cand is None and received and not sentence_sports:
        cand = _received_event(folded, s_start, received)
    for frame, kind, cameo in lexicon().frames:
        m = frame.search(folded, s_start, b)
        if m and back and back.start() < m.start():
            continue
        if cand is None and m and not (kind == "meeting" and sentence_sports):
            cand = _frame_event(folded, s_start, m, kind, cameo)
    if cand is None and not sentence_sports and not back:
        cand = _joint_event(folded, s_start, b)  # not "دو طرف در این دیدار … A و B … را بررسی کردند"
    return cand


def _without_fused_headline(folded: str, s_start: int, found: list[Candidate]) -> list[Candidate]:
    """"دیدار رؤسای جمهور A و B، رؤسای جمهوری A و C … با X دیدار کردند": a sentence that opens with a bare meeting
    noun and goes on to a full report is a headline run into its lead. The headline's own reading goes, and so
    does any report whose first party starts inside the headline's words (where the two cannot be told apart)."""
    if len(found) < 2 or found[0].verbal or found[0].cue != s_start or not any(c.verbal for c in found[1:]):
        return found
    head_end = max(p.name[1] for p in found[0].parties)
    body = _body_subject(folded, found[0], head_end)
    if body is not None:  # "دیدار X با رئیس‌جمهور X پادشاه اردن نیز … با Y دیدار کرد": the lead starts at X again
        found = [found[0]] + [replace(c, parties=body + c.parties[1:]) if c.parties and c.parties[0].name[0] < body[0].name[0]
                              < c.parties[0].name[1] else c for c in found[1:]]
        head_end = body[0].name[0]
    return [c for c in found[1:] if not (c.parties and c.parties[0].name[0] < head_end)]


def _body_subject(folded: str, head: Candidate, head_end: int) -> list[Party] | None:
    """The lead's subject when a fused headline's first party is named again inside the headline's last one."""
    first = head.parties[0]
    name = " ".join(folded[first.name[0]:first.name[1]].split())
    again = folded.find(name, first.name[1], head_end) if len(head.parties) > 1 and name else -1
    if again < head.parties[-1].name[0]:
        return None
    return split_parties(folded, again, head_end)[:1] or None


def _each(parties: list[Party]) -> list[list[Party]]:
    """The pairs of separate contacts: the subject with each counterpart, or, when the subject is a joint
    plural ("سفیران ژاپن و ارمنستان در دیدارهای جداگانه با وزیر …"), each of its members with the counterpart."""
    joint = [p for p in parties if p.joint]
    if len(joint) >= 2 and parties[: len(joint)] == joint and len(parties) == len(joint) + 1:
        return [[p, parties[-1]] for p in joint]
    return [[parties[0], p] for p in parties[1:]]


def lead_candidates(folded: str, a: int, b: int, la: int, lb: int, sports: bool) -> list[Candidate]:
    """A headline line that names a meeting ("محور دیدار مقامات ترکمنستان و چین") whose next sentence says who
    did it together ("رئیس جمهور ترکمنستان و وزیر خارجه چین … را بررسی کردند"): one meeting of those two."""
    lex = lexicon()
    if sports or not lex.noun.search(folded, a, b) or lex.negative["sports"].search(folded, a, lb):
        return []
    verb = _PLURAL_PAST.search(folded, la, lb)
    if not verb or lex.noun.search(folded, la, lb):
        return []
    parties = split_parties(folded, la, verb.start())
    if len(parties) != 2 or not all(p.role_only or p.title for p in parties):
        return []
    return [Candidate(type="meeting", cameo="040", parties=parties, sentence=(la, lb), cue=la, from_title=False,
                      verbal=True)]


def _frame_event(folded: str, s_start: int, m: re.Match, kind: str, cameo: str) -> Candidate | None:
    """A contact told by a verb frame around its counterpart: "X به Y زنگ زد", "X به حضور Y رسید",
    "X از Y استقبال کرد" ("به من" is the quoted speaker)."""
    L = _clause_left(folded, s_start, m.start())
    other = m.group("y").strip()
    told = bool(_ME.fullmatch(other))
    y = [Party(name=m.span("y"), pronoun=True)] if told else split_parties(folded, *m.span("y"))
    x_end = m.start()
    visited = _VISITED.search(folded, s_start, m.start())
    if visited and len(y) == 1 and y[0].pronoun:
        # "A و B با حضور در محل بستری X، …، از او عیادت کردند": «او» is the one whose place they went to
        x_end, L = visited.start(), _clause_left(folded, s_start, visited.start())
        y = split_parties(folded, visited.end(), _list_right(folded, visited.end(), m.start(), m.start()))[:1]
    if cameo == "043" and (_WELCOMED_CLAUSE.search(folded, max(s_start, m.start() - 40), m.start())
                           or _WELCOMED_IDEA.match(folded, m.start("y"))):
        return None  # "… خواستار Z شدند که مورد استقبال Y قرار گرفت", "از ایجاد دفتر … استقبال کرد": an idea welcomed
    # (a frame may name the other side itself: "مراسم استقبال رسمی از Y با حضور X برگزار شد")
    x = split_parties(folded, *m.span("x")) if m.groupdict().get("x") else _subject(folded, s_start, L, x_end)
    parties = _expand_counterparts(folded, x + y)  # "همتای ایرانی خود"
    if not x or len(parties) < 2 or lexicon().negative["planned"].search(folded, L, m.end()):
        return None  # with no subject read, those of the frame's list did not meet each other
    if cameo == "043" and any(_CROWD.match(folded, *p.name) for p in parties):
        return None  # "مردم شهر با تظاهرات از X استقبال کردند", "مورد استقبال مردم قرار گرفت": a crowd, no host
    # a welcome names people or roles; "از پیشنهاد … استقبال کرد" welcomes an idea
    return Candidate(type=kind, cameo=cameo, parties=parties, sentence=(0, 0), cue=m.start(), from_title=False,
                     verbal=True, anchored=cameo != "043", told=told)


def _joint_event(folded: str, s_start: int, b: int) -> Candidate | None:
    """"پاکستان و انگلیس راه‌های همکاری را مورد بررسی قرار دادند", "رئیس‌جمهور ترکمنستان و وزیر خارجه چین …
    را بررسی کردند": two sides of different countries, each ending in its country, took up a matter together."""
    verb = lexicon().joint.search(folded, s_start, b)
    pair = _country_pair().match(folded, _clause_left(folded, s_start, verb.start()), verb.start()) if verb else None
    if not pair:
        return None
    lex = lexicon()
    # a side that is its country alone ("ایران و ترکیه …") is that country, common word though it is
    sides = [[Party(name=pair.span(g), role_only=True)] if pair.span(g) == pair.span("c" + g)
             else split_parties(folded, *pair.span(g)) for g in ("a", "b")]
    if plural_role(folded, pair.start("a"), pair.end("b")):
        # "وزرای نفت عراق و ایران … را بررسی کردند": a plural role shared by the two countries, one holder each
        sides = [[p] for p in split_parties(folded, pair.start("a"), pair.end("b"))]
        if len(sides) != 2:
            return None
    countries = {lex.country_in(pair.group(g)) for g in ("ca", "cb")}
    if any(len(s) != 1 for s in sides) or len(countries) != 2:
        return None
    return Candidate(type="meeting", cameo="040", parties=sides[0] + sides[1], sentence=(0, 0), cue=verb.start(),
                     from_title=False, verbal=True, anchored=True)


@lru_cache(maxsize=1)
def _list_tail() -> re.Pattern:
    """"A و B" after a comma: a list's last item or two, each of up to two words after its honorifics
    ("با X، آیت‌الله Y و آیت‌الله Z دیدار کرد")."""
    return re.compile(r"\s*(?:(?:" + lexicon().honorific.pattern + r")\s+)*(?:\S+(?:\s\S+)?\s+)?و\s")


@lru_cache(maxsize=1)
def _country_pair() -> re.Pattern:
    """"A و B" at a clause's start, each a country or a role ending in one (up to six words before it)."""
    country = lexicon().country.pattern
    return re.compile(r"[\s\-–—*•]*(?P<a>(?:[^\s،,.:]+ ){0,6}?(?P<ca>" + country + r")) و (?P<b>(?:[^\s،,.:]+ ){0,6}?(?P<cb>"
                      + country + r"))(?= )")


def _received_event(folded: str, s_start: int, m: re.Match) -> Candidate | None:
    """"بشار اسد رئیس‌جمهور سوریه امروز سعید جلیلی را به حضور پذیرفت": the host, a time or place phrase, then
    the guest before «را»."""
    L = _clause_left(folded, s_start, m.start())
    if _CREDENTIALS.search(folded, L, m.start()):
        return None  # "X استوارنامه / اعتمادنامه Y را پذیرفت": the credentials frame reads it
    if L > s_start and folded[L - 1] in "،,":
        # "X، Y را به حضور پذیرفت": the host before the comma ("… اعلام کرد که X، Y را …": after the «که»)
        that = [t for t in _THAT.finditer(folded, s_start, L) if not _FINITE.search(folded, t.end(), L)]
        if not _FINITE.search(folded, s_start, L):
            L = _clause_left(folded, s_start, L - 1)
        elif that:
            L = that[-1].end()
    a, b = cut(folded, L, m.start())
    host = split_parties(folded, a, b)
    # "X و هیئت همراه را …": the delegation that came with the guest is no party of its own
    retinue = _RETINUE.search(folded, b, m.start())
    guest = split_parties(folded, b, retinue.start() if retinue else m.start()) if b < m.start() else []
    if len(host) == 2 and not guest and _CLAUSE_STOP.search(folded, host[0].name[1], host[1].name[0]):
        host, guest = host[:1], host[1:]  # "X، Y را به حضور پذیرفت": the host set off by a comma
    elif len(host) == 1 and not guest and m.group("how") and host[0].title and not host[0].role_only \
            and host[0].title[0] > host[0].name[1]:
        # "X سفیر جدید اتریش را به حضور پذیرفت": the role before «را» is the guest received, not the host's title
        t = host[0].title
        host, guest = [replace(host[0], title=None)], [Party(name=t, title=t, role_only=True)]
    elif len(host) == 1 and not guest and m.group("how") and host[0].role_only:
        # "رئیس‌جمهور کنیا سفیر جدید اتریش را به حضور پذیرفت": a second office after the first one's country
        country = lexicon().country.search(folded, *host[0].name)
        second = lexicon().title.search(folded, country.end(), host[0].name[1]) if country else None
        if second and not folded[country.end():second.start()].strip():
            a0, b0 = host[0].name
            host = [Party(name=(a0, country.end()), title=(a0, country.end()), role_only=True)]
            guest = [Party(name=(second.start(), b0), title=(second.start(), b0), role_only=True)]
    if len(host) == 1 and not guest and (at := _second_office(folded, a, b)):
        # "رئیس جمهور تاجیکستان A B وزیر امور خارجه چین C D را به حضور پذیرفت": each office before its holder
        host, guest = split_parties(folded, a, at), split_parties(folded, at, b)
    if len(host) != 1 or not guest:
        return None  # "سفیران جدید فنلاند و نروژ را …": each guest is a party
    if not m.group("how") and not all(p.title or p.honored or _named(folded, p) for p in guest):
        return None  # "X پیشنهاد Y را پذیرفت": «پذیرفت» alone is a visit only when a person is received
    return Candidate(type="meeting", cameo="042", parties=host + guest, sentence=(0, 0), cue=m.start(),
                     from_title=False, verbal=True, anchored=True)


def _second_office(folded: str, a: int, b: int) -> int | None:
    """Where a second office starts right after a holder's name ("TITLE A B TITLE C D", the Tajik and Afghan
    official style): a title whose two or three words before it open with a first name."""
    lex = lexicon()
    for t in lex.title.finditer(folded, a + 1, b):
        words = folded[a:t.start()].split()
        for k in (2, 3):
            if len(words) > k and words[-k] in lex.first_names and all(w.isalpha() for w in words[-k:]) \
                    and not lex.title.search(" ".join(words[-k:])):
                return t.start()
    return None


def _named(folded: str, p: Party) -> bool:
    """Does the party start with a first name the lexicon knows ("هانس مولر")?"""
    words = folded[p.name[0]:p.name[1]].split()
    return not p.role_only and bool(words) and words[0] in lexicon().first_names


def source_tags(folded: str, spans: list[tuple[int, int]]) -> set[str]:
    """The site tags that open the article's sentences ("جماران / X …"): the article's outlets, never a party."""
    tags = (_PIPE_TAG.match(folded, a, b) for a, b in spans)
    return {" ".join(t.group("tag").split()) for t in tags if t and not lexicon().noun.search(t.group())}


def lead_in_end(folded: str, a: int, b: int) -> int:
    """Where the sentence's content starts after "به گزارش … از …، به نقل از روابط عمومی …، " (or `a`)."""
    joined = _JOINED_LEAD_IN.match(folded, a, b)
    a = joined.end() if joined else a  # "در همین حال، بربنیاد خبرنامه X، …": a connective before the lead-in
    this = _THIS_SAID.match(folded, a, b)
    a = this.end() if this else a  # "«…» این را X، TITLE، پس از دیدار با Y گفت": the quote's speaker opens the rest
    tag = _PIPE_TAG.match(folded, a, b)
    a = tag.end() if tag and not lexicon().noun.search(folded, a, tag.end()) else a  # "شیعه نیوز | X …": a site's tag
    while (colon := _COLON_TAG.match(folded, a, b)) and (
            lexicon().outlet.fullmatch(colon.group("tag")) or colon.group("tag").endswith("نیوز")
            or _COLON_TAG.match(folded, colon.end(), b) or _LEAD_IN.match(folded, colon.end(), b)):
        a = colon.end()  # "آفتاب‌نیوز : آفتاب: به نقل از رویترز، X …": an outlet's tags before the lead-in
    dateline = _DATELINE.match(folded, a, b)
    head = dateline.group("head") if dateline else ""
    more = dateline.group("more") or "" if dateline else ""
    place = " ".join(re.sub(r"\([^()]{1,40}\)", " ", head).split())  # "کابل (طلوع‌نیوز) - …": the outlet in brackets
    city = place in lexicon().cities or lexicon().country.fullmatch(place)
    if dateline and (re.search(r"\d", head) or lexicon().outlet.search(head) or _DESK.fullmatch(head) or city
                     or lexicon().outlet.search(more)  # "کابل- ایرنا- …", "کابل – …": the city, then the outlet
                     or _site_tag(folded, a, head)):
        a = dateline.end()  # "۲۵ آبان ۱۴۰۴ - باشگاه خبرنگاران جوان ـ …", "گروه سیاسی- …": a dateline, then the story
    lead = _LEAD_IN.match(folded, a, b)
    if lead and (lexicon().noun.search(folded, a, lead.end()) or _FINITE.search(folded, a, lead.end())):
        lead = None  # "به گزارش فارس از قم X در دیدار Y گفت:": no comma, and the colon ends the speaker's clause
    if not lead:
        return _bare_lead_in_end(folded, a, b)
    end = lead.end()
    bureau = _BUREAU.match(folded, end, b)
    end = bureau.end() if bureau else end  # "به گزارش … (ایسنا)، منطقه گیلان، …": the regional desk
    if re.search(r"نقل از|روابط عمومی", folded[a:end]):
        # the quoted body's name may itself hold commas ("اداره کل میراث فرهنگی، صنایع دستی و گردشگری")
        while True:
            nxt = _CLAUSE_STOP.search(folded, end, b)
            chunk = folded[end:nxt.start()] if nxt else ""
            if not nxt or len(chunk.split()) > 8 or lexicon().noun.search(chunk) or lexicon().light_verb.search(chunk):
                break
            if lexicon().title.search(chunk) or lexicon().honorific.search(chunk) or "(" in chunk \
                    or chunk.split()[:1] and chunk.split()[0] in lexicon().first_names or find_date_expressions(chunk):
                break  # "…، X امروز (چهارشنبه، …", "…، علی لاریجانی شب گذشته، …": a person or a time, no body's name
            end = nxt.end()
    return end


def _site_tag(folded: str, a: int, head: str) -> bool:
    """Is `head` of "HEAD - …" the site's tag that opens a page ("بهداشت نیوز - …", "پرتال دانشگاه تهران - …"): the
    text's first words, up to six, with no verb?"""
    return not folded[:a].strip() and len(head.split()) <= 6 and not _FINITE.search(head)


def _bare_lead_in_end(folded: str, a: int, b: int) -> int:
    """After "به گزارش [خبرنگار] [خبرگزاری] OUTLET [از یاسوج] [به نقل از …]" written without its comma, or `a`.
    A quoted source ("به نقل از روابط عمومی …") or a lead-in naming no outlet ends where a person's name starts."""
    aside = _ASIDE.match(folded, a, b)
    if aside:
        return aside.end()  # "یادآور می‌شود X …" with no comma
    says = _MEDIA_SAYS.match(folded, a, b)
    if says and (says.group("media") or lexicon().outlet.fullmatch(says.group("name").strip())):
        return says.end()  # "شبکه اسکای‌نیوز می‌گوید X …", "رویترز نوشت X …": the source, then the story
    outlet = _bare_lead_in().match(folded, a, b)
    if not outlet or (outlet.end() < b and folded[outlet.end()].isalpha()):
        report = _REPORT_OF.match(folded, a, b)
        return _name_start(folded, report.end(), b) if report else a
    end = outlet.end()
    end = (_ACRONYM.match(folded, end, b) or outlet).end()  # "خبرگزاری دانشجویان ایران (ایسنا)"
    desk = _REPORTER_POST.match(folded, end, b)
    place = _FROM.match(folded, end, b)
    bureau = _BARE_BUREAU.match(folded, end, b)
    if desk:
        end = desk.end()
    elif place and place.group(1) in lexicon().country_of:
        end = place.end()  # "به گزارش خبرگزاری فارس از یاسوج"
    elif bureau:  # "(ایسنا) منطقه البرز کامران نوری …": the desk's region, then a name
        region = bureau.end() + len(folded[bureau.end():b].split(" ", 1)[0])
        return max(_name_start(folded, bureau.end(), b), region)
    return _name_start(folded, end, b) if _QUOTING.match(folded, end, b) else end


def _name_start(folded: str, a: int, b: int) -> int:
    """Where a person's name starts within the next twenty words ("… سپاه عاشورا سردار غلام‌عسکر کریمیان"): an
    honorific, or a known first name before a word that is no common word or place; else `a`."""
    lex = lexicon()
    words = list(islice(re.finditer(r"\w+", folded[a:b]), 20))
    for prev, w, nxt in zip([None, *words], words, words[1:]):
        at = a + w.start()
        if lex.noun.match(folded, at, b):
            # "به گزارش واحد مرکزی خبر | در ملاقات X با Y": the lead-in ends at the phrase that tells the contact
            pre = _IN_BEFORE.search(folded, a, at)
            return pre.start() if pre else a
        if prev is not None and prev.group() in _REGION_WORDS:
            continue  # "منطقه البرز", "استان گیلان": a region's name, though also a first name
        if lex.honorific.match(folded, at, b) or _first_then_name(w.group(), nxt.group(), lex):
            return at
    return a


def _first_then_name(word: str, nxt: str, lex) -> bool:
    """"حسن زیاری", not "شهر تهران" or "گیلان سردار": a first name that is no place, then a word that is no
    honorific, common word or place."""
    places = lex.country_of
    return (word in lex.first_names and word not in places and not lex.honorific.match(nxt)
            and nxt not in lex.common_words and nxt not in places)


@lru_cache(maxsize=1)
def _bare_lead_in() -> re.Pattern:
    """"به گزارش [خبرنگار [اعزامی]] [خبرگزاری] OUTLET", up to the outlet's name."""
    return re.compile(_LEAD_IN_BARE.pattern + "(?:" + lexicon().outlet.pattern + ")")


# "…، از مراجع تقلید، …": a name's group set off after it, a partitive apposition
_PARTITIVE = folded_rx(r"از (?:" + alternation(data_lines("partitive_heads.txt")) + r")(?: [^\s،,.]+){0,4}")


def _clause_left(folded: str, start: int, pos: int) -> int:
    """Start of the clause holding `pos`; a comma after a short name, an apposition or a list item does not end it."""
    bodies = [b.span() for b in joined_bodies().finditer(folded, start, pos)]
    stops = [m for m in _CLAUSE_STOP.finditer(folded, start, pos) if not any(a < m.start() < b for a, b in bodies)]
    left = stops[-1].end() if stops else start
    apposed = False  # the chunk after this comma is a name set off by commas ("با وزیر …، سرگئی لاوروف، دیدار کرد")
    for i in range(len(stops) - 1, -1, -1):
        if stops[i].group() not in "،,":
            break
        prev = stops[i - 1].end() if i else start
        chunk = folded[prev:stops[i].start()]
        # "… با همتایان X و Y خود، A و B، گفت‌وگو کرد": the chunk after this comma names the ones just before it
        in_list = (_list_tail().match(folded, stops[i].end(), pos) is not None or _OWN_END.search(chunk) is not None) \
            and not _VERB_END.search(chunk)  # "در این دیدار که … برگزار شد، A و B …": a clause ends before A
        # "… با کمال نوری، وزیر کشور دیدار کرد": a title after the comma is the name's apposition, however long
        # the chunk before it
        # (a chunk with a meeting noun of its own is another clause, unless the noun is the one whose «با» side
        # the name is: "X در یک تماس تلفنی با Y، TITLE، درباره … گفت‌وگو کرد")
        with_end = _WITH_NAME_END.search(chunk)
        noun = lexicon().noun.search(chunk)
        titled = (lexicon().title.match(folded, stops[i].end() + 1) is not None and with_end
                  and (not noun or noun.end() <= with_end.start() and with_end.group().startswith("با")))
        # "A معاون سیاسی وزیر امور خارجه ایران، B … و C … گفت‌وگو کردند": a titled name with no verb or meeting
        # noun is an item of the subject's list, however long its title
        titled_name = len(chunk.split()) <= 14 and lexicon().title.search(chunk) and not _PHRASE_START.match(chunk) and not (
            lexicon().noun.search(chunk) or _FINITE.search(chunk) or _WITH.search(chunk) or _THAT.search(chunk))
        # "X با A TITLE، B TITLE و C TITLE دیدار کرد": the «با» side's items, each a titled name
        with_list = bool(_WITH_ITEM_END.search(chunk)) and lexicon().title.search(chunk) is not None \
            and _titled_item(folded, stops[i].end(), stops[i + 1].start() if i + 1 < len(stops) else pos)
        long_chunk = len(chunk.split()) > 6 and not titled and not titled_name and not with_list
        if _WITH_NOT_PARTY.match(chunk.strip() + " ") or _time_only(chunk) or _CAUSE.match(chunk) \
                or (_OCCASION.match(chunk) or _PURPOSE_PHRASE.match(chunk)) and not _WITH.search(chunk) \
                and (not lexicon().noun.search(chunk) or _OCCASION_OF_MANY.match(chunk)):
            break  # "با دعوت / اشاره به …، X …", "در پی شیوع کرونا، X …", "در حاشیه اجلاس، X …": an adverbial
            # set off by its comma ("در حاشیه نشست سران گروه بیست در اوساکا، X و Y …": a summit, no contact of X)
        after = folded[stops[i].end():stops[i + 1].start() if i + 1 < len(stops) else pos]
        if _PARTITIVE.fullmatch(chunk.strip()) or _PARTITIVE.fullmatch(after.strip()) and with_end:
            in_list = True  # "با آیت‌الله X، از مراجع تقلید، دیدار کرد": the one before is one of a group, set off
        if _relative_on_party(chunk) or i and _relative_after_with(folded, chunk, stops[i - 2].end() if i >= 2 else start,
                                                                  stops[i - 1].start()):
            in_list = True  # "با Y، (TITLE) که به … آمده بود، دیدار کرد": a relative clause on the party before
        if i == len(stops) - 1 and with_end and with_end.group().startswith("با") and not _VERB_END.search(chunk) \
                and (not folded[stops[i].end():pos].strip() or _place_only(folded, stops[i].end(), pos)):
            # "X با Y سفیر Z در کابل، ملاقات کرد", "X با Y، در وین گفت‌وگو کرد": a comma before the cue (or before
            # the place phrase that ends the clause) closes the «با» side only
            in_list = True
        if (shared := plural_role(folded, prev, pos)) and shared[0].start() < stops[i].start() \
                and not _FINITE.search(folded, shared[0].end(), pos):
            in_list = True  # "وزیران نیرو A، جمهوری اسلامی B و C …": a comma of the plural office's list of countries
        topic = _TOPIC.search(chunk)
        if topic and not _FINITE.search(chunk, topic.end()) and not _FINITE.search(folded, stops[i].end(), pos):
            in_list = True  # "A و B درباره X در Y، Z و W گفت‌وگو کردند": a comma of the topic's list
        # (a light verb before «با Y» and Y's title does not end it: "X به مجلس رفت و با Y، TITLE، گفت‌وگو کرد")
        if not in_list and not apposed and (long_chunk or lexicon().light_verb.search(chunk) and not titled
                                            or _VERB_END.search(chunk)):
            said = _NAME_AFTER_SAID.search(chunk)
            that = ([None] + list(_THAT.finditer(chunk)))[-1]
            if said and lexicon().title.match(folded, stops[i].end() + 1) and _opens_name(said.group(1)):
                left = prev + said.start(1)  # "Z در بیانیه‌ای گفته X، فرستاده ویژه …، و Y … دیدار کردند": X opens it
            elif titled and that and not (lexicon().light_verb.search(chunk, that.end()) or _FINITE.search(chunk, that.end())):
                left = prev + that.end()  # "خبرها حاکی است که X با Y، TITLE گفت‌وگو کرد": the clause after «که»
            break  # "سخنگوی پلیس گفت، …": a chunk that ends in a verb is a clause of its own
        # (past its honorifics: "با آیت‌الله A، آیت‌الله B و …")
        name = strip_honorifics(chunk.strip(), lexicon())
        words = name.split()
        # … a name of unknown first name counts too when a role ends just before it ("با وزیر خارجه ایتالیا، لوکا
        # بندتی، دیدار کرد")
        after_role = _ends_in_role(folded, max(start, prev - 60), prev)
        honored = len(name) < len(chunk.strip())  # (a surname alone after its honorific: "آیت‌الله جوادی‌آملی")
        apposed = bool(words) and (words[0] in lexicon().first_names or after_role or honored) and (
            apposed_name(name, lexicon()) or honored and len(words) == 1 and _opens_name(name))
        left = prev
    return left


def _place_only(folded: str, a: int, b: int) -> bool:
    """Is folded[a:b] «در PLACE» alone, a known country or city ("، در وین گفت‌وگو کرد")?"""
    m = re.match(r"\s*در ", folded[a:b])
    place = lexicon().country.match(folded, a + m.end(), b) if m else None
    return bool(place) and not folded[place.end():b].strip()


_PART_OF_DAY = frozenset("صبح ظهر عصر شب شامگاه بامداد امروز روز".split())


_SOME_TIME_AGO = folded_rx(SOME_TIME_AGO + r"|(?:هفته|ماه) (?:گذشته|پیش|قبل)")


def _time_only(chunk: str) -> bool:
    """Is the chunk a time phrase and nothing else ("شامگاه دیروز"، "روز دوشنبه ۱۲ مهر", "چند روز پیش")?"""
    if len(chunk.split()) > 6:
        return False
    if _SOME_TIME_AGO.fullmatch(chunk.strip()):
        return True
    spans = [(e.start, e.end) for e in find_date_expressions(chunk)]
    if not spans:
        return False
    rest = "".join(ch if not any(a <= i < b for a, b in spans) else " " for i, ch in enumerate(chunk))
    return all(w in _PART_OF_DAY or w in ("نیز", "هم") for w in rest.split())  # ("عصر امروز نیز نشستی …")


def _relative_after_with(folded: str, chunk: str, a: int, b: int) -> bool:
    """Is `chunk` a «که» clause set off after a «با» party that folded[a:b] ends with ("با Y، که …،")?"""
    return chunk.strip().startswith("که ") and not lexicon().noun.search(chunk) and bool(_WITH_NAME_END.search(folded, a, b))


def _titled_item(folded: str, a: int, b: int) -> bool:
    """Does folded[a:b] open with a list item "NAME TITLE" (a name of two to four words, then a title)?"""
    t = lexicon().title.search(folded, a, b)
    return bool(t) and apposed_name(folded[a:t.start()].strip(), lexicon()) \
        and not lexicon().noun.search(folded, a, t.start())


def _opens_name(words: str) -> bool:
    """A name set off before its title: two to four plain words, or one that is no common or function word."""
    lex = lexicon()
    w = words.split()
    if len(w) == 1:
        return w[0] not in lex.common_words and w[0] not in lex.function_words and w[0] not in lex.country_of
    return apposed_name(words, lex)


def _relative_on_party(chunk: str) -> bool:
    """"وزیر خارجه X که …", "NAME که …": a title or a name, then a relative clause that tells no meeting."""
    head, that, _ = chunk.strip().partition(" که ")
    lex = lexicon()
    if lex.noun.search(chunk):
        return False
    if that and (lex.title.match(head) or apposed_name(head, lex)):
        return True
    # "… با «Y» رئیس تشکیلات … که اخیرا بستری بوده، تلفنی صحبت کرد": the clause is on the party after «با»
    head = chunk.strip().rpartition(" که ")[0]
    party = re.search(r"(?:^|\s)با\s+(\S+(?:\s+\S+){0,11})$", head)
    return bool(party and (lex.title.search(party.group(1)) or apposed_name(party.group(1).strip("«»\""), lex)))


def _ends_in_role(folded: str, lo: int, hi: int) -> bool:
    """Does folded[lo:hi] (a comma after it) end with a role: its country or its title ("… وزیر خارجه ایتالیا،"), or a
    title and its complement with no verb or «که» in it ("… به سرپرستی مدیر منطقه‌ای این بانک،")?"""
    text = folded[lo:hi].rstrip(" ،,")
    lex = lexicon()
    if any(m.end() == len(text) for rx in (lex.country, lex.title) for m in rx.finditer(text)):
        return True
    titles = list(lex.title.finditer(text))
    tail = text[titles[-1].start():] if titles else ""
    return 2 <= len(tail.split()) <= 8 and not (_FINITE.search(tail) or _THAT.search(tail) or _CLAUSE_STOP.search(tail))


def _clause_right(folded: str, pos: int, end: int) -> int:
    m = _CLAUSE_STOP.search(folded, pos, end)
    while m and (body := _body_around(folded, m.start())):
        m = _CLAUSE_STOP.search(folded, body, end)  # "… وزیر صنعت، معدن و تجارت …": that comma ends no clause
    return m.start() if m else end


def _body_around(folded: str, at: int) -> int | None:
    """The end of a body's name written with a comma ("صنعت، معدن و تجارت") when the comma at `at` is in it."""
    if folded[at] not in "،,":
        return None
    return next((b.end() for b in joined_bodies().finditer(folded, max(0, at - 40), at + 80) if b.start() < at < b.end()),
                None)


def _past_apposed_title(folded: str, ce: int, R: int, end: int) -> int:
    """"در مذاکره تلفنی X، وزیر نیرو با Y، …", "دیدار X، رئیس‌جمهوری امریکا، با Y": the noun's first side set off
    with its title by a comma; the clause goes on to «با» and its side (or past the «با» side's own title)."""
    side = strip_honorifics(folded[ce:R].strip(), lexicon())  # "ملاقات جناب آقای X Y Z، سفیر …"
    if R >= end or folded[R] not in "،," or len(side.split()) > 5 or _FINITE.search(folded, ce, R):
        return R
    nxt = _clause_right(folded, R + 1, end)
    chunk = folded[R + 1:nxt].strip()
    if not lexicon().title.match(chunk):
        return R
    if side.startswith("با ") and nxt < end and folded[nxt] in "،,":
        return _clause_right(folded, nxt + 1, end)  # "دیداری با Y، TITLE، داشت": the «با» side's title set off
    if re.search(B + "با" + E, chunk):
        return nxt
    # "دیدار X، رئیس‌جمهوری امریکا، با Y، TITLE در نیویورک": the title set off on both sides, then «با»
    after = _clause_right(folded, nxt + 1, end) if nxt < end and folded[nxt] in "،," else nxt
    if re.search(B + "و" + E, chunk) and after > nxt and lexicon().title.match(folded[nxt + 1:after].strip()):
        return after  # "جزئیات تماس تلفنی A، TITLE و B، TITLE2 را …": both sides, each with its title
    # "دیداری میان A، TITLE، و B TITLE2 …": the second side joined by «و» after the first one's title
    return after if re.match(r"\s*(?:با|و)" + E, folded[nxt + 1:after]) else R


def _past_topic_list(folded: str, ce: int, R: int, end: int) -> int:
    """"… دیدار و طرفین درباره A و B، C و D گفت‌وگو کردند": the commas of a topic's list do not end the clause
    before its verb."""
    while R < end and folded[R] in "،," and _TOPIC.search(folded, ce, R) and not _FINITE.search(folded, ce, R):
        R = _clause_right(folded, R + 1, end)
    return R


def _list_right(folded: str, pos: int, R: int, end: int) -> int:
    """Where the parties after «با» end: past the commas of a list ("با A، B و C بر … تأکید کرد") while each
    item is short and names no meeting; the list ends with the item that holds its «و»."""
    lex = lexicon()
    obj = _OBJECT.search(folded, R, _list_end(folded, pos, R, end))
    while R < end and folded[R] in "،,":
        nxt = _clause_right(folded, R + 1, end)
        a, b = cut(folded, R + 1, nxt)
        chunk = folded[a:b]
        if obj and nxt < end and folded[nxt] in "،," and holder_after_counterpart(folded[pos:R], chunk, lex):
            R = b  # "با همتای عمانی خود، «NAME»، آخرین وضعیت … را …": the counterpart's holder, then the object
            break
        if not chunk.strip() or len(chunk.split()) > 30 or lex.noun.search(chunk) or obj:
            break  # "در دیدار X، «A»، «B» و «C» را … دانستند": items before «را» are the verb's object
        if nxt < end and folded[nxt] in "،," and b >= nxt - 1:
            R = nxt  # an item of the list, a comma after it
            continue
        if _ELLIPSIS.search(f" {chunk} ") or lex.title.match(chunk):
            R = b  # the last item, joined by «و», or the last name's title set off by a comma ("با X، فرستاده …")
        break
    return R


_TALK_BEFORE = folded_rx(B + r"(?:بحث|مشورت|گپ)\s+و\s*$")


def _before_noun_chain(folded: str, a: int, cs: int) -> int:
    """"با Y دیدار و گفت‌وگو کرد", read at «گفت‌وگو»: the «با» side ends before the first noun of the chain."""
    m = re.search(r"(?:^|\s)(\S+(?:\s\S+){0,2})\s+و\s*$", folded[a:cs])
    first = lexicon().noun.search(folded, a + m.start(1), cs) if m else None
    if talk := _TALK_BEFORE.search(folded, a, cs):
        return talk.start()  # "با Y بحث و گفت‌وگو کرد": a noun of talk that is no cue alone, joined to the cue
    return first.start() if first and first.start() > a else cs


def _before_next_noun(folded: str, a: int, b: int) -> int:
    """"از دیدار با Y شهردار تهران و گفت‌وگو با محوریت …": the counterpart ends before «و» and another meeting noun."""
    for m in re.finditer(r"\sو\s+", folded[a:b]):
        if lexicon().noun.match(folded, a + m.end(), b):
            return a + m.start()
    # "در تماس تلفنی با A و B گفت‌وگو کرد": the side ends before the verb's own noun and its light verb
    for noun in lexicon().noun.finditer(folded, a, b):
        after = noun.end() + len(folded[noun.end():noun.end() + 3]) - len(folded[noun.end():noun.end() + 3].lstrip())
        if folded[noun.start() - 1:noun.start()].isspace() and lexicon().light_verb.match(folded, after):
            return noun.start() - 1
    # "که از دیدار X با Y آگاهی داشت": a frequent noun right before a light verb is the verb's own, past a name
    lex = lexicon()
    words = list(re.finditer(r"\S+", folded[a:b]))
    for i in range(2, len(words) - 1):
        if words[i].group() in lex.frequent_words and words[i].group() in lex.nouns \
                and lex.light_verb.fullmatch(words[i + 1].group()):
            return a + words[i - 1].end()
    return b


def _before_place_object(folded: str, a: int, b: int) -> int:
    """"X پس از دیدار با Y تهران را ترک کرد": a city or country right before «را» is the verb's object, not the
    end of the party before it, when what comes before it is a party of its own ("با سفیر ایران تهران را …"); so
    are common nouns after a name with no title ("با پیتر برگ تحولات اوکراین را …")."""
    obj = re.search(r"\sرا" + E, folded[a:b])
    words = list(re.finditer(r"\S+", folded[a:a + obj.start()])) if obj else []
    lex = lexicon()
    if len(words) < 3:
        return b
    # "با پیتر برگ تحولات اوکراین را بررسی کرد": common nouns (and a place) before «را» are the object
    def noun(w: str) -> bool:
        return w in lex.common_words or w in lex.plural_nouns

    i = len(words)
    while i > 1 and (noun(words[i - 1].group()) or words[i - 1].group() in lex.country_names
                     or words[i - 1].group() in lex.cities):
        i -= 1
    if i < len(words) and noun(words[i].group()) and not lex.title.search(folded, a, a + words[i].start()) \
            and split_parties(folded, a, a + words[i].start()):
        return a + words[i].start()
    last, at = words[-1].group(), a + words[-1].start()
    placed = last in lex.cities or last in lex.country_names
    return at if placed and split_parties(folded, a, at) else b


def _list_end(folded: str, pos: int, R: int, end: int) -> int:
    """Where «را» would make the list after R the verb's object: up to the clause's finite verb, or up to the
    comma after a counterpart phrase closed by «خود» («با همتایان A، B و C خود، تحولات را بررسی کرد») or after
    the «و» of "همتایان خود در کشورهای A، B و C"."""
    verb = _FINITE.search(folded, R, end)
    stop = verb.start() if verb else end
    countries = COUNTERPARTS_IN.match(folded, pos, end)
    for m in _CLAUSE_STOP.finditer(folded, R + 1, stop):
        if _OWN_END.search(folded, R, m.start()) or countries and _ELLIPSIS.search(folded, R, m.start()):
            return m.start()
    return stop


def _channel(folded: str, lo: int, hi: int) -> str:
    """phone_call / video_call when a channel word qualifies the contact nearby; "در ویدئویی" (in a video) does not,
    "در ویدئوکنفرانسی با Y" does."""
    lex = lexicon()
    for kind, rx in (("video_call", lex.video), ("phone_call", lex.phone)):
        for m in rx.finditer(folded, lo, hi):
            if not re.search(r"(?:^|\s)در\s*$", folded[max(0, m.start() - 4):m.start()]) or _CONFERENCE.match(m.group()):
                return kind
    return "meeting"


def _manner(folded: str, lo: int, hi: int) -> str:
    """"به صورت ویدئوکنفرانس با … رایزنی کرد": a channel stated as the manner anywhere in the clause."""
    lex = lexicon()
    for m in _MANNER.finditer(folded, lo, hi):
        for kind, rx in (("video_call", lex.video), ("phone_call", lex.phone)):
            if rx.match(folded, m.end()):
                return kind
    return "meeting"


# "… وضعیت مذاکرات (رفع تحریم) را تشریح کرد": the noun is in the object («را») of another verb's noun, not the
# light verb's (but "با Y دیدار و دیدگاه‌ها را تشریح کرد": «دیدار [کرد] و …», its verb left out)
_OBJECT_OF_ANOTHER = folded_rx(r"(?!\s*و\s)(?:[^.،,]*\s)?را\s+(?!(?:آغاز|اغاز|ادامه|انجام|برگزار|دنبال|پی ?گیری)(?!\w))\S+\s*$")


def _verb_after(folded: str, pos: int, end: int) -> re.Match | None:
    """The light verb that completes a meeting noun at `pos` ("دیدار و گفت‌وگو کردند", "تلفنی رایزنی کرد")."""
    lex = lexicon()
    # a noun whose verb is left out before «و طرفین» takes the one that clause ends with, past a topic's list
    # ("دیدار و طرفین درباره A، B و C گفت‌وگو کردند")
    gap = _ELLIPSIS.match(folded, pos, end)
    far = gap and _BOTH_SIDES.match(folded, gap.end(), end) and _TOPIC.search(folded, pos, end)
    window_end = min(end, pos + (220 if far else 90))
    m = lex.light_verb.search(folded, pos, window_end)
    if not m:
        return None
    between = folded[pos:m.start()]
    if len(between.split()) > (30 if far else 10) or _OBJECT_OF_ANOTHER.match(between) \
            or _FINITE.search(between) or _GAVE.search(between):
        return None  # ("به توقف مذاکرات A با B واکنش نشان داد و اعلام کرد": «کرد» is another verb's, past a verb)
    return m


@dataclass
class _Cue:
    """A meeting noun in its clause: the clause's bounds [L, R), the noun's span and its light verb, if any."""

    folded: str
    s_start: int
    end: int
    cs: int
    ce: int
    noun: str
    L: int
    R: int
    verb: re.Match | None
    said: re.Match | None  # a speech verb after the noun: what follows it is the quote


@dataclass
class _Reading:
    """The parties one construction reads around a cue, and how firmly they are bound."""

    parties: list[Party]
    verbal: bool = False
    anchored: bool = False
    split_each: bool = False
    speaker: bool = False
    both: bool = False


def _cue_event(folded: str, s_start: int, end: int, cue: re.Match, sporty: bool, sentence_sports: bool) -> Candidate | None:
    """The contact a meeting noun reports, read by the construction around it, or None."""
    cs, ce = cue.span()
    back = _IN_THIS.search(folded, max(s_start, cs - 12), cs)
    if not back and _ANAPHORIC.search(folded[max(s_start, cs - 12):cs]) or _NOT_EVENT_NOUN.match(folded, ce, end):
        return None
    L = _clause_left(folded, s_start, cs)
    R = _past_topic_list(folded, ce, _past_apposed_title(folded, ce, _clause_right(folded, ce, end), end), end)
    said = _SAID.search(folded, ce, R)
    R = said.end() if said else R  # "… فرمودند کار باید ارزش پیدا کند": what follows a speech verb is the quote
    c = _Cue(folded, s_start, end, cs, ce, cue.group(), L, R, _verb_after(folded, ce, R), said)
    # the channel word near the noun, not past its own verb ("… دیدار کرد و پیش از گفت‌وگوی تلفنی با …")
    # (and a channel word right before the «با» of a long counterpart: "X تلفنی با «Y» رئیس‌جمهور فرانسه گفت‌وگو کرد")
    with_before = _last_with(folded, L, cs)
    left = min(cs - 30, with_before.start() - 12) if with_before else cs - 30
    kind = _channel(folded, max(L, left), min(R, ce + 45, c.verb.end() if c.verb else R))
    if kind == "meeting" and (setting := _SETTING.match(folded, s_start, L)):
        kind = _channel(folded, *setting.span())  # "در نشستی که … به صورت ویدئوکنفرانس برگزار شد، A و B … گفت‌وگو کردند"
    if kind == "meeting":
        kind = _manner(folded, L, R)
    if kind == "meeting" and _CONTACT_WITH.match(folded, cs, end):
        kind = "phone_call"  # "در تماس با همتای روسی خود …": a contact with no channel said is a call
    if _not_a_report(c, kind, sporty, sentence_sports):
        return None
    reading = _read(c)
    if reading is None or _aim_or_question(c, reading) or _inside_speech_that(c, reading):
        return None
    parties = _expand_counterparts(folded, reading.parties)
    visits = _each_named(folded, c, parties)
    parties = visits or parties
    talk = _TALK.match(c.noun) and _WITH_ONE.match(folded, ce, end)
    if talk and (_PRESS.match(folded, ce, min(R, ce + 40)) or lexicon().outlet.match(folded, talk.end(), end)):
        return None  # "در گفت‌وگو با خبرنگاران / ایرنا / روزنامه شرق": a press interview
    if len(parties) < 2:
        return None
    named_sides = len(parties) == 2 and all(not (p.weak or p.role_only or p.pronoun) for p in parties)
    with_named = named_sides and parties[0].name[1] <= cs < parties[1].name[0] and _first_with(folded, ce, parties[1].name[0])
    if back and not (named_sides and _plural_verb_after(folded, ce, end) and all(p.name[1] <= cs for p in parties)
                     or with_named):
        # "در این دیدار …" tells back a contact, unless it names both sides ("A و B در این گفت‌وگو …", "A در این تماس
        # با «B» …")
        return None
    cameo = "041" if kind != "meeting" else _cameo(folded, L, R, c.noun)
    # "در دیدارهای خود با A و B": a plural contact noun with a list after «با», one contact with each
    w = _first_with(folded, ce, c.R) if _PLURAL.search(c.noun) else None
    after = [p for p in parties if w is not None and p.name[0] >= w.end()]
    listed = len(after) >= 2 and len(parties) == len(after) + 1
    # ("… و معاون وزیر خارجه سوریه … نشستی سه‌جانبه برگزار کردند": a meeting of many, not one with each)
    listed_each = _counterparts_listed(parties) and not _MANY_SIDED.search(folded, L, R)
    each = reading.split_each or listed_each or bool(visits) or bool(listed) \
        or _calls_each(folded, kind, c, parties) or _meets_each(folded, kind, c, parties)
    return Candidate(type=kind, cameo=cameo, parties=parties, sentence=(0, 0), cue=cs, from_title=False,
                     verbal=reading.verbal, anchored=reading.anchored, split_each=each, told=reading.speaker,
                     both_sides=reading.both, talk=bool(_TALK_NOUN.match(c.noun)),
                     outlet_like=bool(talk and _ONE_WORD_COLON.match(folded, talk.end(), end)),
                     # ("A و B در این گفت‌وگو … تبادل نظر کردند": the contact told before, told back by its own phrase)
                     # (not a phrase before what is said: "X در این دیدار یادآور شد که … با Z گفت‌وگو کرده است")
                     first_told=bool(back or _TWO_TOLD_BACK.search(folded, _after_said(folded, s_start, cs), cs)))


def _after_said(folded: str, start: int, cs: int) -> int:
    """Where what is said before `cs` begins: past the last "گفت / یادآور شد … که", else `start`."""
    return max((m.end() for m in _COMPLEMENT.finditer(folded, start, cs)), default=start)


def _plural_verb_after(folded: str, ce: int, end: int) -> bool:
    """Is a finite verb after the noun plural ("… که … برگزار شد … تاکید کردند")?"""
    return any(_plural(folded, v) for v in _FINITE.finditer(folded, ce, end))


def _with_office(c: _Cue) -> bool:
    """"در دیدار با وزیر ورزش", "دیدار X با رئیس فیفا": the noun's «با» side is an office holder, so no match but a
    meeting («نماینده عربستان» in a sports report is a club)."""
    lex = lexicon()
    w = _first_with(c.folded, c.ce, c.R) or _last_with(c.folded, c.L, c.cs)
    rest = c.folded[w.end():c.R if w.start() >= c.ce else c.cs].lstrip() if w else ""
    # … or a name set off before its title ("با جیانی اینفانتینو، رئیس فدراسیون جهانی فوتبال دیدار کرد")
    title = lex.title.search(rest)
    named = bool(title) and title.start() > 0 and apposed_name(rest[:title.start()].strip(" ،,"), lex)
    # … or the subject before «با» holds an office ("علیرضا دبیر، رئیس فدراسیون کشتی با Y دیدار کرد")
    subject = c.folded[c.L:w.start()] if w and w.start() < c.cs else ""
    held = lex.title.search(subject)
    # … or «به دیدار TITLE … رفت»: the visit goes to an office holder ("قهرمان کشتی … به دیدار استاندار مازندران رفت")
    went_to = _GO_TO.search(c.folded, max(c.L, c.cs - 12), c.cs) and lex.title.match(c.folded, c.ce + 1)
    if went_to and not _CLUB_ROLE.match(c.folded, c.ce + 1) and not lex.negative["sports"].match(c.folded, c.ce + 1):
        return True
    return bool(w and (lex.title.match(rest) or named or full_name_ahead(rest, lex)) and not lex.negative["sports"].match(rest)
                and not _CLUB_ROLE.match(rest)
                or held and not _CLUB_ROLE.match(subject, held.start()) and not lex.negative["sports"].match(subject))


def _people_session(c: _Cue) -> bool:
    """"X TITLE در نشست شهرداران و روسای شوراهای استان … گفت": a session of a group of people (no body of its own),
    X, whose office shares no word with the group, spoke there: X met them. X one of them ("مدیرکل … در نشست مدیران کل
    استان", "رئیس قوه قضاییه در جلسه مسئولان عالی قضایی") is the group's own session."""
    folded = c.folded
    if not _IN_FRAME_BEFORE.search(folded, max(c.L, c.cs - 6), c.cs) or BODY_HEAD.match(folded[c.ce:c.R].lstrip()):
        return False
    group = split_parties(folded, c.ce, c.R)[:1]
    title = lexicon().title.search(folded, c.L, c.cs)
    said = _SAID.search(folded, c.ce, c.end)
    if not group or not title or not said or not plural_party(folded[group[0].name[0]:group[0].name[1]]):
        return False  # (the subject's own office says it is from outside; a speech verb says it spoke there)
    stems = {w[:4] for w in folded[group[0].name[0]:group[0].name[1]].split() if w not in _PLACE_WORDS}
    return not any(w[:4] in stems for w in folded[title.start():c.cs].split() if w not in _PLACE_WORDS)


# words any office and any group may share ("… استان", "… کشور"): no sign that the speaker is one of the group
_PLACE_WORDS = frozenset({"استان", "کشور", "شهر", "شهرستان", "اسلامی", "ایران", "کل", "مرکز", "در", "و"})


def _one_present(folded: str, a: int, b: int) -> bool:
    """Does the list of those present name one person or one office (not only groups and plurals)?"""
    return any(not plural_party(folded[p.name[0]:p.name[1]]) for p in split_parties(folded, a, b))


def _not_a_report(c: _Cue, kind: str, sporty: bool, sentence_sports: bool) -> bool:
    """The cue names no contact that happened: a call noun without a call, a body's session, a match, a plan,
    a letter, a habit, an interview, a denial, a negated verb, a present or future, a visit of a place."""
    lex = lexicon()
    folded, noun, verb = c.folded, c.noun, c.verb
    if lex.phone_only.match(noun) and kind == "meeting" and not _own_talk(c):
        return True  # "تماس گرفت", "صحبت کرد": a contact only by phone or video
    # (a clause that opens with the noun names its sides before «با»: "نشست صمیمی X TITLE با Y برگزار شد")
    words_before_with = 10 if _opens_clause(folded, c.L, c.cs) else 3
    if noun.startswith(("نشست", "جلسه")) and not (_is_session(folded, c.L, c.cs, c.ce, noun)
                                         # (past the day and a title set off by a comma: "نشست پنج‌شنبه X، TITLE با Y")
                                         and (re.match(r"\s*(?:\S+\s+){0,%d}?(?:\S*[،,]\s*(?:\S+\s+){0,4}?)?با" % words_before_with,
                                                       folded[_past_day(folded, c.ce, c.R):c.R])
                                              or verb and _last_with(folded, c.L, c.cs)
                                              or _SESSION_KIND.match(folded, c.ce, c.R)
                                              or _BETWEEN_HELD.match(folded, c.ce, c.R)
                                              or _HELD_WITH_PRESENCE.match(folded, c.ce, c.end)
                                              or _PRESENCE_FRONTED.search(folded, c.L, c.cs)
                                              and _HELD_VERB.search(folded, c.ce, c.end)
                                              or _BETWEEN.match(folded, c.ce, c.R)
                                              or _people_session(c))):
        # a session with someone: "در نشستی با Y", "X با Y نشستی داشت", "نشست مشترک A و B", "در نشستی که … میان A و B"
        return True
    if _MEANS.search(folded, max(c.L, c.cs - 30), c.cs):
        return True  # "با تلاش و رایزنی X …": the contact noun in a means phrase ("through X's efforts")
    if _MOMENT_OF.search(folded, max(c.L, c.cs - 20), c.cs) and not _first_with(folded, c.ce, c.R):
        return True  # "X در پایان دیدار از Y تشکر کرد": a moment of the contact told before, not a new one
    if kind == "meeting" and _SPORT_NOUN.match(noun) and not _AND_TALKS.match(folded, c.ce) \
            and (sentence_sports or sporty) and not _with_office(c):
        return True  # a match, or a transfer talk with a club (not "در دیدار با وزیر ورزش گفت")
    # the clause up to the noun, and just past its verb (or a few words when there is none)
    # ("X با Y دیدار و … را تقدیم کرد": a noun whose verb is left out before «و» ends there)
    # (past the verb only its own endings: "… که خرداد با Y دیدار کرد در نظر دارد …" plans another contact)
    stop = verb.end() + len(_VERB_TAIL.match(folded, verb.end()).group()) if verb \
        else c.ce if _ELLIPSIS.match(folded, c.ce, c.R) else c.ce + 52
    if not verb and (topic := _TOPIC.search(folded, c.ce, stop)):
        stop = topic.start()  # "در پایان دیدار با Y درباره احتمال گفت‌وگو …": the topic's words are not the contact's
    w0 = max(c.s_start, c.L - 10)
    w0 = c.L if _CLAUSE_STOP.search(folded, w0, c.L) else w0  # "X خواهد آمد، جایی که … دیدار کرد": not across a comma
    if (that := _THAT.search(folded, w0, c.cs)) and (closed := list(_CLAUSE_VERB.finditer(folded, that.end(), c.cs))):
        w0 = closed[-1].end()  # "X که در اجلاسی که … برگزار می‌شود به سر می‌برد، با Y …": a relative clause's tense
    if done := list(_DONE_AND.finditer(folded, w0, c.cs)):
        w0 = done[-1].end()  # "X در نشست خبری … پاسخ گفت و روز چهارشنبه با Y دیداری داشت": the act before «و» is another
    window = folded[w0:c.cs] + " " + folded[c.cs:min(c.R, stop)]
    said = [m.end() for m in _COMPLEMENT.finditer(folded, c.L, c.cs)]
    # "X در نشست خبری گفت که با Y …": the press conference is where X said it, not the contact ("انتظار می‌رود
    # که …" still plans it)
    inner = folded[said[-1]:c.cs] + " " + folded[c.cs:min(c.R, stop)] if said else window
    # "در تماس‌های متعدد با همتایان خود در کشورهای A، B و C": counterparts listed by country are calls that happened
    listed = re.match(r"\s*(?:\S+\s+){0,3}?با" + COUNTERPARTS_IN.pattern, folded[c.ce:c.R])
    kinds = ("body", "interview", "emergency") if listed else ("body", "habit", "interview", "emergency")
    noun_end = len(inner) - (min(c.R, stop) - c.ce)  # where the noun ends in `inner`
    body = lex.negative["body"].search(inner)
    if body and (held := _HELD_WITH_PRESENCE.match(folded, c.ce, c.end)) and _one_present(folded, *held.span("who")):
        # "X در جلسه شورای اداری استان که با حضور وزیر … برگزار شد گفت": one person from outside met the body (its
        # own members present, "با حضور فرمانداران و مدیران کل", are its session)
        body = None
    if (noun.endswith("مان") or _OURS_AFTER.match(folded, c.ce, c.R)) and ":" not in folded[c.s_start:c.cs]:
        return True  # "در گفت‌وگوی کوتاهمان با او …": the writer's own interview (ours), outside any quote
    if _UNDER_WAY.search(folded, max(c.s_start, c.cs - 10), c.cs) and not _PAST_COPULA.search(folded, c.ce, c.end):
        return True  # "X در حال مذاکره با Y برای … است": under way, not told as held ("… بودند": it went on, held)
    if lex.negative["asked"].search(folded, max(c.s_start, c.L - 30), c.cs):
        return True  # "از X خواست که در دیدار با Y …": the contact asked for (negative_cues.tsv, asked)
    if any(not folded[m.end():c.cs].strip() for m in lex.negative["rumour"].finditer(folded, max(c.s_start, c.cs - 40), c.cs)):
        return True  # "جوسازی درباره دیدار X و Y": a contact talked about, not told as held (negative_cues.tsv, rumour)
    if lex.negative["planned"].search(window) or any(lex.negative[neg].search(inner) for neg in kinds if neg != "body") \
            or body and body.start() <= noun_end:
        return True  # (a body's session after the contact's sides is another occasion: "پس از دیدار با Y در جلسه شورا …")
    if not verb and _opens_clause(folded, c.L, c.cs) \
            and lex.negative["planned"].search(folded, c.ce, _speech_end(folded, c.ce, c.end)):
        return True  # "دیدار X با Y که قرار بود امروز برگزار شود، به تعویق افتاد": the noun's own predicate
    # a letter before the contact noun («در پیامی به …», «نامه … دیدار») is the report; one handed over after the
    # counterpart («در دیدار با Y پیام Z را تقدیم کرد») is part of a meeting that happened
    if lex.negative["letter"].search(folded[c.L:c.ce]) or not _first_with(folded, c.ce, c.R) \
            and lex.negative["letter"].search(inner):
        return True
    negated = lex.negative["negated"].search(window)
    if negated and not _OTHER_PREDICATE.search(window, 0, negated.start()):
        return True  # "با X دیدار نکرد", "ملاقاتی با X نداشت"
    if lex.negative["generic"].match(folded, c.cs) or lex.negative["idiom"].match(folded, c.cs):
        return True  # "ملاقات‌های مردمی", "دیدارهای عمومی": a practice; "به دیدار معبود شتافت": a death
    if lex.negative["denied"].search(folded, c.s_start, c.end):
        return True  # "… درباره دیدار X با Y گفت: چنین دیداری صورت نگرفته است"
    if _not_past(c):
        return True
    # (before the noun's verb: "… تماس تلفنی برقرار کرد و از ورشو قدردانی کرد" thanks a place after the contact)
    visit = None if _first_with(folded, c.ce, c.R) else _VISIT_PLACE.match(folded, c.ce, verb.start() if verb else c.R)
    return bool(visit and lex.country.match(folded, visit.end(), c.R))  # "دیدار X از آلمان": a visit of a place


def _inside_speech_that(c: _Cue, reading) -> bool:
    """"X با تاکید بر اینکه اروپاییان در مذاکرات با ایران …، گفت": the contact noun stands in the complement of the
    speaker's adverbial, with a subject of its own there; the speaker read before it is no side of it."""
    that = [m for m in _SPEECH_THAT.finditer(c.folded, c.s_start, c.cs) if not _CLAUSE_STOP.search(c.folded, m.end(), c.cs)]
    if not that or not reading.parties or reading.parties[0].name[1] > that[-1].start():
        return False
    # its own subject: a party before the complement's first «در / با» ("اینکه دیروز با Y …" has none: the speaker's)
    first = _IN_OR_WITH.search(c.folded, that[-1].end(), c.cs)
    own = split_parties(c.folded, that[-1].end(), first.start() if first else c.cs)
    return bool(own) and not _FIRST_PERSON_SUBJECT.match(c.folded, that[-1].end())


_PAST_PROGRESSIVE = folded_rx(r"می ?(?:کرد|داشت|پرداخت|نمود)(?:م|ی|یم|ید|ند)?")
_WHEN = folded_rx(B + r"(?:هنگامی|زمانی|وقتی|موقعی) که" + E)


def _not_past(c: _Cue) -> bool:
    """A present ("… ضمن دیدار با X … می‌پردازد") or a future, not a report; a future inside a «که» complement
    ("… اعلام کردند که … انجام خواهد شد") or a quote is not the contact's."""
    folded = c.folded
    that = _THAT.search(folded, c.ce, c.end)
    # with no verb in the clause, the governing verb may stand past a list ("دیدار با حضور A، B و C … برگزار خواهد شد")
    reach = c.R if c.verb or c.said else _speech_end(folded, c.ce, c.end)
    reach = min(reach, that.start() if that else reach)
    if c.verb is not None and _PARTICIPLE_VERB.fullmatch(c.verb.group()) and _ELLIPSIS.match(folded, c.verb.end(), c.end):
        # "… را ملاقات و لمس کرده و با … آشنا می‌شوند": a participle in a chain takes the tense of the chain's end
        # (before the «که» of a complement: "… دیدار کرده و به او می‌گوید که … برگزیده شده است", a synopsis's present)
        that_after = _THAT.search(folded, c.verb.end(), c.end)
        end_verb = _CHAIN_END.search(folded, c.verb.end(), that_after.start() if that_after else c.end)
        if end_verb and end_verb.group("present"):
            return True
    governs = _PRESENT.search(folded, c.ce, reach) if not c.verb else None
    if governs and not _PAST_BEFORE.search(folded, c.ce, governs.start()):
        return True
    if c.verb is not None and _PAST_PROGRESSIVE.fullmatch(c.verb.group()) and _WHEN.search(folded, c.s_start, c.cs):
        return False  # "هنگامی که A و B دیروز در رم گفتگو می‌کردند، …": a time clause's contact, going on then
    return bool((c.verb and _NOT_PAST.fullmatch(c.verb.group())) or FUTURE.search(folded, c.L, reach))


def _aim_or_question(c: _Cue, reading: _Reading) -> bool:
    """"برای ملاقات با اسرا می‌روند", "تلاش … برای … دیدار با …", "این که آیا X و Y با هم ملاقات داشته‌اند", and a
    reporter's own talk with someone (an interview)."""
    folded, L, cs = c.folded, c.L, c.cs
    # (not a purpose in a relative clause set off before the noun: "X که برای سفری … رفته بود، پس از دیدار با Y …")
    commas = [L + m.end() for m in re.finditer(r"[،,]", folded[L:cs])]
    if not reading.verbal and _PURPOSE.search(folded, commas[-1] if commas else L, cs):
        return True
    if (m := _REPORTER.match(folded, c.s_start)) and ":" not in folded[m.end():cs] \
            and not _reported_clause(folded, m.end(), cs, reading):
        return True  # "خبرنگار سرویس … ایسنا … به گفت‌وگویی با X پرداخت": an interview ("خبرنگار X: …" reports)
    return bool(_QUESTION.search(folded, L, cs) or _PURPOSE_BEFORE.search(folded, L, cs))


_ENDS_PLURAL = re.compile(r"\S{2,}ند\s*[.!؟?]?\s*$")  # a sentence ending in a plural verb ("… به توافق رسیدند.")
# "در دیداری که دیروز در لیما انجام شد، …": the noun's relative clause of its being held, closed by a comma
_HELD_CLAUSE = folded_rx(r"(?:ی|ای)?\s+که\s+[^،,.:]{0,100}?\s(?:انجام|برگزار|صورت|تشکیل)\s(?:شد|گرفت|گردید)\s*[،,]\s*")


def _sides_after_held(folded: str, ce: int, end: int) -> list[Party] | None:
    """"طی ملاقاتی که … صورت گرفت، A و B … به توافق رسیدند": a plural verb's subject after the noun's relative clause
    are its sides; None when the noun has no such clause."""
    held = _HELD_CLAUSE.match(folded, ce, end)
    if held is None or not _ENDS_PLURAL.search(folded, held.end(), end):
        return None
    return split_parties(folded, held.end(), cut(folded, held.end(), end)[1])


def _reported_clause(folded: str, at: int, cs: int, reading: _Reading) -> bool:
    """Do the reporters report a clause with its own subject ("خبرنگاران گزارش دادند که X … با Y مذاکره کرده است")?"""
    that = _THAT.search(folded, at, cs)
    return bool(that and reading.parties and not reading.parties[0].pronoun and reading.parties[0].name[0] >= that.end())


# «دیدار … از Z» is a visit to Z (a place, a family): "A و B از پالایشگاه دیدار کردند", "دیدار A و B از نمایشگاه"; the
# «از» of a time or a part ("پس از", "یکی از") is not it
_NOT_VISIT_OF = (r"(?<!\S)(?<!پس )(?<!بعد )(?<!قبل )(?<!پیش )(?<!یکی )(?<!بیش )(?<!جمعی )(?<!برخی )(?<!تعدادی )(?<!شماری )"
                 r"(?<!گروهی )(?<!هیئتی )(?<!هیاتی )(?<!عده ای )")
_VISIT_OF_BEFORE = folded_rx(_NOT_VISIT_OF + r"از (?:(?! (?:با|و) )[^،,:.]){2,60}?\s*$")
_VISIT_OF_AFTER = folded_rx(r"\s+(?!و )[^،,:.]{2,80}?" + _NOT_VISIT_OF + r"از (?!سوی |طرف |جانب )")
_IN_FRAME_BEFORE = folded_rx(r"(?<!\S)(?:در|طی|ضمن) $")


def _visit_of(c: _Cue) -> bool:
    """Is the noun «دیدار» a visit to what «از» names, its subject side all on one side (no «با»)?"""
    if not c.noun.startswith("دیدار") or " با " in c.folded[c.L:c.cs]:
        return False
    if c.verb is not None:
        return bool(_VISIT_OF_BEFORE.search(c.folded, c.L, c.cs))
    # (not "X در دیدار Y از قوانین … اشاره کرد", where «از» is the next verb's)
    after = _VISIT_OF_AFTER.match(c.folded, c.ce, c.R)
    return bool(after) and " با " not in after.group() and not _IN_FRAME_BEFORE.search(c.folded, max(0, c.cs - 6), c.cs)


def _read(c: _Cue) -> _Reading | None:
    """The parties by the construction the cue stands in, tried in this order."""
    folded, L, cs = c.folded, c.L, c.cs
    if _visit_of(c):
        return None  # "A و B از Z دیدار کردند": A and B visited Z together; not a contact of A with B
    with_before = _last_with(folded, L, cs)
    finite = _FINITE.search(folded, with_before.end(), cs) if with_before else None
    if finite and not _RELATIVE.search(folded, with_before.end(), finite.start()):
        with_before = None  # "با طالبان وارد جنگ شدند و … مذاکره": that «با» belongs to another verb
    nominal_before = _NOMINAL_BEFORE.search(folded, L, cs)
    if nominal_before and c.verb is not None and _TO_NOUN.fullmatch(folded, nominal_before.start(), cs) \
            and c.verb.group().startswith(("پرداخت", "نشست")):
        nominal_before = None  # "X و Y به گفت‌وگوی تلفنی پرداختند / به گفت‌وگو نشستند": «به NOUN پرداختن» is the verb's frame
    if pre_in := _IN_BEFORE.search(folded, L, cs):
        return _read_in(c, pre_in.start())
    if (by := _BY_NOUN.search(folded, L, cs)) and (w := _first_with(folded, c.ce, c.R)) \
            and _OWN_RELATIVE.match(folded, c.ce, w.start()):
        return _read_in(c, by.start())  # "X گفت: با نشستی که با Y داشتیم …": by way of the speaker's own session
    if (fronted := _BETWEEN_FRONTED.search(folded, L, cs)) and _HELD_VERB.search(folded, c.ce, c.end):
        # "میان A و B گفت‌وگوی تلفنی صورت گرفت": the two sides before the noun, the passive after it
        sides = split_parties(folded, fronted.end(), cs)
        return _Reading(sides, verbal=True, anchored=True) if len(sides) >= 2 else None
    if (present := _PRESENCE_FRONTED.search(folded, L, cs)) and _HELD_VERB.search(folded, c.ce, c.end):
        # "با حضور A، B و C نشستی برگزار شد": those present before the noun, the passive of holding after it
        sides = split_parties(folded, present.start("who"), present.end("who"))
        return _Reading(sides, verbal=True, anchored=True) if len(sides) >= 2 else None
    if _GO_TO.search(folded, L, cs) and _WENT.search(folded, c.ce, went_end := _past_title_chunks(folded, c.R, c.end)):
        return _read_went(replace(c, R=went_end))  # "X به دیدار Y، TITLE، رفت": past Y's title set off by commas
    if recip := _RECIPROCAL.search(folded, L, cs):
        return _read_reciprocal(c, recip.start())
    if with_before is not None and (c.verb is not None or _ELLIPSIS.match(folded, c.ce, c.R)):
        return _read_with_before(c, with_before)
    if _EXCHANGE.match(c.noun):
        return _read_exchange(c)
    # (past the commas of the sides' list: "نشستی میان A، B و C …", "نشستی با حضور A، B و C برگزار شد")
    listed = _BETWEEN.match(folded, c.ce, c.R) or _PRESENCE.search(folded, c.ce, c.R)
    passive = c.verb is not None and _HELD_PASSIVE.fullmatch(c.verb.group()) or c.verb is None \
        and _HELD_VERB.search(folded, c.ce, c.end if listed else c.R)
    held = passive and (_PHRASE_START.match(folded, L, cs) or _time_only(folded[L:cs]))
    # ("در بنای مجلس ملاقات X با Y برگزار شد": a place phrase, then the noun, the subject of «برگزار شد»)
    if nominal_before is not None or not _BULLETS.sub("", folded[L:cs]) or _ORDINAL_BEFORE.fullmatch(folded, L, cs) \
            or held:  # "با اصرار Z دیدار X با Y … برگزار شد": the noun is the passive's subject
        reading = _read_nominal(c, nominal_before)
        # "دیدار X با Y در لندن صورت گرفت": the noun as the subject of «صورت گرفت / انجام شد» binds its two sides as
        # a verb does, two bare surnames too
        bound = passive and not nominal_before and reading is not None and len(reading.parties) == 2
        return replace(reading, verbal=True) if bound else reading
    if c.verb is not None:
        return _read_verb(c)
    return None


def _read_in(c: _Cue, x_end: int) -> _Reading | None:
    """"X در دیدار با Y …", "X در دیدار Y …", "در دیدار X با Y …": a full report of the contact."""
    folded, ce, R = c.folded, c.ce, c.R
    ce = _noun_adjectives().match(folded, ce, R).end()  # "در دیداری غیرمنتظره از عراق با …": the noun's adjectives
    if (sides := _between(folded, ce, R, c.end)) is not None:
        # "در دیدار بین A و B، …", "در دیداری که … میان A و B برگزار شد، …": the two sides are the noun's
        return _Reading(sides, verbal=True, anchored=True) if len(sides) >= 2 else None
    if held := _HELD_WITH_PRESENCE.match(folded, c.ce, c.end):
        # "X در نشست … که با حضور Y برگزار شد، گفت": X and those present
        x, present = _subject(folded, c.s_start, c.L, x_end), split_parties(folded, *held.span("who"))
        return _Reading(x + present, verbal=True, anchored=True) if x and present else None
    with_after = _first_with(folded, ce, _parties_end(folded, ce, R)) or _with_past_modifiers(folded, ce, R)
    if with_after and _FINITE.search(folded, ce, with_after.start()):
        with_after = None  # "X در مذاکرات … است و برخی با …": that «با» belongs to the next clause
    if with_after and _verbs_with(folded, with_after.end(), c.end):
        return None  # "… حاضر در جلسه با ماده (۱) این طرح موافقت کردند": that «با» is the verb's, not the noun's
    if _REPORTER.match(folded, c.L, x_end):
        return None  # "خبرنگار انتخاب در گفت‌وگویی تلفنی با X": an interview
    possessor = _SPEECH_OF.search(folded, c.L, x_end)
    x = split_parties(folded, possessor.end(), x_end) if possessor else _subject(folded, c.s_start, c.L, x_end)
    if not with_after and not possessor and _both_sides_subject(c, x, x_end) and _plural_verb_after(folded, ce, c.end):
        return _both_reading(c)  # "دو وزیر پیش از این در گفت‌وگویی تلفنی … به توافق رسیده بودند"
    if _PARTICIPLE_END.search(folded, c.L, x_end) or not (with_after or possessor) and _RAISED.search(folded, ce, c.end):
        # "پیشنهادهای مطرح شده در دیدار با X": the contact qualifies a noun; who met X is not said; "بحران X در
        # مذاکرات A و B مطرح شد": the subject is the matter raised there, no side
        x = []
    anchored = with_after is not None or len(x) >= 2  # "X و Y در تماسی تلفنی … رایزنی کردند"
    if not x and with_after and _OWN_RELATIVE.match(folded, ce, with_after.start()) \
            and _OWN_CONTACT_VERB.match(folded, _end_of_with(folded, with_after.end(), R)):
        # "X گفت: در دیداری که با Y داشتیم، …": the quoted speaker met Y
        return _speaker_reading(c, split_parties(folded, with_after.end(), _end_of_with(folded, with_after.end(), R)))
    if not x and with_after and folded[c.s_start:c.L].rstrip().endswith(":") \
            and _FIRST_PERSON_END.search(folded, with_after.end(), c.end):
        # "X: در دیدار با Y بر همکاری تاکید کردم": the one quoted, speaking of their own contact
        y_end = _before_place_object(folded, with_after.end(), _list_right(folded, with_after.end(), R, c.end))
        return _speaker_reading(c, split_parties(folded, with_after.end(), y_end))
    if not x:
        if with_after and not _FROM_AFTER.match(folded, ce, with_after.start()):  # not "در زمان ملاقات از X با Y"
            x = split_parties(folded, ce, with_after.start())
            # "در گفت‌وگوهایش با A و B": with no side before «با», A and B are one side only; they did not meet
            return _Reading(x + split_parties(folded, with_after.end(), R), verbal=True, anchored=anchored) if x else None
        if with_after:
            return None
        if (sides := _sides_after_held(folded, ce, c.end)) is not None:
            return _Reading(sides, verbal=True, anchored=True) if len(sides) >= 2 else None
        both = split_parties(folded, ce, R)  # "در گفت‌وگوهای آژانس و مقامات ایرانی"
        if any(p.weak for p in both):
            return None  # "در گفتگوهای صلح، آتش بس و …": a topic's words after the noun, not its two sides
        return _Reading(both, verbal=True, anchored=anchored) if len(both) >= 2 else None
    y = []
    if with_after:
        y_end = _before_place_object(folded, with_after.end(), _list_right(folded, with_after.end(), R, c.end))
        # ("در دو تماس تلفنی جداگانه با A و B گفت‌وگو کرد": the side ends before the verb's own noun)
        y_end = _before_next_noun(folded, with_after.end(), y_end)
        y = split_parties(folded, with_after.end(), y_end)
    if with_after and (not y or y[0].pronoun):
        # "X در دیدار Y با وی": Y is between the noun and «با»; else the one «با وی / با این قهرمان» tells back
        y = split_parties(folded, ce, with_after.start()) or y
        if not y:
            return None  # "A و B در گفت‌وگو با بی. بی. سی": the «با» side is no party; A and B did not meet each other
    elif with_after and (owner := _possessor(folded, ce, with_after.start())):
        # "X در دیدار Y با Z گفت": X spoke at Y's meeting with Z, all three there; but "X تصریح کرد در دیدار Y با
        # Z …": the meeting is told in what X said, Y met Z
        x = owner if not x or x[0].pronoun or _FINITE.search(folded, x[-1].name[1], c.cs) else x + owner
    elif not with_after and (_OCCASION_AFTER.match(folded, ce, R) or _EACH_OTHER_AFTER.match(folded, ce, R)):
        # "در نشستی دوجانبه در حاشیه اجلاس سران …": an occasion after the noun, no object of it; "A و B در گفت‌وگو با
        # یکدیگر از توافق خبر دادند": the sides are the subject's, nothing after «با یکدیگر» is one
        y = []
    elif not with_after:
        y = split_parties(folded, ce, _list_right(folded, ce, R, c.end))  # "در دیدار وزیر، معاونان و …"
        # "در نشست سه‌جانبه وین": a city after the noun names the occasion, not a side
        y = [p for p in y if " ".join(folded[p.name[0]:p.name[1]].split()) not in lexicon().cities]
        # "… در یک دیدار مقدمات این سفر را فراهم کردند": what stands before «را» is the verb's object, not a side
        y = [p for p in y if not _before_ra(folded, p)]
        # "X در دیدار سفیر چین گفت": the noun takes a titled or named Y as its object
        # (a verb or a quote follows: "محو در گفت‌وگوی آیینه" alone is a heading, not a report)
        told = _FINITE.search(folded, ce, c.end) or _speech_end(folded, ce, c.end) < c.end
        # … or a bare surname no common word, when the subject is a named or titled person ("ظریف در دیدار
        # فروتا با اشاره به … تاکید کرد")
        anchored = anchored or bool(told) and (any(not p.weak for p in y) or _bare_object(folded, x, y))
        if len(y) >= 2 and all(not (p.weak or p.pronoun or p.role_only) for p in y) \
                and _COMPLEMENT.search(folded, max(c.s_start, c.L - 12), c.cs):
            x = []  # "سخنگوی X گفت که در جریان دیدار A و B …": A and B met; the one who told it is no side
    return _Reading(x + y, verbal=True, anchored=anchored)


_EACH_OTHER_AFTER = folded_rx(r"\s*با (?:یکدیگر|همدیگر|هم)(?!\S)")
_RAISED = folded_rx(B + r"(?:مطرح|بررسی|بحث) (?:شد|شده|گردید|شده است)" + E)  # the passive of a matter raised
_OCCASION_AFTER = folded_rx(r"\s*(?:در|طی|برای|به مناسبت)\s")


def _possessor(folded: str, ce: int, with_at: int) -> list[Party]:
    """The titled, honored or group parties that stand between a meeting noun and its «با» ("در دیدار وزیر خارجه
    ایران با …", "در دیدار جمعی از نمایندگان با …"): who met the «با» side; [] when anything else stands there."""
    between = folded[ce:with_at]
    if not between.strip() or _POSSESSOR_NOT.search(between):
        return []
    parties = split_parties(folded, ce, with_at)
    strong = all(not (p.weak or p.pronoun) and (p.role_only or p.title or p.honored or group_party(
        folded[p.name[0]:p.name[1]])) for p in parties)
    return parties if parties and strong else []


# what marks the words after a meeting noun as its own modifiers, not its possessor: a time, «خود», or a
# preposition or «و» right after the noun
_POSSESSOR_NOT = folded_rx(B + r"(?:خود|خویش|امروز|دیروز|روز|صبح|عصر|شب|هفته|ماه|سال|اخیر|گذشته)" + E
                           + r"|^\s*(?:در|از|به|و|که|برای|پیرامون|درباره)" + E)


def _before_ra(folded: str, p: Party) -> bool:
    """Is party `p` the object marked by «را» (its last word, or the word right after it)?"""
    end = max(p.name[1], p.title[1] if p.title else 0)
    return folded[p.name[0]:end].split()[-1:] == ["را"] or bool(re.match(r"\s*را" + E, folded[end:]))


def _speaker_reading(c: _Cue, y: list[Party]) -> _Reading:
    """The one quoted (a pronoun party the sentence's speaker names) met the parties `y`."""
    return _Reading([Party(name=(c.cs, c.cs), pronoun=True)] + y, verbal=True, anchored=True, speaker=True)


def _end_of_with(folded: str, at: int, R: int) -> int:
    """Where the «با» side of a relative clause ends: before its verb ("که با Y داشتیم")."""
    verb = _OWN_CONTACT_VERB.search(folded, at, R)
    return verb.start() if verb else R


def _bare_object(folded: str, x: list[Party], y: list[Party]) -> bool:
    """One bare word after the noun, no common word, and a subject that is no pronoun or weak name."""
    if len(y) != 1 or len(x) != 1 or x[0].weak or x[0].pronoun:
        return False
    words = folded[y[0].name[0]:y[0].name[1]].split()
    return len(words) == 1 and words[0] not in lexicon().common_words


def _past_title_chunks(folded: str, R: int, end: int) -> int:
    """The clause's end past a title set off by commas after its last party ("… هانس مولر، مدیرکل …، رفت"), or
    past the name set off after its title ("… به دیدار امام جمعه زاهدان، NAME، رفت"); `R` when another contact is
    told there."""
    after = folded[R + 1:end].lstrip() if R < end and folded[R] in "،," else ""
    if not (after and (lexicon().title.match(after) or _NAME_THEN_WENT.match(after))):
        return R
    past = _clause_right(folded, R + 1, end)
    if past < end and folded[past] in "،," and not _FINITE.search(folded, R, past):
        past = _clause_right(folded, past + 1, end)
    return R if lexicon().noun.search(folded, R, past) else past


def _read_went(c: _Cue) -> _Reading:
    """"X به دیدار Y رفت", and a quoted «… به دیدار Y رفتم»: a frame tight enough for two bare surnames."""
    went = _WENT.search(c.folded, c.ce, c.R)
    x_end = _GO_TO.search(c.folded, c.L, c.cs).start()
    y = split_parties(c.folded, c.ce, went.start())
    if went.group("own"):  # "… به دیدار Y رفتم": the quoted speaker went
        return _speaker_reading(c, y)
    # ("X پیش از اعزام به پاریس / در آستانه … به دیدار Y رفتند": the subject stands before the occasion)
    before_time = _OCCASION.search(c.folded, c.L, x_end)
    x = _subject(c.folded, c.s_start, c.L, before_time.start() if before_time and before_time.start() > c.L else x_end)
    return _Reading(x + y if x else [], verbal=True, anchored=True)  # those visited did not meet each other


def _read_reciprocal(c: _Cue, recip_start: int) -> _Reading:
    """"X و Y با یکدیگر دیدار کردند"; "دو طرف … با یکدیگر دیدار کرده بودند": the two people told before."""
    parties = country_groups(c.folded, _subject(c.folded, c.s_start, c.L, recip_start))
    if not parties and _BOTH_SIDES.search(c.folded, c.s_start, recip_start) or _both_sides_subject(c, parties, recip_start):
        return _both_reading(c)
    return _Reading(parties, verbal=True, anchored=True)


def _both_sides_subject(c: _Cue, parties: list[Party], end: int) -> bool:
    """"این دو مقام / دو وزیر / طرفین پیش از این در ۲۰ مرداد … دیدار کرده بودند": the clause's subject points back to
    the two sides told before (whatever parties were read from it lie inside those words), at a time it gives."""
    m = _BOTH_SIDES.search(c.folded, c.L, end)
    before = _BOTH_SIDES.search(c.folded, c.s_start, c.L) if m is None else None
    if before and _times_set_off(c.folded[before.end():c.L]):
        m = before  # "دو طرف پیش از این نیز، ۲۸ آذر، در تماسی تلفنی …": the subject before a time set off by commas
    # (and a time of its own: a contact before, not a recap)
    # (a party read after «در» is the place: "دو رئیس‌جمهور … در آستانه با یکدیگر دیدار کرده بودند"; after the
    # subject set off by its time, bare words are the occasion's: "دو شهردار پیش از این، در … جاده ابریشم، …")
    return bool(m) and all(m.start() <= p.name[0] and p.name[1] <= m.end() or c.folded[:p.name[0]].endswith("در ")
                           or p.weak and m.end() <= c.L for p in parties) \
        and bool(find_date_expressions(c.folded[min(m.start(), c.L):c.end]) or _EARLIER_PERFECT.search(c.folded, m.end(), c.end))


def _times_set_off(between: str) -> bool:
    """Only time phrases and «پیش از این / نیز» set off by commas ("پیش از این نیز، ۲۸ آذر،"), or a time and the
    occasion it was ("پیش از این، در اردیبهشت امسال و در حاشیه نمایشگاه …،")?"""
    chunks = [re.sub(r"(?:^|\s)(?:نیز|هم|پیش از این|قبلا|پیشتر)(?=\s|$)", " ", x).strip() for x in re.split(r"[،,]", between)]
    return any(chunks) and all(not x or all(_time_only(y) or _MONTH_PHRASE.fullmatch(y) or _OCCASION.match(y)
                                            for y in re.split(r"\s+و\s+", x)) for x in chunks)


def _both_reading(c: _Cue) -> _Reading:
    """The two sides of the contact told before (extract.py fills them in, at this sentence's own time if it says one)."""
    return _Reading([Party(name=(c.cs, c.cs), pronoun=True), Party(name=(c.cs, c.cs), pronoun=True)], verbal=True,
                    anchored=True, both=True)


def _one_with_titles(subject: list[Party], verb: re.Match | None) -> list[Party]:
    """"X مدرس حوزه و عضو مجلس خبرگان … با Y گفت‌وگو کرد": a singular verb has one subject, so the office after
    «و» is a second title of the named person before it, not a party of its own."""
    if not verb or _PLURAL_VERB.search(verb.group()) or len(subject) < 2 or subject[0].role_only \
            or subject[0].title is None or not all(p.role_only and p.title for p in subject[1:]):
        return subject
    return subject[:1]


def _read_with_before(c: _Cue, with_before: re.Match) -> _Reading | None:
    """"X با Y دیدار کرد", "با X … گفت‌وگو کردم" (the speaker), "X با حضور در دفتر Y با وی دیدار کرد"."""
    folded, y_start = c.folded, with_before.end()
    including = _INCLUDING.search(folded, y_start, c.cs)
    if including and (_TOPIC.search(folded, y_start, including.start()) or any(
            _ACTION_WITH.search(folded, y_start, w.start()) for w in _WITH.finditer(folded, y_start, including.start()))):
        including = None  # "با Y در رابطه با … موضوعات از جمله A و B": the topics' list, not Y's
    perfect = c.verb is not None and c.verb.group().endswith("ه") and bool(_PERFECT_FIRST.match(folded, c.verb.end()))
    if perfect and ":" not in folded[c.s_start:c.cs]:
        return None  # "… با مهندس X گفت‌وگو کرده‌ایم": the writer's own interview, no one quoted
    speaker = c.verb is not None and bool(_FIRST_PERSON.fullmatch(c.verb.group())) or perfect
    then = _THEN_WITH.search(folded, c.L, with_before.end())
    first = _last_with(folded, c.L, then.start()) if then else None
    if first is not None:
        # "X با A و سپس با B تلفنی گفت‌وگو کرد": one contact with each, in turn
        subject = _subject(folded, c.s_start, c.L, first.start())
        sides = split_parties(folded, first.end(), then.start()) + split_parties(folded, with_before.end(), c.cs)
        return _Reading(subject + sides, verbal=True, anchored=True, split_each=True) if subject and sides else None
    if len(chain := _with_chain(folded, c.s_start, with_before)) > 1:
        # "X صبح با A، ظهر با B و عصر با C دیدار کرد": one contact with each, in turn
        subject = _subject(folded, c.s_start, c.L, chain[0][0].start())
        sides = [p for (w, end) in chain for p in split_parties(folded, w.end(), end if end is not None else c.cs)]
        return _Reading(subject + sides, verbal=True, anchored=True, split_each=True) if subject and sides else None
    visited = _VISITED.search(folded, c.L, with_before.start())  # X went to Y's place; «وی» is Y
    # "X صبح امروز با حضور در حسینیه … با Y دیدار کرد": X before the place it was present at, whatever the place
    present = _PRESENT_AT.search(folded, c.L, with_before.start())
    x_end = present.start() if present else with_before.start()
    subject = [Party(name=(c.cs, c.cs), pronoun=True)] if speaker else _subject(folded, c.s_start, c.L, x_end)
    subject = _one_with_titles(subject, c.verb)
    if _TALK.match(c.noun) and _PRESS_PARTY.match(folded, y_start, c.cs):
        return None  # "با خبرنگاران درباره … گفت‌وگو کرد": a press talk
    y = split_parties(folded, including.end() if including else y_start, _before_noun_chain(folded, y_start, c.cs))
    owner = split_parties(folded, visited.end(), with_before.start()) if visited else []
    if visited and (len(y) == 1 and y[0].pronoun or not y and _THIS_ONE.match(folded, y_start + 1, c.cs)):
        # "با حضور در دفتر / بیت Y با وی / با این مرجع تقلید دیدار کرد": Y, whose place it is
        y = owner
    elif len(y) == 1 and not (y[0].pronoun or y[0].honored) and len(owner) == 1 and owner[0].honored \
            and folded[slice(*y[0].name)].split()[0] not in lexicon().first_names:
        y = owner  # "با حضور در دفتر آیت‌الله Y با مرجع تقلید شیعیان دیدار کرد": the one named there, described
    elif visited and not y and _THEIR_FAMILY.match(folded, y_start, c.cs):
        # "با حضور در منزل شهید X با خانواده وی دیدار کرد": the family of the one whose home it is
        host = " ".join(folded[visited.end():with_before.start()].split())
        y = [Party(name=(visited.end(), with_before.start()), role_only=True, literal=f"خانواده {host}")] if host else []
    if not subject and len(y) > 1 and _AND_NOUN.search(folded, y[-2].name[1], y[-1].name[0]):
        # "در سفر به لندن با A و B دیدار کرد": a dropped subject (the one told before); A and B are one side
        # (but "با A، B … دیدار کرد": B, set off after the «با» phrase put first, is the subject)
        subject = [Party(name=(c.cs, c.cs), pronoun=True)]
    return _Reading(subject + y, verbal=True, anchored=True, speaker=speaker,
                    split_each=bool(including and _PLURAL.search(c.noun)))


# what joins one «با» phrase of a sequence to the next: "، ظهر با", " و سپس با", "، با"
_CHAIN_LINK = folded_rx(r"(?:[،,]|\sو)\s*(?:(?:ابتدا|سپس|بعد|آنگاه|انگاه|صبح|ظهر|عصر|شب|بعدازظهر|در پایان|پس از ان)\s+)?$")


def _with_chain(folded: str, start: int, last: re.Match) -> list[tuple[re.Match, int | None]]:
    """The «با» phrases of "X صبح با A، ظهر با B و عصر با C دیدار کرد", in order, each with where its side ends
    (None for the last, which ends at the cue); [(last, None)] when no such phrase goes before `last`."""
    chain: list[tuple[re.Match, int | None]] = [(last, None)]
    while link := _CHAIN_LINK.search(folded, start, chain[0][0].start()):
        prev = _last_with(folded, start, link.start())
        if prev is None or _PRESENCE.match(folded, prev.start()) or _FINITE.search(folded, prev.end(), link.start()) \
                or lexicon().noun.search(folded, prev.end(), link.start()) \
                or not split_parties(folded, prev.end(), link.start()):
            break
        chain.insert(0, (prev, link.start()))
    return chain


# a verb that takes «با» of its own: "با X موافقت / مخالفت / مقابله کردند"
_VERB_WITH = folded_rx(B + r"(?:موافقت|مخالفت|مقابله|مبارزه|برخورد)\s+(?:ن?می ?)?(?:کرد|کردند|کند|کنند|نمود|نمودند|شد|شدند)" + E)


def _verbs_with(folded: str, at: int, end: int) -> bool:
    """Does the «با» phrase from `at` close on a verb that takes «با» of its own, within its clause?"""
    verb = _VERB_WITH.search(folded, at, end)
    return bool(verb) and not re.search(r"[.،,:؛]|" + B + r"با" + E, folded[at:verb.start()])


def _read_exchange(c: _Cue) -> _Reading | None:
    """An exchange between the two sides of a plural subject ("گروه‌های سیاسی عراق و مقامات آمریکایی … به بحث و
    تبادل نظر پرداختند"); "طرفین درباره A، B و C تبادل نظر کردند" (the subject before the topic) repeats one."""
    folded = c.folded
    topic = _TOPIC.search(folded, c.s_start, c.cs)
    end_subject = topic.start() if topic else _DISCUSSION.search(folded, c.L, c.ce).start()
    subject = _subject(folded, c.s_start, _clause_left(folded, c.s_start, end_subject), end_subject)
    if len(subject) < 2 or not _plural_verb(c):
        return None
    return _Reading(subject, verbal=True, anchored=True)


def _read_nominal(c: _Cue, nominal_before: re.Match | None) -> _Reading | None:
    """"دیدار X با Y", "پس از تماس تلفنی X با Y", "از گفت‌وگوی تلفنی X و Y خبر داد": the noun binds its parties."""
    folded, ce, R = c.folded, c.ce, c.R
    while (also := _AND_NOUN.match(folded, ce, R)) and lexicon().noun.match(folded, also.end(), R):
        ce = lexicon().noun.match(folded, also.end(), R).end()  # "دیدار و رایزنی X با Y": both nouns bind X
    ce = _noun_adjectives().match(folded, ce, R).end()  # "دیدار محرمانه X با Y": the noun's adjectives are no party
    ce = _past_day(folded, ce, R)  # "نشست پنج‌شنبه X با Y": the noun's day is no party either
    if (sides := _between(folded, ce, R, c.end)) is not None:
        return _Reading(sides, anchored=True) if len(sides) >= 2 else None
    x_end = _parties_end(folded, ce, R)
    with_after = _first_with(folded, ce, x_end) or _with_past_modifiers(folded, ce, R) or _with_past_place(folded, x_end, R) \
        or _with_past_time(folded, cut(folded, ce, R)[1], R)
    if not with_after and (apposed := _with_past_apposition(folded, ce, R, c.end)):
        with_after, R = apposed, _clause_right(folded, apposed.end(), c.end)  # "دیدار ROLE، NAME، با Y …"
    if not with_after and (_BOTH_SIDES.match(folded, ce + len(folded[ce:R]) - len(folded[ce:R].lstrip()), R)
                           or c.noun.endswith("شان") or _THEIR.match(folded, ce, R)):
        # "نخستین دیدار آن دو ۲۵ آذر … برگزار شده بود", "پس از نخستین دیدارشان در آذر ۱۳۹۹": the sides of the contact
        # told before
        return _both_reading(c)
    if not with_after:
        obj = _OBJECT.search(folded, ce, R)  # "جزئیات تماس تلفنی A و B را اعلام کرد": the sides end at «را»
        # (past a list's commas: "نشست برخط وزیران کشاورزی A، B و C … برگزار شد")
        after = split_parties(folded, ce, obj.start() if obj else _list_right(folded, ce, R, c.end))
        return _Reading(after if after else _sides_after(c, nominal_before), anchored=True)
    if _FROM_AFTER.match(folded, ce, with_after.start()):
        return None  # "ملاقات از X با Y": «از» marks whom the visit was to; X is no side of a contact with Y
    x = split_parties(folded, ce, with_after.start())
    if not x and nominal_before is not None and not _LIST_ITEM_BEFORE.search(folded, c.L, c.cs) \
            and not _ITEMS_BEFORE.search(folded, c.L, c.cs):
        # "X، جمعه شب در ویدئویی از دیدار با Y خبر داد": X is the clause's subject; not so for an item of a
        # list of things reported ("گزارشی از سفر …، از جمله ملاقات با …")
        x = _subject(folded, c.s_start, c.L, nominal_before.start())
    y_end = _before_place_object(folded, with_after.end(), _list_right(folded, with_after.end(), R, c.end))
    y_end = _before_next_noun(folded, with_after.end(), y_end)
    if (again := _first_with(folded, with_after.end(), y_end)) and lexicon().noun.search(folded, again.end(), R):
        y_end = again.start()  # "X پیش از دیدار با Y با Z گفت‌وگو کرد": a second «با» is the next cue's side
    y = split_parties(folded, with_after.end(), y_end)
    if not x and _PRESENCE.match(with_after.group()) and len(y) >= 2 and c.noun.startswith(("نشست", "جلسه")):
        return _Reading(y, anchored=True)  # "نشستی با حضور A و B … برگزار شد": those present met
    if not x and c.verb is not None and _HAD.match(c.verb.group()) and not folded[c.L:c.cs].strip() \
            and folded[:c.L].rstrip().endswith(("،", ",")) and not _OBJECT.search(folded, ce, c.verb.start()):
        # "X TITLE در حاشیه نشست، گفت‌وگویی دوجانبه با Y داشت": the clause's subject stands before the adverbial
        x = _subject(folded, c.s_start, c.L, c.cs)
        y = split_parties(folded, with_after.end(), c.verb.start()) if c.verb.start() > with_after.end() else y
        return _Reading(x + y, verbal=True, anchored=True) if x and y else None
    if not x:
        return None  # "دیدارهای خود با A و B": one side only; A and B did not meet each other
    if _PRESENCE.match(with_after.group()) and y and all(member(folded, p) for p in y):
        return None  # "جلسه کمیسیون X با حضور اعضای کمیسیون برگزار شد": one body's own session
    return _Reading(x + y, anchored=True)


def _between(folded: str, ce: int, R: int, end: int) -> list[Party] | None:
    """"گفت‌وگوی تلفنی بین A و B", "دیداری که روز دوشنبه میان A و B برگزار شد": the noun's two sides after
    «بین/میان», up to the passive verb of the sentence (past titles set off by commas: "میان A، TITLE، و B، TITLE،
    صورت گرفت"); None when the noun has no such phrase."""
    m = _BETWEEN.match(folded, ce, R) or _BETWEEN_HELD.match(folded, ce, end) or _between_past_time(folded, ce, R)
    if m is None:  # (a relative clause may hold commas)
        return None
    held = _HELD_VERB.search(folded, m.end(), end)
    return split_parties(folded, m.end(), held.start() if held else R)


def _between_past_time(folded: str, ce: int, R: int) -> re.Match | None:
    """«بین/میان» after a time phrase that follows the noun ("گفت‌وگویی تلفنی شب گذشته میان A و B …")."""
    lead = _NOUN_TAIL.match(folded, ce, R)
    after = _time_phrase_end(folded, lead.end(), R) if lead else None
    return _BETWEEN_WORD.match(folded, after, R) if after is not None else None


def _sides_after(c: _Cue, nominal_before: re.Match | None) -> list[Party]:
    """"مقام‌های ترکیه و آمریکا بعد از مذاکراتی در آنکارا اعلام کردند …": after a contact noun in a time phrase,
    a plural verb's coordinated subject names its two sides; else none."""
    if nominal_before is None or not _AFTER.match(nominal_before.group()):
        return []
    sides = country_groups(c.folded, _subject(c.folded, c.s_start, c.L, nominal_before.start()))
    return sides if len(sides) >= 2 and _PLURAL_PAST.search(c.folded, c.ce, c.end) else []


def _read_verb(c: _Cue) -> _Reading:
    """"X … دیدار کرد" with «با Y» after the noun, or "پوتین و اردوغان در پکن دیدار کردند" (a plural verb: the
    coordinated subjects met each other), or "X Y را ملاقات کرد" (the object before «را»)."""
    if obj := _OBJECT_BEFORE.search(c.folded, c.L, c.cs):
        a, b = cut(c.folded, c.L, obj.start())
        host, guest = split_parties(c.folded, a, b), split_parties(c.folded, b, obj.start()) if b < obj.start() else []
        if not (len(host) == 1 and len(guest) == 1) or guest[0].name[1] < obj.start() - 2:
            # (the guest is the phrase right before «را», not one a time word left earlier)
            host, guest = _host_then_guest(c.folded, c.L, obj.start())
        return _Reading(host + guest if len(host) == 1 and len(guest) == 1 else [], verbal=True, anchored=True)
    parties = _subject(c.folded, c.s_start, c.L, c.cs)
    with_after = _first_with(c.folded, c.ce, c.verb.start())
    if not with_after and _plural_verb(c) and _both_sides_subject(c, parties, c.cs):
        return _both_reading(c)  # "طرفین پیش از این در ۲۰ مرداد در تهران دیدار کرده بودند"
    if with_after:
        parties += split_parties(c.folded, with_after.end(), c.verb.start())
    elif _plural_verb(c):
        parties = country_groups(c.folded, parties)  # "مقامات ایران و عراق در بغداد دیدار کردند"
    plural = not with_after and len(parties) >= 2 and _plural_verb(c)
    if not with_after and len(parties) >= 2 and not plural:
        return None  # "… از کشورهای مصر، عربستان و امارات دیدار کرده است": a singular verb, one side only
    # "… دو طرف درباره A، B و C رایزنی کردند": after a topic phrase the words before the verb are its list
    topic_before = _TOPIC.search(c.folded, c.s_start, c.L)
    if topic_before and not with_after and not _FINITE.search(c.folded, topic_before.end(), c.L):
        return None  # "… پیرامون گسترش روابط، همکاری‌های اقتصادی و مسایل ترانزیتی گفت‌وگو کردند": topics, no sides
    return _Reading(parties, verbal=True, anchored=plural and not topic_before)


def _plural_verb(c: _Cue) -> bool:
    """The contact's verb is plural: "دیدار کردند", "دیدار کرده‌اند", "گفت‌وگو کرده بودند"."""
    return c.verb is not None and _plural(c.folded, c.verb)


def _plural(folded: str, verb: re.Match) -> bool:
    """Is this verb plural, by its own ending or its auxiliary ("کردند", "کرده‌اند", "کرده بودند")?"""
    return verb.group().endswith("ند") or bool(re.match(r"\s*(?:اند|بودند|باشند)" + E, folded[verb.end():verb.end() + 8]))


def _host_then_guest(folded: str, L: int, obj: int) -> tuple[list[Party], list[Party]]:
    """"هانس مولر [روز سه‌شنبه] پیتر برگ را …": two parties side by side before «را», split where the second opens
    (a first name, an honorific or a title after the first party); the last such split that reads one party each."""
    lex = lexicon()
    for w in reversed(list(re.finditer(r"\S+", folded[L:obj]))[1:]):
        at = L + w.start()
        if not (w.group() in lex.first_names or lex.honorific.match(folded, at, obj) or lex.title.match(folded, at, obj)):
            continue
        host, guest = split_parties(folded, L, at), split_parties(folded, at, obj)
        if len(host) == 1 and len(guest) == 1 and not host[0].weak and not guest[0].weak and guest[0].name[0] <= at + 1:
            return host, guest
    return [], []


def _speech_end(folded: str, pos: int, end: int) -> int:
    """The end of the reported part of a sentence: its first colon or semicolon (quoted speech follows)."""
    m = folded_rx(r"[:؛]").search(folded, pos, end)
    return m.start() if m else end


def _opens_clause(folded: str, L: int, cs: int) -> bool:
    """Does the noun at `cs` open its clause (nothing but quotes before it)?"""
    return not folded[L:cs].strip(" \n«»\"")


def _own_talk(c: _Cue) -> bool:
    """"X گفت: با آقای Y صحبت کردیم": the one quoted, telling of a talk of their own with a named person or an
    office («صحبت» alone tells no channel; a talk with a group, «با بازیگران صحبت کردیم», is none)."""
    if not (c.noun.startswith("صحبت") and c.verb is not None and _OWN_CONTACT_VERB.fullmatch(c.verb.group())):
        return False
    with_at = _last_with(c.folded, c.L, c.cs)
    if not with_at:
        return False
    lex = lexicon()
    a = with_at.end() + len(c.folded[with_at.end():c.cs]) - len(c.folded[with_at.end():c.cs].lstrip())
    polite = lex.honorific.match(c.folded, a, c.cs)
    first = c.folded[polite.end() if polite else a:c.cs].split()[:1]
    return bool(polite) or bool(first) and (first[0] in lex.first_names or bool(lex.title.fullmatch(first[0])))


def _is_session(folded: str, L: int, cs: int, ce: int, noun: str) -> bool:
    """«نشست» is a meeting noun as "در نشستی با", "نشست مشترک/دوجانبه با"; otherwise it may be the verb "sat"."""
    return bool(
        noun == "نشستی" or noun.startswith("جلسه") or re.match(r"نشست ?ها", noun)  # a plural is never "sat"
        # (after a preposition it is a noun: "در نشست", "از نشست X با Y استقبال کرد", "طی نشست", "در پی نشست")
        or re.search(r"(?<!\w)(?:در|یک|از|طی|پی|درباره|مورد|تشریح|توضیح|شرح)\s+$", folded[max(L, cs - 12):cs])
        # ("در حاشیه / پایان نشست صمیمی با Y": the noun of a moment, when its «با» follows; "در حاشیه نشست مجمع" is a
        # gathering's)
        or re.search(r"(?<!\w)(?:حاشیه|جریان|خلال|پایان)\s+$", folded[max(L, cs - 12):cs])
        and re.match(r"(?: ?ای|ی)?(?: (?:" + _MANNER_ADJECTIVES + r"))?\s+با (?!یکدیگر|هم )", folded[ce:ce + 40])
        or _opens_clause(folded, L, cs) or _time_only(folded[L:cs])  # "(چند روز پیش) نشست X با Y …" opening its clause:
        # the noun, not the verb "sat"
        or re.match(r" (?:مشترک|دو ?جانبه|سه ?جانبه|چند ?جانبه)", folded[ce:ce + 12])
    )


def _host_event(folded: str, s_start: int, end: int, host: re.Match) -> Candidate | None:
    """"X میزبان Y بود": a hosted meeting."""
    L = _clause_left(folded, s_start, host.start())
    if that := list(_THAT.finditer(folded, L, host.start())):
        L = that[-1].end()  # "… سیاره‌ای یافتند که گرد یک ستاره میزبان (…) است": the host is the clause's own subject
    if folded.count("(", L, host.start()) > folded.count(")", L, host.start()):
        return None  # "X و Y (از مساجد میزبان عزاداری‌ها) … است": a host word inside a parenthesis modifies a noun
    R = _past_title_chunks(folded, _clause_right(folded, host.end(), end), end)  # "X میزبان Y، TITLE، بود"
    m = re.search(B + r"(?:بود|بودند|شد)" + E, folded[host.end():R])
    if not m or FUTURE.search(folded, host.end(), host.end() + m.start()):
        # "X امشب مهمان Y خواهد بود": not yet; "کمیسیون این هفته میزبان وزیر است تا …": the present copula tells
        # a visit to come or a standing arrangement, not a contact reported as held
        return None
    if _HOSTED_EVENT.match(folded, host.end(), host.end() + m.start()):
        return None  # "مسکو میزبان هفتمین نشست «فارمت مسکو» است": an occasion hosted, not a guest
    parties = split_parties(folded, L, host.start()) + split_parties(folded, host.end(), host.end() + m.start())
    if len(parties) < 2:
        return None
    # "X میزبان Y بود" binds its two sides as tightly as "X با Y دیدار کرد"
    return Candidate(type="meeting", cameo="043", parties=parties, sentence=(0, 0), cue=host.start(), from_title=False,
                     verbal=True, anchored=len(parties) == 2)


def _expand_counterparts(folded: str, parties: list[Party]) -> list[Party]:
    """"با همتایان پاکستانی، افغانستانی و هندی خود": one role party per country, with the subject's title."""
    if not parties or not parties[0].title:
        return parties
    head = counterpart_head(folded, parties[0])
    out = [parties[0]]
    for p in parties[1:]:
        out.extend(counterparts(folded, p, head) if head else [p])
    roles = [p for p in out if p.literal and not p.joint]
    named = [p for p in out if p.apposed]
    if roles and len(roles) == len(named):
        # "همتایان چینی و غنایی خود، چن ویدونگ و یاو منسا": each name holds its role, in order
        for role, person in zip(roles, named):
            person.role = role.literal
        out = [p for p in out if p not in roles]
    return out


def _each_named(folded: str, c: _Cue, parties: list[Party]) -> list[Party] | None:
    """"با مراجع تقلید و آیات عظام A، B و C دیدار کرد": a plural honorific before a list of names (or «آیت‌الله»
    before each); the subject visits each of them (one meeting each), and the group named before the list is the
    same people. None when the sentence has no such list."""
    plural = _PLURAL_HONORIFIC.search(folded, c.L, c.R)
    cleric = [bool(_CLERIC_BEFORE.search(folded, max(0, p.name[0] - 20), p.name[0])) for p in parties]
    if not plural and len(parties) >= 3 and not cleric[0] and all(cleric[1:]):
        return parties  # "با آیت‌الله A، آیت‌الله B و آیت‌الله C دیدار کرد": each an audience of their own
    if not plural or not parties or parties[0].name[0] >= plural.start():
        return None
    named = [p for p in parties[1:] if p.name[0] >= plural.start()]
    return [parties[0], *named] if len(named) >= 2 else None


def _trip_round(folded: str, a: int, b: int, c: Candidate) -> bool:
    """"X در جریان این سفر با A، TITLE، B، TITLE و C، TITLE دیدار کرد": a visitor's round of the hosts' offices,
    each a person with an office of their own, is one meeting with each."""
    hosts = c.parties[1:]
    return bool(_ON_TRIP.search(folded, a, c.cue)) and c.verbal and all(
        p.title is not None and not p.role_only and not p.pronoun for p in hosts)


def _calls_each(folded: str, kind: str, c: _Cue, parties: list[Party]) -> bool:
    """"X تلفنی با A، TITLE، و B، TITLE گفت‌وگو کرد", "در تماس تلفنی با رئیس‌جمهور روسیه و نخست‌وزیر اسپانیا": a
    call with two or more named people or offices after «با» is one call with each (a conference call says so:
    «سه‌جانبه», «مشترک», «کنفرانس»); not so for a group («مقامات …»)."""
    after = parties[1:]
    if kind != "phone_call" or len(after) < 2 or _MULTI_CALL.search(folded, c.L, c.R) \
            or not folded[:after[0].name[0]].rstrip().endswith(" با"):
        return False
    return all((p.title is not None or not (p.weak or p.role_only or p.pronoun))
               and not plural_party(folded[p.name[0]:p.name[1]]) for p in after)


def _meets_each(folded: str, kind: str, c: _Cue, parties: list[Party]) -> bool:
    """"X با رئیس‌جمهور A، نخست‌وزیر B و … دیدار کرد", "با روسای جمهور A و B": office holders of different
    countries after «با» are one meeting with each (bilaterals on a summit's side, not a summit of their own); a
    joint meeting says so («سه‌جانبه», «مشترک»), and two of one country are one delegation."""
    after = parties[1:]
    if kind != "meeting" or len(after) < 2 or _MULTI_CALL.search(folded, c.L, c.R) \
            or not folded[:after[0].name[0]].rstrip().endswith(" با"):
        return False
    if not all(p.literal or p.role or p.title for p in after):
        return False  # "با A و همراهانش": not each an office
    offices = [_office(folded, p) for p in after]
    countries = [_office_country(o) for o in offices]
    leaders = {c for o, c in zip(offices, countries) if c and _LEADER.match(o)}
    return len(leaders) >= 2 and len({c for c in countries if c}) == len([c for c in countries if c])


def _office(folded: str, p: Party) -> str:
    return fold(p.literal or p.role or "") or (folded[p.title[0]:p.title[1]] if p.title else "")


def _office_country(office: str) -> str | None:
    """The country an office names ("نخست‌وزیر نروژ" -> نروژ), or None."""
    found = lexicon().country.search(office)
    return lexicon().country_in(found.group()) if found else None


def _counterparts_listed(parties: list[Party]) -> bool:
    """"X با همتایان پاکستانی، افغانستانی و هندی خود": meetings with each counterpart, not one summit (a side of
    several people meeting them, "A، B و C با همتایان … خود", is one meeting)."""
    listed = [p for p in parties if p.literal is not None and not p.joint]
    return len(listed) > 1 and len(parties) - len(listed) <= 1


def _with_past_modifiers(folded: str, ce: int, R: int) -> re.Match | None:
    """«با» right after the meeting noun's modifiers ("تماس‌های تلفنی جداگانه با …", "دیدار رسمی امروز با …")."""
    m = _MODIFIERS.match(folded, ce, R)
    return _first_with(folded, m.end(), min(R, m.end() + 3)) if m else None


_THEIR = folded_rx(r" ?شان(?!\S)")  # "دیدارشان": their contact


def _with_past_apposition(folded: str, ce: int, R: int, end: int) -> re.Match | None:
    """«با» right after the first side's name or title set off by commas ("گفت‌وگوی تلفنی ROLE، NAME، با Y")."""
    at = _list_right(folded, ce, R, end)
    if at == R or at >= end or folded[at] not in "،,":
        return None
    return _first_with(folded, at + 1, min(end, at + 6))


def _with_past_place(folded: str, at: int, R: int) -> re.Match | None:
    """«با» after a place phrase that ends the first side ("دیدار X در مسکو با Y")."""
    if folded[max(0, at - 3):at] == "در ":
        at -= 3  # the first side's cut stops inside the phrase, after its «در»
    place = _AT_PLACE.match(folded, at, R)
    return _first_with(folded, place.end(), min(R, place.end() + 4)) if place else None


def _with_past_time(folded: str, at: int, R: int) -> re.Match | None:
    """«با» after a time phrase that ends the first side ("دیدار X روز دوشنبه با Y", "دیدار X در همان روز دوشنبه و با
    Y انجام شد")."""
    lead = re.match(r"\s*(?:در\s+)?(?:همان\s+|همین\s+)?", folded[at:R])
    after = _time_phrase_end(folded, at + lead.end(), R)
    return _first_with(folded, after, min(R, after + 5)) if after is not None else None


def _past_day(folded: str, at: int, R: int) -> int:
    """Past a time phrase right after a contact noun ("نشست پنج‌شنبه X با Y", "دیدار روز گذشته X"), else `at`."""
    gap = len(folded[at:R]) - len(folded[at:R].lstrip())
    return _time_phrase_end(folded, at + gap, R) or at


def _time_phrase_end(folded: str, start: int, R: int) -> int | None:
    """Where a time phrase that starts right at `start` ends ("روز دوشنبه", "شب گذشته"); None when none does."""
    when = next((e for e in find_date_expressions(folded[start:min(R, start + 40)]) if e.start == 0), None)
    return start + when.end if when else None


def _parties_end(folded: str, ce: int, R: int) -> int:
    """Where the parties after a noun end, looking past "به اتفاق …" ("ملاقات X به اتفاق معاونان با Y")."""
    end = cut(folded, ce, R)[1]
    while _ACCOMPANIED.match(folded, end, R):
        end = cut(folded, _ACCOMPANIED.match(folded, end, R).end(), R)[1]
    return min(R, end + 4)


def _subject(folded: str, s_start: int, L: int, end: int) -> list[Party]:
    """Parties of the subject before `end`; when the clause holds none ("X پیش از این، دهم … با"), the clause before."""
    inner = [m for m in _SUBORDINATOR.finditer(folded, L, end)]
    if inner:
        L = inner[-1].end()  # "… در پاسخ به این پرسش که اگر … آیا … با اروپا گفت‌وگو": the subject is in the inner clause
    # "… را اعلام کرد رئیس‌جمهور پرو نیز در دیدار با …", "آنطور که X گفته Y در دیدار با …": a finite verb ends
    # the clause before, unless «و» goes on with the same subject ("X به ایران سفر کرد و در دیدار با …"; "Z گفت X
    # … دیدار کرد و پیش از تماس با Y …": the clause is X's, after «گفت») or «که» opens a clause about it
    verbs = [m for m in _FINITE.finditer(folded, L, end) if not _ELLIPSIS.match(folded, m.end(), end)]
    # ("(اواسط دی ماه) هنگامی که سفر X لغو شد Y با Z دیدار کرد": a time clause opening the sentence, its «که» and verb
    # before the subject; not one after the subject, "X هنگامی که در ژنو بود با Y …")
    about = [m for m in _THAT.finditer(folded, L, end) if not _AS_SAID.search(folded, L, m.start())
             and not ((w := _WHEN.search(folded, max(L, m.start() - 8), m.end())) and (not folded[L:w.start()].strip() or _time_only(folded[L:w.start()])))]
    if verbs and not about:
        L = verbs[-1].end()
    goes_on = [m for m in _FINITE.finditer(folded, L, end) if _ELLIPSIS.match(folded, m.end(), end)]
    if goes_on:  # "X با A دیدار کرد و سپس با B …": after «و» a new subject opening the clause, else the clause's
        # own before its «با»
        after = _ELLIPSIS.match(folded, goes_on[-1].end(), end).end()
        # ("X کشور را ترک کرد و با Y …": the object before «را» is no part of the shared subject)
        parties = [p for p in split_parties(folded, after, end) if p.name[0] <= after + 1 and not p.weak][:1] \
            or _shared_subject(folded, L, goes_on[0]) \
            or split_parties(folded, L, _before_place_object(folded, L, goes_on[0].start()))
    elif _TOPIC_OPENING.match(folded, L, end):
        parties = []  # "در رابطه با علل و ریشه تورم … با Y گفت‌وگو کرده‌ایم": a clause that opens on its topic
    else:
        parties = _chained_subject(folded, L, end) or split_parties(folded, L, end)
    if not parties and verbs and L == verbs[-1].end() and folded[L:end].lstrip().startswith(("،", ",")):
        parties = _head_of_relative(folded, s_start, L)
    announced = _ANNOUNCED.search(folded, max(s_start, L - 20), L) if verbs and L == verbs[-1].end() else None
    if not parties and announced:
        # "X اعلام کرد با Y دیدار کرده است": the speaker is the subject of what they announce
        parties = split_parties(folded, _clause_left(folded, s_start, announced.start()), announced.start())
    parties = _after_that(folded, parties, L, end) or parties
    # never back across a colon into the speaker, nor out of a relative clause ("… ۱۵ ساله هستند که در جریان
    # دیدار با X … ربوده شدند": the clause's head is before «که», and it is no party)
    # ("…، جایی که روز شنبه با Y دیدار کرد": «جایی که» goes on with the clause before, whose subject met Y)
    relative = _THAT.search(folded, L, end) if not _WHERE.match(folded, L, end) else None
    while not parties and not inner and not relative and L > s_start and folded[L - 1] in "،,":
        L = _clause_left(folded, s_start, L - 1)
        said = _SAID_POLITE.search(folded, L, end)  # "ارگ گفته آقای غنی که …، … با Y": the one told of
        # "X افزود که Y پیش از ملاقات با Z، در نشستی با W …": the subject of what X said, after «که»
        said = said or ([None] + list(_COMPLEMENT.finditer(folded, L, end)))[-1]
        parties = split_parties(folded, said.end() if said else L, end)
    if not parties:
        # "… نبود میثم زمان آبادی به من زنگ زد": a name that starts with a first name ends the clause
        words = list(re.finditer(r"\w+", folded[L:end]))
        places = [m.span() for m in lexicon().country.finditer(folded, L, end)]  # ("در نجف اشرف": a city's epithet)
        # (a first name and a surname at least: "… مدیریت شهری" ends on an adjective that is a rare first name too)
        firsts = [w for w in words[-4:-1] if w.group() in lexicon().first_names
                  and not any(a <= L + w.start() < b for a, b in places)]
        if firsts:
            parties = split_parties(folded, L + firsts[0].start(), end)[:1]
    if len(parties) == 1 and parties[0].pronoun and (trip := _TRIP_OF.fullmatch(folded, s_start, L)):
        # "در جریان سفر X به تهران، وی با Y دیدار کرد": «وی» is the one whose trip the sentence opens with
        parties = split_parties(folded, *trip.span("x"))[:1] or parties
    if all(p.weak for p in parties):
        # "… به «X» رئیس‌جمهور برزیل اشاره کرد که … با Y دیدار داشت": the quoted name before «که»
        that = [m for m in _THAT.finditer(folded, L, end)]
        quotes = [m for m in _QUOTE_OPEN.finditer(folded, L, that[-1].start())] if that else []
        if quotes:
            parties = split_parties(folded, quotes[-1].start(), that[-1].start())[:1] or parties
    return parties


def _head_of_relative(folded: str, s_start: int, verb_end: int) -> list[Party]:
    """"X، TITLE، که … مورد استقبال B قرار گرفت، صبح امروز با Y …": the clause that ends at `verb_end` is a relative
    set off after its head, the subject of the clause after it; the head's one party, else none."""
    that = [m for m in _SET_OFF_THAT.finditer(folded, s_start, verb_end)]
    if not that or _FINITE.search(folded, s_start, that[-1].start()):
        return []
    head = split_parties(folded, s_start, that[-1].start())
    return head if len(head) == 1 and not head[0].weak else []


def _chained_subject(folded: str, L: int, end: int) -> list[Party]:
    """"A … داشته و اخیرا هم B به امان رفت و با Y دیدار کرد": in a chain of clauses joined by «و» after a participle or
    a verb, the subject opening the last one, when it names one of its own (a titled role or a full name right at its
    start, no place); [] when it names none."""
    lex = lexicon()
    joints = [m for m in _VERB_AND.finditer(folded, L, end)
              if m.group(1) in lex.participles or _FINITE.fullmatch(m.group(1)) or _WENT.fullmatch(m.group(1))]
    if len(joints) < 2:
        return []
    a, _ = cut(folded, joints[-2].end(), joints[-1].start(1))
    own = [p for p in split_parties(folded, a, joints[-1].start(1)) if p.name[0] <= a + 1]
    if not own or own[0].weak or own[0].pronoun or lex.country.fullmatch(folded, *own[0].name):
        return []
    return own[:1] if own[0].title or not own[0].role_only else []


def _shared_subject(folded: str, L: int, verb: re.Match) -> list[Party]:
    """"X با Y دیدار کرد و پیش از تماس با Z …": the subject of the clause that «و» goes on from (after `verb`),
    before its «با»."""
    w = _first_with(folded, L, verb.start())
    return split_parties(folded, L, w.start()) if w else []


def _after_that(folded: str, parties: list[Party], L: int, end: int) -> list[Party] | None:
    """"ما متوجه شدیم که X با Y …", "… می‌خوانیم که چرا X در دیدار با Y …": the nearest subject, a name or a role
    after a verb's last «که» (a complement, not a relative clause: "وی که …") with no verb of its own before
    the contact ("… است و …")."""
    that = list(_COMPLEMENT.finditer(folded, parties[0].name[1] if parties else L, end))
    if not that or _FINITE.search(folded, that[-1].end(), end):
        return None
    inner = split_parties(folded, that[-1].end(), end)
    return inner if inner and not all(p.weak for p in inner) else None


def _last_with(folded: str, lo: int, hi: int) -> re.Match | None:
    """The «با» before the cue that names the counterpart; one inside a relative clause on that counterpart
    ("با Y، TITLE که با نام Z شناخته می‌شود، دیدار کرد") is the clause's own."""
    last = None
    for m in _WITH.finditer(folded, lo, hi):
        if last is not None and (_RELATIVE.search(folded, last.end(), m.start())
                                 or _TOPIC.search(folded, last.end(), m.start())):
            continue  # (… or a topic's own: "X با Y درباره همکاری با عراق گفت‌وگو کرد")
        if not _WITH_NOT_PARTY.match(folded, m.start()) and not _ACTION_WITH.search(folded, lo, m.start()) \
                and not (_RELATION_WITH.search(folded, max(lo, m.start() - 40), m.start())
                         and _TOPIC.search(folded, lo, m.start())):
            last = m
    return last


def _first_with(folded: str, lo: int, hi: int) -> re.Match | None:
    for m in _WITH.finditer(folded, lo, hi):
        if not _WITH_NOT_PARTY.match(folded, m.start()) and not _ACTION_WITH.search(folded, lo, m.start()):
            # («با حضور» whole, though the bound falls inside it: "جلسه X امروز با حضور Y برگزار شد")
            return _PRESENCE.match(folded, m.start()) or m
    return None


def _cameo(folded: str, L: int, R: int, noun: str) -> str:
    if _NEGOTIATE.match(noun):
        return "046"
    if _HOST.search(folded, L, R):
        return "043"
    if _SIDELINES.search(folded, max(0, L - 5), R):
        return "044"
    if _VISIT.search(folded, L, R):
        return "042"
    return "040"
