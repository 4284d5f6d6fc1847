"""Run NewsSpider for one or more sites in one Scrapy CrawlerProcess and keep `crawl_runs` up to date.

The reactor cannot restart inside one process: call :func:`crawl` once per process (the CLI,
the daemon's child process, the demo and the benchmark all do).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone

from scrapy import signals
from scrapy.crawler import CrawlerProcess

from crawler.logs import setup_logging
from crawler.settings import build_settings
from crawler.spider import NewsSpider
from pipeline.store import utc_now
from rasad.config import Config
from rasad.schema import open_db


@dataclass
class RunStats:
    """What one crawl of one site did."""

    site: str
    run_id: int
    status: str = "running"
    requests: int = 0
    new_articles: int = 0
    known: int = 0
    errors: int = 0
    error: str | None = None
    seconds: float = 0.0


def _ensure_site_rows(db, config: Config, names: list[str]) -> None:
    with db.atomic():
        for name in names:
            site = config.site(name)
            db["sites"].insert({"name": name}, ignore=True)
            db["sites"].update(name, {"base_url": site.base_url, "enabled": int(site.enabled),
                                      "updated": utc_now()})


def _open_run(db, site: str, run_id: int | None, trigger: str) -> int:
    row = {"site": site, "started": utc_now(), "status": "running", "trigger": trigger,
           "pid": os.getpid(), "requests": 0, "new_articles": 0, "known": 0, "errors": 0}
    with db.atomic():
        if run_id is None:
            return db["crawl_runs"].insert(row).last_pk
        existing = db.execute("select started, trigger from crawl_runs where id = ?", [run_id]).fetchone()
        if existing:
            row["started"] = existing[0] or row["started"]
            row["trigger"] = existing[1] or trigger
        db["crawl_runs"].upsert({"id": run_id, **row}, pk="id")
        return run_id


def _status(reason: str, counts) -> tuple[str, str | None]:
    if reason == "shutdown":
        return "interrupted", "stopped by a signal before the crawl finished"
    if reason != "finished":
        return "failed", f"spider closed: {reason}"
    if counts["sources_failed"] and not (counts["sources_ok"] or counts["sources_unchanged"]):
        return "failed", "every source failed (see errors)"
    return "ok", None


def crawl(config: Config, site_names: list[str], *, run_ids: dict[str, int] | None = None,
          trigger: str = "manual", progress: bool = True, log_level: str = "WARNING"
          ) -> dict[str, RunStats]:
    """Crawl *site_names* now; return RunStats per site (crawl_runs rows written as it goes)."""
    db = open_db(config.database)
    _ensure_site_rows(db, config, site_names)
    stats = {name: RunStats(name, _open_run(db, name, (run_ids or {}).get(name), trigger))
             for name in site_names}
    display = _Progress(stats) if progress else None
    process = CrawlerProcess(build_settings(config, log_level))
    setup_logging(log_level, config.database)
    started = datetime.now(timezone.utc)

    def closed(spider, reason):
        run = stats[spider.site.name]
        counts = spider.counts
        run.status, run.error = _status(reason, counts)
        run.requests = spider.crawler.stats.get_value("downloader/request_count", 0)
        run.new_articles, run.known, run.errors = counts["new_articles"], counts["known"], counts["errors"]
        run.seconds = (datetime.now(timezone.utc) - started).total_seconds()
        with db.atomic():
            db["crawl_runs"].update(run.run_id, {
                "ended": utc_now(), "status": run.status, "requests": run.requests,
                "new_articles": run.new_articles, "known": run.known, "errors": run.errors,
                "error": run.error})
            db["sites"].update(run.site, {"last_run_id": run.run_id, "updated": utc_now()})
        if display:
            display.update(spider, done=True)

    for name in site_names:
        crawler = process.create_crawler(NewsSpider)
        crawler.signals.connect(closed, signal=signals.spider_closed)
        process.crawl(crawler, site=config.site(name), config=config, db=db,
                      run_id=stats[name].run_id, on_change=display.update if display else None)
    try:
        if display:
            display.start()
        process.start()
    finally:
        if display:
            display.stop()
        for run in stats.values():  # a spider that never closed (e.g. failed to open)
            if run.status == "running":
                run.status, run.error = "failed", "the crawl did not finish"
                with db.atomic():
                    db["crawl_runs"].update(run.run_id, {"ended": utc_now(), "status": "failed",
                                                         "error": run.error})
        db.close()
    return stats


class _Progress:
    """One rich progress line per site: requests, new, known, errors."""

    def __init__(self, stats: dict[str, RunStats]):
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                 TimeElapsedColumn(), transient=False)
        self.tasks = {name: self.progress.add_task(self._text(name, None), total=None)
                      for name in stats}

    @staticmethod
    def _text(name: str, spider, done: bool = False) -> str:
        c = spider.counts if spider is not None else {}
        state = "[green]done[/]" if done else "crawling"
        return (f"[bold]{name}[/] {state}: {c.get('responses', 0)} responses, "
                f"{c.get('new_articles', 0)} new, {c.get('known', 0)} known, "
                f"{c.get('errors', 0)} errors")

    def update(self, spider, done: bool = False) -> None:
        task = self.tasks[spider.site.name]
        self.progress.update(task, description=self._text(spider.site.name, spider, done),
                             completed=1 if done else None, total=1 if done else None)

    def start(self) -> None:
        self.progress.start()

    def stop(self) -> None:
        self.progress.stop()
