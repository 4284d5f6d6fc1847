"""Participants as the gold format writes them: fullest name in the article, title, organisation, country."""

from __future__ import annotations

import itertools
import re
from datetime import date
from functools import cached_property, lru_cache
from itertools import islice

from pipeline.events.bodies import tag as tag_body
from pipeline.events.candidates import lead_in_end
from pipeline.events.lexicon import B, E, lexicon
from pipeline.events.parties import (
    BODY_WORDS,
    LINEAGE,
    MEDIA,
    POLITE,
    PRONOUN,
    VERB_WORD,
    Party,
    cut,
    group_party,
    host_of_place,
    name_length_ok,
    split_parties,
    strip_honorifics,
)
from pipeline.events.roles import fit_score, shape, with_country
from pipeline.events.text import CHANNEL_WORDS, folded_rx, sentences
from rasad.persian import glued_end, same_person, unglue_possessive
from rasad.persian import span_fold as fold
from rasad.persian_dates import find_date_expressions

_CHANNEL = folded_rx(r"(?:" + CHANNEL_WORDS + r"|گوی|گو)")  # "گفت و گوی تلفنی سناتور X": no name before the title
_AS_ROLE = folded_rx(r"\s(?:به ?عنوان|بعنوان)\s+$")  # "آقای X به‌عنوان سفیر چین …": X holds the office
_QUOTED_NAME = folded_rx(r"[«\"]([^«»\"\n]{3,40})[»\"]")
_FOREIGN_MINISTRY = folded_rx(B + r"(?:وزیر|وزارت|معاون وزیر|سخنگوی وزارت)(?: امور)? ?خارجه" + E)
_OWN_COUNTRY = folded_rx(B + r"(?:جمهوری اسلامی|کشورمان|کشور ما)" + E)
_SPEECH_VERBS = r"گفت|افزود|اظهار (?:کرد|داشت)|تصریح کرد|خاطرنشان کرد"
_SPEAKER = folded_rx(
    r"(?:^|(?<=[\n.:؛]))\s*(?:[»\"]\s*)?(?:به گزارش [^،,:\n«»]{2,60}[،,]\s*)?(?P<front>در (?:این|ان) (?:دیدار|ملاقات|نشست|گفت ?و ?گو|گفتگو|تماس|رایزنی)\w*،?\s+)?"
    r"(?![-–•*])(?P<name>(?:[^\s.:؛]+ ){0,4}?[^\s.:؛،]+)(?:(?P<that> که [^.:؛«»]{3,140}?[،,])?،?(?: نیز| هم| همچنین)? (?:" + _SPEECH_VERBS + r"|با بیان|ادامه داد|"
    r"با (?:اشاره|تاکید|یاداوری|یادآوری|ابراز|انتقاد|قدردانی|تشکر)|ضمن|در ادامه|"
    r"(?P<back>در (?:این|ان) (?:دیدار|ملاقات|نشست|گفت ?و ?گو|گفتگو|تماس|رایزنی)))"
    r"|(?P<colon>:))",  # "ولایتی: …": a line that opens with a name and a colon quotes that person
    re.M,
)
# "X Y، رئیس‌جمهور عراق": a name of two or three words set off by a comma before its title (start of line or
# after a delimiter)
# (or after a comma, «و» or «با»: "در این تماس، محمد اسحاق دار، وزیر امور خارجه پاکستان، …", "A، TITLE و B، TITLE2",
# "در دیدار X با NAME، TITLE …")
# (… also after «که», «به گفته» or a verb of reporting that opens a clause: "اعلام کرد (که) NAME، TITLE، …")
_APPOSED_COMMA = folded_rx(r"(?:^|[\n.:؛«»\"()،,]|\s(?:و|با|که|کرد|کردند|داد|دادند|نوشت|گفت|گفته|افزود))\s*[^\s،,.:؛«»\"()]+"
                           r"(?: [^\s،,.:؛«»\"()]+){1,5}\s*[،,]\s*$")  # (six: «شیخ خالد بن عبدالله آل ثانی»)
_APPOSED_AFTER = folded_rx(r"\s*[،,]\s*[«\"]?([^\s،,.:؛«»\"()]+(?: [^\s،,.:؛«»\"()]+){1,2})[»\"]?\s*[،,]")
# (and "… وزیر نفت کشورمان و همتای عراقی‌اش": the counterpart is another person)
_SAID = folded_rx(B + r"(?:" + _SPEECH_VERBS + r")" + E)
_TITLE_END = folded_rx(r"[،,.:؛\n«\"]|" + B + r"(?:در دیدار|با|گفت|اظهار|امروز|دیروز|که|و همتا(?:ی|یان))" + E)
# words of an occasion that stand before a title in headlines ("حواشی سفر وزیر …"), never in a name
_ROYAL = ("شیخ", "ملک", "سلطان", "امیر", "شاه", "پادشاه", "شاهزاده")  # honorifics of Arab rulers, before the first name
_RULERS = frozenset({"امیر", "پادشاه", "سلطان", "شاه", "ولیعهد", "ولی‌عهد", "حاکم"})  # offices of the register they name
_OCCASION_WORDS = frozenset(fold(w) for w in "سفر حواشی حاشیه بازدید ورود استقبال مراسم برنامه دیدار".split())
_NOT_NAME = folded_rx(r"است|این|آن|را|که|به|از|در|با|بر|شد|کرد|بود|گفت|هم|نیز|تا|یا|اما|ولی|اگر|و|من|ما|او|وی|شما|خود")
_STRIP_CHARS = " «»\"'()،,:-\n.؛!؟|"  # "|" divides a headline's parts
_OPENING_WORDS = 12  # enough for connectors, honorifics, a name and the word after it
_CONNECTORS = frozenset({"همچنین", "سپس", "اما", "ولی", "و", "بنابراین"})
_BODY_NOUN = folded_rx(BODY_WORDS)
_DELEGATION_HEAD = folded_rx(r"(?:(?:هیئت|هیات|هیأت)ی?|نمایندگان)(?: \S+){1,6}")
_DELEGATION_WORDS = frozenset({"هیئت", "هیات", "هیأت", "نمایندگان", "این", "گروه", "یک"})
# "هیات پارلمانی ایران به ریاست «X»", "این هیأت گروه طالبان که ریاست آن را X بر عهده داشت"
_LED = folded_rx(
    r"(?P<who>(?:هیئت|هیات|هیأت)ی?(?: [^\s،,.:«»]+){1,6}?)\s+(?:به (?:ریاست|سرپرستی|رهبری)\s+(?:«(?P<quoted>[^«»]{3,40})»|"
    r"(?P<led>(?:(?:ایت ?الله|آیت ?الله|حجت ?الاسلام(?: ?و ?المسلمین)?|دکتر|مهندس|مولوی|سردار) )*"
    r"[^\s«»،,.:]+ [^\s«»،,.:]+))|که ریاست (?:ان|آن) را\s+(?P<head>[^«»،,.:]{3,40}?)\s+بر ?عهده)"
)
_HEAD_OF_THIS = folded_rx(r"(?:رییس|رئیس|سرپرست) (?:این|آن) (?:هیئت|هیات|هیأت)")
_THIS_CITY = re.compile(r"\s*(?:این|همین) شهر(?: مقدس)?\s*$")
_THIS_BODY = folded_rx(r"(?<!\w)(?:این|همین) (\w+)(?!\w)")
# a martyr named: "شهید (مدافع حرم) X Y" (a first name, then a surname and what a ZWNJ glues to it)
_MARTYR = folded_rx(r"(?<!\w)شهید(?: مدافع (?:حرم|امنیت|سلامت|وطن))? (?P<first>\S+) [^\s،,.:«»()]+")
# an opening phrase of time or occasion before the subject ("در جریان این سفر X …", "در ادامه X …")
_OPENING_PHRASE = folded_rx(r"(?:در|طی) (?:(?:جریان|طول|ادامه|حاشیه|پایان) )?(?:(?:این|آن|همین) (?:سفر|دیدار|سفرها|نشست|"
                            r"مراسم|برنامه|روز|هفته)(?:\S*) (?:که [^،,.:«»]{1,80}[،,] )?|ادامه |همین حال |حالی که )")
