"""rasad's daemon: every enabled site crawled on its own schedule, one child process per crawl.

Run it in the foreground with ``rasad run [--config PATH]`` or ``python scheduler.py [--config PATH]``
(deploy/rasad.service runs it under systemd).

Design. An APScheduler 3.x ``BackgroundScheduler`` with a thread pool holds one job per enabled
site; the main thread only waits for signals. Each job first *polls* the site
(rasad/daemon/poll.py): the conditional GET of every source, made by the daemon itself. When no
pending article is due and every source answers 304, the daemon records the run ('ok', nothing
new) and no process is started: an unchanged site costs milliseconds. Otherwise the run goes to a
crawl slot (at most MAX_PARALLEL_CRAWLS at once), which opens a ``crawl_runs`` row (status
'running', trigger 'schedule') and runs ``python -m rasad crawl SITE --config COPY --run-id N`` as a
child process in its own process group; the child fills in the row's counts and its final
status. One child per crawl because Scrapy's reactor cannot be restarted in one process
(ReactorNotRestartable), and because a process is real isolation: one site's crash, hang or
memory leak cannot touch the daemon or other sites, a timeout can really stop a crawl (SIGTERM the
group, SIGKILL after the grace period; the run is marked 'timed_out'), and the daemon's memory
stays flat. A child that dies without recording its result is marked 'failed' with the tail of its
output as the error text. Children read the daemon's private copy of the last good config
(rasad/daemon/snapshot.py), so an edit takes effect on SIGHUP and a bad edit never reaches a crawl.

Schedules come from ``Config.schedule_for(site)``: an interval (``every``) or a cron expression in
the configured time zone, with jitter; at most one instance per site, missed runs coalesced, and
a run late by less than one interval still happens. Interval schedules adapt after every run
(rasad/daemon/adaptive.py: mostly-known links -> x1.5, mostly-new -> x0.75, failures back off
linearly) and the state is kept in the ``sites`` table, so a restart resumes where it left off.

Signals: SIGTERM/SIGINT stop scheduling and give running crawls ``settings.grace_period`` to
finish (a crawl that does is recorded as it ended, 'ok' or 'failed'); crawls still running then
get SIGTERM, SIGKILL a few seconds later if need be, and are marked 'interrupted'; the daemon then
exits 0 (130 after SIGINT, by convention). SIGHUP reloads the config: a bad file is logged in one line and the old
config kept; added sites get a job, removed or disabled ones lose it, changed schedules are reset.
On start, runs left 'running' by a daemon that died are marked 'interrupted'.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import signal
import socket
import sqlite3
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor as CrawlSlots
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Sequence
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from rasad.config import Config, ConfigError, Schedule, Site
from rasad.daemon.adaptive import Bounds, Pace, next_pace, next_streak
from rasad.daemon.backfill import BackfillJobs
from rasad.daemon.child import CrawlChild
from rasad.daemon.ledger import Ledger, outcome
from rasad.daemon.poll import Poller
from rasad.daemon.snapshot import take_snapshot
from rasad.daemon.status import human_duration, parse_time
from rasad.runs import utc_now
from rasad.stopping import exit_status

log = logging.getLogger("rasad.daemon")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S %z"  # log lines and the times in them: one zone, its offset shown


class ZoneFormatter(logging.Formatter):
    """Log lines stamped in one time zone (the config's, once read), with its UTC offset."""

    tz: ZoneInfo = ZoneInfo("UTC")

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return datetime.fromtimestamp(record.created, self.tz).strftime(TIME_FORMAT)

MAX_PARALLEL_CRAWLS = 4      # crawl children at once; more due runs wait for a free slot
MAX_PARALLEL_POLLS = 32      # polls at once (threads that mostly wait on the network)
CRON_MISFIRE_GRACE = 900     # seconds a cron run may start late
INTERRUPT_WAIT = 5.0         # seconds a crawl SIGTERMed after the grace period has to record it
KILL_WAIT = 10.0             # seconds to wait for rows to be closed after SIGKILL


class Daemon:
    """The scheduler, its jobs and the crawl children; see the module docstring."""

    def __init__(self, config_path: str | Path, crawl_command: Sequence[str] | None = None):
        self.config_path = Path(config_path)
        self.workdir = Path(tempfile.mkdtemp(prefix="rasad-daemon-"))
        try:
            self.config: Config = take_snapshot(self.config_path, self.workdir)
            try:
                self.ledger = Ledger(self.config.database)
            except (sqlite3.Error, OSError) as exc:
                raise ConfigError([f"{self.config.database}: cannot open the database: {exc}"]) from None
        except ConfigError:
            shutil.rmtree(self.workdir, ignore_errors=True)
            raise
        self.crawl_command = list(crawl_command or [sys.executable, "-m", "rasad", "crawl", "--quiet"])
        self.tz = ZoneInfo(self.config.settings.timezone)
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(MAX_PARALLEL_POLLS)},
            job_defaults={"max_instances": 1, "coalesce": True},
            timezone=self.tz,
        )
        self.poller = Poller()
        self.crawl_slots = CrawlSlots(MAX_PARALLEL_CRAWLS, thread_name_prefix="crawl")
        self.paces: dict[str, Pace] = {}
        self.schedules: dict[str, Schedule] = {}
        self.children: dict[str, CrawlChild] = {}
        self.running: set[str] = set()
        self.stopping = False
        self.busy = threading.Condition()  # guards config, paces, schedules, children, running
        self.backfills = BackfillJobs(self)  # `backfill:` in a site's schedule: one day per tick

    # --- scheduling ------------------------------------------------------------------------
    def start(self) -> None:
        stale = self.ledger.recover()
        if stale:
            log.info("marked %d run(s) left running by a previous daemon as interrupted", len(stale))
        self.ledger.sync_sites(self.config)
        self.scheduler.start()
        with self.busy:
            for site in self.config.sites:
                if site.enabled:
                    self._add_job(site)
            self.backfills.sync(self.config)
        log.info("rasad daemon started: %d site(s) scheduled, database %s",
                 len(self.schedules), self.config.database)

    def _trigger(self, schedule: Schedule, pace: Pace, start: datetime | None = None):
        jitter = schedule.jitter.total_seconds() or None
        if schedule.cron:
            minute, hour, day, month, day_of_week = schedule.cron.split()
            return CronTrigger(minute=minute, hour=hour, day=day, month=month,
                               day_of_week=day_of_week, timezone=self.tz, jitter=jitter)
        return IntervalTrigger(seconds=pace.effective(Bounds.of(schedule)), start_date=start,
                               timezone=self.tz, jitter=jitter)

    def _schedule_job(self, name: str, start: datetime | None = None, add: bool = False,
                      last_run_id: int | None = None) -> datetime:
        """(Re)create *name*'s job from its current schedule and pace, first run at *start*
        (default: one interval from now); store and return the next run."""
        schedule, pace = self.schedules[name], self.paces[name]
        trigger = self._trigger(schedule, pace, start)
        grace = CRON_MISFIRE_GRACE if schedule.cron else max(1, round(pace.effective(Bounds.of(schedule))))
        next_run = trigger.get_next_fire_time(None, start or datetime.now(self.tz))
        if add:
            self.scheduler.add_job(self._crawl, trigger, args=[name], id=name, name=f"crawl {name}",
                                   replace_existing=True, misfire_grace_time=grace,
                                   next_run_time=next_run)
        else:
            self.scheduler.modify_job(name, trigger=trigger, next_run_time=next_run,
                                      misfire_grace_time=grace)
        self.ledger.save_site(name, None if schedule.cron else pace.interval,
                              pace.failing_streak, next_run, last_run_id)
        return next_run

    def _add_job(self, site: Site) -> None:
        """Schedule *site*, resuming its stored interval, failing streak and next run (a next
        run already past runs now; one further off than the current interval is brought in)."""
        schedule = self.config.schedule_for(site)
        state = self.ledger.site_state(site.name)
        streak = state.get("failing_streak") or 0
        now = datetime.now(timezone.utc)
        start = now
        if schedule.cron:
            pace = Pace(0.0, streak)
        else:
            bounds = Bounds.of(schedule)
            pace = Pace(bounds.clamp(state.get("interval_seconds") or schedule.every.total_seconds()), streak)
            saved = parse_time(state.get("next_run"))
            if saved:
                start = max(now, min(saved, now + timedelta(seconds=pace.effective(bounds))))
        self.schedules[site.name], self.paces[site.name] = schedule, pace
        self._schedule_job(site.name, start=start, add=True)

    # --- one run ---------------------------------------------------------------------------
    def _crawl(self, name: str) -> None:
        """The job: poll *name*; record an unchanged site's run here, or hand the run to a
        crawl slot. The site counts as running until either is done (one run at a time)."""
        with self.busy:
            if self.stopping or name not in self.schedules or name in self.running:
                return
            self.running.add(name)
        handed_over = False
        try:
            handed_over = self._poll(name)
        except Exception:  # a bug here must not kill the job thread silently
            log.exception("%s: the daemon failed to poll this site", name)
        finally:
            if not handed_over:
                self._done(name)

    def _done(self, name: str) -> None:
        with self.busy:
            self.running.discard(name)
            self.busy.notify_all()

    def _poll(self, name: str) -> bool:
        """Poll *name*: True if a crawl was queued, False if the poll settled the run."""
        started, began = time.monotonic(), utc_now()
        with self.busy:
            if self.stopping or name not in self.schedules:  # stopped or removed meanwhile
                return False
            site, settings = self.config.site(name), self.config.settings
        poll = self.poller.poll(site, settings, self.ledger.validators, self.ledger.pending_due(name))
        if not poll.unchanged:
            with self.busy:
                if self.stopping:  # a poll cut short by the shutdown starts no crawl
                    return False
                self.crawl_slots.submit(self._crawl_in_slot, name, started, time.monotonic())
            return True
        run_id = self.ledger.record_poll(name, began, poll.requests, poll.unchanged_sources)
        self._after_run(name, run_id, started, None)
        return False

    def _crawl_in_slot(self, name: str, started: float, queued: float) -> None:
        """A crawl slot's work: one crawl of *name* in a child, recorded, adapted, rescheduled."""
        try:
            self._run_once(name, started, time.monotonic() - queued)
        except Exception:  # a bug here must not kill the slot's thread silently
            log.exception("%s: the daemon failed to run this crawl", name)
        finally:
            self._done(name)

    def _run_once(self, name: str, started: float, waited: float) -> None:
        with self.busy:
            if self.stopping or name not in self.schedules:  # stopped or removed since the poll
                return
            schedule = self.schedules[name]
            grace = self.config.settings.grace_period.total_seconds()
            run_id = self.ledger.open_run(name)
            argv = [*self.crawl_command, name, "--config", str(self.config.path), "--run-id", str(run_id)]
            try:
                child = CrawlChild(argv)
            except OSError as exc:
                child = None
                self.ledger.close_run(run_id, "failed", f"cannot start the crawl: {exc}")
            else:
                self.children[name] = child
                self.ledger.set_pid(run_id, child.pid)
        crawl_seconds = 0.0
        if child is not None:
            spawned = time.monotonic()
            timeout = schedule.timeout.total_seconds()
            status = child.wait(timeout)
            if status is None:
                status = child.stop("timed_out", grace)
            crawl_seconds = time.monotonic() - spawned
            with self.busy:
                self.children.pop(name, None)
            recorded = self.ledger.run(run_id)["status"]
            self.ledger.close_run(run_id, *outcome(recorded, status, child.stop_reason, child.tail(), timeout))
            child.close()
        self._after_run(name, run_id, started, (crawl_seconds, waited))

    def _after_run(self, name: str, run_id: int, started: float, crawl: tuple[float, float] | None) -> None:
        """Adapt the site's pace to the run's outcome, reschedule, and log one line: the run's
        time in the daemon (monotonic *started*, from the poll on, to the rescheduling and its
        ledger write included) and of that the crawl process's own lifetime and the wait for a
        crawl slot (*crawl*; None: the poll found every source unchanged, no process was started)."""
        row = self.ledger.run(run_id)
        process = ("unchanged, no crawl process" if crawl is None
                   else f"crawl process {crawl[0]:.3f}s, slot wait {crawl[1]:.3f}s")
        error = (f" ({row['error'].strip().splitlines()[-1][:200]})"
                 if row["status"] not in ("ok", "interrupted") and row["error"] else "")

        def summary() -> str:
            return (f"{name}: {row['status']}, {row['new_articles'] or 0} new, {row['known'] or 0} known, "
                    f"{row['errors'] or 0} errors, {row['requests'] or 0} requests "
                    f"in {time.monotonic() - started:.3f}s ({process}){error}")
        with self.busy:
            if self.stopping or name not in self.schedules:
                log.info("%s; not rescheduled", summary())
                return
            schedule, pace = self.schedules[name], self.paces[name]
            if schedule.cron:
                pace = Pace(0.0, next_streak(pace.failing_streak, row["status"]))
            else:
                pace = next_pace(pace, row["status"], row["new_articles"] or 0, row["known"] or 0,
                                 Bounds.of(schedule))
            self.paces[name] = pace
            try:
                next_run = self._schedule_job(name, last_run_id=run_id)
            except JobLookupError:  # removed by a reload meanwhile
                log.info("%s; not rescheduled", summary())
                return
        every = "cron" if schedule.cron else f"interval {human_duration(pace.effective(Bounds.of(schedule)))}"
        streak = f", failing streak {pace.failing_streak}" if pace.failing_streak else ""
        log.info("%s; next run %s (%s%s)", summary(),
                 next_run.astimezone(self.tz).strftime(TIME_FORMAT), every, streak)

    # --- signals ---------------------------------------------------------------------------
    def reload(self) -> None:
        """SIGHUP: read the config again; keep the old one if the new one is bad."""
        try:
            new = take_snapshot(self.config_path, self.workdir, keep_database=self.config.database)
        except ConfigError as exc:
            log.error("config reload failed, keeping the old config: %s", "; ".join(exc.problems))
            return
        with self.busy:
            if self.stopping:
                return
            self.config = new
            self.ledger.sync_sites(new)
            wanted = {s.name: s for s in new.sites if s.enabled}
            added, removed, changed = [], [], []
            for name in list(self.schedules):
                if name not in wanted:
                    self.scheduler.remove_job(name)
                    pace = self.paces.pop(name)
                    self.ledger.save_site(name, None if self.schedules.pop(name).cron else pace.interval,
                                          pace.failing_streak, None)
                    removed.append(name)
            for name, site in wanted.items():
                schedule = new.schedule_for(site)
                if name not in self.schedules:
                    self._add_job(site)
                    added.append(name)
                elif schedule != self.schedules[name]:
                    every = schedule.every.total_seconds() if schedule.every else 0.0
                    self.schedules[name] = schedule
                    self.paces[name] = Pace(every, self.paces[name].failing_streak)
                    self._schedule_job(name)
                    changed.append(name)
            self.backfills.sync(new)
        log.info("config reloaded: %d site(s) scheduled; added %s; removed %s; rescheduled %s",
                 len(self.schedules), added or "none", removed or "none", changed or "none")

    def shutdown(self, reason: str) -> None:
        """Stop scheduling; let running crawls finish within the grace period, then interrupt
        (SIGTERM, then SIGKILL) those still running; they are marked interrupted."""
        grace = self.config.settings.grace_period.total_seconds()
        with self.busy:
            self.stopping = True
            running = len(self.children)
        log.info("%s: stopping; %d crawl(s) running, grace period %s",
                 reason, running, human_duration(grace))
        self.scheduler.shutdown(wait=False)
        with self.busy:
            if not self.busy.wait_for(lambda: not self.running, timeout=grace):
                log.info("grace period over: interrupting %d crawl(s)", len(self.children))
                self.poller.close()  # polls in flight end now; their runs are not recorded
                for child in self.children.values():
                    child.terminate("interrupted")
                if not self.busy.wait_for(lambda: not self.running, timeout=INTERRUPT_WAIT):
                    for child in self.children.values():
                        child.kill()
                    self.busy.wait_for(lambda: not self.running, timeout=KILL_WAIT)
        self.crawl_slots.shutdown(wait=False)
        self.poller.close()
        self.ledger.close()
        shutil.rmtree(self.workdir, ignore_errors=True)
        log.info("rasad daemon stopped")


