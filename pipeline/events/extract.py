"""Find the meeting events of one article (pure; see GUIDE.md in ../shared/eval for the definition)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from pipeline.events.dates import date_mentions, governing_date, is_background, to_jalali
from pipeline.events.lexicon import B, E, lexicon
from pipeline.events.participants import Resolver, participant, role_fits, same_person
from pipeline.events.parties import Party, counterpart_head, counterparts, cut, split_parties
from pipeline.events.text import fold, sentences
from pipeline.normalize import normalize

_CLAUSE_STOP = re.compile(r"[،,:؛;]")
_WITH = re.compile(B + r"با" + E)
# "با" that does not introduce a counterpart
_WITH_NOT_PARTY = re.compile(
    B + r"با (?:یکدیگر|همدیگر|هم|اشاره|بیان|تاکید|توجه|استفاده|هدف|موضوع|محوریت|محور|عنوان|وجود|این|آن|ابراز|"
    r"ارائه|اعلام|حمایت|همکاری|مشارکت|رویکرد|شعار|نگاه|تشکر|قدردانی|تبریک|درود|اتفاق|همراهی)" + E
)
_PRESENCE = re.compile(B + r"با حضور" + E)
_ANAPHORIC = re.compile(B + r"(?:این|همین|آن|همان|دیگر|دیگری|سایر|چنین|اولین|نخستین|هر|چند|چندین)\s*$")
_IN_BEFORE = re.compile(B + r"(?:در|طی|ضمن)(?: (?:جریان|حاشیه|ادامه|پایان|پی|حال))?\s*$")
_NOMINAL_BEFORE = re.compile(
    B + r"(?:از|پس از|بعد از|قبل از|پیش از|در پی|درباره|در مورد|به|خبر|از جمله|و|محور)\s*$"
)
_GO_TO = re.compile(B + r"به\s*$")
_WENT = re.compile(B + r"(?:رفت|رفتند|رفته|شتافت|شتافتند|آمد|آمدند|امد|امدند)" + E)
# a light verb that does not report a past contact: habitual/progressive «می…», present or subjunctive «کند»
_NOT_PAST = re.compile(r"(?:ن?می ?\w+|[بن]?(?:کن|پرداز|دار)\w*|\w+یم)")
# "با آخوندی دیداری داشتم": the speaker the article quotes is the other party
_FIRST_SINGULAR = re.compile(r"\w+(?<!ی)م")
_FUTURE = re.compile(B + r"خواه(?:م|ی|د|یم|ید|ند)" + E)
# "مذاکره کننده", "گفت‌وگوی ملی", "دیدار کننده": the noun names an agent or a thing, not a contact
_POST = re.compile(B + r"(?:سفیر|سفرای|کاردار|سرکنسول|کنسول|نماینده|نمایندگی|رایزن|وابسته|مدیر دفتر|رییس دفتر)" + E)
_BULLETS = re.compile(r"[\s\-–—*•+]+")
_THIS_COUNTRY = re.compile(B + r"(?:این|آن) کشور" + E)
_THAT = re.compile(B + r"که" + E)
_QUOTE_OPEN = re.compile(r"«")
_TALK = re.compile(r"گفت ?و ?گو|گفتگو|مصاحبه")
_PRESS = re.compile(r"\s*(?:\S+\s+){0,2}?با (?:خبرنگار|رسانه|اصحاب رسانه|روزنامه)")
_PLURAL = re.compile(r"ها(?:یی|ی)?$")
_ACCOMPANIED = re.compile(r"\s*(?:به اتفاق|همراه با|به همراه)\s")
_INCLUDING = re.compile(B + r"از جمله" + E)
_PURPOSE = re.compile(B + r"(?:برای|به منظور|جهت|به قصد)" + E)
_NOT_EVENT_NOUN = re.compile(r" ?(?:کننده|کنندگان|گر|گران)" + E)
# "تلفنی گفت‌وگو و طرفین … را بررسی کردند": the light verb is left out before «و»
_ELLIPSIS = re.compile(r"\s+و\s")
# after a comma, "افغانستانی و هندی خود …": the comma separates items of one list
_LIST_TAIL = re.compile(r"\s*\S+(?:\s\S+)?\s+و\s")
_SPEECH_OF = re.compile(B + r"(?:سخنان|اظهارات|بیانات|صحبت ?های|صحبتهای)" + E)
_RECIPROCAL = re.compile(B + r"با (?:یکدیگر|همدیگر|هم)\s*(?:\S+\s*){0,2}$")
_RANG = re.compile(B + r"به (?P<y>[^،,:.]{1,60}?) زنگ (?:زد|زدند|زده)" + E)
_ME = re.compile(r"من|بنده")
_PLURAL_PAST = re.compile(r"(?:را )?\S+ (?:کردند|نمودند|دادند)" + E)
_HOST = re.compile(B + r"میزبان" + E)
_SIDELINES = re.compile(B + r"در حاشیه" + E)
_VISIT = re.compile(B + r"(?:سفر|بازدید)" + E)
_NEGOTIATE = re.compile(B + r"مذاکر" )
_LEAD_IN = re.compile(r"\s*(?:به گزارش|به نقل از|خبرگزاری)[^،:]{0,160}[،:]")
_SPORT_NOUN = re.compile(B + r"دیدار")
_PLACE = re.compile(B + r"(?:در|به)(?: (?:شهر|کشور|پایتخت))? (?P<place>[^\s،,.:«»\"()]+(?: [^\s،,.:«»\"()]+)?)")


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


def extract_events(text: str, title: str | None = None, published: date | datetime | str | None = None) -> list[dict]:
    """Meeting events reported by one article, in the gold format of ../shared/eval plus cameo, span, confidence."""
    text = text or ""
    title = title or ""
    pub = _as_date(published)
    folded, folded_title = fold(text), fold(title)
    sports = _sports_article(folded)
    found: list[tuple[str, str, Candidate]] = []
    for src, fsrc, is_title in ((text, folded, False), (title, folded_title, True)):
        spans = sentences(src)
        for i, (a, b) in enumerate(spans):
            here = _sentence_events(fsrc, a, b, sports, from_title=is_title)
            if not here and not is_title and i + 1 < len(spans) and _headline(fsrc, a, b):
                here = _lead_event(fsrc, a, b, *spans[i + 1], sports)
            found.extend((src, fsrc, c) for c in here)
    if not found:
        return []
    resolver = Resolver(text, folded, [(src, p) for src, _, c in found for p in c.parties])
    mentions = {False: date_mentions(text), True: date_mentions(title)}
    events: list[dict] = []
    antecedent = None
    for src, fsrc, c in found:
        people: list[dict] = []
        anchored = c.anchored and any(not p.weak for p in c.parties)
        for party in c.parties:
            party = _this_country(fsrc, c.sentence[0], party)
            person = participant(src, party, resolver, antecedent or resolver.first_person(title), anchored)
            if person and not any(same_person(person["name"], q["name"]) for q in people):
                people.append(person)
        if len(people) < 2:
            continue
        antecedent = people[0]
        a, b = c.sentence
        day, jalali, key = governing_date(c, mentions[c.from_title], src, pub)
        if key is None and pub is not None and not c.told and not is_background(fsrc[a:b]):
            day, jalali = pub, to_jalali(pub)
        events.append(
            {
                "type": c.type,
                "participants": people,
                "date": day.isoformat() if day else None,
                "date_jalali": jalali,
                "location": _location(src, fsrc, c) if c.type == "meeting" else None,
                "topics": _topics(fsrc, src, c, people),
                "evidence": src[a:b],
                "cameo": c.cameo,
                "span": None if c.from_title else [a, b],
                "confidence": _confidence(c, people, key),
                "_key": key,
                "_verbal": c.verbal,
                "_headline": c.from_title or _headline(fsrc, a, b),
                "_cue": (c.from_title, c.cue),
            }
        )
    return [_tidy(e) for e in _merge(events) if not _planned_in_body(e, folded)]


def _planned_in_body(event: dict, folded: str) -> bool:
    """A headline-only event ("محور مذاکرات پوتین و بان کی‌مون") whose parties the body says will meet."""
    if event["span"] is not None:
        return False
    lex = lexicon()
    surnames = [fold(p["name"]).split()[-1] for p in event["participants"]]
    for a, b in sentences(folded):
        sentence = folded[a:b]
        if all(n in sentence for n in surnames) or any(n in sentence for n in surnames) and lex.noun.search(sentence):
            if _FUTURE.search(sentence) or lex.negative["planned"].search(sentence):
                return True
    return False


def _tidy(event: dict) -> dict:
    """Names, titles, bodies and places through pipeline.normalize (ZWNJ repaired, ی/ک unified); evidence stays verbatim."""
    for person in event["participants"]:
        for key in ("name", "title", "organization"):
            if person[key]:
                person[key] = normalize(person[key])
    if event["location"]:
        event["location"] = normalize(event["location"])
    return event


def _this_country(fsrc: str, a: int, party: Party) -> Party:
    """"نخست‌وزیر این کشور" after "مقامات عراقی": the role with the country the sentence named before it."""
    name = fsrc[party.name[0]:party.name[1]]
    this = _THIS_COUNTRY.search(name)
    if not party.role_only or party.literal or not this:
        return party
    lex = lexicon()
    before = [m for m in lex.country.finditer(fsrc, a, party.name[0])]
    if not before:
        return party
    country = lex.country_of.get(" ".join(before[-1].group().split()))
    return replace(party, literal=" ".join((name[: this.start()] + country).split()))


def _merge(events: list[dict]) -> list[dict]:
    """One event per occurrence: headline, lead and body mentions of the same contact become one.

    Two mentions are one event when they share two parties, or one party when either is a passing
    mention (headline, bare noun, same sentence) or the other side is a role in one and a name in the
    other ("استاندار اصفهان" / "محسن مهرعلیزاده"). Roles named this way are named in every event."""
    kept: list[dict] = []
    named: dict[str, str] = {}
    for ev in events:
        for i, k in enumerate(kept):
            if k["_cue"] == ev["_cue"]:
                continue  # one cue split into several meetings ("با همتایان … خود")
            loose = _nominal(ev) or _nominal(k) or ev["_headline"] or k["_headline"] or ev["evidence"] == k["evidence"]
            near = _adjacent(k, ev)
            if (k["type"] == ev["type"] or loose) and _one_event(k["participants"], ev["participants"], loose, near) and _same_time(k, ev):
                if _rank(ev) > _rank(k):
                    kept[i], ev = ev, k  # the fuller mention stays; the other only fills gaps
                    k = kept[i]
                for slot in ("date", "date_jalali", "location", "_key"):
                    k[slot] = k[slot] or ev[slot]
                named.update(_name_roles(k["participants"], ev["participants"]))
                break
        else:
            kept.append(ev)
    for k in kept:
        for person in k["participants"]:
            if person["name"] == person["title"] and fold(person["name"]) in named:
                person["name"] = named[fold(person["name"])]
        del k["_key"], k["_verbal"], k["_headline"], k["_cue"]
    return kept


def _adjacent(a: dict, b: dict) -> bool:
    """Mentions in consecutive lines or sentences (a headline line and its lead)."""
    if a["span"] is None or b["span"] is None:  # the title stands next to the lead
        other = a["span"] or b["span"]
        return other is None or other[0] < 300
    first, second = sorted((a["span"], b["span"]))
    return 0 <= second[0] - first[1] <= 2


def _one_event(a: list[dict], b: list[dict], loose: bool, near: bool) -> bool:
    """Could these two participant lists describe the same contact?"""
    hits = sum(any(same_person(p["name"], q["name"]) for q in b) for p in a)
    if hits >= min(2, len(a), len(b)):
        return True
    if hits == 0:
        return False
    rest_a = [p for p in a if not any(same_person(p["name"], q["name"]) for q in b)]
    rest_b = [q for q in b if not any(same_person(q["name"], p["name"]) for p in a)]
    roles = [p for p in rest_a + rest_b if p["name"] == p["title"]]
    people = [p for p in rest_a + rest_b if p["name"] != p["title"]]
    if len(people) >= 2 and rest_a and rest_b:
        return False  # two different named counterparts: two meetings
    if len(roles) == 1 and len(people) == 1:
        # a role in one mention, a name in the other: the same person if the name's title fits the role,
        # or, untitled, when the two mentions stand next to each other (headline and lead)
        fits = role_fits(roles[0]["name"], people[0]["title"]) if people[0]["title"] else near
        return fits and len(rest_a) == len(rest_b) == 1
    if rest_a and rest_b and (people or not loose):
        return False  # different counterparts on both sides: two meetings
    return loose


def _name_roles(kept: list[dict], other: list[dict]) -> dict[str, str]:
    """A role-only party of one mention takes the name another mention of the same event gives
    ("در دیدار رئیس جمهور تاجیکستان با …" + headline "دیدار «رحمان» با …"); returns {folded role: name}."""
    unmatched = [q for q in other if not any(same_person(q["name"], p["name"]) for p in kept)]
    roles = [p for p in kept if p["name"] == p["title"] and not any(same_person(p["name"], q["name"]) for q in other)]
    if len(unmatched) == 1 and len(roles) == 1 and unmatched[0]["name"] != unmatched[0]["title"]:
        role, roles[0]["name"] = roles[0]["name"], unmatched[0]["name"]
        return {fold(role): roles[0]["name"]}
    return {}


def _rank(ev: dict) -> tuple:
    """Which of two mentions of one event speaks for it: a call over a meeting, a full sentence over a headline."""
    return (ev["type"] != "meeting", not _nominal(ev), not ev["_headline"])


def _headline(folded: str, a: int, b: int) -> bool:
    """A headline line inside the text: short and without a closing full stop."""
    return folded[b - 1] not in ".!?؟" and len(folded[a:b].split()) <= 16


def _nominal(ev: dict) -> bool:
    return not ev["_verbal"] and ev["type"] == "meeting"


def _same_time(a: dict, b: dict) -> bool:
    if a["_key"] and b["_key"]:
        return a["_key"] == b["_key"] or (a["date"] is not None and a["date"] == b["date"])
    return True


def _location(src: str, fsrc: str, c: Candidate) -> str | None:
    lex = lexicon()
    a, b = c.sentence
    # "سفیر ایران در مسکو": a place inside a diplomatic post's title is not where they met
    titles = [p.title for p in c.parties if p.title and _POST.match(fsrc, p.title[0], p.title[1])]
    for m in _PLACE.finditer(fsrc, a, b):
        words = m.group("place").split()
        for n in (2, 1):
            place = " ".join(words[:n])
            if len(words) < n or (place not in lex.cities and place not in lex.country_names):
                continue
            start = m.start("place")
            if any(t[0] <= start < t[1] for t in titles) or start < lead_in_end(fsrc, a, b):
                break
            span = re.match(r"\S+" + r"\s+\S+" * (n - 1), fsrc[start:m.end("place")])
            return src[start:start + span.end()]
    return None


def _topics(fsrc: str, src: str, c: Candidate, people: list[dict]) -> list[str]:
    """Countries the sentence talks about other than the participants' own."""
    lex = lexicon()
    a, b = c.sentence
    own = {p["country"] for p in people}
    out: list[str] = []
    for m in lex.country.finditer(fsrc, a, b):
        country = lex.country_of.get(" ".join(m.group().split()))
        if country and country not in own and country not in out and " ".join(m.group().split()) in lex.country_names:
            out.append(country)
    return out