# where an opening subject ends: a preposition, a relative or the verb's words
_SUBJECT_END = folded_rx(B + r"(?:با|به|در|از|که|نیز|هم|روز|صبح|عصر|امروز|دیروز|گفت|افزود|طی|ضمن)" + E + r"|[،,:]")
_WITH = folded_rx(B + "با" + E)
_TOLD_BACK_IN = folded_rx(B + r"(?:در|طی) (?:این|آن) (?:دیدار|ملاقات|نشست|گفت ?و ?گو|گفتگو|تماس|رایزنی|مذاکره)" + E)
_GOES_ON = folded_rx(B + r"(?:افزود|ادامه داد)" + E)  # the speaker before goes on
_ALSO_AFTER = folded_rx(r"\s+(?:نیز|هم)" + E)
# what ends an office that opens a sentence: "سفیر روسیه نیز …", "استاندار در این نشست …"
_ROLE_STOP = re.compile(r" (?:نیز|هم|سپس|همچنین|(?:در|طی) (?:این|ان)) ")
# an office that speaks on as the subject of its sentence: "… در این نشست گفت", "… افزود", "… با اشاره به …"
_SPEAKS_ON = folded_rx(r"\s*(?!نیز|هم )(?:(?:در|طی) (?:این|ان) \S+ |سپس |همچنین )?(?:گفت|افزود|اظهار|تصریح|تاکید|ادامه داد|"
                       r"خاطرنشان|یاداور|با اشاره|با بیان|با تاکید)" + E)
# a duty held, told in a relative clause: "X که ریاست / مدیریت Y را بر عهده دارد" (X is «رئیس / مدیر Y»)
_DUTIES = {"ریاست": "رئیس", "مدیریت": "مدیر", "سرپرستی": "سرپرست", "دبیرکلی": "دبیرکل", "فرماندهی": "فرمانده",
           "تولیت": "تولیت"}
_DUTY = folded_rx(r"(?<=\S) که (?:[^،,.:؛«»]{0,40} )?(?P<duty>" + "|".join(_DUTIES) + r") (?P<of>[^،,.:؛«»]{2,60}?) را "
                  r"(?:بر ?عهده|به ?عهده) (?:دارد|داشت|دارند|داشتند|گرفته)" + E)
_NAME_ENDS = frozenset({"که", "در", "با", "به", "از", "نیز", "هم", "روز", "صبح", "عصر", "شب", "امروز", "دیروز",
                        ":", "گفت", "افزود", "نوشت",  # "X:" / "X گفت:": who is quoted
                        "تصریح", "خاطرنشان", "اظهار", "تاکید", "یاداور", "اعلام",  # "X خاطرنشان کرد: …" (folded)
                        "ظهر", "شامگاه", "بامداد", "سپس", "ضمن", "طی", "همچنین", "درباره", "پیرامون",
                        "نخستین", "اولین", "آخرین"})  # "X نخستین تماس خود را …"


def _words(s: str) -> list[str]:
    """A name's words in the folded text (a ZWNJ parts them)."""
    return fold(s).replace("«", " ").replace("»", " ").replace('"', " ").split()


