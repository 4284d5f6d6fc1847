"""Benchmark the daemon at scale: N local sites on a schedule, most of them unchanged between polls.

    .venv/bin/python bench/bench_daemon.py [--sites 1000] [--every 300] [--compress 10] [--hours 1]
                                           [--changes 5] [--bare 3]

One LocalSite on 127.0.0.1 serves --sites news sites (/s0/, /s1/, ... each with an RSS feed and
generated Persian articles). Every site was crawled before: its feed's validators are stored and
its next run is spread over the first interval, as in a daemon that has been running for a while.
The real `rasad run` then polls every site every --every seconds, with time compressed by
--compress: the interval is every/compress real seconds, so --hours of simulated time take
hours*3600/compress real seconds and every rate is compress times the real one. During that time
--changes sites per interval publish a new article (a real `rasad crawl` child fetches it).

Printed side by side, from the same run:

* before: what one unchanged site's run cost when every run was a `rasad crawl` process (--bare
  such runs of an unchanged site: wall and CPU time) against one poll now (the daemon's own
  figure, from the poll to the rescheduling and its ledger write included, in ms);
* the daemon's overhead per crawl run in ms (its run time minus the crawl process's lifetime and
  the wait for a free crawl slot: poll, ledger rows, process spawn, wait, rescheduling);
* CPU used by rasad (the daemon and its crawl children) as a share of this machine's cores at the
  real, uncompressed rate (CPU seconds per simulated second / cores; goal < 25 %), split between
  polls and crawls;
* polls per second sustained (compressed, and at the real rate);
* the daemon's RSS sampled every simulated interval over the simulated hours (flat);
* how long a published article took to be stored, against the interval.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote

import psutil

from crawler.state import save_feed_state
from rasad.demo.articles import load_agencies
from rasad.demo.generate import generated_articles
from rasad.demo.render import article_page, article_path, rss
from rasad.localsite import LocalSite
from rasad.schema import open_db
from scheduler import MAX_PARALLEL_CRAWLS

LINE = re.compile(r" (?P<site>s\d+): (?P<status>\w+), .* in (?P<run>[\d.]+)s "
                  r"\((?:crawl process (?P<crawl>[\d.]+)s, slot wait (?P<wait>[\d.]+)s|unchanged, no crawl process)\)")
RSS_TYPE = "application/rss+xml; charset=utf-8"


class Fleet:
    """N news sites under one LocalSite: site i lives under /s{i}/."""

    def __init__(self, n: int, seed: int = 0):
        self.site = LocalSite()
        self.base = self.site.start()
        self.agency = load_agencies()["pegah"]
        self.pool = iter(generated_articles(n * 3 + 1000, seed=seed))
        self.names = [f"s{i}" for i in range(n)]
        self.items: dict[str, list] = {name: [] for name in self.names}
        for name in self.names:
            self.publish(name)

    def url(self, name: str, article) -> str:
        return f"{self.base}/{name}{article_path(article, self.agency)}"

    def publish(self, name: str) -> str:
        """A new article on *name* (page and feed); its URL."""
        article = next(self.pool)
        self.site.add(f"/{name}{article_path(article, self.agency)}",
                      article_page(article, self.agency, f"{self.base}/{name}", []),
                      content_type=f"text/html; charset={article.page.encoding}")
        self.items[name].insert(0, article)
        self.site.add(f"/{name}/rss", rss(self.agency, f"{self.base}/{name}", self.items[name][:5],
                                          lambda a: self.url(name, a)), content_type=RSS_TYPE)
        return self.url(name, article)

    def stop(self) -> None:
        self.site.stop()


def write_config(folder: Path, fleet: Fleet, interval: float) -> Path:
    sites = "".join(f"  - name: {n}\n    base_url: {fleet.base}/{n}/\n"
                    f"    sources: [{{rss: '{fleet.base}/{n}/rss'}}]\n" for n in fleet.names)
    config = folder / "config.yaml"
    config.write_text(
        "database: rasad.db\nsettings:\n  download_delay: 0\n  obey_robots: true\n  retries: 0\n"
        "  grace_period: 30s\n"
        f"  schedule: {{every: {interval}s, min_interval: {interval}s, max_interval: {interval}s, "
        "jitter: 0s, timeout: 10m}\n"
        f"sites:\n{sites}", encoding="utf-8")
    return config


def seed(db_path: Path, fleet: Fleet, interval: float) -> None:
    """Each feed's validators (as a first crawl stores them) and next runs spread over one interval."""
    db = open_db(db_path)
    now = datetime.now(timezone.utc) + timedelta(seconds=5)  # the daemon's start-up
    with db.atomic():
        for i, name in enumerate(fleet.names):
            url = f"{fleet.base}/{name}/rss"
            with urllib.request.urlopen(url, timeout=30) as response:
                etag, modified = response.headers["ETag"], response.headers["Last-Modified"]
            save_feed_state(db, url, name, "rss", 200, etag, modified, items_seen=1, items_known=0)
            when = now + timedelta(seconds=interval * i / len(fleet.names))
            db["sites"].upsert({"name": name, "interval_seconds": interval,
                                "next_run": when.isoformat(timespec="seconds")}, pk="name")
    db.conn.close()


