"""The daemon's side of the run ledger (rasad.runs, the one writer of `crawl_runs` and `sites`):
the runs it opens and closes, and each site's scheduling state (interval, failing streak, next
run, last run), on one connection shared by the job threads.

The child `rasad crawl SITE --run-id N` fills in the run's counts and its own final status;
the daemon only decides the outcome the child could not record itself: timed out, interrupted,
or died without finishing (failed, with the tail of its output as the error text).
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import crawler.state as state
from rasad import runs
from rasad.config import Config
from rasad.schema import open_db

FINAL = frozenset({"ok", "failed", "timed_out", "interrupted"})


def outcome(recorded: str, returncode: int, stop_reason: str | None, output_tail: str,
            timeout: float) -> tuple[str | None, str]:
    """(status to impose or None to keep the child's, error text) for a finished child.

    *recorded* is the status in the run row after the child exited; *stop_reason* is set when
    the daemon stopped the child ('timed_out' or 'interrupted'). A result the child recorded
    (ok / failed) before the signal took effect stands.
    """
    finished = recorded in ("ok", "failed")
    if stop_reason == "timed_out" and not finished:
        return "timed_out", f"stopped after exceeding its timeout of {timeout:g}s"
    if stop_reason == "interrupted" and not finished:
        return "interrupted", "stopped by the daemon's shutdown"
    if recorded in FINAL:
        return None, output_tail or f"crawl exited with status {returncode}"
    how = f"was killed by signal {-returncode}" if returncode < 0 else f"exited with status {returncode}"
    return "failed", f"crawl {how} without recording a result" + (f": {output_tail}" if output_tail else "")


class Ledger:
    """The daemon's one connection, shared by the job threads under a lock."""

    def __init__(self, path: str | Path):
        self.db = open_db(path)
        self._lock = threading.Lock()

    def recover(self) -> list[int]:
        """Runs a dead daemon left 'running' marked interrupted (rasad.runs.recover)."""
        with self._lock:
            return runs.recover(self.db)

    def sync_sites(self, config: Config) -> None:
        with self._lock:
            runs.sync_sites(self.db, config.sites)

    def site_state(self, name: str) -> dict:
        with self._lock:
            return runs.site_state(self.db, name)

    def open_run(self, site: str) -> int:
        with self._lock:
            return runs.open_run(self.db, site, "schedule")

    def run(self, run_id: int) -> dict:
        with self._lock:
            return runs.run(self.db, run_id)

    def set_pid(self, run_id: int, pid: int) -> None:
        with self._lock:
            runs.set_pid(self.db, run_id, pid)

    def close_run(self, run_id: int, status: str | None, error: str | None) -> None:
        with self._lock:
            runs.close_run(self.db, run_id, status, error)

    def save_site(self, name: str, interval: float | None, failing_streak: int,
                  next_run: datetime | None, last_run_id: int | None = None) -> None:
        with self._lock:
            runs.save_site(self.db, name, interval, failing_streak, next_run, last_run_id)

    def validators(self, url: str) -> dict[str, str]:
        """The conditional-GET headers a crawl would send for the source *url*."""
        with self._lock:
            return state.feed_validators(self.db, url)

    def pending_due(self, site: str) -> bool:
        """Whether *site* has a pending article link a crawl would fetch now."""
        with self._lock:
            return state.pending_due(self.db, site)

    def record_poll(self, site: str, started: str, requests: int, unchanged: list[tuple[str, str]]) -> int:
        """A run the daemon's poll settled without a crawl (every source 304): the run row, ok
        with nothing new, and each source's 304 in `feeds`, in one transaction."""
        with self._lock, self.db.atomic():
            for url, kind in unchanged:
                state.save_feed_state(self.db, url, site, kind, 304, None, None)
            return runs.record_polled_run(self.db, site, started, requests)

    def close(self) -> None:
        """Checkpoint the WAL into the database file and close."""
        with self._lock:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.conn.close()
