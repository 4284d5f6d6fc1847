"""<link rel="canonical">: one article served under several URLs is one row with every URL, and a
link to its declared canonical URL is known without a request; a canonical naming the home page
or another site is ignored. Also on the real ISNA page (corpus tier)."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import (
    SHARED,
    article_html,
    make_articles,
    rss,
    run_crawl,
    write_config,
)

from rasad.localsite import LocalSite

ISNA = SHARED / "corpus" / "html" / "isna_1.html"
ISNA_CANONICAL = "https://www.isna.ir/news/95102918901/"


def _with_canonical(page: str, href: str) -> str:
    return page.replace("<head>", f'<head><link rel="canonical" href="{href}">', 1)


def _config(tmp, site: LocalSite):
    return write_config(tmp, f"""  - name: agency
    base_url: {site.url('/')}
    sources:
      - rss: {site.url('/rss')}
""")


def _feed(site: LocalSite, paths: list[str]) -> None:
    site.add("/rss", rss([(site.url(p), "", None) for p in paths]),
             content_type="application/rss+xml")


def _article_urls(db: sqlite3.Connection) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for url, article_id in db.execute("select url, article_id from article_urls"):
        out.setdefault(article_id, set()).add(url)
    return out


def _crawl(config) -> None:
    result = run_crawl(config, "agency", "--quiet")
    assert result.returncode == 0, result.stderr[-3000:]


def test_one_article_under_three_urls_is_one_row_and_its_canonical_is_known(tmp_path):
    main, home_a, home_b, elsewhere = make_articles(4, start_id=190001)
    canonical = f"/fa/news/{main.news_id}/{main.title.split()[0]}"
    variants = [f"/fa/news/{main.news_id}", f"/amp/{main.news_id}", f"/fa/print/{main.news_id}"]
    with LocalSite() as site:
        for path in variants + [canonical]:
            site.add(path, _with_canonical(article_html(main), canonical))
        for a in (home_a, home_b):      # a CMS that declares the home page for every article
            site.add(a.path, _with_canonical(article_html(a), "/"))
        site.add(elsewhere.path, _with_canonical(article_html(elsewhere),
                                                 "https://aggregator.example/fa/news/1"))
        others = [home_a.path, home_b.path, elsewhere.path]
        _feed(site, variants + others)
        config = _config(tmp_path, site)
        _crawl(config)
        first = len(site.requests)
        _feed(site, [canonical] + variants + others)     # the feed changes: its canonical link
        _crawl(config)
        second = site.requests[first:]
    db = sqlite3.connect(tmp_path / "rasad.db")
    rows = db.execute("select id, title_raw from articles order by id").fetchall()
    assert sorted(t for _, t in rows) == sorted(a.title for a in (main, home_a, home_b, elsewhere))
    (main_id,) = [i for i, t in rows if t == main.title]
    urls = _article_urls(db)[main_id]
    for path in variants + [canonical]:
        assert any(u.startswith(site.url(path)) for u in urls), (path, urls)
    assert [(r.path, r.status) for r in second] == [("/rss", 200)]   # nothing fetched again


@pytest.mark.corpus
@pytest.mark.skipif(not ISNA.is_file(), reason="../shared/corpus/html is absent")
def test_real_isna_page_under_three_urls_is_one_article(tmp_path):
    with LocalSite() as site:
        page = ISNA.read_bytes().decode("utf-8")
        slug = page.split('rel="canonical" href="' + ISNA_CANONICAL, 1)[1].split('"', 1)[0]
        declared = site.url("/news/95102918901/" + slug)
        page = page.replace('href="' + ISNA_CANONICAL, 'href="' + site.url("/news/95102918901/"))
        paths = ["/news/95102918901", "/news/95102918901/روانچی-در-ارتباط-با-مواضع",
                 "/fa/news/95102918901?from=rss"]
        for path in paths:
            site.add(path.split("?")[0], page)
        _feed(site, paths)
        _crawl(_config(tmp_path, site))
    db = sqlite3.connect(tmp_path / "rasad.db")
    assert db.execute("select count(*) from articles").fetchone()[0] == 1
    assert db.execute("select count(*) from errors").fetchone()[0] == 0
    (urls,) = _article_urls(db).values()
    for path in paths:
        assert any(u.startswith(site.url(path.split("?")[0])) for u in urls), (path, urls)
    assert declared in urls          # the page's own canonical URL, never fetched, is known

