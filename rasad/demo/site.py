"""Serve sample articles as a complete news site on 127.0.0.1 (pages, RSS, listing, sitemap).

    with build_site(demo_articles(), agency="pegah") as site:
        site.url("/rss")   # crawl it

Paths: ``/`` home, ``/rss``, ``/archive`` and ``/archive?page=N`` (``a.next`` links the next
page), ``/sitemap.xml`` (a sitemap index over ``/sitemap-N.xml`` once past ``sitemap_page``
URLs, 1,000 by default), ``/robots.txt``, each article at ``article_path`` and a 301 short
link ``/x/<code>``. The nava style lists short links in its RSS, as some agencies do.
"""

from __future__ import annotations

from collections import defaultdict

from rasad.demo.articles import Agency, Article, demo_articles, load_agencies
from rasad.demo.render import (
    article_page,
    article_path,
    home_page,
    listing_page,
    rss,
    short_path,
    sitemap,
    sitemap_index,
)
from rasad.localsite import LocalSite

__all__ = ["build_site", "demo_articles", "ARTICLE_LINKS"]

PER_PAGE = 10
FEED_SIZE = 20
SITEMAP_PAGE = 1000
# regex an article link matches, per page style (for config `links:`)
ARTICLE_LINKS = {"pegah": r"/fa/news/\d+/", "nava": r"/news/\d+/"}
RSS_TYPE = "application/rss+xml; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"


def _related(articles: list[Article], n: int = 3) -> dict[str, list[Article]]:
    """Up to *n* other articles of the same section, nearest in time first."""
    by_section: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        by_section[a.section].append(a)
    out = {}
    for group in by_section.values():
        for i, a in enumerate(group):
            out[a.id] = [group[j] for j in (i - 1, i + 1, i - 2, i + 2) if 0 <= j < len(group)][:n]
    return out


def build_site(articles: list[Article], agency: str | Agency = "pegah",
               sitemap_page: int = SITEMAP_PAGE) -> LocalSite:
    """A started LocalSite serving *articles* in *agency*'s style; stop it (or use ``with``).

    Past *sitemap_page* articles the sitemap becomes an index of sitemaps of that many each."""
    if isinstance(agency, str):
        agencies = load_agencies()
        if agency not in agencies:
            raise ValueError(f"unknown agency {agency!r} (known: {', '.join(agencies)})")
        agency = agencies[agency]
    site = LocalSite()
    base = site.start()
    newest = sorted(articles, key=lambda a: a.published_at, reverse=True)
    oldest = newest[::-1]
    related = _related(oldest)

    def url_of(a: Article) -> str:
        return base + article_path(a, agency)

    def feed_link(a: Article) -> str:
        return base + short_path(a) if agency.style == "nava" else url_of(a)

    for a in newest:
        path = article_path(a, agency)
        site.add(path, article_page(a, agency, base, related[a.id]),
                 content_type=f"text/html; charset={a.page.encoding}")
        site.redirect(short_path(a), path)

    pages = max(1, -(-len(newest) // PER_PAGE))
    for p in range(1, pages + 1):
        chunk = newest[(p - 1) * PER_PAGE: p * PER_PAGE]
        site.add(f"/archive?page={p}", listing_page(agency, base, chunk, p, pages, url_of))
    site.add("/archive", listing_page(agency, base, newest[:PER_PAGE], 1, pages, url_of))
    site.add("/", home_page(agency, base, newest[:12], url_of))
    site.add("/rss", rss(agency, base, newest[:FEED_SIZE], feed_link), content_type=RSS_TYPE)

    if len(newest) <= sitemap_page:
        site.add("/sitemap.xml", sitemap(agency, newest, url_of), content_type=XML_TYPE)
    else:
        children = []
        for i in range(0, len(newest), sitemap_page):
            path = f"/sitemap-{i // sitemap_page + 1}.xml"
            site.add(path, sitemap(agency, newest[i:i + sitemap_page], url_of), content_type=XML_TYPE)
            children.append(base + path)
        site.add("/sitemap.xml", sitemap_index(children), content_type=XML_TYPE)
    site.add("/robots.txt", f"User-agent: *\nDisallow: /search\nSitemap: {base}/sitemap.xml\n",
             content_type="text/plain; charset=utf-8")
    site.add("/static/site.css", "body{direction:rtl;font-family:Vazirmatn,Tahoma,sans-serif}",
             content_type="text/css; charset=utf-8")
    return site
