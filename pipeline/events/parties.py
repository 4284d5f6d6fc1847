"""Turn a stretch of text that names one or more parties into participants (pure functions).

Works on the folded text (see text.fold) and returns character spans into it, so names and titles
can be copied from the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.events.bodies import tag
from pipeline.events.lexicon import B, E, alternation, data_lines, lexicon
from pipeline.events.text import CHANNEL_WORDS, folded_rx
from rasad.persian import span_fold as fold
from rasad.persian import unglue_possessive
from rasad.persian_dates import DARI_MONTHS

# «ولی» the conjunction "but", not the «ولی» of «نماینده ولی فقیه», «ولی عهد», «ولی امر», «ولی نعمت»
_BUT = r"ولی(?! ?(?:فقیه|امر|عهد|نعمت))"
# units of time: «چند» before one is a time («چند روز پیش»), before another noun a quantifier
_TIME_UNITS = r"روز|هفته|ماه|سال|ساعت|دقیقه|بار|وقت"

ORDINALS = (
    r"(?:بیست|سی) و (?:یکم|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم)|یکم|اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|"
    r"نهم|دهم|یازدهم|دوازدهم|سیزدهم|چهاردهم|پانزدهم|شانزدهم|هفدهم|هجدهم|هیجدهم|نوزدهم|بیستم|سی ?ام"
)
MONTHS = (
    r"فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|ابان|آذر|اذر|دی|بهمن|اسفند|"
    r"ژانویه|فوریه|مارس|آوریل|اوریل|مه|می|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر"
)
# after a day's ordinal («دهم», «اول», «بیست و یکم», «سی‌ام»): each ending a fixed-width lookbehind
_AFTER_ORDINAL = "|".join(f"(?<={end} )" for end in ("اول", "یکم", "دوم", "سوم", "هارم", "نجم", "ششم", "فتم", "شتم",
                                                       "نهم", "دهم", "ستم", " ام"))
# Words that end a party segment: prepositions that open the topic or purpose, conjunctions that
# open a new clause, and time words (dates are read separately).
_TIME = (
    r"امروز|دیروز|امشب|دیشب|پریروز|روز|صبح|ظهر|عصر|شب|شامگاه|شام(?= (?:امروز|دیروز|روز|\S*شنبه|جمعه))|بامداد|پیش از ظهر|بعد از ظهر|بعدازظهر|"
    r"شنبه|یکشنبه|دوشنبه|سه ?شنبه|چهار ?شنبه|پنج ?شنبه|جمعه(?! (?:زاده|پور|نیا|وند|ای)(?!\S))|هفته|ماه|سال|اخیرا|چندی|پیش از این|قبل از این|"
    r"قبلا|پیشتر|طی|گذشته|پیش|قبل|اخیر|آینده|چند(?= (?:" + _TIME_UNITS + r"))|ساعتی|ساعاتی|دقایقی|لحظاتی|تاکنون|تا کنون|هم اکنون|همواره|"
    r"هنگام|به هنگام|حین|در حین|"
    r"(?:این|آن|یک|دیگر) ?بار|بار دیگر|این دفعه|"  # "A و B این بار درباره …": which occasion, not a name's word
    # a number is a date's or a count's, unless it numbers a district or an item ("مردم منطقه ۱۴") or gives an
    # age ("دختر ۱۶ ساله")
    r"(?<!منطقه )(?<!ناحیه )(?<!شماره )(?<!فاز )(?<!بند )(?<!پلاک )\d+(?! ?ساله)|"
    r"(?<!دختر )(?<!پسر )(?<!زن )(?<!مرد )(?<!کودک )(?<!نوجوان )(?<!جوان )(?<!دانشجوی )(?<!دانشجو )(?<!کارگر )"
    r"(?<!شهروند )(?<!فرد )(?<!مادر )(?<!پدر )(?<!مادربزرگ )(?<!پدربزرگ )(?<!همسر )\d+(?= ?ساله)|"
    # an ordinal is a date's ("روز اول") unless it ranks an office ("معاون اول", "نایب رئیس دوم", "دبیر اول"), grades
    # a military rank ("سرتیپ دوم", "دریادار یکم") or numbers a district ("منطقه یکم نیروی دریایی")
    r"(?<!معاون )(?<!نایب رییس )(?<!دبیر )(?<!منشی )(?<!سرتیپ )(?<!دریادار )(?<!سرهنگ )(?<!ناخدا )(?<!ستوان )"
    r"(?<!منطقه )(?<!ناحیه )(?:" + ORDINALS + r")|"
    # a month is a date's after a day number or ordinal, or before «ماه»; alone it may be part of a name
    # ("بهمن‌پور", "مهرعلیزاده", "آذرنوش": a ZWNJ folds to a space)
    r"(?:(?<=\d )|" + _AFTER_ORDINAL + r")(?:" + MONTHS + r")(?: ?ماه)?|(?:" + MONTHS + r")(?= ?ماه)" + r"|"
    # a month as Afghanistan names it («۲۳ سرطان»), only after a day number: each is a common word too
    r"(?<=\d )(?:" + "|".join(DARI_MONTHS) + r")"
)
# a date phrase that opens the clause, with its comma: "در ماه اوت، X …", "در ژوئن ۲۰۱۹ X …", "در اوایل سال جاری، X …"
_DATE_OPENING = folded_rx(
    B + r"(?:در |طی |از )?(?:(?:اوایل|اواسط|اواخر|ابتدای|آغاز|پایان|نیمه) )?(?:"
    r"ماه (?:" + MONTHS + r")(?: \d+)?|\d+ (?:ماه )?(?:" + MONTHS + r")(?: ماه)?(?: \d+)?|(?:" + MONTHS + r")(?: ماه)? \d+|(?:" + MONTHS + r") ماه|"
    r"(?:سال|ماه|هفته|دهه|روز) ?(?:های)? (?:گذشته|جاری|اخیر|قبل|پیش|\d+)|(?:سال|دهه) \d+"
    r")(?: (?:میلادی|شمسی|خورشیدی|هجری(?: شمسی| قمری)?|گذشته|جاری))?" + E + r"\s*[،,]?\s*"
)
_STOP = folded_rx(
    B + r"(?<!امام )(?<!نماز )(?:درباره|دربار|پیرامون|روی|در (?:خصوص|مورد|باره|زمینه|رابطه|ادامه|جریان|حاشیه|پایان|این|آن|پی)|"
    r"در استانه(?= (?!با |و |دیدار|ملاقات|گفت)[^\s،,.:])|ضمن|نزدیک به|قریب به|"
    r"به منظور|به مناسبت|به ?نمایندگی|برای|جهت|با هدف|علیه|بر ضد|"
    r"با (?:اشاره|بیان|تاکید|ابراز|اعلام|توجه|تشکر|قدردانی|انتقاد|یادآوری|تقدیر|اظهار|طرح)|(?:زمانی|هنگامی|وقتی|موقعی) که|که|تا|" + _BUT + r"|اما|نیز|هم|همچنین|گفت(?:ه|ند)?(?! ?و ?گو)|نوشت(?:ند)?|اظهار|افزود|تاکید|"
    r"سخن|فرمود|فرمودند|مورد (?:بحث|بررسی|تاکید|توجه|گفت ?و ?گو)|قرار (?:گرفت|داد|دادند)|بار دیگر|"
    r"سپس|ابتدا|آنگاه|بلافاصله|صریحا|رسما|شخصا|پنهانی|مخفیانه|دوباره|مستقیما|حضورا|بعدا|نهایتا|اساسا|عملا|فورا|سریعا|مجددا|مکررا|حتما|دقیقا|کاملا|تلفنا|عازم|وارد|"
    r"(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند|\d+) (?:روز|هفته|ماه|سال|ساعت|دقیقه)|(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند|\d+) بار|"
    r"(?<!با )(?<=\w )(?:پیام|پیامی|پیام ?های|(?<!تفاهم )(?<!توافق )(?<!موافقت )(?<!آیین )(?<!قطع )(?<!شیوه )(?<!اساس )(?<!ضمانت )"
    r"(?:نامه|نامه ای)|استوارنامه|اعتمادنامه|اعتبارنامه|دعوت ?نامه)|"  # "با Y پیامی از Z را تقدیم کرد"
    r"به بررسی|به گفت|به رایزنی|به تبادل|به صورت|به طور|از طریق|از نزدیک|با یکدیگر|با هم|توسط|به وسیله|"
    r"(?<=\S )موضوع(?= \S)|"  # "با Y موضوع برگزاری … را مطرح کردند": the object begins
    r"(?<=\S )(?:خیلی|بسیار|چندان) (?:زود|سریع|دیر)(?!\S)|"  # "مدیران باشگاه خیلی زود با Y …": an adverb of time
    r"(?<=\S )(?:(?:هر )?دو طرف|طرفین)(?!\S)|"  # "در دیدار A و B هر دو طرف بر … تاکید کردند": the sides told back
    r"(?<=\S )و (?:توافق|تاکید|تبادل|امضای|ابراز|اعلام)(?!\S)|"  # "از دیدار با A و توافق بر سر …": «و» then an act
    r"(?:برگزار|انجام|برقرار|مطرح) (?:می ?)?(?:شد|شده|شود|شدند|شوند|گردید|گردد)|"  # "با حضور A و B برگزار می‌شد"
    r"خبر (?:داد|دادند|داده)|حضور (?:یافت|یافتند|داشت|داشتند)|شکل (?:گرفت|گرفته)|(?:کرد|کردند|کرده|نمود|نمودند|داد|دادند|شد|شدند|گردید)|به عمل (?:آورد|اورد|آوردند|اوردند)|"
    r"در تاریخ|تاریخ|بعد از|پس از|قبل از|پیش از|(?:هم ?زمان|مقارن|مصادف) با|آغاز|بر|از|به اتفاق|همراه|اشاره|ابراز|اعلام|خواستار|(?:ویدئو|ویدیو) ?کنفرانس|" + CHANNEL_WORDS + "|" + _TIME + r")" + E + r"|[:؛;!?]|\(\s*(?:" + _TIME + r")"
)
# a segment that opens with a purpose or a speech verb names no party ("برای اعمال فشار", "ابراز خرسندی")
_NO_PARTY_AHEAD = folded_rx(
    B + r"(?:برای|به منظور|جهت|با هدف|ابراز|اظهار|اعلام|اشاره|خواستار|درباره|پیرامون|در (?:خصوص|مورد|باره|زمینه)|بر|"
    # "پس از زیارت حرم، …": a time phrase's object (not "پس از این / آن", a time adverb before the subject)
    r"(?:پس|بعد|پیش|قبل) از(?! (?:این|آن)(?!\S))|"
    # "در آستانه اعزام به پاریس": on the eve of, not the city
    r"در استانه (?!با |و |دیدار|ملاقات|گفت)(?=[^\s،,.:])|"
    # "… در نشستی دوجانبه به بررسی / بحث درباره X پرداختند": what they turned to, a verbal noun after «به»
    r"به (?:بررسی|بحث|تبادل|گفت ?و ?گو|گفتگو|رایزنی|مذاکره|تشریح|ارائه|طرح)(?= ))" + E
)
# a pronoun standing for a person named before ("وی", "این مقام")
# («معظم‌له»: his eminence; "این دیپلمات سوئدی", "این مقام ارشد": an official told back by a noun, a nationality)
PRONOUN = folded_rx(B + r"(?:وی|او|ایشان|معظم ?له|(?:این|آن) (?:" + alternation(data_lines("told_back_nouns.txt"))
                    + r")(?: (?:ارشد|عالی ?رتبه|[^\s،,.]+ی))?)" + E)
# "با این قهرمان المپیک": a person told back as the other side of a contact
_TOLD_BACK_COUNTERPART = folded_rx(B + r"(?:این|آن) (?:" + alternation(data_lines("told_back_counterparts.txt"))
                                   + r")(?: [^\s،,.]+){0,2}" + E)
_REFLEXIVE = folded_rx(B + r"(?:طرفین|دو طرف|یکدیگر|همدیگر|هم|ما|من|بنده|این ?جانب|ایشان را|خود|خویش)" + E)
_AND = folded_rx(r"\s*[،,]\s*(?:و\s+)?|\s+و\s+")  # "A، B و C", and "A، TITLE، و B" (a comma before «و»)
_OUR_COUNTRY = folded_rx(B + r"(?:کشورمان|کشور ما)" + E)
_COMMA = folded_rx(r"\s*[،,]\s*")
_LEADING_JUNK = folded_rx(
    # («پس از آن» before «پس»: the alternation takes the first that matches)
    B + r"(?:(?:پیش|قبل|بعد|پس) از (?:این|آن)|و|که|نیز|هم|همچنین|سپس|بعد|پس|این در حالی است که|در ادامه|در همین حال|در همین راستا|با این حال|"
    r"با این وجود|در عین حال|ضمنا|مثلا|چرا|از سوی دیگر|از طرف دیگر|از دیگر سو|از طرفی|از سویی|از یک سو|از یک طرف|بنابراین|لذا|اما|" + _BUT + r"|همانطور که|همان طور که|همانگونه که|انطور که|ان طور که|انگونه که|ان گونه که|"
    r"چنانکه|چنان که|خصوصی|رسمی|دو ?جانبه|سه ?جانبه|چند ?جانبه|مشترک|صمیمانه|کوتاه|جداگانه|عمومی|مردمی|دوستانه|"
    r"صمیمی|طولانی|سرپایی|عبوری|نوروزی|هفتگی|ماهانه|ادواری|اخیر|امروز|دیروز|"
    r"(?:به|بر) ?(?:اساس )?گزارش خبرنگار ما|"  # "براساس گزارش خبرنگار ما X …": the paper's lead-in, no comma
    r"طی \S+(?: \S+)?(?= |$)|"  # "طی مراسمی …": an occasion, never a party's start
    # "مدتی پس از انعقاد برجام در …، X …": a time phrase up to its comma
    r"(?:مدتی|چندی|اندکی|کمی|ساعتی|ساعاتی|روزی|دقایقی|لحظاتی) (?:پس|بعد|پیش|قبل) از [^،,.:؛]{1,80}[،,])" + E + r"\s*"
)
# kinship after a name describes it: "X فرزند / همسر Y" is X
_KIN = folded_rx(r"\s*[،,]?\s*(?:فرزند|پسر|دختر|همسر|خواهر|نوه|داماد)\s")
# (a part of a hyphenated name is none of these words: «آن-ماری»)
_NOT_NAME = folded_rx(B + r"(?<!-)(?:است|این|آن|را|که|به|از|در|با|بر|شد|کرد|بود|ها|های|هم|نیز|تا|یا|اما|ولی|اگر|می|نمی)"
                      + E + r"(?!-)")
# «با», but not of a body's task ("پلیس مبارزه با مواد مخدر")
_WITH_NOT_TASK = r"(?<!مبارزه )(?<!مقابله )با"
# where a role stops and the occasion starts: "وزیر نیرو | در سفر به مسکو", "فرماندار | در بیانیه‌ای" (not the «با» of
# a body's task: "رئیس پلیس مبارزه با مواد مخدر")
_TITLE_STOP = folded_rx(
    B + r"(?:در (?:سفر|جریان|حاشیه|دیدار|نشست|جلسه|مراسم|بیانیه|گفت|پی|این|آن|ادامه|فرودگاه|محل|مقر|سالن|کاخ)|" + _WITH_NOT_TASK + r"|طی|ضمن|که|برای|به منظور|"
    r"(?:رفت|آمد|کرد|شد|بود|گفت)(?:ه|ند|یم|ید|ه اند|ه است)?|است|اند|همکاری ?ها\w*|روابط|بین(?! ?الملل)|میان|را)" + E
)
# number words and "-جانبه" are not parties ("مذاکرات سه و چهارجانبه")
_NUMBER = folded_rx(B + r"(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|\w*جانبه)" + E)
_LIGHT_VERB = folded_rx(r"(?:کرد|کردند|کرده|نمود|نمودند|داد|دادند|شد|شدند|گردید)|به عمل \S+")
# finite verbs and modals that never stand in a name
_RELATIVE_OPEN = folded_rx(B + r"که" + E + r"[^.،,:]*$")
_LIGHT_VERB_END = folded_rx(r"(?:داشت|داشتند|داشته|کرد|کردند|کرده|نمود|نمودند)")
VERB_WORD = folded_rx(
    r"باید|نباید|باشد|باشند|بود|بودند|بودیم|بوده|است|هستند|نیست|نیستند|شد|شدند|شده|نشد|نشده|نشدند|کرد|کردند|کرده|"
    r"نکرد|نکرده|نکردند|گفت|گفتند|"
    r"شنیده|شنیدیم|رسید|رسیدند|رسیده|دارد|دارند|داشت|داشتند|داشته|نمود|نمودند|می|نمی|"  # «می»: a present verb
    r"امد|امدند|امده|رفت|رفتند|رفته|"  # "به اتاق بازرگانی آمد و با …": motion verbs
    r"بودم|بودی|بودید|هستم|هستیم|نیستم|شدم|شدیم|کردم|کردیم|داشتم|داشتیم|"  # first and second persons
    r"خواهد|خواهند|اید|ایند|دهید|کنید|باشید|پرداخت|پرداختند|"  # a future's auxiliary, a subjunctive «آید», an
    # imperative «شرکت دهید», «به سخنرانی پرداخت»
    r"شدن|کردن|نمودن|داشتن|گرفتن|دادن|بودن"  # an infinitive («آشنا شدن با نقاط ضعف»): an act, no one
)
# first halves of compound adjectives in titles («بین‌المللی», «میان‌مدت»), written apart once ZWNJ is folded
_BETWEEN = frozenset({"بین", "میان"})
LINEAGE = frozenset({"بن", "ابن", "آل", "ال", "بنت", "ابو"})
# the particles of European names ("آنتونیو کارلوس دی‌سوزا لیما", "ماتیاس فون‌دورنبرگ"): a longer name, not a phrase
_PARTICLES = frozenset(data_lines("name_particles_long.txt"))
# the press with nothing to say whose («خبرنگاران شهرستان X» is a group that met someone)
# («باخبرنگاران»: «با» glued to the press where the text lost its space)
_PRESS_ALONE = folded_rx(r"(?:با)?(?:خبرنگاران|اصحاب رسانه|اهالی رسانه|رسانه ها|رسانه ?های (?:داخلی|خارجی|گروهی))")
# the dead, brought for burial or visited at their graves («شهدای گمنام», «پیکر مطهر …»); «خانواده شهدا» is a group
_THE_DEAD = folded_rx(r"(?:شهدای|شهدا|پیکر|پیکرهای|پیکر ?های|مزار|آرامگاه|مرقد)" + E)
_NO_HEAD = folded_rx(r"(?:" + alternation(data_lines("no_party_heads.txt")) + r")(?!\S)")  # (data/no_party_heads.txt)
_CAPITAL_OF = folded_rx(r"(?:پایتخت|مرکز استان)\s")
_COUNTERPART_HELD = folded_rx(r"(همتا(?:ی|یان)(?: [^\s،,]+){1,2})\s*[،,]\s*«?([^\s،,«»]+(?: [^\s،,«»]+){1,4})»?\s*[،,]")
_GUEST_OF_HIM = folded_rx(r"(?:مهمان|میهمان|میزبان)(?: \S+?)?(?: ?(?:ش|اش)| (?:وی|او|خود))")
_TRAILING_PAREN = folded_rx(r"\s*\([^()]{1,40}\)\s*$")
_DEMONSTRATIVE = folded_rx(r"(?:این|آن|همین|همان)\s+(?!مقام|مسئول|مسوول)\S")
# a noun that tells of a contact, not who took part: "روایت X از دیدار با Y", "جزئیات / تصاویر دیدار …"; a
# document handed over ("استوارنامه Y را پذیرفت": Y is the party), or the handing itself ("تسلیم رونوشت …")
_ACCOUNT = folded_rx(B + r"(?:روایت|خاطره|خاطرات|تصاویر|تصویر|عکس|عکس ?های|فیلم|جزئیات(?:ی)?|ماجرای|داستان|شرح|"
                     r"استوارنامه|اعتمادنامه|اعتبارنامه|دعوت ?نامه|نامه|تسلیم|تقدیم|ارائه|ارسال|اهدای|اعطای)" + E)
# a building or hall as the host ("ساختمان قوه قضاییه میزبان X بود"): where the contact was, not who took part
_BUILDING = folded_rx(r"(?:ساختمان|سالن|تالار|کاخ|محل|مقر|عمارت|هتل|مسجد|حسینیه|ورزشگاه|استادیوم|فرودگاه|"
                      r"گالری|نگارخانه|سینما|موزه|فرهنگسرا|تماشاخانه|تئاتر شهر|بزرگراه|تونل|تقاطع|جاده|پل)(?: \S+){1,4}$")
# ("گالری X میزبان آثار …", "بزرگراه رسالت با ۴۰ کیلومتر طول …": a venue or a road, no party)
# heads that say a group without saying whose: a party only with what follows them
_VAGUE = folded_rx(
    r"(?:هیئت|هیات|هیأت|خانواده|مسئولان|مسئولین|مقامات|همتایان|نمایندگان|اعضا|اعضای|جمع|گروه|طرف)(?: (?:خود|خویش|وی|ایشان)| ?(?:ش|اش|شان))?|"
    # the retinue of a party named with it ("با Y و هیئت همراهش"): no side of its own
    r"(?:هیئت|هیات|هیأت)(?: ?های)? همراه(?: (?:خود|خویش|وی|او|ایشان)| ?(?:ش|اش|شان))?|"
    # the delegations of both sides together ("هیئت‌های عالی‌رتبه دو کشور"): both sides, not one
    r"(?:هیئت|هیات|هیأت) ?های(?: \S+){0,2} (?:دو کشور|دو طرف|طرفین)|"
    # a plural head and only «مختلف» after it ("گروه‌های مختلف", "اقشار گوناگون"): some kinds of people, not whose
    r"\S+(?: ?ها| ?های)? (?:مختلف|گوناگون|متعدد|متفاوت)"
)
_GENERIC_TITLE = folded_rx(r"وزیر|رییس|رئیس|معاون|مدیر|مدیرکل|سفیر|نماینده|دبیر|عضو|مشاور|دستیار|سخنگو|سخنگوی")
_QUANTIFIER = folded_rx(
    r"(?:تعدادی|برخی|بعضی|سایر|جمعی|شماری|عده ?ای|گروهی|چندین(?= \S)|چند(?= \S)(?! (?:" + _TIME_UNITS + r")\w*)|چند ?تن|چندتن|تنی چند|چند نفر|(?:هزاران|صدها|ده ?ها)(?: نفر| تن)?|"
    r"جمع کثیری|شمار زیادی|\d+ (?:تن|نفر))" + E
)
# "تعدادی از اعضای شورای نگهبان", "جمعی از بازاریان", "هیئتی از شیلی": a quantified group that names its members
# "مقامات شماری از کشورها" (cut before «از»: "مقامات شماری"): officials of some countries, unnamed
_SOME_COUNTRIES = folded_rx(B + r"(?:(?:شماری|تعدادی|برخی|بعضی|چند|چندین) (?:از )?کشور ?ها(?:ی)?|(?:چند|چندین) کشور|^\S+ (?:شماری|تعدادی|برخی|بعضی)$)"
                            + E)
_KIN_OF_HIM = folded_rx(r"(?:همسر|فرزند|فرزندان|پسر|دختر|همسران|همراهان|هیئت همراه|مادر|پدر|مادربزرگ|پدربزرگ|برادر|"
                        r"خواهر|معاونان|معاونین|همکاران|مشاوران)(?: \S+){0,2}?(?: ?(?:ش|اش|شان)| (?:وی|او|ایشان|خود))")
# heads too vague to name a group even when quantified ("تعدادی از مقامات"): GUIDE.md's "برخی مقامات"
_VAGUE_HEADS = r"همتایان|مقامات|مسئولان|مسئولین|چهره ?ها|شخصیت ?ها|افراد|مسوولان"
# the place or body a vague head is of, which makes it a group: "جمعی از مسئولان استان", "تعدادی از مقامات وزارت …"
_WHOSE_PLACE = r"(?:استان|شهر|شهرستان|کشور|وزارت|سازمان|دولت|شرکت|اداره|بانک|دانشگاه|مجلس|حزب|ستاد|بنیاد|ارتش|سپاه|شهرداری)(?!\w)"
_QUALIFIER = r"(?!(?:درباره|پیرامون|در|با|به|از|که|و|را|برای|نیز|هم)(?!\w))\S+"  # a word that qualifies a head
# … unless a word after «کشور» says which, under a head not vague itself: "سران چند کشور اروپایی", "نمایندگان
# برخی از کشورهای اسلامی منطقه" name groups; "همتایان چند کشور اروپایی", "سفرای چند کشور دیگر" do not
_WHICH_COUNTRIES = folded_rx(r" (?!(?:دیگر|جهان|دنیا|مختلف|گوناگون|متعدد|خارجی)(?!\w))" + _QUALIFIER)
_VAGUE_HEAD = folded_rx(r"(?:" + _VAGUE_HEADS + r")" + E)
# the size or make-up of a delegation before what it is of: "هیئتی ۱۲ نفره از …", "هیئتی متشکل از …"
_DELEGATION_SIZE = r"(?: (?:\d+|\S+) ?نفر(?:ه|ی)| (?:متشکل|مرکب))?"  # («۲۵ نفره», «۲۵ نفری»)
# a count written in words ("یکصد نفر از مدیران …", "سی تن از …")
_COUNT_WORDS = (r"(?:یک ?صد|دویست|سیصد|چهارصد|پانصد|ده|یازده|دوازده|پانزده|بیست|سی|چهل|پنجاه|شصت|هفتاد|هشتاد|نود)"
                r"(?: و (?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه))?")
BODY_WORDS = r"مجمع|شورای|شورا|کمیسیون|انجمن|کانون|فراکسیون|کمیته|ستاد|اتحادیه|جامعه|حزب|سازمان|بنیاد"
# a body or a delegation opening a party ("مجمع نمایندگان استان …", "هیئت پارلمانی …")
BODY_HEAD = folded_rx(r"(?:" + BODY_WORDS + r"|هیئت|هیات|هیأت)" + E)
_QUANTIFIED_GROUP = folded_rx(
    r"(?:تعدادی|(?:هیئتی|هیاتی|یک (?:هیئت|هیات))" + _DELEGATION_SIZE + r"|برخی|بعضی|جمعی|شماری|عده ?ای|گروهی|چند ?تن|چندتن|تنی چند|چند نفر|"
    r"(?:هزاران|صدها|ده ?ها)(?: نفر| تن)?|(?:جمع|شمار|عده|تعداد|گروه) (?:کثیری|زیادی|بسیاری)|(?:\d+|" + _COUNT_WORDS + r") (?:تن|نفر)) از "
    r"(?:(?!" + _VAGUE_HEADS + r")\S+|(?:" + _VAGUE_HEADS + r") " + _WHOSE_PLACE + r")|"
    # … or a plural office with the indefinite «ی»: "نمایندگانی از دستگاه‌های امنیتی" (some representatives of)
    r"(?:نمایندگان|مسئولان|مسئولین|کارشناسان|مدیران|معاونان|معاونین|فرماندهان|فعالان)ی از (?!" + _VAGUE_HEADS + r")\S+|"
    # … or without «از», a plural head and what qualifies it: "برخی رهبران سابق جهادی"
    r"(?:برخی|بعضی|شماری|تعدادی) (?!از )(?!" + _VAGUE_HEADS + r"|مقام ?ها)"
    r"\S+(?:ها|های|ان|ین) " + _QUALIFIER + r"|"
    # … and «چند» before its singular head and what qualifies it: "چند نماینده کنگره آمریکا" (not "چند مقام …")
    r"(?:چند|چندین) (?!(?:مقام|مسئول|مسوول|مسئولین|نفر|تن|کشور|دولت|شخصیت|فرد|همتا|" + _TIME_UNITS + r")(?!\w))\S+ " + _QUALIFIER
)
_PREPOSITION = folded_rx(B + r"(?:در|به|طی)" + E)  # "X | طی مراسمی …": an occasion, no part of the party
# what follows «در» inside a title: a field or the house of a post ("در امور ویژه", "در مجلس")
_IN_TITLE = folded_rx(r"\s+(?:امور|مجلس|سازمان ملل|اتحادیه|شورای)" + E)
_POST_WORD = folded_rx(
    B + r"(?:سفیر|سفرای|سفیران|کاردار|سرکنسول|کنسول|نماینده|نمایندگان|نمایندگی|رایزن|وابسته|مدیر دفتر|رییس دفتر|"
    r"رئیس دفتر|مسئول دفتر|فرمانده|امام جمعه|ائمه جمعه)" + E
)
_ENVOY = folded_rx(r"(?:سفیر|سفرای|کاردار|سرکنسول|کنسول)\s+(?:(?:جدید|سابق|فوق ?العاده|ویژه)\s+)?")  # "سفیر (جدید) …"
_MINISTRY = folded_rx(B + r"وزارت (\S+(?: و \S+)?)\s*$")
_COUNTERPART = folded_rx(B + r"همتا(?:ی|یان)" + E)
_AND_BEFORE = folded_rx(r"\s+و\s+$")
_LED_BY = folded_rx(B + r"به (?:ریاست|سرپرستی|رهبری)" + E)
_DELEGATION = folded_rx(r"\s*(?:یک )?(?:هیئت|هیات|هیأت|تیم|کاروان|گروه)(?:ی| ?های)?(?:\s+[^\s،,]+){0,8}\s*$")
_DELEGATION_FROM = folded_rx(r"(?:یک )?(?:هیئت|هیات|هیأت)(?:ی)? (?:از|به (?:ریاست|سرپرستی|رهبری))" + E)
_GROUP_ADJECTIVE = folded_rx(r"(?:" + alternation(data_lines("group_adjectives.txt")) + ")" + E)  # (data file)
COUNTERPARTS_IN = folded_rx(r"\s*همتایان ?(?:خود|خویش|ش|اش|شان) (?:در|از) (?:کشور ?های )?")
_NAMED_COUNTERPARTS = folded_rx(
    r"(?P<roles>همتایان [^،,:]{2,60}?(?: ?خود| ?شان| ?اش| ?وی))\s*[،,]\s*(?P<names>[^،,:]{3,120}?)\s*[،,]?\s*$"
)
# "همتای عمانی‌اش سالم بن حمد الحارثی": the counterpart's role, then the name
# a list of places after their plural noun ("شهرستان‌های بویراحمد، دنا و مارگون"): one complement, not parties
_PLACE_LIST = folded_rx(r"(?:شهرستان|شهر|استان|کشور|بخش|ولسوالی) ?های [^\s،,]+(?: [^\s،,]+)?(?:[،,] [^\s،,]+(?: [^\s،,]+)?){0,6}"
                        r" و [^\s،,.]+(?: [^\s،,.]+)?")
_APPOSED_NEXT = folded_rx(r"\s*[^\s،,.:]+(?: [^\s،,.:]+){1,2}\s*[،,]")
# the joint between two countries of a list, a state's long form opening the next ("…، جمهوری اسلامی افغانستان")
_LIST_JOINT = folded_rx(r"\s*(?:[،,]\s*(?:و\s+)?|و\s+)(?:(?:جمهوری|پادشاهی|امارت|دولت)(?: اسلامی| دموکراتیک| فدرال)?\s+)?")
_CLAUSE_WORDS = frozenset(("را", "که", "با"))
# adjectives of courtesy inside a role ("وزیر محترم امور خارجه", "رهبر معظم انقلاب")
POLITE = frozenset(("محترم", "معظم"))
_NAMED_COUNTERPART = folded_rx(B + r"همتای \w+(?: ?ای)?(?: ?اش| خود| وی)? (?!(?:ای|اش)(?!\S))(\w+(?: \w+){1,3})\s*$")
# "ROLE، NAME،", "ROLE یعنی [آقای] NAME": the role's holder set off after it
_APPOSITION = folded_rx(r"\s*(?:[،,]|\sیعنی\s)\s*([^،,]+?)\s*[،,]?\s*$")
_SINGULAR = {"وزیران": "وزیر", "وزرای": "وزیر", "معاونان": "معاون", "معاونین": "معاون", "سفیران": "سفیر",
             "سفرای": "سفیر", "روسای": "رئیس", "رییسان": "رئیس", "سخنگویان": "سخنگوی", "نمایندگان": "نماینده",
             "رهبران": "رهبر", "فرماندهان": "فرمانده", "نخست وزیران": "نخست وزیر", "شهرداران": "شهردار",
             "استانداران": "استاندار", "فرمانداران": "فرماندار", "مجالس": "مجلس",
             "روسایجمهور": "رئیس جمهور", "نخستوزیران": "نخست وزیر"}  # written without their ZWNJ
# "وزیران …", and "دو وزیر / دو رئیس‌جمهور …" (a singular title after «دو»)
_PLURAL_ROLE = folded_rx(B + "(?:" + "|".join(_SINGULAR) + "|دو (?:" + "|".join(sorted(set(_SINGULAR.values()))) + "))" + E)
# the plural of an office held in one place, and two places (of one or two words) after it
_LOCAL_OFFICE = folded_rx(r"(?:استانداران|شهرداران|فرمانداران)" + E)
_PLACES_OF_OFFICE = re.compile(r"(?:استان ?های |شهر ?های )?([^\s،,]+(?: [^\s،,]+)?) و ([^\s،,]+(?: [^\s،,]+)?)")
# "مقامات [ارشد] ایران و عراق": officials of two countries, as the two sides of a plural verb
_COUNTRY_GROUPS = folded_rx(B + r"(?P<head>(?:مقامات|مقام ?های|مسئولان|مسوولان|سران)(?: ارشد| عالی ?رتبه)?) (?P<rest>.+)$")


@dataclass
class Party:
    """One participant: spans index the folded text of the whole article."""

    name: tuple[int, int]
    title: tuple[int, int] | None = None
    role_only: bool = False
    pronoun: bool = False
    weak: bool = False  # a bare word or two: kept only if the article gives a fuller name
    literal: str | None = None  # a role composed from other words ("وزیر خارجه پاکستان" for "همتای پاکستانی")
    role: str | None = None  # a named party's share of a joint title ("وزیر خارجه ترکیه" of "وزیران خارجه ایران و ترکیه")
    joint: bool = False  # one of the people a plural title names together
    apposed: bool = False  # named right after a list of counterparts ("همتایان X و Y خود، A و B"), in that order
    honored: bool = False  # written after an honorific ("آیت‌الله X", "دکتر X"): a person, even by surname alone


def cut(folded: str, start: int, end: int) -> tuple[int, int]:
    """The party part of folded[start:end]: leading time words and connectors skipped, cut at the first stop word."""
    while True:
        seg = folded[start:end]
        stripped = len(seg) - len(seg.lstrip(" \n«»\"'()-*•"))  # (and a bullet: "** X …")
        start += stripped
        seg = folded[start:end]
        if _NO_PARTY_AHEAD.match(seg):
            return start, start  # "برای اعمال فشار …", "ابراز خرسندی …": a phrase that names no party
        if _QUANTIFIED_GROUP.match(seg):
            break  # "چند تن از مراجع تقلید": «چند» opens the group here, not a time
        m = max((x for x in (_STOP.match(seg), _LEADING_JUNK.match(seg), _DATE_OPENING.match(seg)) if x),
                key=re.Match.end, default=None)
        if m and m.end() > 0:
            start += m.end()
            continue
        if seg.startswith("در ") and (place := lexicon().country.match(seg, 3)) and seg[place.end():place.end() + 1] == " ":
            start += place.end()  # "X روز دوشنبه در مسکو Y را پذیرفت": the place phrase before the party
            continue
        if (office := _OFFICE_OF.match(seg)) and lexicon().title.match(seg, office.end()):
            start += office.end()  # "دفتر امام جمعه اصفهان پذیرای X بود": an office's rooms host as its holder
            continue
        if (hall := _HALL_AT.match(seg)) and (t := lexicon().title.search(seg, hall.end())) \
                and 1 <= len(seg[hall.end():t.start()].split()) <= 3 and " و " not in seg[hall.end():t.start()]:
            start += t.start()  # "در قصر ملت | رئیس جمهوری تاجیکستان X …": a named building before the titled party
            continue
        break
    paren = _TRAILING_PAREN.search(folded, start, end)
    if paren and paren.start() > start:
        end = paren.start()  # "خامنه‌ای (مدظله العالی)": a formula in brackets after the name
    media = _MEDIA_TAG.search(folded, start, end)
    end = media.start() if media and media.start() > start else end  # "دیدار X با Y +عکس": a headline's tag
    m = _STOP.search(folded, start, end)
    q = _QUANTIFIED_GROUP.search(folded, start, end)
    while m and q and q.start() <= m.start() < q.end():
        m = _STOP.search(folded, q.end(), end)  # "(خانواده) چند تن از پاسداران": the group goes on past «از»
    while m and _ONE_OF.search(folded, start, m.start()):
        m = _STOP.search(folded, m.end(), end)  # "خانواده یکی از متهمان …": «یکی از» goes on to whom it is one of
    while m and m.start() in {e.end() for e in _ENVOY_FOR.finditer(folded, start, m.end())}:
        m = _STOP.search(folded, m.end(), end)  # "نماینده ویژه چین برای افغانستان": «برای» names the envoy's brief
    if m:
        end = m.start()
        if _LIGHT_VERB.fullmatch(m.group()):
            # "X حمایت به عمل آورد", "X را دعوت کرد": the word before a light verb is its noun, not the party's
            end = max(start, folded.rfind(" ", start, end - 1))
    pp = _adverbial(folded, start, end)
    if pp is not None:
        end = pp
    while end > start and folded[end - 1] in " «\"'-(":
        end -= 1
        if folded[start:end].endswith(" و"):
            end -= 1  # "A و B و | همچنین C": the «و» before a stop word joins what the stop word opens
    if (noun := _LIGHT_NOUN_END.search(folded, start, end)) and noun.start() > start and _LIGHT_AFTER.match(folded, end):
        end = noun.start()  # "با Y | برقرار کرد", "با Y | انجام داد": the light verb's noun is no part of Y
    if (ordinal := _ORDINAL_END.search(folded, start, end)) and ordinal.start() > start:
        end = ordinal.start()  # "X نخستین | تماس خود را …", "X همان | شب با Y …": the next noun's ordinal or «همان»
    while (dangling := _DANGLING.search(folded, start, end)) and dangling.start() > start:
        end = dangling.start()  # "نمایندگان سازمان ملل در | ژنو": a preposition whose object was cut off is no part
    return start, _before_object(folded, start, _before_participle(folded, start, end))


_COPULAS = ("بود", "بودند", "است", "اند", "باشد", "باشند")
_COPULA_AHEAD = folded_rx(r"\s*(?:" + "|".join(_COPULAS) + ")" + E)


def _before_participle(folded: str, start: int, end: int) -> int:
    """"در جلسه‌ای با حضور بزرگان بنی‌هاشم | نشسته بود": a participle before its copula is the clause's verb, no
    word of the party."""
    seg = folded[start:end].rstrip()
    words = seg.split()
    verb = 2 if len(words) >= 3 and words[-1] in _COPULAS else 1  # (the copula inside the span)
    if len(words) < verb + 1 or words[-verb] not in lexicon().participles \
            or verb == 1 and not _COPULA_AHEAD.match(folded, end):
        return end
    return start + len(" ".join(words[:-verb])) + (len(seg) - len(seg.lstrip()))


_OBJECT_MARK = folded_rx(r"\s*را" + E)


def _before_object(folded: str, start: int, end: int) -> int:
    """"با مدیران بانک مرکزی | گزارش کار را بررسی کرد": before «را», the words past the first body or country the party
    does not go on past (with a name, a title, «و», a post's place or another body) are the verb's object."""
    tail = folded[start:end].rstrip()
    if tail.endswith(" را"):
        tail = tail[:-3]
    elif not _OBJECT_MARK.match(folded, end):
        return end
    lex = lexicon()
    stop = start + len(tail)
    ents = sorted((m.start(), m.end()) for rx in (lex.organization, lex.country) for m in rx.finditer(folded, start, stop))
    for _, at in ents:  # (the first body or country the party does not go on past)
        rest = folded[at:stop].split()
        if not rest or any(w in ("با", "از", "برای", "تا", "که") for w in rest):
            return end  # (past a «با» or «از» the words are another phrase's, not an object before «را»)
        named = rest[0] in lex.first_names and rest[0] not in lex.common_words \
            and not (len(rest) > 1 and rest[1] in lex.function_words)  # ("رضایت آنها": no surname, no name)
        if named or rest[0] in ("و", "در", "به") or lex.title.match(rest[0]) \
                or lex.honorific.match(rest[0]) or any(a == at + 1 for a, _ in ents):
            continue  # a name, a title, «و», a post's place or another body goes on with the party
        return at
    return end


# a special envoy's title goes on past «برای» to the country or file of the brief
_ENVOY_FOR = folded_rx(B + r"(?:نماینده|فرستاده|نمایندگان|فرستادگان)(?: ویژه| خاص)(?: \S+){0,3} (?=برای(?!\w))")
_ONE_OF = folded_rx(r"\S یکی $")  # "… خانواده یکی | از": «یکی» after a word of the party, right before the stop
_LIGHT_NOUN_END = folded_rx(r"\s+(?:برقرار|انجام|برگزار|فراهم|ایجاد|دریافت|تشکیل|منعقد|مبادله)\s*$")
_ORDINAL_END = folded_rx(r"\s+(?:نخستین|اولین|دومین|سومین|آخرین|همان|همین)\s*$")
_LIGHT_AFTER = folded_rx(r"\s*(?:کرد|کردند|کرده|نمود|نمودند|شد|شدند|گردید|داد|دادند|داده)" + E)
_DANGLING = folded_rx(r"\s+(?:در|به|از|با|برای|بر)\s*$")
_OFFICE_OF = folded_rx(r"(?:دفتر|دفتر کار|محل کار) (?=\S)")
_HALL_AT = folded_rx(r"در (?:قصر|کاخ|ساختمان|مقر|سالن|تالار|عمارت) ")
# "عالی‌ترین / بالاترین مقام اجرایی استان": an office named by its rank, the whole phrase
_SUPERLATIVE_ROLE = folded_rx(r"\S+ ?ترین (?:مقام|مسئول|مسوول|مرجع|فرمانده|مدیر|نماینده|دیپلمات)(?: [^\s،,.:«»]+){1,4}")
# a headline's or caption's tag after the party: "+عکس", "/ عکاس: X", "| خبرنگار: X", and the page's end run on
# into a caption: "… با هیئت افغانستانی انتهای پیام"
_MEDIA_TAG = folded_rx(r"\s*(?:\+\s*(?:عکس|فیلم|تصاویر|تصویر|ویدئو|ویدیو|اینفوگرافیک|صوت)|[/|]\s*(?:عکاس|عکس|خبرنگار|گزارش|منبع|"
                       r"فیلم|تصویربردار|تدوین)" + E + r"|(?:انتهای|پایان) (?:پیام|خبر)" + E + ")")
_NEW_OR_FORMER = folded_rx(r" (?:جدید|سابق|فقید) ")
_CITY_WORD = folded_rx(r"\s+(?:شهر|کشور|پایتخت)" + E)


def _adverbial(folded: str, start: int, end: int) -> int | None:
    """Where a place or occasion phrase starts inside a party ("ظریف | در نیویورک", "عراقچی | در سفر به مسکو",
    "X | به همراه …"): «در»/«به» opens an adverbial unless it belongs to a post ("سفیر ایران در مسکو") or a
    title's field ("دستیار وزیر در امور ویژه", "نماینده مردم تهران در مجلس")."""
    for m in _PREPOSITION.finditer(folded, start, end):
        if m.start() == start or _IN_TITLE.match(folded, m.end(), end):
            continue
        if m.group() == "در" and re.fullmatch(_ATTENDEES, " ".join(folded[start:m.start()].split())):
            continue  # "شرکت‌کنندگان در همایش X": the occasion names the group
        posts = list(_POST_WORD.finditer(folded, start, m.start()))
        if m.group() == "در" and posts and not _CITY_WORD.match(folded, m.end(), end) \
                and not re.search(B + "در" + E, folded[posts[-1].end():m.start()]):
            continue  # (but "نمایندگان شرکت‌ها | در شهر امان": «شهر» makes it a place; "سفیر X در تهران | در ساختمان …":
            # a post has one «در»)
        if m.group() == "در" and _COUNTERPART.match(folded, start) and not lexicon().country.match(folded, m.end() + 1):
            continue  # "همتای خود در دانشگاه فنی مونیخ": whose peer, not where (but "همتای آمریکایی | در ژنو")
        return m.start()
    return None


def split_parties(folded: str, start: int, end: int) -> list[Party]:
    """Parties named in folded[start:end] ("X و Y", "X، Y و Z"), each with its name and title span."""
    lex = lexicon()
    led = _LED_BY.search(folded, start, end)
    if led and _DELEGATION.match(folded, start, led.start()):
        # "هیئت پارلمانی کنیا / تیم مذاکره‌کننده آمریکایی به ریاست X": the delegation's named head is its party
        head = split_parties(folded, led.end(), end)
        if len(head) == 1 and not head[0].role_only:
            return head
    if COUNTERPARTS_IN.match(folded, start, end) and _only_countries(folded, start, end, lex):
        # "همتایان خود در کشورهای قطر، عمان و اردن": one party, read per country as "همتایان قطری، عمانی …"
        a = start + len(folded[start:end]) - len(folded[start:end].lstrip())
        return [Party(name=(a, len(folded[:end].rstrip(" ،,"))), role_only=True)]
    start, end = cut(folded, start, end)
    if end - start < 2 or MEDIA.match(folded, start, end):
        return []  # "در گفت‌وگو با خبرنگار …": the press is never a party, nor what follows it
    if top := _SUPERLATIVE_ROLE.fullmatch(folded, start, len(folded[:end].rstrip(" ،,"))):
        return [Party(name=top.span(), title=top.span(), role_only=True)]  # "عالی‌ترین مقام اجرایی استان": one office
    joint = _joint(folded, start, end, lex)
    if joint:
        return joint
    if named := _names_before_their_plural_office(folded, start, end, lex):
        return named
    named = _NAMED_COUNTERPARTS.search(folded, start, end)
    if named and named.start("roles") > start and _AND_BEFORE.search(folded, start, named.start("roles")):
        # "A وزیر نفت کشورمان و همتایان چینی و غنایی خود، B و C": the first party, then the named counterparts
        head = _AND_BEFORE.search(folded, start, named.start("roles"))
        return split_parties(folded, start, head.start()) + split_parties(folded, named.start("roles"), end)
    if named and named.start("roles") == start:
        # "همتایان چینی و غنایی خود، چن ویدونگ و یاو منسا،": the roles, then their holders in the same order
        names = [p for p in (_parse_piece(folded, a, b, lex) for a, b in _pieces(folded, *named.span("names")))
                 if p and plausible(folded, p, lex)]
        return [Party(name=named.span("roles"), role_only=True)] + [replace(p, weak=False, apposed=True) for p in names]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    titles = [h.span() for h in lex.honorific.finditer(folded, start, end)]
    titles += [b.span() for b in joined_bodies().finditer(folded, start, end)]  # "وزیر فرهنگ و ارشاد اسلامی"
    titles += [t.span() for t in lex.title.finditer(folded, start, end) if " و " in t.group()]  # "سفیر فوق‌العاده و مختار"
    # "اتاق بازرگانی، صنایع، معادن و کشاورزی اصفهان": a body whose name holds commas and «و»
    titles += [o.span() for o in lex.organization.finditer(folded, start, end) if re.search(r"[،,]| و ", o.group())]
    titles += [p.span() for p in _PLACE_LIST.finditer(folded, start, end)]  # "نماینده مردم شهرستان‌های A، B و C"
    titles += [p.span() for p in _PARENTHESIS.finditer(folded, start, end)]  # "(رشته فقه و اصول)": a gloss's «و»
    if re.match(r"(?:" + _ATTENDEES + r") در ", folded[start:end]):
        titles.append((start, end))  # "شرکت‌کنندگان در مجمع فرماندهان و مسئولان X": the occasion's «و»
    if _LOCAL_OFFICE.match(folded, start) and not plural_role(folded, start, end) and " و " in folded[start:end]:
        # "استانداران خراسان جنوبی، سیستان و بلوچستان و کرمان": which place is which is not read; one group, as
        # written, and no place alone a party
        return [Party(name=(start, _word_cap(folded, start, end, 12)), role_only=True)]
    if (shared := plural_role(folded, start, end)) and (first := lex.country.search(folded, shared[0].end(), end)):
        titles.append((shared[0].start(), first.start()))  # "وزیران نیرو و انرژی A و B": the «و» of one portfolio
    for m in _AND.finditer(folded, start, end):
        if any(a < m.start() and m.end() < b for a, b in titles):
            continue  # "حجت‌الاسلام و المسلمین X", "وزیر صنعت، معدن و تجارت": the «و» or comma inside joins no parties
        nxt = folded[m.end():end]
        cur = folded[piece_start:m.start()]
        if _KIN.match(folded, m.start(), end) and apposed_name(cur.strip(), lex):
            continue  # "X، همسر Y": the kinship describes X
        if m.group().strip() == "و" and _QUANTIFIED_GROUP.match(cur.strip()) and _is_group(nxt.strip(), lex):
            continue  # "هیئتی از بازرگانان و فعالان اقتصادی بصره": the members of one group, joined
        listed = re.fullmatch(r"\s*[،,]\s*و\s+", m.group())  # "A، B، و C": a list's last item
        if listed and nxt.strip() or _new_party(cur, nxt, lex, comma=bool(re.fullmatch(r"\s*[،,]\s*", m.group()))):
            pieces.append((piece_start, m.start()))
            piece_start = m.end()
    pieces.append((piece_start, end))
    parties = []
    for a, b in pieces:
        junk = _LEADING_JUNK.match(folded, a, b)
        a = junk.end() if junk else a  # "A و همچنین B"
        b = _before_predicate(folded, a, b)
        if len(pieces) > 1 and (pp := _adverbial(folded, a, b)) is not None:
            b = pp  # "A فرمانده ستاد … و هیئت همراهش | در بیروت": the place closes the last item, not the first's post
        if a == pieces[0][0] and len(pieces) > 1 and _NO_HEAD.match(folded, a, b):
            return []  # "گفتگوی تمدن‌های ماد، عیلام، آشور …": a list under a head that names no one is no parties
        p = _parse_piece(folded, a, b, lex) or None
        p = _shared_ministry(folded, p, pieces[-1]) if p and len(pieces) > 1 else p
        shared = plural_role(folded, a, b) if p and p.role_only and len(pieces) > 1 else None
        if shared and shared[0].start() == a:
            # "با روسای جمهور A و B، نخست‌وزیر C و …": a plural title in a list is one office per country
            parties.extend(Party(name=(a, b), role_only=True, literal=f"{shared[1]} {c}") for c in shared[2])
        elif p and plausible(folded, p, lex):
            parties.append(p)
    return country_groups(folded, parties) if len(parties) == 1 and parties[0].role_only else parties


def _before_predicate(folded: str, a: int, b: int) -> int:
    """Where a piece ends before a noun and its verb that closed the clause ("مقامات ایرانی وجود داشته",
    "قضات بازتاب داشت."), or before the verb alone that closes a relative clause ("دیداری که با Y داشت") unless a
    common noun before it is the verb's own ("… که در گفت‌وگوهای A و B وجود داشته")."""
    words = list(re.finditer(r"\S+", folded[a:b]))
    if len(words) < 2 or not _LIGHT_VERB_END.fullmatch(words[-1].group().rstrip(".!؟?؛")):
        return b
    if _RELATIVE_OPEN.search(folded, max(0, a - 60), a) and words[-2].group() not in lexicon().common_words:
        return a + words[-2].end()  # "دیداری که با پیتر برگ داشت": the relative clause's verb alone
    return a + words[-3].end() if len(words) >= 3 else b


def _shared_ministry(folded: str, p: Party, last: tuple[int, int]) -> Party:
    """"وزیر، معاونان و مدیران کل وزارت آموزش و پرورش": a bare «وزیر» shares the list's ministry; "با صدراعظم، رئیس
    جمهور و وزیر خارجه اتریش": a bare title shares the last role's country."""
    lex = lexicon()
    role = " ".join(folded[p.name[0]:p.name[1]].split())
    if role != "وزیر":
        country = list(lex.country.finditer(folded, *last))
        last_role = lex.title.match(folded, last[0] + len(folded[last[0]:last[1]]) - len(folded[last[0]:last[1]].lstrip()))
        city = country and " ".join(country[-1].group().split()) in lex.cities - lex.country_names
        # (a city only to a one-word office, its own: "شهردار و مدیران شهرداری قم"; not "رئیس قوه قضاییه و اعضای
        # جامعه مدرسین حوزه علمیه قم")
        if p.role_only and lex.title.fullmatch(role) and not _GENERIC_TITLE.fullmatch(role) and country and last_role \
                and not (city and " " in role) and p.name[1] <= last[0] and (tag(role, None, None)[0] is None or lex.country_in(country[-1].group()) == "ایران"):
            # (not an office only Iran has from a foreign country: "ملاقات استاندار و سفیر قطر")
            return replace(p, literal=f"{role} {' '.join(country[-1].group().split())}", title=None)
        return p
    ministry = _MINISTRY.search(folded, *last)
    return replace(p, literal=f"وزیر {ministry.group(1)}", title=None) if ministry else p


MEDIA = folded_rx(
    B + r"(?:خبرنگار|خبرگزاری|فارس|ایرنا|ایسنا|ایلنا|تسنیم|رسانه|رسانه ها|شبکه|روزنامه|"
    r"تلویزیون|رادیو|ایستگاه (?:رادیویی|تلویزیونی)|پایگاه|سایت|نشریه|مجله|برنامه|صفحه|ویژه ?نامه|روابط ?عمومی|ستاد خبری|"
    # periodicals by how often they appear ("ماهنامه X", "هفته‌نامه X", "دوهفته‌نامه X", "فصلنامه X")
    r"(?:دو ?)?(?:ماه|هفته|فصل|سال) ?نامه)" + E
)
# those at an occasion, named by it: "شرکت‌کنندگان در همایش X", "حاضران در مراسم X"
_ATTENDEES = r"شرکت ?کنندگان|حاضران|حاضرین|مدعوین|دست ?اندرکاران"
_GROUP_HEAD = folded_rx(
    B + r"(?:خانواده(?: ?ها(?:ی)?)?|گروه(?:ی| ?ها(?:ی)?)|کشور ?ها(?:ی)?|جمعی|تعدادی|خبرنگاران|دانشجویان|دانش ?اموزان|"
    r"کارکنان|اهالی|زایران|اعضای|اعضاء|جوانان|بسیجیان|رزمندگان|ایثارگران|علما|نخبگان|اساتید|کارگران|"
    r"کشاورزان|فعالان|نمایندگان|طرف|شاخه|شعبه|مردم(?= \S)|" + _ATTENDEES + r")" + E  # "مردم بخش X": the people of a place;
    # "شاخه جوانان حزب X", "شاخه نظامی Y": a branch of a body
)



def _some_countries(whole: str) -> bool:
    """"مقامات شماری از کشورها", "سفرای چند کشور": officials of countries the text does not say (_SOME_COUNTRIES)."""
    m = _SOME_COUNTRIES.search(whole)
    return bool(m) and (_VAGUE_HEAD.match(whole) is not None or not _WHICH_COUNTRIES.match(whole, m.end()))

def _plural_head(words: list[str], lex) -> bool:
    """"وکلای دادگستری", "فرماندهان مرزی": a plural noun with what it is of names a group (GUIDE.md)."""
    if len(words) < 2:
        return False
    head = words[0]
    if words[1] in _agent_plurals():
        return True  # "لنج‌داران بندر دیّر", "صادرکنندگان استان": a compound plural of people
    # "فرهنگیان بازنشسته استان": «یان» on a noun (the people of it) heading words that are no title; alone, or
    # before a title, such a word is as often a surname («پزشکیان», «معتمدیان استاندار …»)
    of_noun = head.endswith("یان") and len(head) >= 6 and head[:-3] in lex.nouns and not lex.title.search(" ".join(words[1:]))
    return _people_plural(head, lex) or _title_plural(head, lex) or of_noun or any(
        h in lex.plural_nouns for h in (head, head[:-1] if head.endswith("ی") else head, head[:-2]))


@lru_cache(maxsize=1)
def _agent_plurals() -> frozenset[str]:
    """data/agent_plural_endings.txt, folded."""
    return frozenset(fold(w) for w in data_lines("agent_plural_endings.txt"))


def _people_plural(word: str, lex) -> bool:
    """"شهروندان", "محققان": «ان» on a noun of people (one hazm tags both noun and adjective); "نوادگان": «گان» on
    a noun in «ه» (not a country's name: «آلمان»)."""
    return (word.endswith("ان") and len(word) > 4 and word[:-2] in lex.person_nouns and not lex.country.fullmatch(word)
            or word.endswith("گان") and word[:-3] + "ه" in lex.nouns_in_he)


def _title_plural(word: str, lex) -> bool:
    """"استانداران", "مدیران", "معاونین": the plural of a title word."""
    return word.endswith(("ان", "ین")) and bool(lex.title.fullmatch(word[:-2]))


def _is_group(s: str, lex) -> bool:
    words = s.split()
    return bool(words) and bool(_GROUP_HEAD.match(s) or _plural_head(words[:2], lex) or words[0] in lex.plural_nouns)


def group_party(folded_name: str) -> bool:
    """A group, not one office ("جمعی از فرماندهان …", "خانواده‌های شهدا"): no one person holds it."""
    return bool(_GROUP_HEAD.match(folded_name) or _QUANTIFIER.match(folded_name))


def plural_party(folded_name: str) -> bool:
    """Many people, not one person or office ("مقامات عالی‌رتبه دولت", "مدیران وزارت خارجه", "جمعی از …")."""
    return group_party(folded_name) or _is_group(folded_name, lexicon())


def _pieces(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the items of "A، B و C" (each trimmed)."""
    out, a = [], start
    for m in list(_AND.finditer(folded, start, end)) + [None]:
        b = m.start() if m else end
        seg = folded[a:b]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            out.append((a + lead, a + lead + len(seg.strip())))
        a = m.end() if m else end
    return out


def plural_role(folded: str, start: int, end: int) -> tuple[re.Match, str, list[str]] | None:
    """"وزیران امور خارجه ایران، اتیوپی و عراق" -> (the plural word's match, "وزیر امور خارجه", [ایران, اتیوپی,
    عراق]): a plural title shared by two or more countries (or cities: "شهرداران تهران و مشهد"), in the order
    written."""
    lex = lexicon()
    m = _PLURAL_ROLE.search(folded, start, end)
    if not m:
        return None
    rest = " ".join(folded[m.end():end].split())
    place = re.search(B + r"(?:در|از|درباره|پیرامون|برای|طی|ضمن|" + _WITH_NOT_TASK + ")" + E, rest)
    # "سفرای ایران و عربستان در بغداد": Baghdad is the place; "… از طریق ویدئوکنفرانس درباره …": no more countries
    rest = rest[: place.start()] if place else rest
    countries = []
    found = list(lex.country.finditer(rest))
    if any(not _LIST_JOINT.fullmatch(rest[x.end():y.start()]) for x, y in zip(found, found[1:])):
        return None  # "نمایندگان جنبش امل لبنان": a city and a country in one name, not a list of countries
    for c in found:
        # "شهرداران کلان‌شهرهای تهران و مشهد": a city stands for itself, not for its country
        written = " ".join(c.group().split())
        country = written if written in lex.cities and written not in lex.country_names else lex.country_in(c.group())
        if country and country not in countries:
            countries.append(country)
    if len(countries) < 2 and (places := _PLACES_OF_OFFICE.fullmatch(rest)) and _LOCAL_OFFICE.fullmatch(m.group()):
        # "استانداران آذربایجان غربی و دهوک": a local office's plural before two places, whichever they are
        return m, _SINGULAR[m.group()], [places.group(1), places.group(2)]
    first = lex.country.search(rest)
    if len(countries) < 2 or re.search(B + "و" + E, rest[: first.start()]) and not _portfolio(m.group(), rest[: first.start()]):
        return None  # "رؤسای مجلس و سنای …": two offices, which country holds which is not said
    # "سفیران کشورهای ژاپن و ارمنستان": each is "سفیر ژاپن"
    stem = re.sub(B + r"(?:کشور|کلان ?شهر|شهر|استان) ?ها(?:ی)?" + E, " ", m.group() + " " + rest[: first.start()])
    stem = re.sub(r"^دو ", "", stem)
    return m, " ".join(_SINGULAR.get(w, w) for w in stem.split()), countries


def _portfolio(plural: str, words: str) -> bool:
    """"وزیران نیرو و انرژی …", "وزرای امور خارجه و مهاجران …": one ministry of two fields joined by «و», not two
    offices (the word after «و» no title or body, nor a vowel and its ezafe like «سنای»)."""
    after = re.search(B + r"و\s+(\S+)", words)
    return bool(_SINGULAR.get(plural, "").startswith("وزیر") and after and not lexicon().title.fullmatch(after.group(1))
                and not lexicon().organization.match(after.group(1)) and not after.group(1).endswith("ای"))


def country_groups(folded: str, parties: list[Party]) -> list[Party]:
    """"مقام‌های ترکیه و آمریکا … با یکدیگر مذاکره کردند": one group party written as officials of two or more
    countries is one party per country ("مقام‌های ترکیه", "مقام‌های آمریکا"), for the sides of a plural verb."""
    if len(parties) != 1 or parties[0].pronoun:
        return parties
    a, b = parties[0].name
    m = _COUNTRY_GROUPS.match(" ".join(folded[a:b].split()))
    lex = lexicon()
    countries = [lex.country_in(c.group()) for c in lex.country.finditer(m.group("rest"))] if m else []
    words = m.group("rest").replace("،", " ").split() if m else []
    if len(countries) < 2 or len(words) != 2 * len(countries) - 1:
        return parties  # "مقامات ایران و عراق" only: a country each, «و» or a comma between
    return [Party(name=(a, b), role_only=True, literal=f"{m.group('head')} {c}", joint=True) for c in countries]


def named_list(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the names of "A، B و C" when every item reads as a name, else []."""
    items = _pieces(folded, start, end)
    if not all(name_length_ok(folded[a:b].split()) and not _NOT_NAME.search(folded, a, b) for a, b in items):
        return []
    return items


# the head word of a body named as an item of a list ("دانشگاه فردوسی مشهد", "اتاق بازرگانی ارومیه")
_BODY_ITEM = folded_rx(B + r"(?:دانشگاه|دانشکده|پژوهشگاه|اتاق|شرکت|سازمان|بانک|مجلس|پارلمان|شورای|کمیسیون|انجمن|بنیاد|"
                       r"موسسه|باشگاه|فدراسیون|شهرداری|استانداری|ستاد|دیوان)" + E)


_TWO_PORTFOLIOS = folded_rx(r"(?:وزیران|وزرای|وزرا) ([^\s،,]+(?: [^\s،,]+)?) و ([^\s،,]+)(?: (\S+))?\s*$")


def _two_portfolios(folded: str, start: int, end: int, lex) -> list[Party]:
    """"وزیران امور خارجه و دفاع آمریکا", "وزیران نفت و نیرو": a plural minister over two portfolios (of one country)
    is two offices ("وزیر امور خارجه آمریکا", "وزیر دفاع آمریکا"); [] for anything else."""
    m = _TWO_PORTFOLIOS.fullmatch(" ".join(folded[start:end].split()))
    if not m or m.group(3) and not lex.country.fullmatch(m.group(3)):
        return []
    offices = [f"وزیر {m.group(1)}", f"وزیر {m.group(2)}"]
    if any(lex.country.search(o) for o in offices):
        return []
    a = start + len(folded[start:end]) - len(folded[start:end].lstrip())
    b = len(folded[:end].rstrip())
    return [Party(name=(a, b), role_only=True, literal=f"{o} {m.group(3) or ''}".strip(), joint=True) for o in offices]


def _joint_bodies(folded: str, start: int, end: int) -> list[Party]:
    """"رؤسای دانشگاه فردوسی مشهد و دانشگاه ملی تاجیکستان": a plural office over a list of bodies, each opened by its
    head word, is one office per body ("رئیس دانشگاه فردوسی مشهد", "رئیس دانشگاه ملی تاجیکستان")."""
    m = _PLURAL_ROLE.match(folded, start, end)
    if not m or m.group().startswith("دو "):
        return []
    items = _pieces(folded, m.end(), end)
    if len(items) < 2 or not all(_BODY_ITEM.match(folded, a, b) for a, b in items):
        return []
    role = " ".join(_SINGULAR.get(w, w) for w in m.group().split())
    return [Party(name=(a, b), role_only=True, literal=f"{role} {' '.join(folded[a:b].split())}", joint=True)
            for a, b in items]


def _joint(folded: str, start: int, end: int, lex) -> list[Party]:
    """"وزیران امور خارجه ایران و ترکیه" (one role per country), "A و B وزیران امور خارجه ایران و ترکیه" (each
    name with its country's role, in order): a plural title shared by two or more parties."""
    shared = plural_role(folded, start, end)
    if not shared:
        return _two_portfolios(folded, start, end, lex) or _joint_bodies(folded, start, end)
    m, role, countries = shared
    if not folded[start:m.start()].strip(" ،,"):
        return [Party(name=(m.start(), end), role_only=True, literal=f"{role} {c}", joint=True) for c in countries]
    names = named_list(folded, start, m.start())
    if len(names) != len(countries):
        return []
    # (each name without its honorifics: "حجت‌الاسلام A و B روسای جمهور ایران و فرانسه")
    return [Party(name=(_past_honorifics(folded, *span, lex), span[1]), role=f"{role} {c}", joint=True)
            for span, c in zip(names, countries)]


_PARENTHESIS = re.compile(r"\([^()\n]*\)")
_SUPERLATIVE = folded_rx(r"\S+ ?ترین" + E)  # «مهمترین», «بزرگ‌ترین» (a ZWNJ folds to a space)
_ACT_NOUN = folded_rx(B + r"(?:دعوت|پیشنهاد|درخواست|تقاضا|استعفا|پیام|نامه)" + E)


# the house or office the contact was held in, named by its host: "در بیت آیت‌الله العظمی X با این مرجع تقلید …"
_HOST_PLACE = folded_rx(B + r"در (?:بیت|منزل|خانه|دفتر|اقامتگاه|محل اقامت) (?P<host>[^.،,:؛!؟«»]{2,60}?)\s+(?:با|از)\s*$")


def host_of_place(folded: str, at: int) -> tuple[int, int] | None:
    """"… در بیت آیت‌الله X با | این مرجع تقلید": the span of the person whose house or office the «با» side that starts
    at `at` is in, honorifics skipped; None when no such place stands right before, or its host is no name."""
    m = _HOST_PLACE.search(folded, max(0, at - 100), at)
    if not m:
        return None
    lex = lexicon()
    a, b = m.span("host")
    while (h := lex.honorific.match(folded, a, b)) and h.end() < b and folded[h.end()] == " ":
        a = h.end() + 1
    if not 1 <= len(folded[a:b].split()) <= 4 or lex.title.search(folded, a, b) or _REFLEXIVE.fullmatch(folded[a:b]) \
            or PRONOUN.fullmatch(folded[a:b]):
        return None  # (not "در دفتر خود", "در منزل وی": the subject's own)
    return a, b


def plausible(folded: str, p: Party, lex) -> bool:
    """Is this a party at all: a person's name, a role, a named group, a country or a body (not the press)?"""
    seg = folded[p.name[0]:p.name[1]].strip(" «»\"")
    if p.pronoun:
        return True
    if MEDIA.match(seg) or lex.noun.search(seg) or (_NUMBER.match(seg) or seg[:1].isdigit()) \
            and not _QUANTIFIED_GROUP.match(seg) and not _particle_name(seg, lex):
        return False  # "دو", "سه‌جانبه", "۳۰ عقرب": a number or a date; "یک هیئت از نمایندگان …" is a group
    if re.search(r"(?<!\S)(?:را|که)(?!\S)", seg):
        # "گفتگو با دولت خودگردان را پذیرفته‌اند", "ارسطو که …": the object marker and «که» end a clause or open
        # another, never inside a party
        return False
    if _PRESS_ALONE.fullmatch(seg):
        return False  # "در دیدار با خبرنگاران گفت": the press at large, not a party
    if seg in ("ای", "های", "ها", "ی", "یی") or len(seg.rstrip(".")) <= 2:
        # "طی دیدارهای جداگانه ای با …": a suffix written apart (no ZWNJ), no word of its own; "در گفت‌وگو با بی.
        # بی. سی": a letter of an abbreviation cut off by its full stop
        return False
    if _CAPITAL_OF.match(seg):
        return False  # "… در دوشنبه، پایتخت تاجیکستان، به سر می‌برد": a city's apposition, a place
    if _NO_HEAD.match(seg) or seg.split()[-1] in ("این", "آن", "همین", "همان"):
        # "راهی سمرقند شد و …", "مقدمات حضور عراق … فراهم شد": a movement or a preparation, no one; "والی این |
        # ولایت": a demonstrative whose noun was cut off
        return False
    if _ACT_NOUN.match(seg):
        return False  # "دعوت همتای ایرانی … را پذیرفت": an invitation, a proposal, accepted; no one received
    if _SUPERLATIVE.match(seg) and not _SUPERLATIVE_ROLE.match(seg):
        return False  # (but "عالی‌ترین مقام X" is a role) "از مهمترین محورهای گفت‌وگو با …": a superlative opens a noun phrase, never a name
    if _THE_DEAD.match(seg):
        return False  # "میزبان شهدای گمنام بود": the dead brought for burial are no party
    if _GUEST_OF_HIM.fullmatch(seg):
        return False  # "A و مهمان آمریکایی‌اش …": the guest told back by relation, the contact's side already told
    if _KIN_OF_HIM.fullmatch(seg):
        return False  # "X و همسرش", "X و همراهانش", "با استاندار و معاونان وی": one named with his kin or retinue
    words = seg.split()
    whole = " ".join(folded[p.name[0]:max(p.name[1], p.title[1] if p.title else 0)].split())
    if _BUILDING.fullmatch(whole):
        return False  # "ساختمان قوه قضاییه": a place, not a party
    if _DEMONSTRATIVE.match(seg) and len(words) <= 4 and host_of_place(folded, p.name[0]):
        return True  # "در بیت X با این مرجع تقلید": the host named just before (participant() reads who)
    if _DEMONSTRATIVE.match(seg) or _ACCOUNT.match(seg) or whole.split()[-1] == "و" or _VAGUE.fullmatch(whole):
        return False  # "این سفر", "هیئت و …", a bare "هیئت" or "خانواده": not who met
    if _QUANTIFIER.match(whole) and not _QUANTIFIED_GROUP.match(whole) or _some_countries(whole):
        return False  # "تعدادی", "برخی نمایندگان", "جمعی از همتایان خود": too vague to be a party (GUIDE.md)
    if p.role_only and len(words) == 1 and _GENERIC_TITLE.fullmatch(seg) and not p.literal:
        return False  # "وزیر", "معاون" alone: which one the text does not say
    if any(VERB_WORD.fullmatch(w.rstrip(".!؟?؛")) for w in words):
        return False  # "«دولت باید انقلابی باشد»", "جوانان باید انقلابی باشند": a clause, not a name or a group
    if p.role_only:
        second = seg.split(" و ", 1)[1] if " و " in seg else ""  # "نوادگان و اعضای خانواده …"
        return len(words) <= 14 and bool(lex.title.match(seg) or _GROUP_HEAD.match(seg) or _QUANTIFIED_GROUP.match(seg)
                                         or lex.organization.match(seg)  # "اتاق بازرگانی، صنایع، معادن و …"
                                         or _KIN.match(" " + seg) and lex.title.search(seg)
                                         or _GROUP_HEAD.match(second) or _plural_head(words, lex))
    if words[-1] == "ای" and re.match(r"\s*که" + E, folded[p.name[1]:p.name[1] + 6]):
        return False  # "بیانیه‌ای که …": an indefinite noun heading a relative clause is no one in particular
    if len(words) == 1 and words[0] in lex.common_words and words[0] not in lex.first_names and not p.honored:
        return False  # "حضور اعضای شورا …", "اعتراض", "دنیا": a common word alone is no name
    if p.title is not None or (p.name[0] > 0 and folded[p.name[0] - 1] in "«\""):
        return name_length_ok(words)
    if _GROUP_HEAD.match(seg):
        return len(words) <= 10
    if " ".join(words) in lex.country_of or lex.organization.fullmatch(seg):
        return True
    p.weak = words[0] not in lex.first_names and not p.honored and not _plural_head(words, lex) and not _lineage(words)
    if p.weak and any(w in lex.function_words for w in words) and not _particle_name(seg, lex):
        return False  # "منافقین وقتی ترورش", "اینکه مهاجران": a phrase, not a name
    if len(words) == 1 and words[0] in lex.plural_nouns:
        return False  # "با اسرا", "با مقامات": a bare plural says not who met
    if len(words) > 1 and _plural_head(words, lex):
        return len(words) <= 10 and not _NOT_NAME.search(seg)  # "شهروندان منطقه ۱۷ تهران": a group, not a name
    short = 1 <= _name_words(words, lex) <= 3 or (name_length_ok(words) and any(w in LINEAGE for w in words))
    return short and not _NOT_NAME.search(seg)


def _particle_name(seg: str, lex) -> bool:
    """"دو مارسان", "دو سن ژوست": French «de» before a word no noun or common word, a surname (not "two …")."""
    words = seg.split()
    return len(words) >= 2 and words[0] == "دو" and words[1] not in _COUNTERS \
        and not any(words[1] in kind for kind in (lex.frequent_words, lex.nouns, lex.plural_nouns))


_COUNTERS = frozenset({"تن", "نفر", "بار", "عضو", "مقام", "طرف"})  # "دو تن از …": a number and its counter


def _starts_name(s: str, lex) -> bool:
    s = s.lstrip()
    if not s:
        return False
    if s[0] in "«\"":
        return True
    h = lex.honorific.match(s)
    if h and not lex.title.match(s):
        return True  # (not a rank that starts a title: "امام جمعه …" is a second title of the one named)
    if (t := lex.title.match(s)) and " " in t.group().strip():
        return False  # "قائم مقام مدیر …": a first name that opens a title of two words is the title's
    first = s.split(" ", 1)[0]
    return first in lex.first_names


def _new_party(cur: str, nxt: str, lex, comma: bool = False) -> bool:
    """Does the " و " (or the comma, when `comma`) between `cur` and `nxt` start a new party?"""
    nxt = nxt.lstrip()
    if not nxt:
        return False
    if comma and (lex.honorific.match(nxt) or nxt[0] in "«\"") and _has_title_only(cur, lex) \
            and not lex.title.search(re.split(r"[،,]|\sو\s", nxt)[0]):
        return False  # "امام جمعه شیراز، آیت‌الله NAME، …", "وزیر نفت سوئد، «NAME»، …": the role's holder set off after it
    if comma and _COUNTERPART.match(nxt) and not lex.title.search(cur) and name_length_ok(cur.split()) \
            and not _is_group(cur.strip(), lex):
        return False  # "پیتر برگ، همتای اتریشی او، …": the counterpart set off after a bare name is that name
    if not comma and _DELEGATION_FROM.match(nxt) and len(cur.split()) >= 2:
        return True  # "نمایندگان دولت افغانستان و هیئتی از حزب اسلامی به رهبری X": a delegation of another side
    if not comma and _QUANTIFIED_GROUP.match(nxt) and lex.title.match(cur.strip()):
        return True  # "استاندار کرمان و جمعی از مسئولان استان": an office, then a group of others
    if not comma and _joint_offices(cur, nxt):
        return False  # "نماینده ولی‌فقیه در استان گیلان و امام جمعه رشت": two offices one person holds
    if comma and holder_after_counterpart(cur, nxt, lex):
        return False  # "همتای عمانی خود، «NAME»، …": the counterpart's holder set off after it
    if nxt[0] in "«\"" or lex.honorific.match(nxt) and not lex.title.match(nxt) or _COUNTERPART.match(nxt) \
            or nxt.startswith(("همچنین ", "سایر ")):
        return True  # "کریمیان و همتای عمانی‌اش …", "A و همچنین B", "A و سایر مقامات": another party
    if _bare_plural(cur, lex) and len(nxt.split()) > 1 and (_is_group(nxt, lex) or _bare_plural(nxt.split()[0], lex)):
        return False  # "معاونان و مدیران کل وزارت X": two plural heads share one complement, one group
    if _is_group(cur.strip(), lex) and _GROUP_ADJECTIVE.match(nxt):
        return False  # "پخش‌کنندگان خصوصی و دولتی سینمای ایران": a second adjective of the same group
    if _is_group(cur.strip(), lex) and _is_group(nxt, lex):
        return True  # "گروه‌های سیاسی عراق و مقامات آمریکایی": two groups, not one title
    if not comma and _role_then_name(cur, lex) and (_starts_name(nxt, lex) or _APPOSED_NEXT.match(nxt)):
        return True  # "وزیر امور خارجه کشورمان X Y و Z W، وزیر …": the role's holder, then a second person
    if _has_title_only(cur, lex) and not lex.title.match(nxt) and (comma or not full_name_ahead(nxt, lex)):
        return False  # "وزیر فرهنگ و ارشاد اسلامی": the role goes on (not "صدراعظم شولتس و ولادیمیر پوتین")
    if not comma and lex.title.search(cur) and len(nxt.split()) <= 3 and _ends_in_country(nxt, lex) \
            and not lex.title.match(nxt) and not lex.honorific.match(nxt):
        return False  # "مفتی طرابلس و شمال لبنان": the title's place goes on with a second place (no name ends so)
    if not comma and _second_field(cur, nxt, lex):
        return False  # "X معاون سیاسی و امنیتی استاندار …": two fields of one title, not a party «امنیتی»
    if lex.title.search(cur) and not _has_title_only(cur, lex) and _named_then_titled(nxt, lex):
        return True  # "A رئیس کمیسیون … و یان نواک معاون وزیر …": a second named, titled person
    if _starts_name(nxt, lex):
        return True
    if not comma and lex.title.search(cur) and _APPOSED_NEXT.match(nxt) and not _has_title_only(nxt, lex) \
            and not _GROUP_HEAD.match(nxt) and not _bare_plural(nxt.split()[0], lex) \
            and nxt.split()[0] not in lex.common_words and nxt.split()[0] not in lex.function_words \
            and not _ends_in_country(_APPOSED_NEXT.match(nxt).group(), lex):
        # "X، فرستاده ویژه … و جرد کوشنر، داماد …": a second name set off by its own comma (not the rest of a title
        # ending in its country: "X، وزیر جوانان و ورزش اتریش، …")
        return True
    body = " ".join(cur.split())
    if lex.organization.fullmatch(body) or body in lex.country_of:
        return True  # "آژانس و مقامات ایرانی": a body, then another party
    if not comma and _is_group(cur.strip(), lex) and len(cur.split()) >= 2 and not _bare_plural(cur, lex) \
            and lex.title.match(nxt) and not _title_plural(nxt.split()[0], lex):
        return True  # "کشاورزان دشت ورامین و مدیرعامل شرکت آب": a group with its complement, then one office
    if not comma and lex.title.search(cur) and (envoy := _ENVOY.match(nxt)) and not _POST_WORD.search(cur) \
            and (country := lex.country.match(nxt, envoy.end())) and lex.country_in(country.group()) != "ایران":
        return True  # "A معاون وزیر امور خارجه و سفیر آلمان در تهران": a foreign envoy is another person
    if not comma and _other_countrys_office(cur, nxt, lex):
        return True  # "A رئیس‌جمهور سنگال و امیر قطر": the offices of two countries are two people
    if lex.title.match(nxt):
        # "X معاون ... و سخنگوی ..." is a second title of the same named person.
        # A bare name and «و» before it ("احمد خاتمی و سفیر چین") is a party of its own; after a comma the
        # title is the name's apposition ("مرادبیک ایمانعلی‌اف، وزیر امور خارجه …"); after a plural, its complement.
        has_name = not lex.title.match(strip_honorifics(cur.strip(), lex)) and not _has_title_only(cur, lex) \
            or comma and _role_then_name(cur, lex) \
            or _apposed_title(cur, lex)  # "شاهزاده NAME، وزیر دفاع …": the holder named after the role
        return not has_name or not (comma or lex.title.search(cur) or _bare_plural(cur, lex) or _is_group(cur.strip(), lex))
    words = nxt.split()
    if comma and len(words) >= 2 and words[1] != "و" and words[0].endswith("ی") and words[0][:-1] in lex.frequent_words \
            and words[0] not in lex.first_names and words[1] not in lex.first_names:
        return False  # "X، دانشجوی ۲۲ ساله، …": a common noun in its ezafe set off after a name is its apposition
    # A bare name followed by another bare word ("خاجی و عبدالسلام").
    return not lex.title.search(cur) and len(cur.split()) <= 3 and len(nxt.split()) >= 1 and not _has_title_only(cur, lex)


@lru_cache(maxsize=1)
def _joint_office_pairs() -> list[tuple[re.Pattern, re.Pattern]]:
    pairs = [tuple(folded_rx(r"\s*(?:" + alternation([h]) + ")" + E) for h in line.split("|"))
             for line in data_lines("joint_offices.txt")]
    return pairs + [(b, a) for a, b in pairs]


def _joint_offices(cur: str, nxt: str) -> bool:
    """Are `cur` and `nxt` two offices one person holds together (data/joint_offices.txt)?"""
    return any(a.match(cur) and b.match(nxt) for a, b in _joint_office_pairs())


def _names_before_their_plural_office(folded: str, start: int, end: int, lex) -> list[Party]:
    """"A و B (،) وزیران امور خارجه دو کشور (،)": two people named, then the office both hold; the two, else []."""
    conj = folded.find(" و ", start, end)
    if conj == -1:
        return []
    for w in re.finditer(r"[^\s،,]+", folded[conj + 3:end]):
        at = conj + 3 + w.start()
        if _PLURAL_ROLE.fullmatch(w.group()) or _title_plural(w.group(), lex):
            named = split_parties(folded, start, len(folded[:at].rstrip(" ،,")))
            ok = len(named) == 2 and all(not (p.role_only or p.weak or p.pronoun) and p.title is None for p in named)
            return named if ok else []
    return []


def holder_after_counterpart(cur: str, nxt: str, lex) -> bool:
    """Is `nxt` a name set off after the counterpart `cur` ("همتای عمانی خود، «NAME»"), so that counterpart's holder?"""
    return bool(_COUNTERPART.match(cur.strip())) and len(cur.split()) <= 4 and _starts_name(nxt, lex)


def _other_countrys_office(cur: str, nxt: str, lex) -> bool:
    """Is `nxt` an office and a country alone ("امیر قطر"), after a title that ends in another country ("رئیس‌جمهور
    سنگال"), with no post «در …» in either ("سفیر ایران در مالزی و سفیر غیرمقیم در برونئی": one person)?"""
    title = lex.title.match(nxt)
    words = cur.split()
    if not title or not words or not lex.title.search(cur) or " در " in f" {cur} {nxt} ":
        return False
    mine, theirs = lex.country_in(words[-1]), lex.country_in(nxt[title.end():].strip(" ،,"))
    return bool(mine) and bool(theirs) and mine != theirs


def _second_field(cur: str, nxt: str, lex) -> bool:
    """"… معاون عربی | و | آفریقایی وزیر امور خارجه", "معاون سیاسی و امنیتی استاندار": one adjective after a title's
    head, «و», then another and the office the title is of: the second field of the same title."""
    titles = list(lex.title.finditer(cur))
    after, words = (cur[titles[-1].end():].split() if titles else []), nxt.split()
    if len(after) != 1 or len(words) < 2 or lex.title.match(nxt) or not lex.title.match(" ".join(words[1:])):
        return False
    # (both adjectives of a field, «ـی»: not "موانگی استاندار جدید و اوتینو استاندار سابق …", two people)
    return not any(w in lex.first_names or lex.title.fullmatch(w) or lex.honorific.fullmatch(w) or lex.country.fullmatch(w)
                   or not w.endswith("ی") for w in (after[0], words[0]))


def _ends_in_country(words: str, lex) -> bool:
    """Does the phrase end with a country's own name ("ورزش اتریش")?"""
    last = " ".join(words.strip(" ،,").split()[-1:])
    return lex.country_of.get(last) == last


@lru_cache(maxsize=1)
def joined_bodies() -> re.Pattern:
    """Names of bodies whose fields are joined by a comma or «و», past their head word ("صنعت، معدن و تجارت" of «وزارت
    صنعت، معدن و تجارت», "فرهنگ و ارشاد اسلامی", data/organizations.txt, and any ministry of one-word fields): after
    «وزیر» or «وزارت» alike, a comma or «و» there parts no parties and ends no clause."""
    tails = [" ".join(fold(line).split()[1:]) for line in data_lines("organizations.txt") if "،" in line or " و " in line]
    parts = [r"\s*[،,]\s*".join(r"\s+".join(map(re.escape, p.split())) for p in t.split("،")) for t in tails]
    # … and any ministry of several fields, one word each ("وزارت آموزش، علوم، فرهنگ و ورزش ارمنستان")
    parts.append(r"(?<=وزارت )[^\s،,]+(?:\s*[،,]\s*[^\s،,]+){1,4}\s+و\s+[^\s،,]+")
    return re.compile(B + "(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")" + E)


def _apposed_title(cur: str, lex) -> bool:
    """"سناتور NAME، معاون نخست‌وزیر": a role and its holder, then the holder's title set off by a comma (so a
    title after «و» is a second title of the same person)."""
    named, comma, title = cur.rpartition("،")
    return bool(comma) and bool(lex.title.match(title.strip())) and _role_then_name(named, lex)


def full_name_ahead(nxt: str, lex) -> bool:
    """A known first name and a surname open what follows «و» ("ولادیمیر پوتین، …"): another person, not more of
    a role; a first name whose next words name a body is a field of the role ("… آزادی بیان و اندیشه سازمان ملل")."""
    words = re.findall(r"[^\s،,.]+", nxt)
    return len(words) >= 2 and words[0] in lex.first_names and words[0] not in lex.common_words \
        and not lex.title.match(words[1]) and words[1] not in lex.function_words and words[1] not in lex.country_of \
        and not lex.organization.match(" ".join(words[1:]))


def _role_then_name(cur: str, lex) -> bool:
    """A role, then its holder's name ("نخست‌وزیر NAME", "شاهزاده NAME")."""
    s = strip_honorifics(cur.strip(), lex)
    t = lex.title.match(s)
    return bool(t and _holder_after_role(s, t.end(), len(s), lex))


def _bare_plural(cur: str, lex) -> bool:
    """One plural noun and nothing after it ("معاونان"): a head waiting for the complement the next one has."""
    words = cur.split()
    if len(words) != 1:
        return False
    w = words[0]
    return bool(w in lex.plural_nouns or _PLURAL_ROLE.fullmatch(w) or _GROUP_HEAD.fullmatch(w) or _title_plural(w, lex)
                or _people_plural(w, lex))


def _named_then_titled(s: str, lex) -> bool:
    """Does `s` start with a name of two or three plain words and then a title ("یان نواک معاون …"), or its
    apposition ("یان نواک، معاون …")?"""
    m = _name_then_title(lex.title.pattern).match(s)
    if not m:
        one = _surname_then_title(lex.title.pattern).match(s)  # "معتمدیان استاندار سابق …": a bare surname
        w = one.group(1) if one else ""
        return bool(one) and not (w in lex.common_words or w in lex.function_words or w in lex.country_of
                                  or lex.title.fullmatch(w) or _NOT_NAME.fullmatch(w) or w in _BETWEEN
                                  or _bare_plural(w, lex))  # "اعضا هیأت دولت": a plural head, not a surname
    words = m.group(1).split()
    return not any(lex.title.fullmatch(w) or _NOT_NAME.fullmatch(w) or w in lex.country_of or w in _BETWEEN
                   for w in words)  # "معاون حقوقی و بین‌المللی وزیر …" goes on: «بین‌…» starts no name


@lru_cache(maxsize=1)
def _surname_then_title(title: str) -> re.Pattern:
    return folded_rx(r"(\w{3,}(?:-\w+)*)(?: ?[،,])? (?=" + title + ")")  # ("رسترپو-گومس": a hyphen joins one name)


@lru_cache(maxsize=1)
def _name_then_title(title: str) -> re.Pattern:
    return folded_rx(r"(\w+(?:-\w+)*(?: \w+(?:-\w+)*){1,2}?)(?: ?[،,])? (?=" + title + ")")  # "یان نواک، معاون …" too


def _has_title_only(cur: str, lex) -> bool:
    """Does `cur` start with a title after its honorifics, or is its honorific a title's start ("امام جمعه …")?"""
    cur = cur.strip()
    t, h = lex.title.match(cur), lex.honorific.match(cur)
    return bool(t and (not h or t.end() > h.end()) or lex.title.match(strip_honorifics(cur, lex)))


def _past_honorifics(folded: str, a: int, b: int, lex) -> int:
    """Where the name of folded[a:b] starts after the honorifics it opens with («سید», a first name's prefix, is kept)."""
    while (m := lex.honorific.match(folded, a, b)) and m.end() < b and folded[m.end()] == " " \
            and m.group() not in lex.first_names.prefixes:
        a = m.end() + 1
    return a


def strip_honorifics(s: str, lex) -> str:
    """`s` without the honorifics it opens with ("آیت‌الله دکتر X" -> "X")."""
    while True:
        m = lex.honorific.match(s)
        if not m:
            return s
        s = s[m.end():].lstrip()


def _glued_honorific(folded: str, a: int, t: re.Match, b: int, lex) -> bool:
    """Is the title `t` an honorific that is a title too («شیخ»), right after a name's words (no comma) and before a
    first name that ends the piece, so a part of the surname ("دلشاد شیخ‌مصطفی") and no title of the name before?"""
    after = folded[t.end():b].split()
    before = folded[a:t.start()].split()
    return bool(lex.honorific.fullmatch(t.group())) and len(after) == 1 and after[0] in lex.first_names \
        and 1 <= len(before) <= 2 and before[0] in lex.first_names and not folded[a:t.start()].rstrip().endswith(("،", ","))


def _parse_piece(folded: str, a: int, b: int, lex) -> Party | None:
    honored = False
    # drop honorifics at the start
    while a < b:
        seg = folded[a:b]
        lead = len(seg) - len(seg.lstrip(" «\"'"))
        if lead:
            a += lead
            continue
        m = lex.honorific.match(folded, a, b)
        rank = lex.title.match(folded, a, b)
        new = _NEW_OR_FORMER.match(folded, m.end()) if m else None
        if m and rank and rank.end() == m.end() and lex.country.match(folded, new.end() if new else m.end() + 1, b):
            break  # "امیر قطر", "امیر جدید کویت": a rank that is also a title, followed by its country, is the title
        t = lex.title.match(folded, a, b)
        if m and t and t.end() > m.end():
            break  # "امام جمعه تهران": the honorific is the start of a title
        if m and m.end() < b and folded[m.end()] == " ":
            if m.group() in lex.first_names.prefixes:
                honored = True  # "سید ابراهیم رئیسی": descent, part of the name as the article writes it
                break
            a = m.end()
            honored = True
            continue
        break
    b = _before_kin(folded, a, b, lex)
    while b > a and folded[b - 1] in " »\"'":
        b -= 1
    if b - a < 2:
        return None
    seg = folded[a:b]
    if (PRONOUN.fullmatch(seg.strip()) or _TOLD_BACK_COUNTERPART.fullmatch(seg.strip()) and folded[:a].endswith("با ")) \
            and not (_DEMONSTRATIVE.match(seg) and host_of_place(folded, a)):
        return Party(name=(a, b), pronoun=True)  # (not "در دفتر X با این دیپلمات": the host, read from the place)
    if _REFLEXIVE.fullmatch(seg.strip()):
        return None
    if a and folded[a - 1] in "«\"":
        close = min([i for i in (folded.find("»", a, b + 1), folded.find('"', a, b + 1)) if i != -1], default=-1)
        if close != -1:
            rest_a = close + 1
            while rest_a < b and folded[rest_a] in " »\"،,":
                rest_a += 1
            return Party(name=(a, close), title=(rest_a, b) if b - rest_a > 1 else None)
    head = seg.split()[0] if seg.split() else ""
    if _GROUP_HEAD.match(seg) or _QUANTIFIED_GROUP.match(seg) or len(seg.split()) > 3 and (
            _people_plural(head, lex) or _title_plural(head, lex)) and not lex.title.search(folded, a, b):
        # "کشورهای عضو اتحادیه آفریقا", "خانواده‌های شهدا", "چند تن از مراجع", "محققان و پژوهشگران دست‌اندرکار
        # تدوین کتاب …": a group, written as it stands
        end = _word_cap(folded, a, b, 12)
        return Party(name=(a, end), title=None, role_only=True)
    t = lex.title.search(folded, a, b)
    if t is None:
        words = seg.split()
        if len(words) > 8:
            return None
        if honored and _name_words(words, lex) <= 3:
            return Party(name=(a, b), title=None, honored=True)
        return Party(name=(a, b), role_only=words[0] not in lex.first_names and len(words) > 3 and not _lineage(words))
    if (held := _COUNTERPART_HELD.match(folded, a, b)) and apposed_name(held.group(2), lex):
        # "همتای ایرانی‌اش، «NAME»، وزیر صنعت …": the counterpart's holder set off after it, his own title after him
        return Party(name=held.span(2), title=held.span(1))
    if t.start() == a:
        named = _APPOSITION.search(folded, a, b) or _NAMED_COUNTERPART.match(folded, a, b)
        polite = lex.honorific.match(folded, named.start(1)) if named else None
        name_at = polite.end() + 1 if polite else named.start(1) if named else 0
        while polite and (more := lex.honorific.match(folded, name_at)) and more.end() < named.end(1):
            name_at = more.end() + 1  # "امیر سرتیپ دوم X": one honorific after another
        if named and apposed_name(folded[name_at:named.end(1)], lex):
            # "وزیر امور خارجه کشورمان، مسعود کریمیان": the role, then its holder between commas
            title_end = named.start() if named.start() > a else named.start(1) - 1
            return Party(name=(name_at, named.end(1)), title=(a, title_end), honored=bool(polite))
        country = list(lex.country.finditer(folded, a, b))
        tail = folded[country[-1].end():b].split() if country else []
        plain = 2 <= len(tail) <= 3 and not any(w in lex.common_words or w in lex.function_words for w in tail)
        if tail and (tail[0] in lex.first_names or plain) and apposed_name(" ".join(tail), lex):
            # "وزیر امور خارجه روسیه سرگئی لاوروف": the role ends with its country, a first name (or two or three
            # plain words: "… ایتالیا لوکا بندتی") starts the name
            c_end = country[-1].end()
            start = c_end + len(folded[c_end:b]) - len(folded[c_end:b].lstrip())
            return Party(name=(start, b), title=(a, c_end))
        apposed = _apposed_holder(folded, t.end(), b, lex)
        if apposed is not None:
            return apposed
        held = _holder_after_role(folded, t.end(), b, lex)
        if held is not None:
            # "وزیر خارجه محمد جواد ظریف", "رئیس مجلس دکتر علی لاریجانی": a role with no country, then its holder
            title_end = folded.rfind(" ", a, held[0]) if folded[held[0] - 1] == " " else held[0]
            return Party(name=held[1:], title=(a, title_end), honored=held[1] > held[0])
        # role-only party; keep at most a dozen words of it, and end it at its country when a common noun of the
        # clause follows ("رئیس‌جمهور موزامبیک | راه‌های توسعه روابط … را مورد گفت‌وگو قرار داد")
        end = _word_cap(folded, a, b, 12)
        if tail and (tail[0] in lex.common_words or tail[0].endswith("ترین")) and tail[0] not in lex.first_names \
                and not lex.title.match(tail[0]) \
                and tail[0] not in ("در", "و") and not _REFLEXIVE.fullmatch(tail[0]) \
                and not _COMMA.match(folded, country[-1].end()):
            end = country[-1].end()
        return Party(name=(a, end), title=(a, end), role_only=True)
    if _glued_honorific(folded, a, t, b, lex):
        return Party(name=(a, b))  # "دلشاد شیخ‌مصطفی": «شیخ» and a first name after a name, a part of its surname
    name_end = t.start()
    while name_end > a and folded[name_end - 1] in " ،,":
        name_end -= 1  # "NAME، TITLE", "NAME ، TITLE": the comma of the apposition is no part of the name
    name_words = folded[a:name_end].split()
    after = re.match(r"\s*[،,]\s*", folded[t.end():b])
    if len(name_words) == 1 and name_words[0] in lex.first_names and after \
            and (second := lex.title.match(folded, t.end() + after.end(), b)):
        # "علیرضا دبیر، رئیس فدراسیون کشتی": a surname that is also a title word, then the title set off
        return Party(name=(a, t.end()), title=(second.start(), _title_end(folded, second.start(), b, lex)))
    if len(name_words) == 1 and _KIN.match(" " + name_words[0] + " "):
        end = _word_cap(folded, a, b, 12)  # "همسر رئیس‌جمهور کنیا": a kinship word before a role is the party's role
        return Party(name=(a, end), title=(a, end), role_only=True)
    if name_words and name_words[-1] == "و":
        # "نوادگان و اعضای خانواده شهید X": two heads share what follows; the whole is one group
        return Party(name=(a, _word_cap(folded, a, b, 12)), title=None, role_only=True)
    # (nor the end of a body's name cut where the piece starts: "… جمعیت هلال | احمر نماینده ولی فقیه …")
    ends_body = any(o.end() == name_end for o in lex.organization.finditer(folded, max(0, a - 40), name_end))
    if not name_length_ok(name_words) or _NOT_NAME.search(folded, a, name_end) or ends_body:
        end = _word_cap(folded, t.start(), b, 12)
        return Party(name=(t.start(), end), title=(t.start(), end), role_only=True)
    return Party(name=(a, name_end), title=(t.start(), _title_end(folded, t.start(), b, lex)))


def _before_kin(folded: str, a: int, b: int, lex) -> int:
    """"محمد X فرزند آیت‌الله Y", "مریم X همسر Y": the person named before a kinship word, not the relative after
    it (a kinship word that opens the piece, "همسر رئیس‌جمهور", is the party's own role)."""
    for m in re.finditer(r"\s", folded[a:b]):
        at = a + m.start()
        kin = _KIN.match(folded, at, b)
        if kin and apposed_name(folded[a:at].strip(" ،,"), lex) and not lex.title.search(folded, a, at):
            return at
    return b


def _apposed_holder(folded: str, at: int, b: int, lex) -> Party | None:
    """"شاهزاده NAME، وزیر دفاع …": a role, its holder's name, then a comma and the office that names him."""
    comma = _COMMA.search(folded, at, b)
    if comma is None or not lex.title.match(folded[comma.end():b].lstrip()):
        return None
    held = _holder_after_role(folded, at, comma.start(), lex)
    if held is None:
        return None
    office = comma.end() + len(folded[comma.end():b]) - len(folded[comma.end():b].lstrip())
    return Party(name=(held[1], comma.start()), title=(office, _word_cap(folded, office, b, 14)),
                 honored=held[1] > held[0])


def _title_end(folded: str, at: int, b: int, lex) -> int:
    """Where a title after a name ends: at its country when plain words follow ("وزیر امور خارجه کشورمان | آخرین
    وضعیت مناسبات … مورد گفتگو قرار گرفت"), not before «در», «و» or more of a title ("سفیر ایران در چین")."""
    end = _word_cap(folded, at, b, 14)
    for m in sorted([*lex.country.finditer(folded, at, end), *_OUR_COUNTRY.finditer(folded, at, end)], key=re.Match.start):
        rest = folded[m.end():end].strip()
        if rest and rest[0] not in "،," and rest.split()[0] not in ("در", "و") and not lex.title.match(rest):
            return m.end()
    return end


_REGION_NOUNS = frozenset({"ولایت", "استان", "شهرستان", "شهر", "ناحیه", "بخش", "منطقه", "ایالت", "اقلیم"})  # (folded)
# the head word of a body: the words after it are the body's name ("دبیرکل سازمان پیمان آتلانتیک شمالی")
_BODY_NOUNS = frozenset({"سازمان", "اتحادیه", "حزب", "جنبش", "جبهه", "مجمع", "بنیاد", "انجمن", "کانون", "موسسه"})


def _holder_after_role(folded: str, at: int, b: int, lex) -> tuple[int, int, int] | None:
    """Where the holder's name starts after a role that names no country: the first word past the role's head that
    is an honorific or a known first name, when the rest is a name of two to four words («رئیس مجلس علی لاریجانی»).
    Returns (start of the honorifics, start of the name, end); None when no such word opens a name ("رئیس دانشگاه
    امام حسین": one word left)."""
    words = list(re.finditer(r"\S+", folded[at:b]))
    for before, m in zip([None, *words], words):
        start = at + m.start()
        rest = strip_honorifics(folded[start:b], lex)
        if m.group() in _CLAUSE_WORDS:
            return None  # "رهبر کره شمالی را دلیل …": the role's phrase has ended
        if rest == folded[start:b] and (m.group() not in lex.first_names or m.group() in POLITE) \
                or before and before.group() in _REGION_NOUNS | _BODY_NOUNS | {"و"} or m.group() in _REGION_NOUNS:
            continue  # "ریاست محترم جمهور": a polite adjective stays in the role; "رئیس ولایت سغد", "… اقلیم کردستان":
            # a region's name; "… آزادی بیان و اندیشه …": a second field of the role after its «و»
        words = re.findall(r"[^\s.!?؟؛:]+", rest)
        if 2 <= len(words) and words[0] in lex.first_names and apposed_name(rest, lex) \
                and _name_words(words, lex) >= 2 and not any(w in lex.function_words for w in words) \
                and not _place_word(words[-1], lex) and not _BODY_ITEM.match(rest):
            # (a body's head word that is also a first name opens the role's body, not a name: "رئیس بنیاد مسکن")
            return start, b - len(rest), b
        return None
    return None


def _place_word(word: str, lex) -> bool:
    """A country, a place of the gazetteer or «کشور»: the end of a title's complement ("معاون نخست‌وزیر اقلیم
    کردستان", "مدیر حوزه‌های علمیه کشور"), never of the name of its holder."""
    return word in ("کشور", "کشورمان") or bool(lex.country.fullmatch(word))


def _name_words(words: list[str], lex) -> int:
    """Words of a name, a compound first name counted once ("علی اکبر ناطق نوری": three), and so a surname's pieces
    written apart where the text lost its ZWNJ: «الله» and a surname's ending join the word before ("علی فتح الله
    زاده": two)."""
    first = lex.first_names.compound(words)
    glued = sum(1 for w in words[first:] if w in ("الله", "اله") or w in lex.surname_endings)
    return max(1, len(words) - first + 1 - glued)


def _lineage(words: list[str]) -> bool:
    """"جلوی بن ترکی آل سعود": the word before «بن / بنت» is a first name, whatever else it may be; so are a
    first name's two words ("زین العابدین بن علی")."""
    first = 2 if " ".join(words[:2]) in lexicon().first_names else 1
    return len(words) >= first + 2 and words[first] in ("بن", "بنت")


def name_length_ok(words: list[str]) -> bool:
    """One to four words, up to six with a European particle («دی», «فون»), or up to seven in an Arabic name of
    lineage ("عبدالرحمن بن خلیفه آل ثانی")."""
    limit = 7 if any(w in LINEAGE for w in words) else 6 if any(w in _PARTICLES for w in words[1:]) else 4
    return 1 <= len(words) <= limit


def apposed_name(words: str, lex) -> bool:
    """A name set off after a role: one to four plain words (more with بن/آل), the first a known first name or two
    words at least."""
    w = words.split()
    if not name_length_ok(w) or lex.title.search(words) or _NOT_NAME.search(words) or lex.noun.search(words):
        return False
    if any(x in lex.country_of or _REFLEXIVE.fullmatch(x) or x == "و" for x in w):
        return False  # "همتایان پاکستانی، افغانستانی و هندی خود": a list of countries, not a name
    return w[0] in lex.first_names or len(w) >= 2


def _word_cap(folded: str, a: int, b: int, n: int) -> int:
    """End of the first `n` words of folded[a:b], or earlier where a clause about the occasion starts."""
    stop = _TITLE_STOP.search(folded, a, b)
    if stop and stop.start() > a:
        b = stop.start()
    pos, count = a, 0
    for m in re.finditer(r"\S+", folded[a:b]):
        count += 1
        pos = a + m.end()
        if count == n:
            break
    return pos


def _only_countries(folded: str, start: int, end: int, lex) -> bool:
    """Is what follows "همتایان خود در کشورهای" a list of two or more countries and nothing else?"""
    rest = folded[COUNTERPARTS_IN.match(folded, start, end).end():end]
    found = list(lex.country.finditer(rest))
    leftover = lex.country.sub(" ", rest)
    return len(found) >= 2 and not re.sub(r"[\s،,]|(?<!\w)و(?!\w)", "", leftover)


def counterpart_head(folded: str, subject: Party) -> str | None:
    """The subject's role without its country ("وزیر خارجه ازبکستان" -> "وزیر خارجه"), for "همتایان ..." parties."""
    lex = lexicon()
    title = folded[subject.title[0]:subject.title[1]]
    m = lex.country.search(title)
    head = title[: m.start()] if m else title
    # "رئیس‌جمهور این کشور", "… جمهوری اسلامی": but «جمهوری» in "رئیس‌جمهوری فرانسه" is the office's own
    head = re.split(B + r"(?:در|(?<!رییس )جمهوری|این کشور|کشورمان|کشور ما)" + E, head)[0]
    # "رئیس‌جمهور کشور عراق": «کشور» before the name is no part of the office, but "وزیر کشور" is the interior minister
    head = re.sub(r"(?<!وزیر)(?<!وزارت) کشور\s*$", "", " ".join(head.split()))
    # a rank that is a title only before its country ("امیر قطر" -> "امیر")
    return head if lex.title.match(head) or m and head and lex.title.match(title) else None


def counterparts(folded: str, p: Party, head: str) -> list[Party]:
    """"همتایان پاکستانی، افغانستانی و هندی خود" -> one role party per country; other parties unchanged."""
    lex = lexicon()
    seg = folded[p.name[0]:p.name[1]]
    if not _COUNTERPART.match(seg):
        return [p]
    countries = []
    # "همتای ایرانیاش": a possessive glued where the text lost its ZWNJ still leaves the adjective (read after the
    # text as written, where «اتریش» is a country, not «اتری» with a possessive)
    for text in (seg, unglue_possessive(seg)):
        for m in lex.country.finditer(text):
            country = lex.country_in(m.group())
            if country and country not in countries:
                countries.append(country)
    return [Party(name=p.name, role_only=True, literal=f"{head} {c}") for c in countries] or [p]