class Resolver:
    """Article-wide knowledge used to complete names: known full names and who holds which title."""

    def __init__(self, text: str, folded: str, parties: list[tuple[str, Party]], day: date | None = None):
        self.text = text
        self.folded = folded
        self.day = day  # the publication day, when known: which office holders can be meant
        self.full_names: list[str] = []  # folded, two or more tokens
        self.holders: list[tuple[str, str]] = []  # (folded title, original name)
        self.first: str | None = None  # the first person the article names with a title
        self.spans = sentences(text)
        for src, p in parties:
            if p.role_only or p.pronoun or p.weak or p.literal:
                continue
            name = _clean(src[p.name[0]:p.name[1]])
            quoted = p.name[0] > 0 and src[p.name[0] - 1] in "«\""
            if len(name.split()) >= 2:
                self.full_names.append(name)
            elif not quoted:
                continue  # one bare word before a title may be a noun ("قدردانی رهبر انقلاب")
            if p.title or p.role:
                self.holders.append((p.role or " ".join(fold(src[p.title[0]:p.title[1]]).split()), name))
        self._scan_holders()
        self._holders_by_duty()
        for m in _QUOTED_NAME.finditer(text):
            inner = _clean(m.group(1))
            if 2 <= len(inner.split()) <= 3 and not lexicon().title.search(fold(inner)):
                self.full_names.append(inner)
        self._lead_holder()
        self._office_after_name()
        self._name_after_office()
        # "حمید زرین‌قلم گفت: … . زرین‌قلم درباره … گفت": a full name opening a sentence is one a surname tells back
        openers = [o["name"] for a, b in self.spans if self._opens_with_first_name(a, b)
                   and (o := self.opener(a, b)) and len(_words(o["name"])) >= 2
                   and _words(o["name"])[0] in lexicon().first_names]
        self.full_names = list(dict.fromkeys(self.full_names + openers))  # (each once: a long article repeats them)

    def _opens_with_first_name(self, a: int, b: int) -> bool:
        """Does a first name stand among the first words after the sentence's lead-in (past honorifics)?"""
        start = lead_in_end(self.folded, a, b)
        return any(w in lexicon().first_names for w in self.folded[start:min(b, start + 80)].split()[:4])

    def _office_after_name(self) -> None:
        """"X عصر امروز در دیدار با … خبر داد. استاندار کرمانشاه در این نشست گفت: …": a sentence that opens with an
        office and speaks on (no «نیز/هم»: that is another person) right after one whose subject is a person named in
        full with no title tells that person again, the office written before only as a sentence's subject (else it
        is another side: "X با سفیر روسیه …")."""
        for (a1, b1), (a2, b2) in zip(self.spans, self.spans[1:]):
            role = self._opening_office(a2, b2)
            if role and _SPEAKS_ON.match(self.folded, lead_in_end(self.folded, a2, b2) + len(role)) \
                    and (name := self._bare_full_opener(a1, b1)) and not self._named_aside(role, a2):
                self._hold(role, name)

    def _name_after_office(self) -> None:
        """"نماینده سازمان … در این دیدار گفت: … . X با اشاره به … افزود: …": a person named in full with no title who
        goes on speaking («افزود», «ادامه داد»; no «نیز/هم»: that is another person) right after an office that opens
        its sentence and speaks holds that office."""
        for (a1, b1), (a2, b2) in zip(self.spans, self.spans[1:]):
            role = self._opening_office(a1, b1)
            if role and _SAID.search(self.folded, a1, b1) and _GOES_ON.search(self.folded, a2, b2) \
                    and (name := self._bare_full_opener(a2, b2)) \
                    and not _ALSO_AFTER.match(self.folded, self._name_end(a2, b2, name)):
                self._hold(role, name)

    def _opening_office(self, a: int, b: int) -> str | None:
        """The office that opens folded[a:b] after its lead-in, up to «نیز», «در این …» and the like, if any."""
        start = lead_in_end(self.folded, a, b)
        return _ROLE_STOP.split(_title_at(self.folded, start) + " ", 1)[0] if lexicon().title.match(self.folded, start) \
            else None

    def _bare_full_opener(self, a: int, b: int) -> str | None:
        """The person named in full, from a first name, with no title the article gives, who opens folded[a:b]."""
        o = self.opener(a, b)
        words = _words(o["name"]) if o else []
        return o["name"] if len(words) >= 2 and words[0] in lexicon().first_names and not self.known(o["name"]) else None

    def _hold(self, role: str, name: str) -> None:
        """`name` holds `role`, unless the article already names a holder of it."""
        if not any(fit_score(role, t) for t, _ in self.holders):
            self.holders.append((role, name))
            self.full_names.append(name)

    def _name_end(self, a: int, b: int, name: str) -> int:
        """Where `name`, which opens folded[a:b] (after its lead-in and honorifics), ends."""
        last = _words(name)[-1]
        at = self.folded.find(last, lead_in_end(self.folded, a, b), b)
        return at + len(last) if at != -1 else a

    def _named_aside(self, role: str, end: int) -> bool:
        """Is `role` written before `end` other than as the subject that opens a sentence (so as another side)?"""
        starts = (lead_in_end(self.folded, a, b) for a, b in self.spans if a < end)
        opens = {at + len(self.folded[at:at + 9]) - len(self.folded[at:at + 9].lstrip()) for at in starts}
        return any(m.start() not in opens for m in re.finditer(re.escape(role), self.folded[:end]))

    def _scan_holders(self) -> None:
        """Every "NAME TITLE" in the article ("علی چگنی سفیر ایران در کوبا"), so a role-only party can be named."""
        lex = lexicon()
        f = self.folded
        for t in lex.title.finditer(f):
            if apposed := _apposed_name(f, _title_end(f, t.start()), self.text):
                name = without_honorific(_clean(self.text[apposed[0]:apposed[1]]))
                self.holders.append((_in_sentence(f, t.start(), _title_at(f, t.start())), name))
                self.full_names.append(name)
                continue
            before = f[max(0, t.start() - 40):t.start()]
            as_role = _AS_ROLE.search(before)
            before = before[:as_role.start()] + " " * len(as_role.group()) if as_role else before
            tail = before.rstrip(" ،,")
            # "NAME (TITLE)": the title in brackets right after the name is its holder's
            close = f.find(")", t.start(), t.start() + 80) if tail.endswith("(") else -1
            tail = tail[:-1].rstrip() if close != -1 else tail
            # the quoted name just before the title: the last «…» of the window («حزب «X» و «NAME» TITLE»)
            q = ([None] + list(_QUOTED_NAME.finditer(tail)))[-1] if tail.endswith(("»", '"')) else None
            if q and q.end() >= len(tail) and not q.group(1).rstrip().endswith((".", "!", "؟", "?")):
                # («کار آغاز شده است.» استاندار …: a quoted sentence before the title, not a name)
                start, stop_at = t.start() - len(before) + q.start(1), t.start() - len(before) + q.end(1)
            else:
                if len(tail) != len(before.rstrip()) and not _APPOSED_COMMA.search(before.rstrip()) and close == -1:
                    continue  # "…، رئیس‌جمهور": a comma before the title ends a clause, unless it sets off a name
                # the name is what follows the last delimiter ("، X Y", "و X Y", start of line) or starts with a first name
                piece = re.split(r"[\n.:؛،,«»\"()]|\s[ـ–—-](?:\s|$)|(?<!\w)و(?!\w)", tail)[-1]
                words = piece.split()
                # (the word after the last honorific, one of one word or more: "دریادار یکم X Y")
                polite = [len(" ".join(words)[:h.end()].split()) - 1 for h in lex.honorific.finditer(" ".join(words))]
                words = words[polite[-1] + 1:] if polite and len(words) - polite[-1] > 2 else words
                words = [w for w in words if not lex.honorific.fullmatch(w)]  # "… شدن آقای X Y": the name after
                if len(words) == 1 and len(fuller := self._by_surname(words[0])) == 1:
                    # "رحمانی سفیر افغانستان در …": the surname of a full name the article gives
                    self.holders.append((_in_sentence(f, t.start(), _title_at(f, t.start())), fuller[0]))
                    continue
                lineage = [i for i, w in enumerate(words) if w in LINEAGE]
                firsts = [i for i, w in enumerate(words[-3:]) if w in lex.first_names]
                if lineage and lineage[0] > 0 and name_length_ok(words[lineage[0] - 1:]):
                    words = words[lineage[0] - 1:]  # "سالم بن حمد الحارثی": from the word before its first «بن»
                elif firsts and not (len(tail) != len(before.rstrip()) and 2 <= len(words) <= 4
                                     and not _NOT_NAME.fullmatch(words[0]) and words[0] not in lex.function_words):
                    # (a name set off by its comma is whole: "حیان عبدالغنی، وزیر …"; a compound first name too:
                    # "به گفته علی اکبر X، وزیر …")
                    k = max(0, len(words) - 3) + firsts[0]
                    k -= k > 0 and lex.first_names.compound(words[k - 1:k + 2]) == 2
                    words = words[k:]
                elif not 2 <= len(words) <= 3 or piece is tail and t.start() > len(before):
                    continue
                if len(words) < 2:
                    continue  # a bare word before a title is too often a noun ("قدردانی رهبر انقلاب از …")
                if any(_NOT_NAME.fullmatch(w) or lex.title.fullmatch(w) or not w.isalpha() or w in lex.function_words
                       or w in _OCCASION_WORDS or _noun_plural(w, lex)
                       or lex.noun.fullmatch(w) or MEDIA.fullmatch(w) or _CHANNEL.fullmatch(w) for w in words) \
                        or lex.outlet.search(" ".join(words)) or _opens_lead_in(words) \
                        or words[0] in lex.frequent_words and words[0] not in lex.first_names \
                        and "".join(words[:2]) not in lex.first_names \
                        or words[0] in lex.frequent_words and all(w in lex.common_words and w not in lex.first_names
                                                                  for w in words[1:]):
                    # ("صلاح الدین": «صلاح‌الدین» apart; "در مسیر حرکت رئیس‌جمهور": an ezafe chain of common words,
                    # though «مسیر» is also a first name)
                    # "دیدار اخیر رهبر …", "بنابراین حضور اعضای …", "شبکه X می‌گوید …", "درخواست بی‌سابقه پادشاه …":
                    # no name before the title
                    continue
                stop_at = t.start() - (len(before) - len(tail))
                start = stop_at - len(" ".join(words))
                if fold(self.text[start:stop_at]).split() != words:
                    continue
            name = without_honorific(_clean(self.text[start:stop_at]))
            if not name or not name_length_ok(fold(name).split()) or lex.title.search(fold(name)) \
                    or find_date_expressions(fold(name)):
                continue  # ("پیش از این نیز، نوزدهم مهرماه، معاون …": a date set off by commas, no name)
            title = " ".join(f[t.start():close].split()) if close != -1 else _title_at(f, t.start())
            self.holders.append((_in_sentence(f, t.start(), title), name))
            if len(name.split()) >= 2:
                self.full_names.append(name)
                if self.first is None:
                    self.first = name

    def _holders_by_duty(self) -> None:
        """"یونس خلیل‌زاده که از سال گذشته ریاست اتاق تبریز را بر عهده دارد": the office a relative clause says the
        named person holds («ریاست X» is «رئیس X»)."""
        firsts = lexicon().first_names
        for m in _DUTY.finditer(self.folded):
            words = list(re.finditer(r"\S+", self.folded[max(0, m.start() - 60):m.start()]))[-3:]
            start = next((w for w in words if w.group() in firsts), None)
            if start is None:
                continue
            a = max(0, m.start() - 60) + start.start()
            name = _clean(self.text[a:m.start()])
            title = f"{_DUTIES[m.group('duty')]} {' '.join(m.group('of').split())}"
            self.holders.append((title, name))
            self.full_names.append(name)

    def _lead_holder(self) -> None:
        """"وزیر راه و شهرسازی که … سفر کرده است، …" and later "علیرضا پاک‌نهاد روز دوشنبه با …": a lead that opens
        with an office whose holder it never names beside it, and a body whose sentences open with one person only,
        never titled, named in full from a first name. That person holds the lead's office (and its short forms,
        "وزیر راه") when a sentence of theirs has a «با» side or the lead tells no contact."""
        if not self.spans:
            return
        a, b = self.spans[0]
        start = lead_in_end(self.folded, a, b)
        end = _SUBJECT_END.search(self.folded, start, b)
        if not end or not lexicon().title.match(self.folded, start):
            return
        parties = split_parties(self.folded, start, end.start())
        if len(parties) != 1 or not parties[0].role_only or group_party(self.folded[slice(*parties[0].name)]):
            return
        role = _in_sentence(self.folded, start, " ".join(self.folded[slice(*parties[0].name)].split()))
        if any(fit_score(role, t) for t, _ in self.holders):
            return
        lead = " ".join(self.folded[a:b].split())
        # (a «با» of their own, not in a sentence that tells the lead's contact back: "X در این تماس گزارش داد … با …")
        subjects = {(o["name"], bool(_WITH.search(self.folded, x, y)) and not _TOLD_BACK_IN.search(self.folded, x, y))
                    for x, y in self.spans[1:]
                    if (o := self.opener(x, y)) and not self.known(o["name"])
                    and _words(o["name"])[0] in lexicon().first_names  # (a person, not "تاکنون پاسخی")
                    and " ".join(_words(o["name"])) not in lead}  # (nor the lead's other side: "به سرپرستی X")
        # (one who only speaks "در این دیدار" may be the lead's other side: "… با فرمانده مرزبانی دیدار کرد. سردار X
        # در این دیدار گفت"; not so when the lead tells no contact: "… در نامه‌ای هشدار داد. X نوشته است …")
        told_contact = lexicon().noun.search(self.folded, a, b)
        if len({n for n, _ in subjects}) == 1 and (any(w for _, w in subjects) or not told_contact) \
                and len(_words(name := subjects.pop()[0])) >= 2:
            self.holders.append((role, name))

    def led_by(self, delegation: str) -> str | None:
        """"هیات پارلمانی ایران" where the article writes "هیات پارلمانی ایران به ریاست «X» …" (or "این هیأت …
        که ریاست آن را X بر عهده داشت"): X, its head, when the article names one delegation's head."""
        d = fold(delegation).split()
        head_of_this = bool(_HEAD_OF_THIS.fullmatch(" ".join(d)))  # "رئیس این هیئت": the head of the one told
        if not _DELEGATION_HEAD.match(" ".join(d)) and not head_of_this:
            return None
        heads = set()
        for m in _LED.finditer(self.folded):
            group = m.group("head") and "head" or m.group("quoted") and "quoted" or "led"
            words = set(m.group("who").split()) - _DELEGATION_WORDS
            name = self.fullest(without_honorific(_clean(self.text[m.start(group):glued_end(self.text, m.end(group))])))
            if lexicon().title.match(self.folded, m.start(group)):
                # "به ریاست نایب‌رئیس مجلس این کشور": an office heads it, named where the article names its holder
                role = _in_sentence(self.folded, m.start(group), _title_at(self.folded, m.start(group)))
                name = self.holder(role) or name
            if (head_of_this or set(d[1:]) & words) and name:
                heads.add(name)
        return heads.pop() if len(heads) == 1 else None

    def _by_surname(self, word: str) -> list[str]:
        """The full names the article gives that end in `word` (folded), each once."""
        return sorted({n for n in self.full_names if _words(n)[-1] == word})

    def first_person(self, title: str = "") -> dict | None:
        """Who an unresolved "وی"/"من" most likely is: the speaker of a "NAME: quote" headline, else the
        first person the article names with a title."""
        speaker = title.split(":")[0].strip(_STRIP_CHARS) if ":" in title else ""
        if speaker and len(speaker.split()) <= 3 and not lexicon().title.search(fold(speaker)):
            return {"name": self.fullest(speaker), "title": None, "organization": None, "country": None}
        name = self.first or (self.full_names[0] if self.full_names else None)
        return {"name": name, "title": None, "organization": None, "country": None} if name else None

    def subject_before(self, at: int) -> dict | None:
        """Who opens the sentence just before `at` ("حسن روحانی که … قرار داد. او …"): what a subject «او»/«وی»
        there refers to; None when that sentence opens with no name."""
        before = [(a, b) for a, b in self.spans if b <= at]
        return self.opener(*before[-1]) if before else None

    def speaker_at(self, at: int) -> dict | None:
        """Who is quoted at `at` ("چمران … گفت: … با شهردار گفت‌وگویی داشتم"): the name opening its sentence when
        a colon stands between; None otherwise."""
        here = [(a, b) for a, b in self.spans if a <= at < b]
        if here and ":" not in self.folded[here[0][0]:at]:
            # "بنیامین نتانیاهو:⏎ من … رفتم": a line of its own that ends in a colon names who speaks below it
            before = [(a, b) for a, b in self.spans if b <= here[0][0]]
            here = before[-1:] if before and self.folded[before[-1][0]:before[-1][1]].rstrip().endswith(":") else []
        return (self.opener(*here[0]) or self._role_speaker(*here[0])) if here else None

    def _role_speaker(self, a: int, b: int) -> dict | None:
        """"استاندار خوزستان در جمع خبرنگاران گفت: «… دیدار کردم»": the office that opens the quoting sentence,
        when it names no one."""
        start = lead_in_end(self.folded, a, b)
        said = _SAID.search(self.folded, start, b)
        parties = split_parties(self.folded, start, said.start()) if said and lexicon().title.match(self.folded, start) else []
        if len(parties) != 1 or not parties[0].role_only or group_party(self.folded[slice(*parties[0].name)]):
            return None
        return participant(self.text, parties[0], self, None)

    def opener(self, a: int, b: int) -> dict | None:
        """The person whose name opens folded[a:b], by a name the article gives or a name-like opening."""
        start = lead_in_end(self.folded, a, b)
        lex = lexicon()
        honored = False
        while True:  # "همچنین X نیز …", "حجت‌الاسلام X …", "آیت‌الله X …" (two words once folded)
            at = start + len(self.folded[start:b]) - len(self.folded[start:b].lstrip())
            h = lex.honorific.match(self.folded, at, b)
            word = re.match(r"[^\s«»\":]+", self.folded[at:b])
            if h and self.folded[h.end():h.end() + 1] == " ":
                start, honored = h.end(), True
            elif word and word.group() in _CONNECTORS:
                start = at + word.end()
            else:
                break
        words = list(islice(re.finditer(r"[^\s«»\":]+|:", self.folded[start:b]), _OPENING_WORDS))
        opening = " ".join(w.group() for w in words) + " "
        if words and (trip := _OPENING_PHRASE.match(opening)):
            # "در جریان این سفر X …": the clause's opening phrase, then its subject
            return self.opener(start + words[0].start() + len(trip.group()), b)
        if words and lex.title.match(opening):
            titled = self._titled_opener(start + words[0].start(), b)
            if titled:
                return titled
        for full in sorted(self.full_names, key=len, reverse=True):
            if opening.startswith(" ".join(_words(full)) + " "):
                return _person(self.fullest(full))
        words = _glued(words, self.text[start:b])  # («زرین‌قلم» is one word of the text though two once folded)
        size = _opening_name(words, honored)
        if not size and len(words) > 1 and words[1].group() in _NAME_ENDS:
            # "چمران در پاسخ … گفت:": one word the article gives in full elsewhere («مهدی چمران»)
            alone = _clean(self.text[start + words[0].start():start + words[0].end()])
            fuller = self.fullest(alone)
            return _person(fuller) if len(_words(fuller)) > len(_words(alone)) else None
        if not size:
            return None
        return _person(self.fullest(_clean(self.text[start + words[0].start():start + words[size - 1].end()])))

    def _titled_opener(self, a: int, b: int) -> dict | None:
        """"نمایندۀ خاص آمریکا زلمی خلیلزاد با …": a role that opens the sentence with its holder named after it."""
        end = _SUBJECT_END.search(self.folded, a, b)
        parties = split_parties(self.folded, a, end.start()) if end else []
        if len(parties) != 1 or parties[0].role_only or parties[0].pronoun or parties[0].title is None:
            return None
        x, y = parties[0].name
        name = _clean(self.text[x:y])
        if any(w in lexicon().common_words for w in _words(name)):
            return None  # "عضو کمیسیون عمران مجلس": a body's name after the role, not its holder
        return _person(self.fullest(name))

    def fullest(self, name: str) -> str:
        """The longest form of `name` the article gives ("خاجی" -> "علی‌اصغر خاجی")."""
        toks = _words(name)
        if not toks:
            return name
        best = name
        for full in self.full_names:
            ft = _words(full)
            if len(ft) > len(_words(best)) and ft[-len(toks):] == toks:
                best = full
        if best == name and len(toks) == 1:
            lex = lexicon()
            pat = folded_rx(r"(?<!\w)(\w+) " + re.escape(toks[0]) + r"(?!\w)")
            for m in pat.finditer(self.folded):
                if m.group(1) in lex.first_names:
                    start = m.start()
                    while start > 0 and self.text[start - 1] == "\u200c":  # "حسین‌علی": a first name of two, glued
                        start = self.folded.rfind(" ", 0, start - 1) + 1
                    best = _clean(self.text[start:m.end()])
                    break
        return best

    @cached_property
    def _quoted(self) -> list[re.Match]:
        """Every "NAME گفت / افزود / در این دیدار …" at a sentence's start, and a headline "NAME: …" above the
        lead, found once per article."""
        return [m for m in _SPEAKER.finditer(self.folded) if not m.group("colon") or self._headline_start(m.start("name"))]

    def speakers(self, bare: bool = False) -> list[str]:
        """People the article quotes by name at the start of a sentence ("مجید صفائی گفت: …"); with `bare`, also
        a surname alone ("رحمانی افزود") that is no title, place, body or common word."""
        lex = lexicon()
        out: list[str] = []
        for m in self._quoted:
            a, b = cut(self.folded, *m.span("name"))
            titled = lex.title.search(self.folded, a, b)  # "امام جمعه رشت گفت": a title, not «امام» and a name
            honored = False
            while (h := lex.honorific.match(self.folded, a, b)) and h.end() < b:
                a, honored = h.end() + 1, True
            words = self.folded[a:b].split()
            if not 1 <= len(words) <= 4 or titled or lex.outlet.search(self.folded, a, b) \
                    or any(_NOT_NAME.fullmatch(w) or w in lex.function_words for w in words):
                continue  # (not "آریانا نیوز: …", an outlet's line)
            # "عراقچی در این دیدار افزود" where the article names «سید عباس عراقچی» elsewhere: that person
            name = self.fullest(_clean(self.text[a:b]))
            fuller = len(_words(name)) > len(words)
            known = words[0] in lex.first_names and len(_words(name)) >= 2  # not "نوری" alone
            # "کوئیچیرو ماتسورا نیز در این دیدار …": a full name said in this meeting is one of its people;
            # a headline "ولایتی: …" above the lead quotes that person (not an outlet: "رویترز: …")
            # ("در این دیدار پیتر برگ گفت …": the back-reference may open the sentence, before the name)
            # ("کنجی ماتسودا که … اداره می‌کند، گفت": a full name a relative clause sets apart is a person too)
            back = (m.group("back") or m.group("front") or m.group("that")) and (fuller or len(words) >= 2 and bare_name(words))
            back = back or m.group("colon") and bare_name(words) and not lex.outlet.search(self.folded, a, b) \
                and not any(w in lex.frequent_words for w in words)  # "پلیس: …" is a body's statement
            if not (honored or known or back or bare and bare_name(words)):
                continue
            if not any(same_person(name, o) for o in out):
                out.append(name)
        return out

    def quoted_roles(self) -> list[str]:
        """Offices the article quotes at the start of a sentence ("امام جمعه دیلم گفت: …"), folded."""
        lex = lexicon()
        return [" ".join(self.folded[slice(*m.span("name"))].split()) for m in self._quoted
                if lex.title.match(self.folded, *m.span("name"))]

    def _headline_start(self, at: int) -> bool:
        """Does `at` open the article's first line (after honorifics), a headline above its lead?"""
        line = self.folded[:at]
        return "\n" not in line and "\n" in self.folded and not strip_honorifics(line.strip(), lexicon()).strip()

    def speaks(self, role: str) -> bool:
        """Is the role quoted at the start of a sentence, by itself, its head or «وی» ("رئیس‌جمهور با اشاره به …
        گفت", "استاندار در این دیدار گفت", "وی افزود")?"""
        role = " ".join(fold(role).split())
        for m in self._quoted:
            said = " ".join(self.folded[slice(*m.span("name"))].split())
            if PRONOUN.fullmatch(said) or role == said or role.startswith(said + " ") and lexicon().title.fullmatch(said):
                return True
        return False

    def known(self, name: str) -> bool:
        """Does the article name this person with a title somewhere ("خاجی دستیار …")?"""
        return any(same_person(name, held) for _, held in self.holders)

    def registered(self, role: str) -> str | None:
        """The person the office register (office_holders.tsv) gives for a role, when the article itself names
        that person ("رئیس مجلس در دیدار با …" under the headline "قالیباف: …"), in the article's fullest form.
        None when no listed holder of the office, or more than one, is named in the article, or when the
        publication day is known and the one named was not in office on it."""
        found: list[str] = []
        for row in _register():
            if self.day and not row.fits_from <= self.day <= row.fits_to:
                continue
            if not fit_score(role, f"{row.office} {row.country}"):
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(_surname(row.name)) + r"(?!\w)", self.folded):
                if self._other_bearer(m.start(), row.name):
                    continue
                start = self._name_start(m.start(), row.name)  # "رحمانی فضلی", "محمد بن عبدالرحمن آل ثانی"
                named = self.fullest(_clean(self.text[start:m.end()]))
                if same_person(named, row.name) and not any(same_person(named, f) for f in found):
                    found.append(named)
            if not found and row.office.split()[0] in _RULERS and (ruler := self._ruler_by_first_name(row.name)):
                found.append(ruler)
        return found[0] if len(found) == 1 else None

    def _ruler_by_first_name(self, name: str) -> str | None:
        """"شیخ تمیم", "ملک عبدالله دوم": a ruler the article names by a royal honorific and the first name (and
        any words after it the register's name shares), as written; None when it does not."""
        words = [w for w in fold(name).split() if w not in _ROYAL]
        if not words:
            return None
        m = re.search(r"(?<!\S)(?:" + "|".join(_ROYAL) + r") (" + re.escape(words[0]) + r")(?!\S)", self.folded)
        if not m:
            return None
        end = m.end(1)
        for w in words[1:]:
            nxt = re.match(r" " + re.escape(w) + r"(?!\S)", self.folded[end:])
            if not nxt:
                break
            end += nxt.end()
        return _clean(self.text[m.start(1):end])

    def _name_start(self, at: int, name: str) -> int:
        """Where the name whose surname starts at `at` starts: back over the words it shares with `name`."""
        words = set(fold(name).split())
        while True:
            prev = re.search(r"(\S+)\s+$", self.folded[max(0, at - 40):at])
            if not prev or prev.group(1) not in words:
                return at
            at -= len(prev.group())

    def titled(self, role: str) -> tuple[str, str] | None:
        """"رئیس‌جمهور ترامپ", "وزیر خارجه عراقچی": an office, then the surname of a holder the office register
        lists for it: (the article's fullest form of the name, the office as written); None otherwise."""
        office, _, last = role.strip().rpartition(" ")
        if not office or not lexicon().title.match(fold(office).strip()):
            return None
        for row in _surnamed().get(_surname(last), ()):
            written = office if shape(office).country else f"{office} {row.country}"  # the surname says whose
            if fit_score(written, f"{row.office} {row.country}"):
                return self.fullest(last), office
        return None

    def this_body(self, name: str, at: int) -> str:
        """"اعضای این مجلس" after "مجلس خبرگان رهبری": the body the demonstrative points back to, as written."""
        m = _THIS_BODY.search(fold(name))
        if not m:
            return name
        if m.group(1) == "شهید":
            # "خانواده این شهید" after "منزل شهید مدافع حرم X Y": the martyr named last before
            named = [n for n in _MARTYR.finditer(self.folded, 0, at) if n.group("first") in lexicon().first_names]
            if not named:
                return name
            end = glued_end(self.text, named[-1].end())  # (a surname glued by a ZWNJ: «نوری‌وند»)
            martyr = _clean(self.text[named[-1].start("first"):end])
            return _clean(name[:m.start()] + "شهید " + martyr + name[m.end():])
        if m.group(1) == "شهر":
            # "تعدادی از ساکنان این شهر مقدس" after "نجف": the city named last before
            cities = [c for c in lexicon().country.finditer(self.folded, 0, at) if " ".join(c.group().split())
                      in lexicon().cities]
            city = _THIS_CITY.search(name)
            if cities and city:
                return _clean(name[:city.start()] + " " + self.text[cities[-1].start():cities[-1].end()])
            return name
        bodies = [b for b in lexicon().organization.finditer(self.folded, 0, at) if b.group().split()[0] == m.group(1)]
        named_before = False
        if not bodies and _BODY_NOUN.fullmatch(m.group(1)):
            # "یک عضو مجمع نمایندگان استان مرکزی از دیدار اعضای این مجمع …": the body the noun last named in full
            bodies = [b for b in re.finditer(r"(?<!\w)" + re.escape(m.group(1)) + r"(?: [^\s،,.:؛«»]+){1,4}", self.folded[:at])
                      if not self.folded[:b.start()].endswith(("این ", "همین "))]
            named_before = True
        if not bodies:
            return name
        a, b = cut(self.folded, bodies[-1].start(), min(len(self.folded), bodies[-1].start() + 60))
        end = b if named_before else max(b, bodies[-1].end())
        # "مجلس خبرگان رهبری", up to a stop word; a body written with commas whole ("اتاق بازرگانی، صنایع، معادن و
        # کشاورزی"), never ending on «و»
        words = self.text[a:end].split()
        named = len(self.text[bodies[-1].start():bodies[-1].end()].split())
        # (and the city the body is of, right after its name: "اتاق بازرگانی، صنایع، معادن و کشاورزی تبریز")
        city = named < len(words) and " ".join(fold(words[named]).split()) in lexicon().cities
        words = words[:max(5, named + city)]
        if not named_before and (ends := [i for i in range(named - 1, len(words)) if words[i].endswith(("،", ","))]):
            # "به نقل از بانک مرکزی، X در دیدار با مدیران … این بانک": a comma past the listed body's name closes it
            words = words[:ends[0]] + [words[ends[0]].rstrip("،,")]
        words = list(itertools.takewhile(lambda w: not VERB_WORD.fullmatch(fold(w)), words))  # "… اصفهان آمد و"
        lex = lexicon()
        titled = (i for i, w in enumerate(words[:-1]) if w.endswith(("،", ",")) and (
            lex.title.match(fold(words[i + 1])) or lex.honorific.match(fold(words[i + 1]))
            or fold(words[i + 1]) in lex.first_names and fold(words[i + 1]) not in lex.common_words))
        if named_before and (comma := next(titled, None)) is not None:
            # "حزب همگامان توسعه، دبیرکل این حزب", "… سازمان بنادر و دریانوردی، کاظم نوری در دیدار با مدیران این
            # سازمان": up to the comma a title or a name follows (not "کمیسیون آموزش، تحقیقات و …")
            words = words[:comma] + [words[comma].rstrip("،,")]
        while words and words[-1] == "و":
            words.pop()
        body = _clean(" ".join(words))
        return _clean(name[:m.start()] + body + name[m.end():])

    def listed(self, name: str) -> bool:
        """Is `name` a holder the office register lists ("عراقچی"): a person, not an outlet?"""
        return any(same_person(name, row.name) for row in _surnamed().get(_surname(name), ()))

    def _other_bearer(self, at: int, name: str) -> bool:
        """Does the surname at `at` belong to someone else than `name` ("سید هادی خامنه‌ای", "خلیفه آل ثانی")?
        Past the words it shares with `name`, a first name or a particle of lineage still goes on with the name."""
        lex = lexicon()
        own = set(_words(name))
        for w in reversed(re.findall(r"[^\s«»\"]+", self.folded[max(0, at - 60):at])):
            if w in own:
                continue
            return w in lex.first_names or w in LINEAGE
        return False

    def holder(self, role: str, others: tuple[str, ...] = ()) -> str | None:
        """The named person the article gives for a role-only party ("دستیار ارشد …" -> "خاجی"); None when
        none fits, or when two different people's titles both fit it (two opposition leaders, two envoys). The
        `others` of the same contact are not its holder ("وزیر کشور" X with "وزیر کشور عراق": not X)."""
        fits = sorted(((fit_score(role, t), n) for t, n in self.holders
                       if not any(same_person(n, o) for o in others)), key=lambda x: -x[0])
        fits = [n for score, n in fits if score] or self._head_holders(role, others)
        if not fits or any(not same_person(fits[0], n) for n in fits[1:]):
            return None
        return fits[0]

    def _head_holders(self, role: str, others: tuple[str, ...]) -> list[str]:
        """"با استاندار" after "بیژن کاکاوند، استاندار لرستان": an office of one word, written bare, is held by
        whoever the article names with a title of that head word (the caller takes them only when one person)."""
        words = fold(role).split()
        if len(words) != 1 or not lexicon().title.fullmatch(words[0]):
            return []
        return [n for t, n in self.holders if t.split()[:1] == words and not any(same_person(n, o) for o in others)]


