"""A parliamentary committee's session that outside parties attended (pure).

GUIDE.md: a session of one body on its own is no event "unless a named outside party meets it". Parliament news
tells such sessions in these shapes, with the committee named in the clause or earlier in the sentence (or, after
"در این جلسه", earlier in the article):
- "جلسه امروز کمیسیون X (که) با حضور A و B برگزار شد"
- "در جلسه امروز کمیسیون A و B حضور یافتند" (the first office after the committee's word opens the guests)
- "(در جلسه امروز) A با حضور در کمیسیون X گزارشی … ارائه کرد"
- "با اشاره به حضور A در (جلسه) این کمیسیون"
- "نکته مهم در جلسه امروز کمیسیون X حضور A بود"
The committee is one party, in the fullest form the article writes it; its own members are never its guests."""

from __future__ import annotations

import re

from pipeline.events.lexicon import B, E, lexicon
from pipeline.events.parties import VERB_WORD, Party, plausible, split_parties
from pipeline.events.text import folded_rx

_BODY = folded_rx(B + r"(?:این )?(?:کمیسیون|فراکسیون)(?:های)?" + E)
_SESSION = r"(?:جلسه|نشست)(?: امروز| دیروز| روز [^\s،,.:؛]+| صبح| عصر| بعدازظهر| (?:\([^()]{1,30}\)))*"
_HELD = folded_rx(B + _SESSION + r"(?P<mid>[^.:؛]{0,120}?)(?:[،,]? که)? با حضور (?P<who>[^.:؛]{3,300}?) "
                  r"(?:برگزار|تشکیل) (?:شد|گردید)" + E)
_ATTENDED = folded_rx(B + r"در (?:این )?" + _SESSION + r"(?P<mid>[^.:؛]{3,200}?) (?:نیز )?(?:حضور|شرکت) (?:یافتند|یافت|داشتند|داشت)" + E)
_CAME_IN = folded_rx(B + r"با حضور در (?:جلسه |نشست )?(?:امروز )?(?P<body>(?:این )?(?:کمیسیون|فراکسیون))" + E)
# (not a presence asked for: "خواستار حضور وزیر نیرو در کمیسیون … شده‌اند")
_PRESENCE_OF = folded_rx(B + r"(?<!خواستار )(?<!درخواست )(?<!خواهان )(?<!تقاضای )حضور (?P<who>[^.:؛]{3,150}?) در (?:جلسه |نشست )?(?:امروز )?(?P<body>(?:این )?(?:کمیسیون|فراکسیون))" + E)
# "نکته مهم در جلسه امروز کمیسیون بهداشت حضور انجمن X بود": the presence told as the session's news
_PRESENCE_WAS = folded_rx(B + r"در (?:این )?" + _SESSION + r"(?P<mid>[^.:؛]{0,80}?) حضور (?!داشت|یافت)(?P<who>[^.:؛،,]{3,150}?) بود" + E)
_THIS_SESSION = folded_rx(B + r"در (?:این|همین) (?:جلسه|نشست)" + E)
_CLAUSE_END = folded_rx(r"[.:؛]")
_OPENING_SESSION = folded_rx(r"\s*(?:در|طی) " + _SESSION + r"\s+")
# the list of guests ends where the session's purpose begins
_PURPOSE = folded_rx(B + r"(?:به منظور|برای|جهت|با هدف|با موضوع|درباره|پیرامون|در خصوص|در زمینه|در مورد)" + E)
# the committee's own people: members, its officers, the MPs
_MEMBER = folded_rx(r"(?:(?:\S+ ){0,3}(?:از )?اعضا(?:ی)?|عضو|همکاران|نمایندگان(?: مجلس| مردم)?|نماینده (?:مردم|مجلس)|(?:رئیس|رییس|نایب ?رئیس|"
                    r"نایب ?رییس|سخنگو(?:ی)?|دبیر|منشی) (?:این )?(?:کمیسیون|فراکسیون)|کمیسیون|فراکسیون)" + E)
# words that end a committee's name: the clause's words, time words, a title opening its guests
_NAME_STOP = folded_rx(r"(?:که|با|در|گفت|امروز|دیروز|بعدازظهر|صبح|عصر|به|از|را|حضور|برگزار|تشکیل|بیان|اظهار|کرد|"
                       r"شد|بود|است|پرداخت)" + E)
