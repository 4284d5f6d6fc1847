"""The sample sites as a crawler meets them: every page parses back (title, date) through
crawler.extract, the feed, archive pages and sitemap lead to every article, and the page quirks
(windows-1256, character references, stripped ZWNJ, Arabic letters, Jalali ISO) are really served."""

from __future__ import annotations

import re
import urllib.request
from email.message import Message

import pytest

from crawler.extract import extract_article
from crawler.feeds import parse_feed, parse_listing, parse_sitemap
from rasad.demo.articles import demo_articles, load_agencies
from rasad.demo.check import same_text
from rasad.demo.generate import generated_articles, generated_site
from rasad.demo.render import article_path, short_path
from rasad.demo.site import ARTICLE_LINKS, build_site
from rasad.persian import latin_digits, name_tokens

ARTICLES = demo_articles()
AGENCIES = load_agencies()


def fold(text: str) -> str:
    """Text with letters unified, ZWNJ/punctuation dropped and digits in Latin, for comparison."""
    return " ".join(name_tokens(latin_digits(text)))


def fetch(url: str) -> tuple[bytes, str, str]:
    """(body, charset from Content-Type, final URL after redirects)."""
    with urllib.request.urlopen(url, timeout=10) as resp:
        msg = Message()
        msg["content-type"] = resp.headers["Content-Type"]
        return resp.read(), msg.get_param("charset") or "utf-8", resp.geturl()


@pytest.fixture(scope="module")
def sites():
    """Both sample sites, started once for the module."""
    built = {key: build_site([a for a in ARTICLES if a.agency == key], agency=key) for key in AGENCIES}
    yield built
    for site in built.values():
        site.stop()


@pytest.fixture(params=sorted(AGENCIES))
def served(request, sites):
    key = request.param
    return AGENCIES[key], [a for a in ARTICLES if a.agency == key], sites[key]


def test_every_article_parses_back_through_the_extractor(served):
    agency, mine, site = served
    for a in mine:
        url = site.url(article_path(a, agency))
        body, charset, _ = fetch(url)
        html = body.decode(charset)
        assert '<html lang="fa" dir="rtl">' in html
        out = extract_article(html, url)
        assert same_text(out["title"], a.title), (a.id, out["title"])
        assert out["published"] == a.published_at, (a.id, out["published"], out["published_source"])
        assert fold(a.body[-1]) in fold(out["body"]), a.id


def test_feed_archive_and_sitemap_reach_every_article(served):
    agency, mine, site = served
    wanted = {site.url(article_path(a, agency)) for a in mine}

    body, _, _ = fetch(site.url("/sitemap.xml"))
    links, children = parse_sitemap(body, site.base, "Asia/Tehran")
    assert {link.url for link in links} == wanted and not children

    seen, page, pages = set(), site.url("/archive"), 0
    while page:
        html, charset, _ = fetch(page)
        found, page = parse_listing(html.decode(charset), site.base, ARTICLE_LINKS[agency.style], "a.next")
        seen |= {link.url for link in found}
        pages += 1
    assert seen == wanted and pages == -(-len(mine) // 10)

    body, _, _ = fetch(site.url("/rss"))
    feed = parse_feed(body, site.base, "Asia/Tehran")
    assert feed and all(link.published is not None for link in feed)
    newest = max(mine, key=lambda a: a.published_at)
    assert feed[0].published == newest.published_at
    for link in feed:  # short links in nava's feed redirect to the article
        assert fetch(link.url)[2] in wanted


def test_page_quirks_are_served_as_declared(sites):
    by_flag = {
        "encoding": next(a for a in ARTICLES if a.page.encoding == "windows-1256"),
        "ncr": next(a for a in ARTICLES if a.page.title_ncr),
        "zwnj": next(a for a in ARTICLES if a.page.strip_zwnj),
        "arabic": next(a for a in ARTICLES if a.page.arabic_letters),
        "jalali_iso": next(a for a in ARTICLES if a.page.iso_jalali),
    }
    for flag, a in by_flag.items():
        agency, site = AGENCIES[a.agency], sites[a.agency]
        body, charset, _ = fetch(site.url(article_path(a, agency)))
        assert fetch(site.url(short_path(a)))[2] == site.url(article_path(a, agency))
        if flag == "encoding":
            assert charset == "windows-1256"
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
            assert "ديدار" in body.decode("windows-1256")
            continue
        html = body.decode("utf-8")
        title = re.search(r"<title>(.*?)</title>", html).group(1)
        if flag == "ncr":
            h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html).group(1)
            assert title.startswith("&#") and h1.startswith("&#") and a.title.split()[0] not in h1
        elif flag == "zwnj":
            story = html[html.index("<article"):html.index("</article>")]
            assert "\u200c" not in story and "\u200c" in " ".join(a.body)
        elif flag == "arabic":
            headline = title.split(" - ")[0]
            assert "ی" not in headline and "ي" in headline and "ك" in headline
        else:
            meta = re.search(r'article:published_time" content="([^"]+)"', html).group(1)
            assert meta.startswith("1405-") and meta.endswith("+03:30")


def test_generated_site_is_deterministic_annotated_and_parses_back():
    first, again, other = generated_articles(60), generated_articles(60), generated_articles(60, seed=1)
    assert [a.model_dump() for a in first] == [a.model_dump() for a in again]
    assert [a.title for a in first] != [a.title for a in other]
    meetings = [a for a in first if a.expected_events]
    assert 5 <= len(meetings) <= 30
    agency = AGENCIES["pegah"]
    with generated_site(60) as site:
        body, _, _ = fetch(site.url("/sitemap.xml"))
        assert len(parse_sitemap(body, site.base, "Asia/Tehran")[0]) == 60
        for a in meetings[:5]:
            url = site.url(article_path(a, agency))
            out = extract_article(fetch(url)[0].decode("utf-8"), url)
            assert same_text(out["title"], a.title) and out["published"] == a.published_at
            event = a.expected_events[0]
            assert all(p in out["body"] for p in event.participants)


def test_large_site_splits_its_sitemap_into_an_index():
    articles = generated_articles(25, seed=3)
    with build_site(articles, sitemap_page=10) as site:
        body, _, _ = fetch(site.url("/sitemap.xml"))
        links, children = parse_sitemap(body, site.base, "Asia/Tehran")
        assert not links and len(children) == 3
        found = [link.url for c in children for link in parse_sitemap(fetch(c)[0], site.base, "Asia/Tehran")[0]]
        assert sorted(found) == sorted(site.url(article_path(a, AGENCIES["pegah"])) for a in articles)