def participant(src: str, p: Party, resolver: Resolver, antecedent: dict | None, anchored: bool = False,
                resolve: bool = True, others: tuple[str, ...] = ()) -> dict | None:
    """The gold-format participant for party `p` found in `src` (the text or the title).

    A weak party (bare words, no title, no known first name) is kept when the article gives a fuller
    form of it, or when it stands beside a strong party in the contact's own frame (`anchored`: "دیدار خاتمی با
    میرحسین موسوی", "X با هانس مولر دیدار کرد": a name need not start with a first name the lexicon knows)."""
    lex = lexicon()
    if p.pronoun:
        return dict(antecedent) if antecedent else None
    folded = resolver.folded if src is resolver.text else fold(src)
    name = _as_written(p.literal, src, folded) if p.literal else _clean(src[p.name[0]:p.name[1]])
    title = _clean(src[p.title[0]:p.title[1]]) if p.title else p.role
    if not name:
        return None
    if src is resolver.text and _THIS_ONE.match(fold(name)) and (host := host_of_place(resolver.folded, p.name[0])):
        # "در بیت آیت‌الله X با این مرجع تقلید": «این …» is the host of the house or office named just before
        return {"name": resolver.fullest(_clean(src[host[0]:host[1]])), "title": _clean(name.split(" ", 1)[1]),
                "organization": None, "country": None}
    written = None  # an unnamed counterpart as written ("همتای روس"): its name once no one is found for the office
    if p.role_only and src is resolver.text:
        name = resolver.this_body(name, p.name[0])  # "رئیس این اتاق": the body's own name, then its holder
    if p.role_only and (titled := resolver.titled(name)):
        name, title = titled  # "رئیس‌جمهور ترامپ": the office, then its listed holder's surname
    elif p.role_only:
        name = _polite_role(name)
        held = resolver.led_by(name) or (None if group_party(fold(name)) or not resolve
                                         else resolver.holder(name, others) or resolver.registered(name))
        if held:
            name, title = held, title or name
        else:
            title = title or (name if p.literal else None)
            name = _without_own(name)  # "اعضای دفتر خود" -> "اعضای دفتر": the subject's own is no part of the name
            written = _one_counterpart(src[p.name[0]:p.name[1]]) if p.literal else None
    else:
        fuller = resolver.fullest(name)
        if p.weak and fuller == name and not resolver.known(name) and not (anchored and len(name.split()) <= 3) \
                and not resolver.listed(name):
            return None
        name = fuller
    if src is resolver.text and not p.role_only:
        name = resolver.this_body(name, p.name[0])
    basis = fold(title or (name if p.role_only else ""))
    if p.title and src is resolver.text:
        basis = _in_sentence(resolver.folded, p.title[0], basis)
        # "سراج‌الدین مهرالدین، وزیر خارجه این کشور" after "وزارت خارجه تاجیکستان": the country named before
        basis = with_country(resolver.folded, max(0, p.title[0] - 300), p.title[0], basis)
    country = None
    # "همتای هندیاش": an adjective of country with a possessive glued where the text lost its ZWNJ
    m = lex.country.search(basis) or lex.country.search(unglue_possessive(basis))
    if m:
        country = lex.country_in(m.group())
    elif _OWN_COUNTRY.search(basis):
        country = "ایران"
    org = None
    if _FOREIGN_MINISTRY.search(basis):
        org = "وزارت امور خارجه"
    else:
        o = lex.organization.search(basis)
        if o:
            org = _clean((title or name)[o.start():o.end()])
    country, org = tag_body(basis, country, org)
    person = {"name": name, "title": title, "organization": org, "country": country}
    if written:
        person["_written"] = written
    return person


