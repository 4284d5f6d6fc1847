"""The `backfill_days` ledger: which archive days of a site are done, so a backfill resumes.

Written only by the backfill (crawler/backfill.py); read by `rasad status` and the daemon.
A day is 'done' once its pages were read and every article they led to was stored or failed;
anything else (pending, running when killed, failed) is walked again by the next backfill.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import psutil

from crawler.archive import jalali
from rasad.runs import utc_now


@dataclass
class DayCounts:
    """What the walk of one day did."""

    pages: int = 0
    links: int = 0
    articles_new: int = 0
    articles_known: int = 0
    errors: int = 0


def plan(db, site: str, days: list[date]) -> tuple[list[date], set[date]]:
    """Register *days* (newest first) as pending where new; return those not done yet, and of
    them the days a former walk began (interrupted or failed), which must be walked in full."""
    rows = [{"site": site, "day": d.isoformat(), "day_jalali": jalali(d), "status": "pending"}
            for d in days]
    with db.atomic():
        db["backfill_days"].insert_all(rows, pk=("site", "day"), ignore=True)
    status = dict(db.execute("select day, status from backfill_days where site = ?", [site]).fetchall())
    todo = [d for d in days if status[d.isoformat()] != "done"]
    return todo, {d for d in todo if status[d.isoformat()] != "pending"}


def done_days(db, site: str) -> set[str]:
    """ISO days of *site* already done."""
    return {r[0] for r in db.execute(
        "select day from backfill_days where site = ? and status = 'done'", [site])}


def start_day(db, site: str, day: date) -> None:
    with db.atomic():
        db["backfill_days"].update((site, day.isoformat()), {
            "status": "running", "pid": os.getpid(), "started": utc_now(), "finished": None})


def finish_day(db, site: str, day: date, counts: DayCounts, status: str) -> None:
    """Record the day's counts and final status ('done' or 'failed')."""
    with db.atomic():
        db["backfill_days"].update((site, day.isoformat()), {
            "status": status, "finished": utc_now(), **vars(counts)})


def summary(db) -> dict[str, dict]:
    """Per site: days by status, articles stored, newest and oldest day done, last update, and
    the day a live backfill process is walking."""
    rows = db.execute(
        "select site, sum(status = 'done'), sum(status = 'failed'), "
        "sum(status in ('pending', 'running')), count(*), sum(articles_new), "
        "max(case when status = 'done' then day_jalali end), "
        "min(case when status = 'done' then day_jalali end), max(finished) "
        "from backfill_days group by site").fetchall()
    keys = ("done", "failed", "todo", "days", "articles_new", "newest_done", "oldest_done", "updated")
    result = {r[0]: {**dict(zip(keys, r[1:])), "running_day": None} for r in rows}
    for site, day, pid in db.execute(
            "select site, day_jalali, pid from backfill_days where status = 'running' order by day"):
        if pid and psutil.pid_exists(pid):  # a killed backfill leaves its day 'running'
            result[site]["running_day"] = day
    return result