def _confidence(c: Candidate, people: list[dict], key: str | None) -> float:
    score = 0.55 + (0.2 if c.verbal else 0.0) + (0.1 if key else 0.0)
    score += 0.1 if all(p["title"] != p["name"] for p in people) else 0.0
    score -= 0.15 if c.from_title else 0.0
    return round(min(score, 0.95), 2)


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            return None


def _sports_article(folded: str) -> bool:
    lex = lexicon()
    hits = len(lex.negative["sports"].findall(folded[:20000]))
    return hits >= 4


def _sentence_events(folded: str, a: int, b: int, sports_article: bool, from_title: bool) -> list[Candidate]:
    lex = lexicon()
    s_start = lead_in_end(folded, a, b)
    out: list[Candidate] = []
    sentence_sports = bool(lex.negative["sports"].search(folded, a, b))
    for cue in lex.noun.finditer(folded, s_start, b):
        cand = _cue_event(folded, s_start, b, cue, sports_article, sentence_sports)
        if cand:
            cand.sentence = (a, b)
            cand.from_title = from_title
            if cand.split_each:
                out.extend(replace(cand, parties=[cand.parties[0], p], split_each=False) for p in cand.parties[1:])
            else:
                out.append(cand)
    if not out:
        host = _HOST.search(folded, s_start, b)
        cand = None
        if host and not sports_article and not sentence_sports:
            cand = _host_event(folded, s_start, b, host)
        ring = _RANG.search(folded, s_start, b)
        if cand is None and ring:
            cand = _rang_event(folded, s_start, b, ring)
        if cand:
            cand.sentence = (a, b)
            cand.from_title = from_title
            out.append(cand)
    return out