def bare_unchanged(config: Path, times: int) -> tuple[list[float], list[float]]:
    """(wall s, CPU s) of `rasad crawl s0` on its unchanged feed: an unchanged run before the poll."""
    wall, cpu = [], []
    for _ in range(times):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rasad", "crawl", "s0", "--quiet", "--config", str(config)],
                       check=True, capture_output=True)
        wall.append(time.perf_counter() - began)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def cpu_seconds(proc: psutil.Process) -> tuple[float, float]:
    """(the daemon's own CPU seconds, its finished children's)."""
    t = proc.cpu_times()
    return t.user + t.system, t.children_user + t.children_system


def counts(db: Path) -> tuple[int, int]:
    """(finished runs the daemon settled by a poll, crawl runs finished)."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("select count(*) filter (where pid is null), count(*) filter (where pid is not null) "
                            "from crawl_runs where status != 'running' and trigger = 'schedule'").fetchone()
    finally:
        conn.close()


def crawls_since(db: Path, last_id: int) -> tuple[int, list[str]]:
    """(the highest crawl run id, the sites of crawl processes started after *last_id*)."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        rows = conn.execute("select id, site from crawl_runs where id > ? and pid is not null order by id",
                            [last_id]).fetchall()
    finally:
        conn.close()
    return (rows[-1][0] if rows else last_id), [site for _, site in rows]


def polled_changes(fleet: Fleet, looked: int) -> tuple[int, list[str]]:
    """(requests looked at, sites whose feed a poll got as changed, a 200, since request *looked*);
    stops at the first request still in flight."""
    requests, sites = fleet.site.requests, []
    while looked < len(requests) and requests[looked].status:
        r = requests[looked]
        if r.status == 200 and r.path.endswith("/rss") and r.headers.get("If-None-Match"):
            sites.append(r.path.split("/")[1])
        looked += 1
    return looked, sites