def _surname(name: str) -> str:
    """A name's last word as written, folded ("سید علی خامنه‌ای" -> "خامنه ای"); "" for no name."""
    words = name.split()
    return " ".join(fold(words[-1]).split()) if words else ""


@lru_cache(maxsize=1)
def _surnamed() -> dict[str, list]:
    """The office register's rows by their holder's surname ("عراقچی" -> the foreign minister's row)."""
    out: dict[str, list] = {}
    for row in _register():
        out.setdefault(_surname(row.name), []).append(row)
    return out


def _register():
    """The office register's rows (pipeline/events/data/office_holders.tsv, read by pipeline.registry.seed)."""
    from pipeline.registry.seed import seed_rows  # imported here: pipeline.registry stores through this module

    return seed_rows()


def without_honorific(name: str) -> str:
    """"آیت‌الله مشکینی" -> "مشکینی": a name as GUIDE.md writes it, without the honorifics before it."""
    while (h := lexicon().honorific.match(fold(name))) and h.end() < len(name):
        name = name[h.end():].strip()
    return name


def _as_written(literal: str, src: str, folded: str) -> str:
    """A role composed over folded text ("وزیر اموزش و پرورش"), each word as the text writes it ("آموزش")."""
    words = []
    for w in literal.split():
        m = re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", folded)
        words.append(src[m.start():m.end()] if m else w)
    return " ".join(words)


