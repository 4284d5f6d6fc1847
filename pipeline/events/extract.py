"""Find the meeting events of one article (pure; see GUIDE.md in ../shared/eval for the definition)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache
from itertools import islice
from zoneinfo import ZoneInfo

from pipeline.events.candidates import (
    OWN_VERBS,
    Candidate,
    is_headline,
    lead_candidates,
    lead_in_end,
    sentence_candidates,
    source_tags,
    sports_article,
)
from pipeline.events.dates import (
    CONTACT_PERFECT,
    OCCASION_PARTS,
    date_mentions,
    dateline,
    governing_date,
    is_background,
    is_earlier,
    resolve,
)
from pipeline.events.lexicon import B, E, alternation, data_lines, lexicon
from pipeline.events.merge import is_role, merge_mentions, planned_in_body
from pipeline.events.name_lists import NOT_NAME_WORD, a_name, name_lists, sentence_names
from pipeline.events.participants import Resolver, participant, without_honorific
from pipeline.events.parties import BODY_HEAD, Party, plural_party, split_parties
from pipeline.events.roles import role_fits, with_country
from pipeline.events.text import CHANNEL_WORDS, folded_rx, sentences
from pipeline.normalize import normalize
from rasad.persian import glued_end, latin_digits, same_person
from rasad.persian import span_fold as fold
from rasad.persian_dates import to_jalali_str

_TEHRAN = ZoneInfo("Asia/Tehran")
# the contact told back with its time right after it: "در این دیدار که روز …", "این دیدار بیست و یکم …"
_DATED_BACK = folded_rx(r"(?:^|(?<=[\n.،,]))\s*(?:\S+ ){0,6}?(?:در |طی )?(?:این|آن) (?:دیدار|ملاقات|نشست|گفت ?و ?گو|گفتگو|تماس|"
                        r"رایزنی|مذاکره)\w*(?: (?:تلفنی|تصویری|دو ?جانبه))?(?: که)?[،,]?\s")
# words that tell a contact as the next of a sequence: "ابتدا با A …، سپس با B", "در دیداری دیگر", "ساعتی بعد"
# (and before another part of the same occasion: "پیش از آغاز مذاکرات، X با Y دیدار کرد")
_IN_SEQUENCE = folded_rx(B + r"(?:ابتدا|سپس|پس از ان|در دیدار(?:ی)? (?:دیگر|نخست|دوم|سوم)|ساعتی (?:بعد|پس از ان)|"
                         r"(?:پیش|قبل) از (?:" + OCCASION_PARTS + r"))" + E)
# a sentence that opens on someone's visit: "در ادامه سفر Y به …،", "در جریان دیدارهای Y در تهران،"
# «X همچنین … با B دیدار کرد»: the same subject goes on, on the day it was told with
_ALSO = folded_rx(B + "همچنین" + E)
_VISIT_OPENING = folded_rx(r"\s*(?:در|طی) (?:ادامه|جریان|حاشیه|طول|پایان|نخستین روز|اولین روز|دومین روز)"
                           r"(?: برنامه ?های)? (?:سفر|دیدار ?ها(?:ی)?|دیدار|حضور|بازدید) (?P<who>[^،,:.«»]{2,80}?)"
                           r"(?: (?:در|به|از) [^،,:.]{2,40})?\s*[،,]")
_BLESSING = folded_rx(r"\((?:س|ع|ره|عج|ص|رض|قدس سره|مد ?ظله(?: ?العالی)?)\)")  # («مدظله»: may his shadow last)
# the title of a work in guillemets after the noun for its kind: «فیلم «مردم زنگ زده»», «کتاب «دیدار با …»»
_WORK_TITLE = folded_rx(B + r"(?:فیلم|کتاب|نمایش|نمایشنامه|تئاتر|مستند|سریال|رمان|داستان|آلبوم|ترانه|سرود|شعر|"
                        r"منظومه|مجموعه|برنامه|قطعه|انیمیشن|کارتون|نشریه|مقاله|اثر)(?: (?:سینمایی|تلویزیونی|مستند|"
                        r"داستانی|کوتاه|بلند|رادیویی|جدید|تازه))? ?«(?P<title>[^«»\n]{1,80})»")
_CONTACT_NOUN = r"(?:دیدار|ملاقات|گفت ?و ?گو|گفتگو|تماس|نشست|رایزنی|جلسه|مذاکره)"
# "در این دیدار", and one of several told before: "در نشست نخست", "در دیدار دوم"
# the nouns of one kind of contact only: one in person, one by telephone (a video "نشست" is either)
_IN_PERSON_NOUN = folded_rx(B + r"(?:(?:این|آن) (?:دیدار|ملاقات|جلسه)|(?:دیدار|ملاقات|جلسه)\w* (?:نخست|اول|دوم|سوم))" + E)
_CALL_NOUN = folded_rx(B + r"(?:این|آن) (?:تماس|مکالمه)" + E)
_THIS_CONTACT = (r"(?:در|طی) (?:(?:این|آن) " + _CONTACT_NOUN + r"\w*|" + _CONTACT_NOUN
                 + r"\w* (?:نخست|اول|دوم|سوم)(?!\S))")
# a person named in a sentence that tells the contact back: as its subject ("NAME نیز در این دیدار …", "در این
# نشست، NAME از …"), as the one spoken to in it ("در این دیدار … به NAME گفت"), or as the other side of the
# subject's words ("در دیدار با NAME")
# honorifics before a name told back ("حجت‌الاسلام والمسلمین X در این دیدار", "در این دیدار مهندس X …")
_POLITE = "(?:" + alternation(data_lines("honorifics.txt")) + ")"  # before a name told back
_TOLD_BACK_NAME = folded_rx(
    r"(?:^|(?<=[\n.،,]))\s*(?P<pair>[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,3} و [^\s،,:.«»]+(?: [^\s،,:.«»]+){1,3}) "
    + _THIS_CONTACT + E
    + r"|(?:^|(?<=[\n.،,]))\s*(?:" + _POLITE + r"\s+)*(?P<subject>[^\s،,:.«»]+(?: (?!و )[^\s،,:.«»]+){1,3}?)(?:[،,][^،,.:«»]{3,80}[،,])?"
    # (a time phrase may stand before it: "NAME روز شنبه در این تماس، …")
    + r"(?: (?:روز \S+|امروز|دیروز|صبح|عصر|ظهر|شب|بامداد)(?: (?:امروز|دیروز|گذشته))?)? (?:نیز |هم )?"
    + _THIS_CONTACT + E
    # "NAME پس از این دیدار …": a side told back after the contact (which side, only one office left says)
    + r"|(?:^|(?<=[\n.]))\s*(?:" + _POLITE + r"\s+)*(?P<after>[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,3}) (?:پس|بعد) از (?:این|آن) "
    + _CONTACT_NOUN + E
    # "NAME، میزبان / مهمان این دیدار، …": a side told back by its part in the contact
    + r"|(?:^|(?<=[\n.]))\s*(?P<part>[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,3})[،,] (?:میزبان|مهمان|میهمان) (?:این|آن) "
    + _CONTACT_NOUN + r"\w*[،,]"
    # "A و مهمان آمریکایی‌اش / همتای عمانی‌اش / میزبانش درباره …": the subject told back with the other side by its
    # relation
    + r"|(?:^|(?<=[\n.،,]))\s*(?P<host>[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,4}?) و (?:(?:مهمان|میهمان|همتای) \S+?|میزبان)(?: ?اش| ?ش)"
    r" (?:درباره|در|بر|با)(?!\S)"
    # "(به گزارش …،) در این نشست (که …)، NAME(، TITLE،) از …": the subject opening the sentence after the phrase
    + r"|(?:^|(?<=[\n.])|(?<=\.»))\s*(?:به گزارش [^،,:\n«»]{2,60}[،,]\s*)?" + _THIS_CONTACT
    + r"(?: \S+){0,2}?(?: که [^.:]{3,120}?)?[،,]\s*(?P<opening>[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,3}?)(?:[،,][^،,.:«»]{3,80}[،,])?"
    r" (?:از|با|بر|در|به|ضمن|گفت|خواستار)(?!\S)"
    # … or followed by the rest of its clause, a first name and one word opening it ("در این ملاقات، محمود فتوحی‌زاده
    # پیشنهاد … را مطرح کرد"; the surname goes on past a ZWNJ in the text)
    + r"|(?:^|(?<=[\n.])|(?<=\.»))\s*(?:به گزارش [^،,:\n«»]{2,60}[،,]\s*)?" + _THIS_CONTACT
    + r"(?: \S+){0,2}?(?: که [^.:]{3,120}?)?[،,]\s*(?P<opened>[^\s،,:.«»]+ [^\s،,:.«»]+) "
    # … or right after the phrase with no comma, past honorifics ("در این دیدار مهندس X با اشاره …", "در این دیدار A و B …")
    + r"|(?:^|(?<=[\n.])|(?<=\.»))\s*(?:به گزارش [^،,:\n«»]{2,60}[،,]\s*)?" + _THIS_CONTACT
    + r"\s+(?:" + _POLITE + r"\s+)*(?P<bare>[^\s،,:.«»]+ [^\s،,:.«»]+) "
    + r"|" + _THIS_CONTACT + r"[^.:]{0,120}? به (?P<spoken>[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,3}) (?:گفت|اظهار|یاداور)"
    + r"|در (?:دیدار|ملاقات|گفت ?و ?گو|گفتگو|تماس) با (?P<other>[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,3}) (?:توافق|گفت|اظهار)"
    # "B نیز / هم …" opening a sentence, set off with its title or a relative clause or not ("دکتر B، معاون …، نیز
    # خبر داد", "B که … منصوب شده است، نیز …"), and "B در پاسخ …" (the other side, replying)
    # (past honorifics, a name of lineage up to six words; the title's closing comma may be left out: "داتو سری A بن B،
    # نخست‌وزیر مالزی نیز …"; and set off after «مهمان/میزبان ADJ»: "مهمان روس، B، نیز …")
    + r"|(?:^|(?<=[\n.])|(?<=\.»))\s*(?:(?:مهمان|میهمان|میزبان) \S+[،,]\s*)?(?:" + _POLITE + r"\s+)*"
    r"(?P<also>[^\s،,:.«»]+(?: [^\s،,:.«»]+){0,3}?(?: (?:بن|آل|ابن) [^\s،,:.«»]+(?: [^\s،,:.«»]+)?)?)"
    r"(?:[،,][^،,.:]{3,80}[،,]?| که [^.:]{3,120}?[،,])?"
    r"[،,]? (?:نیز|هم|در پاسخ) "
    # … and after «و» in the sentence that told the first side back ("… خواند و B نیز بر … تأکید کرد"), a full name
    + r"|(?<=\sو\s)(?P<andalso>[^\s،,:.«»]+ [^\s،,:.«»]+) (?:نیز|هم) ", re.M)
# how a told-back name opens its sentence when it says which of the lead's two offices is the subject
_OPENS = ("subject", "opening", "opened", "bare")
# a person quoted by name at a sentence's start: "A با تأکید بر اینکه …، افزود", "A گفت"
_SAID_NAME = folded_rx(r"(?:^|(?<=[\n.])|(?<=\.»))\s*(?:به گزارش [^،,:\n«»]{2,60}[،,]\s*)?(?P<said>[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,5}?)"
                       r" (?:با (?:بیان|اشاره|تاکید|یاداوری|یادآوری|ابراز)|گفت|افزود|اظهار (?:داشت|کرد))(?![^\s:،,.])"
                       # (or set apart by a relative clause, whatever it says next: "A که … سفر کرده است، … را … دانست")
                       r"|(?:^|(?<=[\n.])|(?<=\.»))\s*(?P<who>[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,3}?) که [^.:«»]{3,140}?[،,]", re.M)
# "A به B گفت / گفته است": B, the one spoken to
_SPOKEN_TO = folded_rx(r"(?<!\S)(?:به (?P<to>[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,3}) (?:گفت|گفته)|از (?P<asked>[^\s،,:.«»]+"
                       r"(?: [^\s،,:.«»]+){1,3}) (?:خواست|خواسته|درخواست کرد))(?!\S)")
_INNER_CLAUSE = folded_rx(r"(?:شد|شدند|کرد|کردند|است|بود|گفت|افزود)\s+که\s+$")  # "… افزوده شد که او …"
# "X نیز در این دیدار حضور داشت": one more person at the contact just told
_WITH_WORD = folded_rx(r"(?<!\S)با(?!\S)")  # the «با» between a contact's two sides
_PRESENT_TOO = folded_rx(r"(?:^|(?<=[\n.]))[^\n.]{3,160}?(?P<also>\s(?:نیز|هم)\s+در (?:(?:بخش|قسمت)(?: \S+)? )?(?:این|آن) "
                         r"(?:دیدار|ملاقات|نشست|جلسه)\w* (?:حضور داشت|حضور داشتند|شرکت داشت|شرکت داشتند|شرکت کرد|حضور یافت)"
                         # "A، TITLE، و B، TITLE، دیگر شرکت‌کنندگان این نشست بودند"
                         r"|\s+(?:دیگر )?(?:شرکت ?کنندگان|حاضران) (?:دیگر )?(?:این|آن) (?:نشست|اجلاس|دیدار)\w* بودند)", re.M)
# diplomatic posts: "سفیر ایران در مسکو" names a post, not the place of the meeting
_POST = folded_rx(B + r"(?:سفیر|سفرای|کاردار|سرکنسول|کنسول|نماینده|نمایندگی|رایزن|وابسته|مدیر دفتر|رییس دفتر)" + E)
# a plural word alone ("همتایان", "مقامات"): no one quoted person is it
_GROUP_ROLE = folded_rx(r"\S+(?:ان|ین|ات)(?!\S)|(?:وزرای|اعضای|روسای|رؤسای|سفرای)(?!\S)")
_BACK_REFERENCE = folded_rx(
    r"\s*(?:به گزارش [^،,:\n«»]{2,60}[،,]\s*)?(?:در (?:این|آن) (?:دیدار|ملاقات|گفت ?و ?گو|گفتگو|تماس|نشست|رایزنی)\w*"
    r"|طرفین|دو طرف|در ادامه)" + E
)
# "وارد تهران شد", "عازم مسکو شد", "به دوحه سفر کرده است"
_ARRIVED = [
    folded_rx(B + r"(?:وارد|عازم) (?P<place>\S+(?: \S+)?) (?:شد|شدند|گردید)" + E),
    folded_rx(B + r"به (?P<place>\S+(?: \S+)?) سفر (?:کرد|کرده|کردند)" + E),
]
# what may follow a city name that is also a word, for it to be the city ("در آستانه، …", "در آستانه با …")
_PLACE_END = folded_rx(
    r"\s*(?:$|[،,.:؛»)]|(?:با|و|دیدار|ملاقات|گفت ?و ?گو|گفتگو|نشست|رایزنی|مذاکره|برگزار (?:شد|گردید))(?!\w))"
)
# harakat, hamza above, superscript alef, and a tatweel inside a word (not the dash "ایسنا ـ")
# combining marks, in-word tatweel, the second and later spaces of a run ("نخست  وزیر", no-break spaces too,
# in older archives), and a ZWNJ beside a space ("رئیس‌ جمهوری": it joins nothing, and folded it doubles the space)
_MARK = re.compile(r"[\u064b-\u065f\u0670]|(?<=\S)\u0640(?=\S)|(?<=[ \u00a0])[ \u00a0]|\u200c(?=[ \u00a0])|(?<=[ \u00a0])\u200c")
_DEMONSTRATIVE_NAME = folded_rx(r"(?:این|آن|همین|همان) (?!مقام|مسئول|مسوول)\S")
# "در حاشیه این نشست / در همین اجلاس": a contact at or on the sidelines of a gathering told before
# (or the bare noun set off by its comma: "در حاشیه نشست، …", the gathering told before)
_SIDELINES_OF_THIS = folded_rx(r"(?:در|طی) (?:(?:حاشیه|جریان) )?(?:(?:این|همین|آن) (?P<noun>نشست|اجلاس|همایش|کنفرانس|مراسم|اجلاسیه)"
                               r"|(?<=حاشیه )(?P<bare>نشست|اجلاس|همایش|کنفرانس)(?=\s*[،,]))")
_CAPTION = folded_rx(r"\s*(?:عکس|تصویر|فوتو|کپشن)\s*:")  # a photo's caption: "عکس: دیدار A با B"
_CUT_AT_THIS = folded_rx(B + r"(?:این|آن|همین|همان)\s*$")
# "در این دیدار، A و همتای ترکیه‌ای وی، B، …" / "در این دیدار، A و B …": the two people of a contact told by roles
_NAME = r"[^\s،,:.«»]+(?: [^\s،,:.«»]+){1,5}?"  # up to six words: «جاسم بن فهد آل ثانی»
_NAME0 = r"[^\s،,:.«»]+(?: [^\s،,:.«»]+){0,5}?"  # … or a surname alone
# "وزیران خارجه مصر و اردن، A و B، …": the holders set off after a plural office, in order
_APPOSED_PAIR = folded_rx(r"[،,]\s*«?(?P<x>" + _NAME + r")»?\s+و\s+«?(?P<y>" + _NAME + r")»?\s*(?=[،,])")  # (in quotes too)
_BACK_NOUN = r"(?:در|طی) (?:این|آن) " + _CONTACT_NOUN + r"\w*"
# a sentence that tells a contact back: "در این گفت‌وگو", "پس از این دیدار", "این مذاکرات که …"
_TELLS_BACK = folded_rx(B + r"(?:این|آن) (?:" + _CONTACT_NOUN + r"|مذاکرات)\w*" + E)
# the plural verb of a list of people acting together: "… تأکید کردند", "… توصیف کرده‌اند"
_JOINT_VERB = folded_rx(B + r"(?:کردند|نمودند|دادند|دانستند|خواندند|گفتند|داشتند|بودند|شدند|رسیدند|کرده اند|داده اند|دانسته اند"
                        r"|خوانده اند|گفته اند|کرده بودند)" + E)
# "همتای ترکیه‌ای وی، ", "همتای عراقی‌اش، " (glued where the text lost its ZWNJ: "همتای عراقیاش")
# "همتای ترکیه‌ای‌اش، Y": the country of the office Y holds
_COUNTERPART_ADJ = r"همتای (?P<adj>\S+?)(?: ?ای)?(?: ?(?:اش|ش)| (?:وی|خود|او))[،,]\s*"
_COUNTERPART_OF = r"(?:" + _COUNTERPART_ADJ + r")?"
_COUNTER_ADJ = folded_rx(_COUNTERPART_ADJ)
# the back-reference sentence's list: "در این نشست، A، B و C بر … تأکید کردند"
_BACK_LIST = folded_rx(r"\s*" + _BACK_NOUN + r"(?: (?:" + CHANNEL_WORDS + r"|دو ?جانبه|سه ?جانبه))?[،,]?\s*(?P<names>"
                       + _NAME + r"(?:[،,]\s*" + _NAME + r"){1,4}\s+و\s+" + _NAME + r")(?=\s+(?:نیز|هم|بر|درباره|در)\s)")


@lru_cache(maxsize=1)
def _back_pair() -> re.Pattern:
    """"در این دیدار، A (، TITLE،) و همتای ترکیه‌ای وی، B، …": the two people named back, with their titles."""
    return folded_rx(
        _BACK_NOUN + r"(?: (?:" + CHANNEL_WORDS + r"|دو ?جانبه))?[،,]?\s*(?P<x>" + _NAME + r")" + _apposed_title()
        + r"\s+و\s+" + _COUNTERPART_OF + r"(?P<y>" + _NAME + r")(?=[،,]|\s+(?:نیز|هم|بر|درباره|در))")


@lru_cache(maxsize=1)
def _pair_back() -> re.Pattern:
    """… and the names first, in the next sentence: "آقایان A و B در این دیدار …", "A، TITLE، و همتای عراقی‌اش، B، در
    این دیدار …"."""
    return folded_rx(
        r"[.!؟?\s]*(?:(?:اقایان|آقایان|خانم ها) )?(?P<x>" + _NAME0 + r")" + _apposed_title() + r"\s+و\s+"
        + _COUNTERPART_OF + r"(?P<y>" + _NAME0 + r")(?:[،,]\s*)?\s+(?:نیز |هم )?" + _BACK_NOUN)


