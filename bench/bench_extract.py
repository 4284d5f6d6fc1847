"""Extraction time per article next to hazm's Normalizer alone, on the same texts in the same run.

    .venv/bin/python bench/bench_extract.py [--repeat N]

Reads every article in ../shared/corpus/text/*.jsonl (exits with a message when it is absent) and,
as the pipeline does, extracts from normalised text (pipeline.normalize first). Prints per-article
milliseconds, each as the first pass over the articles in this process (cold caches, as a crawl
meets new articles) and steady state (the median of the --repeat passes after it):

* hazm's Normalizer.normalize alone (the reference);
* extract_events on the normalised text, and its ratio to hazm (target <= 3x);
* pipeline.normalize + extract_events on the raw text (what an article costs the pipeline),
  and its ratio to hazm.
The lexicons and hazm are loaded before any timing (one call on a short text).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "text"
sys.path.insert(0, str(REPO))


def load_articles() -> list[tuple[str, str | None]]:
    articles = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                articles.append((obj.get("text") or "", obj.get("title")))
    return articles


def passes(fn, articles, repeat: int) -> tuple[float, float]:
    """(seconds of the first pass over *articles*, median seconds of the *repeat* passes after it)."""
    times = []
    for _ in range(1 + repeat):
        started = time.perf_counter()
        for text, title in articles:
            fn(text, title)
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:])


def measure(name: str, repeat: int) -> None:
    """Print (first pass, steady state) seconds of one measure, in this fresh process."""
    from hazm import Normalizer

    from pipeline.events import extract_events
    from pipeline.normalize import normalize

    articles = load_articles()
    normalizer = Normalizer()
    extract_events("گرم کردن", "گرم کردن")  # load lexicons once, outside the timing
    normalizer.normalize("گرم کردن")
    normalize("گرم کردن")
    if name == "hazm":
        result = passes(lambda text, title: normalizer.normalize(text), articles, repeat)
    elif name == "both":
        result = passes(lambda text, title: extract_events(normalize(text), normalize(title), "2021-03-10"),
                        articles, repeat)
    else:
        normalised = [(normalize(text), normalize(title)) for text, title in articles]
        result = passes(lambda text, title: extract_events(text, title, "2021-03-10"), normalised, repeat)
    print(json.dumps(result))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="steady-state passes after the first")
    parser.add_argument("--only", choices=["hazm", "extract", "both"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only:
        measure(args.only, args.repeat)
        return 0
    if not CORPUS.is_dir():
        print(f"{CORPUS} not found (the shared corpus sits beside the repository)")
        return 1
    articles = load_articles()
    if not articles:
        print(f"no articles in {CORPUS}")
        return 1
    # Each measure in a fresh process, so that every first pass meets cold caches.
    hazm, extract, both = (json.loads(subprocess.run(
        [sys.executable, __file__, "--only", name, "--repeat", str(args.repeat)],
        capture_output=True, text=True, check=True).stdout) for name in ("hazm", "extract", "both"))
    chars, n = sum(len(t) for t, _ in articles), len(articles)
    print(f"articles: {n} ({chars / n:.0f} characters on average) from {CORPUS}")
    print(f"{'ms/article':<44}{'first pass':>12}{'steady':>10}")
    for name, (first, steady) in (("hazm Normalizer.normalize", hazm),
                                  ("extract_events on normalised text", extract),
                                  ("normalize + extract_events on raw text", both)):
        print(f"{name:<44}{1000 * first / n:>12.2f}{1000 * steady / n:>10.2f}")
    for name, (first, steady) in (("extraction / hazm (target <= 3x)", extract),
                                  ("normalise + extract / hazm", both)):
        print(f"{name:<44}{first / hazm[0]:>11.2f}x{steady / hazm[1]:>9.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
