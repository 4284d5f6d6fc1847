"""NewsSpider callbacks on hand-made responses (no reactor): scheduling decisions and errors."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from conftest import REPORTS, TEHRAN, Article, article_html
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from crawler.failures import failure_reason, is_transient
from crawler.feeds import Link
from crawler.items import ArticleItem
from crawler.middlewares import RedirectLoop
from crawler.spider import NewsSpider
from pipeline.store import save_article
from rasad import runs
from rasad.config import parse_config
from rasad.schema import open_db

BASE = "https://rasad.example"


def _spider(config, run_id=None) -> NewsSpider:
    """A NewsSpider as a crawl makes it (its state opened in from_crawler), without a reactor."""
    crawler = get_crawler(NewsSpider)
    return NewsSpider.from_crawler(crawler, site=config.sites[0], config=config, run_id=run_id)


def _count(spider, key: str) -> int:
    return spider.crawler.stats.get_value(f"rasad/{key}", 0)


@pytest.fixture
def spider(tmp_path):
    config = parse_config(f"""
database: {tmp_path / "rasad.db"}
sites:
  - name: rasad
    base_url: {BASE}/
    limits: {{max_articles: 2, max_age: 30d}}
    sources:
      - rss: {BASE}/rss
""")
    db = open_db(config.database)
    runs.sync_sites(db, config.sites)
    spider = _spider(config, runs.open_run(db, "rasad", "manual"))
    db.close()
    yield spider
    spider.db.close()


def _errors(spider):
    return [(r["url"], r["reason"]) for r in spider.db["errors"].rows]


def _rss(*links: str) -> bytes:
    items = "".join(f"<item><link>{u}</link></item>" for u in links)
    return f"<rss><channel>{items}</channel></rss>".encode()


def test_known_urls_are_not_scheduled(spider):
    stored = save_article(spider.db, ArticleItem(
        site="rasad", url=f"{BASE}/fa/news/150001/a", canonical_url=f"{BASE}/fa/news/150001",
        urls=[], html=b"", fetched=datetime.now(timezone.utc), tags=[], events=[]),
        spider.config.settings)
    assert stored
    request = Request(f"{BASE}/rss", meta={"source": spider.site.sources[0], "kind": "rss", "page": 1})
    response = XmlResponse(f"{BASE}/rss", body=_rss(
        "http://www.rasad.example/fa/news/150001/a?utm_source=rss",   # stored, another spelling
        f"{BASE}/fa/news/150002/b", f"{BASE}/fa/news/150002/b#x",      # new, twice
        f"{BASE}/fa/news/150003/c", f"{BASE}/fa/news/150004/d"),      # over max_articles
        request=request, headers={"ETag": '"v1"'})
    requests = [r for r in spider.parse_source(response) if isinstance(r, Request)]
    assert [r.url for r in requests] == [f"{BASE}/fa/news/150002/b", f"{BASE}/fa/news/150003/c"]
    assert (_count(spider, "known"), _count(spider, "over_limit")) == (1, 1)
    # Every spelling is kept: the stored article's new one at once, a queued one for its item.
    assert spider.db["article_urls"].get("http://www.rasad.example/fa/news/150001/a?utm_source=rss")
    assert spider.aliases == {"https://rasad.example/fa/news/150002/b": [f"{BASE}/fa/news/150002/b#x"]}
    feed = spider.db["feeds"].get(f"{BASE}/rss")
    assert (feed["etag"], feed["items_seen"], feed["items_known"]) == ('"v1"', 5, 1)


def test_old_links_are_not_scheduled(spider):
    old = Link(f"{BASE}/fa/news/1/a", datetime.now(timezone.utc) - timedelta(days=45))
    plan = spider._article_request(old)
    assert (plan.request, plan.stored, plan.keep) == (None, False, False)
    assert _count(spider, "too_old") == 1


def test_article_response_becomes_an_item(spider):
    title, lead, body = REPORTS[0]
    page = article_html(Article(150001, title, lead, body, datetime.now(TEHRAN) - timedelta(hours=2)))
    url = f"{BASE}/fa/news/150001/دیدار-وزیر"
    request = Request(url, meta={"link": Link(url + "?utm_source=rss"),
                                 "redirect_urls": [f"{BASE}/x/Q"]})
    (item,) = spider.parse_article(HtmlResponse(url, body=page.encode(), request=request,
                                                headers={"Content-Type": "text/html; charset=utf-8"}))
    assert (item["title_raw"], item["lead_raw"], item["body_raw"]) == (title, lead, body)
    assert item["canonical_url"] == f"{BASE}/fa/news/150001"
    assert item["urls"] == [url + "?utm_source=rss", f"{BASE}/x/Q", url]
    assert item["encoding"] == "utf-8" and item["run_id"] == spider.run_id


def test_non_html_and_bodiless_pages_are_errors_not_items(spider):
    url = f"{BASE}/fa/news/9/a"
    request = Request(url, meta={"link": Link(url)})
    pdf = Response(url, body=b"%PDF", request=request, headers={"Content-Type": "application/pdf"})
    empty = HtmlResponse(url, body="<html><body><h1>تیتر</h1></body></html>".encode(),
                         request=request, headers={"Content-Type": "text/html; charset=utf-8"})
    assert list(spider.parse_article(pdf)) == [] and list(spider.parse_article(empty)) == []
    reasons = [reason for _, reason in _errors(spider)]
    assert reasons[0].startswith("not an HTML page") and "no article body" in reasons[1]


def test_pipeline_and_parse_exceptions_are_recorded(spider):
    url = f"{BASE}/fa/news/9/a"
    spider._item_error(ArticleItem(url=url), None, spider, Failure(RuntimeError("disk full")))
    spider._spider_error(Failure(TypeError("bad markup")), HtmlResponse(url, body=b"<p>x</p>"), spider)
    assert _errors(spider) == [(url, "pipeline error: RuntimeError: disk full"),
                               (url, "parse error: TypeError: bad markup")]
    assert _count(spider, "errors") == 2


def _failure(exc):
    try:
        raise exc
    except Exception:
        return Failure()


def test_failure_reasons_are_one_line():
    response = Response(f"{BASE}/a", status=503)
    cases = {
        HttpError(response, "Ignoring non-200 response"): ("HTTP 503", 503),
        DNSLookupError("no such host: rasad.invalid"): ("DNS lookup failed", None),
        RedirectLoop("redirect loop: /a → /b → /a"): ("redirect loop: /a → /b → /a", None),
        IgnoreRequest("max redirections reached"): ("too many redirects", None),
        IgnoreRequest("Forbidden by robots.txt"): ("request dropped: Forbidden by robots.txt", None),
        ValueError("bad\nthing"): ("ValueError: bad thing", None),
    }
    for exc, (start, status) in cases.items():
        reason, got_status = failure_reason(_failure(exc))
        assert reason.startswith(start) and got_status == status and "\n" not in reason


def test_only_failures_a_later_run_may_cure_are_transient():
    def http(status):
        return HttpError(Response(f"{BASE}/a", status=status), "Ignoring non-200 response")
    transient = [http(500), http(503), http(429), DNSLookupError("rasad.invalid")]
    final = [http(404), http(403), RedirectLoop("redirect loop: /a → /a"),
             IgnoreRequest("Forbidden by robots.txt"), ValueError("bad")]
    assert [is_transient(_failure(e)) for e in transient] == [True] * len(transient)
    assert [is_transient(_failure(e)) for e in final] == [False] * len(final)


@pytest.mark.parametrize("max_pages, follows", [(1, False), (2, True)])
def test_listing_follows_next_up_to_max_pages(tmp_path, max_pages, follows):
    config = parse_config(f"""
database: {tmp_path / "rasad.db"}
sites:
  - name: rasad
    base_url: {BASE}/
    sources:
      - listing: {BASE}/archive
        links: '/fa/news/\\d+/'
        next: a.next
        max_pages: {max_pages}
""")
    spider = _spider(config)
    source = spider.site.sources[0]
    html = '<a href="/fa/news/150001/x">1</a><a href="/fa/about">x</a><a class="next" href="/archive?page=2">بعدی</a>'
    response = HtmlResponse(f"{BASE}/archive", body=html.encode(), encoding="utf-8",
                            request=Request(f"{BASE}/archive", meta={"source": source, "kind": "listing", "page": 1}))
    out = list(spider.parse_source(response))
    assert [r.url for r in out if r.meta.get("article")] == [f"{BASE}/fa/news/150001/x"]
    pages = [r for r in out if not r.meta.get("article")]
    assert [(r.url, r.meta["page"]) for r in pages] == ([(f"{BASE}/archive?page=2", 2)] if follows else [])
    spider.db.close()