def _apposed_title() -> str:
    """", وزیر نفت کشورمان،": a title set off by commas after a name (optional in a pattern)."""
    return r"(?:[،,]\s*(?:" + lexicon().title.pattern + r")[^،,:.]{0,60}?[،,]?)?"


# "این گفت‌وگوی تلفنی", "در این مکالمه تلفونی": a back-reference that tells how the article's talk was held
_CALL_BACK = folded_rx(r"(?:این|آن|همین) (?:گفت ?و ?گو|گفتگو|مکالمه|تماس|صحبت)\w* (?P<channel>" + CHANNEL_WORDS + r")(?!\w)")
_AND_BEFORE = folded_rx(r"\sو\s*$")  # "… و او …"
_OWN_VERB = folded_rx(B + OWN_VERBS + E)
# a quote the sentence opens, with or without its guillemets: "X افزود: «در دیداری …", "X گفت: رئیس‌جمهور در دیدار با …"
_QUOTE_OPEN = folded_rx(r":\s*«|" + B + r"(?:گفت|افزود|ادامه داد|اظهار (?:کرد|داشت)|تصریح کرد|بیان کرد|خاطرنشان کرد)\s*:\s*")
# "در آستانه سفر … به ترکیه،": a phrase about a coming occasion, up to its comma
_EVE_OF = folded_rx(B + r"در استانه [^،,:]*$")
_PLACE = folded_rx(
    B + r"(?:در|به)(?:\s+(?P<kind>شهر|کشور|پایتخت)(?: مقدس)?)?\s+«?(?P<place>[^\s،,.:«»\"()]+(?: (?!(?:به|در|با) )[^\s،,.:«»\"()]+)?)"
)


