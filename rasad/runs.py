"""The run ledger: the one writer of `crawl_runs` (one row per crawl of a site) and `sites`
(each configured site and its scheduling state).

`rasad crawl`, `rasad backfill`, the store and the daemon all write these two tables through
the functions below, each in one transaction.
"""

from __future__ import annotations

from datetime import datetime, timezone

import psutil

from rasad.config import Site


def utc_now() -> str:
    """Now, as the UTC ISO timestamp every table stores."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def sync_sites(db, sites: list[Site]) -> None:
    """One `sites` row per site, with its current base URL and enabled flag."""
    now = utc_now()
    with db.atomic():
        for site in sites:
            db["sites"].upsert({"name": site.name, "base_url": site.base_url,
                                "enabled": int(site.enabled), "updated": now}, pk="name")


def ensure_site(db, name: str) -> None:
    """A `sites` row for *name* if there is none (articles refer to it)."""
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO sites (name, enabled, updated) VALUES (?, 1, ?)", (name, utc_now()))


def site_state(db, name: str) -> dict:
    """The `sites` row of *name*, or {}."""
    return next(iter(db["sites"].rows_where("name = ?", [name])), {})


def save_site(db, name: str, interval: float | None, failing_streak: int,
              next_run: datetime | None, last_run_id: int | None = None) -> None:
    """The daemon's scheduling state of a site."""
    values = {
        "name": name,
        "interval_seconds": None if interval is None else round(interval, 3),  # INTEGER affinity keeps whole seconds as integers
        "failing_streak": failing_streak,
        "next_run": next_run.astimezone(timezone.utc).isoformat(timespec="seconds") if next_run else None,
        "updated": utc_now(),
    }
    if last_run_id is not None:
        values["last_run_id"] = last_run_id
    with db.atomic():
        db["sites"].upsert(values, pk="name")


def open_run(db, site: str, trigger: str, run_id: int | None = None, pid: int | None = None) -> int:
    """A 'running' row for a crawl of *site*; with *run_id*, fill in the row the daemon opened
    (its start time and trigger stand)."""
    row = {"site": site, "started": utc_now(), "status": "running", "trigger": trigger, "pid": pid,
           "requests": 0, "new_articles": 0, "known": 0, "errors": 0}
    with db.atomic():
        if run_id is None:
            return db["crawl_runs"].insert(row).last_pk
        existing = db.execute("select started, trigger from crawl_runs where id = ?", [run_id]).fetchone()
        if existing:
            row["started"] = existing[0] or row["started"]
            row["trigger"] = existing[1] or trigger
        db["crawl_runs"].upsert({"id": run_id, **row}, pk="id")
        return run_id


def record_polled_run(db, site: str, started: str, requests: int) -> int:
    """A scheduled run the daemon's poll settled without a crawl (every source 304): ok, nothing new."""
    with db.atomic():
        return db["crawl_runs"].insert({"site": site, "started": started, "ended": utc_now(), "status": "ok",
                                        "trigger": "schedule", "requests": requests, "new_articles": 0,
                                        "known": 0, "errors": 0}).last_pk


def run(db, run_id: int) -> dict:
    """The `crawl_runs` row *run_id*."""
    return db["crawl_runs"].get(run_id)


def set_pid(db, run_id: int, pid: int) -> None:
    with db.atomic():
        db["crawl_runs"].update(run_id, {"pid": pid})


def finish_run(db, run_id: int, site: str, status: str, error: str | None, counts: dict[str, int]) -> None:
    """The crawl's own result: its final status, counts (requests, new_articles, known, errors)
    and the site's last run."""
    with db.atomic():
        db["crawl_runs"].update(run_id, {"ended": utc_now(), "status": status, "error": error, **counts})
        db["sites"].update(site, {"last_run_id": run_id, "updated": utc_now()})


def fail_run(db, run_id: int, error: str) -> None:
    """A crawl that stopped without recording its result."""
    with db.atomic():
        db["crawl_runs"].update(run_id, {"ended": utc_now(), "status": "failed", "error": error})


def close_run(db, run_id: int, status: str | None, error: str | None) -> None:
    """The daemon's close of a run: *status* (and *error*) overrule what the child recorded when
    given; otherwise the child's own final status stands (*error* fills a missing error text)."""
    with db.atomic():
        row = db["crawl_runs"].get(run_id)
        changes: dict = {} if row["ended"] else {"ended": utc_now()}
        if status:
            changes.update(status=status, error=error)
        elif row["status"] == "failed" and not row["error"]:
            changes["error"] = error
        db["crawl_runs"].update(run_id, changes)


def recover(db) -> list[int]:
    """Mark runs left 'running' by a daemon that died as interrupted (when their crawl process
    is gone; a crawl still alive will record its own result)."""
    with db.atomic():
        stale = [row["id"] for row in db["crawl_runs"].rows_where("status = 'running'", select="id, pid")
                 if not (row["pid"] and psutil.pid_exists(row["pid"]))]
        for run_id in stale:
            db["crawl_runs"].update(run_id, {"status": "interrupted", "ended": utc_now(),
                                             "error": "the daemon stopped before this run finished"})
    return stale
