"""One event per occurrence: merging the mentions of one contact within an article (pure)."""

from __future__ import annotations

from pipeline.events.candidates import FUTURE
from pipeline.events.lexicon import B, E, lexicon
from pipeline.events.roles import in_order, official_fits, role_fits, shape
from pipeline.events.text import folded_rx, sentences
from rasad.persian import same_person
from rasad.persian import span_fold as fold


def planned_in_body(event: dict, folded: str) -> bool:
    """A headline-only event ("محور مذاکرات پوتین و بان کی‌مون") whose parties the body says will meet."""
    if event["span"] is not None:
        return False
    lex = lexicon()
    surnames = [fold(p["name"]).split()[-1] for p in event["participants"]]
    for a, b in sentences(folded):
        sentence = folded[a:b]
        if all(n in sentence for n in surnames) or any(n in sentence for n in surnames) and lex.noun.search(sentence):
            if FUTURE.search(sentence) or lex.negative["planned"].search(sentence):
                return True
    return False


# "صبح امروز" and "امروز" name one day even when there is no publication date to resolve them against
_PART_OF_DAY = folded_rx(r"(?:صبح|ظهر|عصر|شب|شامگاه|بامداد|پیش از ظهر|بعد از ظهر|بعدازظهر)\s*")


def merge_mentions(events: list[dict]) -> list[dict]:
    """One event per occurrence: headline, lead and body mentions of the same contact become one.

    Two mentions are one event when they share two parties, or one party when either is a passing
    mention (headline, bare noun, same sentence) or the other side is a role in one and a name in the
    other ("استاندار اصفهان" / "محسن مهرعلیزاده"). Roles named this way are named in every event."""
    kept: list[dict] = []
    named: dict[str, str] = {}
    order = {id(ev): n for n, ev in enumerate(events)}
    # (the body's mentions first, the headline's after them: a headline's call is the call the body tells, not an
    # earlier meeting of the same two that the body tells first)
    for ev in sorted(events, key=lambda e: e["is_headline"]):
        also = _also(ev)
        fits = [i for i, k in enumerate(kept) if _fits(k, ev, also)]
        fits = [i for i in fits if kept[i]["type"] == ev["type"]][:1] or fits[:1]
        if not fits:
            if not ev.get("_told_back"):
                kept.append(ev)  # (a back-reference that fits no mention before names no contact of its own)
            continue
        i = fits[0]
        if _rank(ev) > _rank(kept[i]):
            kept[i], ev = ev, kept[i]  # the fuller mention stays; the other only fills gaps
        order[id(kept[i])] = min(order[id(kept[i])], order[id(ev)])
        _absorb(kept[i], ev, named)
    kept.sort(key=lambda k: order[id(k)])
    for k in kept:
        for person in k["participants"]:
            if person["name"] == person["title"] and (held := _named_as(person["name"], named)) \
                    and not any(same_person(held, q["name"]) for q in k["participants"]):
                person["name"] = held
        del k["_key"], k["_verbal"], k["is_headline"], k["_cue"], k["_background"], k["_earlier"], k["_talk"]
        k.pop("_told_back", None)
    return kept


def _absorb(k: dict, ev: dict, named: dict[str, str]) -> None:
    """Fill kept mention `k` from `ev`, another mention of its contact: a stated date, a place, the body's evidence,
    and the names one gives for the other's roles (recorded in `named` for the article's other mentions)."""
    if ev["_key"] and not k["_key"]:  # a date the text states beats the publication-day default
        k["date"], k["date_jalali"], k["_key"] = ev["date"], ev["date_jalali"], ev["_key"]
    for slot in ("date", "date_jalali", "location", "_key"):
        k[slot] = k[slot] or ev[slot]
    if k["span"] is None and ev["span"] is not None:
        k["span"], k["evidence"] = ev["span"], ev["evidence"]  # a headline's event told in the body
    named.update(_name_roles(k["participants"], ev["participants"]))
    paired = _roles_then_names(k["participants"], ev["participants"])
    # (a role paired with a name of two words or more is that person in the article's other mentions)
    named.update({fold(r): p["name"] for p in paired or [] if (r := p.pop("_role"))
                  and len(p["name"].split()) >= 2 and not lexicon().country.fullmatch(fold(p["name"]))})
    k["participants"] = paired or _crossed(k["participants"], ev["participants"]) or k["participants"]


def _fits(k: dict, ev: dict, also: bool) -> bool:
    """Are kept mention `k` and mention `ev` one occurrence?"""
    if k["_cue"] == ev["_cue"]:
        return False  # one cue split into several meetings ("با همتایان … خود")
    if _side_meeting(k, ev) or _side_meeting(ev, k):
        return False
    loose = _nominal(ev) or _nominal(k) or ev["is_headline"] or k["is_headline"] or ev["evidence"] == k["evidence"]
    near = _adjacent(k, ev) and not also
    return (k["type"] == ev["type"] or loose or _talk_of_call(k, ev)) \
        and _one_event(k["participants"], ev["participants"], loose, near) and _same_time(k, ev)


