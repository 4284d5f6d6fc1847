"""Run NewsSpider for one or more sites in one Scrapy CrawlerProcess; each crawl's run row is
opened and finished through the run ledger (rasad.runs).

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
from rasad import runs
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


def _status(reason: str, spider: NewsSpider) -> tuple[str, str | None]:
    if reason == "shutdown":
        return "interrupted", "stopped by a signal before the crawl finished"
    if reason != "finished":
        return "failed", f"spider closed: {reason}"
    if spider.counted("sources_failed") and not (spider.counted("sources_ok") or spider.counted("sources_unchanged")):
        return "failed", "every source failed (see errors)"
    return "ok", None


def crawl(config: Config, site_names: list[str], *, run_ids: dict[str, int] | None = None,
          trigger: str = "manual", progress: bool = True, log_level: str = "WARNING"
          ) -> dict[str, RunStats]:
    """Crawl *site_names* now; return RunStats per site (crawl_runs rows written as it goes)."""
    db = open_db(config.database)
    runs.sync_sites(db, [config.site(name) for name in site_names])
    stats = {name: RunStats(name, runs.open_run(db, name, trigger, (run_ids or {}).get(name), os.getpid()))
             for name in site_names}
    display = _Progress(stats) if progress else None
    process = CrawlerProcess(build_settings(config, log_level))
    setup_logging(log_level, config.database)
    started = datetime.now(timezone.utc)

    def closed(spider, reason):
        run = stats[spider.site.name]
        run.status, run.error = _status(reason, spider)
        run.requests = spider.crawler.stats.get_value("downloader/request_count", 0)
        run.new_articles, run.known, run.errors = (spider.counted(k) for k in ("new_articles", "known", "errors"))
        run.seconds = (datetime.now(timezone.utc) - started).total_seconds()
        runs.finish_run(db, run.run_id, run.site, run.status, run.error, {
            "requests": run.requests, "new_articles": run.new_articles, "known": run.known,
            "errors": run.errors})
        if display:
            display.update(spider, done=True)

    for name in site_names:
        crawler = process.create_crawler(NewsSpider)
        crawler.signals.connect(closed, signal=signals.spider_closed)
        process.crawl(crawler, site=config.site(name), config=config,
                      run_id=stats[name].run_id, on_change=display.update if display else None)
    try:
        run_shown(process, display)
    finally:
        for run in stats.values():  # a spider that never closed (e.g. failed to open)
            if run.status == "running":
                run.status, run.error = "failed", "the crawl did not finish"
                runs.fail_run(db, run.run_id, run.error)
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
        n = spider.counted if spider is not None else (lambda key: 0)
        state = "[green]done[/]" if done else "crawling"
        return (f"[bold]{name}[/] {state}: {n('responses')} responses, {n('new_articles')} new, "
                f"{n('known')} known, {n('errors')} errors")

    def update(self, spider, done: bool = False) -> None:
        task = self.tasks[spider.site.name]
        self.progress.update(task, description=self._text(spider.site.name, spider, done),
                             completed=1 if done else None, total=1 if done else None)

    def start(self) -> None:
        self.progress.start()

    def stop(self) -> None:
        self.progress.stop()


def run_shown(process: CrawlerProcess, display) -> None:
    """Run the crawler process (blocks until its spiders close), its progress display shown meanwhile."""
    if display:
        display.start()
    try:
        process.start()
    finally:
        if display:
            display.stop()