def extract_events(text: str, title: str | None = None, published: date | datetime | str | None = None) -> list[dict]:
    """Meeting events reported by one article, in the gold format of ../shared/eval plus cameo, span, confidence.

    Diacritics, tatweel («خارجهٔ», «فوراً», «ـ») and doubled spaces are read past; spans and evidence are the
    text's own."""
    bare, where = _unmarked(text or "")
    events = _extract(bare, _unmarked(title or "")[0], published)
    if where is not None:
        for e in events:
            if e["span"] is not None:
                a, b = where[e["span"][0]], where[e["span"][1]]
                e["span"], e["evidence"] = [a, b], text[a:b]
    return events


def _unmarked(s: str) -> tuple[str, list[int] | None]:
    """`s` without combining marks, in-word tatweel and doubled spaces, and for each of its positions (and its end)
    the one in `s`; None for the positions when there was nothing to take out."""
    drop = {m.start() for m in _MARK.finditer(s)}
    if not drop:
        return s, None
    keep = [i for i in range(len(s)) if i not in drop]
    return "".join(s[i] for i in keep), keep + [len(s)]


def _extract(text: str, title: str, published: date | datetime | str | None) -> list[dict]:
    pub = _as_date(published) or dateline(text)
    folded, folded_title = (_works_blanked(_blessing_blanked(_paired_quotes(fold(s)))) for s in (text, title))
    sports = sports_article(folded)
    found: list[tuple[str, str, Candidate]] = []
    lead: list[tuple[int, int]] = []  # the article's first sentence: the day it gives dates the body's sequence
    for src, fsrc, is_title in ((text, folded, False), (title, folded_title, True)):
        spans = sentences(src)
        lead = lead if is_title else spans[:1]
        for i, (a, b) in enumerate(spans):
            here = sentence_candidates(fsrc, a, b, sports, from_title=is_title)
            if (not here or _roles_only(here)) and not is_title and i + 1 < len(spans) and is_headline(fsrc, a, b):
                # a headline naming no one ("محور دیدار مقامات ارمنستان و گرجستان"): the lead says who
                here = lead_candidates(fsrc, a, b, *spans[i + 1], sports) or here
            found.extend((src, fsrc, c) for c in here)
    # a photo's caption ("عکس: دیدار A با B") restates what the story tells: read it only when nothing else is
    found = [f for f in found if not _CAPTION.match(f[1], f[2].sentence[0])] or found
    if not found:
        return []
    resolver = Resolver(text, folded, [(src, p) for src, _, c in found for p in c.parties], pub)
    tags = source_tags(folded, resolver.spans)
    mentions = {False: date_mentions(text), True: date_mentions(title)}
    events: list[dict] = []
    antecedent = None
    by_pronoun: set[str] = set()  # names a pronoun party was read as («ایشان» → the speaker before)
    call = _call_told_back(folded)
    for src, fsrc, c in found:
        people: list[dict] = []
        if c.both_sides:
            if events:  # the same two people, at the time this sentence gives
                people = [dict(p) for p in events[-1]["participants"]]
                events.append(_event(c, people, src, fsrc, mentions[c.from_title], pub, call))
                _told_back(events)
            continue
        # "X با Y دیدار کرد", "X و Y … دیدار کردند": a tight frame holds even two bare surnames
        anchored = c.anchored and (c.verbal or any(not p.weak for p in c.parties))
        unread, told_for = False, []
        for party in c.parties:
            party = _this_country(fsrc, c.sentence[0], party)
            # «او»/«وی»: the person who opens the sentence before, else the last contact's subject, else the first named
            # (a quoted «من»/«ما»: the person the sentence quotes)
            before = None
            if party.pronoun and src is text:
                before = resolver.speaker_at(c.cue) if c.told else resolver.subject_before(c.sentence[0])
                before = _switched_subject(fsrc, party, c, events) or before
            # "… سفر وزیر سعودی افزوده شد که او با Y دیدار کرد": «او» after a verb and «که» points into its own
            # sentence, not to the one before
            inner = party.pronoun and not c.told and _INNER_CLAUSE.search(fsrc, c.sentence[0], party.name[0])
            person = None if inner else participant(src, party, resolver, before or antecedent
                                                    or resolver.first_person(title), anchored,
                                                    others=_other_sides(src, fsrc, c, party, people))
            if person and (_DEMONSTRATIVE_NAME.match(fold(person["name"])) or _CUT_AT_THIS.search(fold(person["name"]))):
                person = None  # "این سفر": a phrase, whoever it came from; "رئیس این": an office cut before its body
            if party.pronoun and people and (visitor := _visitor(src, fsrc, c, resolver)):
                person = visitor  # "در ادامه سفر Y به تهران، X با وی ملاقات کرد": «وی» is Y, the visitor
            if party.pronoun and people and (person is None or _same_party(person, people[0])):
                person = _other_side(events, people[0]) or person
            if person and party.pronoun and not c.told and _QUOTE_OPEN.search(fsrc, c.sentence[0], party.name[0]) \
                    and (speaker := resolver.opener(*c.sentence)) and _same_party(person, speaker):
                person = None  # "X اظهار کرد: «وزیر … حاضر شد و اعضا با وی گفت‌وگو کردند»": «وی» in a quote is not X
            unread = unread or (person is None and party.pronoun)
            if person and party.role_only and any(_same_party(person, q) for q in people):
                # "X وزیر امور خارجه … با همتای مصری خود": a role never names the other side of its own contact
                person = participant(src, party, resolver, None, anchored, resolve=False)
            if person and party.role_only and any(_same_office(person, q) for q in people):
                unread = True  # "شهردار تهران … به حضور شهردار تهران رسیده بودند": one office on both sides
            if person and not party.pronoun and any(_same_party(person, q) for q in told_for):
                unread = True  # "با A و B دیدار کرد" alone: the dropped subject is not A, its own other side
            if person and not any(_same_party(person, q) for q in people):
                people.append(person)
                if party.pronoun:
                    by_pronoun.add(person["name"])
                    told_for.append(person)
        if unread:
            continue  # "وی … با A و B": with «وی» unread, A and B are not each other's party
        # an outlet is no party: "جماران / … در گفتگو با جماران", "گفت‌وگوی ایسنا با X" (an interview)
        people = [p for p in people if " ".join(fold(p["name"]).split()) not in tags
                  and not lexicon().outlet.fullmatch(" ".join(fold(p["name"]).split()))]
        if len(people) < 2 or c.outlet_like and len(people[-1]["name"].split()) == 1 and not resolver.listed(
                people[-1]["name"]):
            continue  # "سفیر اندونزی در گفت‌وگو با نوا: …": a one-word outlet the article names as no one
        antecedent = people[0]
        events.append(_event(c, people, src, fsrc, mentions[c.from_title], pub, call))
        if c.first_told and len(events) > 1:
            _told_back(events)  # "A و B در این گفت‌وگو …", "A در این تماس با «B» …": the contact told before, named
    _present_too(events, text, folded, resolver)
    _dated_back(events, folded, mentions[False], pub)
    _dated_in_sequence(events, lead, folded, mentions[False], pub)
    _dated_on_sidelines(events, folded, mentions[False], pub)
    events = [e for e in merge_mentions(events) if not planned_in_body(e, folded)]
    events = [e for e in events if not _restates_the_body(e, events)]
    offices = [(p, p["name"]) for e in events for p in e["participants"] if is_role(p)]
    for e in events:
        _name_roles_by_joint_list(e, events, text, folded)
    _name_office_by_honorific(events, text, folded)
    _name_delegation_by_head(events, text, folded)
    _name_lead_role(events, resolver, by_pronoun)
    _name_role_told_back(events, text, folded)
    _name_same_office(offices)
    _name_protagonist(events, resolver)
    _name_body_by_head(events, resolver)
    for e in events:
        _name_joint_roles(e, text, folded)
        _name_roles_by_back_sentence(e, events, text, folded)
    return [_tidy(e) for e in events]