def _lead_event(folded: str, a: int, b: int, la: int, lb: int, sports: bool) -> list[Candidate]:
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


def _rang_event(folded: str, s_start: int, end: int, ring: re.Match) -> Candidate | None:
    """"X به Y زنگ زد": a phone call ("به من" is the quoted speaker)."""
    L = _clause_left(folded, s_start, ring.start())
    callee = ring.group("y").strip()
    y = [Party(name=ring.span("y"), pronoun=True)] if _ME.fullmatch(callee) else split_parties(folded, *ring.span("y"))
    parties = _subject(folded, s_start, L, ring.start()) + y
    if len(parties) < 2 or lexicon().negative["planned"].search(folded, L, ring.end()):
        return None
    return Candidate(type="phone_call", cameo="041", parties=parties, sentence=(0, 0), cue=ring.start(),
                     from_title=False, verbal=True, anchored=True, told=bool(_ME.fullmatch(callee)))


def lead_in_end(folded: str, a: int, b: int) -> int:
    """Where the sentence's content starts after "به گزارش … از …، به نقل از روابط عمومی …، " (or `a`)."""
    lead = _LEAD_IN.match(folded, a, b)
    if not lead:
        return a
    end = lead.end()
    if re.search(r"نقل از|روابط عمومی", folded[a:end]):
        # the quoted body's name may itself hold commas ("اداره کل میراث فرهنگی، صنایع دستی و گردشگری")
        while True:
            nxt = _CLAUSE_STOP.search(folded, end, b)
            chunk = folded[end:nxt.start()] if nxt else ""
            if not nxt or len(chunk.split()) > 8 or lexicon().noun.search(chunk) or lexicon().light_verb.search(chunk):
                break
            if lexicon().title.search(chunk) or lexicon().honorific.search(chunk):
                break
            end = nxt.end()
    return end


