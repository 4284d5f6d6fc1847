"""Persons, events and mentions: one row per meeting however many articles report it.

``store_events`` replaces the mentions an article contributes, resolves participants to persons
(aliases merged) and regroups every event that shares a (participant set, type) key with what
changed. Grouping is a pure function of the stored mentions, so any ingestion order gives the
same events:

- mentions with a date form one event per date;
- an undated mention joins the dated event whose reporting articles were published closest to
  its own, within ``event_merge_days``;
- the remaining undated mentions form one event per run of articles published within that window.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import combinations

from pipeline import registry
from pipeline.events.lexicon import name_particles
from pipeline.registry.spelling import spelled
from pipeline.rows import DictRows
from rasad.persian import name_tokens
from rasad.persian_dates import to_jalali_str

log = logging.getLogger(__name__)

TYPES = {"meeting": "040", "phone_call": "041", "video_call": "041"}

HONORIFICS = frozenset(name_tokens("آقای آقا خانم دکتر مهندس سردار سرلشکر سرتیپ حجت‌الاسلام والمسلمین "
                                 "حجت‌الاسلام‌والمسلمین آیت‌الله حضرت جناب سرکار"))
# A party containing one of these is a role or body ("سفیر روسیه در تهران"), matched only as written.
ROLE_WORDS = frozenset(name_tokens("در و از به با وزیر سفیر رئیس معاون هیئت هیات نماینده نمایندگان دبیرکل دبیر "
                                 "فرمانده استاندار سخنگوی مقام مقامات فعالان اعضای مدیرکل مشاور دستیار کاردار رهبر "
                                 "نخست ریاست سران رئیس‌جمهور نخست‌وزیر معاونت کنسول سرکنسول وزارت سازمان سفارت مجلس "
                                 "دولت کمیسیون شورای اتحادیه کمیته ارتش نیروهای همتای همتایان"))

# Lineage words inside a name («سالم بن حمد الحارثی») do not make it long enough to read as a phrase.
PARTICLES = frozenset(name_tokens(" ".join(name_particles())))


def person_tokens(name: str | None) -> list[str]:
    """The tokens a person is found by (person_tokens, persons.key): ``name_tokens`` without
    honorifics, spelling variants made one."""
    return list(_person_tokens(name or ""))


@lru_cache(maxsize=65536)
def _person_tokens(name: str) -> tuple[str, ...]:
    """person_tokens, cached: the store asks for the same names many times per article."""
    return tuple(spelled([t for t in name_tokens(name) if t not in HONORIFICS]))


def _is_role(tokens: list[str]) -> bool:
    """A role or body, or a phrase: a role word, or more than four words besides lineage particles."""
    return any(t in ROLE_WORDS for t in tokens) or sum(t not in PARTICLES for t in tokens) > 4


def _fuller(a: str, b: str) -> str:
    """The name to show of two spellings: a name before a role, then more letters, more ZWNJ, the smaller string."""
    return max(a, b, key=lambda n: (not _is_role(person_tokens(n)), len("".join(person_tokens(n))),
                                    n.count("\u200c"), [-ord(c) for c in n]))


def _first(*values):
    """The first value that is not None (SQL's coalesce)."""
    return next((v for v in values if v is not None), None)


def _has_run(tokens: list[str], run: list[str]) -> bool:
    """True when *run* stands in *tokens* as consecutive tokens."""
    return any(tokens[i : i + len(run)] == run for i in range(len(tokens) - len(run) + 1))


class _Persons:
    """Alias resolution against the persons table, through the key and token indexes."""

    def __init__(self, conn):
        self.conn = conn

    def _row(self, pid: int) -> dict:
        return self.conn.execute("SELECT * FROM persons WHERE id = ?", (pid,)).fetchone()

    def _containing(self, tokens: list[str]) -> set[int]:
        """Persons whose tokens include every one of *tokens*."""
        found: set[int] | None = None
        for t in tokens:
            ids = {r["person_id"] for r in self.conn.execute(
                "SELECT person_id FROM person_tokens WHERE token = ?", (t,))}
            found = ids if found is None else found & ids
            if not found:
                return set()
        return found or set()

    def _compatible(self, pid: int, country: str | None) -> bool:
        other = self._row(pid)["country"]
        return not (country and other and other != country)

    def resolve(self, party: dict) -> int | None:
        """The person id of one participant dict, creating or enriching the person as needed."""
        name = (party.get("name") or "").strip()
        tokens = person_tokens(name)
        if not tokens:
            return None
        key, country = "".join(tokens), party.get("country") or None
        hit = self.conn.execute("SELECT id FROM persons WHERE key = ? ORDER BY id LIMIT 1", (key,)).fetchone()
        if hit:
            return self._update(hit["id"], name, party)
        if _is_role(tokens):
            # A role written with a name in it («وزیر امور خارجه کشورمان، مسعود کریمیان») is that person.
            named = set()
            for size in range(len(tokens) - 1, 1, -1):
                for i in range(len(tokens) - size + 1):
                    for r in self.conn.execute("SELECT id, name FROM persons WHERE key = ?",
                                               ("".join(tokens[i : i + size]),)):
                        if not _is_role(person_tokens(r["name"])) and self._compatible(r["id"], country):
                            named.add(r["id"])
            if len(named) == 1:
                return self._update(named.pop(), name, party)
            return self._create(name, key, tokens, party)
        # A shorter form joins the one fuller name that contains it (or the one role that names it).
        fuller = set()
        for pid in self._containing(tokens):
            other = person_tokens(self._row(pid)["name"])
            if (not _is_role(other) or (len(tokens) > 1 and _has_run(other, tokens))) and self._compatible(pid, country):
                fuller.add(pid)
        if len(fuller) == 1:
            return self._update(fuller.pop(), name, party)
        if not fuller:
            # A fuller form absorbs the one shorter person it contains, if that one is unambiguous.
            shorter = self._shorter(tokens, country)
            if shorter is not None:
                return self._update(shorter, name, party)
        return self._create(name, key, tokens, party)

    def _shorter(self, tokens: list[str], country: str | None) -> int | None:
        """The one person written as a shorter form of *tokens* («خاجی» for «علی‌اصغر خاجی»), looked
        up by the keys of the name's token subsets; None when there is none, several, or when that
        shorter form also fits another person."""
        found = set()
        for size in range(len(tokens) - 1, 0, -1):
            for part in combinations(tokens, size):
                for r in self.conn.execute("SELECT id, name FROM persons WHERE key = ?", ("".join(part),)):
                    if not _is_role(person_tokens(r["name"])) and self._compatible(r["id"], country):
                        found.add(r["id"])
        if len(found) != 1:
            return None
        pid = found.pop()
        return pid if self._containing(person_tokens(self._row(pid)["name"])) == {pid} else None

    def _rename(self, pid: int, name: str) -> None:
        """Carry a person's fuller name into the events they already take part in."""
        self.conn.execute("UPDATE event_participants SET name = ? WHERE person_id = ?", (name, pid))
        for r in self.conn.execute("SELECT event_id FROM event_participants WHERE person_id = ?", (pid,)).fetchall():
            names = [n["name"] for n in self.conn.execute(
                "SELECT name FROM event_participants WHERE event_id = ? ORDER BY rowid", (r["event_id"],))]
            self.conn.execute("UPDATE events SET label = ? WHERE id = ?", (" — ".join(names), r["event_id"]))

    def _create(self, name: str, key: str, tokens: list[str], party: dict) -> int:
        cur = self.conn.execute(
            "INSERT INTO persons (name, aliases, title, organization, country, key) VALUES (?, ?, ?, ?, ?, ?)",
            (name, json.dumps([name], ensure_ascii=False), party.get("title"),
             party.get("organization"), party.get("country"), key),
        )
        pid = cur.lastrowid
        self.conn.executemany("INSERT OR IGNORE INTO person_tokens (token, person_id) VALUES (?, ?)",
                              [(t, pid) for t in set(tokens)])
        return pid

    def _update(self, pid: int, name: str, party: dict) -> int:
        """Add *name* as an alias of person *pid*; the shown name (and its key) is the fuller one."""
        row = self._row(pid)
        aliases = json.loads(row["aliases"] or "[]")
        if name not in aliases:
            aliases.append(name)
        full = _fuller(row["name"], name)
        if full != row["name"]:
            self._rename(pid, full)
        new = {"name": full, "aliases": json.dumps(sorted(aliases), ensure_ascii=False),
               "title": _first(party.get("title"), row["title"]),
               "organization": _first(party.get("organization"), row["organization"]),
               "country": _first(row["country"], party.get("country")), "key": "".join(person_tokens(full))}
        changed = {k: v for k, v in new.items() if v != row[k]}
        if changed:  # a person met again as written is not rewritten (nor re-indexed for search)
            self.conn.execute(f"UPDATE persons SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?",
                              (*changed.values(), pid))
        self.conn.executemany("INSERT OR IGNORE INTO person_tokens (token, person_id) VALUES (?, ?)",
                              [(t, pid) for t in set(person_tokens(name))])
        return pid


def _date(value) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def _stamp(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def store_events(db, article_id: int, events: list[dict], settings) -> None:
    """Replace the events *article_id* reports with *events* (gold format), merging across articles.

    Called inside the article's transaction; running it again for the same article replaces its
    mentions and removes events that no article reports any more.
    """
    conn = DictRows(db.conn)
    registry.sync_seed(conn)  # once: the late articles stored again below share the transaction
    _store(conn, article_id, events, settings)


def _store(conn, article_id: int, events: list[dict], settings) -> None:
    """store_events after the seed check, for the article and then each late article its sightings name."""
    art = conn.execute("SELECT id, site, url, published FROM articles WHERE id = ?", (article_id,)).fetchone()
    if art is None:
        raise KeyError(f"article {article_id} does not exist")
    affected = {(r["participants_key"], r["type"]) for r in conn.execute(
        "SELECT DISTINCT e.participants_key, e.type FROM event_mentions m JOIN events e ON e.id = m.event_id"
        " WHERE m.article_id = ?", (article_id,))}
    conn.execute("DELETE FROM event_mentions WHERE article_id = ?", (article_id,))
    persons = _Persons(conn)
    changed = registry.learn(conn, persons, article_id, events)
    kept: dict[tuple, dict] = {}
    for n, event in enumerate(events or []):
        mention = _mention(persons, event, conn, registry.day_of(art["published"]))
        if isinstance(mention, str):
            log.warning("article %s (%s): event %d skipped: %s", article_id, art["url"], n, mention)
            continue
        slot = (mention["participants_key"], mention["type"], mention["date"])
        if slot not in kept or mention["confidence"] > kept[slot]["confidence"]:
            kept[slot] = mention
    dated = {(pkey, etype) for pkey, etype, day in kept if day}
    kept = {slot: m for slot, m in kept.items() if slot[2] or slot[:2] not in dated}  # one mention per event
    for (pkey, etype, _), mention in sorted(kept.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        event_id = conn.execute(
            "INSERT INTO events (type, participants_key, date) VALUES (?, ?, ?)",
            (etype, pkey, mention["date"])).lastrowid
        conn.execute(
            "INSERT INTO event_mentions (event_id, article_id, site, url, evidence, span_start, span_end,"
            " confidence, extracted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_id, article_id, art["site"], art["url"], mention["evidence"], mention["span"][0],
             mention["span"][1], mention["confidence"], json.dumps(mention["extracted"], ensure_ascii=False)),
        )
        affected.add((pkey, etype))
    window = timedelta(days=settings.event_merge_days)
    for pkey, etype in sorted(affected):
        _regroup(conn, pkey, etype, window)
    registry.index_roles(conn, article_id)
    for other in registry.late_articles(conn, changed, article_id):  # roles a new holder now names
        _store(conn, other, registry.original_events(conn, other), settings)


def _mention(persons: _Persons, event: dict, conn=None, published=None) -> dict | str:
    """The mention to store for one extracted event, or why it cannot be stored; a role-only participant
    is the person the registry says held that office on the event's date (or *published*), if only one did."""
    if not isinstance(event, dict):
        return "not an object"
    etype = event.get("type")
    if etype not in TYPES:
        return f"unknown type {etype!r}"
    parties = [p for p in event.get("participants") or [] if isinstance(p, dict)]
    extracted = dict(event)
    extracted["participants"] = []
    ids: list[int] = []
    day = _date(event.get("date"))
    for party in parties:
        found = conn and registry.resolve(conn, party, [p for p in parties if p is not party],
                                          date.fromisoformat(day) if day else published)
        pid = persons.resolve(dict(party, name=found["name"]) if found and "name" in found else party)
        if pid is not None:
            extracted["participants"].append(dict(party, person_id=pid, **({"registry": found} if found else {})))
            if pid not in ids:
                ids.append(pid)
    if len(ids) < 2:
        return "fewer than two distinct participants"
    span = event.get("span") if isinstance(event.get("span"), (list, tuple)) and len(event["span"]) == 2 else (None, None)
    confidence = event.get("confidence")
    return {
        "type": etype,
        "participants_key": ",".join(str(i) for i in sorted(ids)),
        "date": _date(event.get("date")),
        "evidence": event.get("evidence"),
        "span": span,
        "confidence": float(confidence) if isinstance(confidence, (int, float)) else 0.0,
        "extracted": extracted,
    }


def _groups(mentions: list[dict], window: timedelta) -> list[list[dict]]:
    """Split the mentions of one (participants, type) key into events (see the module docstring)."""
    mentions = sorted(mentions, key=lambda m: (m["published"] or "~", m["url"] or "", m["article_id"]))
    dated: dict[str, list[dict]] = {}
    undated = []
    for m in mentions:
        (dated.setdefault(m["date"], []) if m["date"] else undated).append(m)
    loose: list[dict] = []
    for m in undated:
        when = _stamp(m["published"])
        best = None
        for d, group in dated.items():
            gaps = [abs(when - t) for t in (_stamp(g["published"]) for g in group if g["date"]) if t and when]
            if gaps and min(gaps) <= window and (best is None or (min(gaps), d) < best[:2]):
                best = (min(gaps), d)
        if best:
            dated[best[1]].append(m)
        else:
            loose.append(m)
    groups = [dated[d] for d in sorted(dated)]
    run: list[dict] = []
    for m in loose:  # sorted by publication: a gap wider than the window starts a new event
        if run and not (_stamp(m["published"]) and _stamp(run[-1]["published"])
                        and _stamp(m["published"]) - _stamp(run[-1]["published"]) <= window):
            groups.append(run)
            run = []
        run.append(m)
    if run:
        groups.append(run)
    return groups


def _regroup(conn, pkey: str, etype: str, window: timedelta) -> None:
    """Recompute the events of one (participants, type) key from all their mentions."""
    old_ids = [r["id"] for r in conn.execute(
        "SELECT id FROM events WHERE participants_key = ? AND type = ? ORDER BY id", (pkey, etype))]
    mentions = []
    for eid in old_ids:
        mentions += conn.execute(
            "SELECT m.*, a.published, a.fetched FROM event_mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.event_id = ?", (eid,)).fetchall()
    for m in mentions:
        m["data"] = json.loads(m["extracted"])
        m["date"] = _date(m["data"].get("date"))
    used: set[int] = set()
    for group in _groups(mentions, window):
        reusable = sorted({m["event_id"] for m in group} - used)
        eid = reusable[0] if reusable else conn.execute(
            "INSERT INTO events (type, participants_key) VALUES (?, ?)", (etype, pkey)).lastrowid
        used.add(eid)
        conn.executemany("UPDATE event_mentions SET event_id = ? WHERE id = ?", [(eid, m["id"]) for m in group])
        _summarise(conn, eid, etype, group)
    for eid in old_ids:
        if eid not in used:
            conn.execute("DELETE FROM event_participants WHERE event_id = ?", (eid,))
            conn.execute("DELETE FROM events WHERE id = ?", (eid,))


def _most_common(values: list) -> object:
    """The most frequent non-empty value, ties going to the one met first."""
    values = [v for v in values if v]
    return Counter(values).most_common(1)[0][0] if values else None


def _summarise(conn, eid: int, etype: str, group: list[dict]) -> None:
    """Write an event's aggregate columns and participants from its mentions (sorted by publication)."""
    datas = [m["data"] for m in group]
    day = next((m["date"] for m in group if m["date"]), None)
    jalali = next((d.get("date_jalali") for d in datas if _date(d.get("date")) == day and d.get("date_jalali")), None)
    if day and not jalali:
        jalali = to_jalali_str(date.fromisoformat(day))
    topics: list[str] = []
    for d in datas:
        topics += [t for t in d.get("topics") or [] if isinstance(t, str) and t not in topics]
    people: dict[int, dict] = {}
    for d in datas:
        for p in d["participants"]:
            people.setdefault(p["person_id"], p)
            if "by" in p.get("registry", {}) and "by" not in people[p["person_id"]].get("registry", {}):
                people[p["person_id"]] = dict(people[p["person_id"]], name=p["name"], registry=p["registry"])
    names = {pid: conn.execute("SELECT name FROM persons WHERE id = ?", (pid,)).fetchone()["name"] for pid in people}
    published = [m["published"] for m in group if m["published"]]
    fetched = [m["fetched"] for m in group if m["fetched"]]
    confidences = [m["confidence"] for m in group if m["confidence"] is not None]
    conn.execute(
        "UPDATE events SET date = ?, date_jalali = ?, cameo = ?, location = ?, topics = ?, label = ?,"
        " confidence = ?, n_mentions = ?, n_sources = ?, first_seen = ?, first_published = ? WHERE id = ?",
        (day, jalali, _most_common([d.get("cameo") for d in datas]) or TYPES[etype],
         None if etype != "meeting" else _most_common([d.get("location") for d in datas]),
         json.dumps(topics, ensure_ascii=False), " — ".join(names[p] for p in people),
         max(confidences) if confidences else None, len(group), len({m["site"] for m in group}),
         min(fetched) if fetched else None, min(published) if published else None, eid),
    )
    conn.execute("DELETE FROM event_participants WHERE event_id = ?", (eid,))
    conn.executemany(
        "INSERT INTO event_participants (event_id, person_id, name, title, organization, country, role_as_written,"
        " resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(eid, pid, names[pid], p.get("title"), p.get("organization"), p.get("country"),
          *((p["name"], p["registry"]["by"]) if "by" in p.get("registry", {}) else (None, None)))
         for pid, p in people.items()],
    )


def clear(db) -> None:
    """Forget every person, event and mention, and the registry built from them (inside the
    transaction that rebuilds them)."""
    for table in ("event_mentions", "event_participants", "events"):
        db.execute(f"DELETE FROM {table}")
    registry.clear(db)
    db.execute("DELETE FROM person_tokens")
    db.execute("DELETE FROM persons")


def drop_orphans(db) -> None:
    """Delete the persons no event and no office sighting names any more."""
    orphans = ("SELECT id FROM persons WHERE id NOT IN (SELECT person_id FROM event_participants)"
               " AND id NOT IN (SELECT person_id FROM office_sightings)")
    with db.atomic():
        db.execute(f"DELETE FROM person_tokens WHERE person_id IN ({orphans})")
        db.execute(f"DELETE FROM persons WHERE id IN ({orphans})")
