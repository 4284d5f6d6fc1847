"""Compare what rasad stored with the sample articles' annotations (used by `rasad demo` and tests).

Names match as in ../shared/eval/GUIDE.md (``rasad.persian.same_person``): after unifying ي/ی, ك/ک,
ZWNJ and diacritics, every token of the shorter name is in the longer one («کریمیان» matches
«مسعود کریمیان»).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasad.demo.articles import Article, ExpectedEvent
from rasad.persian import name_tokens, same_person
from rasad.urls import canonical_url


def same_text(a: str | None, b: str | None) -> bool:
    """Equal once letters are unified and ZWNJ, diacritics and spacing are ignored."""
    return name_tokens(a) == name_tokens(b)


@dataclass
class StoredEvent:
    id: int
    type: str
    date: str | None
    date_jalali: str | None
    location: str | None
    participants: list[str]
    n_sources: int = 1


def matches(expected: ExpectedEvent, stored: StoredEvent, *, with_date: bool = True) -> bool:
    """Same type, enough participants (all when two, else at least two), same date."""
    if expected.type != stored.type:
        return False
    free = list(stored.participants)
    hits = 0
    for name in expected.participants:
        hit = next((p for p in free if same_person(name, p)), None)
        if hit is not None:
            free.remove(hit)
            hits += 1
    need = len(expected.participants) if len(expected.participants) <= 2 else 2
    if hits < need:
        return False
    return not with_date or (expected.date.isoformat() if expected.date else None) == stored.date


def article_row(db, url: str) -> dict | None:
    """The stored article fetched from *url* (any URL form rasad recorded for it)."""
    key = canonical_url(url)
    row = db.execute("select id from articles where canonical_url = ? or url = ?", [key, url]).fetchone()
    if row is None:
        row = db.execute("select article_id from article_urls where url in (?, ?)", [url, key]).fetchone()
    return next(db["articles"].rows_where("id = ?", [row[0]])) if row else None


def events_of(db, article_id: int) -> list[StoredEvent]:
    """The events that have a mention in article *article_id*."""
    out = []
    for eid, etype, date, date_j, loc, n_sources in db.execute(
        "select distinct e.id, e.type, e.date, e.date_jalali, e.location, e.n_sources from events e "
        "join event_mentions m on m.event_id = e.id where m.article_id = ? order by e.id", [article_id]
    ).fetchall():
        names = [r[0] for r in db.execute(
            "select name from event_participants where event_id = ? order by person_id", [eid])]
        out.append(StoredEvent(eid, etype, date, date_j, loc, names, n_sources or 1))
    return out


@dataclass
class ArticleCheck:
    """One sample article against the database."""

    article: Article
    row: dict | None
    events: list[StoredEvent] = field(default_factory=list)
    found: list[ExpectedEvent] = field(default_factory=list)
    found_in: list[int] = field(default_factory=list)  # the stored event id of each found one
    missed: list[ExpectedEvent] = field(default_factory=list)
    spurious: list[StoredEvent] = field(default_factory=list)


def check_articles(db, articles: list[Article], url_of) -> list[ArticleCheck]:
    """For each article: its stored row, the expected events found/missed, unexpected events."""
    out = []
    for a in articles:
        row = article_row(db, url_of(a))
        check = ArticleCheck(a, row)
        if row is not None:
            check.events = events_of(db, row["id"])
            free = list(check.events)
            for exp in a.expected_events:
                hit = next((s for s in free if matches(exp, s)), None)
                (check.found if hit else check.missed).append(exp)
                if hit:
                    check.found_in.append(hit.id)
                    free.remove(hit)
            check.spurious = [s for s in free
                              if not any(matches(e, s, with_date=False) for e in a.expected_events)]
        else:
            check.missed = list(a.expected_events)
        out.append(check)
    return out
