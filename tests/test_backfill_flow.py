"""`rasad backfill` end to end on a fixture agency with 60 days of Jalali archive pages: what it
stores, what it requests (newest day first, each page once, a repeat asks for nothing), where a
day stops, robots.txt, sitemap archives, the dry run and `rasad status`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from urllib.parse import unquote

from archive_site import ArchiveSite, archive_yaml, run_backfill
from conftest import article_html, rss, run_crawl, write_config
from test_daemon_support import query

from crawler.archive import days_newest_first, jalali, parse_day, render
from crawler.backfill import DAYS_IN_WALK
from rasad.localsite import LocalSite

FROM, TO = "1403/12/15", "۱۴۰۴/۰۱/۱۴"          # 30 days: Esfand 30 of 1403 and Nowruz 1404 inside
DAYS = days_newest_first(parse_day(FROM), parse_day(TO))


def _archive_paths(site: LocalSite) -> list[str]:
    return [r.path for r in site.requests if r.path.startswith("/archive/")]


def _article_paths(site: LocalSite) -> list[str]:
    return [r.path for r in site.requests if r.path.startswith("/fa/news/")]


def test_a_30_day_backfill_stores_exactly_the_articles_of_those_days_with_their_dates(tmp_path):
    assert len(DAYS) == 30 and parse_day("1403/12/30") in DAYS and parse_day("1404/01/01") in DAYS
    with LocalSite() as site:
        archive = ArchiveSite(site)
        config = write_config(tmp_path, archive_yaml(site))
        result = run_backfill(config, "agency", "--from", FROM, "--to", TO)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "30/30" in result.stdout and "180 new articles" in result.stdout
        expected = {a.path: a for a in archive.articles_of(DAYS)}
        rows = query(tmp_path / "rasad.db", "select url, published_jalali from articles")
        stored = {unquote(r["url"]).removeprefix(site.base): r["published_jalali"] for r in rows}
        assert stored == {p: a.jalali.strftime("%Y-%m-%d %H:%M") for p, a in expected.items()}
        # Each article once, each day's pages once (page 3 answers 404: the day's end), newest first.
        assert sorted(_article_paths(site)) == sorted(expected)
        pages = _archive_paths(site)
        assert sorted(pages) == sorted(render("/archive/{jy}/{jm:02}/{jd:02}?page={page}", d, p)
                                       for d in DAYS for p in (1, 2, 3))
        # Newest day first (DAYS_IN_WALK days are walked at once, so neighbours may swap).
        firsts = [archive.page_path(d, 1) for d in DAYS]
        started = [firsts.index(p) for p in pages if p.endswith("page=1")]
        assert sorted(started) == list(range(30))
        assert all(abs(order - i) < DAYS_IN_WALK for i, order in enumerate(started))
        ledger = query(tmp_path / "rasad.db", "select * from backfill_days order by day desc")
        assert [(r["day_jalali"], r["status"], r["pages"], r["articles_new"]) for r in ledger] == \
            [(jalali(d), "done", 2, 6) for d in DAYS]
        assert query(tmp_path / "rasad.db", "select * from errors") == []
        assert query(tmp_path / "rasad.db", "select * from feeds") == []   # archive pages are not stored

        before = len(site.requests)
        again = run_backfill(config, "agency", "--from", FROM, "--to", TO)
        assert again.returncode == 0 and "every day of the range is done" in again.stdout
        assert len(site.requests) == before


def test_a_day_stops_at_its_first_page_without_new_links(tmp_path):
    day = parse_day("1404/01/05")
    with LocalSite() as site:
        archive = ArchiveSite(site, first=day, last=day)
        first_page = archive.by_day[day][:3]
        site.add("/rss", rss([(site.url(a.path), a.title, a.published) for a in first_page]),
                 content_type="application/rss+xml; charset=utf-8")
        config = write_config(tmp_path, archive_yaml(site))
        assert run_crawl(config, "agency", "--quiet").returncode == 0
        crawled = len(site.requests)
        # The site adds a page 1 of only those stored links in front of the day.
        site.add(archive.page_path(day, 1), "".join(f'<a href="{a.path}">x</a>' for a in first_page))
        result = run_backfill(config, "agency", "--from", "1404/01/05", "--to", "1404/01/05")
        assert result.returncode == 0, result.stderr[-3000:]
        assert [r.path for r in site.requests[crawled:]] == [archive.page_path(day, 1)]
        row = query(tmp_path / "rasad.db", "select status, pages, articles_known, articles_new from backfill_days")
        assert row == [{"status": "done", "pages": 1, "articles_known": 3, "articles_new": 0}]


def test_robots_txt_is_obeyed_and_days_with_errors_are_walked_again(tmp_path):
    with LocalSite() as site:
        archive = ArchiveSite(site, first=parse_day("1404/01/01"), last=parse_day("1404/01/03"))
        site.add("/robots.txt", "User-agent: *\nDisallow: /archive/1404/01/02\n", content_type="text/plain")
        broken = archive.by_day[parse_day("1404/01/03")][4]
        site.add(broken.path, "down for maintenance", status=500)
        config = write_config(tmp_path, archive_yaml(site), obey_robots="true")
        result = run_backfill(config, "agency", "--from", "1404/01/01", "--to", "1404/01/03", "--quiet")
        assert result.returncode == 1 and "2 failed" in result.stdout, result.stdout + result.stderr[-2000:]
        assert site.hits("/robots.txt") == 1
        assert not [p for p in _archive_paths(site) if p.startswith("/archive/1404/01/02")]
        days = {r["day_jalali"]: (r["status"], r["errors"]) for r in query(tmp_path / "rasad.db", "select * from backfill_days")}
        assert days == {"1404/01/01": ("done", 0), "1404/01/02": ("failed", 1), "1404/01/03": ("failed", 1)}
        stored = {unquote(r["url"]).removeprefix(site.base) for r in query(tmp_path / "rasad.db", "select url from articles")}
        assert stored == {a.path for d in ("1404/01/01", "1404/01/03") for a in archive.by_day[parse_day(d)]} - {broken.path}

        site.add(broken.path, article_html(broken))       # back up: the next run fetches only what is missing
        mark = len(site.requests)
        again = run_backfill(config, "agency", "--from", "1404/01/01", "--to", "1404/01/03", "--quiet")
        assert again.returncode == 1 and "1 of 2 days done (1 failed)" in again.stdout, again.stdout
        assert [r.path for r in site.requests[mark:] if r.path.startswith("/fa/news/")] == [broken.path]
        assert not [r.path for r in site.requests[mark:] if r.path.startswith("/archive/1404/01/01")]


def test_a_sitemap_archive_is_walked_through_its_dated_index(tmp_path):
    days = days_newest_first(parse_day("1404/01/01"), parse_day("1404/01/02"))
    with LocalSite() as site:
        archive = ArchiveSite(site, first=days[-1], last=days[0])
        for day in days:
            urls = "".join(f"<url><loc>{site.url(a.path)}</loc></url>" for a in archive.by_day[day])
            child = f"/sitemap/{day.isoformat()}-news.xml"
            site.add(child, f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
                     content_type="application/xml")
            site.add(f"/sitemap/{day.isoformat()}.xml",
                     f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                     f'<sitemap><loc>{site.url(child)}</loc></sitemap></sitemapindex>',
                     content_type="application/xml")
        config = write_config(tmp_path, f"""  - name: agency
    base_url: {site.url('/')}
    sources:
      - rss: {site.url('/rss')}
    sitemap_archive:
      url: '{site.base}/sitemap/{{gy}}-{{gm:02}}-{{gd:02}}.xml'
      download_delay: 0
      concurrency: 8