_PARLIAMENT = folded_rx(r"مجلس(?: شورای اسلامی)?" + E)
_SOME = folded_rx(B + r"(?:برخی|بعضی|تعدادی|شماری|جمعی|عده ?ای)(?: از)? $")
# a guest told with a pronoun's possessive ("معاونان وی"): whose, the text does not settle here
_OWNED = folded_rx(r"\s(?:وی|او|ایشان|خود)$")


def session_parties(folded: str, start: int, end: int) -> tuple[int, list[Party]] | None:
    """(cue position, parties) of a committee's session with outside guests told in folded[start:end], or None."""
    # (the committee named in the sentence, or before it when the sentence says «در این جلسه»; the sentence's own
    # words are read first, so most sentences cost no scan of the whole article)
    if not (_BODY.search(folded, start, end) or _THIS_SESSION.search(folded, start, end)
            and _BODY.search(folded, 0, start)) or "مجلس" not in folded:
        return None
    for read in (_held, _attended, _came_in, _presence_of, _presence_was):
        if found := read(folded, start, end):
            cue, body_at, guests = found
            guests = [p for p in guests if plausible(folded, p, lexicon()) and not p.pronoun and not member(folded, p)
                      and not _OWNED.search(folded[p.name[0]:p.name[1]].rstrip())]
            body = _body(folded, body_at)
            if guests and body:
                return cue, [Party(name=body, role_only=True), *guests]
    return None


def member(folded: str, party: Party) -> bool:
    """Is the party a body's own people ("اعضای کمیسیون", "۳۰ تن از اعضای آن", "نمایندگان مجلس")?"""
    return bool(_MEMBER.match(folded, party.name[0]))


def _held(folded: str, start: int, end: int) -> tuple[int, tuple[int, int], list[Party]] | None:
    m = _HELD.search(folded, start, end)
    if not m:
        return None
    body = _committee(folded, start, m)
    stop = _PURPOSE.search(folded, m.start("who"), m.end("who"))
    return (m.start(), body, split_parties(folded, m.start("who"), stop.start() if stop else m.end("who"))) if body else None


def _attended(folded: str, start: int, end: int) -> tuple[int, tuple[int, int], list[Party]] | None:
    m = _ATTENDED.search(folded, start, end)
    if not m:
        return None
    body = _committee(folded, start, m)
    if not body:
        return None
    lex = lexicon()
    # the guests open with the first office after the committee's word ("کمیسیون وزیر کشور و استاندار …")
    after = max(body[0] + len(folded[body[0]:].split(" ", 1)[0]), m.start("mid"))
    opens = [after + w.start() for w in re.finditer(r"(?<!\S)\S", folded[after:m.end("mid")])
             if lex.title.match(folded, after + w.start())]
    if not opens:
        return None
    some = _SOME.search(folded, after, opens[0])  # "برخی مقامات دولتی": the quantifier is the guests' too
    return m.start(), (body[0], min(body[1], opens[0])), split_parties(folded, some.start() if some else opens[0], m.end("mid"))


def _came_in(folded: str, start: int, end: int) -> tuple[int, tuple[int, int], list[Party]] | None:
    m = _CAME_IN.search(folded, start, end)
    if not m or _planned(folded, m.start(), end):
        return None
    clause = max(start, folded.rfind(":", start, m.start()) + 1, folded.rfind("،", start, m.start()) + 1)
    opening = _OPENING_SESSION.match(folded, clause, m.start())
    return m.start(), (m.start("body"), m.end("body")), split_parties(folded, opening.end() if opening else clause, m.start())


def _presence_of(folded: str, start: int, end: int) -> tuple[int, tuple[int, int], list[Party]] | None:
    m = _PRESENCE_OF.search(folded, start, end)
    if not m or _planned(folded, m.start(), end):
        return None
    return m.start(), (m.start("body"), m.end("body")), split_parties(folded, m.start("who"), m.end("who"))


