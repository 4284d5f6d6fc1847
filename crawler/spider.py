"""NewsSpider: the one generic spider, driven by a site's config (sources, selectors, limits).

Sources (feeds, sitemaps, listing pages) are fetched with conditional GET; each article link is
checked against the database before it is scheduled, so a stored article is never requested
again. Every failure becomes a row in `errors` and the crawl goes on. The spider keeps its
bookkeeping (crawler.state) on its own connection, opened in `from_crawler`; its counts are
Scrapy stats under `rasad/`.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import NamedTuple
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import TextResponse

from crawler import state
from crawler.extract import extract_article
from crawler.failures import failure_reason, is_transient
from crawler.feeds import FeedError, Link, parse_feed, parse_listing, parse_sitemap
from crawler.items import ArticleItem
from crawler.middlewares import AlreadyStored
from crawler.state import add_article_urls, article_for_urls, feed_validators, record_error, save_feed_state
from rasad.config import Config, Site, Source
from rasad.schema import open_db
from rasad.urls import canonical_url

_HTML_TYPES = re.compile(r"html|xml", re.I)


class Plan(NamedTuple):
    """What to do with one article link."""

    request: scrapy.Request | None = None   # fetch it with this, or not at all
    stored: bool = False                    # already stored
    keep: bool = False                      # not settled yet: keep it in pending_articles
    key: str | None = None                  # its canonical URL


class NewsSpider(scrapy.Spider):
    """Crawl one configured site into the database."""

    name = "news"

    def __init__(self, site: Site, config: Config, run_id: int | None, on_change=None, **kw):
        super().__init__(name=site.name, **kw)
        self.site = site
        self.config = config
        self.db = None                              # crawler.state's connection, see from_crawler
        self.run_id = run_id
        self.tz = config.settings.timezone
        self.on_change = on_change or (lambda spider: None)
        self.scheduled: set[str] = set()            # canonical forms of links met in this run
        self.known_before: set[str] = set()         # of those, the ones stored before this run
        self.aliases: dict[str, list[str]] = {}     # canonical -> other spellings met meanwhile
        self.max_age = site.limits.max_age
        self.max_size = config.settings.max_response_size

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.db = open_db(spider.config.database)
        crawler.signals.connect(spider._close, signal=signals.spider_closed)
        crawler.signals.connect(spider._item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(spider._item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(spider._item_error, signal=signals.item_error)
        crawler.signals.connect(spider._bytes_received, signal=signals.bytes_received)
        crawler.signals.connect(spider._spider_error, signal=signals.spider_error)
        crawler.signals.connect(spider._response_received, signal=signals.response_received)
        return spider

    def _close(self, spider):
        if spider is self:
            self.db.close()

    # --- counters and errors -------------------------------------------------------------
    def count(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"rasad/{key}", n)
        self.on_change(self)

    def counted(self, key: str) -> int:
        """How many *key* so far in this crawl (the Scrapy stat ``rasad/<key>``)."""
        return self.crawler.stats.get_value(f"rasad/{key}", 0)

    def error(self, url: str | None, reason: str, status: int | None = None) -> None:
        record_error(self.db, self.run_id, self.site.name, url, reason, status)
        self.logger.info("error %s: %s", url, reason)
        self.count("errors")

    def _response_received(self, response, request, spider):
        if spider is self:
            self.count("responses")

    def _bytes_received(self, data, request, spider):
        """Count a download's bytes: Scrapy cancels one without Content-Length silently."""
        if spider is self:
            request.meta["bytes_received"] = request.meta.get("bytes_received", 0) + len(data)

    def _item_scraped(self, item, response, spider):
        """Stored (or found known) by the pipelines: the link is settled."""
        if spider is self:
            state.settle(self.db, self.site.name, _key(response))
            self.on_change(self)

    def _item_dropped(self, item, response, exception, spider):
        if spider is self:
            state.settle(self.db, self.site.name, _key(response))

    def _item_error(self, item, response, spider, failure):
        """A pipeline raised: the article is not stored (its transaction rolled back); a try."""
        if spider is self:
            self._failed_try(_key(response), item.get("url"),
                             f"pipeline error: {failure.type.__name__}: {failure.getErrorMessage()}")

    def _spider_error(self, failure, response, spider):
        """A parse callback raised on one page: record it, the crawl goes on."""
        if spider is self:
            with self.db.atomic():
                self.error(response.url, f"parse error: {failure.type.__name__}: "
                                         f"{failure.getErrorMessage()}", response.status)
                state.settle(self.db, self.site.name, _key(response))

    # --- sources -------------------------------------------------------------------------
    async def start(self):
        for request in self._pending_requests():
            yield request
        for source in self.site.sources:
            yield self._source_request(source.url, source, page=1)

    def _pending_requests(self) -> list[scrapy.Request]:
        """Links earlier runs listed but did not settle: due ones first, the rest left waiting."""
        now = datetime.now(timezone.utc)
        requests = []
        for row in state.pending(self.db, self.site.name):
            if not row.due(now):
                self.scheduled.add(row.key)   # backing off: a source listing it again waits too
                self.count("waiting")
                continue
            plan = self._article_request(row.link)
            if plan.request is not None:
                requests.append(plan.request)
            elif not plan.keep:
                state.settle(self.db, self.site.name, row.key)
        return requests

    def _source_request(self, url: str, source: Source, page: int, kind: str | None = None):
        return scrapy.Request(
            url,
            callback=self.parse_source,
            errback=self.source_failed,
            headers=feed_validators(self.db, url),
            meta={"source": source, "kind": kind or source.kind, "page": page,
                  "handle_httpstatus_list": [304]},
            dont_filter=True,
            priority=10,
        )

    def source_failed(self, failure):
        reason, status = failure_reason(failure, self.max_size)
        self.error(failure.request.url, f"source {failure.request.meta['kind']}: {reason}", status)
        self.count("sources_failed")

    def parse_source(self, response):
        source, kind = response.meta["source"], response.meta["kind"]
        if response.status == 304:
            save_feed_state(self.db, response.url, self.site.name, kind, 304, None, None)
            self.count("sources_unchanged")
            return
        try:
            links, children, next_url = self._links(response, source, kind)
        except FeedError as exc:
            self.error(response.url, str(exc), response.status)
            self.count("sources_failed")
            return
        self.count("sources_ok")
        plans = [self._article_request(link) for link in links]
        # The links still to fetch are remembered in the same transaction as the validators:
        # a 304 next time cannot hide them, whatever stops this run.
        with self.db.atomic():
            state.remember(self.db, self.site.name, response.url,
                           [(p.key, link) for p, link in zip(plans, links) if p.keep])
            save_feed_state(
                self.db, response.url, self.site.name, kind, response.status,
                _header(response, b"ETag"), _header(response, b"Last-Modified"),
                items_seen=len(links), items_known=sum(p.stored for p in plans),
            )
        yield from (p.request for p in plans if p.request is not None)
        for child in children:
            yield self._source_request(child, source, page=1, kind="sitemap")
        page = response.meta["page"]
        if next_url and page < source.max_pages and next_url != response.url:
            yield self._source_request(next_url, source, page=page + 1)

    def _links(self, response, source: Source, kind: str) -> tuple[list[Link], list[str], str | None]:
        """(article links, child sitemaps, next listing page) of a source's answer."""
        if kind == "rss":
            return parse_feed(response.body, response.url, self.tz, self.max_size), [], None
        if kind == "sitemap":
            links, children = parse_sitemap(response.body, response.url, self.tz, self.max_size)
            return links, children, None
        if not isinstance(response, TextResponse):
            raise FeedError("listing page is not text")
        links, next_url = parse_listing(response.text, response.url, source.links, source.next)
        if not source.links:
            host = _bare_host(self.site.base_url)
            links = [link for link in links if _bare_host(link.url) == host]
        return links, [], next_url

    def _too_old(self, published: datetime | None) -> bool:
        if self.max_age is None or published is None:
            return False
        return published < datetime.now(timezone.utc) - self.max_age

    def _article_request(self, link: Link) -> Plan:
        """What to do with an article link: fetch it, or not (already stored, too old...)."""
        try:
            canonical = canonical_url(link.url)
        except ValueError as exc:
            self.error(link.url, f"bad article link: {exc}")
            return Plan()
        stored = article_for_urls(self.db, [link.url, canonical])
        if stored is not None:
            add_article_urls(self.db, stored, [link.url])  # no-op unless a new spelling
        if canonical in self.scheduled:
            if stored is None:  # queued in this run: the spelling joins its item
                self.aliases.setdefault(canonical, []).append(link.url)
            # "known" means stored before this run, whichever of two sources listing it is read first
            return Plan(stored=canonical in self.known_before, key=canonical)
        self.scheduled.add(canonical)
        if stored is not None:
            self.known_before.add(canonical)
            self.count("known")
            return Plan(stored=True, key=canonical)
        if self._too_old(link.published):
            self.count("too_old")
            return Plan(key=canonical)
        limit = self.site.limits.max_articles
        if limit is not None and self.counted("requested_articles") >= limit:
            self.count("over_limit")
            return Plan(keep=True, key=canonical)   # a later run fetches it
        self.count("requested_articles")
        return Plan(scrapy.Request(
            link.url,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={"article": True, "link": link, "key": canonical},
            # Our own canonical check dedupes; a short link redirecting to a page already queued
            # must still be fetched so that its URL form is recorded.
            dont_filter=True,
        ), keep=True, key=canonical)

    # --- articles ------------------------------------------------------------------------
    def article_failed(self, failure):
        request = failure.request
        key = request.meta.get("key")
        if isinstance(failure.value, AlreadyStored):
            state.settle(self.db, self.site.name, key)
            return
        reason, status = failure_reason(failure, self.max_size)
        link = request.meta.get("link")
        url = link.url if link else request.url
        if not self._running():
            self.error(url, reason, status)   # cut short by a shutdown: still pending, not a try
        elif is_transient(failure):
            self._failed_try(key, url, reason, status)
        else:
            with self.db.atomic():
                self.error(url, reason, status)
                state.settle(self.db, self.site.name, key)

    def _running(self) -> bool:
        """False once the crawl is being stopped (SIGTERM, timeout)."""
        crawler = getattr(self, "crawler", None)
        return crawler is None or crawler.crawling

    def _failed_try(self, key: str | None, url: str, reason: str, status: int | None = None) -> None:
        """A transient failure: one more try counted; given up (and said so) after the last."""
        settings = self.config.settings
        with self.db.atomic():
            tries = state.failed_try(self.db, self.site.name, key, reason,
                                     settings.article_retry_after) if key else 0
            if tries >= settings.article_tries:
                reason = f"{reason}; gave up after {tries} tries"
                state.settle(self.db, self.site.name, key)
                self.count("given_up")
            self.error(url, reason, status)

    def parse_article(self, response):
        item = self._item(response)
        if item is None:   # known, not an article, no body, too old: settled for good
            state.settle(self.db, self.site.name, _key(response))
            return
        yield item

    def _item(self, response) -> ArticleItem | None:
        """The ArticleItem of an article page; None if it is not one (error row) or is known."""
        link: Link = response.meta["link"]
        content_type = _header(response, b"Content-Type") or ""
        if not isinstance(response, TextResponse) or (content_type and not _HTML_TYPES.search(content_type)):
            self.error(response.url, f"not an HTML page (content type {content_type or 'unknown'})",
                       response.status)
            return None
        if self.site.encoding:
            encoding = self.site.encoding
            text = response.body.decode(encoding, errors="replace")
        else:
            encoding, text = response.encoding, response.text
        fields = extract_article(text, response.url, self.site.selectors, tz=self.tz)
        title = fields["title"] or link.title
        if not fields["body"]:
            self.error(response.url, "no article body found on the page", response.status)
            return None
        if not title:
            self.error(response.url, "no title found on the page", response.status)
            return None
        published, source = fields["published"], fields["published_source"]
        if published is None and link.published is not None:
            published, source = link.published, "feed"
        if self._too_old(published):
            self.count("too_old")
            return None
        urls = [link.url, *self.aliases.pop(canonical_url(link.url), []),
                *response.meta.get("redirect_urls", []), response.url]
        declared = fields["canonical"]
        if declared:
            urls.append(declared)
            if (stored := article_for_urls(self.db, [declared])) is not None:
                # Another URL of a stored article: record this spelling, skip the pipelines.
                add_article_urls(self.db, stored, urls)
                self.count("known")
                return None
        return ArticleItem(
            site=self.site.name,
            url=response.url,
            canonical_url=canonical_url(declared or response.url),
            urls=list(dict.fromkeys(urls)),
            run_id=self.run_id,
            html=response.body,
            encoding=encoding,
            content_type=content_type,
            title_raw=title,
            lead_raw=fields["lead"],
            body_raw=fields["body"],
            author=fields["author"],
            tags=fields["tags"],
            published=published,
            published_source=source,
            fetched=datetime.now(timezone.utc),
        )


def _key(response) -> str | None:
    """The canonical URL of the pending article link *response* answers, if any."""
    request = getattr(response, "request", None)
    return request.meta.get("key") if request is not None else None


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _bare_host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