def _other_sides(src: str, fsrc: str, c: Candidate, party: Party, people: list[dict]) -> tuple[str, ...]:
    """The names of the contact's other side, read already or still to read, which hold none of `party`'s roles: a
    named party across «با» from it ("وزیر فرهنگ تاجیکستان … با Y، وزیر فرهنگ و ارشاد اسلامی"); not a name on its own
    side, which may be its holder ("سرپرست وزارت خارجه، عبدالباری حقجو، …")."""
    ahead = [q for q in c.parties if q is not party and not (q.role_only or q.pronoun or q.literal)
             and _WITH_WORD.search(fsrc, min(q.name[1], party.name[1]), max(q.name[0], party.name[0]))]
    return tuple(q["name"] for q in people) + tuple(" ".join(src[q.name[0]:q.name[1]].split()) for q in ahead)


def _dated_back(events: list[dict], folded: str, mentions, pub: date | None) -> None:
    """A contact told with no time phrase takes the day the sentence telling it back gives: "X با Y دیدار کرد. …
    در این دیدار که روز چهارشنبه در کابل انجام شد …", "این دیدار بیست و یکم اردیبهشت در عشق‌آباد …"."""
    for e in events:
        if e["_key"] is not None or e["span"] is None or e.get("_told_back"):
            continue
        when = []
        for back in islice(_DATED_BACK.finditer(folded, e["span"][1]), 2):  # (the first that says a time)
            # (a time phrase may stand before the phrase too: "NAME روز شنبه در این تماس، …")
            when = [m for m in mentions if back.start() <= m.start <= back.end() + 40]
            if when:
                break
        day = resolve(when[0].expr, pub) if when else None
        if day is not None and (pub is None or day <= pub):
            e["date"], e["date_jalali"], e["_key"] = day.isoformat(), to_jalali_str(day), when[0].text
        return  # the first contact only: a later one's sentence tells its own


def _dated_in_sequence(events: list[dict], lead: list[tuple[int, int]], folded: str, mentions, pub: date | None) -> None:
    """A contact with no time phrase told in sequence ("ابتدا با A …"، "وی سپس با B …") or with «همچنین» after a
    dated one of the same subject, or (in sequence) after a lead that dates the contacts it sums up ("X دوشنبه … با
    دو تن از … به‌طور جداگانه دیدار کرد"), is on that day, not the publication day's default."""
    lead_day = [m for m in mentions if lead and lead[0][0] <= m.start < lead[0][1]]
    lead_day = resolve(lead_day[0].expr, pub) if lead_day and lexicon().noun.search(folded, *lead[0]) else None
    for i, e in enumerate(events):
        if e["_key"] is not None or e["span"] is None or e["_background"] or e["_earlier"]:
            continue
        sequence = _IN_SEQUENCE.search(folded, *e["span"])
        if not sequence and not _ALSO.search(folded, *e["span"]):
            continue
        dated = [d for d in events[:i] if d["_key"] is not None and d["span"] is not None and d["date"]
                 and same_person(d["participants"][0]["name"], e["participants"][0]["name"])]
        if dated:
            e["date"], e["date_jalali"], e["_key"] = dated[-1]["date"], dated[-1]["date_jalali"], dated[-1]["_key"]
        elif sequence and lead_day is not None and (pub is None or lead_day <= pub) and e["span"][0] >= lead[0][1]:
            e["date"], e["date_jalali"], e["_key"] = lead_day.isoformat(), to_jalali_str(lead_day), "lead"


def _dated_on_sidelines(events: list[dict], folded: str, mentions, pub: date | None) -> None:
    """"وزرای خارجه … روز یکشنبه در نشستی سه‌جانبه … . در حاشیه این نشست، A و B … رایزنی کردند" ("… در این نشست"):
    a contact with no time phrase at or on the sidelines of a gathering told before is on the day the sentence that
    tells the gathering gives."""
    for e in events:
        if e["_key"] is not None or e["span"] is None or e["_background"] or e["_earlier"]:
            continue
        side = _SIDELINES_OF_THIS.search(folded, *e["span"])
        if not side:
            continue
        noun = side.group("noun") or side.group("bare")
        told = [(a, b) for a, b in sentences(folded[:e["span"][0]]) if noun in folded[a:b]]
        when = [m for m in mentions if any(a <= m.start < b for a, b in told)]  # (the last that dates it)
        day = resolve(when[-1].expr, pub) if when else None
        if day is not None and (pub is None or day <= pub):
            e["date"], e["date_jalali"], e["_key"] = day.isoformat(), to_jalali_str(day), when[-1].text
        elif gathering := [g for g in events if g is not e and g["_key"] and g["span"] and g["span"][1] <= e["span"][0]
                           and noun in fold(g["evidence"] or "")]:
            # (the gathering's own event, dated by the sentence it tells back: "… روز گذشته گرد هم آمدند. در این نشست …")
            for slot in ("date", "date_jalali", "_key"):
                e[slot] = gathering[-1][slot]


def _visitor(src: str, fsrc: str, c: Candidate, resolver: Resolver) -> dict | None:
    """The one whose visit the sentence opens with ("در ادامه سفر امیر قطر به تهران، X با وی ملاقات کرد"), when that
    opening names one party before the contact's subject; None otherwise."""
    m = _VISIT_OPENING.match(fsrc, lead_in_end(fsrc, c.sentence[0], c.sentence[1]))
    if not m or not c.parties or m.end() > c.parties[0].name[0]:
        return None
    who = split_parties(fsrc, *m.span("who"))
    return participant(src, who[0], resolver, None, True) if len(who) == 1 and not who[0].pronoun else None


def _other_side(events: list[dict], subject: dict) -> dict | None:
    """"X، که … با Y دیدار کرده بود، امروز با وی …", "X با Y دیدار کرد. وی امروز با او …": an object pronoun of
    subject X is the other side of the last contact told, when X was its one side, not X."""
    last = events[-1] if events else None
    if not last or len(last["participants"]) != 2 or not any(_same_party(q, subject) for q in last["participants"]):
        return None
    return next(dict(q) for q in last["participants"] if not _same_party(q, subject))


def _told_back(events: list[dict]) -> None:
    """The last event tells back the one before it ("در این دیدار"): at that one's time and merging only (no
    contact of its own: see merge_mentions), unless it says a time of its own ("دو طرف پیش از این، ۱۲ مهر …") or
    that it came before ("دو رئیس‌جمهور پیش‌تر … دیدار کرده بودند": an earlier contact, its day not given)."""
    own = events[-1]["_earlier"] and not events[-2]["_earlier"] and bool(CONTACT_PERFECT.search(fold(events[-1]["evidence"])))
    if events[-1]["_key"] is None and not own:
        events[-1]["_told_back"] = True
        for slot in ("date", "date_jalali", "_key", "_earlier", "_background"):
            events[-1][slot] = events[-2][slot]


def _switched_subject(fsrc: str, party, c: Candidate, events: list[dict]) -> dict | None:
    """"X از Y در فرودگاه استقبال کرد و او با Z دیدار کرد": a pronoun said after «و» in the sentence of the contact
    told just before marks another subject, that contact's other side (Y); None otherwise."""
    if not events or events[-1]["span"] is None or events[-1]["span"][0] != c.sentence[0] \
            or not _AND_BEFORE.search(fsrc, c.sentence[0], party.name[0]):
        return None
    return events[-1]["participants"][-1]


