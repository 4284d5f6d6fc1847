"""Issue 11's pages against Datasette's plain table page, on a generated database of 100,000
articles and 20,000 events: median time of the person page (the busiest person and a typical one),
the meeting page and the network view (persons, countries), each as a ratio to ``/rasad/events``
(goal: at most 2x).

    .venv/bin/python bench/bench_pages.py [--articles 100000] [--events 20000] [--rounds 15]

The database lives in a temporary directory removed at the end. Its full-text index is left empty
(the triggers are dropped while filling; no page timed here searches), so filling takes a minute
instead of the index's several. Pages are asked through Datasette's in-process client.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasad.schema import fts_triggers, open_db  # noqa: E402
from rasad.serve import build_datasette  # noqa: E402

COUNTRIES = ["ایران", "روسیه", "چین", "ترکیه", "عراق", "عمان", "قطر", "پاکستان", "ارمنستان", "هند",
             "ایتالیا", "ژاپن", "قزاقستان", "آلمان", "فرانسه"]
BASELINE = "/rasad/events"


def _person(rng: random.Random, n: int) -> int:
    """A person id, a few people in most events (as ministers are)."""
    return min(n, int(rng.paretovariate(1.1)))


def fill(path: Path, n_articles: int, n_events: int) -> None:
    rng = random.Random(11)
    db = open_db(path)
    for name in fts_triggers():
        db.execute(f"DROP TRIGGER IF EXISTS [{name}]")
    n_persons = max(100, n_events // 10)
    with db.atomic():
        db["sites"].insert_all([{"name": f"s{i}", "base_url": "http://127.0.0.1/"} for i in range(10)])
        db["persons"].insert_all({"id": i, "name": f"شخص {i}", "aliases": json.dumps([f"شخص {i}"]),
                                  "country": rng.choice(COUNTRIES)} for i in range(1, n_persons + 1))
        db["articles"].insert_all(({
            "id": a, "site": f"s{a % 10}", "url": f"http://127.0.0.1/news/{a}/", "canonical_url": str(a),
            "title": f"گفت‌وگوی شماره {a}", "lead": "دیدار دو وزیر",
            "body": "متن خبر درباره‌ی گفت‌وگو و همکاری‌های دوجانبه. " * 20,
            "published": f"2025-{a % 12 + 1:02d}-{a % 28 + 1:02d}T08:00:00+00:00",
            "fetched": "2026-01-01T00:00:00+00:00"} for a in range(1, n_articles + 1)), batch_size=2000)
        events, people, mentions = [], [], []
        for e in range(1, n_events + 1):
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            events.append({"id": e, "type": rng.choice(["meeting", "phone_call", "video_call"]), "cameo": "040",
                           "date": f"2025-{month:02d}-{day:02d}", "date_jalali": f"1404-{month:02d}-{day:02d}",
                           "label": f"رویداد {e}", "n_mentions": 2, "n_sources": 2,
                           "first_seen": "2026-01-01T00:00:00+00:00"})
            pair = {_person(rng, n_persons)}
            while len(pair) < 2:
                pair.add(rng.randint(1, n_persons))
            people += [{"event_id": e, "person_id": p, "name": f"شخص {p}", "country": COUNTRIES[p % len(COUNTRIES)]}
                       for p in pair]
            for article in rng.sample(range(1, n_articles + 1), 2):
                mentions.append({"event_id": e, "article_id": article, "site": f"s{article % 10}",
                                 "url": f"http://127.0.0.1/news/{article}/", "evidence": "دیدار دو وزیر"})
        db["events"].insert_all(events, batch_size=2000)
        db["event_participants"].insert_all(people, batch_size=2000)
        db["event_mentions"].insert_all(mentions, batch_size=2000)
    db.conn.close()


async def timed(ds, path: str, rounds: int) -> float:
    """Median seconds of *rounds* answers to *path* (after one warm-up); each must be 200."""
    times = []
    for _ in range(rounds + 1):
        start = time.perf_counter()
        r = await ds.client.get(path)
        times.append(time.perf_counter() - start)
        assert r.status_code == 200, (path, r.status_code)
    return statistics.median(times[1:])


def pages(path: Path) -> dict[str, str]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        busiest = conn.execute("SELECT person_id FROM event_participants GROUP BY person_id "
                               "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        counts = sorted(r[0] for r in conn.execute("SELECT count(*) FROM event_participants GROUP BY person_id"))
        typical = conn.execute("SELECT person_id FROM event_participants GROUP BY person_id "
                               "HAVING count(*) = ? LIMIT 1", [counts[len(counts) // 2]]).fetchone()[0]
        n_busiest = counts[-1]
    return {
        f"person page, busiest person ({n_busiest} events)": f"/-/person/{busiest}",
        f"person page, typical person ({counts[len(counts) // 2]} events)": f"/-/person/{typical}",
        "meeting page": "/-/meeting/10000",
        "network, persons, all dates": "/-/network",
        "network, countries, all dates": "/-/network?by=country",
        "network, persons, 3 months": "/-/network?start=1404-01-01&end=1404-03-31",
        "meetings view (facets over 20,000 events)": "/rasad/meetings",
        "meetings view, Persian search": "/rasad/meetings?" + urlencode({"_fa": "رويداد 1234"}),
        "plain table page /rasad/articles": "/rasad/articles",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rasad-bench-pages-") as tmp:
        path = Path(tmp) / "rasad.db"
        started = time.perf_counter()
        fill(path, args.articles, args.events)
        print(f"generated {args.articles:,} articles, {args.events:,} events in "
              f"{time.perf_counter() - started:.0f} s")
        ds = build_datasette(path)

        async def run():
            base = await timed(ds, BASELINE, args.rounds)
            print(f"{'page':<50} {'median ms':>10} {'ratio':>7}")
            print(f"{'plain table page ' + BASELINE + ' (baseline)':<50} {base * 1000:>10.1f} {1:>7.2f}")
            for label, url in pages(path).items():
                t = await timed(ds, url, args.rounds)
                print(f"{label:<50} {t * 1000:>10.1f} {t / base:>7.2f}")

        asyncio.run(run())


if __name__ == "__main__":
    main()
