"""Crawl benchmark on real-size pages: rasad's full pipeline next to a bare Scrapy spider, same pages.

    .venv/bin/python bench/bench_crawl.py [--pages 500] [--seed 1]

Pages are built at run time from the real article pages in ../shared/corpus/html (read from there,
never copied into the repository): each page keeps a real page's markup (scripts, menus, related
links: the sizes of the real ones) with fresh text in every text node (runs of words from
../shared/corpus/text, as long as the text they replace) and its own URL as canonical. LocalSite
serves them on 127.0.0.1 with a sitemap listing them all.

Measured side by side in this one run, each crawl in its own process (a reactor runs once per
process), both with the same Scrapy settings (16 concurrent requests, no delay, no robots.txt):

* a bare Scrapy spider that reads the sitemap and fetches every page, doing nothing with it
  (the true ceiling of this machine), before and after rasad's crawl (the load drifts);
* `rasad crawl` of a fresh database: the same pages through extraction, normalisation, dates,
  events, dedup and store; pages/second and the ratio (goal >= 0.5x);
* where rasad's time per article goes: each stage timed inside that crawl (the spider's
  extraction, then each item pipeline), and the rest (download, Scrapy, the reactor);
* a second crawl of the unchanged site: only the sitemap is requested.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import lxml.html

from rasad.localsite import LocalSite

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SKIP = {"script", "style", "noscript"}

BARE = """
import re, sys, time, scrapy
from scrapy.crawler import CrawlerProcess

class Bare(scrapy.Spider):
    name = "bare"
    start_urls = [sys.argv[1]]
    def parse(self, response):
        for url in re.findall(rb"<loc>([^<]+)</loc>", response.body):
            yield scrapy.Request(url.decode(), callback=self.page)
    def page(self, response):
        pass

