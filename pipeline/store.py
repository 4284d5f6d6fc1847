"""Write one article, all or nothing: articles + article_urls + article_html + dedup links + events.

Also the crawler's small database helpers: which URLs are already stored, feed validators,
error rows. Every write runs inside ``with db.atomic():`` so a crash leaves nothing half-written.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime, timezone
from typing import Iterable

import sqlite_utils

from pipeline import dedup, event_store
from rasad.urls import canonical_url


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _iso(value) -> str | None:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat(timespec="seconds")
    return value


def article_for_urls(db: sqlite_utils.Database, urls: Iterable[str]) -> int | None:
    """The id of the stored article met under any of *urls* (compared in canonical form), or None."""
    forms = set()
    for url in urls:
        if url:
            forms.add(url)
            try:
                forms.add(canonical_url(url))
            except ValueError:
                pass
    if not forms:
        return None
    marks = ",".join("?" * len(forms))
    args = list(forms)
    row = db.execute(
        f"select id from articles where canonical_url in ({marks}) "
        f"union all select article_id from article_urls where url in ({marks}) limit 1",
        args + args,
    ).fetchone()
    return row[0] if row else None


def add_article_urls(db: sqlite_utils.Database, article_id: int, urls: Iterable[str]) -> None:
    """Record *urls* (and their canonical forms) as forms of a stored article."""
    rows = []
    for url in urls:
        if not url:
            continue
        rows.append({"url": url, "article_id": article_id})
        try:
            rows.append({"url": canonical_url(url), "article_id": article_id})
        except ValueError:
            pass
    if rows:
        with db.atomic():
            db["article_urls"].insert_all(rows, ignore=True)


def save_article(db: sqlite_utils.Database, item, settings) -> int:
    """Store *item* (an ArticleItem after the Normalize/Dates/Events pipelines); return its id.

    An article whose canonical URL (or any URL form) is already stored is not stored again: its
    new URL forms are recorded and the existing id is returned.
    """
    return store_article(db, item, settings)[0]


def store_article(db: sqlite_utils.Database, item, settings) -> tuple[int, bool]:
    """:func:`save_article`, also saying whether the article was new."""
    urls = [item.get("url"), *(item.get("urls") or [])]
    with db.atomic():
        existing = article_for_urls(db, [item["canonical_url"], *urls])
        if existing is not None:
            add_article_urls(db, existing, urls)
            return existing, False
        db["sites"].insert({"name": item["site"], "enabled": 1, "updated": utc_now()}, ignore=True)
        article_id = db["articles"].insert(
            {
                "site": item["site"],
                "url": item["url"],
                "canonical_url": item["canonical_url"],
                "title": item.get("title"),
                "lead": item.get("lead"),
                "body": item.get("body"),
                "title_raw": item.get("title_raw"),
                "lead_raw": item.get("lead_raw"),
                "body_raw": item.get("body_raw"),
                "author": item.get("author"),
                "tags": json.dumps(item.get("tags") or [], ensure_ascii=False),
                "published": _iso(item.get("published")),
                "published_jalali": item.get("published_jalali"),
                "published_source": item.get("published_source"),
                "fetched": _iso(item.get("fetched")) or utc_now(),
            }
        ).last_pk
        add_article_urls(db, article_id, urls)
        db["article_html"].insert(
            {
                "article_id": article_id,
                "encoding": item.get("encoding"),
                "content_type": item.get("content_type"),
                "html_zlib": zlib.compress(item.get("html") or b"", 6),
            }
        )
        dedup.link_article(db, article_id, settings)
        event_store.store_events(db, article_id, item.get("events") or [], settings)
    return article_id, True


def record_error(
    db: sqlite_utils.Database, run_id: int | None, site: str, url: str | None, reason: str,
    status: int | None = None,
) -> None:
    """One row in `errors`: the page that failed and a one-line reason."""
    line = " ".join(str(reason).split())[:500]
    with db.atomic():
        db["errors"].insert(
            {"run_id": run_id, "site": site, "url": url, "reason": line, "status": status,
             "at": utc_now()}
        )


def feed_validators(db: sqlite_utils.Database, url: str) -> dict[str, str]:
    """Conditional-GET request headers for a feed/listing/sitemap URL fetched before."""
    row = db.execute("select etag, last_modified from feeds where url = ?", [url]).fetchone()
    headers = {}
    if row and row[0]:
        headers["If-None-Match"] = row[0]
    if row and row[1]:
        headers["If-Modified-Since"] = row[1]
    return headers


def save_feed_state(
    db: sqlite_utils.Database, url: str, site: str, kind: str, status: int,
    etag: str | None, last_modified: str | None, items_seen: int | None = None,
    items_known: int | None = None,
) -> None:
    """Remember a feed's validators (kept from the last 200 when it answers 304)."""
    row = {"url": url, "site": site, "kind": kind, "last_status": status, "last_fetched": utc_now()}
    if status != 304:
        row.update(etag=etag, last_modified=last_modified, items_seen=items_seen,
                   items_known=items_known)
    with db.atomic():
        db["feeds"].upsert(row, pk="url")
