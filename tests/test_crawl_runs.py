"""How a crawl ends: SIGTERM marks the run interrupted; an unknown site is a one-line error.
(--run-id is covered by the second crawl in test_crawl_flow.)"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time

from conftest import NewsSite, make_articles, run_crawl, write_config

from rasad.localsite import LocalSite


def _site_yaml(site: LocalSite) -> str:
    return f"""  - name: agency
    base_url: {site.url('/')}
    sources:
      - rss: {site.url('/rss')}
"""


def _wait_for(predicate, timeout: float = 60, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)  # polling interval of an observable state, not synchronisation by delay
    raise AssertionError(f"timed out waiting for {what}")


def test_sigterm_marks_the_run_interrupted(tmp_path):
    release = threading.Event()
    with LocalSite() as site:
        news = NewsSite(site)
        articles = news.add_articles(make_articles(3, start_id=160101))
        site.add_handler(articles[0].path, lambda request: release.wait(60))
        config = write_config(tmp_path, _site_yaml(site))
        proc = subprocess.Popen([sys.executable, "-m", "rasad", "crawl", "agency", "--quiet",
                                 "--config", str(config)], cwd=tmp_path,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            _wait_for(lambda: site.hits(articles[0].path) >= 1, what="the hanging request")
            proc.send_signal(signal.SIGTERM)
            release.set()                      # let the in-flight download finish so Scrapy can close
            out, err = proc.communicate(timeout=60)
        finally:
            release.set()
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 1, err[-2000:]
    conn = sqlite3.connect(tmp_path / "rasad.db")
    status, error, ended = conn.execute("select status, error, ended from crawl_runs").fetchone()
    assert status == "interrupted" and ended and "signal" in error


def test_unknown_site_is_a_one_line_error(tmp_path):
    config = write_config(tmp_path, """  - name: irna
    base_url: https://www.irna.ir/
    sources:
      - rss: https://www.irna.ir/rss
""")
    result = run_crawl(config, "nope")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "'nope'" in lines[0] and "irna" in lines[0]
    assert not (tmp_path / "rasad.db").exists()