def _clause_left(folded: str, start: int, pos: int) -> int:
    """Start of the clause holding `pos`; a comma after a short name, an apposition or a list item does not end it."""
    stops = [m for m in _CLAUSE_STOP.finditer(folded, start, pos)]
    left = stops[-1].end() if stops else start
    for i in range(len(stops) - 1, -1, -1):
        if stops[i].group() not in "،,":
            break
        prev = stops[i - 1].end() if i else start
        chunk = folded[prev:stops[i].start()]
        in_list = _LIST_TAIL.match(folded, stops[i].end(), pos) is not None
        if not in_list and (len(chunk.split()) > 6 or lexicon().light_verb.search(chunk)):
            break
        left = prev
    return left


def _clause_right(folded: str, pos: int, end: int) -> int:
    m = _CLAUSE_STOP.search(folded, pos, end)
    return m.start() if m else end


def _channel(folded: str, lo: int, hi: int) -> str:
    """phone_call / video_call when a channel word qualifies the contact nearby; "در ویدئویی" (in a video) does not."""
    lex = lexicon()
    for kind, rx in (("video_call", lex.video), ("phone_call", lex.phone)):
        for m in rx.finditer(folded, lo, hi):
            if not re.search(r"(?:^|\s)در\s*$", folded[max(0, m.start() - 4):m.start()]):
                return kind
    return "meeting"