# "در حاشیه این نشست، A و B در دیداری دوجانبه …": a meeting of two beside the meeting of many told before it
_BILATERAL = folded_rx(B + r"(?:در حاشیه (?:(?:این|آن|همین) )?(?:نشست|اجلاس|دیدار)|"
                       r"(?:دیدار|نشست|ملاقات|گفت ?و ?گو|گفتگو)(?:ی)? دو ?جانبه)" + E)


def _side_meeting(many: dict, two: dict) -> bool:
    """Is `two` a bilateral held beside the multilateral `many` told before it (another occurrence, though it
    shares two parties)?"""
    return len(many["participants"]) >= 3 and len(two["participants"]) == 2 and many["span"] is not None \
        and two["span"] is not None and two["span"][0] >= many["span"][1] \
        and bool(_BILATERAL.search(fold(two["evidence"] or "")))


def _named_as(role: str, named: dict[str, str]) -> str | None:
    """The name a role was given in another mention: the same words, or the one office written another way
    ("معاون سیاسی وزیر امور خارجه کشورمان" named as "معاون سیاسی وزیر امور خارجه"), when only one name fits."""
    if fold(role) in named:
        return named[fold(role)]
    names = {n for r, n in named.items() if role_fits(role, r)}
    return names.pop() if len(names) == 1 else None


def _talk_of_call(a: dict, b: dict) -> bool:
    """"گفت‌وگوی X با Y" (a talk, no channel said) and a phone or video call of the same people: one call."""
    calls = {a["type"], b["type"]} & {"phone_call", "video_call"}
    return bool(calls) and (a["_talk"] if a["type"] == "meeting" else b["_talk"])


# "Y هم / نیز تلفنی با عباس گفت‌وگو کرده است": «هم / نیز» after the subject tells another contact with the same side
_ALSO = folded_rx(r"(?:^|[،,:]\s*)[^،,:.]{2,80}?\s(?:هم|نیز)\s+[^،,:.]{0,40}?(?<!\S)با\s")


def _also(ev: dict) -> bool:
    """Does this mention tell its contact as one more («… هم / نیز … با Y»), not again?"""
    return bool(_ALSO.search(fold(ev["evidence"] or "")))


def _adjacent(a: dict, b: dict) -> bool:
    """Mentions in consecutive lines or sentences (a headline line and its lead)."""
    if a["span"] is None or b["span"] is None:  # the title stands next to the lead
        other = a["span"] or b["span"]
        return other is None or other[0] < 300
    first, second = sorted((a["span"], b["span"]))
    return 0 <= second[0] - first[1] <= 2


def _one_event(a: list[dict], b: list[dict], loose: bool, near: bool) -> bool:
    """Could these two participant lists describe the same contact?"""
    hits = sum(any(_one_party(p, q) for q in b) for p in a)
    if hits >= min(2, len(a), len(b)):
        return True
    if hits == 0:
        return near and (_roles_then_names(a, b) is not None or _crossed(a, b) is not None or _governments(a, b)
                         or _governments(b, a)) or _titles_fit(a, b)
    rest_a = [p for p in a if not any(_one_party(p, q) for q in b)]
    rest_b = [q for q in b if not any(_one_party(q, p) for p in a)]
    roles = [p for p in rest_a + rest_b if is_role(p)]
    people = [p for p in rest_a + rest_b if not is_role(p)]
    if len(people) >= 2 and rest_a and rest_b:
        return False  # two different named counterparts: two meetings
    if len(roles) == 1 and len(people) == 1:
        # a role in one mention, a name in the other: the same person if the name's title fits the role,
        # or, untitled, when the two mentions stand next to each other (headline and lead)
        title = _own_title(people[0])  # "وزیر امور خارجه این کشور": whose it says
        if _counterpart(people[0]) or _counterpart(roles[0]) and people[0]["country"]:
            # "همتای ایرانی خود یعنی ظریف", headline "X و همتای هندی‌اش" over "… Y، وزیر امور خارجه هند": a counterpart
            # fits a person or role of its country
            fits = bool(people[0]["country"]) and people[0]["country"] == roles[0]["country"]
        else:
            # (a headline over its lead shortens the office: "رئیس مجلس روسیه" for "رئیس دومای دولتی روسیه")
            fits = (role_fits(roles[0]["name"], title) or official_fits(roles[0]["name"], title)
                    or near and _same_head(roles[0], title, people[0])) if title else near
        fits = fits or _role_holds_name(roles[0]["name"], people[0]["name"])
        return fits and len(rest_a) == len(rest_b) == 1
    if rest_a and rest_b and (people or not loose or _other_countries(rest_a[0], rest_b[0])):
        return False  # different counterparts on both sides (or roles of two countries): two meetings
    return loose


