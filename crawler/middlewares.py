"""Downloader middleware: stop redirect loops with a clear reason, and fold short links to
articles already stored without fetching them again."""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.exceptions import IgnoreRequest

from crawler.state import add_article_urls, article_for_urls


class RedirectLoop(IgnoreRequest):
    """A redirect chain that comes back to a URL it already visited."""


class AlreadyStored(IgnoreRequest):
    """A redirect (e.g. a short link) to an article that is already stored."""


class RedirectGuardMiddleware:
    @classmethod
    def from_crawler(cls, crawler):
        mw = cls()
        mw.crawler = crawler
        return mw

    def process_response(self, request, response, spider=None):
        location = response.headers.get(b"Location")
        if not (300 <= response.status < 400 and location):
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            raise RedirectLoop(f"redirect loop: {' → '.join(chain + [target])}")
        spider = self.crawler.spider
        if request.meta.get("article"):
            article_id = article_for_urls(spider.db, [target])
            if article_id is not None:
                add_article_urls(spider.db, article_id, chain)
                spider.count("known")
                raise AlreadyStored(f"{request.url} redirects to stored article {article_id}")
        return response
