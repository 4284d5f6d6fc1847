"""The article chain, the one path every article takes (the Scrapy item pipeline and `rasad
reprocess`): normalise → dates → events → dedup → store."""

from __future__ import annotations

from datetime import timezone
from zoneinfo import ZoneInfo

from pipeline.events import extract_events
from pipeline.normalize import normalize
from pipeline.store import rewrite_article, store_article
from rasad.persian_dates import to_jalali_str


def normalise(item) -> None:
    """title/lead/body ← normalised title_raw/lead_raw/body_raw (the raw text is kept beside)."""
    for field in ("title", "lead", "body"):
        item[field] = normalize(item.get(f"{field}_raw"))


def dates(item, tz: str) -> None:
    """published → aware UTC datetime, plus the Jalali string in the time zone *tz*."""
    published = item.get("published")
    item["published_jalali"] = None
    if published is not None:
        item["published"] = published.astimezone(timezone.utc)
        item["published_jalali"] = to_jalali_str(item["published"], tz)


def events(item, tz: str) -> None:
    """events ← the meeting events of the title, lead and body."""
    text = "\n".join(t for t in (item.get("lead"), item.get("body")) if t)
    published = item.get("published")
    if published is not None:  # local time, so "today" in the text means the local day
        published = published.astimezone(ZoneInfo(tz))
    item["events"] = extract_events(text=text, title=item.get("title"), published=published)


def process_article(db, item, settings, article_id: int | None = None) -> tuple[int, bool]:
    """Run the chain on *item* (an ArticleItem or a dict of its fields) and store it in one
    transaction; with *article_id*, rewrite that stored article instead. Returns (id, new)."""
    normalise(item)
    dates(item, settings.timezone)
    events(item, settings.timezone)
    if article_id is not None:
        rewrite_article(db, article_id, item, settings)
        return article_id, False
    return store_article(db, item, settings, normalized=True)
