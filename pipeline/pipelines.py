"""The Scrapy item pipeline: each article through pipeline.article.process_article, on its own
connection to the database named by the crawl's settings (RASAD_DATABASE, RASAD_SETTINGS)."""

from __future__ import annotations

from pipeline.article import process_article
from rasad.schema import open_db


class ArticlePipeline:
    """Normalise, date, extract events, deduplicate and store one article; count it as new or known."""

    def __init__(self, crawler):
        self.stats = crawler.stats
        self.settings = crawler.settings["RASAD_SETTINGS"]
        self.db = open_db(crawler.settings["RASAD_DATABASE"])

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        _, new = process_article(self.db, item, self.settings)
        item["stored_new"] = new
        self.stats.inc_value("rasad/new_articles" if new else "rasad/known")
        return item

    def close_spider(self):
        self.db.close()
