"""Comparing two ways of writing one office ("وزیر امور خارجه کشورمان" / "وزیر خارجه جمهوری اسلامی ایران")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.events.lexicon import B, E, data_lines, lexicon
from pipeline.events.text import folded_rx
from rasad.persian import span_fold as fold

# words that do not tell two offices apart ("وزیر امور خارجه" = "وزیر خارجه", "معاون حقوقی و بین‌المللی")
# (and the province word before its name: "والی ولایت هرات" = "والی هرات", "استاندار استان فارس" = "استاندار فارس";
# "سفیر جدید چین" is the envoy the article names "سفیر چین")
_FILLER = frozenset(fold(w) for w in "امور و محترم جمهوری اسلامی پادشاهی سلطنت فدراسیون دولت ولایت استان جدید".split())
_PRESIDENT = folded_rx(B + r"رییس ?جمهور(?:ی)?" + E)
# the Leader, as Iranian news names the office: "مقام معظم رهبری", "رهبر معظم انقلاب اسلامی", "رهبری"
_LEADER = folded_rx(B + r"(?:مقام (?:معظم )?رهبری|رهبر(?: معظم)? انقلاب(?: اسلامی)?|رهبر جمهوری اسلامی(?: ایران)?)" + E)
# offices one word names in Iranian news: the president ("پرزیدنت" after shape's rewrite) and the Leader
_ONE_WORD_OFFICES = {("پرزی",), ("رهبر",)}
# compound titles written glued, with a ZWNJ or with a space (a ZWNJ folds to a space)
_COMPOUND = folded_rx(B + r"(?:نخست ?وزیر|ولی ?عهد|مدیر ?کل|دبیر ?کل|سر ?کنسول|صدر ?اعظم|معاون ?اول)" + E)
_SAME_OFFICE = {"وزارت": "وزیر", "شاه": "پادشاه"}  # one office by two words ("شاه اردن" = "پادشاه اردن")
_ACTING_MINISTER = folded_rx(B + r"سرپرست وزارت" + E)
_THIS_COUNTRY = folded_rx(B + r"(?:این|آن) کشور" + E)


@lru_cache(maxsize=1)
def _glued_minister() -> re.Pattern:
    """«وزیرکشور», «وزیرامورخارجه»: a minister's title glued to its portfolio, as older papers write it (the glued
    titles of data/titles.txt), read as «وزیر» and the portfolio."""
    portfolios = [t[4:] for t in (fold(line) for line in data_lines("titles.txt")) if t.startswith("وزیر") and len(t) > 4
                  and " " not in t]
    return folded_rx(B + r"وزیر(?=(?:" + "|".join(map(re.escape, portfolios)) + ")" + E + ")")


# the same office named another way ("رئیس دستگاه دیپلماسی" = "وزیر خارجه"): data/office_periphrases.tsv
_PERIPHRASES = [(folded_rx(r"^" + p.strip() + E), fold(o.strip()))
                for p, o in (row.split("\t") for row in data_lines("office_periphrases.tsv"))]


@dataclass(frozen=True)
class Shape:
    """An office reduced to its words (first four letters, وزارت as وزیر), its country and its post's country."""

    words: tuple[str, ...]
    country: str | None
    post: str | None  # "سفیر ایران در پکن": چین


@lru_cache(maxsize=4096)
def shape(role: str) -> Shape:
    """The comparable shape of a role as written."""
    lex = lexicon()
    # "رئیس جمهوری اسلامی ایران": there "جمهوری" is the office (president), not the state's name
    f = " ".join(fold(role).split())
    for rx, office in _PERIPHRASES:
        f = rx.sub(office, f)
    f = _glued_minister().sub("وزیر ", f)
    f = _COMPOUND.sub(lambda m: m.group().replace(" ", ""), f)  # "ولی عهد" = "ولیعهد", "مدیر کل" = "مدیرکل"
    f = _LEADER.sub("رهبر", _PRESIDENT.sub("پرزیدنت", f))
    f = _ACTING_MINISTER.sub("وزیر", f)  # "سرپرست وزارت صنعت" (the acting minister) = "وزیر صنعت"
    # "وزیر خارجه این کشور" with no country to refer to: a country, but no known one
    country = "?" if _THIS_COUNTRY.search(f) else None
    post = None
    f = " ".join(_THIS_COUNTRY.sub(" ", f).split())
    spans = []
    for m in lex.country.finditer(f):
        place = lex.country_in(m.group())
        if f[:m.start()].endswith(("در ", "در امور ")):  # "سفیر ایران در پکن", "نماینده ویژه … در امور افغانستان"
            post = post or place
        else:
            country = country or place
            if " ".join(m.group().split()) in lex.cities:
                continue  # "شهردار تهران" is not "شهردار اصفهان": a city stays one of the office's words
        spans.append(m.span())
    if country is None and re.search(B + "جمهوری اسلامی" + E, f):
        country = "ایران"  # "سفیر جمهوری اسلامی در کوبا"
    for a, b in reversed(spans):
        f = f[:a] + " " + f[b:]
    words = []
    for w in f.split():
        w = w[4:] if w.startswith("امور") and len(w) > 6 else w  # "امورخارجه": the filler glued to its noun
        if w in _FILLER or w == "در":
            continue
        w = _SAME_OFFICE.get(w, w)
        words.append(w[:4])
    return Shape(tuple(words), country, post)


