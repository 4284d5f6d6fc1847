"""Benchmark: is the generated benchmark site cheap next to what it is used to measure?

The crawl and daemon benchmarks serve ``rasad.demo.generate.generated_site(n)``. For their figures
to be about rasad, rendering and serving the fixture must cost little beside rasad's own work on
the same pages. Side by side in one run, on the same n articles:

- render: build the articles and every page/feed of the site (``generated_site``);
- serve: fetch every article page from the LocalSite, once with a new connection per request
  and once over one keep-alive connection (a server that answers a keep-alive request in two
  writes without TCP_NODELAY stalls ~40 ms per request on the client's delayed ACK);
- process: rasad's per-page work without I/O, as the crawl pipelines do it:
  ``crawler.extract.extract_article``, ``pipeline.normalize.normalize`` of title, lead and body,
  then ``pipeline.events.extract_events`` (the database write is left out).

Printed: each per article, and the ratios render/process and serve/process (targets < 0.5).

    .venv/bin/python bench/bench_demo_site.py [--articles 2000] [--seed 0]
"""

from __future__ import annotations

import argparse
import http.client
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.extract import extract_article  # noqa: E402
from pipeline.events import extract_events  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402
from rasad.demo.articles import TEHRAN, load_agencies  # noqa: E402
from rasad.demo.generate import generated_articles, generated_site  # noqa: E402
from rasad.demo.render import article_path  # noqa: E402


def process(html: str, url: str) -> dict:
    """What the crawl pipelines do with one page before storing it."""
    out = extract_article(html, url)
    title, lead, body = (normalize(out[k]) for k in ("title", "lead", "body"))
    published = out["published"].astimezone(TEHRAN) if out["published"] else None
    text = "\n".join(t for t in (lead, body) if t)
    out["events"] = extract_events(text=text, title=title, published=published)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    n, agency = args.articles, load_agencies()["pegah"]

    t0 = time.perf_counter()
    site = generated_site(n, args.seed)
    render = time.perf_counter() - t0
    articles = generated_articles(n, args.seed)
    try:
        paths = [article_path(a, agency) for a in articles]
        host = urlsplit(site.base).netloc
        t0 = time.perf_counter()
        pages = []
        for path in paths:
            conn = http.client.HTTPConnection(host, timeout=10)
            conn.request("GET", path, headers={"Connection": "close"})
            pages.append(conn.getresponse().read().decode("utf-8"))
            conn.close()
        serve = time.perf_counter() - t0
        conn = http.client.HTTPConnection(host, timeout=10)
        t0 = time.perf_counter()
        for path in paths:
            conn.request("GET", path)
            conn.getresponse().read()
        keep_alive = time.perf_counter() - t0
        conn.close()
        urls = [site.url(p) for p in paths]
    finally:
        site.stop()

    process(pages[0], urls[0])  # warm-up: lexicons and normaliser load once
    t0 = time.perf_counter()
    bad = events = 0
    for url, html, a in zip(urls, pages, articles):
        out = process(html, url)
        bad += out["published"] != a.published_at
        events += len(out["events"])
    work = time.perf_counter() - t0

    rows = (("render", render), ("serve", serve), ("serve, keep-alive", keep_alive), ("process", work))
    print(f"{n} generated articles (seed {args.seed}), {sum(map(len, pages)) / n / 1024:.1f} KiB per page")
    for name, secs in rows:
        print(f"  {name:17s} {secs:7.2f} s  {secs / n * 1000:6.2f} ms/article")
    print(f"render / process = {render / work:.2f}   (target < 0.5)")
    print(f"serve  / process = {serve / work:.2f}   (target < 0.5)")
    print(f"serve, keep-alive / process = {keep_alive / work:.2f}   (target < 0.5)")
    annotated = sum(len(a.expected_events) for a in articles)
    print(f"pages whose date did not parse back: {bad}; events found {events} "
          f"(annotated {annotated})")


if __name__ == "__main__":
    main()
