"""Scrapy item pipelines, thin wrappers over plain functions, in this order:
Normalize (pipeline.normalize) → Dates (rasad.persian_dates) → Events (pipeline.events) → Store
(pipeline.store). The spider owns the database connection and the run's counters."""

from __future__ import annotations

import importlib
from datetime import timezone
from zoneinfo import ZoneInfo

from pipeline.normalize import normalize
from pipeline.store import store_article
from rasad.persian_dates import to_jalali_str


class _Pipeline:
    @classmethod
    def from_crawler(cls, crawler):
        pipe = cls()
        pipe.crawler = crawler
        return pipe

    @property
    def spider(self):
        return self.crawler.spider


class NormalizePipeline(_Pipeline):
    """title/lead/body ← normalised title_raw/lead_raw/body_raw (the raw text is kept beside)."""

    def process_item(self, item):
        for field in ("title", "lead", "body"):
            item[field] = normalize(item.get(f"{field}_raw"))
        return item


class DatesPipeline(_Pipeline):
    """published → aware UTC datetime, plus the Jalali string in the configured time zone."""

    def process_item(self, item):
        published = item.get("published")
        if published is not None:
            published = published.astimezone(timezone.utc)
            item["published"] = published
            item["published_jalali"] = to_jalali_str(published, self.spider.tz)
        return item


class EventsPipeline(_Pipeline):
    """events ← pipeline.events.extract_events over lead + body (none until that module exists)."""

    def __init__(self):
        try:
            self.extract = importlib.import_module("pipeline.events").extract_events
        except (ImportError, AttributeError):
            self.extract = None

    def process_item(self, item):
        if self.extract is None:
            item["events"] = []
            return item
        text = "\n".join(t for t in (item.get("lead"), item.get("body")) if t)
        published = item.get("published")
        if published is not None:  # local time, so "today" in the text means the local day
            published = published.astimezone(ZoneInfo(self.spider.tz))
        item["events"] = self.extract(text=text, title=item.get("title"), published=published)
        return item


class StorePipeline(_Pipeline):
    """Write the article in one transaction; count it as new or already known on the spider."""

    def process_item(self, item):
        spider = self.spider
        _, new = store_article(spider.db, item, spider.config.settings)
        item["stored_new"] = new
        spider.count("new_articles" if new else "known")
        return item