""")
        result = run_backfill(config, "agency", "--from", "2025-03-21", "--to", "1404/01/02", "--quiet")
        assert result.returncode == 0, result.stderr[-3000:]
        stored = {unquote(r["url"]).removeprefix(site.base) for r in query(tmp_path / "rasad.db", "select url from articles")}
        assert stored == {a.path for a in archive.articles_of(days)}
        assert query(tmp_path / "rasad.db", "select count(*) n from backfill_days where status = 'done'") == [{"n": 2}]


def test_dry_run_lists_the_first_days_urls_and_fetches_nothing(tmp_path):
    with LocalSite() as site:
        ArchiveSite(site, first=parse_day("1404/01/01"), last=parse_day("1404/01/10"))
        config = write_config(tmp_path, archive_yaml(site))
        result = run_backfill(config, "agency", "--from", "1404/01/01", "--to", "1404/01/10", "--dry-run")
        assert result.returncode == 0, result.stderr
        assert "10 days from 1404/01/01 to 1404/01/10" in result.stdout
        assert site.url("/archive/1404/01/10?page=1") in result.stdout
        assert site.url("/archive/1404/01/08?page=2") in result.stdout
        assert "1404/01/07" not in result.stdout          # only the first days
        assert site.requests == [] and not (tmp_path / "rasad.db").exists()


def test_next_links_and_status_of_a_backfill_in_progress(tmp_path):
    with LocalSite() as site:
        archive = ArchiveSite(site, first=parse_day("1404/01/01"), last=parse_day("1404/01/06"))
        config = write_config(tmp_path, archive_yaml(site, by_next=True))
        result = run_backfill(config, "agency", "--from", "1404/01/01", "--to", "1404/01/06",
                              "--max-days", "2", "--quiet")
        assert result.returncode == 0 and "2 of 2 days done" in result.stdout, result.stderr[-2000:]
        walked = [parse_day("1404/01/06"), parse_day("1404/01/05")]
        pages = _archive_paths(site)
        assert sorted(pages) == sorted(p for d in walked for p in archive.pages_of(d))
        assert sorted(p for p in pages if p.endswith("page=1")) == sorted(archive.page_path(d, 1) for d in walked)
        for day in walked:                           # a day's pages in order, each once
            assert [p for p in pages if p in archive.pages_of(day)] == archive.pages_of(day)
    status = subprocess.run([sys.executable, "-m", "rasad", "status", "--json", "--config", str(config)],
                            capture_output=True, text=True, timeout=60)
    backfill = json.loads(status.stdout)[0]["backfill"]
    assert (backfill["done"], backfill["todo"], backfill["articles_new"]) == (2, 4, 12)
    assert (backfill["oldest_done"], backfill["newest_done"]) == ("1404/01/05", "1404/01/06")
    table = subprocess.run([sys.executable, "-m", "rasad", "status", "--config", str(config)],
                           capture_output=True, text=True, timeout=60, env={**os.environ, "COLUMNS": "200"})
    assert "2/6 done, 4 to walk" in table.stdout, table.stdout + table.stderr
