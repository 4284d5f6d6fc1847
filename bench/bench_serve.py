"""Datasette while the daemon writes: page latency with a writer storing articles next to the same
pages with no writer, in one run; every answer must be 200 and nothing "database is locked". Also
the time from an article's commit until Datasette's search finds it (target: under 2 s at 20/s).

    .venv/bin/python bench/bench_serve.py [--events 20000] [--rounds 15] [--rate 20]

The database is synthetic (persons, events with two participants each, mentions, articles) so
the facet and chart queries run at a realistic size; the writer is another process committing one
article per transaction at a crawler's pace (the schema's triggers index it in that transaction).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasad.schema import open_db  # noqa: E402
from rasad.serve import build_datasette, prepare_database  # noqa: E402

COUNTRIES = ["ایران", "روسیه", "چین", "ترکیه", "عراق", "عمان", "قطر", "پاکستان", "ارمنستان", "هند"]
PAGES = [
    "/rasad/meetings.json?_size=50",
    "/-/dashboard",
    "/rasad/news.json?_search=گفتوگو",
    "/rasad/person_meetings.json?person=شخص 12",
    "/rasad/country_meetings.json?country_a=ایران&country_b=چین",
    "/rasad/meetings_in_range.json?start=1404-01-01&end=1404-03-01",
    "/rasad/top_pairs.json",
]


def fill(path: Path, n_events: int) -> None:
    rng = random.Random(3)
    db = open_db(path)
    n_persons = max(50, n_events // 10)
    with db.atomic():
        db["sites"].insert_all([{"name": f"s{i}", "base_url": "http://127.0.0.1/"} for i in range(10)])
        db["persons"].insert_all({"id": i, "name": f"شخص {i}", "aliases": json.dumps([f"شخص {i}"]),
                                  "country": rng.choice(COUNTRIES)} for i in range(1, n_persons + 1))
        events, people, mentions, articles = [], [], [], []
        for e in range(1, n_events + 1):
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            events.append({"id": e, "type": rng.choice(["meeting", "phone_call", "video_call"]),
                           "date": f"2025-{month:02d}-{day:02d}", "date_jalali": f"1404-{month:02d}-{day:02d}",
                           "label": f"رویداد {e}", "first_seen": "2026-01-01T00:00:00+00:00"})
            for pid in rng.sample(range(1, n_persons + 1), 2):
                people.append({"event_id": e, "person_id": pid, "name": f"شخص {pid}",
                               "country": rng.choice(COUNTRIES)})
            articles.append({"id": e, "site": f"s{e % 10}", "url": f"http://127.0.0.1/{e}",
                             "canonical_url": str(e), "title": f"گفت‌وگوی شماره {e}",
                             "body": "متن خبر درباره‌ی گفت‌وگو و همکاری‌های دوجانبه " * 20,
                             "fetched": "2026-01-01T00:00:00+00:00"})
            mentions.append({"id": e, "event_id": e, "article_id": e, "site": f"s{e % 10}"})
        db["events"].insert_all(events, batch_size=1000)
        db["event_participants"].insert_all(people, batch_size=1000)
        db["articles"].insert_all(articles, batch_size=1000)
        db["event_mentions"].insert_all(mentions, batch_size=1000)
    db.conn.close()


# The daemon's side: another process storing one article per transaction at a crawler's pace;
# each title holds a word of its own (code(i)); prints "i monotonic-time" after each commit.
WRITER = """
import sys, time
from rasad.schema import open_db
db = open_db(sys.argv[1]); pause = 1 / float(sys.argv[2]); i = 0
letters = dict(zip("0123456789", "ابپتثجچحخد"))
while True:
    i += 1
    code = "کد" + "".join(letters[c] + "ر" for c in str(i))
    with db.atomic():
        db["articles"].insert({"site": "s1", "url": f"http://127.0.0.1/new/{i}",
            "canonical_url": f"new/{i}", "title": f"خبر تازه {code}", "body": "متن تازه " * 300,
            "fetched": "2026-01-01T00:00:00+00:00"})
    print(i, time.monotonic(), flush=True)
    time.sleep(pause)
