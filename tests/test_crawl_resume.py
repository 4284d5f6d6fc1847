"""No article lost when a crawl stops after reading its feed: the next runs fetch what it listed,
although the feed answers 304 (LocalSite honours conditional GETs). Stops tried: kill -9,
SIGTERM, the daemon's timeout (SIGTERM, then SIGKILL after the grace), max_articles, and an
article answering 500 once; plus back-off and giving up after settings.article_tries."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import NewsSite, article_html, make_articles, run_crawl, write_config

from rasad.daemon.child import CrawlChild
from rasad.localsite import LocalSite

N = 6


def _wait_for(predicate, what: str, timeout: float = 60):
    """Poll an observable state (a db row, the request log) until true; fail at the deadline."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _rows(db: Path, sql: str, args=()) -> list[tuple]:
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError:   # tables not created yet
        return []
    finally:
        conn.close()


def _held(page: str, release: threading.Event):
    """A handler that answers *page* only once *release* is set (a download in flight)."""
    body = page.encode()

    def handler(request):
        release.wait(60)
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)
    return handler


def _status_once(status: int, page: str):
    """A handler that answers *status* the first time, then the page."""
    calls = []
    body = page.encode()

    def handler(request):
        calls.append(1)
        code, data = (status, b"busy") if len(calls) == 1 else (200, body)
        request.send_response(code)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)
    return handler


