"""Bad input the crawler must survive, and per-site limits: one crawl of four fixture sites.

Each fault gets its own test; all read the same crawl (one subprocess keeps the suite fast).
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import pytest
from conftest import NewsSite, article_html, make_articles, rss, run_crawl, write_config

from rasad.localsite import LocalSite

MAX_SIZE = 20_000


def _hang_until(release: threading.Event):
    def handler(request):
        # Send nothing: the client's download timeout must fire; the test releases us at teardown.
        release.wait(60)
    return handler


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("errors")
    release = threading.Event()
    with LocalSite() as site:
        news = NewsSite(site)
        good = news.add_articles(make_articles(3, start_id=150001))
        faults = {}

        def fault(name: str, path: str):
            faults[name] = path
            news.articles.append(type(good[0])(0, name, "", "", good[0].published, path=path))

        fault("404", "/fa/news/150101/missing")
        fault("500", "/fa/news/150102/broken")
        site.add("/fa/news/150102/broken", "<h1>Internal Server Error</h1>", status=500)
        fault("timeout", "/fa/news/150103/slow")
        site.add_handler("/fa/news/150103/slow", _hang_until(release))
        fault("too-large", "/fa/news/150104/huge")
        big = make_articles(1, start_id=150104)[0]
        site.add(faults["too-large"], article_html(big).replace(
            "</article>", "<p>" + "متن بسیار طولانی " * 4000 + "</p></article>"))
        fault("loop", "/fa/news/150105/loop")
        site.redirect(faults["loop"], "/fa/news/150105/loop-b")
        site.redirect("/fa/news/150105/loop-b", faults["loop"])
        fault("pdf", "/fa/news/150106/file.pdf")
        site.add(faults["pdf"], b"%PDF-1.4 binary", content_type="application/pdf")
        fault("robots", "/private/news/150108")
        site.add(faults["robots"], article_html(make_articles(1, start_id=150108)[0]))
        site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        fault("no-body", "/fa/news/150107/empty")
        site.add(faults["no-body"], '<html dir="rtl"><head><title>خبر</title></head><body>'
                                    '<nav><a href="/">خانه</a></nav><h1>خبر بدون متن</h1></body></html>')
        # windows-1256, declared in the header and in a meta tag.
        cp = make_articles(4, start_id=150200)[3]
        cp.path = "/fa/news/150203/cp1256"
        page = article_html(cp).replace('<meta charset="utf-8">',
                                        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
        site.add(cp.path, page.encode("cp1256", errors="xmlcharrefreplace"),
                 content_type="text/html; charset=windows-1256")
        news.articles.append(cp)
        # A title written as numeric character references.
        ncr = make_articles(5, start_id=150300)[4]
        ncr.path = "/fa/news/150304/ncr"
        encoded = "".join(f"&#{ord(c)};" for c in ncr.title)
        site.add(ncr.path, article_html(ncr).replace(f'<h1 class="title">{ncr.title}</h1>',
                                                      f'<h1 class="title">{encoded}</h1>')
                 .replace(f"content=\"{ncr.title}\"", f"content=\"{encoded}\""))
        news.articles.append(ncr)
        news.publish()

        # A second site whose feed is not XML; a third with an encoding override and no charset.
        site.add("/broken/rss", "<html><body>503 Service Unavailable — لطفاً بعداً تلاش کنید</body></html>",
                 content_type="application/rss+xml")
        legacy = make_articles(2, start_id=150400)[1]
        legacy.path = "/legacy/news/150401"
        site.add(legacy.path, article_html(legacy).replace('<meta charset="utf-8">', "")
                 .encode("cp1256", errors="xmlcharrefreplace"), content_type="text/html")
        site.add("/legacy/archive", f'<html><body><a href="{legacy.path}">x</a></body></html>')

        # Per-site limits: an old article (by its feed date) and more articles than allowed.
        now = datetime.now(timezone.utc)
        limited = make_articles(3, start_id=150500, base=now - timedelta(hours=1))
        for i, a in enumerate(limited):
            a.path = f"/limited/news/15050{i}"
            site.add(a.path, article_html(a))
        site.add("/limited/rss", rss([(site.url(a.path), a.title, when) for a, when in
                                      zip(limited, [now - timedelta(hours=1), now - timedelta(hours=2),
                                                    now - timedelta(days=400)])]),
                 content_type="application/rss+xml")

        config = write_config(tmp, f"""  - name: limited
    base_url: {site.url('/limited/')}
    limits: {{max_articles: 1, max_age: 30d}}
    sources:
      - rss: {site.url('/limited/rss')}
  - name: agency
    base_url: {site.url('/')}
    sources:
      - rss: {site.url('/rss')}
  - name: broken
    base_url: {site.url('/broken/')}
    sources:
      - rss: {site.url('/broken/rss')}
  - name: legacy
    base_url: {site.url('/legacy/')}
    encoding: windows-1256
    sources:
      - listing: {site.url('/legacy/archive')}
        links: '/legacy/news/\\d+'
