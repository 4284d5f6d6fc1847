"""Feeds, sitemaps and listings → article links (pure parsing)."""

from __future__ import annotations

import gzip
from datetime import datetime, timezone

import pytest

from crawler.feeds import FeedError, parse_feed, parse_listing, parse_sitemap

TZ = "Asia/Tehran"
BASE = "https://rasad.example/"


def test_rss_with_relative_links_rfc822_and_jalali_dates():
    body = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
      <item><title>دیدار</title><link>/fa/news/1</link><pubDate>Sat, 02 Nov 2024 06:55:00 GMT</pubDate></item>
      <item><title>تماس</title><guid>https://rasad.example/fa/news/2</guid><pubDate>۱۴۰۳/۰۸/۱۲ - ۱۰:۲۵</pubDate></item>
      <item><title>بی‌پیوند</title><guid isPermaLink="false">abc-3</guid></item>
    </channel></rss>""".encode()
    links = parse_feed(body, BASE + "rss", TZ)
    assert [link.url for link in links] == ["https://rasad.example/fa/news/1", "https://rasad.example/fa/news/2"]
    expected = datetime(2024, 11, 2, 6, 55, tzinfo=timezone.utc)
    assert [link.published for link in links] == [expected, expected]
    assert links[0].title == "دیدار"


def test_atom_alternate_links():
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>a</title>
      <link rel="self" href="https://rasad.example/self"/><link href="https://rasad.example/fa/news/9"/>
      <published>2024-11-02T10:25:00+03:30</published></entry></feed>"""
    (link,) = parse_feed(body, BASE, TZ)
    assert link.url == "https://rasad.example/fa/news/9"
    assert link.published == datetime(2024, 11, 2, 6, 55, tzinfo=timezone.utc)


def test_stray_ampersand_is_tolerated():
    body = b"<rss><channel><item><link>https://rasad.example/a?x=1&y=2</link></item></channel></rss>"
    assert [link.url for link in parse_feed(body, BASE, TZ)] == ["https://rasad.example/a?x=1&y=2"]


@pytest.mark.parametrize("body", [b"<html><body>503</body></html>", b"not xml at all {", b"", b"\x1f\x8bbroken"])
def test_not_a_feed_raises_a_one_line_error(body):
    with pytest.raises(FeedError) as err:
        parse_feed(body, BASE, TZ)
    assert "\n" not in str(err.value)


def test_google_news_sitemap_and_gzip():
    body = """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>
      <loc>https://rasad.example/fa/news/5</loc><lastmod>2020-01-01</lastmod>
      <news:news><news:publication_date>2024-11-02T10:25:00+03:30</news:publication_date>
      <news:title>دیدار</news:title></news:news></url></urlset>""".encode()
    links, children = parse_sitemap(gzip.compress(body), BASE, TZ)
    assert children == []
    assert links[0].url == "https://rasad.example/fa/news/5" and links[0].title == "دیدار"
    assert links[0].published == datetime(2024, 11, 2, 6, 55, tzinfo=timezone.utc)


def test_sitemap_index_lists_children():
    body = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://rasad.example/sitemap-1.xml</loc></sitemap>
      <sitemap><loc>/sitemap-2.xml</loc></sitemap></sitemapindex>"""
    links, children = parse_sitemap(body, BASE, TZ)
    assert links == [] and children == ["https://rasad.example/sitemap-1.xml",
                                        "https://rasad.example/sitemap-2.xml"]


def test_listing_links_by_pattern_and_next_page():
    html = """<html><body><a href="/fa/news/1/a">1</a><a href="/fa/news/1/a">again</a>
      <a href="https://rasad.example/fa/news/2/b">2</a><a href="/fa/about">about</a>
      <a href="javascript:void(0)">x</a><a class="next" href="?page=2">بعدی</a></body></html>"""
    links, next_url = parse_listing(html, BASE + "archive", r"/fa/news/\d+/", "a.next")
    assert [link.url for link in links] == ["https://rasad.example/fa/news/1/a", "https://rasad.example/fa/news/2/b"]
    assert next_url == "https://rasad.example/archive?page=2"


def test_gzip_inflation_is_capped():
    body = gzip.compress(b"<urlset>" + b" " * 50_000 + b"</urlset>")
    assert parse_sitemap(body, BASE, TZ, max_size=60_000) == ([], [])
    with pytest.raises(FeedError, match=r"^sitemap too large after decompression \(over 40000 bytes\)$"):
        parse_sitemap(body, BASE, TZ, max_size=40_000)


def test_nested_entities_are_refused_even_below_libxml2s_own_limit():
    body = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;">]>'
            b"<rss><channel><item><title>&b;</title><link>https://rasad.example/1</link></item>"
            b"</channel></rss>")
    with pytest.raises(FeedError, match=r"^feed not parseable \(entity expansion\)$"):
        parse_feed(body, BASE, TZ)