def _verb_after(folded: str, pos: int, end: int) -> re.Match | None:
    """The light verb that completes a meeting noun at `pos` ("دیدار و گفت‌وگو کردند", "تلفنی رایزنی کرد")."""
    lex = lexicon()
    window_end = min(end, pos + 90)
    m = lex.light_verb.search(folded, pos, window_end)
    if not m:
        return None
    between = folded[pos:m.start()]
    if len(between.split()) > 10:
        return None
    return m


def _cue_event(folded: str, s_start: int, end: int, cue: re.Match, sporty: bool, sentence_sports: bool) -> Candidate | None:
    lex = lexicon()
    cs, ce = cue.span()
    noun = cue.group()
    before = folded[max(s_start, cs - 12):cs]
    if _ANAPHORIC.search(before) or _NOT_EVENT_NOUN.match(folded, ce, end):
        return None
    L = _clause_left(folded, s_start, cs)
    R = _clause_right(folded, ce, end)
    kind = _channel(folded, max(L, cs - 30), min(R, ce + 45))
    if noun.startswith("تماس") and kind != "phone_call":
        return None
    if noun.startswith("نشست") and not (_is_session(folded, L, cs, ce, noun) and re.match(r"\s*(?:\S+\s+){0,3}?با", folded[ce:R])):
        return None
    if kind == "meeting" and (sentence_sports or (sporty and _SPORT_NOUN.match(noun))):
        return None  # a match, or a transfer talk with a club
    verb = _verb_after(folded, ce, R)
    # the clause up to the noun, and just past its verb (or a few words when there is none)
    window = folded[max(s_start, L - 10):cs] + " " + folded[cs:min(R, (verb.end() if verb else ce + 40) + 12)]
    for neg in ("planned", "letter", "body", "habit", "interview"):
        if lex.negative[neg].search(window):
            return None
    if (verb and _NOT_PAST.fullmatch(verb.group())) or _FUTURE.search(folded, L, R):
        return None
    parties: list[Party] = []
    verbal = anchored = split_each = speaker = False
    pre_in = _IN_BEFORE.search(folded, L, cs)
    with_before = _last_with(folded, L, cs)
    nominal_before = _NOMINAL_BEFORE.search(folded, L, cs)
    if pre_in and folded[pre_in.end():cs].strip() == "":
        # "X در دیدار با Y ..." / "X در دیدار Y ..." / "در دیدار X با Y ..."
        x_end = pre_in.start()
        with_after = _first_with(folded, ce, _parties_end(folded, ce, R))
        possessor = _SPEECH_OF.search(folded, L, x_end)
        x = split_parties(folded, possessor.end(), x_end) if possessor else _subject(folded, s_start, L, x_end)
        anchored = with_after is not None
        verbal = True  # "X در دیدار با Y گفت": a full report of the contact, not a passing mention
        if not x and not with_after and len(split_parties(folded, ce, R)) >= 2:
            parties = split_parties(folded, ce, R)  # "در گفت‌وگوهای آژانس و مقامات ایرانی"
        elif x:
            y = split_parties(folded, with_after.end(), R) if with_after else []
            if with_after and (not y or y[0].pronoun):
                # "X در دیدار Y با وی": Y is between the noun and «با»
                y = split_parties(folded, ce, with_after.start())
            elif not with_after:
                y = split_parties(folded, ce, R)
            parties = x + y
        elif with_after:
            parties = split_parties(folded, ce, with_after.start()) + split_parties(folded, with_after.end(), R)
        else:
            return None
    elif _GO_TO.search(folded, L, cs) and _WENT.search(folded, ce, R):
        went = _WENT.search(folded, ce, R)
        x_end = _GO_TO.search(folded, L, cs).start()
        parties = _subject(folded, s_start, L, x_end) + split_parties(folded, ce, went.start())
        verbal = True
    elif _RECIPROCAL.search(folded, L, cs):
        parties = _subject(folded, s_start, L, _RECIPROCAL.search(folded, L, cs).start())
        verbal = anchored = True
    elif with_before is not None and (verb is not None or _ELLIPSIS.match(folded, ce, R)):
        y_start = with_before.end()
        including = _INCLUDING.search(folded, y_start, cs)
        speaker = verb is not None and _FIRST_SINGULAR.fullmatch(verb.group())
        subject = [Party(name=(cs, cs), pronoun=True)] if speaker else _subject(folded, s_start, L, with_before.start())
        parties = subject + split_parties(folded, including.end() if including else y_start, cs)
        verbal = anchored = True
        if including and _PLURAL.search(noun):
            split_each = True
    elif nominal_before is not None or not _BULLETS.sub("", folded[L:cs]):
        # nominal: "دیدار X با Y", "پس از تماس تلفنی X با Y", "از گفت‌وگوی تلفنی X و Y خبر داد"
        with_after = _first_with(folded, ce, _parties_end(folded, ce, R))
        anchored = True  # "دیدار A با B", "دیدار A و B": the noun binds its parties
        if with_after:
            x = split_parties(folded, ce, with_after.start())
            if not x and nominal_before is not None:
                # "X، جمعه شب در ویدئویی از دیدار با Y خبر داد": X is the clause's subject
                x = _subject(folded, s_start, L, nominal_before.start())
            parties = x + split_parties(folded, with_after.end(), R)
        else:
            parties = split_parties(folded, ce, R)
    elif verb is not None:
        parties = _subject(folded, s_start, L, cs)
        with_after = _first_with(folded, ce, verb.start())
        if with_after:
            parties += split_parties(folded, with_after.end(), verb.start())
        verbal = True
    else:
        return None
    if not verbal and not pre_in and _PURPOSE.search(folded, L, cs):
        return None  # "تلاش … برای ورود به پایتخت و دیدار با …": a purpose, not a contact
    parties = _expand_counterparts(folded, parties)
    split_each = split_each or _counterparts_listed(parties)
    if _TALK.match(noun) and _PRESS.match(folded, ce, min(R, ce + 40)):
        return None  # "در گفت‌وگو با خبرنگاران": a press interview
    if len(parties) < 2:
        return None
    cameo = "041" if kind != "meeting" else _cameo(folded, L, R, noun)
    return Candidate(type=kind, cameo=cameo, parties=parties, sentence=(0, 0), cue=cs, from_title=False, verbal=verbal,
                     anchored=anchored, split_each=split_each, told=bool(speaker))


