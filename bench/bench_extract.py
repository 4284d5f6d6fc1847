"""Extraction time per article next to hazm's Normalizer alone, on the same texts in the same run.

    .venv/bin/python bench/bench_extract.py [--repeat N]

Reads every article in ../shared/corpus/text/*.jsonl (skips with a message when it is absent) and
prints per-article milliseconds for both and their ratio (target: extraction <= 3x the normaliser).
"""

from __future__ import annotations

import argparse
import json
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


def timed(fn, articles, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text, title in articles:
            fn(text, title)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest counts")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} not found (the shared corpus sits beside the repository)")
        return 0
    articles = load_articles()
    if not articles:
        print(f"skipped: no articles in {CORPUS}")
        return 0

    from hazm import Normalizer

    from pipeline.events import extract_events

    normalizer = Normalizer()
    extract_events("گرم کردن", "گرم کردن")  # load lexicons once, outside the timing
    normalizer.normalize("گرم کردن")

    t_norm = timed(lambda text, title: normalizer.normalize(text), articles, args.repeat)
    t_extract = timed(lambda text, title: extract_events(text, title, "2021-03-10"), articles, args.repeat)
    events = sum(len(extract_events(text, title, "2021-03-10")) for text, title in articles)
    chars = sum(len(t) for t, _ in articles)
    n = len(articles)
    print(f"articles: {n} ({chars / n:.0f} characters on average) from {CORPUS}")
    print(f"hazm Normalizer.normalize : {1000 * t_norm / n:8.2f} ms/article")
    print(f"extract_events            : {1000 * t_extract / n:8.2f} ms/article  ({events} events)")
    print(f"ratio extraction/normaliser: {t_extract / t_norm:.2f}x (target <= 3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