def _title_at(f: str, at: int) -> str:
    """The title that starts at `at`, up to what ends it ("… وزیر امور خارجه و مارتا لیندبرگ معاون …": not past the
    next person, a name then a title; "و سیاست خارجی" goes on)."""
    return " ".join(f[at:_title_end(f, at)].split())


def _title_end(f: str, at: int) -> int:
    """Where the title that starts at `at` ends (see `_title_at`)."""
    lex = lexicon()
    stop = _TITLE_END.search(f, at, min(len(f), at + 120))
    end = stop.start() if stop else min(len(f), at + 120)
    nxt = _next_person().search(f, at, end + 60)
    if nxt and nxt.start() < end and not lex.title.search(nxt.group()) and not _NOT_NAME.fullmatch(nxt.group(1)):
        end = nxt.start()
    return end


def _apposed_name(f: str, end: int, text: str) -> tuple[int, int] | None:
    """"نخست‌وزیر هند، راجیو کاپور، گفت": the span of a name of two or three words set off by commas right after
    the title that ends at `end`: past a first name, no title, place, body or common word (a surname's parts a ZWNJ
    glues in `text` are one word: «خوش‌اخلاق», not «اخلاق»)."""
    m = _APPOSED_AFTER.match(f, end)
    if not m:
        return None
    words, lex = m.group(1).split(), lexicon()
    # (a first name that is also a word, «بهمن», opens it when the rest is a surname: "مدیر …، بهمن X،")
    first = words[0] in lex.first_names or words[0] in lex.word_first_names
    glued = ["".join(fold(w).split()) for w in text[m.start(1):m.end(1)].split()]
    if not (bare_name(words[first:]) or len(glued) < len(words) and bare_name(glued[first:])) \
            or any(_NOT_NAME.fullmatch(w) or w in lex.function_words for w in words):
        return None
    return m.span(1)