def _presence_was(folded: str, start: int, end: int) -> tuple[int, tuple[int, int], list[Party]] | None:
    m = _PRESENCE_WAS.search(folded, start, end)
    body = _committee(folded, start, m) if m else None
    return (m.start(), body, split_parties(folded, m.start("who"), m.end("who"))) if body else None


def _committee(folded: str, start: int, m: re.Match) -> tuple[int, int] | None:
    """The committee whose session `m` tells: named in its clause, else before it in the sentence, else (for
    "در این جلسه") last before the sentence."""
    return _body_span(folded, m.start("mid"), m.end("mid")) or _body_span(folded, start, m.start(), last=True) \
        or (_body_span(folded, 0, start, last=True) if _THIS_SESSION.match(folded, m.start()) else None)


def _planned(folded: str, at: int, end: int) -> bool:
    """Is the clause from `at` told as planned ("… ارائه خواهد کرد")?"""
    stop = _CLAUSE_END.search(folded, at, end)
    return bool(lexicon().negative["planned"].search(folded, at, stop.start() if stop else end))


def _body_span(folded: str, start: int, end: int, last: bool = False) -> tuple[int, int] | None:
    """The committee named in folded[start:end] (the last one with `last`): its word and the name after it."""
    found = list(_BODY.finditer(folded, start, end))
    if not found:
        return None
    m = found[-1] if last else found[0]
    return m.start(), _name_end(folded, m.end(), end)


def _name_end(folded: str, at: int, end: int) -> int:
    """Where a committee's name that goes on at `at` ends: at a stop word, a function word, a title or a stop
    mark; past a comma only when the name runs on to «مجلس» ("کمیسیون کشاورزی، آب، … مجلس شورای اسلامی")."""
    lex = lexicon()
    last, comma = at, False
    for n, w in enumerate(re.finditer(r"([،,])?\s*([^\s،,.:؛«»()]+)", folded[at:end])):
        word_at = at + w.start(2)
        if n >= 12 or _NAME_STOP.match(folded, word_at) or lex.title.match(folded, word_at) \
                or w.group(2) != "و" and w.group(2) in lex.function_words or VERB_WORD.fullmatch(w.group(2)):
            break
        if parliament := _PARLIAMENT.match(folded, word_at):
            return parliament.end()
        comma = comma or bool(w.group(1))
        if not comma:
            last = word_at + len(w.group(2))
    while folded[at:last].endswith(" و"):
        last -= 2
    return last


def _body(folded: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the article names the committee most fully ("کمیسیون برنامه و بودجه" -> "کمیسیون برنامه و بودجه و
    محاسبات مجلس شورای اسلامی"; "این کمیسیون" -> the committee the article names in full before, else first). A
    name that runs on to «مجلس» is whole; a bare «کمیسیون» may run on into the clause ("کمیسیون لایحه X بررسی شد")."""
    head = " ".join(folded[span[0]:span[1]].split()).removeprefix("این ")
    words = head.split()
    rx = folded_rx(B + (re.escape(head) if len(words) > 1 else re.escape(words[0])) + E)
    mentions = [(m.start(), _name_end(folded, m.start() + len(words[0]), len(folded))) for m in rx.finditer(folded)]
    mentions = [m for m in mentions if len(folded[m[0]:m[1]].split()) > 1]
    full = [m for m in mentions if _PARLIAMENT.search(folded, *m)]
    if len(words) > 1 and full:
        return max(full, key=lambda m: m[1] - m[0])
    if len(words) > 1:
        # "کمیسیون لایحه X بررسی شد": no full name goes on from these words; the one committee the article names
        # in full, if it names only one
        names = _full_names(folded)
        return names[0] if len({" ".join(folded[a:b].split()) for a, b in names}) == 1 else span
    for found in (full, mentions):
        before = [m for m in found if m[1] <= span[0]]
        if before or found:
            return before[-1] if before else found[0]
    return None


def _full_names(folded: str) -> list[tuple[int, int]]:
    """Every committee the article names in full, up to «مجلس»."""
    spans = [(m.start(), _name_end(folded, m.end(), len(folded))) for m in _BODY.finditer(folded)
             if not m.group().startswith("این")]
    return [(a, b) for a, b in spans if _PARLIAMENT.search(folded, a, b)]