def role_fits(role: str, title: str) -> bool:
    """Is `role` a way of writing `title`? The same head word, the words of the shorter in order in the
    longer, and no two different countries or posts (a role without a country is not a foreign title)."""
    return fit_score(role, title) > 0


def fit_score(role: str, title: str) -> int:
    """0 when `role` cannot be `title`; else a positive score, higher for more shared and fewer extra words. A
    title of two offices ("معاون نخست‌وزیر و وزیر امور خارجه این کشور") fits a role of either."""
    offices = [t for t in re.split(r"\s+و\s+", title) if lexicon().title.match(fold(t).strip())]
    if len(offices) > 1:
        return max(_fit(role, t) for t in offices)
    return _fit(role, title)


# a state's head or head of government: what "رهبر X" (X's leader) names outside Iran ("رهبران سوریه و قطر")
_HEADS = {("پرزی",), ("امیر",), ("پادش",), ("سلطا",), ("نخست",), ("صدرا",)}


def _leader_of(x: Shape, y: Shape) -> bool:
    """"رهبر سوریه" and "رئیس‌جمهور سوریه", "رهبر قطر" and "امیر قطر": a foreign country's leader is its head."""
    return x.words == ("رهبر",) and x.country not in (None, "ایران", "?") and x.country == y.country and y.words in _HEADS


@lru_cache(maxsize=1)
def _official_adjectives() -> frozenset[str]:
    """data/official_adjectives.txt, in shape's four-letter words."""
    return frozenset(w[:4] for line in data_lines("official_adjectives.txt") for w in fold(line).split())


def official_fits(role: str, title: str) -> bool:
    """"مقام فرانسوی", "مقام ارشد نظامی آمریکا" and "وزیر دارایی فرانسه": one official of a country, office unsaid,
    may be any office of it (not "مقامات آمریکایی": many). Only for telling two mentions of one contact apart: it
    names no one."""
    x, y = shape(role), shape(title)
    return fold(role).split()[:1] == ["مقام"] and x.words[:1] == ("مقام",) \
        and all(w in _official_adjectives() for w in x.words[1:]) and x.country not in (None, "?") \
        and x.country == y.country and bool(y.words)


def in_order(few: tuple[str, ...], many: tuple[str, ...]) -> bool:
    """Does every word of `few` stand in `many`, in the same order (others between)?"""
    rest = iter(many)
    return all(any(w == t for t in rest) for w in few)


def _fit(role: str, title: str) -> int:
    a, b = shape(role), shape(title)
    if _leader_of(a, b) or _leader_of(b, a):
        return 9
    if not a.words or not b.words or a.words[0] != b.words[0]:
        return 0
    if min(len(a.words) + (a.country is not None), len(b.words) + (b.country is not None)) < 2 and a.words not in _ONE_WORD_OFFICES:
        return 0  # "رئیس", "وزیر" alone: any office; "رئیس‌جمهور", "رهبر" alone are one each
    if a.country and b.country and a.country != b.country or "?" in (a.country, b.country):
        return 0
    if a.country is None and b.country not in (None, "ایران"):
        return 0  # Iranian news: an office written without a country is Iran's, not a foreign holder's
    if a.post and b.post and a.post != b.post:
        return 0
    short, long_ = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
    if not in_order(short[1:], long_[1:]):
        return 0
    return max(1, 2 * len(short) - (len(long_) - len(short)) + 4 * (a.country == b.country) + 2 * (a.post == b.post) + 8)


def with_country(f: str, start: int, at: int, role: str) -> str:
    """"وزیر خارجه این کشور" with the country folded text `f` names last in [start, at) ("… در مسکو با X وزیر
    خارجه این کشور" -> "وزیر خارجه روسیه"); `role` unchanged when it has no «این کشور» or nothing is named."""
    this = _THIS_COUNTRY.search(role)
    if not this:
        return role
    lex = lexicon()
    before = list(lex.country.finditer(f, start, at))
    if not before:
        return role
    country = lex.country_in(before[-1].group()) or this.group()
    return " ".join((role[: this.start()] + country + role[this.end():]).split())