def _is_session(folded: str, L: int, cs: int, ce: int, noun: str) -> bool:
    """«نشست» is a meeting noun as "در نشستی با", "نشست مشترک/دوجانبه با"; otherwise it may be the verb "sat"."""
    return bool(
        noun == "نشستی"
        or re.search(r"(?<!\w)(?:در|یک)\s+$", folded[max(L, cs - 5):cs])
        or re.match(r" (?:مشترک|دو ?جانبه|سه ?جانبه|چند ?جانبه)", folded[ce:ce + 12])
    )


def _host_event(folded: str, s_start: int, end: int, host: re.Match) -> Candidate | None:
    """"X میزبان Y بود": a hosted meeting."""
    L = _clause_left(folded, s_start, host.start())
    R = _clause_right(folded, host.end(), end)
    m = re.search(B + r"(?:بود|بودند|شد|است)" + E, folded[host.end():R])
    if not m:
        return None
    parties = split_parties(folded, L, host.start()) + split_parties(folded, host.end(), host.end() + m.start())
    if len(parties) < 2:
        return None
    return Candidate(type="meeting", cameo="043", parties=parties, sentence=(0, 0), cue=host.start(), from_title=False, verbal=True)


def _expand_counterparts(folded: str, parties: list[Party]) -> list[Party]:
    """"با همتایان پاکستانی، افغانستانی و هندی خود": one role party per country, with the subject's title."""
    if not parties or not parties[0].title:
        return parties
    head = counterpart_head(folded, parties[0])
    out = [parties[0]]
    for p in parties[1:]:
        out.extend(counterparts(folded, p, head) if head else [p])
    return out


