"""Backfill and the daemon: `rasad backfill` while `rasad run` crawls the same site (both finish,
each article stored once, no "database is locked"), and the daemon's own background backfill,
one day per tick."""

from __future__ import annotations

import subprocess
import threading
from urllib.parse import unquote

from archive_site import ArchiveSite, archive_yaml, backfill_argv, hold
from conftest import write_config
from test_daemon_support import query, rasad_run, runs, wait_until

from crawler.archive import days_newest_first, parse_day
from rasad.localsite import LocalSite

SETTINGS = {"grace_period": "5s"}


def test_backfill_while_the_daemon_crawls_the_same_site(tmp_path):
    days = days_newest_first(parse_day("1404/01/01"), parse_day("1404/01/10"))
    db = tmp_path / "rasad.db"
    release = threading.Event()
    with LocalSite() as site:
        archive = ArchiveSite(site)
        archive.feed(days)
        # The daemon's crawl holds one article in flight until the backfill has done some days,
        # that article's among them; its request must outlast this test's waits.
        held = archive.by_day[days[0]][0]
        hold(site, held, release, first_only=True)
        config = write_config(tmp_path, archive_yaml(site, extra="    schedule: {every: 1h, jitter: 0s, timeout: 10m}\n"),
                              **SETTINGS, download_timeout="10m")
        daemon = rasad_run(config)
        backfill = None
        try:
            wait_until(lambda: site.hits(held.path), 120, "the daemon's crawl to request the held article")
            assert runs(db, "agency", "running")
            backfill = subprocess.Popen(backfill_argv(config, "agency", "--from", "1404/01/01", "--to",
                                                      "1404/01/10", "--quiet"), cwd=tmp_path,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            # The held article's day among them: the backfill has stored it (Scrapy may walk the
            # days in any order), so the daemon's crawl finds it known once released.
            done = "select day from backfill_days where status = 'done'"
            wait_until(lambda: len(query(db, done)) >= 3 and {"day": days[0].isoformat()} in query(db, done),
                       180, "three backfilled days, the held article's among them")
            assert runs(db, "agency", "running"), "the crawl must still be running alongside"
            release.set()
            out, err = backfill.communicate(timeout=180)
            assert backfill.returncode == 0, err[-3000:]
            wait_until(lambda: runs(db, "agency", "ok"), 180, "the daemon's crawl to finish")
            assert daemon.stop(60) == 0
        finally:
            release.set()
            if backfill and backfill.poll() is None:
                backfill.kill()
            daemon.close()
    rows = query(db, "select url, count(*) n from articles group by canonical_url")
    assert {unquote(r["url"]).removeprefix(site.base) for r in rows} == {a.path for a in archive.articles_of(days)}
    assert all(r["n"] == 1 for r in rows)
    assert site.hits(held.path) == 2                 # one request each; stored once
    assert "locked" not in daemon.log() + out + err
    assert query(db, "select * from errors") == []
    run = runs(db, "agency", "ok")[0]
    assert run["new_articles"] + run["known"] == 60 and run["known"] > 0


def test_the_daemon_backfills_one_day_per_tick(tmp_path):
    db = tmp_path / "rasad.db"
    with LocalSite() as site:
        archive = ArchiveSite(site, first=parse_day("1403/12/29"), last=parse_day("1404/01/01"))
        archive.feed([])
        schedule = ("    schedule: {every: 1h, jitter: 0s, timeout: 2m,\n"
                    "               backfill: {from: 1403/12/30, to: 1404/01/01, every: 1s}}\n")
        config = write_config(tmp_path, archive_yaml(site, extra=schedule), **SETTINGS)
        daemon = rasad_run(config)
        try:
            daemon.wait_log("0 of 2 days left", 120)
            assert daemon.stop(60) == 0
        finally:
            daemon.close()
    rows = query(db, "select day_jalali, status, pid, started from backfill_days order by started, day desc")
    assert [r["day_jalali"] for r in rows] == ["1404/01/01", "1403/12/30"]
    assert {r["status"] for r in rows} == {"done"}
    assert len({r["pid"] for r in rows}) == 2           # one `rasad backfill` child per day
    assert daemon.log().count("backfill tick exited with status 0") == 2
    assert not [r for r in site.requests if r.path.startswith("/archive/1403/12/29")]
