"""BackfillSpider: NewsSpider walking a site's dated archive, newest day first.

Each day's pages are read one after another (``{page}`` in the template or the ``next:`` link,
at most ``max_pages_per_day``) and the walk of the day stops at the first page that brings no
new article link (a day a former, interrupted walk began goes on while its pages have links:
its first pages are known, its last ones may not be). The articles go through NewsSpider's own
request, parse and pipelines. DAYS_IN_WALK days are walked at once; the next day starts as soon
as a day's pages are read, while its articles download.
A day is marked done in `backfill_days` once all its articles are stored (or failed).
Archive pages themselves are not stored.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from datetime import date

import scrapy
from scrapy import signals
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from crawler import backfill_days
from crawler.archive import render
from crawler.feeds import FeedError, parse_listing, parse_sitemap
from crawler.spider import NewsSpider, failure_reason
from rasad.config import Archive, Config, Limits, Site

# Days whose pages are read at once: a day's pages are read one after another, so a second day
# keeps the downloader busy meanwhile. Days still start newest first.
DAYS_IN_WALK = 2


@dataclass
class _Day:
    day: date
    counts: backfill_days.DayCounts = field(default_factory=backfill_days.DayCounts)
    pages_pending: int = 0
    articles_pending: int = 0
    pages_ok: int = 0


class BackfillSpider(NewsSpider):
    """Walk *days* (newest first) of the site's archive: or sitemap_archive: block."""

    def __init__(self, site: Site, config: Config, days: list[date], resumed: set[date] = frozenset(),
                 on_change=None, **kw):
        # A backfill is about old articles: the crawl's per-run limits do not apply.
        site = site.model_copy(update={"limits": Limits()})
        super().__init__(site, config, None, on_change=on_change, **kw)
        self.archive = site.dated_archive
        self.queue = deque(days)
        self.resumed = resumed
        self.days: dict[date, _Day] = {}
        self.days_done = 0
        self.read: set[str] = set()    # first-page URLs of the days walked in this run

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(spider._item_done, signal=signal)
        return spider

    # --- days ----------------------------------------------------------------------------
    async def start(self):
        for _ in range(DAYS_IN_WALK):
            for request in self._next_day():
                yield request

    def _next_day(self):
        """The first page request of the next day in the queue (none when the queue is empty).
        A day whose URL was already read in this run (a monthly sitemap) is done at once."""
        while self.queue:
            day = _Day(self.queue.popleft())
            self.days[day.day] = day
            backfill_days.start_day(self.db, self.site.name, day.day)
            url = render(self.archive.url, day.day, 1)
            if url not in self.read:
                self.read.add(url)
                yield self._page(day, url, 1)
                return
            day.pages_ok = 1
            self._maybe_finish(day)

    def _page(self, day: _Day, url: str, page: int) -> scrapy.Request:
        day.pages_pending += 1
        return scrapy.Request(url, callback=self.parse_page, errback=self.page_failed,
                              meta={"day": day.day, "page": page}, dont_filter=True, priority=10)

    def _page_done(self, day: _Day):
        day.pages_pending -= 1
        if day.pages_pending == 0:
            yield from self._next_day()
            self._maybe_finish(day)

    def _maybe_finish(self, day: _Day) -> None:
        if day.pages_pending or day.articles_pending or day.day not in self.days:
            return
        del self.days[day.day]
        # A day with an error is walked again by the next backfill (what is stored is skipped).
        status = "done" if day.pages_ok and not day.counts.errors else "failed"
        backfill_days.finish_day(self.db, self.site.name, day.day, day.counts, status)
        self.days_done += 1
        self.count(f"days_{status}")

    # --- archive pages -------------------------------------------------------------------
    def page_failed(self, failure):
        day, page = self.days[failure.request.meta["day"]], failure.request.meta["page"]
        value = failure.value
        past_the_end = (page > 1 and isinstance(self.archive, Archive) and isinstance(value, HttpError)
                        and value.response.status == 404)  # page N+1 of a day of N pages
        if not past_the_end:
            reason, status = failure_reason(failure)
            self.error(failure.request.url, f"archive page: {reason}", status)
            day.counts.errors += 1
        yield from self._page_done(day)

    def parse_page(self, response):
        day, page = self.days[response.meta["day"]], response.meta["page"]
        try:
            links, follow = self._links(response, page)
        except FeedError as exc:
            self.error(response.url, f"archive page: {exc}", response.status)
            day.counts.errors += 1
            yield from self._page_done(day)
            return
        day.pages_ok += 1
        day.counts.pages += 1
        day.counts.links += len(links)
        self.count("pages")
        new = 0
        for link in links:
            plan = self._article_request(link)
            request, stored = plan.request, plan.stored
            day.counts.articles_known += stored
            if request is not None:
                request.meta["day"] = day.day
                day.articles_pending += 1
                new += 1
                yield request
        # A sitemap index brings child sitemaps, not links: always read them.
        if new or (links and day.day in self.resumed) or self.archive is self.site.sitemap_archive:
            yield from (self._page(day, url, page + 1) for url in follow)
        yield from self._page_done(day)

    def _links(self, response, page: int):
        """(article links of an archive page, URLs of the pages to read next if it brought news)."""
        if not isinstance(self.archive, Archive):
            links, children = parse_sitemap(response.body, response.url, self.tz)
            pattern = self.archive.links
            return [link for link in links if not pattern or re.search(pattern, link.url)], children
        if not isinstance(response, TextResponse):
            raise FeedError("archive page is not text")
        links, next_url = parse_listing(response.text, response.url, self.archive.links,
                                        self.archive.next)
        if page >= self.archive.max_pages_per_day:
            return links, []
        if "{page" in self.archive.url:
            next_url = render(self.archive.url, response.meta["day"], page + 1)
        return links, [next_url] if next_url and next_url != response.url else []

    # --- articles ------------------------------------------------------------------------
    def parse_article(self, response):
        errors = self.counted("errors")
        try:
            items = list(super().parse_article(response))
        except Exception:
            self._article_done(response.meta["day"], errors=1)
            raise
        if not items:
            self._article_done(response.meta["day"], self.counted("errors") - errors)
        yield from items

    def article_failed(self, failure):
        errors = self.counted("errors")
        super().article_failed(failure)
        self._article_done(failure.request.meta["day"], self.counted("errors") - errors)

    def _item_done(self, item, response, spider, *args, **kwargs):
        """item_scraped / item_dropped / item_error (with a failure) of an article of a day."""
        if spider is self and response is not None and "day" in response.meta:
            self.days[response.meta["day"]].counts.articles_new += bool(item.get("stored_new"))
            self._article_done(response.meta["day"], errors=int("failure" in kwargs))

    def _article_done(self, key: date, errors: int = 0) -> None:
        day = self.days[key]
        day.counts.errors += errors
        day.articles_pending -= 1
        self._maybe_finish(day)