def _counterparts_listed(parties: list[Party]) -> bool:
    """"با همتایان پاکستانی، افغانستانی و هندی خود": meetings with each counterpart, not one summit."""
    return sum(p.literal is not None for p in parties) > 1


def _parties_end(folded: str, ce: int, R: int) -> int:
    """Where the parties after a noun end, looking past "به اتفاق …" ("ملاقات X به اتفاق معاونان با Y")."""
    end = cut(folded, ce, R)[1]
    while _ACCOMPANIED.match(folded, end, R):
        end = cut(folded, _ACCOMPANIED.match(folded, end, R).end(), R)[1]
    return min(R, end + 4)


def _subject(folded: str, s_start: int, L: int, end: int) -> list[Party]:
    """Parties of the subject before `end`; when the clause holds none ("X پیش از این، دهم … با"), the clause before."""
    parties = split_parties(folded, L, end)
    while not parties and L > s_start and folded[L - 1] in "،,":  # never back across a colon into the speaker
        L = _clause_left(folded, s_start, L - 1)
        parties = split_parties(folded, L, end)
    if not parties:
        # "… نبود میثم زمان آبادی به من زنگ زد": a name that starts with a first name ends the clause
        words = list(re.finditer(r"\w+", folded[L:end]))
        firsts = [w for w in words[-4:] if w.group() in lexicon().first_names]
        if firsts:
            parties = split_parties(folded, L + firsts[0].start(), end)[:1]
    if all(p.weak for p in parties):
        # "… به «X» رئیس‌جمهور برزیل اشاره کرد که … با Y دیدار داشت": the quoted name before «که»
        that = [m for m in _THAT.finditer(folded, L, end)]
        quotes = [m for m in _QUOTE_OPEN.finditer(folded, L, that[-1].start())] if that else []
        if quotes:
            parties = split_parties(folded, quotes[-1].start(), that[-1].start())[:1] or parties
    return parties


def _last_with(folded: str, lo: int, hi: int) -> re.Match | None:
    last = None
    for m in _WITH.finditer(folded, lo, hi):
        if not _WITH_NOT_PARTY.match(folded, m.start(), hi):
            last = m
    return last


def _first_with(folded: str, lo: int, hi: int) -> re.Match | None:
    for m in _WITH.finditer(folded, lo, hi):
        if not _WITH_NOT_PARTY.match(folded, m.start(), hi):
            if _PRESENCE.match(folded, m.start(), hi):
                return re.match(r"با حضور", folded[m.start():]) and _Span(m.start(), m.start() + len("با حضور"))
            return m
    return None


class _Span:
    """A match-like (start, end) pair."""

    def __init__(self, start: int, end: int):
        self._s, self._e = start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


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
