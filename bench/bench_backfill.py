"""Backfill benchmark: `rasad backfill` of a generated site's dated archive next to `rasad crawl`
of the same articles from one feed.

    .venv/bin/python bench/bench_backfill.py [--articles 10000]

The generated site (rasad.demo, ~70 articles a day) also serves a Jalali archive,
/archive/{jy}/{jm:02}/{jd:02}?page={page} with 50 links a page, and /rss-all, a feed of every
article. Prints, measured side by side in this one run, each into a fresh database with the same
politeness (no delay, 16 requests at once):
  * pages/second of `rasad crawl` from /rss-all (full pipeline);
  * pages/second of `rasad backfill` over every day of the archive (full pipeline);
  * their ratio (target ≥ 0.9);
  * the requests a second, repeated backfill of the same range makes (target: 0 article
    requests; the ledger makes it 0 requests), and the requests of a third one with the ledger
    emptied (every day walked again: archive pages only, known articles are never requested).
Each run is a child process (Twisted's reactor runs once per process).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.archive import jalali, render  # noqa: E402
from rasad.demo.articles import load_agencies  # noqa: E402
from rasad.demo.generate import generated_articles  # noqa: E402
from rasad.demo.render import article_path, listing_page, rss  # noqa: E402
from rasad.demo.site import build_site  # noqa: E402

TEMPLATE = "/archive/{jy}/{jm:02}/{jd:02}?page={page}"
PER_PAGE = 50
SETTINGS = ("settings:\n  download_delay: 0\n  concurrency_per_domain: 16\n  obey_robots: false\n"
            "  max_response_size: 100000000\n"  # the 10,000-item feed is larger than the default 5 MB
            "  retries: 0\n")

RUN = """
import json, sys
from rasad.config import load_config
from crawler.archive import days_newest_first, parse_day
config = load_config(sys.argv[2])
if sys.argv[1] == "crawl":
    from crawler.runner import crawl
    s = crawl(config, ["bench"], progress=False)["bench"]
else:
    from crawler.backfill_runner import backfill
    days = days_newest_first(parse_day(sys.argv[3]), parse_day(sys.argv[4]))
    s = backfill(config, {"bench": days}, progress=False)["bench"]
print(json.dumps({"requests": s.requests, "new": s.new_articles, "errors": s.errors,
                  "seconds": s.seconds, "status": s.status}))
"""


def run(kind: str, config: Path, *days: str) -> dict:
    out = subprocess.run([sys.executable, "-c", RUN, kind, str(config), *days], capture_output=True,
                         text=True, cwd=REPO, timeout=7200)
    if out.returncode != 0:
        sys.exit(f"{kind} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def serve(n: int):
    """The generated site plus /rss-all and the dated archive; (site, first day, last day)."""
    articles = generated_articles(n)
    agency = load_agencies()["pegah"]
    site = build_site(articles, agency="pegah")
    url_of = lambda a: site.base + article_path(a, agency)  # noqa: E731
    site.add("/rss-all", rss(agency, site.base, articles, url_of),
             content_type="application/rss+xml; charset=utf-8")
    by_day = defaultdict(list)
    for a in articles:
        by_day[a.published_at.date()].append(a)
    for day, items in by_day.items():
        pages = -(-len(items) // PER_PAGE)
        for p in range(1, pages + 1):
            site.add(render(TEMPLATE, day, p), listing_page(agency, site.base, items[(p - 1) * PER_PAGE:
                                                                                     p * PER_PAGE], p, pages, url_of))
    return site, min(by_day), max(by_day)


def config(folder: Path, site, source: str) -> Path:
    folder.mkdir()
    path = folder / "config.yaml"
    path.write_text(f"database: rasad.db\n{SETTINGS}sites:\n  - name: bench\n    base_url: {site.url('/')}\n"
                    f"    sources:\n      - rss: {site.url(source)}\n"
                    f"    archive:\n      url: '{site.base}{TEMPLATE}'\n      links: '/fa/news/\\d+/'\n"
                    f"      download_delay: 0\n      concurrency: 16\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="rasad-bench-backfill-"))
    t0 = time.perf_counter()
    site, first, last = serve(args.articles)
    days = (first.isoformat(), last.isoformat())
    print(f"generated site: {args.articles} articles, {(last - first).days + 1} days "
          f"({jalali(first)} to {jalali(last)}) in {time.perf_counter() - t0:.1f} s at {site.base}")
    try:
        crawl = run("crawl", config(tmp / "crawl", site, "/rss-all"))
        backfill_config = config(tmp / "backfill", site, "/rss")
        back = run("backfill", backfill_config, *days)
        mark = len(site.requests)
        again = run("backfill", backfill_config, *days)
        repeat = [r.path for r in site.requests[mark:]]
        with sqlite3.connect(tmp / "backfill" / "rasad.db") as db:
            db.execute("delete from backfill_days")
        mark = len(site.requests)
        rewalk = run("backfill", backfill_config, *days)
        rewalked = [r.path for r in site.requests[mark:]]
    finally:
        site.stop()
    ours, theirs = back["requests"] / back["seconds"], crawl["requests"] / crawl["seconds"]
    print()
    if crawl["errors"] or back["errors"]:
        print("warning: errors in a run (see the databases in", tmp, ")")
    print(f"rasad crawl   : {crawl['requests']} requests, {crawl['new']} new articles, {crawl['errors']} errors "
          f"in {crawl['seconds']:.1f} s → {theirs:.1f} pages/s")
    print(f"rasad backfill: {back['requests']} requests, {back['new']} new articles, {back['errors']} errors "
          f"in {back['seconds']:.1f} s → {ours:.1f} pages/s")
    print(f"ratio         : {ours / theirs:.2f} × rasad crawl (target ≥ 0.90)")
    print(f"repeated backfill: {again['requests']} requests, "
          f"{sum(p.startswith('/fa/news/') for p in repeat)} article requests (target 0)")
    print(f"repeat, ledger emptied: {rewalk['requests']} requests, "
          f"{sum(p.startswith('/archive/') for p in rewalked)} archive pages, "
          f"{sum(p.startswith('/fa/news/') for p in rewalked)} article requests, {rewalk['new']} new")


if __name__ == "__main__":
    main()
