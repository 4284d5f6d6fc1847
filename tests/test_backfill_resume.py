"""A `rasad backfill` killed with SIGKILL (or stopped with SIGTERM) in the middle resumes where it
stopped: no finished day is fetched again, no stored article is requested again, nothing is lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import threading
from collections import Counter
from urllib.parse import unquote

import pytest
from archive_site import ArchiveSite, archive_yaml, backfill_argv, hold, run_backfill
from conftest import write_config
from test_daemon_support import query, wait_until

from crawler.archive import days_newest_first, parse_day
from crawler.backfill_days import summary
from rasad.localsite import LocalSite

FROM, TO = "1403/12/21", "1404/01/09"   # 20 days


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "sigterm"])
def test_a_backfill_stopped_mid_way_resumes(tmp_path, sig):
    days = days_newest_first(parse_day(FROM), parse_day(TO))
    release = threading.Event()
    db = tmp_path / "rasad.db"
    with LocalSite() as site:
        archive = ArchiveSite(site)
        # One article of the 8th day hangs: that day cannot finish while the walk goes on.
        hanging = archive.by_day[days[7]][4]
        hold(site, hanging, release)
        config = write_config(tmp_path, archive_yaml(site))
        proc = subprocess.Popen(backfill_argv(config, "agency", "--from", FROM, "--to", TO, "--quiet"),
                                cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_until(lambda: site.hits(hanging.path) and len(query(
                db, "select day from backfill_days where status = 'done'")) >= 10,
                timeout=180, what="ten days done and the hanging request in flight")
            os.kill(proc.pid, sig)
            release.set()                   # SIGTERM: let the in-flight download end so Scrapy can close
            assert proc.wait(60) == (-signal.SIGKILL if sig == signal.SIGKILL else 1)
        finally:
            release.set()
            if proc.poll() is None:
                proc.kill()
        done_before = {r["day"] for r in query(db, "select day from backfill_days where status = 'done'")}
        stored_before = {unquote(r["url"]).removeprefix(site.base) for r in query(db, "select url from articles")}
        assert len(done_before) < len(days)
        with sqlite3.connect(db) as conn:          # what `rasad status` shows now
            progress = summary(conn)["agency"]
        assert progress["todo"] == len(days) - len(done_before) and progress["running_day"] is None
        killed_at = len(site.requests)

        result = run_backfill(config, "agency", "--from", FROM, "--to", TO, "--quiet")
        assert result.returncode == 0, result.stderr[-3000:]

    after = [r.path for r in site.requests[killed_at:]]
    assert not set(after) & stored_before                  # no stored article is asked for again
    done_pages = {p for d in done_before for p in archive.pages_of(parse_day(d))}
    requested = Counter(r.path for r in site.requests if r.path in done_pages)
    assert set(requested.values()) == {1}                  # no finished day fetched twice
    rows = query(db, "select url, count(*) n from articles group by canonical_url")
    assert all(r["n"] == 1 for r in rows)
    assert {unquote(r["url"]).removeprefix(site.base) for r in rows} == \
        {a.path for a in archive.articles_of(days)}
    assert query(db, "select count(*) n from backfill_days where status = 'done'") == [{"n": len(days)}]
