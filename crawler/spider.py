"""NewsSpider: the one generic spider, driven by a site's config (sources, selectors, limits).

Sources (feeds, sitemaps, listing pages) are fetched with conditional GET; each article link is
checked against the database before it is scheduled, so a stored article is never requested
again. Every failure becomes a row in `errors` and the crawl goes on.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)

from crawler.extract import extract_article
from crawler.feeds import FeedError, Link, parse_feed, parse_listing, parse_sitemap
from crawler.items import ArticleItem
from crawler.middlewares import AlreadyStored, RedirectLoop
from pipeline.store import (
    add_article_urls,
    article_for_urls,
    feed_validators,
    record_error,
    save_feed_state,
)
from rasad.config import Config, Site, Source
from rasad.urls import canonical_url

_HTML_TYPES = re.compile(r"html|xml", re.I)


def failure_reason(failure) -> tuple[str, int | None]:
    """A one-line reason (and HTTP status, if any) for a failed request."""
    exc = failure.value
    if isinstance(exc, HttpError):
        status = exc.response.status
        return f"HTTP {status}", status
    if isinstance(exc, (TimeoutError, TCPTimedOutError)) or "Timeout" in type(exc).__name__:
        return f"timeout: {' '.join(str(exc).split())}", None
    if isinstance(exc, DNSLookupError):
        return f"DNS lookup failed: {exc}", None
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused", None
    reasons = getattr(exc, "reasons", None)  # ResponseFailed / DownloadFailedError wrap failures
    if reasons:
        inner = "; ".join(f"{r.type.__name__}: {r.getErrorMessage()}" for r in reasons)
        return f"download failed: {inner}", None
    text = " ".join(str(exc).split())
    if "max size" in text or "maxsize" in text:
        return f"response too large: {text}", None
    if isinstance(exc, RedirectLoop):
        return text, None
    if isinstance(exc, IgnoreRequest):
        if "redirect" in text.lower():
            return f"too many redirects: {text}", None
        return f"request dropped: {text or type(exc).__name__}", None
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__, None


class NewsSpider(scrapy.Spider):
    """Crawl one configured site into the database."""

    name = "news"

    def __init__(self, site: Site, config: Config, db, run_id: int | None, on_change=None, **kw):
        super().__init__(name=site.name, **kw)
        self.site = site
        self.config = config
        self.db = db
        self.run_id = run_id
        self.tz = config.settings.timezone
        self.counts: Counter = Counter()
        self.on_change = on_change or (lambda spider: None)
        self.scheduled: set[str] = set()            # canonical forms of links met in this run
        self.aliases: dict[str, list[str]] = {}     # canonical -> other spellings met meanwhile
        self.max_age = site.limits.max_age

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._item_error, signal=signals.item_error)
        crawler.signals.connect(spider._spider_error, signal=signals.spider_error)
        crawler.signals.connect(spider._response_received, signal=signals.response_received)
        return spider

    # --- counters and errors -------------------------------------------------------------
    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] += n
        self.on_change(self)

    def error(self, url: str | None, reason: str, status: int | None = None) -> None:
        record_error(self.db, self.run_id, self.site.name, url, reason, status)
        self.logger.info("error %s: %s", url, reason)
        self.count("errors")

    def _response_received(self, response, request, spider):
        if spider is self:
            self.count("responses")

    def _item_error(self, item, response, spider, failure):
        """A pipeline raised: the article is not stored (its transaction rolled back)."""
        if spider is self:
            self.error(item.get("url"), f"pipeline error: {failure.type.__name__}: "
                                        f"{failure.getErrorMessage()}")

    def _spider_error(self, failure, response, spider):
        """A parse callback raised on one page: record it, the crawl goes on."""
        if spider is self:
            self.error(response.url, f"parse error: {failure.type.__name__}: "
                                     f"{failure.getErrorMessage()}", response.status)

    # --- sources -------------------------------------------------------------------------
    async def start(self):
        for source in self.site.sources:
            yield self._source_request(source.url, source, page=1)

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
        reason, status = failure_reason(failure)
        self.error(failure.request.url, f"source {failure.request.meta['kind']}: {reason}", status)
        self.count("sources_failed")

    def parse_source(self, response):
        source, kind = response.meta["source"], response.meta["kind"]
        if response.status == 304:
            save_feed_state(self.db, response.url, self.site.name, kind, 304, None, None)
            self.count("sources_unchanged")
            return
        children: list[str] = []
        next_url = None
        try:
            if kind == "rss":
                links = parse_feed(response.body, response.url, self.tz)
            elif kind == "sitemap":
                links, children = parse_sitemap(response.body, response.url, self.tz)
            else:
                if not isinstance(response, TextResponse):
                    raise FeedError("listing page is not text")
                links, next_url = parse_listing(response.text, response.url, source.links,
                                                source.next)
                if not source.links:
                    host = _bare_host(self.site.base_url)
                    links = [l for l in links if _bare_host(l.url) == host]
        except FeedError as exc:
            self.error(response.url, str(exc), response.status)
            self.count("sources_failed")
            return
        self.count("sources_ok")
        requests, known = [], 0
        for link in links:
            request, stored = self._article_request(link)
            known += stored
            if request is not None:
                requests.append(request)
        save_feed_state(
            self.db, response.url, self.site.name, kind, response.status,
            _header(response, b"ETag"), _header(response, b"Last-Modified"),
            items_seen=len(links), items_known=known,
        )
        yield from requests
        for child in children:
            yield self._source_request(child, source, page=1, kind="sitemap")
        page = response.meta["page"]
        if next_url and page < source.max_pages and next_url != response.url:
            yield self._source_request(next_url, source, page=page + 1)

    def _too_old(self, published: datetime | None) -> bool:
        if self.max_age is None or published is None:
            return False
        return published < datetime.now(timezone.utc) - self.max_age

    def _article_request(self, link: Link) -> tuple[scrapy.Request | None, bool]:
        """(the request for an article link, or None if it is not to be fetched; already stored?)"""
        try:
            canonical = canonical_url(link.url)
        except ValueError as exc:
            self.error(link.url, f"bad article link: {exc}")
            return None, False
        stored = article_for_urls(self.db, [link.url, canonical])
        if stored is not None:
            add_article_urls(self.db, stored, [link.url])  # no-op unless a new spelling
        if canonical in self.scheduled:
            if stored is None:  # queued in this run: the spelling joins its item
                self.aliases.setdefault(canonical, []).append(link.url)
            return None, stored is not None
        self.scheduled.add(canonical)
        if stored is not None:
            self.count("known")
            return None, True
        if self._too_old(link.published):
            self.count("too_old")
            return None, False
        limit = self.site.limits.max_articles
        if limit is not None and self.counts["requested_articles"] >= limit:
            self.count("over_limit")
            return None, False
        self.count("requested_articles")
        return scrapy.Request(
            link.url,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={"article": True, "link": link},
            # Our own canonical check dedupes; a short link redirecting to a page already queued
            # must still be fetched so that its URL form is recorded.
            dont_filter=True,
        ), False

    # --- articles ------------------------------------------------------------------------
    def article_failed(self, failure):
        if isinstance(failure.value, AlreadyStored):
            return
        reason, status = failure_reason(failure)
        link = failure.request.meta.get("link")
        self.error(link.url if link else failure.request.url, reason, status)

    def parse_article(self, response):
        link: Link = response.meta["link"]
        content_type = _header(response, b"Content-Type") or ""
        if not isinstance(response, TextResponse) or (content_type and not _HTML_TYPES.search(content_type)):
            self.error(response.url, f"not an HTML page (content type {content_type or 'unknown'})",
                       response.status)
            return
        if self.site.encoding:
            encoding = self.site.encoding
            text = response.body.decode(encoding, errors="replace")
        else:
            encoding, text = response.encoding, response.text
        fields = extract_article(text, response.url, self.site.selectors, tz=self.tz)
        title = fields["title"] or link.title
        if not fields["body"]:
            self.error(response.url, "no article body found on the page", response.status)
            return
        if not title:
            self.error(response.url, "no title found on the page", response.status)
            return
        published, source = fields["published"], fields["published_source"]
        if published is None and link.published is not None:
            published, source = link.published, "feed"
        if self._too_old(published):
            self.count("too_old")
            return
        urls = [link.url, *self.aliases.pop(canonical_url(link.url), []),
                *response.meta.get("redirect_urls", []), response.url]
        declared = fields["canonical"]
        if declared:
            urls.append(declared)
        yield ArticleItem(
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


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _bare_host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