def _present_too(events: list[dict], text: str, folded: str, resolver: Resolver) -> None:
    """"«X» وزیر … نیز در این دیدار حضور داشت": X joins the in-person contact told last before this sentence."""
    for m in _PRESENT_TOO.finditer(folded):
        before = [e for e in events if e["span"] is not None and e["span"][1] <= m.start() and e["type"] == "meeting"]
        parties = split_parties(folded, lead_in_end(folded, m.start(), m.end()), m.start("also"))
        if not before or not parties or any(p.pronoun for p in parties) or len(parties) > 1 and any(
                p.role_only or p.weak for p in parties):
            continue  # ("A، TITLE، و B، TITLE، دیگر شرکت‌کنندگان …": several only when each is named)
        people = before[-1]["participants"]
        for party in parties:
            person = participant(text, party, resolver, None, True)
            if person and not any(_same_party(person, q) for q in people):
                people.append(person)


def _blessing_blanked(folded: str) -> str:
    """The bracketed blessing after a holy name («حضرت معصومه (س)», «امام خمینی (ره)») as spaces, one for one, so
    the rules read the name past it."""
    return _BLESSING.sub(lambda m: " " * len(m.group()), folded)


def _works_blanked(folded: str) -> str:
    """The title of a film, book or programme as spaces, one for one: a cue word in a title tells no contact."""
    return _WORK_TITLE.sub(lambda m: m.group()[:m.start("title") - m.start()] + " " * len(m.group("title")) + "»",
                           folded)


def _paired_quotes(folded: str) -> str:
    """Straight double quotes as the guillemets the rules read ("X "NAME"" -> «NAME»), in pairs, one character
    for one so every span still maps back."""
    parts = folded.split('"')
    return "".join(part + ("«»"[i % 2] if i < len(parts) - 1 else "") for i, part in enumerate(parts))


def _roles_only(found: list[Candidate]) -> bool:
    """Do these bare-noun readings name only roles and groups, no person?"""
    return all(not c.verbal and all(p.role_only or p.literal for p in c.parties) for c in found)


def _call_told_back(folded: str) -> str | None:
    """"… گفت‌وگو کرد. … در این گفت‌وگوی تلفنی …": the channel a back-reference gives the article's talk."""
    m = _CALL_BACK.search(folded)
    if not m:
        return None
    return "video_call" if lexicon().video.match(folded, m.start("channel")) else "phone_call"


def _same_office(role: dict, other: dict) -> bool:
    """Is a role-only party the very office the other side holds ("شهردار تهران" and X, شهردار تهران)?"""
    return role["name"] == role.get("title") and bool(other.get("title")) and " ".join(fold(role["name"]).split()) == " ".join(fold(other["title"]).split())


def _reported(fsrc: str, c: Candidate) -> str:
    """The sentence up to the quote that follows its cue ("X در دیدار با Y گفت: … وعده داده بودند"): the tense and time
    words of what the speaker said do not date the contact."""
    a, b = c.sentence
    colon = fsrc.find(":", c.cue, b)
    return fsrc[a:colon] if colon != -1 else fsrc[a:b]


def _event(c: Candidate, people: list[dict], src: str, fsrc: str, mentions, pub: date | None,
           call: str | None = None) -> dict:
    """The event a candidate reports, with its people, date, place and evidence; a talk with no channel takes
    the `call` a back-reference tells ("این مکالمه تلفنی")."""
    a, b = c.sentence
    day, jalali, key = governing_date(c, mentions, src, pub)
    told, cue = _reported(fsrc, c), c.cue - a
    if key is None and pub is not None and not c.told and not is_background(told, cue):
        day, jalali = pub, to_jalali_str(pub)
    return {
        "type": call if call and c.talk and c.type == "meeting" else c.type,
        "participants": people,
        "date": day.isoformat() if day else None,
        "date_jalali": jalali,
        "location": (_location(src, fsrc, c) or _arrived_in(src, fsrc, c)) if c.type == "meeting" else None,
        "topics": _topics(fsrc, src, _followed(fsrc, c.sentence), people),
        "evidence": src[a:b],
        "cameo": c.cameo,
        "span": None if c.from_title else [a, b],
        "confidence": _confidence(c, people, key),
        "_key": key,
        "_background": is_background(told, cue),
        "_earlier": is_earlier(told),
        "_verbal": c.verbal,
        "_talk": c.talk,
        "is_headline": c.from_title or is_headline(fsrc, a, b),
        "_cue": (c.from_title, c.cue),
    }


def _restates_the_body(event: dict, events: list[dict]) -> bool:
    """A headline restating a contact the body tells with other words for a side: with a plural counterpart ("دیدار
    X با همتایان چینی و غنایی", told one by one or by the members' names), or with an office the body names ("X میزبان
    سرمایه‌گذاران چینی شد", "دیدار X با سرکنسول ترکیه"), when the body tells a contact of one of its sides."""
    if event["span"] is not None:
        return False
    # (not a contact the body tells as an earlier one: "مرتضی روز شنبه نیز با Y … گفت‌وگو کرده بود")
    return any(e is not event and e["span"] is not None and not is_earlier(fold(e["evidence"]))
               and any(same_person(p["name"], q["name"]) for p in event["participants"] for q in e["participants"])
               for e in events)


def _same_party(p: dict, q: dict) -> bool:
    """One participant twice? Names by the scorer's rule; two roles of different countries are two parties
    ("وزیر امور خارجه" and "وزیر امور خارجه عمان")."""
    if p["name"] == p["title"] and q["name"] == q["title"] and p["country"] != q["country"]:
        return False
    return same_person(p["name"], q["name"])


def _name_lead_role(events: list[dict], resolver: Resolver, by_pronoun: set[str]) -> None:
    """The lead's unnamed official ("X در دیدار سرپرست میراث فرهنگی …"; its subject when that is a role) is the
    one person the article later quotes by name and places nowhere else but through a pronoun ("مجید صفائی گفت:
    …", "ایشان همچنین …")."""
    role = _lead_role(events, resolver)
    if role is None or _office_answers(resolver.folded, events[0]["span"][1], role["name"]) \
            or _told_in_quote(resolver.folded, events[0]):
        # ("… وزیر کشور نیز دستور داد": the office speaks as itself; "X افزود: «در دیداری که … میان A و B …»": the
        # one quoted tells of the contact, he took no part in it)
        return
    placed = _placed(events, role, by_pronoun)
    # (one told back in another kind of contact, "NAME در این دیدار …" after a call, is a side of that one)
    placed += [n for n, _ in _told_back_names(resolver.text, resolver.folded, events[0]["span"][1], set(),
                                              events[0]["type"], another=True)]
    # (a speaker the article gives another office, «A، وزیر امور خارجه آذربایجان»، holds not this one)
    placed += [name for title, name in resolver.holders if not role_fits(role["name"], title)
               and not role_fits(title, role["name"])]
    others = [s for s in resolver.speakers() if not any(same_person(s, n) for n in placed)]
    if not others and resolver.speaks(role["name"]):
        # "رئیس‌جمهور … گفت" and "احمدی‌نژاد افزود" in turn: the article's one other speaker is the role
        others = [s for s in resolver.speakers(bare=True) if not any(same_person(s, n) for n in placed)]
    if len(others) == 1:
        role = dict(role)
        for person in (p for e in events for p in e["participants"]):
            if is_role(person) and person["name"] == role["name"] and person["country"] == role["country"]:
                person["name"] = others[0]  # the same role in the article's other contacts ("ایشان همچنین …")


def _name_role_told_back(events: list[dict], text: str, folded: str) -> None:
    """The lead's unnamed sides (one or two offices) are the people the article names, and names nowhere else, in
    the sentences that tell that contact back: "NAME در این دیدار …", "… در این دیدار به NAME گفت", "در دیدار با
    NAME"; with two offices, the subject told back first and the other side after it ("B نیز / هم …")."""
    if not events or events[0]["span"] is None:
        return
    people = events[0]["participants"]
    roles = [p for p in people if (is_role(p) or lexicon().title.match(fold(p["name"])))
             and not _held_by_many(p["name"])]
    # (a name a later contact holds may be this one's too: "وی سپس با Z …" after "A در نشست نخست …")
    named = {q["name"] for q in people if q not in roles}
    # (only up to an earlier contact the article tells next: "در این نشست" past it points to that one)
    end = min([e["span"][0] for e in events[1:] if e["span"] and e["span"][0] >= events[0]["span"][1]
               and (e.get("_earlier") or e.get("_background"))] or [len(folded)])
    told = _told_back_names(text, folded[:end], events[0]["span"][1], named, events[0]["type"])
    if not told or len(roles) == 2 and len(told) == 1 and told[0][1] in _OPENS:
        # "NAME در این دیدار از / به B خواست / گفت": B, the one the subject spoke to, is the other side
        told += _spoken_to(text, folded[:end], events[0], named | {t for t, _ in told})
    if len(roles) == 2 and [k for _, k in told] == ["also"]:
        said = _quoted_before(text, folded[:end], events[0]["span"][1], told[0][0], named)
        told = [(said, "subject"), told[0]] if said else told  # "A با بیان … گفت" then "B نیز گفت"
    if len(roles) == 2 and len(told) == 1 and told[0][1] in _OPENS:
        # "A در این دیدار …" and "وزیر … نیز": the subject named, the other side left an office; but when the
        # subject's own office answers "نیز" after A ("A در این تماس گزارش داد … وزیر کشور نیز دستور داد"), A is the other
        roles = roles[1:] if _office_answers(folded[:end], events[0]["span"][1], roles[0]["name"]) else roles[:1]
    if not roles or len(told) != len(roles) or len(roles) > 2:
        return
    if len(roles) == 2 and (roles[0] is not people[0] or told[0][1] not in _OPENS):
        return  # two offices: only a subject told back first says which name is whose
    for (office, country), (name, _) in zip([(r["name"], r["country"]) for r in roles], told):
        for person in (p for e in events for p in e["participants"]):
            if person["name"] == office and person["country"] == country:
                person["name"] = name  # (the lead's own party among them: the office is read before renaming)


