"""What the daemon writes to the database: crawl_runs rows it opens and closes, and each
site's scheduling state in `sites` (interval, failing streak, next run, last run).

The child `rasad crawl SITE --run-id N` fills in the run's counts and its own final status;
the daemon only decides the outcome the child could not record itself: timed out, interrupted,
or died without finishing (failed, with the tail of its output as the error text).
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import psutil

from pipeline.store import feed_validators, save_feed_state
from rasad.config import Config
from rasad.schema import open_db

FINAL = frozenset({"ok", "failed", "timed_out", "interrupted"})


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


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

    @contextmanager
    def _write(self):
        """One write transaction of the shared connection (`atomic()` takes the write lock up front)."""
        with self._lock, self.db.atomic():
            yield

    def recover(self) -> list[int]:
        """Mark runs left 'running' by a daemon that died as interrupted (when their crawl
        process is gone; a crawl still alive will record its own result)."""
        with self._write():
            stale = [
                row["id"]
                for row in self.db["crawl_runs"].rows_where("status = 'running'", select="id, pid")
                if not (row["pid"] and psutil.pid_exists(row["pid"]))
            ]
            for run_id in stale:
                self.db["crawl_runs"].update(
                    run_id,
                    {"status": "interrupted", "ended": utcnow(),
                     "error": "the daemon stopped before this run finished"},
                )
        return stale

    def sync_sites(self, config: Config) -> None:
        """One `sites` row per configured site, with its current base URL and enabled flag."""
        now = utcnow()
        with self._write():
            for site in config.sites:
                self.db["sites"].upsert(
                    {"name": site.name, "base_url": site.base_url,
                     "enabled": int(site.enabled), "updated": now},
                    pk="name",
                )

    def site_state(self, name: str) -> dict:
        with self._lock:
            rows = list(self.db["sites"].rows_where("name = ?", [name]))
        return rows[0] if rows else {}

    def open_run(self, site: str) -> int:
        with self._write():
            table = self.db["crawl_runs"].insert(
                {"site": site, "started": utcnow(), "status": "running", "trigger": "schedule",
                 "requests": 0, "new_articles": 0, "known": 0, "errors": 0}
            )
            return table.last_pk

    def run(self, run_id: int) -> dict:
        with self._lock:
            return self.db["crawl_runs"].get(run_id)

    def set_pid(self, run_id: int, pid: int) -> None:
        with self._write():
            self.db["crawl_runs"].update(run_id, {"pid": pid})

    def close_run(self, run_id: int, status: str | None, error: str | None) -> None:
        """Finish a run: *status* (and *error*) overrule what the child recorded when given;
        otherwise the child's own final status stands (*error* fills a missing error text)."""
        with self._write():
            row = self.db["crawl_runs"].get(run_id)
            changes: dict = {} if row["ended"] else {"ended": utcnow()}
            if status:
                changes.update(status=status, error=error)
            elif row["status"] == "failed" and not row["error"]:
                changes["error"] = error
            self.db["crawl_runs"].update(run_id, changes)

    def save_site(self, name: str, interval: float | None, failing_streak: int,
                  next_run: datetime | None, last_run_id: int | None = None) -> None:
        values = {
            "name": name,
            "interval_seconds": None if interval is None else round(interval, 3),  # INTEGER affinity keeps whole seconds as integers
            "failing_streak": failing_streak,
            "next_run": next_run.astimezone(timezone.utc).isoformat(timespec="seconds") if next_run else None,
            "updated": utcnow(),
        }
        if last_run_id is not None:
            values["last_run_id"] = last_run_id
        with self._write():
            self.db["sites"].upsert(values, pk="name")

    def validators(self, url: str) -> dict[str, str]:
        """The conditional-GET headers a crawl would send for the source *url*."""
        with self._lock:
            return feed_validators(self.db, url)

    def pending_due(self, site: str) -> bool:
        """Whether *site* has a pending article link a crawl would fetch now."""
        with self._lock:
            return self.db.execute("select 1 from pending_articles where site = ? and next_try <= ? limit 1",
                                   [site, utcnow()]).fetchone() is not None

    def record_poll(self, site: str, started: str, requests: int, unchanged: list[tuple[str, str]]) -> int:
        """A run the daemon's poll settled without a crawl (every source 304): the run row, ok
        with nothing new, and each source's 304 in `feeds`, in one transaction."""
        with self._write():
            for url, kind in unchanged:
                save_feed_state(self.db, url, site, kind, 304, None, None)
            return self.db["crawl_runs"].insert(
                {"site": site, "started": started, "ended": utcnow(), "status": "ok", "trigger": "schedule",
                 "requests": requests, "new_articles": 0, "known": 0, "errors": 0}).last_pk

    def close(self) -> None:
        """Checkpoint the WAL into the database file and close."""
        with self._lock:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.conn.close()