class Agency:
    """A fixture agency with N articles in its RSS feed, one crawl config, and its request log."""

    def __init__(self, site: LocalSite, tmp: Path, start_id: int, limits: str = "", **settings):
        self.site, self.tmp, self.db = site, tmp, tmp / "rasad.db"
        self.articles = NewsSite(site).add_articles(make_articles(N, start_id=start_id))
        limits = f"\n    limits: {{{limits}}}" if limits else ""
        self.config = write_config(tmp, f"""  - name: agency
    base_url: {site.url('/')}{limits}
    sources:
      - rss: {site.url('/rss')}
""", **{"concurrency_per_domain": 1, **settings})
        self.marks = [0]

    def hold_articles(self, release: threading.Event) -> None:
        for a in self.articles:
            self.site.add_handler(a.path, _held(article_html(a), release))

    def serve_articles(self) -> None:
        for a in self.articles:
            self.site.add(a.path, article_html(a))

    def crawl(self) -> subprocess.CompletedProcess:
        result = run_crawl(self.config, "agency", "--quiet")
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
        self.mark()
        return result

    def mark(self) -> None:
        self.marks.append(len(self.site.requests))

    def phase(self, i: int) -> list:
        """Requests of the i-th run (0-based)."""
        return self.site.requests[self.marks[i]:self.marks[i + 1]]

    def stored(self) -> set[str]:
        return {a.path for a in self.articles
                if _rows(self.db, "select 1 from articles where url like ?", [f"%/{a.news_id}/%"])}

    def feed_read(self) -> bool:
        """The first run saved the feed's validators and is fetching an article."""
        saved = _rows(self.db, "select etag from feeds where url like '%/rss'")
        return bool(saved and saved[0][0]) and any(
            self.site.hits(a.path) for a in self.articles)

    def popen(self) -> subprocess.Popen:
        return subprocess.Popen(self.argv(), cwd=self.tmp, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def argv(self) -> list[str]:
        return [sys.executable, "-m", "rasad", "crawl", "agency", "--quiet",
                "--config", str(self.config)]

    def assert_next_run_fetches_the_rest(self, stored_before: set[str]) -> None:
        """Run 2 gets 304 for the feed yet requests every article run 1 did not store."""
        assert len(stored_before) < N
        self.crawl()
        second = self.phase(1)
        assert ("/rss", 304) in [(r.path, r.status) for r in second]
        asked = {r.path for r in second}
        for a in self.articles:
            if a.path not in stored_before:
                assert a.path in asked, (a.path, second)
        self.assert_all_stored_once()

    def assert_all_stored_once(self) -> None:
        assert self.stored() == {a.path for a in self.articles}
        assert _rows(self.db, "select count(*) from articles")[0][0] == N
        assert _rows(self.db, "select count(*) from pending_articles")[0][0] == 0


def _stopped_run(agency: Agency, stop) -> set[str]:
    """Run 1 with every article held in flight, stopped by *stop(process)* once the feed is read."""
    release = threading.Event()
    agency.hold_articles(release)
    try:
        stop(agency, release)
    finally:
        release.set()
    agency.mark()
    agency.serve_articles()
    return agency.stored()


def test_kill_9_after_the_feed_is_read(tmp_path):
    def stop(agency, release):
        proc = agency.popen()
        try:
            _wait_for(agency.feed_read, "the feed to be read")
            proc.send_signal(signal.SIGKILL)
            assert proc.wait(60) == -signal.SIGKILL
        finally:
            if proc.poll() is None:
                proc.kill()
    with LocalSite() as site:
        agency = Agency(site, tmp_path, 170001)
        before = _stopped_run(agency, stop)
        assert before == set()
        agency.assert_next_run_fetches_the_rest(before)


def test_sigterm_after_the_feed_is_read(tmp_path):
    def stop(agency, release):
        proc = agency.popen()
        try:
            _wait_for(agency.feed_read, "the feed to be read")
            # Scrapy closes gracefully: the downloads it holds run out their (short) timeout.
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(60) == 1
        finally:
            if proc.poll() is None:
                proc.kill()
    with LocalSite() as site:
        # A download that times out before the signal arrives (a loaded machine) counts a try:
        # no back-off, so the assertion is about the 304 alone.
        agency = Agency(site, tmp_path, 170101, download_timeout="1s", article_retry_after="0s")
        before = _stopped_run(agency, stop)
        status = _rows(agency.db, "select status from crawl_runs")[0][0]
        assert status == "interrupted"
        agency.assert_next_run_fetches_the_rest(before)


def test_daemon_timeout_after_the_feed_is_read(tmp_path):
    def stop(agency, release):
        child = CrawlChild(agency.argv())
        try:
            _wait_for(agency.feed_read, "the feed to be read")
            # As the daemon does at `timeout`: SIGTERM, then SIGKILL when the grace runs out
            # (the held download keeps Scrapy from closing).
            assert child.stop("timed_out", grace=1.0) == -signal.SIGKILL
        finally:
            child.kill()
    with LocalSite() as site:
        agency = Agency(site, tmp_path, 170201)
        before = _stopped_run(agency, stop)
        agency.assert_next_run_fetches_the_rest(before)


def test_max_articles_cut_off_is_fetched_by_the_next_runs(tmp_path):
    with LocalSite() as site:
        agency = Agency(site, tmp_path, 170301, limits="max_articles: 2")
        counts = []
        for _ in range(3):
            agency.crawl()
            counts.append(len(agency.stored()))
        assert counts == [2, 4, 6]
        for i in (1, 2):
            phase = [(r.path, r.status) for r in agency.phase(i)]
            assert ("/rss", 304) in phase
            assert len([p for p, _ in phase if p != "/rss"]) == 2, phase
        agency.assert_all_stored_once()


def test_article_answering_500_then_200_is_fetched_by_the_next_run(tmp_path):
    with LocalSite() as site:
        agency = Agency(site, tmp_path, 170401, article_retry_after="0s")
        flaky = agency.articles[3]
        site.add_handler(flaky.path, _status_once(500, article_html(flaky)))
        agency.crawl()
        assert agency.stored() == {a.path for a in agency.articles} - {flaky.path}
        assert _rows(agency.db, "select tries, last_error from pending_articles") == [(1, "HTTP 500")]
        agency.assert_next_run_fetches_the_rest(agency.stored())
        assert sorted(r.path for r in agency.phase(1)) == sorted(["/rss", flaky.path])
        errors = _rows(agency.db, "select url, reason, status from errors")
        assert errors == [(site.url(flaky.path), "HTTP 500", 500)]


def test_given_up_after_article_tries_each_try_in_errors(tmp_path):
    tries = 3
    with LocalSite() as site:
        agency = Agency(site, tmp_path, 170501, article_retry_after="0s", article_tries=tries)
        broken = agency.articles[0]
        site.add(broken.path, "<h1>Service Unavailable</h1>", status=503)
        for _ in range(tries + 1):
            agency.crawl()
        assert site.hits(broken.path) == tries         # not asked again once given up
        assert broken.path not in {r.path for r in agency.phase(tries)}
        reasons = [r[0] for r in _rows(agency.db, "select reason from errors order by id")]
        assert reasons == ["HTTP 503"] * (tries - 1) + [f"HTTP 503; gave up after {tries} tries"]
        assert _rows(agency.db, "select count(*) from pending_articles")[0][0] == 0
        assert len(agency.stored()) == N - 1


def test_failed_article_waits_for_its_back_off(tmp_path):
    with LocalSite() as site:
        agency = Agency(site, tmp_path, 170601, article_retry_after="1h")
        broken = agency.articles[0]
        site.add(broken.path, "<h1>Bad Gateway</h1>", status=502)
        agency.crawl()
        site.add(broken.path, article_html(broken))
        agency.crawl()
        assert [r.path for r in agency.phase(1)] == ["/rss"]    # not due for an hour
        (tries, next_try), = _rows(agency.db, "select tries, next_try from pending_articles")
        first_error_at = _rows(agency.db, "select at from errors")[0][0]
        assert tries == 1 and next_try > first_error_at
