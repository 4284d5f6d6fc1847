"""The crawler's own bookkeeping, each write in one transaction: the stored article a URL names
(`article_urls`), sources' validators (`feeds`), failed pages (`errors`) and article links a
source listed that are not settled yet (`pending_articles`). Run rows are the run ledger's
(rasad.runs).

A link is *pending* from the moment a source lists it until it is stored, found already known,
skipped for good (too old, not an article page, HTTP 404...) or given up after
``settings.article_tries`` transient failures. The rows are written in the same transaction as
the source's new validators, so a 304 on the next run can never hide an unfetched article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterable

from crawler.feeds import Link
from rasad.runs import utc_now
from rasad.urls import canonical_url


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


def pending_due(db, site: str) -> bool:
    """Whether *site* has a pending link a crawl would fetch now."""
    return db.execute("select 1 from pending_articles where site = ? and next_try <= ? limit 1",
                      [site, _iso(datetime.now(timezone.utc))]).fetchone() is not None


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


def _forms(urls: Iterable[str]) -> list[str]:
    """*urls* and their canonical forms, once each."""
    forms = {}
    for url in urls:
        if url:
            forms[url] = None
            try:
                forms[canonical_url(url)] = None
            except ValueError:
                pass
    return list(forms)


def article_for_urls(db, urls: Iterable[str]) -> int | None:
    """The id of the stored article met under any of *urls* (compared in canonical form), or None."""
    forms = _forms(urls)
    if not forms:
        return None
    marks = ",".join("?" * len(forms))
    row = db.execute(
        f"select id from articles where canonical_url in ({marks}) "
        f"union all select article_id from article_urls where url in ({marks}) limit 1",
        forms + forms,
    ).fetchone()
    return row[0] if row else None


def add_article_urls(db, article_id: int, urls: Iterable[str]) -> None:
    """Record *urls* (and their canonical forms) as forms of a stored article."""
    rows = [(url, article_id) for url in _forms(urls)]
    if rows:
        with db.atomic():
            db.conn.executemany("INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)", rows)


def record_error(db, run_id: int | None, site: str, url: str | None, reason: str,
                 status: int | None = None) -> None:
    """One row in `errors`: the page that failed and a one-line reason."""
    line = " ".join(str(reason).split())[:500]
    with db.atomic():
        db["errors"].insert({"run_id": run_id, "site": site, "url": url, "reason": line,
                             "status": status, "at": utc_now()})


def feed_validators(db, url: str) -> dict[str, str]:
    """Conditional-GET request headers for a feed/listing/sitemap URL fetched before."""
    row = db.execute("select etag, last_modified from feeds where url = ?", [url]).fetchone()
    headers = {}
    if row and row[0]:
        headers["If-None-Match"] = row[0]
    if row and row[1]:
        headers["If-Modified-Since"] = row[1]
    return headers


def save_feed_state(db, url: str, site: str, kind: str, status: int, etag: str | None,
                    last_modified: str | None, items_seen: int | None = None,
                    items_known: int | None = None) -> None:
    """Remember a feed's validators (kept from the last 200 when it answers 304)."""
    row = {"url": url, "site": site, "kind": kind, "last_status": status, "last_fetched": utc_now()}
    if status != 304:
        row.update(etag=etag, last_modified=last_modified, items_seen=items_seen,
                   items_known=items_known)
    with db.atomic():
        db["feeds"].upsert(row, pk="url")