def _noun_plural(word: str, lex) -> bool:
    """"سفرهای", "برنامه‌ها": a noun's plural in «ها», no word of a name ("سفرهای استانی رئیس قوه قضاییه")."""
    stem = re.sub(r" ?(?:های|ها|هایی)$", "", word)
    return stem != word and stem in lex.nouns


def _person(name: str) -> dict:
    return {"name": name, "title": None, "organization": None, "country": None}


class _Word:
    """A word of the folded text as `re.Match` gives it (group, start, end), two folded words a ZWNJ glued made one."""

    def __init__(self, word: str, start: int, end: int):
        self.word, self.at, self.to = word, start, end

    def group(self) -> str:
        return self.word

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


def _glued(words: list, text: str) -> list:
    """`words` (matches over a folded span) with those the original `text` of the span joins by a ZWNJ made one."""
    out: list = []
    for w in words:
        if out and text[out[-1].end():w.start()] == "\u200c":
            out[-1] = _Word(out[-1].group() + w.group(), out[-1].start(), w.end())
        else:
            out.append(w)
    return out


def _opening_name(words: list[re.Match], honored: bool) -> int:
    """How many opening words are a name, up to a word that ends one: "حسن روحانی که …" (a first name, then the
    surname), "روحانی …" or "سید محمدعلی علوی گرگانی از …" after an honorific, "واعظی آشتیانی نیز …" (plain words);
    0 when none."""
    text, lex = [w.group() for w in words], lexicon()
    first = 1 if len(text) > 1 and text[0] in lex.first_names and text[1] not in _NAME_ENDS else 0
    size = next((i for i, w in enumerate(text[:5 if honored or first else 4]) if w in _NAME_ENDS), 0)
    n = 3 if len(text) > 2 and text[2] in lex.surname_endings else 2  # («نمازی پور»: an ending written apart)
    if not size and first and len(text) > n and text[1] not in lex.first_names and text[n] in lex.common_words:
        size = n  # "مجتبی خسروانی قول داد …": a first name, one surname, then the clause's common words
    # («رحیمی‌پور» folds to «رحیمی پور»: a surname and its ending)
    glued = size == first + 2 and text[first + 1] in lex.surname_endings and bare_name(text[first:first + 1])
    if size <= first or not (glued or bare_name(text[first:size])):
        return 0
    return size


