"""Crawl benchmark: a generated 2,000-article site, full pipeline, next to `scrapy bench`.

    .venv/bin/python bench/bench_crawl.py [--articles 2000] [--seconds 15]

Prints, measured side by side in this one run:
  * pages/second of `rasad crawl` (first crawl of a fresh database: discovery through the
    sitemap index + RSS, extraction, normalisation, dates, events, dedup, store);
  * pages/second of `scrapy bench` (Scrapy's own link-following spider on its local server),
    run just before and just after our crawl, averaged;
  * their ratio (target ≥ 0.5);
  * the requests a second crawl of the unchanged site makes (target: only feed/sitemap URLs).
The crawls run in child processes (Twisted's reactor runs once per process); the site is served
from this process by LocalSite.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasad.demo.generate import generated_site  # noqa: E402

CRAWL = """
import json, sys
from crawler.runner import crawl
from rasad.config import load_config
stats = crawl(load_config(sys.argv[1]), ["bench"], progress=False)["bench"]
print(json.dumps({"requests": stats.requests, "new": stats.new_articles, "known": stats.known,
                  "errors": stats.errors, "seconds": stats.seconds, "status": stats.status}))
"""


def run_crawl(config: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CRAWL, str(config)], capture_output=True,
                         text=True, cwd=REPO, timeout=3600)
    if out.returncode != 0:
        sys.exit(f"crawl failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def scrapy_bench(seconds: int) -> float:
    """pages/second of `scrapy bench` (responses received / elapsed seconds, from its stats)."""
    scrapy = Path(sys.executable).with_name("scrapy")
    out = subprocess.run([str(scrapy), "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}",
                          "-s", "LOG_LEVEL=INFO"], capture_output=True, text=True, timeout=seconds + 120)
    log = out.stdout + out.stderr
    responses = re.search(r"'response_received_count': (\d+)", log)
    elapsed = re.search(r"'elapsed_time_seconds': ([\d.]+)", log)
    if not (responses and elapsed):
        sys.exit(f"could not read scrapy bench stats:\n{log[-3000:]}")
    return int(responses.group(1)) / float(elapsed.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seconds", type=int, default=15, help="scrapy bench duration")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="rasad-bench-"))
    t0 = time.perf_counter()
    site = generated_site(args.articles)
    print(f"generated site: {args.articles} articles in {time.perf_counter() - t0:.1f} s at {site.base}")
    try:
        config = tmp / "config.yaml"
        config.write_text(
            "database: rasad.db\n"
            "settings:\n  download_delay: 0\n  concurrency_per_domain: 16\n  obey_robots: false\n"
            "  retries: 0\n"
            f"sites:\n  - name: bench\n    base_url: {site.url('/')}\n    sources:\n"
            f"      - sitemap: {site.url('/sitemap.xml')}\n      - rss: {site.url('/rss')}\n",
            encoding="utf-8")

        # scrapy bench just before and just after our crawl: the machine's load drifts.
        before = scrapy_bench(args.seconds)
        first = run_crawl(config)
        after = scrapy_bench(args.seconds)
        mark = len(site.requests)
        second = run_crawl(config)
        second_paths = sorted(r.path for r in site.requests[mark:])
        ours = first["requests"] / first["seconds"]
        theirs = (before + after) / 2
    finally:
        site.stop()

    sources = {"/sitemap.xml", "/rss"} | {p for p in second_paths if re.match(r"/sitemap-\d+\.xml$", p)}
    print()
    print(f"first crawl : {first['requests']} requests, {first['new']} new articles, "
          f"{first['errors']} errors in {first['seconds']:.1f} s  → {ours:.1f} pages/s")
    print(f"scrapy bench: {theirs:.1f} pages/s (mean of {before:.1f} before and {after:.1f} after)")
    print(f"ratio       : {ours / theirs:.2f} × scrapy bench (target ≥ 0.50)")
    print(f"second crawl: {second['requests']} requests {second_paths}, {second['new']} new "
          f"→ only feed/sitemap URLs: {set(second_paths) <= sources}")


if __name__ == "__main__":
    main()