""", max_response_size=MAX_SIZE, download_timeout="10s", obey_robots="true")
        result = run_crawl(config, "--all")
        release.set()
        assert "error:" not in result.stderr, result.stderr
        requests = site.requests
    db = sqlite3.connect(tmp / "rasad.db")
    db.row_factory = sqlite3.Row
    errors = {r["url"]: r for r in db.execute("select * from errors")}
    yield {"result": result, "db": db, "faults": faults, "errors": errors, "good": good,
           "limited": limited,
           "cp": cp, "ncr": ncr, "legacy": legacy, "requests": requests, "site": site}
    db.close()


def _error_for(crawled, name: str):
    path = crawled["faults"][name]
    hits = [e for url, e in crawled["errors"].items() if url.endswith(path) or path in url]
    assert hits, f"no error recorded for {name} ({path}); errors: {list(crawled['errors'])}"
    return hits[0]


def test_the_crawl_finishes_and_reports_the_failed_site(crawled):
    result = crawled["result"]
    assert result.returncode == 1, result.stderr[-2000:]   # one site failed
    assert "Traceback" not in result.stderr
    runs = {r["site"]: r for r in crawled["db"].execute("select * from crawl_runs")}
    assert runs["agency"]["status"] == "ok"
    assert runs["legacy"]["status"] == "ok"
    assert runs["broken"]["status"] == "failed"
    assert runs["agency"]["errors"] == len(crawled["faults"])


def test_good_articles_stored_despite_the_faults(crawled):
    titles = {r[0] for r in crawled["db"].execute("select title_raw from articles where site='agency'")}
    for a in crawled["good"]:
        assert a.title in titles


def test_feed_that_is_not_xml(crawled):
    errors = [e for e in crawled["errors"].values() if e["site"] == "broken"]
    assert len(errors) == 1
    assert errors[0]["url"].endswith("/broken/rss")
    assert "not XML" in errors[0]["reason"] or "not RSS" in errors[0]["reason"]


def test_404_recorded_with_url(crawled):
    e = _error_for(crawled, "404")
    assert (e["status"], e["reason"]) == (404, "HTTP 404")
    assert e["run_id"] is not None


def test_500_recorded_with_url(crawled):
    e = _error_for(crawled, "500")
    assert (e["status"], e["reason"]) == (500, "HTTP 500")


def test_timeout_recorded(crawled):
    assert "timeout" in _error_for(crawled, "timeout")["reason"].lower() or \
        "took longer" in _error_for(crawled, "timeout")["reason"]


def test_response_larger_than_maximum(crawled):
    # The same words as a page streamed without Content-Length (test_crawl_hostile).
    assert _error_for(crawled, "too-large")["reason"] == f"response too large (over {MAX_SIZE} bytes)"
    titles = [r[0] for r in crawled["db"].execute("select url from articles")]
    assert not any(crawled["faults"]["too-large"] in t for t in titles)


def test_redirect_loop(crawled):
    reason = _error_for(crawled, "loop")["reason"]
    assert "redirect" in reason.lower()
    loop_hits = [r for r in crawled["requests"] if "150105" in r.path]
    assert len(loop_hits) <= 6          # stopped, not chased forever


def test_non_html_content_type(crawled):
    reason = _error_for(crawled, "pdf")["reason"]
    assert "not an HTML page" in reason and "application/pdf" in reason


def test_robots_txt_obeyed(crawled):
    assert "robots.txt" in _error_for(crawled, "robots")["reason"]
    paths = [r.path for r in crawled["requests"]]
    assert "/robots.txt" in paths and crawled["faults"]["robots"] not in paths


def test_article_page_with_no_body(crawled):
    assert "no article body" in _error_for(crawled, "no-body")["reason"]


def test_windows_1256_page_comes_out_as_persian(crawled):
    cp = crawled["cp"]
    row = crawled["db"].execute("select * from articles where url like ?", [f"%{cp.path}"]).fetchone()
    assert row is not None
    assert row["title_raw"] == cp.title and row["body_raw"] == cp.body
    assert crawled["db"].execute("select encoding from article_html where article_id=?",
                                 [row["id"]]).fetchone()[0].lower() in ("cp1256", "windows-1256")


def test_site_encoding_override_without_any_charset(crawled):
    legacy = crawled["legacy"]
    row = crawled["db"].execute("select * from articles where site='legacy'").fetchone()
    assert row is not None and row["title_raw"] == legacy.title and row["body_raw"] == legacy.body


def test_numeric_character_references_in_title_decoded(crawled):
    row = crawled["db"].execute("select title_raw from articles where url like ?",
                                [f"%{crawled['ncr'].path}"]).fetchone()
    assert row is not None and row[0] == crawled["ncr"].title


def test_nothing_half_written(crawled):
    db = crawled["db"]
    orphans = db.execute("select count(*) from articles a where not exists "
                         "(select 1 from article_html h where h.article_id = a.id) or not exists "
                         "(select 1 from article_urls u where u.article_id = a.id)").fetchone()[0]
    assert orphans == 0
    for name, path in crawled["faults"].items():
        assert db.execute("select count(*) from articles where url like ?", [f"%{path}%"]).fetchone()[0] == 0, name


def test_site_limits_max_articles_and_max_age(crawled):
    limited = crawled["limited"]
    stored = [r[0] for r in crawled["db"].execute("select url from articles where site='limited'")]
    assert len(stored) == 1 and limited[0].path in stored[0]   # the newest, and only one
    paths = [r.path for r in crawled["requests"]]
    assert limited[2].path not in paths          # too old: never requested
    assert limited[1].path not in paths          # over max_articles: never requested