def _opens_lead_in(words: list[str]) -> bool:
    """«بربنیاد خبرنامه طالبان، وزیر …»: a source's lead-in (one word or two) before the title, no name."""
    lead = " ".join(words) + "،"
    return lead_in_end(lead, 0, len(lead)) > 0


def bare_name(words: list[str]) -> bool:
    """Could these one to three words be a surname alone: no title, place, body, cue noun or common word?"""
    lex = lexicon()
    phrase = " ".join(words)
    # (nor a pronoun or particle, "آنچه که باعث شده …", nor a plural noun with the indefinite «ی», "توافقاتی هم …")
    return (all(w.isalpha() and w not in lex.common_words and w not in lex.plural_nouns and w not in lex.function_words
                and not (w.endswith("ی") and w[:-1] in lex.plural_nouns) for w in words)
            and not any(rx.search(phrase) for rx in (lex.title, lex.country, lex.organization, lex.noun, lex.outlet))
            and phrase not in lex.cities)


@lru_cache(maxsize=1)
def _next_person() -> re.Pattern:
    """" و NAME TITLE" (a name of two or three words): another person joined to a title by «و»."""
    return folded_rx(r" و (\w+)(?: \w+){1,5}? (?=" + lexicon().title.pattern + ")")  # names of lineage run long


def _in_sentence(f: str, at: int, role: str) -> str:
    """The role with «این کشور» read as the country named before `at` in the same sentence."""
    return with_country(f, max(f.rfind(c, 0, at) for c in ".\n؛") + 1, at, role)


def _polite_role(role: str) -> str:
    """"ریاست محترم جمهور" -> "رئیس جمهور": the polite form of a role, as the plain role."""
    role = re.sub(B + "(?:" + "|".join(POLITE) + ")" + E + r"\s*", "", role)
    return re.sub(r"^ریاست" + E, "رئیس", re.sub(r"^رياست" + E, "رئیس", role)).strip()


_THIS_ONE = folded_rx(r"(?:این|همین) \S")


_ONE_COUNTERPART = folded_rx(r"همتای (?P<adj>[^\s،,]+?)(?: ?(?:اش|ش)| (?:خود|خویش|وی|او))?")


def _one_counterpart(written: str) -> str | None:
    """"همتای روس خود" -> "همتای روس": one counterpart as written, without whose it is; None for anything else."""
    written = _clean(written)
    m = _ONE_COUNTERPART.fullmatch(fold(written))  # (span_fold keeps offsets: the adjective as written)
    return f"همتای {written[m.start('adj'):m.end('adj')]}" if m else None


def _without_own(role: str) -> str:
    """"اعضای دفتر خود" -> "اعضای دفتر": a trailing reflexive says whose, already the subject; GUIDE.md writes the
    group. (A counterpart keeps it: "همتای روس خود" is resolved when the events are merged.)"""
    words = role.split()
    if len(words) > 2 and words[-1] in ("خود", "خویش") and not words[0].startswith("همتا"):
        return " ".join(words[:-1])
    return role


def _clean(s: str) -> str:
    """`s` without quotes, edge punctuation and a closing parenthetical gloss ("جبهه ملی (اپوزیسیون سوریه)")."""
    s = _GLOSS.sub("", s.strip(_STRIP_CHARS)) or s
    return " ".join(s.strip(_STRIP_CHARS).replace("«", "").replace("»", "").replace('"', "").split())


_GLOSS = re.compile(r"\s+\([^()]*\)?$")