def _same_head(role: dict, title: str, person: dict) -> bool:
    """The office's head word agrees, and its country when the headline gives one ("رئیس مجلس روسیه", "رئیس دومای
    دولتی روسیه"); with no country, every word of it in the title, in order ("معاون رئیس‌الوزرا", "معاون
    رئیس‌الوزرای امارت اسلامی"; not "رئیس پارلمان" for "رئیس‌جمهور عراق")."""
    a, b = shape(role["name"]), shape(title)
    if not a.words or a.words[:1] != b.words[:1]:
        return False
    if role["country"]:
        return role["country"] == person["country"]
    return in_order(a.words[1:], b.words[1:])


def _role_holds_name(role: str, name: str) -> bool:
    """"سناتور اسحاق" and "محمد اسحاق دار": a title, then a word of the other mention's full name."""
    lex = lexicon()
    words = fold(role).split()
    t = lex.title.match(" ".join(words))
    rest = " ".join(words)[t.end():].split() if t else []
    return len(rest) == 1 and not lex.country.fullmatch(rest[0]) and rest[0] in fold(name).split() \
        and len(fold(name).split()) >= 2


def _counterpart(person: dict) -> bool:
    """A title that names no office but the other side's ("همتای عمانی‌اش"): the role says which office."""
    return (person["title"] or "").startswith("همتا")


def _one_party(p: dict, q: dict) -> bool:
    """The same participant in two mentions: the same name, or two ways of writing one office ("مقام رهبری" /
    "رهبر انقلاب")."""
    roles = p["name"] == p["title"] and q["name"] == q["title"]
    if same_person(p["name"], q["name"]):
        return not (roles and _other_countries(p, q))  # "وزیر کشور" of Iran is not "وزیر کشور ترکیه"
    return roles and role_fits(p["name"], q["name"]) and role_fits(q["name"], p["name"])


def _other_countries(p: dict, q: dict) -> bool:
    return bool(p["country"] and q["country"] and p["country"] != q["country"])


def is_role(p: dict) -> bool:
    """A participant named by an office: the role as written, or its polite form ("رهبر انقلاب" for the title
    "رهبر معظم انقلاب")."""
    return p["name"] == p["title"] or bool(p["title"]) and lexicon().title.match(fold(p["name"]).strip()) is not None \
        and role_fits(p["name"], p["title"])


def _titles_fit(a: list[dict], b: list[dict]) -> bool:
    """"میان A، وزیر خارجه این کشور و B، نماینده ویژه اتحادیه اروپا …" and, sentences later, "وزیر خارجه تاجیکستان و
    نماینده اتحادیه اروپا …": every role of one mention is the title of one named person of the other."""
    roles, people = (a, b) if all(is_role(p) for p in a) else (b, a)
    if len(roles) != len(people) or len(roles) < 2 or not all(is_role(p) for p in roles) \
            or not all(p["title"] and p["name"] != p["title"] for p in people):
        return False
    left = list(people)
    for role in roles:
        fit = next((p for p in left if role_fits(role["name"], _own_title(p))), None)
        if fit is None:
            return False
        left.remove(fit)
    return True


def _own_title(person: dict) -> str:
    """The person's title with «این کشور» read as the person's country."""
    title = person["title"] or ""
    return title.replace("این کشور", person["country"]) if person["country"] else title


def _roles_then_names(a: list[dict], b: list[dict]) -> list[dict] | None:
    """"وزیران خارجه ایران و عمان … تلفنی گفت‌وگو کردند" then "کریمیان و همتای عمانی‌اش الحارثی …" in the next
    sentence: one side only roles, the other only names, as many, no country differing pairwise. Returns
    the named participants with the roles' titles and countries filling their gaps, or None."""
    roles, people = (a, b) if all(is_role(p) for p in a) else (b, a)
    if len(roles) != len(people) or len(roles) < 2 or not all(is_role(p) for p in roles):
        return None
    if any(is_role(p) or _place(p) for p in people):
        return None
    left = list(roles)
    out = []
    for person in people:
        role = next((r for r in left if r["country"] == person["country"]), None) if person["country"] else None
        role = role or next((r for r in left if not person["country"] or not r["country"]), None)
        if role is None:
            role = next((r for r in left if r["country"] not in {p["country"] for p in people}), None)
        if role is None:
            return None
        left.remove(role)
        title = role["title"] if _counterpart(person) or not person["title"] else person["title"]
        out.append({**person, "title": title, "country": person["country"] or role["country"],
                    "organization": person["organization"] or role["organization"], "_role": role["name"]})
    return out