def _office_answers(folded: str, at: int, office: str) -> bool:
    """Does a sentence after `at` open with `office` and «نیز/هم» ("وزیر کشور نیز دستور داد …"), with no one quoted by
    name after it (not "استاندار هم در این دیدار گفت: … . NAME افزود: …", where NAME goes on as that office)?"""
    answer = re.search(r"(?:^|[\n.])\s*" + re.escape(" ".join(fold(office).split())) + r"\s+(?:نیز|هم)(?!\S)",
                       folded[at:])
    return bool(answer) and not _SAID_NAME.search(folded, at + answer.end())


def _told_in_quote(folded: str, event: dict) -> bool:
    """Is the event's contact told inside a quote its sentence opens, in the third person, its named side within it
    ("X افزود: «در دیداری که … میان A و B انجام شد …»"), not the speaker's own ("«… با Y دیدار کردم»")?"""
    a, b = event["span"]
    quote = _QUOTE_OPEN.search(folded, a, b)
    first = fold(event["participants"][0]["name"]).split()[:1]
    if not quote or not first or folded.find(first[0], quote.end(), b) == -1:
        return False
    end = folded.find("»", quote.end(), b)
    return not _OWN_VERB.search(folded, quote.end(), end if end != -1 else b)


def _told_back_names(text: str, folded: str, at: int, named: set[str], kind_of: str,
                     another: bool = False) -> list[tuple[str, str]]:
    """(name, how it is told back) for each new person the sentences after `at` tell the contact of type `kind_of`
    back with (not a call by "در این دیدار", nor a meeting by "در این تماس": those tell `another` contact back)."""
    told: list[tuple[str, str]] = []
    other = _IN_PERSON_NOUN if kind_of != "meeting" else _CALL_NOUN
    for m in _TOLD_BACK_NAME.finditer(folded, at):
        if bool(other.search(m.group())) != another:
            continue
        a, b = m.span(m.lastgroup)
        # "A و B در این دیدار …": both sides, the subject first
        parts = [(a, a + m.group("pair").index(" و ")), (a + m.group("pair").index(" و ") + 3, b)] \
            if m.lastgroup == "pair" else [(a, b)]
        kinds = ("subject", "also") if m.lastgroup == "pair" else ("subject",) if m.lastgroup in ("host", "part") \
            else (m.lastgroup,)
        for (x, y), kind in zip(parts, kinds):
            if kind == "andalso" and fold(text[x:y]).split()[0] not in lexicon().first_names:
                continue
            kind = "also" if kind == "andalso" else kind
            if kind in ("opened", "bare"):
                words, glued = folded[x:y].split(), glued_end(text, y)
                if words[0] not in lexicon().first_names or words[1] in lexicon().first_names and glued == y:
                    continue  # (a first name and a surname, not «علی اکبر» of a longer name)
                y = glued
            y = glued_end(text, y)  # "… رحمان قدیری‌فرد": a surname part a ZWNJ glues on
            name = without_honorific(" ".join(text[x:y].split()))
            if a_name(name, kind == "also") and not any(same_person(name, n) for n in named | {t for t, _ in told}):
                told.append((name, kind))
    return told


def _spoken_to(text: str, folded: str, lead: dict, named: set[str]) -> list[tuple[str, str]]:
    """"… A به B گفته است که …", "A … از B خواست …" after a lead whose named side is A: B, the one A spoke to, is the
    other side."""
    surnames = {fold(n).split()[-1] for n in named}
    told = []
    for m in _SPOKEN_TO.finditer(folded, lead["span"][1]):
        start = max(folded.rfind(".", 0, m.start()), folded.rfind("\n", 0, m.start())) + 1
        name = without_honorific(" ".join(text[slice(*m.span(m.lastgroup))].split()))
        if surnames & set(folded[start:m.start()].split()) and a_name(name) \
                and not any(same_person(name, n) for n in named | {t for t, _ in told}):
            told.append((name, "spoken"))
    return told


def _quoted_before(text: str, folded: str, at: int, other: str, named: set[str]) -> str | None:
    """The one person quoted by name ("A با تأکید بر اینکه …، افزود") between `at` and the sentence that tells the
    other side back by `other`."""
    end = folded.find(fold(other).split()[0], at)
    found = {without_honorific(" ".join(text[slice(*m.span(m.lastgroup))].split())) for m in _SAID_NAME.finditer(folded, at, end)}
    found = {n for n in found if a_name(n) and not any(same_person(n, x) for x in named | {other})}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _office_honorifics() -> list[tuple[re.Pattern, re.Pattern]]:
    """(honorific, offices) of each family in data/office_honorifics.tsv."""
    rows = (row.split("\t") for row in data_lines("office_honorifics.tsv"))
    return [(folded_rx(B + honor + r"\s+"), folded_rx(r"\s*" + offices + E)) for _, honor, offices in rows]


def _name_office_by_honorific(events: list[dict], text: str, folded: str) -> None:
    """An office of a family (a Friday-prayer imam, a commander) that no name holds is the one person the article
    names with that family's honorific («حجت‌الاسلام X», «سردار Y») and places in no contact."""
    placed = {q["name"] for e in events for q in e["participants"]}
    for honor, offices in _office_honorifics():
        held = {p["name"] for e in events for p in e["participants"]
                if (is_role(p) or lexicon().title.match(fold(p["name"]))) and offices.match(fold(p["name"]))}
        names: list[str] = []
        for m in honor.finditer(folded):
            name = _honored_name(text, folded, m.end())
            if name and not any(same_person(name, n) for n in placed | set(names)):
                names.append(name)
        if len(held) == 1 and len(names) == 1:
            office = held.pop()
            for person in (p for e in events for p in e["participants"] if p["name"] == office):
                person["name"] = names[0]


# the head of a delegation told in a sentence of its own: "این هیئت به ریاست NAME، TITLE، …", "ریاست هیئت ایرانی را
# NAME، TITLE، به عهده داشت"
_DELEGATION_HEAD = folded_rx(
    r"(?:این|آن) (?:هیئت|هیات)\S*(?: \S+){0,2}? به (?:ریاست|سرپرستی|رهبری) (?P<led>" + _NAME + r")(?=[،,]| برای| به| در| که)"
    r"|(?:ریاست|سرپرستی) (?:این )?(?:هیئت|هیات)\S*(?: \S+){0,2}? را (?P<held>" + _NAME + r")[،,][^.]{0,80}?(?:به|بر) عهده"
    r" (?:داشت|داشتند|دارد)")
_DELEGATION = folded_rx(r"(?:هیئت|هیات)(?:ی)?(?!\S)")


def _name_delegation_by_head(events: list[dict], text: str, folded: str) -> None:
    """A delegation that is a contact's side, the article naming its one head in a sentence of its own, is that head
    (GUIDE.md: a named person before a body): "X پذیرای هیئتی از Z بود. این هیئت به ریاست NAME … آمده است"."""
    sides = [p for e in events for p in e["participants"] if _DELEGATION.match(fold(p["name"])) and not a_name(p["name"])]
    if len({p["name"] for p in sides}) != 1:
        return  # (the article read for a head only when one delegation is a side)
    heads = {without_honorific(" ".join(text[slice(*m.span(m.lastgroup))].split())) for m in _DELEGATION_HEAD.finditer(folded)}
    heads = {h for h in heads if a_name(h)}
    if len(heads) != 1:
        return
    head = heads.pop()
    for e in events:
        if not any(same_person(head, q["name"]) for q in e["participants"]):
            for person in (p for p in e["participants"] if p in sides):
                person["name"] = head


def _honored_name(text: str, folded: str, at: int) -> str | None:
    """The name after an honorific: up to four words, to the first that is no part of a name."""
    lex = lexicon()
    words = []
    for w in re.finditer(r"[^\s،,:.«»()؛]+", folded[at:at + 60]):
        if w.start() != (words[-1][1] + 1 if words else 0) or w.group() in lex.function_words \
                or lex.title.match(w.group()) or NOT_NAME_WORD.fullmatch(w.group()) or len(words) == 4:
            break
        words.append(w.span())
    # (past a second honorific, «سرلشکر | پاسدار X»; and over a surname part a ZWNJ glues on, «قدیری‌فرد»)
    name = without_honorific(" ".join(text[at + words[0][0]:glued_end(text, at + words[-1][1])].split())) if words else ""
    return name if a_name(name) else None


