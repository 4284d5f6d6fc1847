"""Datasette while the daemon writes: page latency with a writer storing articles next to the same
pages with no writer, in one run; every answer must be 200 and nothing "database is locked".

    .venv/bin/python bench/bench_serve.py [--events 20000] [--rounds 15]

The database is synthetic (persons, events with two participants each, mentions, articles) so
the facet and chart queries run at a realistic size; the writer is another process committing one
article per transaction at a crawler's pace, and the index refresher re-indexes what it wrote.
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


# The daemon's side: another process storing one article per transaction at a crawler's pace.
WRITER = """
import sys, time
from rasad.schema import open_db
db = open_db(sys.argv[1]); pause = 1 / float(sys.argv[2]); i = 0
while True:
    i += 1
    with db.atomic():
        db["articles"].insert({"site": "s1", "url": f"http://127.0.0.1/new/{i}",
            "canonical_url": f"new/{i}", "title": f"خبر تازه {i}", "body": "متن تازه " * 300,
            "fetched": "2026-01-01T00:00:00+00:00"})
    time.sleep(pause)
"""


def _count(path: Path) -> int:
    db = open_db(path)
    try:
        return db["articles"].count
    finally:
        db.conn.close()


async def measure(ds, rounds: int) -> tuple[list[float], list[int]]:
    times, statuses = [], []
    for _ in range(rounds):
        for page in PAGES:
            t = time.perf_counter()
            r = await ds.client.get(page)
            times.append(time.perf_counter() - t)
            statuses.append(r.status_code)
    return times, statuses


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
        ds = build_datasette(path, fts_refresh_seconds=1)
        asyncio.run(measure(ds, 1))  # warm caches

        idle, idle_status = asyncio.run(measure(ds, args.rounds))

        before = _count(path)
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(args.rate)],
                                  stderr=subprocess.PIPE, text=True)
        busy, busy_status = asyncio.run(measure(ds, args.rounds))
        writer.terminate()
        _, writer_err = writer.communicate(timeout=30)
        written = _count(path) - before

    bad = [s for s in idle_status + busy_status if s != 200]
    print(f"events: {args.events}; pages: {len(PAGES)} x {args.rounds} rounds each way")
    print(f"median page: idle {statistics.median(idle) * 1000:.1f} ms, with a writer "
          f"{statistics.median(busy) * 1000:.1f} ms -> busy/idle = {statistics.median(busy) / statistics.median(idle):.2f}x")
    print(f"p95 page: idle {sorted(idle)[int(len(idle) * 0.95)] * 1000:.0f} ms, with a writer "
          f"{sorted(busy)[int(len(busy) * 0.95)] * 1000:.0f} ms")
    locked = "locked" in writer_err
    print(f"writer process stored {written} articles meanwhile (one per transaction, about "
          f"{args.rate}/s); 'database is locked' in the writer: {locked}; non-200 answers: {len(bad)}")
    if locked or bad:
        print("statuses:", sorted(set(bad)), writer_err[-500:])
        sys.exit(1)


if __name__ == "__main__":
    main()
