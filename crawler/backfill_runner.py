"""Run BackfillSpider for one or more sites in one Scrapy process, each at its archive's own pace.

Like crawler.runner.crawl, call :func:`backfill` once per process. Each site gets its own
Crawler whose settings take ``download_delay`` and ``concurrency`` from its archive block, so a
backfill is slower than the feeds' crawl; robots.txt is obeyed as configured.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date

from scrapy import signals
from scrapy.crawler import CrawlerProcess

from crawler import backfill_days
from crawler.backfill import BackfillSpider
from crawler.runner import run_shown
from crawler.settings import build_settings
from rasad import runs
from rasad.config import Config
from rasad.schema import open_db


@dataclass
class BackfillStats:
    """What one backfill of one site did."""

    site: str
    days: int = 0                  # days walked in this run (not done before)
    done: int = 0
    failed: int = 0
    pages: int = 0
    new_articles: int = 0
    known: int = 0
    errors: int = 0
    requests: int = 0
    status: str = "running"        # ok / interrupted / failed
    seconds: float = 0.0


def spider_class(config: Config, name: str) -> type[BackfillSpider]:
    """BackfillSpider with the site archive's own delay and concurrency as its settings."""
    archive = config.site(name).dated_archive
    pace = {"DOWNLOAD_DELAY": archive.download_delay,
            "CONCURRENT_REQUESTS_PER_DOMAIN": archive.concurrency}
    return type(f"BackfillSpider_{name}", (BackfillSpider,), {"custom_settings": pace})


def backfill(config: Config, plans: dict[str, list[date]], *, max_days: int | None = None,
             progress: bool = True, log_level: str = "WARNING") -> dict[str, BackfillStats]:
    """Walk the days of *plans* (site -> days, newest first) not done yet; stats per site."""
    db = open_db(config.database)
    runs.sync_sites(db, [config.site(name) for name in plans])
    todo, resumed = {}, {}
    for name, days in plans.items():
        walk, resumed[name] = backfill_days.plan(db, name, days)
        todo[name] = walk[:max_days]
    stats = {name: BackfillStats(name, days=len(days)) for name, days in todo.items()}
    display = _Progress(stats) if progress else None
    started = time.monotonic()

    def closed(spider, reason):
        run, n = stats[spider.site.name], spider.counted
        run.done, run.failed, run.pages = n("days_done"), n("days_failed"), n("pages")
        run.new_articles, run.known, run.errors = n("new_articles"), n("known"), n("errors")
        run.requests = spider.crawler.stats.get_value("downloader/request_count", 0)
        run.status = "ok" if reason == "finished" else ("interrupted" if reason == "shutdown" else "failed")
        run.seconds = time.monotonic() - started

    process = CrawlerProcess(build_settings(config, log_level))
    for name, days in todo.items():
        if not days:
            stats[name].status = "ok"
            continue
        crawler = process.create_crawler(spider_class(config, name))
        crawler.signals.connect(closed, signal=signals.spider_closed)
        process.crawl(crawler, site=config.site(name), config=config, days=days,
                      resumed=resumed[name],
                      on_change=display.update if display else None)
    try:
        if any(todo.values()):
            run_shown(process, display)
    finally:
        db.close()
    return stats


class _Progress:
    """One rich progress bar per site: days, pages, new articles, errors, rate, ETA."""

    def __init__(self, stats: dict[str, BackfillStats]):
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.started = time.monotonic()
        self.progress = Progress(TextColumn("[bold]{task.fields[site]}[/]"), BarColumn(),
                                 MofNCompleteColumn(), TextColumn("days · {task.description}"),
                                 TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
        self.tasks = {name: self.progress.add_task("starting", total=s.days or 1, site=name)
                      for name, s in stats.items()}

    def update(self, spider) -> None:
        n = spider.counted
        rate = n("new_articles") / max(time.monotonic() - self.started, 1e-6)
        text = (f"{n('pages')} pages, {n('new_articles')} new articles, {n('errors')} errors, "
                f"{rate:.1f} articles/s")
        self.progress.update(self.tasks[spider.site.name], completed=spider.days_done,
                             description=text)

    def start(self) -> None:
        self.progress.start()

    def stop(self) -> None:
        self.progress.stop()