def _name_same_office(offices: list[tuple[dict, str]]) -> None:
    """An office named in one contact is that person in the article's other contacts, written in full or shortened
    ("سفیر جمهوری عراق در تهران" named «NAME»; "سفیر عراق پیش از این با … دیدار کرده بود")."""
    named = [(office, p["name"]) for p, office in offices if p["name"] != office]
    for p, office in offices:
        if p["name"] != office:
            continue
        holders = {name for held, name in named if role_fits(office, held) and role_fits(held, office)}
        if len(holders) == 1:
            p["name"] = holders.pop()


def _name_protagonist(events: list[dict], resolver: Resolver) -> None:
    """An article of one person's contacts, told now by an office no name holds ("وزیر راه … با Y"), now by a name
    no title is given ("علیرضا پاک‌نهاد … با Z"), each contact with one of the two and none with both: the office
    is that name ("گزارش سفر وزیر راه به مسکو" with "نخستین دیدار NAME … با Y", "وزیر راه … با Z")."""
    people = [p for e in events for p in e["participants"]]
    # (an office of the article's own side: "وزیر راه"، "وزیر راه کشورمان", not "امیر قطر")
    offices = {p["name"] for p in people if is_role(p) and not _held_by_many(p["name"]) and p["country"] in (None, "ایران")}
    untitled = {p["name"] for p in people if not p["title"] and a_name(p["name"])
                and not any(same_person(p["name"], n) for _, n in resolver.holders)}
    if len(events) < 2 or len(untitled) != 1 or not offices:
        return
    name = untitled.pop()
    if any(not same_person(n, name) and not any(same_person(n, h) for _, h in resolver.holders)
           for n in _sentence_openers(resolver.text)):
        return  # another person the article names untitled ("کاظم نوری نیز در این سفر حضور داشت"): which one is not said
    office = [o for o in offices if all(role_fits(o, x) or role_fits(x, o) for x in offices)]
    has = [(any(q["name"] == name for q in e["participants"]), any(q["name"] in offices for q in e["participants"]))
           for e in events]
    if len(office) != len(offices) or not all(a != b for a, b in has) or not any(a for a, _ in has):
        return
    for person in (p for p in people if p["name"] in offices):
        person["name"] = name


@lru_cache(maxsize=1)
def _body_heads() -> list[tuple[re.Pattern, str]]:
    rows = (line.split("\t") for line in data_lines("body_heads.tsv"))
    return [(folded_rx(r"(?:" + alternation([body]) + r")(?=[ ،,]|$)"), fold(head)) for body, head in rows]


def _name_body_by_head(events: list[dict], resolver: Resolver) -> None:
    """"شهرداری تبریز پذیرای هیئتی … بود و شهردار تبریز، NAME، در این دیدار …": a body that met (data/body_heads.tsv)
    is the person the article names in the office that heads it."""
    for e in events:
        for p in e["participants"]:
            name = " ".join(fold(p["name"]).split())
            head = next((h + name[m.end():] for rx, h in _body_heads() if (m := rx.match(name))), None)
            others = tuple(q["name"] for q in e["participants"] if q is not p)
            held = head and resolver.holder(head, others)
            if held and not any(same_person(held, q) for q in others):
                p["name"], p["title"] = held, head


def _sentence_openers(text: str) -> set[str]:
    """The names of two or three words, opening with a known first name, that open the article's sentences."""
    out = set()
    for a, b in sentences(text):
        words = text[a:b].split()[:3]
        for n in (3, 2):
            if len(words) >= n and fold(words[0]) in lexicon().first_names and a_name(" ".join(words[:n])):
                out.add(" ".join(words[:n]))
                break
    return out


def _held_by_many(name: str) -> bool:
    """A role several people hold ("مدیران ارشد", "وزرای خارجه", "همتایان"), not one office ("دادستان کل کشور")."""
    folded = fold(name).strip()
    return plural_party(folded) or (" " not in folded and bool(_GROUP_ROLE.match(folded)))


def _lead_role(events: list[dict], resolver: Resolver) -> dict | None:
    """The one role of the lead's contact that a quoted speaker may name (its subject when that is a role); None
    when the lead's subject is a body, or the article quotes another office instead."""
    if not events or events[0]["span"] is None:
        return None
    people = events[0]["participants"]
    if BODY_HEAD.match(fold(people[0]["name"])):
        return None  # "یک عضو مجمع … از دیدار اعضای این مجمع با رئیس‌جمهور خبر داد": the one quoted is of the body
    roles = [p for p in people
             if is_role(p) and not _held_by_many(p["name"])]
    if people[0] in roles:
        roles = [people[0]]  # "رئیس قوه قضائیه در دیدار … گفت": the quoted one is the subject
    if len(roles) != 1:
        return None
    # "امام جمعه دیلم گفت" by a meeting of the Leader's: the one named speaker holds that other office
    titles = [p["title"] for e in events for p in e["participants"] if p["title"] and p["name"] != roles[0]["name"]]
    quoted = [r for r in resolver.quoted_roles() if not any(role_fits(t, r) for t in titles)]
    if quoted and not any(role_fits(roles[0]["name"], r) for r in quoted):
        return None
    return roles[0]


def _placed(events: list[dict], role: dict, by_pronoun: set[str]) -> list[str]:
    """Names the article places in its contacts, which the lead role cannot be: not those read for a pronoun, nor,
    for a subject role, other contacts' subjects ("استاندار کرمان در دیدار با …" and "کاظمی‌نسب پیش از این با …
    تلفنی گفت‌وگو کرده بود"); always the role's own counterparts."""
    people = events[0]["participants"]
    subjects = [e["participants"][0]["name"] for e in events] if role is people[0] else []
    own = [p["name"] for p in people if p is not role]
    return [p["name"] for e in events for p in e["participants"]
            if p["name"] not in by_pronoun and p["name"] not in subjects] + own


def _titled_pair(m: re.Match) -> bool:
    """Does either side of a pair read as names hold a title (so it is a list of offices, not of names) or a
    preposition ("A از وین و B از استکهلم": names with the place each stands in)?"""
    return any(lexicon().title.search(m.group(g)) or any(NOT_NAME_WORD.fullmatch(w) for w in m.group(g).split())
               for g in ("x", "y"))


def _name_joint_roles(event: dict, text: str, folded: str) -> None:
    """"وزیران خارجه ایران و ترکیه دیدار کردند. در این دیدار، A و همتای ترکیه‌ای وی، B، …" (or "آقایان A و B در
    این دیدار …"): the roles of a contact told by roles take the names the back-reference sentence gives, by country
    where it says one ("همتای ترکیه‌ای وی") and otherwise in the order written; with one side named already, the
    other name is the role's."""
    people = event["participants"]
    roles = [p for p in people if p["name"] == p["title"]]
    if event["span"] is None or len(people) != 2 and len(roles) != len(people) or not roles:
        return
    a, b = _followed(folded, tuple(event["span"]))
    if len(roles) == len(people) > 2:
        _name_listed_roles(people, text, folded, event["span"][1], b)
        return
    # "وزیران خارجه مصر و اردن، A و B، …": the names set off after the roles in their own sentence, in order
    own = next((m for m in _APPOSED_PAIR.finditer(folded, *event["span"]) if not _titled_pair(m)), None) \
        if len(roles) == len(people) == 2 else None  # (not the office's own «و»: "معاونان وزیران خارجه A و B،")
    m = own or _back_pair().search(folded, event["span"][1], b) or _pair_back().match(folded, event["span"][1])
    if not m or _titled_pair(m):
        return
    x, y = (" ".join(text[slice(*m.span(g))].split()) for g in ("x", "y"))
    if len(roles) == 1:
        named = next(p for p in people if p is not roles[0])["name"]
        if same_person(named, x) != same_person(named, y):
            roles[0]["name"] = y if same_person(named, x) else x
        return
    other = lexicon().country_of.get(m.group("adj") or "") if "adj" in m.re.groupindex else None
    first, second = people
    if other and second["country"] != other:
        first, second = second, first
    if other and second["country"] != other:
        return
    first["name"], second["name"] = x, y


def _name_roles_by_back_sentence(event: dict, events: list[dict], text: str, folded: str) -> None:
    """"رؤسای جمهور A و B … گفت‌وگو کردند. X از … و Y از … در این گفت‌وگو شرکت داشتند": the offices of a contact of
    two take, in the order written, the two people (untitled, each opening with a first name) that the next sentence
    telling it back ("این گفت‌وگو", "پس از این دیدار", "این مذاکرات") names, new to the article but for a side named
    already; «همتای ترکیه‌ای‌اش، Y» says whose office Y holds."""
    people = event["participants"]
    if event["span"] is None or len(people) != 2 or all(p["name"] != p["title"] for p in people):
        return
    later = [e["span"][0] for e in events if e["span"] and e["span"][0] >= event["span"][1]]
    end = min(later + [len(folded), event["span"][1] + 600])
    for a, b in sentences(folded[event["span"][1]:end])[:2]:
        a, b = a + event["span"][1], b + event["span"][1]
        if _TELLS_BACK.search(folded, a, b):
            names = sentence_names(text, folded, a, b)
            if len(names) == 2 and not same_person(names[0][0], names[1][0]):
                _name_two_sides(people, events, names, folded, a)
            return