def stored_since(db: Path, last_id: int) -> tuple[int, list[str]]:
    """(the highest article id, the URLs, percent-decoded, of articles stored after *last_id*)."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        rows = conn.execute("select id, url from articles where id > ? order by id", [last_id]).fetchall()
    finally:
        conn.close()
    return (rows[-1][0] if rows else last_id), [unquote(url) for _, url in rows]


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def run_fleet(args, fleet: Fleet, folder: Path, config: Path) -> dict:
    """Start the daemon, warm up one interval, measure hours*3600/compress seconds; the figures."""
    interval = args.every / args.compress
    db = folder / "rasad.db"
    rng = random.Random(1)
    log = open(folder / "daemon.log", "wb")
    daemon = subprocess.Popen([sys.executable, "-m", "rasad", "run", "--config", str(config)],
                              stdout=log, stderr=subprocess.STDOUT, cwd=folder)
    proc = psutil.Process(daemon.pid)
    try:
        time.sleep(5 + interval)  # warm-up: start-up and one round of polls (not measured)
        window = args.hours * 3600 / args.compress
        cpu0, runs0, began = cpu_seconds(proc), counts(db), time.monotonic()
        published: dict[str, float] = {}    # URL -> when published
        unseen: dict[str, float] = {}       # site -> when it published, until a poll gets its new feed
        waiting: dict[str, float] = {}      # site -> when it published, until a crawl process starts
        last_id, last_crawl = stored_since(db, 0)[0], crawls_since(db, 0)[0]
        looked = len(fleet.site.requests)
        lags: list[float] = []
        seen: list[float] = []
        detections: list[float] = []
        rss = [proc.memory_info().rss]
        tick = began
        while time.monotonic() - began < window:
            if daemon.poll() is not None:
                sys.exit(f"the daemon exited early; see {folder / 'daemon.log'}")
            if time.monotonic() >= tick:  # once per simulated interval: new articles, an RSS sample
                for name in rng.sample(fleet.names, args.changes):
                    published[unquote(fleet.publish(name))] = waiting.setdefault(name, time.monotonic())
                    unseen.setdefault(name, waiting[name])
                if tick > began:
                    rss.append(proc.memory_info().rss)
                tick += interval
            looked, changed = polled_changes(fleet, looked)
            seen += [time.monotonic() - unseen.pop(site) for site in changed if site in unseen]
            last_crawl, sites = crawls_since(db, last_crawl)
            detections += [time.monotonic() - waiting.pop(site) for site in sites if site in waiting]
            last_id, urls = stored_since(db, last_id)
            lags += [time.monotonic() - published.pop(url) for url in urls if url in published]
            time.sleep(0.25)  # a progress look, not synchronisation: lags are known to 0.25 s
        cpu1, runs1 = cpu_seconds(proc), counts(db)
        rss.append(proc.memory_info().rss)
        elapsed = time.monotonic() - began
    finally:
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(120)
        log.close()
    return {"elapsed": elapsed, "daemon_cpu": cpu1[0] - cpu0[0], "children_cpu": cpu1[1] - cpu0[1],
            "polls": runs1[0] - runs0[0], "crawls": runs1[1] - runs0[1], "rss": rss, "lags": lags, "seen": seen, "detections": detections,
            "missing": len(published), "code": code}


def report(args, r: dict, bare_wall: list[float], bare_cpu: list[float], log_text: str) -> None:
    interval, cores = args.every / args.compress, psutil.cpu_count()
    lines = [m.groupdict() for m in LINE.finditer(log_text)]
    poll_ms = [1000 * float(m["run"]) for m in lines if m["crawl"] is None]
    crawl_over_ms = [1000 * (float(m["run"]) - float(m["crawl"]) - float(m["wait"]))
                     for m in lines if m["crawl"] is not None]
    waits = [float(m["wait"]) for m in lines if m["crawl"] is not None]
    simulated = r["elapsed"] * args.compress
    share = (r["daemon_cpu"] + r["children_cpu"]) / simulated / cores
    rss = [x / 2**20 for x in r["rss"]]
    row = "{:<58}{:>14}"
    print(f"\nrasad daemon at scale: {args.sites} sites every {args.every:g}s, time compressed {args.compress:g}x "
          f"(interval {interval:g}s real), {simulated / 3600:.2f} h simulated in {r['elapsed']:.0f}s; "
          f"{args.changes} sites changed per interval; daemon exit status {r['code']}")
    print("-- an unchanged site's run, before (a `rasad crawl` process) and now (the daemon's poll)")
    print(row.format("before: rasad crawl of an unchanged feed, wall (median)", f"{statistics.median(bare_wall) * 1000:.0f} ms"))
    print(row.format("before: its CPU time (median)", f"{statistics.median(bare_cpu) * 1000:.0f} ms"))
    if poll_ms:
        print(row.format("now: poll run in the daemon, median (p95)", f"{statistics.median(poll_ms):.1f} ms "
                                                                      f"({pct(poll_ms, 95):.1f})"))
        per_poll = r["daemon_cpu"] / max(1, r["polls"] + r["crawls"])
        print(row.format("now: daemon CPU per run (polls and crawl bookkeeping)", f"{per_poll * 1000:.1f} ms"))
        print(row.format("before CPU / now CPU per unchanged run", f"{statistics.median(bare_cpu) / per_poll:.0f}x"))
    if crawl_over_ms:
        print(row.format(f"daemon overhead per crawl run, median (p95), n={len(crawl_over_ms)}",
                         f"{statistics.median(crawl_over_ms):.1f} ms ({pct(crawl_over_ms, 95):.1f})"))
        print(row.format(f"wait for one of the {MAX_PARALLEL_CRAWLS} crawl slots, median (max)",
                         f"{statistics.median(waits):.1f} s ({max(waits):.1f})"))
    print("-- the fleet, at the real (uncompressed) rate")
    print(row.format(f"CPU used by rasad, share of {cores} cores (goal < 25 %)", f"{share:.1%}"))
    print(row.format("  of which the daemon (polls, scheduling, ledger)", f"{r['daemon_cpu'] / simulated / cores:.1%}"))
    print(row.format(f"  of which crawl children ({r['crawls']} crawls)", f"{r['children_cpu'] / simulated / cores:.1%}"))
    print(row.format("polls per second sustained (compressed)", f"{r['polls'] / r['elapsed']:.1f}"))
    print(row.format("polls per second at the real rate (expected)",
                     f"{r['polls'] / simulated:.2f} ({args.sites / args.every:.2f})"))
    print(row.format("daemon RSS first / last sample", f"{rss[0]:.1f} / {rss[-1]:.1f} MiB"))
    print(row.format(f"daemon RSS growth over {len(rss)} samples (one per interval)", f"{(rss[-1] - rss[0]) / rss[0]:+.1%}"))
    print(row.format("  min / max sample", f"{min(rss):.1f} / {max(rss):.1f} MiB"))
    if r["lags"] and r["seen"] and r["detections"]:
        seen = max(r["seen"])
        print(row.format(f"published -> a poll sees it, median / max of {len(r['seen'])}",
                         f"{statistics.median(r['seen']):.1f} / {seen:.1f} s"))
        print(row.format("  max as a share of the interval (goal <= 100 %)", f"{seen / interval:.0%}"))
        print(row.format("published -> crawl started (slot wait too), median / max",
                         f"{statistics.median(r['detections']):.1f} / {max(r['detections']):.1f} s"))
        print(row.format(f"published -> stored, median / max of {len(r['lags'])} articles",
                         f"{statistics.median(r['lags']):.1f} / {max(r['lags']):.1f} s"))
        print(row.format("  at the real rate: poll within the interval, then crawl (max)",
                         f"<= {args.every:g} s + {max(r['lags']) - seen:.0f} s"))
    print(row.format("articles published but not stored at the end", str(r["missing"])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=1000, help="local sites")
    parser.add_argument("--every", type=float, default=300, help="simulated seconds between two polls of a site")
    parser.add_argument("--compress", type=float, default=10, help="simulated seconds per real second")
    parser.add_argument("--hours", type=float, default=1, help="simulated hours measured")
    parser.add_argument("--changes", type=int, default=5, help="sites that publish an article per interval")
    parser.add_argument("--bare", type=int, default=3, help="bare `rasad crawl` runs of an unchanged site")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (log, database)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="rasad-bench-daemon-"))
    fleet = Fleet(args.sites)
    try:
        config = write_config(folder, fleet, args.every / args.compress)
        seed(folder / "rasad.db", fleet, args.every / args.compress)
        bare_wall, bare_cpu = bare_unchanged(config, args.bare)
        result = run_fleet(args, fleet, folder, config)
        report(args, result, bare_wall, bare_cpu, (folder / "daemon.log").read_text(encoding="utf-8"))
    finally:
        fleet.stop()
        if args.keep:
            print(f"(daemon log and database kept in {folder})")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
