"""Search benchmark: rasad's Persian full-text index against a plain LIKE scan, and the time the
index triggers add to storing an article next to storing it without them, side by side in one run.

    .venv/bin/python bench/bench_search.py [--articles 2000]

Articles come from rasad.demo.generate; a third are stored with every ZWNJ stripped and a sixth
with Arabic ي/ك, as real agencies publish them. For each query word (typed with its ZWNJ, as an
analyst would), "found" is measured against a folding oracle (ZWNJ removed, ي/ك unified). A query
that matches nothing would say nothing about recall: it is listed and the benchmark exits 1.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.normalize import normalize  # noqa: E402
from rasad.demo.generate import generated_articles  # noqa: E402
from rasad.fts import fts_query  # noqa: E402
from rasad.schema import fts_triggers, open_db  # noqa: E402

ZWNJ = "\u200c"
FOLD = str.maketrans({"ي": "ی", "ك": "ک", ZWNJ: None})
QUERIES = ["گفت‌وگو", "همکاری‌های", "بین‌المللی", "نیک‌نام", "می‌تواند", "بهره‌برداری", "اسلام‌آباد"]


def fill(db, n: int) -> None:
    db["sites"].insert({"name": "pegah", "base_url": "http://127.0.0.1/"}, replace=True)
    rows = []
    for i, a in enumerate(generated_articles(n, seed=7)):
        title, lead, body = normalize(a.title), normalize(a.lead), normalize("\n".join(a.body))
        if i % 3 == 1:
            title, lead, body = (t.replace(ZWNJ, "") for t in (title, lead, body))
        if i % 6 == 2:
            title, lead, body = (t.replace("ی", "ي").replace("ک", "ك") for t in (title, lead, body))
        rows.append({"id": i + 1, "site": "pegah", "url": f"http://127.0.0.1/{i}",
                     "canonical_url": f"127.0.0.1/{i}", "title": title, "lead": lead, "body": body,
                     "fetched": "2026-11-29T00:00:00+00:00"})
    with db.atomic():
        db["articles"].insert_all(rows, batch_size=500)


def oracle(db, word: str) -> set[int]:
    key = word.translate(FOLD)
    return {r[0] for r in db.execute("select id, title, lead, body from articles")
            if any(key in re.findall(r"\w+", (t or "").translate(FOLD)) for t in r[1:])}


def timed(fn, repeat: int = 5):
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    normalize("گرم")  # load hazm and the lexicon outside the measurements
    with tempfile.TemporaryDirectory() as tmp:
        bare = open_db(Path(tmp) / "bare.db")
        for name in fts_triggers():
            bare.execute(f"DROP TRIGGER [{name}]")
        t = time.perf_counter()
        fill(bare, args.articles)
        without = time.perf_counter() - t
        bare.conn.close()
        db = open_db(Path(tmp) / "rasad.db")
        t = time.perf_counter()
        fill(db, args.articles)
        indexed = time.perf_counter() - t
        print(f"articles: {args.articles}; stored with the index triggers in {indexed:.2f} s, "
              f"without in {without:.2f} s: the index adds "
              f"{(indexed - without) / args.articles * 1000:.2f} ms/article")
        print(f"{'query':<14}{'oracle':>8}{'fts found':>11}{'like found':>12}{'fts ms':>9}{'like ms':>9}"
              f"{'like/fts time':>15}")
        recalls_fts, recalls_like, speedups, empty = [], [], [], []
        for q in QUERIES:
            expected = oracle(db, q)
            if not expected:
                print(f"{q:<14}{0:>8}  matches nothing in these articles: no recall to measure")
                empty.append(q)
                continue
            fts_t, fts_rows = timed(lambda: {r[0] for r in db.execute(
                "select rowid from articles_fts where articles_fts match ?", [fts_query(q)])})
            like_t, like_rows = timed(lambda: {r[0] for r in db.execute(
                "select id from articles where title like ?1 or lead like ?1 or body like ?1", [f"%{q}%"])})
            recalls_fts.append(len(fts_rows & expected) / len(expected))
            recalls_like.append(len(like_rows & expected) / len(expected))
            speedups.append(like_t / fts_t)
            print(f"{q:<14}{len(expected):>8}{len(fts_rows & expected):>11}{len(like_rows & expected):>12}"
                  f"{fts_t * 1000:>9.2f}{like_t * 1000:>9.2f}{like_t / fts_t:>14.1f}x")
        print(f"recall: fts {statistics.mean(recalls_fts):.2f}, like {statistics.mean(recalls_like):.2f} "
              f"(fts/like = {statistics.mean(recalls_fts) / statistics.mean(recalls_like):.2f}x); "
              f"like/fts time, median {statistics.median(speedups):.1f}x")
        db.conn.close()
    if empty:
        sys.exit(f"{len(empty)} of {len(QUERIES)} queries match nothing: {', '.join(empty)}")


if __name__ == "__main__":
    main()
