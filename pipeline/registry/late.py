"""Late resolution: the role-only mentions a change of holders may name, and the events to store again."""

from __future__ import annotations

import json

_OURS = ("person_id", "registry")


def index_roles(conn, article_id: int) -> None:
    """Record the office and day of every role-only participant of the article's mentions."""
    conn.execute("DELETE FROM mention_roles WHERE article_id = ?", (article_id,))
    for m in conn.execute("SELECT id, extracted FROM event_mentions WHERE article_id = ?", (article_id,)).fetchall():
        for p in json.loads(m["extracted"])["participants"]:
            found = p.get("registry")
            if found and found.get("day"):
                conn.execute("INSERT OR IGNORE INTO mention_roles (mention_id, article_id, office_key, day)"
                             " VALUES (?, ?, ?, ?)", (m["id"], article_id, found["office_key"], found["day"]))


def late_articles(conn, changes: list[tuple[str, str, str]], article_id: int) -> list[int]:
    """Other articles with a role-only participant of a changed office on a changed day."""
    found: set[int] = set()
    for key, lo, hi in changes:
        found |= {r["article_id"] for r in conn.execute(
            "SELECT DISTINCT article_id FROM mention_roles WHERE office_key = ? AND day BETWEEN ? AND ?",
            (key, lo, hi))}
    return sorted(found - {article_id})


def original_events(conn, article_id: int) -> list[dict]:
    """The article's stored events as the extractor gave them (the store's additions taken off)."""
    events = []
    for m in conn.execute("SELECT extracted FROM event_mentions WHERE article_id = ? ORDER BY id", (article_id,)):
        event = json.loads(m["extracted"])
        event["participants"] = [{k: v for k, v in p.items() if k not in _OURS} for p in event["participants"]]
        events.append(event)
    return events