def serve(config_path: str | Path, crawl_command: Sequence[str] | None = None) -> int:
    """Run the daemon in the foreground until SIGTERM (exit status 0) or SIGINT (130)."""
    formatter = ZoneFormatter("%(asctime)s %(levelname)s %(message)s")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a poll's result is in its run's line
    # A crawl outlasting its interval is expected: the next run is counted from its end.
    logging.getLogger("apscheduler.scheduler").addFilter(
        lambda record: "maximum number of running instances" not in record.getMessage())
    # Signals arrive as bytes on a socket, so the main thread handles them in order, outside
    # any signal handler (no lock is ever taken inside a handler).
    receiver, sender = socket.socketpair()
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno(), warn_on_full_buffer=False)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda *_: None)
    try:
        daemon = Daemon(config_path, crawl_command)
    except ConfigError as exc:  # one line per problem, naming the file (and line) or database
        for problem in exc.problems:
            log.error("%s", problem)
        return 2
    formatter.tz = daemon.tz  # the zone of the schedules (cron in Tehran time), for every time logged
    daemon.start()
    while True:
        for signum in receiver.recv(64):
            if signum == signal.SIGHUP:
                daemon.reload()
            elif signum in (signal.SIGTERM, signal.SIGINT):
                daemon.shutdown(signal.Signals(signum).name)
                return exit_status(signum)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="rasad's daemon (the same as `rasad run`).")
    parser.add_argument("--config", default="config.yaml", help="path to config.yaml")
    return serve(parser.parse_args(argv).config)


if __name__ == "__main__":
    sys.exit(main())
