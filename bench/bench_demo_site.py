"""Benchmark: is the generated benchmark site cheap next to what it is used to measure?

The crawl and daemon benchmarks serve ``rasad.demo.generate.generated_site(n)``. For their figures
to be about rasad, rendering and serving the fixture must cost little beside rasad's own work on
the same pages. Side by side in one run, on the same n articles:

- render: build the articles and every page/feed of the site (``generated_site``);
- serve: fetch every article page from the LocalSite over HTTP (one client thread);
- extract: ``crawler.extract.extract_article`` on every page (rasad's per-page parse, the
  cheapest part of its pipeline).

Printed: each per article, and the ratios render/extract and serve/extract (targets < 0.5).

    .venv/bin/python bench/bench_demo_site.py [--articles 2000] [--seed 0]
"""

from __future__ import annotations

import argparse
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.extract import extract_article  # noqa: E402
from rasad.demo.articles import load_agencies  # noqa: E402
from rasad.demo.generate import generated_articles, generated_site  # noqa: E402
from rasad.demo.render import article_path  # noqa: E402


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
        urls = [site.url(article_path(a, agency)) for a in articles]
        t0 = time.perf_counter()
        pages = []
        for url in urls:
            with urllib.request.urlopen(url, timeout=10) as resp:
                pages.append(resp.read().decode("utf-8"))
        serve = time.perf_counter() - t0
    finally:
        site.stop()

    t0 = time.perf_counter()
    bad = 0
    for url, html, a in zip(urls, pages, articles):
        out = extract_article(html, url)
        bad += out["published"] != a.published_at
    extract = time.perf_counter() - t0

    per = {name: secs / n * 1000 for name, secs in (("render", render), ("serve", serve),
                                                     ("extract", extract))}
    print(f"{n} generated articles (seed {args.seed}), {sum(map(len, pages)) / n / 1024:.1f} KiB per page")
    for name, secs in (("render", render), ("serve", serve), ("extract", extract)):
        print(f"  {name:8s} {secs:7.2f} s  {per[name]:6.2f} ms/article")
    print(f"render / extract = {render / extract:.2f}   (target < 0.5)")
    print(f"serve  / extract = {serve / extract:.2f}   (target < 0.5)")
    print(f"pages whose date did not parse back: {bad}")


if __name__ == "__main__":
    main()
