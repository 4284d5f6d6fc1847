"""The item that travels from the spider through the article pipeline to the database."""

from __future__ import annotations

import scrapy


class ArticleItem(scrapy.Item):
    """One fetched article page. The spider fills the first block; pipeline.article.process_article adds the rest."""

    # --- filled by the spider (crawler.spider / crawler.extract)
    site = scrapy.Field()             # site name from config.yaml
    url = scrapy.Field()              # URL the page was fetched from (after redirects)
    canonical_url = scrapy.Field()    # rasad.urls.canonical_url(...) of the article
    urls = scrapy.Field()             # every URL form met for it (feed link, redirects, short link)
    run_id = scrapy.Field()           # crawl_runs.id of this crawl
    html = scrapy.Field()             # raw response body (bytes)
    encoding = scrapy.Field()         # encoding the body was decoded with
    content_type = scrapy.Field()
    title_raw = scrapy.Field()
    lead_raw = scrapy.Field()
    body_raw = scrapy.Field()
    author = scrapy.Field()
    tags = scrapy.Field()             # list[str]
    published = scrapy.Field()        # aware datetime (any zone) or None
    published_source = scrapy.Field() # jsonld / meta / selector / page / modified / feed / url
    fetched = scrapy.Field()          # aware UTC datetime

    # --- filled by pipeline.article.process_article
    title = scrapy.Field()            # normalised (pipeline.normalize.normalize)
    lead = scrapy.Field()
    body = scrapy.Field()
    published_jalali = scrapy.Field() # "1403-08-12 10:25" (Asia/Tehran)
    events = scrapy.Field()           # list of event dicts (pipeline.events.extract_events)
    stored_new = scrapy.Field()       # True if the article pipeline stored it as a new article
