"""Write one article, all or nothing: articles + article_urls + article_html + dedup links + events.

Every write runs inside ``with db.atomic():`` so a crash leaves nothing half-written.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime, timezone

import sqlite_utils

from crawler.state import add_article_urls, article_for_urls
from pipeline import dedup, event_store
from rasad.runs import ensure_site, utc_now

# zlib level of the stored pages: 0.7 ms for a 106 KiB page and 23 KiB stored, where level 6
# takes 2.2 ms for 20 KiB (bench/bench_crawl.py's pages).
HTML_LEVEL = 2


def _iso(value) -> str | None:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat(timespec="seconds")
    return value


def _tags(value) -> str:
    return value if isinstance(value, str) else json.dumps(value or [], ensure_ascii=False)


def _insert(db: sqlite_utils.Database, table: str, row: dict) -> int:
    """INSERT one row as it is; its rowid. (sqlite-utils' insert reads the schema on every call.)"""
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" * len(row))
    return db.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values())).lastrowid


def save_article(db: sqlite_utils.Database, item, settings) -> int:
    """Store *item* (an ArticleItem after pipeline.article's normalise, dates and events); return its id.

    An article whose canonical URL (or any URL form) is already stored is not stored again: its
    new URL forms are recorded and the existing id is returned.
    """
    return store_article(db, item, settings)[0]


def store_article(db: sqlite_utils.Database, item, settings, normalized: bool = False) -> tuple[int, bool]:
    """:func:`save_article`, also saying whether the article was new; *normalized*: its title, lead
    and body come from pipeline.normalize (the article chain's), so dedup does not normalise them again."""
    urls = [item.get("url"), *(item.get("urls") or [])]
    with db.atomic():
        existing = article_for_urls(db, [item["canonical_url"], *urls])
        if existing is not None:
            add_article_urls(db, existing, urls)
            return existing, False
        ensure_site(db, item["site"])
        article_id = _insert(db, "articles", {
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
            "tags": _tags(item.get("tags")),
            "published": _iso(item.get("published")),
            "published_jalali": item.get("published_jalali"),
            "published_source": item.get("published_source"),
            "fetched": _iso(item.get("fetched")) or utc_now(),
        })
        add_article_urls(db, article_id, urls)
        _insert(db, "article_html", {
            "article_id": article_id,
            "encoding": item.get("encoding"),
            "content_type": item.get("content_type"),
            "html_zlib": zlib.compress(item.get("html") or b"", HTML_LEVEL),
        })
        dedup.link_article(db, article_id, settings, normalized)
        event_store.store_events(db, article_id, item.get("events") or [], settings)
    return article_id, True


_REWRITTEN = ("title", "lead", "body", "title_raw", "lead_raw", "body_raw", "published", "published_jalali",
              "published_source", "author", "tags")


def rewrite_article(db: sqlite_utils.Database, article_id: int, item, settings) -> None:
    """Replace a stored article's text, dates, duplicate link and events with *item*'s (the article
    chain's, so normalised), all or nothing."""
    values = {f: item.get(f) for f in _REWRITTEN}
    values.update(published=_iso(values["published"]), tags=_tags(values["tags"]))
    with db.atomic():
        db["articles"].update(article_id, values)
        dedup.link_article(db, article_id, settings, normalized=True)
        event_store.store_events(db, article_id, item.get("events") or [], settings)
