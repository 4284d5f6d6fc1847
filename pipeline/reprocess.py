"""`rasad reprocess`: every stored article re-read from its stored HTML (crawler.extract) and sent
again through the article chain (pipeline.article.process_article), each in one transaction.
Running it twice changes nothing the second time. Articles stored without HTML are re-run from
their stored raw text."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime

from crawler.extract import extract_article
from pipeline import dedup, event_store
from pipeline.article import process_article

log = logging.getLogger(__name__)


def reread(db, article_id: int, config) -> dict:
    """The stored article as the chain expects it, re-extracted from its HTML when that was stored."""
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


def reprocess_all(db, config, advance: Callable[[], None] | None = None, fresh: bool = False) -> tuple[int, int]:
    """Reprocess every stored article, oldest first; return (done, failed). One broken article stops nothing.

    Each article is its own transaction, so a running daemon can keep writing. With *fresh*, persons,
    events and duplicate links are first emptied and everything is rebuilt in one transaction (all or
    nothing), so that improved alias resolution reaches persons stored before it and a story whose
    copies now read differently is split again.
    """
    with ExitStack() as stack:
        if fresh:
            stack.enter_context(db.atomic())
            event_store.clear(db)
            dedup.clear(db)
        done = failed = 0
        for (article_id,) in db.execute("SELECT id FROM articles ORDER BY published IS NULL, published, id").fetchall():
            try:
                process_article(db, reread(db, article_id, config), config.settings, article_id=article_id)
                done += 1
            except Exception as exc:  # noqa: BLE001 - report it and go on with the rest
                failed += 1
                url = db.execute("SELECT url FROM articles WHERE id = ?", [article_id]).fetchone()[0]
                log.error("article %s (%s): not reprocessed: %s: %s", article_id, url, type(exc).__name__, exc)
            if advance:
                advance()
    event_store.drop_orphans(db)  # persons whose articles now read differently
    return done, failed