"""
LETTERS = dict(zip("0123456789", "ابپتثجچحخد"))


def code(i: int) -> str:
    return "کد" + "".join(LETTERS[c] + "ر" for c in str(i))


def _count(path: Path) -> int:
    db = open_db(path)
    try:
        return db["articles"].count
    finally:
        db.conn.close()


async def catch_up(ds, commits: dict[int, float]) -> tuple[float, float] | None:
    """For the latest committed article: (seconds from its commit until a search listed it,
    seconds of that spent searching); None before the first commit."""
    if not commits:
        return None
    last = max(commits)
    begun = time.monotonic()
    while True:
        r = await ds.client.get("/rasad/search_articles.json", params={"q": code(last), "_shape": "array"})
        if r.status_code == 200 and r.json():
            now = time.monotonic()
            return now - commits[last], now - begun
        await asyncio.sleep(0.01)


async def measure(ds, rounds: int, commits: dict[int, float] | None = None):
    """Page times and statuses over *rounds*; with a writer's *commits*, a search catch-up
    probe after every page."""
    times, statuses, lags = [], [], []
    for _ in range(rounds):
        for page in PAGES:
            t = time.perf_counter()
            r = await ds.client.get(page)
            times.append(time.perf_counter() - t)
            statuses.append(r.status_code)
            if commits is not None and (lag := await catch_up(ds, commits)) is not None:
                lags.append(lag)
    return times, statuses, lags


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--rate", type=float, default=20, help="articles a second the writer stores")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rasad.db"
        fill(path, args.events)
        prepare_database(path)
        ds = build_datasette(path)
        asyncio.run(measure(ds, 1))  # warm caches

        idle, idle_status, _ = asyncio.run(measure(ds, args.rounds))

        before = _count(path)
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(args.rate)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        commits: dict[int, float] = {}
        reader = threading.Thread(target=lambda: commits.update(
            (int(i), float(t)) for i, t in (line.split() for line in writer.stdout)), daemon=True)
        reader.start()
        busy, busy_status, lags = asyncio.run(measure(ds, args.rounds, commits))
        writer.terminate()
        writer_err = writer.stderr.read()
        writer.wait(timeout=30)
        written = _count(path) - before

    bad = [s for s in idle_status + busy_status if s != 200]
    print(f"events: {args.events}; pages: {len(PAGES)} x {args.rounds} rounds each way")
    print(f"median page: idle {statistics.median(idle) * 1000:.1f} ms, with a writer "
          f"{statistics.median(busy) * 1000:.1f} ms -> busy/idle = {statistics.median(busy) / statistics.median(idle):.2f}x")
    print(f"p95 page: idle {sorted(idle)[int(len(idle) * 0.95)] * 1000:.0f} ms, with a writer "
          f"{sorted(busy)[int(len(busy) * 0.95)] * 1000:.0f} ms")
    if lags:
        since = [a for a, _ in lags]
        searching = [b for _, b in lags]
        print(f"search lists a newly stored article {statistics.median(since) * 1000:.0f} ms after its "
              f"commit (median of {len(lags)} probes, max {max(since) * 1000:.0f} ms; target under 2 s; "
              f"includes waiting for the page before the probe); the probe's own searching: median "
              f"{statistics.median(searching) * 1000:.0f} ms, max {max(searching) * 1000:.0f} ms")
    locked = "locked" in writer_err
    print(f"writer process stored {written} articles meanwhile (one per transaction, about "
          f"{args.rate}/s); 'database is locked' in the writer: {locked}; non-200 answers: {len(bad)}")
    if locked or bad:
        print("statuses:", sorted(set(bad)), writer_err[-500:])
        sys.exit(1)


if __name__ == "__main__":
    main()
