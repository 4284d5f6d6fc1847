"""Benchmark the daemon: memory over many scheduled crawls, and its overhead per run.

    .venv/bin/python bench/bench_daemon.py [--runs 300] [--sites 4] [--bare 5]

Serves --sites generated demo agencies on 127.0.0.1, runs the real `rasad run` with every site
due every second until --runs scheduled crawls have finished, and reports, side by side in one run:

* the daemon process's resident memory (psutil, the daemon only, not its crawl children) after
  10 % of the runs and after all of them, and the growth between the two (target: under 10 %);
* the daemon's overhead per run: the run's time as the daemon measures it (open the run row,
  spawn, wait, close the row, reschedule) minus the crawl process's own lifetime, both from the
  daemon's log line, next to a bare `rasad crawl` of the same site (--bare times, before and
  after the daemon phase) — as ratios.
"""

from __future__ import annotations

import argparse
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from rasad.demo.generate import generated_site

LINE = re.compile(r" (?P<site>\S+): (?P<status>\w+), .* in (?P<run>[\d.]+)s \(crawl process (?P<crawl>[\d.]+)s\)")


def write_config(folder: Path, bases: list[str]) -> Path:
    sites = "".join(
        f"  - name: agency{i}\n    base_url: {base}/\n"
        "    schedule: {every: 1s, min_interval: 1s, max_interval: 1s}\n"
        f"    sources:\n      - rss: {base}/rss\n"
        for i, base in enumerate(bases))
    config = folder / "config.yaml"
    config.write_text(
        "database: rasad.db\nsettings:\n  download_delay: 0\n  concurrency_per_domain: 8\n"
        "  obey_robots: false\n  retries: 0\n  grace_period: 30s\n"
        "  schedule: {jitter: 0s, timeout: 10m}\n"
        f"sites:\n{sites}", encoding="utf-8")
    return config


def finished_runs(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("select count(*) from crawl_runs where trigger = 'schedule' "
                            "and status != 'running'").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0
    finally:
        conn.close()


def bare_crawls(config: Path, times: int) -> list[float]:
    """Wall seconds of `rasad crawl agency0 --quiet`, one after the other."""
    out = []
    for _ in range(times):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rasad", "crawl", "agency0", "--quiet",
                        "--config", str(config)], check=True, capture_output=True)
        out.append(time.perf_counter() - began)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=300, help="scheduled crawls to wait for")
    parser.add_argument("--sites", type=int, default=4, help="local agencies crawled in parallel")
    parser.add_argument("--bare", type=int, default=5, help="bare crawls before and after")
    parser.add_argument("--articles", type=int, default=20, help="articles per agency")
    args = parser.parse_args()
    early = max(1, args.runs // 10)

    sites = [generated_site(args.articles, seed=i) for i in range(args.sites)]
    folder = Path(tempfile.mkdtemp(prefix="rasad-bench-daemon-"))
    config = write_config(folder, [s.base for s in sites])
    db = folder / "rasad.db"
    try:
        bare = bare_crawls(config, 1 + args.bare)[1:]  # the first one stores the articles
        log = open(folder / "daemon.log", "wb")
        daemon = subprocess.Popen([sys.executable, "-m", "rasad", "run", "--config", str(config)],
                                  stdout=log, stderr=subprocess.STDOUT, cwd=folder)
        proc = psutil.Process(daemon.pid)
        began = time.monotonic()
        rss = {}
        while len(rss) < 2:
            done = finished_runs(db)
            if daemon.poll() is not None:
                sys.exit(f"the daemon exited early; see {folder / 'daemon.log'}")
            for mark in (early, args.runs):
                if done >= mark and mark not in rss:
                    rss[mark] = proc.memory_info().rss
                    print(f"  {done} runs after {time.monotonic() - began:.0f}s: daemon RSS "
                          f"{rss[mark] / 2**20:.1f} MiB", flush=True)
            time.sleep(0.5)  # a progress poll, not synchronisation
        elapsed = time.monotonic() - began
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(120)
        log.close()
        bare += bare_crawls(config, args.bare)
    finally:
        for s in sites:
            s.stop()

    lines = [m.groupdict() for m in LINE.finditer((folder / "daemon.log").read_text(encoding="utf-8"))]
    run_s = [float(m["run"]) for m in lines]
    crawl_s = [float(m["crawl"]) for m in lines]
    overhead = [r - c for r, c in zip(run_s, crawl_s)]
    bare_median = statistics.median(bare)
    over_median = statistics.median(overhead)
    growth = (rss[args.runs] - rss[early]) / rss[early]

    print(f"\nrasad daemon benchmark: {args.runs} scheduled crawls of {args.sites} local agencies "
          f"({args.articles} articles each) in {elapsed:.0f}s; daemon exit status {code}")
    print(f"{'daemon RSS after ' + str(early) + ' runs':<44}{rss[early] / 2**20:>10.1f} MiB")
    print(f"{'daemon RSS after ' + str(args.runs) + ' runs':<44}{rss[args.runs] / 2**20:>10.1f} MiB")
    print(f"{'RSS growth (target < 10 %)':<44}{growth:>10.1%}")
    print(f"{'bare rasad crawl, median of ' + str(len(bare)):<44}{bare_median:>10.3f} s")
    print(f"{'crawl process under the daemon, median':<44}{statistics.median(crawl_s):>10.3f} s")
    print(f"{'run as the daemon times it, median':<44}{statistics.median(run_s):>10.3f} s")
    print(f"{'daemon overhead per run, median (p95)':<44}{over_median:>10.3f} s "
          f"({statistics.quantiles(overhead, n=20)[-1]:.3f} s)")
    print(f"{'overhead / bare crawl':<44}{over_median / bare_median:>10.2%}")
    print(f"{'crawl under the daemon / bare crawl':<44}{statistics.median(crawl_s) / bare_median:>10.2f}x"
          f"  ({args.sites} crawls in parallel vs one at a time)")
    print(f"(daemon log and database kept in {folder})")


if __name__ == "__main__":
    main()