def _name_two_sides(people: list[dict], events: list[dict], names: list[tuple[str, int]], folded: str, a: int) -> None:
    """Give the two sides of a contact the two names read back, a named side the one that is its fuller form."""
    first, second = people
    m = _COUNTER_ADJ.search(folded, a, names[1][1])
    other = lexicon().country_of.get(m.group("adj")) if m and m.end() == names[1][1] else None
    if other and second["country"] != other:
        first, second = second, first
    if other and second["country"] != other:
        return
    for person, (name, _) in zip((first, second), names):
        if person["name"] != person["title"] and not same_person(person["name"], name):
            return  # a named side is not the one the sentence names in its place
    placed = [q["name"] for e in events for q in e["participants"] if q is not first and q is not second]
    if any(same_person(name, q) for name, _ in names for q in placed):
        return
    first["name"], second["name"] = names[0][0], names[1][0]


def _name_listed_roles(people: list[dict], text: str, folded: str, at: int, end: int) -> None:
    """"وزیران بهداشت ایران، ترکیه و پاکستان … گفت‌وگو کردند. در این نشست، A، B و C بر … تأکید کردند": three or
    more roles take the names the back-reference sentence lists, in the order written, when it lists as many."""
    m = _BACK_LIST.match(folded, at, end)
    if not m:
        return
    names = [n for n in re.split(r"\s*[،,]\s*|\s+و\s+", text[slice(*m.span("names"))].strip()) if n]
    if len(names) != len(people) or any(lexicon().title.search(fold(n)) for n in names):
        return
    for person, name in zip(people, names):
        person["name"] = " ".join(name.split())


def _name_roles_by_joint_list(event: dict, events: list[dict], text: str, folded: str) -> None:
    """"وزرای خارجه A، B و C … گفت‌وگو کردند. … X، Y و Z بر … تأکید کردند": a contact of offices alone takes, in
    the order written, the names of the one list of as many new people that the next sentences give as the subject
    of a plural verb."""
    people = event["participants"]
    if event["span"] is None or len(people) < 2 or any(p["name"] != p["title"] for p in people):
        return
    placed = {q["name"] for e in events for q in e["participants"]}
    later = [e["span"][0] for e in events if e["span"] and e["span"][0] >= event["span"][1]]
    end = min(later + [len(folded), event["span"][1] + 600])
    lists = []
    for a, b in sentences(folded[event["span"][1]:end])[:3]:
        a, b = a + event["span"][1], b + event["span"][1]
        lists += [names for names, at in name_lists(text, folded, a, b)
                  if _JOINT_VERB.search(folded, at, b)
                  and not any(same_person(n, q) for n in names for q in placed)]
    if len(lists) == 1 and len(lists[0]) == len(people):
        for person, name in zip(people, lists[0]):
            person["name"] = name


def _tidy(event: dict) -> dict:
    """Names, titles, bodies and places through pipeline.normalize (ZWNJ repaired, ی/ک unified), with their digits
    in the script the article writes them ("منطقه 17" stays so: a name as written); evidence stays verbatim. An
    unnamed counterpart is named as written ("همتای روس"), its composed office the title."""
    for person in event["participants"]:
        written = person.pop("_written", None)
        if written and person["name"] == person["title"]:
            person["name"] = written  # "همتای روس خود", named nowhere: the role as written (GUIDE.md); its office the title
        for key in ("name", "title", "organization"):
            if person[key]:
                person[key] = _normal_name(person[key])
    if event["location"]:
        event["location"] = _normal_name(event["location"])
    return event


def _normal_name(written: str) -> str:
    out = normalize(written)
    return latin_digits(out) if re.search(r"[0-9]", written) and not re.search(r"[۰-۹]", written) else out


def _this_country(fsrc: str, a: int, party: Party) -> Party:
    """"نخست‌وزیر این کشور" after "مقامات عراقی": the role with the country the sentence named before it."""
    if not party.role_only or party.literal:
        return party
    name = fsrc[party.name[0]:party.name[1]]
    role = with_country(fsrc, a, party.name[0], name)
    return party if role == " ".join(name.split()) else replace(party, literal=role)


# a report or speech verb and its «که»: what comes before it is where the news came from, not the contact
_TOLD_THAT = folded_rx(r"(?:خبر (?:داد|دادند)|اعلام (?:کرد|کردند)|گفت|گفتند|نوشت|نوشتند|افزود|گزارش (?:داد|دادند))"
                       r"\s+که\s")


def _location(src: str, fsrc: str, c: Candidate) -> str | None:
    lex = lexicon()
    a, b = c.sentence
    # "سفیر ایران در مسکو": a place inside a diplomatic post's title is not where they met
    titles = [p.title for p in c.parties if p.title and _POST.match(fsrc, p.title[0], p.title[1])]
    # where the clause of the contact is, not a place the rest of the sentence talks about
    reach = b if len(c.parties) > 2 else min(b, c.cue + 80)  # "نشست سه‌جانبه A، B و C … در تهران برگزار شد"
    # (and just past the last side, however far: "در دیداری … که روز دوشنبه، …، میان A و B در مشهد صورت گرفت")
    reach = min(b, max(reach, max(p.name[1] for p in c.parties) + 20))
    verb = lex.light_verb.search(fsrc, c.cue, reach) if c.verbal and c.cue > a else None
    if verb and len(c.parties) <= 2:
        reach = verb.end()  # "… با Y دیدار کرده بود امروز به مسقط بازگشت": a place after the contact's verb is not its
    quote = fsrc.find(":", c.cue, reach)
    reach = quote if quote > 0 else reach  # "X در دیدار با Y گفت: در جام جهانی در قطر …": the quote's places
    told = [m.end() for m in _TOLD_THAT.finditer(fsrc, a, min(p.name[0] for p in c.parties))]
    for m in _PLACE.finditer(fsrc, told[-1] if told else a, reach):  # "منابع در ترکیه خبر دادند که X در باکو …"
        words = m.group("place").split()
        for n in (2, 1):
            place = " ".join(words[:n])
            if len(words) < n or (place not in lex.cities and place not in lex.country_names):
                continue
            start = m.start("place")
            if any(t[0] <= start < t[1] for t in titles) or start < lead_in_end(fsrc, a, b):
                break
            if ":" in fsrc[start:min(p.name[0] for p in c.parties)]:
                continue  # "خبرنگار X در تل‌آویو: A و B …": where the source speaks from
            if place in lex.ambiguous_places and not m.group("kind") and not _PLACE_END.match(fsrc, start + len(place)):
                break  # "در آستانه سفر …": the word, in an ezafe chain, not the city (but "در شهر امان پایتخت اردن")
            if _EVE_OF.search(fsrc, a, start):
                continue  # "در آستانه سفر X به ترکیه، …": the place of a coming occasion, not of this contact
            span = re.match(r"\S+" + r"\s+\S+" * (n - 1), fsrc[start:m.end("place")])
            return src[start:start + span.end()]
    return None


def _arrived_in(src: str, fsrc: str, c: Candidate) -> str | None:
    """"وزیر خارجه عراق … وارد تهران شد" in the lead: a meeting the text does not place happened where the
    visitor arrived (only a verbal report in the lead's sentences or its own: a visit told farther away may be another)."""
    if c.from_title or not c.verbal:
        return None
    lex = lexicon()
    lead = sentences(fsrc)[:2]
    for a, b in lead + ([c.sentence] if c.sentence not in lead else []):
        for m in (m for rx in _ARRIVED for m in rx.finditer(fsrc, a, b)):
            place = " ".join(m.group("place").split())
            if place in lex.cities or place in lex.country_names:
                return src[m.start("place"):m.end("place")]
    return None


def _followed(fsrc: str, sentence: tuple[int, int]) -> tuple[int, int]:
    """The event's sentence and the ones right after it that speak of it ("در این گفت‌وگو …", "دو طرف …")."""
    a, b = sentence
    for na, nb in sentences(fsrc[b:b + 3000]):
        if not _BACK_REFERENCE.match(fsrc, b + na, b + nb):
            break
        b = b + nb
    return a, b


def _topics(fsrc: str, src: str, span: tuple[int, int], people: list[dict]) -> list[str]:
    """What was discussed: topic words, and countries other than the participants' own."""
    lex = lexicon()
    a, b = span
    own = {p["country"] for p in people}
    out: list[str] = []
    for m in lex.topic.finditer(fsrc, a, b):
        topic = normalize(src[m.start():m.end()])
        if topic not in out:
            out.append(topic)
    for m in lex.country.finditer(fsrc, a, b):
        form = " ".join(m.group().split())
        country = lex.country_of.get(form)
        if country and country not in own and country not in out and form in lex.country_names:
            out.append(country)
    return out


def _confidence(c: Candidate, people: list[dict], key: str | None) -> float:
    score = 0.55 + (0.2 if c.verbal else 0.0) + (0.1 if key else 0.0)
    score += 0.1 if all(p["title"] != p["name"] for p in people) else 0.0
    score -= 0.15 if c.from_title else 0.0
    return round(min(score, 0.95), 2)


def _as_date(value) -> date | None:
    """The publication day in Tehran of a date, a datetime or an ISO string; None when there is none."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            try:
                value = date.fromisoformat(value.strip()[:10])
            except ValueError:
                return None
    if isinstance(value, datetime):
        return value.astimezone(_TEHRAN).date() if value.tzinfo else value.date()
    return value if isinstance(value, date) else None
