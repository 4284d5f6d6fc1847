"""A fixture agency with a dated archive: one listing per Jalali day, PAGES pages a day, served by
LocalSite at /archive/{jy}/{jm:02}/{jd:02}?page={page} (page 3 answers 404, the end of a day).

The default 60 days run from 1403/12/01 to 1404/01/30: Esfand 30 of the leap year 1403 and the
turn of the year (Nowruz 1404) are inside.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

from conftest import REPORTS, TEHRAN, Article, article_html, rss

from crawler.archive import days_newest_first, jalali, parse_day, render
from rasad.localsite import LocalSite

TEMPLATE = "/archive/{jy}/{jm:02}/{jd:02}?page={page}"
PAGES = 2
PER_PAGE = 3
FIRST, LAST = parse_day("1403/12/01"), parse_day("1404/01/30")


class ArchiveSite:
    """Articles by day; ``pages_of(day)`` and ``articles_of(day)`` say what the site holds."""

    def __init__(self, site: LocalSite, first: date = FIRST, last: date = LAST,
                 per_page: int = PER_PAGE, start_id: int = 300000):
        self.site = site
        self.by_day: dict[date, list[Article]] = {}
        news_id = start_id
        for day in days_newest_first(first, last):
            articles = []
            for i in range(PAGES * per_page):
                title, lead, body = REPORTS[i % len(REPORTS)]
                published = datetime(day.year, day.month, day.day, 9, 5, tzinfo=TEHRAN) + timedelta(hours=i)
                articles.append(Article(news_id, f"{title} ({jalali(day)} {i})", lead, body, published))
                news_id += 1
            self.by_day[day] = articles
            for a in articles:
                site.add(a.path, article_html(a))
            for page in range(1, PAGES + 1):
                chunk = articles[(page - 1) * per_page: page * per_page]
                items = "".join(f'<li><a href="{a.path}">{a.title}</a></li>' for a in chunk)
                more = f'<a class="next" href="{self.page_path(day, page + 1)}">بعدی</a>' if page < PAGES else ""
                site.add(self.page_path(day, page),
                         f'<html dir="rtl"><body><a href="/fa/about">درباره ما</a>'
                         f'<ul class="archive">{items}</ul>{more}</body></html>')

    @staticmethod
    def page_path(day: date, page: int) -> str:
        return render(TEMPLATE, day, page)

    def pages_of(self, day: date) -> list[str]:
        return [self.page_path(day, p) for p in range(1, PAGES + 1)]

    def articles_of(self, days) -> list[Article]:
        return [a for d in days for a in self.by_day[d]]

    def feed(self, days) -> None:
        """Serve /rss with the articles of *days* (for the daemon's crawl)."""
        articles = self.articles_of(days)
        self.site.add("/rss", rss([(self.site.url(a.path), a.title, a.published) for a in articles]),
                      content_type="application/rss+xml; charset=utf-8")


def archive_yaml(site: LocalSite, name: str = "agency", extra: str = "", by_next: bool = False) -> str:
    """A site block with an rss source and an archive: block over *site* (pages by {page}, or
    by the next-page link when *by_next*)."""
    template = TEMPLATE.replace("{page}", "1") if by_next else TEMPLATE
    follow = "      next: 'a.next'\n" if by_next else ""
    return (f"  - name: {name}\n    base_url: {site.url('/')}\n{extra}"
            f"    sources:\n      - rss: {site.url('/rss')}\n"
            f"    archive:\n      url: '{site.base}{template}'\n      links: '/fa/news/\\d+/'\n{follow}"
            f"      max_pages_per_day: 5\n      download_delay: 0\n      concurrency: 8\n")


def hold(site: LocalSite, article: Article, release: threading.Event, first_only: bool = False) -> None:
    """Requests for *article* wait for *release* (only the first one when *first_only*).

    Every test sets *release* in its ``finally``; the limit only keeps a broken test from holding
    the server for ever, so it is longer than any of the tests' own waits.
    """
    body = article_html(article).encode("utf-8")
    calls = []

    def handler(request):
        calls.append(1)
        if len(calls) == 1 or not first_only:
            release.wait(600)
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)
    site.add_handler(article.path, handler)


def backfill_argv(config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "rasad", "backfill", *args, "--config", str(config)]


def run_backfill(config: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """`python -m rasad backfill ARGS --config CONFIG`; output captured."""
    env = {**os.environ, "PYTHONUTF8": "1", "COLUMNS": "200"}
    return subprocess.run(backfill_argv(config, *args), capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=config.parent)
