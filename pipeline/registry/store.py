"""The registry in the database: appositions seen per article, holders per office, holders at a date."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from pipeline import event_store
from pipeline.events.participants import Resolver
from pipeline.events.roles import shape
from pipeline.normalize import normalize
from pipeline.registry.offices import Office, counterpart_office, office_of, trim
from pipeline.registry.seed import SEED, SeedRow, read_seed, seed_rows
from rasad.persian import same_person, span_fold

log = logging.getLogger(__name__)

WINDOW = timedelta(days=30)  # a holder seen on day d (and no one else) held the office within this of d
_TEHRAN = ZoneInfo("Asia/Tehran")
_MIN, _MAX = date.min.isoformat(), date.max.isoformat()


def day_of(published: str | None) -> date | None:
    """The Tehran day of a stored UTC timestamp (or a plain date)."""
    try:
        when = datetime.fromisoformat(published) if published else None
    except ValueError:
        return None
    if when is None:
        return None
    return when.astimezone(_TEHRAN).date() if when.tzinfo else when.date()


def is_role(name: str | None) -> bool:
    """A party written as a role, not a name («وزیر امور خارجه عمان»)."""
    tokens = event_store.person_tokens(name)
    return bool(tokens) and event_store._is_role(tokens)


def appositions(article: dict, events: list[dict]) -> list[dict]:
    """Every «NAME TITLE» the extractor reads in the article, and every named participant with a title."""
    text = "\n".join(t for t in (article.get("lead"), article.get("body")) if t)
    found = [{"name": normalize(name), "title": normalize(title), "organization": None, "country": None}
             for title, name in _holders(text)] if text else []
    for e in events or []:
        for p in e.get("participants") or [] if isinstance(e, dict) else []:
            if isinstance(p, dict) and p.get("title") and p.get("name") and p["name"] != p["title"]:
                found.append({k: p.get(k) for k in ("name", "title", "organization", "country")})
    return [p for p in found if not is_role(p["name"])]


@lru_cache(maxsize=256)
def _holders(text: str) -> tuple[tuple[str, str], ...]:
    """(title, name) of every «NAME TITLE» the extractor's Resolver reads in *text*; cached, as an
    article is read again each time a new holder may name its role-only participants."""
    return tuple(Resolver(text, span_fold(text), []).holders)


def learn(conn, persons, article_id: int, events: list[dict]) -> list[tuple[str, str, str]]:
    """Replace the article's sightings; return (office key, from day, to day) where holders changed
    (the seed's holders are stored already: sync_seed)."""
    art = conn.execute("SELECT lead, body, published FROM articles WHERE id = ?", (article_id,)).fetchone()
    day = day_of(art["published"])
    old = {(r["person_id"], r["office_key"]) for r in conn.execute(
        "SELECT person_id, office_key FROM office_sightings WHERE article_id = ?", (article_id,))}
    conn.execute("DELETE FROM office_sightings WHERE article_id = ?", (article_id,))
    for p in appositions(art, events) if day else []:
        p["title"] = trim(p["title"])
        office = office_of(p["title"], p["country"])
        if office is None:
            continue
        pid = persons.resolve(dict(p, country=p["country"] or _explicit(p["title"])))
        if pid is None or not _country_fits(conn, pid, office):
            continue
        conn.execute("INSERT OR IGNORE INTO office_sightings (article_id, person_id, office_key, title, organization,"
                     " day) VALUES (?, ?, ?, ?, ?, ?)",
                     (article_id, pid, office.key, p["title"], p["organization"], day.isoformat()))
    new = {(r["person_id"], r["office_key"]) for r in conn.execute(
        "SELECT person_id, office_key FROM office_sightings WHERE article_id = ?", (article_id,))}
    return [c for pair in sorted(old | new) for c in _refresh(conn, *pair)]


def _explicit(title: str) -> str | None:
    """The country a title itself names, if any."""
    country = shape(title).country
    return None if country == "?" else country


def _country_fits(conn, pid: int, office: Office) -> bool:
    """A person known to be of another country does not hold this country's office."""
    row = conn.execute("SELECT country FROM persons WHERE id = ?", (pid,)).fetchone()
    return not (row and row["country"] and row["country"] != office.country)


def _refresh(conn, pid: int, key: str) -> list[tuple[str, str, str]]:
    """Recompute one learned holder row from its sightings; the day ranges whose holders changed."""
    before = conn.execute("SELECT first_seen, last_seen FROM office_holders WHERE source = 'article'"
                          " AND person_id = ? AND office_key = ?", (pid, key)).fetchone()
    agg = conn.execute(
        "SELECT min(day) AS first, max(day) AS last, count(DISTINCT article_id) AS n FROM office_sightings"
        " WHERE person_id = ? AND office_key = ?", (pid, key)).fetchone()
    conn.execute("DELETE FROM office_holders WHERE source = 'article' AND person_id = ? AND office_key = ?", (pid, key))
    if agg["n"]:
        first = conn.execute(
            "SELECT s.article_id, s.title, s.organization FROM office_sightings s JOIN articles a ON a.id = s.article_id"
            " WHERE s.person_id = ? AND s.office_key = ? ORDER BY s.day, a.published, a.url LIMIT 1",
            (pid, key)).fetchone()
        name = conn.execute("SELECT name FROM persons WHERE id = ?", (pid,)).fetchone()["name"]
        conn.execute(
            "INSERT INTO office_holders (person_id, name, office_key, country, title, organization, source,"
            " first_seen, last_seen, n_articles, first_article_id, provenance)"
            " VALUES (?, ?, ?, ?, ?, ?, 'article', ?, ?, ?, ?, ?)",
            (pid, name, key, key.split(" / ")[1], first["title"], first["organization"], agg["first"],
             agg["last"], agg["n"], first["article_id"], f"article {first['article_id']}"))
    old = (before["first_seen"], before["last_seen"]) if before else None
    now = (agg["first"], agg["last"]) if agg["n"] else None
    return [(key, lo, hi) for lo, hi in _changed(old, now)]


def _changed(old, now) -> list[tuple[str, str]]:
    """Days whose fit changed when a holder's seen span went from *old* to *now* (either may be None)."""
    widen = lambda span: ((date.fromisoformat(span[0]) - WINDOW).isoformat(),  # noqa: E731
                          (date.fromisoformat(span[1]) + WINDOW).isoformat())
    if old == now:
        return []
    if old is None or now is None:
        return [widen(old or now)]
    (a0, a1), (b0, b1) = widen(old), widen(now)
    return [r for r in ((min(a0, b0), max(a0, b0)), (min(a1, b1), max(a1, b1))) if r[0] != r[1]]


def sync_seed(conn) -> None:
    """Write the seed's holders into office_holders when the file differs from what is stored."""
    rows = seed_rows(SEED)
    have = Counter(conn.conn.execute(
        "SELECT provenance, name, office_key, start, end FROM office_holders WHERE source = 'seed'").fetchall())
    if have == _stored_form(rows):
        return
    for problem in read_seed(SEED)[1]:
        log.warning("%s", problem)
    conn.execute("DELETE FROM office_holders WHERE source = 'seed'")
    conn.executemany(
        "INSERT INTO office_holders (name, office_key, country, title, source, start, end, provenance)"
        " VALUES (?, ?, ?, ?, 'seed', ?, ?, ?)",
        [(r.name, r.key, r.country, r.office, r.start, r.end, r.where) for r in rows])


@lru_cache(maxsize=4)
def _stored_form(rows: tuple[SeedRow, ...]) -> Counter:
    """The seed rows as office_holders holds them: (provenance, name, office_key, start, end)."""
    return Counter((r.where, r.name, r.key, r.start, r.end) for r in rows)


def holders_at(conn, key: str, day: date) -> list[list[dict]]:
    """The holders of office *key* on *day*, one list per person (seed and learned forms of one name together)."""
    found = [{"name": r.name, "by": r.where, "person_id": None}
             for r in seed_rows(SEED) if r.key == key and r.fits_from <= day <= r.fits_to]
    found += [{"name": r["name"], "by": r["provenance"], "person_id": r["person_id"]} for r in conn.execute(
        "SELECT name, provenance, person_id FROM office_holders WHERE source = 'article' AND office_key = ?"
        " AND first_seen <= ? AND last_seen >= ? ORDER BY first_seen, person_id",
        (key, (day + WINDOW).isoformat(), (day - WINDOW).isoformat()))]
    people: list[list[dict]] = []
    for h in found:
        same = [g for g in people if any(_one_person(h, o) for o in g)]
        merged = [h] + [o for g in same for o in g]
        people = [g for g in people if g not in same] + [merged]
    return people


def _one_person(a: dict, b: dict) -> bool:
    if a["person_id"] is not None and a["person_id"] == b["person_id"]:
        return True
    ta, tb = event_store.person_tokens(a["name"]), event_store.person_tokens(b["name"])
    return same_person(" ".join(ta), " ".join(tb))


def office_for(party: dict, others: list[dict]) -> Office | None:
    """The office a role-only participant names (a counterpart takes the other side's office)."""
    role = party.get("title") or party.get("name")
    counterpart = span_fold(party.get("name") or "").startswith(span_fold("همتای"))
    if not (counterpart or is_role(party.get("name")) or party.get("name") == party.get("title")):
        return None
    for other in others:
        office = counterpart_office(party.get("name"), party.get("country"), other.get("title") or other.get("name"))
        if office:
            return office
    return office_of(role, party.get("country"))


def resolve(conn, party: dict, others: list[dict], day: date | None) -> dict | None:
    """{"office_key", "day", "name", "by"} of the one holder of a role-only party's office on *day*,
    {"office_key", "day"} alone when none or several fit, None when the party is not a role with an office."""
    office = office_for(party, others)
    if office is None:
        return None
    people = holders_at(conn, office.key, day) if day else []
    if len(people) != 1:
        return {"office_key": office.key, "day": day and day.isoformat()}
    group = people[0]
    learned = [h for h in group if h["person_id"] is not None]
    best = learned[0] if learned else group[0]
    by = "; ".join(sorted({h["by"] for h in group}))
    return {"office_key": office.key, "day": day.isoformat(), "name": best["name"], "by": by}


def clear(conn) -> None:
    """Forget every sighting, holder and waiting role (inside the transaction that rebuilds them)."""
    for table in ("mention_roles", "office_sightings", "office_holders"):
        conn.execute(f"DELETE FROM {table}")
