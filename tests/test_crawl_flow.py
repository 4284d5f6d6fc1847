"""End to end: `rasad crawl` against a fixture agency on 127.0.0.1, three crawls in a row."""

from __future__ import annotations

import sqlite3
import zlib
from datetime import timezone

import pytest
from conftest import NewsSite, make_articles, run_crawl, write_config

from rasad.localsite import LocalSite
from rasad.schema import open_db

SHORT = "/x/AbCd"


@pytest.fixture(scope="module")
def flow(tmp_path_factory):
    """Crawl 1 (fresh), crawl 2 (unchanged site), crawl 3 (one article added); keep what happened."""
    tmp = tmp_path_factory.mktemp("flow")
    with LocalSite() as site:
        news = NewsSite(site, feed_suffix="?utm_source=rss&utm_medium=feed#comments")
        old = news.add_articles(make_articles(7, start_id=140301))
        # A short link in the feed that redirects to an article the listing also links to.
        site.redirect(SHORT, old[2].path)
        news.extra_feed_links.append(SHORT)
        news.publish()
        config = write_config(tmp, f"""  - name: rasad-test
    base_url: {site.url('/')}
    sources:
      - rss: {site.url('/rss')}
      - listing: {site.url('/archive')}
        links: '/fa/news/\\d+/'
""")
        runs, marks = [], [0]
        runs.append(run_crawl(config, "rasad-test"))
        marks.append(len(site.requests))
        # The second crawl runs as the daemon runs it: into a row it created beforehand.
        db = open_db(tmp / "rasad.db")
        run_id = db["crawl_runs"].insert({"site": "rasad-test", "status": "running", "pid": 1,
                                          "trigger": "schedule", "started": "2026-01-01T00:00:00+00:00"}).last_pk
        db.close()
        runs.append(run_crawl(config, "rasad-test", "--run-id", str(run_id), "--quiet"))
        marks.append(len(site.requests))
        new = make_articles(8, start_id=140301)[-1]
        news.add_article(new)
        runs.append(run_crawl(config, "rasad-test"))
        marks.append(len(site.requests))
        requests = site.requests
    phases = [requests[marks[i]:marks[i + 1]] for i in range(3)]
    db = sqlite3.connect(tmp / "rasad.db")
    db.row_factory = sqlite3.Row
    yield {"runs": runs, "phases": phases, "old": old, "new": new, "db": db, "site": site,
           "errors": [tuple(r) for r in db.execute("select run_id, url, reason from errors")]}
    db.close()


def test_every_crawl_succeeds(flow):
    for run in flow["runs"]:
        assert run.returncode == 0, run.stderr[-2000:]
    rows = flow["db"].execute("select * from crawl_runs order by id").fetchall()
    assert [r["status"] for r in rows] == ["ok", "ok", "ok"]
    assert all(r["ended"] >= r["started"] for r in rows)


def test_summary_table_reports_the_counts(flow):
    out = flow["runs"][0].stdout
    for header in ("requests", "new articles", "already known", "errors"):
        assert header in out
    row = next(line for line in out.splitlines() if "rasad-test" in line and "ok" in line)
    cells = [c.strip() for c in row.strip("│ ").split("│")]
    run = flow["db"].execute("select * from crawl_runs order by id limit 1").fetchone()
    assert cells[3:] == [str(run["requests"]), str(run["new_articles"]), str(run["known"]),
                         str(run["errors"])]
    assert run["new_articles"] == len(flow["old"])


def test_run_id_row_created_by_the_daemon_is_filled_in(flow):
    rows = flow["db"].execute("select * from crawl_runs order by id").fetchall()
    assert len(rows) == 3                      # no extra row for the --run-id crawl
    second = rows[1]
    assert (second["trigger"], second["started"], second["status"]) == \
        ("schedule", "2026-01-01T00:00:00+00:00", "ok")
    assert second["requests"] == 2 and second["ended"]


def test_first_crawl_stores_every_article_once_with_its_fields(flow):
    db = flow["db"]
    rows = {r["title_raw"]: r for r in db.execute("select * from articles")}
    expected = flow["old"] + [flow["new"]]
    assert len(rows) == len(expected)
    for a in expected:
        row = rows[a.title]
        assert row["site"] == "rasad-test"
        assert row["lead_raw"] == a.lead
        assert row["body_raw"] == a.body          # ZWNJ and paragraphs intact
        assert row["title"] and row["body"]        # normalised copies beside the raw text
        assert row["published"] == a.published.astimezone(timezone.utc).isoformat()
        j = a.jalali
        assert row["published_jalali"] == f"{j.year}-{j.month:02d}-{j.day:02d} {j.hour:02d}:{j.minute:02d}"
        assert row["published_source"] == {"jsonld": "jsonld", "meta-jalali": "meta",
                                           "page-only": "page"}[a.style]
    assert any("\u200c" in r["body_raw"] for r in rows.values())


def test_raw_html_kept_compressed_for_every_article(flow):
    db = flow["db"]
    rows = db.execute("select a.url, h.html_zlib, h.encoding, h.content_type from articles a "
                      "join article_html h on h.article_id = a.id").fetchall()
    assert len(rows) == db.execute("select count(*) from articles").fetchone()[0]
    for row in rows:
        html = zlib.decompress(row["html_zlib"]).decode(row["encoding"])
        assert "<h1" in html and "text/html" in row["content_type"]


def test_each_article_page_fetched_once_despite_url_variants(flow):
    first = flow["phases"][0]
    for a in flow["old"]:
        hits = [r for r in first if r.path.split("?")[0] == a.path]
        # The short-link target may be met twice in one run (link + redirect); every other once.
        assert 1 <= len(hits) <= (2 if a is flow["old"][2] else 1), a.path


def test_same_article_under_two_urls_is_stored_once(flow):
    db = flow["db"]
    target = flow["old"][2]
    ids = {r[0] for r in db.execute("select article_id from article_urls where url like ? or url like ?",
                                    [f"%{SHORT}", f"%{target.path}%"])}
    assert len(ids) == 1
    forms = [r[0] for r in db.execute("select url from article_urls where article_id = ?", [ids.pop()])]
    assert any(f.endswith(SHORT) for f in forms), (forms, flow["errors"], flow["phases"][0])
    assert any("utm_source" in f for f in forms)   # the feed's tracked link is recorded too
    assert db.execute("select count(*) from articles where title_raw = ?", [target.title]).fetchone()[0] == 1


def test_second_crawl_of_unchanged_site_requests_no_article_and_feeds_answer_304(flow):
    second = flow["phases"][1]
    assert sorted((r.path, r.status) for r in second) == [("/archive", 304), ("/rss", 304)]
    run = flow["db"].execute("select * from crawl_runs order by id limit 1 offset 1").fetchone()
    assert (run["new_articles"], run["errors"]) == (0, 0)


def test_new_article_is_picked_up_and_only_it_is_requested(flow):
    third = flow["phases"][2]
    fetched = sorted(r.path.split("?")[0] for r in third)
    assert fetched == sorted(["/rss", "/archive", flow["new"].path]), (third, flow["errors"])
    run = flow["db"].execute("select * from crawl_runs order by id desc limit 1").fetchone()
    assert run["new_articles"] == 1
    assert run["known"] == len(flow["old"]) + 1  # every old article plus the short link
    feed = flow["db"].execute("select * from feeds where kind = 'rss'").fetchone()
    assert (feed["last_status"], feed["items_seen"], feed["items_known"]) == (200, 9, 8)
