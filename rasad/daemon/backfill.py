"""The daemon's slow background backfill: for each site whose schedule has ``backfill:``, one
APScheduler job that walks one archive day per tick in a `rasad backfill SITE --max-days 1`
child process (the same command a user runs, so the same ledger and politeness apply).

A tick does nothing once every day of the range is done. The child is tracked with the crawl
children, so SIGTERM stops it within the grace period; its unfinished day is walked again later.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from datetime import datetime

from apscheduler.triggers.interval import IntervalTrigger

from crawler.archive import days_newest_first, yesterday
from crawler.backfill_days import done_days
from rasad.config import Backfill, Config
from rasad.daemon.child import CrawlChild

log = logging.getLogger("rasad.daemon")


class BackfillJobs:
    """The backfill jobs of a :class:`scheduler.Daemon` (its scheduler, lock and children)."""

    def __init__(self, daemon):
        self.daemon = daemon
        self.wanted: dict[str, Backfill] = {}

    def sync(self, config: Config) -> None:
        """Add, change or remove jobs to match *config* (call with ``daemon.busy`` held)."""
        wanted = {s.name: b for s in config.sites
                  if s.enabled and (b := config.schedule_for(s).backfill) and s.dated_archive}
        for name in set(self.wanted) - set(wanted):
            self.daemon.scheduler.remove_job(f"backfill:{name}")
        for name, backfill in wanted.items():
            if self.wanted.get(name) != backfill:
                first = datetime.now(self.daemon.tz) + backfill.every
                self.daemon.scheduler.add_job(
                    self.tick, IntervalTrigger(seconds=backfill.every.total_seconds(), timezone=self.daemon.tz),
                    args=[name], id=f"backfill:{name}", name=f"backfill {name}", replace_existing=True,
                    next_run_time=first, misfire_grace_time=max(1, round(backfill.every.total_seconds())))
        self.wanted = wanted

    def tick(self, name: str) -> None:
        """Walk the newest day of *name*'s range that is not done yet, in a child process."""
        key, daemon = f"backfill:{name}", self.daemon
        with daemon.busy:
            if daemon.stopping or name not in self.wanted:
                return
            backfill, config = self.wanted[name], daemon.config
            daemon.running.add(key)
        try:
            self._walk_one_day(name, backfill, config, key)
        except Exception:  # a bug here must not kill the job thread silently
            log.exception("%s: the daemon failed to run this backfill tick", name)
        finally:
            with daemon.busy:
                daemon.running.discard(key)
                daemon.busy.notify_all()

    def _walk_one_day(self, name: str, backfill: Backfill, config: Config, key: str) -> None:
        last = backfill.to or yesterday(config.settings.timezone)
        days = days_newest_first(backfill.from_, last)
        if not self._days_left(config, name, days):
            return
        argv = [sys.executable, "-m", "rasad", "backfill", name, "--from", backfill.from_.isoformat(),
                "--to", last.isoformat(), "--max-days", "1", "--quiet", "--config", str(config.path)]
        daemon = self.daemon
        with daemon.busy:
            if daemon.stopping:
                return
            child = daemon.children[key] = CrawlChild(argv)
        status = child.wait(config.schedule_for(config.site(name)).timeout.total_seconds())
        if status is None:
            status = child.stop("timed_out", config.settings.grace_period.total_seconds())
        with daemon.busy:
            daemon.children.pop(key, None)
        tail = child.tail().splitlines()
        child.close()
        left = self._days_left(config, name, days)
        log.info("%s: backfill tick exited with status %s: %s; %d of %d days left", name, status,
                 tail[-1] if tail else "no output", left, len(days))

    @staticmethod
    def _days_left(config: Config, name: str, days: list) -> int:
        if not config.database.exists():
            return len(days)
        conn = sqlite3.connect(config.database, timeout=30)
        try:
            done = done_days(conn, name)
        except sqlite3.OperationalError:  # no backfill_days table yet
            done = set()
        finally:
            conn.close()
        return sum(d.isoformat() not in done for d in days)
