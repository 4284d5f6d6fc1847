"""`rasad reprocess`: re-extract, re-normalise and re-store events for every stored article.

Each article is rebuilt from its stored raw response (article_html, zlib) with the crawler's
extractor and the same pure functions the Normalize → Dates → Events pipelines run, then its row, duplicate
links and events are rewritten in one transaction. Running it twice changes nothing the second
time. Articles stored without HTML are re-run from their stored raw text.
"""

from __future__ import annotations

import json
import logging
import sys
import zlib
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime, timezone

import click

from rasad.commands import config_option, load_or_exit

log = logging.getLogger(__name__)

_FIELDS = ("title", "lead", "body", "title_raw", "lead_raw", "body_raw", "published", "published_jalali",
           "published_source", "author", "tags")


def _item(db, article_id: int, config) -> dict:
    """The article as the pipelines expect it, re-extracted from its HTML when that was stored."""
    from crawler.extract import extract_article

    row = next(db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
    item = {"title_raw": row["title_raw"], "lead_raw": row["lead_raw"], "body_raw": row["body_raw"],
            "author": row["author"], "tags": row["tags"], "published_source": row["published_source"],
            "published": datetime.fromisoformat(row["published"]) if row["published"] else None}
    html = db.execute("SELECT encoding, html_zlib FROM article_html WHERE article_id = ?", [article_id]).fetchone()
    if html and html[1]:
        text = zlib.decompress(html[1]).decode(html[0] or "utf-8", errors="replace")
        site = next((s for s in config.sites if s.name == row["site"]), None)
        found = extract_article(text, row["url"], site.selectors if site else None, tz=config.settings.timezone)
        item.update(title_raw=found["title"], lead_raw=found["lead"], body_raw=found["body"],
                    author=found["author"] or row["author"])
        if found["tags"]:
            item["tags"] = found["tags"]
        if found["published"] is not None:  # else keep the stored one (it may come from the feed)
            item.update(published=found["published"], published_source=found["published_source"])
    return item


def reprocess_article(db, article_id: int, config) -> None:
    """Re-run extraction, normalisation, dates and events for one article and rewrite it, all or nothing."""
    from pipeline import dedup, event_store
    from pipeline.events import extract_events
    from pipeline.normalize import normalize
    from rasad.persian_dates import to_jalali_str

    item = _item(db, article_id, config)
    for field in ("title", "lead", "body"):
        item[field] = normalize(item[f"{field}_raw"])
    published = item["published"].astimezone(timezone.utc) if item["published"] else None
    item["published"] = published.isoformat(timespec="seconds") if published else None
    item["published_jalali"] = to_jalali_str(published, config.settings.timezone) if published else None
    if not isinstance(item["tags"], str):
        item["tags"] = json.dumps(item["tags"] or [], ensure_ascii=False)
    text = "\n".join(t for t in (item["lead"], item["body"]) if t)
    events = extract_events(text=text, title=item["title"], published=published)
    with db.atomic():
        db["articles"].update(article_id, {f: item.get(f) for f in _FIELDS})
        dedup.link_article(db, article_id, config.settings)
        event_store.store_events(db, article_id, events, config.settings)


def reprocess_all(db, config, advance: Callable[[], None] | None = None, fresh: bool = False) -> tuple[int, int]:
    """Reprocess every stored article; return (done, failed). One broken article stops nothing.

    Each article is its own transaction, so a running daemon can keep writing. With *fresh*, persons,
    events and duplicate links are first emptied and everything is rebuilt in one transaction (all or
    nothing), so that improved alias resolution reaches persons stored before it and a story whose
    copies now read differently is split again.
    """
    from pipeline import dedup

    with ExitStack() as stack:
        if fresh:
            stack.enter_context(db.atomic())
            for table in ("event_mentions", "event_participants", "events", "mention_roles", "office_sightings",
                          "office_holders", "person_tokens", "persons"):
                db.execute(f"DELETE FROM {table}")
            dedup.clear(db)
        done = failed = 0
        for (article_id,) in db.execute("SELECT id FROM articles ORDER BY published IS NULL, published, id").fetchall():
            try:
                reprocess_article(db, article_id, config)
                done += 1
            except Exception as exc:  # noqa: BLE001 - report it and go on with the rest
                failed += 1
                url = db.execute("SELECT url FROM articles WHERE id = ?", [article_id]).fetchone()[0]
                log.error("article %s (%s): not reprocessed: %s: %s", article_id, url, type(exc).__name__, exc)
            if advance:
                advance()
    with db.atomic():  # persons no event names any more (their articles now read differently)
        orphans = ("SELECT id FROM persons WHERE id NOT IN (SELECT person_id FROM event_participants)"
                   " AND id NOT IN (SELECT person_id FROM office_sightings)")
        db.execute(f"DELETE FROM person_tokens WHERE person_id IN ({orphans})")
        db.execute(f"DELETE FROM persons WHERE id IN ({orphans})")
    return done, failed


@click.command()
@click.option("--fresh", is_flag=True,
              help="Rebuild persons and events from scratch in one transaction (stop the daemon first).")
@config_option
def reprocess(fresh, config_path):
    """Re-extract and re-store every article from its stored HTML (idempotent)."""
    from rich.console import Console
    from rich.logging import RichHandler
    from rich.progress import Progress

    from rasad.schema import open_db

    config = load_or_exit(config_path)
    console = Console(stderr=True)
    logging.basicConfig(level=logging.WARNING, handlers=[RichHandler(console=console, show_path=False)],
                        format="%(message)s")
    db = open_db(config.database)
    total = db["articles"].count
    with Progress(console=console) as progress:
        task = progress.add_task("reprocessing articles", total=total)
        done, failed = reprocess_all(db, config, lambda: progress.advance(task), fresh=fresh)
    click.echo(f"{config.database}: {done} articles reprocessed, {failed} failed; "
               f"{db['events'].count} events, {db['event_mentions'].count} mentions, {db['persons'].count} persons")
    sys.exit(1 if failed else 0)