def _crossed(a: list[dict], b: list[dict]) -> list[dict] | None:
    """Headline "دیدار عراقچی با وزیر خارجه عمان" and lead "وزیر امور خارجه کشورمان با همتای عمانی خود بدر
    البوسعیدی …": each names the person the other gives by role. Two parties each, paired so that every pair is
    one name and one role of no other country; returns the two names with the roles filling their gaps."""
    if len(a) != 2 or len(b) != 2 or any(same_person(p["name"], q["name"]) for p in a for q in b):
        return None
    for pairs in (((a[0], b[0]), (a[1], b[1])), ((a[0], b[1]), (a[1], b[0]))):
        out = []
        for p, q in pairs:
            role, person = (p, q) if p["name"] == p["title"] else (q, p)
            if role["name"] != role["title"] or person["name"] == person["title"] or _place(person):
                break  # (a headline's capital, "واشنگتن و برلین", stands for a government, never a person)
            if person["country"] and role["country"] and person["country"] != role["country"]:
                break
            if person["title"] and not _counterpart(person) and not role_fits(role["title"], person["title"]):
                break
            title = role["title"] if _counterpart(person) or not person["title"] else person["title"]
            out.append({**person, "title": title, "country": person["country"] or role["country"],
                        "organization": person["organization"] or role["organization"]})
        else:
            return out
    return None


def _place(p: dict) -> bool:
    """Is the participant a city or a country by name (a capital that stands for its government)?"""
    name = " ".join(fold(p["name"]).split())
    return name in lexicon().cities or name in lexicon().country_names


def _governments(places: list[dict], sides: list[dict]) -> bool:
    """Headline "گفت‌وگوی واشنگتن و برلین" over "رئیس‌جمهور آمریکا و صدراعظم آلمان …": capitals (or countries) that
    stand for the governments whose people the other mention names, one for each, the same countries."""
    lex = lexicon()
    if len(places) != len(sides) or not all(_place(p) for p in places):
        return False
    return {lex.country_in(" ".join(fold(p["name"]).split())) for p in places} == {p["country"] for p in sides}


def _name_roles(kept: list[dict], other: list[dict]) -> dict[str, str]:
    """A role-only party of one mention takes the name another mention of the same event gives
    ("در دیدار رئیس جمهور تاجیکستان با …" + headline "دیدار «رحمان» با …"); returns {folded role: name}."""
    unmatched = [q for q in other if not any(_one_party(q, p) for p in kept)]
    roles = [p for p in kept if p["name"] == p["title"] and not any(_one_party(p, q) for q in other)]
    if len(unmatched) == 1 and len(roles) == 1 and unmatched[0]["name"] != unmatched[0]["title"]:
        role, roles[0]["name"] = roles[0]["name"], unmatched[0]["name"]
        return {fold(role): roles[0]["name"]}
    return {}


def _rank(ev: dict) -> tuple:
    """Which of two mentions of one event speaks for it: a call over a meeting, a full sentence over a headline."""
    return (ev["type"] != "meeting", not _nominal(ev), not ev["is_headline"])


def _nominal(ev: dict) -> bool:
    return not ev["_verbal"] and ev["type"] == "meeting"


def _same_time(a: dict, b: dict) -> bool:
    if a["_key"] and b["_key"] and a["date"] and b["date"] and a["date"] != b["date"]:
        return False  # "X، که ۱۹ سپتامبر با Y دیدار کرده بود، امروز با وی …": two days told, two occurrences
    if a["span"] is not None and a["span"] == b["span"]:
        return True  # one sentence, two cues of one contact: "در دیدار روز چهارشنبه (دیروز) … گفت‌وگو کردند"
    if a["_key"] and b["_key"]:
        same_day = _PART_OF_DAY.sub("", a["_key"]).strip() == _PART_OF_DAY.sub("", b["_key"]).strip()
        return a["_key"] == b["_key"] or same_day or (a["date"] is not None and a["date"] == b["date"])
    dated = a if a["_key"] else b if b["_key"] else None
    told_twice = a["span"] is not None and b["span"] is not None  # a headline restates whichever it heads
    if told_twice and a["_earlier"] != b["_earlier"] and a["_verbal"] and b["_verbal"]:
        return False  # "X با Y دیدار کرد. دو هفته قبل X و Y در جده با یکدیگر … کرده بودند": an earlier occurrence
    if told_twice and dated is not None and dated["_background"] and a["date"] and b["date"] and a["date"] != b["date"]:
        return False  # "… دیدار کردند. دو طرف پیش از این، ۱۲ مهر … دیدار کرده بودند": an earlier occurrence
    return True