process = CrawlerProcess({"CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOAD_DELAY": 0, "ROBOTSTXT_OBEY": False, "COOKIES_ENABLED": False, "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "WARNING", "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor"})
crawler = process.create_crawler(Bare)
process.crawl(crawler)
process.start()
stats = crawler.stats.get_stats()
print(stats["response_received_count"], stats["elapsed_time_seconds"])
"""

# Each stage of rasad's crawl timed in place: the spider's extraction and every item pipeline.
TIMED = """
import json, sys, time, zlib
from collections import defaultdict
import crawler.spider, pipeline.article as chain, pipeline.dedup, pipeline.event_store, pipeline.minhash
import rasad.schema
from crawler.runner import crawl
from rasad.config import load_config

spent, first, depth = defaultdict(float), {}, defaultdict(int)
def timed(name, fn):
    def wrapper(*args, **kwargs):  # the outermost call only; the first one is also kept apart
        began = time.perf_counter()
        depth[name] += 1
        try:
            return fn(*args, **kwargs)
        finally:
            depth[name] -= 1
            if not depth[name]:
                spent[name] += time.perf_counter() - began
                first.setdefault(name, time.perf_counter() - began)
    return wrapper
crawler.spider.extract_article = timed("extract (crawler.extract)", crawler.spider.extract_article)
# the article chain (pipeline.article.process_article): each step in place
for stage, attr in (("normalise", "normalise"), ("dates", "dates"), ("events", "events"),
                    ("store (dedup, events, FTS)", "store_article")):
    setattr(chain, attr, timed(stage, getattr(chain, attr)))
# inside the store: what its time is spent on
for name, owner, attr in (("dedup keys", pipeline.dedup, "match_key"),
                          ("MinHash signature", pipeline.minhash, "signature"),
                          ("persons, events, registry", pipeline.event_store, "store_events"),
                          ("full-text index (search forms)", rasad.schema, "_fts_text"),
                          ("compress the HTML (zlib)", zlib, "compress")):
    setattr(owner, attr, timed("store/" + name, getattr(owner, attr)))
stats = crawl(load_config(sys.argv[1]), ["bench"], progress=False)["bench"]
print(json.dumps({"requests": stats.requests, "new": stats.new_articles, "known": stats.known,
                  "errors": stats.errors, "seconds": stats.seconds, "status": stats.status,
                  "stages": spent, "first": first}))
"""


WHY = {
    "store": "the store's jobs per article (ranked above) run in the reactor's one thread:\n"
             "                     persons, events and registry (merged against what is stored so far), the\n"
             "                     MinHash signature and dedup keys, zlib on the whole page, and the SQL itself\n"
             "                     (rows, the FTS5 index, the commit); the bare spider only downloads",
    "normalise": "hazm's normaliser: its word list is loaded on the crawl's first article (see once\n"
                 "                     per crawl) and every article's text goes through its regular expressions",
}


def corpus_words() -> list[str]:
    words = []
    for path in sorted((SHARED / "text").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                words += (json.loads(line).get("text") or "").split()
    return words


def templates() -> list[bytes]:
    index = json.loads((SHARED / "html" / "index.json").read_text(encoding="utf-8"))
    return [(SHARED / "html" / e["file"]).read_bytes() for e in index if e["page_type"].startswith("article")]


def fresh_text(words: list[str], length: int, rng: random.Random) -> str:
    """A run of corpus words *length* characters long, from a random place."""
    start, out, size = rng.randrange(len(words)), [], 0
    while size < length:
        word = words[(start + len(out)) % len(words)]
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:length]


def build_page(template: bytes, url: str, words: list[str], rng: random.Random) -> bytes:
    """*template*'s markup with fresh text in every text node and *url* as its canonical."""
    doc = lxml.html.document_fromstring(template.decode("utf-8", "replace"))
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag not in SKIP and el.text and len(el.text.strip()) > 3:
            el.text = fresh_text(words, len(el.text.strip()), rng)
        if el.tail and len(el.tail.strip()) > 3:
            el.tail = fresh_text(words, len(el.tail.strip()), rng)
    for link in doc.xpath("//link[@rel='canonical'] | //meta[@property='og:url']"):
        link.set("href" if link.tag == "link" else "content", url)
    return lxml.html.tostring(doc, encoding="utf-8", doctype="<!DOCTYPE html>")


def serve(n: int, seed: int) -> tuple[LocalSite, float]:
    """A started LocalSite with *n* pages and a sitemap; the mean page size in bytes."""
    rng, words, pages = random.Random(seed), corpus_words(), templates()
    site = LocalSite()
    base = site.start()
    sizes = []
    for i in range(n):
        url = f"{base}/news/{100000 + i}/"
        body = build_page(pages[i % len(pages)], url, words, rng)
        sizes.append(len(body))
        site.add(f"/news/{100000 + i}/", body)
    locs = "".join(f"<url><loc>{base}/news/{100000 + i}/</loc></url>" for i in range(n))
    site.add("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
             f'"http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>', content_type="application/xml")
    return site, statistics.mean(sizes)


def run(code: str, *argv: str) -> str:
    out = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        sys.exit(f"crawl failed:\n{out.stderr[-3000:]}")
    return out.stdout.strip().splitlines()[-1]


def bare(sitemap: str) -> float:
    """Pages/second of the bare spider (responses / Scrapy's elapsed time)."""
    responses, seconds = run(BARE, sitemap).split()
    return (int(responses) - 1) / float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not (SHARED / "html" / "index.json").exists():
        sys.exit(f"{SHARED / 'html'} not found: the shared corpus sits beside the repository")
    tmp = Path(tempfile.mkdtemp(prefix="rasad-bench-crawl-"))
    site, size = serve(args.pages, args.seed)
    try:
        config = tmp / "config.yaml"
        config.write_text(
            "database: rasad.db\nsettings:\n  download_delay: 0\n  concurrency_per_domain: 16\n"
            "  obey_robots: false\n  retries: 0\n"
            f"sites:\n  - name: bench\n    base_url: {site.url('/')}\n    sources:\n"
            f"      - sitemap: {site.url('/sitemap.xml')}\n", encoding="utf-8")
        before = bare(site.url("/sitemap.xml"))
        first = json.loads(run(TIMED, str(config)))
        after = bare(site.url("/sitemap.xml"))
        mark = len(site.requests)
        second = json.loads(run(TIMED, str(config)))
        second_paths = sorted({r.path for r in site.requests[mark:]})
    finally:
        site.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    report(args.pages, size, before, after, first, second, second_paths)


def report(pages: int, size: float, before: float, after: float, first: dict, second: dict,
           second_paths: list[str]) -> None:
    ours, ceiling = first["new"] / first["seconds"], (before + after) / 2
    per = 1000 * first["seconds"] / max(1, first["new"])
    print(f"{pages} pages built from the real pages' markup, {size / 1024:.1f} KiB on average\n")
    print(f"bare Scrapy spider : {ceiling:7.1f} pages/s (mean of {before:.1f} before and {after:.1f} after)")
    print(f"rasad crawl        : {ours:7.1f} pages/s ({first['new']} new articles, {first['errors']} errors, "
          f"{first['seconds']:.1f} s, status {first['status']})")
    print(f"ratio              : {ours / ceiling:7.2f} x the bare spider (goal >= 0.5)\n")
    print(f"per article        : {per:7.1f} ms in all, of which")
    stages = sorted(((k, v) for k, v in first["stages"].items() if "/" not in k), key=lambda kv: -kv[1])
    inner = sorted(((k, v) for k, v in first["stages"].items() if "/" in k), key=lambda kv: -kv[1])
    for name, seconds in stages:
        print(f"  {name:<28}{1000 * seconds / max(1, first['new']):7.1f} ms")
        if name.startswith("store"):
            for part, spent in inner:
                print(f"    {part.split('/', 1)[1]:<32}{1000 * spent / max(1, first['new']):7.1f} ms")
    rest = per - sum(1000 * s / max(1, first["new"]) for k, s in first["stages"].items() if "/" not in k)
    print(f"  {'download, Scrapy, reactor':<28}{rest:7.1f} ms (the bare spider: {1000 / ceiling:.1f} ms)")
    once = sum(first["first"][k] - (v - first["first"][k]) / max(1, first["new"] - 1)
               for k, v in first["stages"].items() if "/" not in k)
    print(f"once per crawl     : {1000 * once:7.0f} ms more on the first article than on an average one (hazm's\n"
          f"                     normaliser and word lists, the event lexicons): {1000 * once / max(1, first['new']):.1f} ms "
          f"of each article's here")
    print(f"costliest stage    : {stages[0][0]}; within the store, {inner[0][0].split('/', 1)[1]}")
    print(f"why                : {WHY.get(stages[0][0].split()[0], 'see the stages above')}")
    print(f"second crawl       : {second['requests']} requests {second_paths}, {second['new']} new "
          f"-> only the sitemap: {second_paths == ['/sitemap.xml']}")


if __name__ == "__main__":
    main()
