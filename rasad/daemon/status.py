"""What `rasad status` shows per site, read from the config and the database (no daemon needed)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from rasad.config import Config
from rasad.daemon.adaptive import Bounds, Pace
from rasad.schema import open_db


def human_duration(seconds: float | None) -> str:
    """90 -> '1m30s', 7200 -> '2h', 1.5 -> '1.5s'; None -> ''."""
    if seconds is None:
        return ""
    if seconds < 10 and seconds != int(seconds):
        return f"{seconds:.1f}s"
    seconds = round(seconds)
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    if seconds or not parts:
        parts.append(f"{seconds}s")
    return "".join(parts)


def parse_time(iso: str | None) -> datetime | None:
    """An ISO timestamp as an aware datetime (naive ones are UTC); None if absent or unreadable."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _until(iso: str | None, now: datetime) -> float | None:
    """Seconds from *now* until *iso* (negative: in the past)."""
    moment = parse_time(iso)
    return None if moment is None else (moment - now).total_seconds()


def _ago(iso: str | None, now: datetime) -> float | None:
    """Seconds from *iso* until *now* (positive: in the past)."""
    until = _until(iso, now)
    return None if until is None else -until


def site_status(config: Config, db_path: Path | None = None) -> list[dict]:
    """One dict per configured site: schedule state from `sites`, its latest run from
    `crawl_runs`, and while the site keeps failing the error text of its latest failed run
    with the last page error (`errors`: URL and reason) of that run."""
    db = open_db(db_path or config.database)
    now = datetime.now(timezone.utc)
    try:
        result = []
        for site in config.sites:
            state = next(iter(db["sites"].rows_where("name = ?", [site.name])), {})
            last = next(iter(db["crawl_runs"].rows_where(
                "site = ? and status != 'running'", [site.name], order_by="id desc", limit=1)), None)
            running = next(iter(db["crawl_runs"].rows_where(
                "site = ? and status = 'running'", [site.name], order_by="id desc", limit=1)), None)
            streak = state.get("failing_streak") or 0
            failed = next(iter(db["crawl_runs"].rows_where(
                "site = ? and status in ('failed', 'timed_out')", [site.name],
                order_by="id desc", limit=1)), None) if streak else None
            schedule = config.schedule_for(site)
            result.append({
                "site": site.name,
                "enabled": site.enabled,
                "schedule": f"cron {schedule.cron}" if schedule.cron else f"every {human_duration(schedule.every.total_seconds())}",
                "running_since": running["started"] if running else None,
                "last_run": last and {
                    k: last[k] for k in ("id", "started", "ended", "status", "new_articles",
                                         "known", "errors", "requests")
                },
                "last_run_seconds_ago": last and _ago(last["ended"] or last["started"], now),
                "next_run": state.get("next_run") if site.enabled else None,
                "next_run_in_seconds": _until(state.get("next_run"), now) if site.enabled else None,
                "interval_seconds": state.get("interval_seconds"),
                "effective_interval_seconds": (
                    Pace(state["interval_seconds"], streak).effective(Bounds.of(schedule))
                    if schedule.every and state.get("interval_seconds") else None),
                "failing_streak": streak,
                "last_error": failed["error"] if failed else None,
                "last_page_error": failed and next(iter(db["errors"].rows_where(
                    "run_id = ?", [failed["id"]], select="url, reason", order_by="id desc",
                    limit=1)), None),
            })
        return result
    finally:
        db.conn.close()
