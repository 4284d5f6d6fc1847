"""The crawler's memory of article links a source listed but that are not settled yet.

A link is *pending* from the moment a source lists it until it is stored, found already known,
skipped for good (too old, not an article page, HTTP 404...) or given up after
``settings.article_tries`` transient failures. The rows are written in the same transaction as
the source's new validators, so a 304 on the next run can never hide an unfetched article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from crawler.feeds import Link


def _iso(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Pending:
    """One pending link and when it may be fetched again."""

    key: str           # canonical URL
    link: Link
    tries: int
    next_try: str

    def due(self, now: datetime) -> bool:
        return self.next_try <= _iso(now)


def remember(db, site: str, source: str, links: list[tuple[str, Link]]) -> None:
    """Add (canonical URL, link) pairs not pending yet; links already pending keep their tries."""
    now = _iso(datetime.now(timezone.utc))
    rows = [{"site": site, "canonical_url": key, "url": link.url, "source": source,
             "title": link.title, "published": _iso(link.published) if link.published else None,
             "listed": now, "tries": 0, "next_try": now} for key, link in links]
    if rows:
        with db.atomic():
            db["pending_articles"].insert_all(rows, ignore=True)


def pending(db, site: str) -> list[Pending]:
    """Every pending link of *site*, first listed first."""
    rows = db.execute(
        "select canonical_url, url, published, title, tries, next_try from pending_articles "
        "where site = ? order by listed, rowid", [site]).fetchall()
    return [Pending(key, Link(url, datetime.fromisoformat(published) if published else None, title),
                    tries, next_try) for key, url, published, title, tries, next_try in rows]


def settle(db, site: str, key: str | None) -> None:
    """The link is done with (stored, known, skipped or given up): forget it."""
    if key is None:
        return
    with db.atomic():
        db.execute("delete from pending_articles where site = ? and canonical_url = ?", [site, key])


def failed_try(db, site: str, key: str, reason: str, retry_after: timedelta) -> int:
    """Count a transient failure; the next try waits retry_after, doubled per earlier try.

    Returns the number of tries so far (0 if the link was not pending).
    """
    with db.atomic():
        row = db.execute("select tries from pending_articles where site = ? and canonical_url = ?",
                         [site, key]).fetchone()
        if row is None:
            return 0
        tries = row[0] + 1
        wait = retry_after * 2 ** (tries - 1)
        db.execute("update pending_articles set tries = ?, next_try = ?, last_error = ? "
                   "where site = ? and canonical_url = ?",
                   [tries, _iso(datetime.now(timezone.utc) + wait), reason, site, key])
    return tries
