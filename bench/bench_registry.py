"""Benchmark: does naming a role-only participant cost the same with 100,000 persons and 1,000,000
articles in the store as with 1,000 of each?

Two stores are built side by side under a temporary directory: small (1,000 persons, 1,000 articles)
and large (``--persons``, ``--articles``), bulk-loaded: every person holds one of 2,000 offices
(a learned office_holders row and its sightings), every article has one role-only mention indexed in
mention_roles. Then the same ``--new`` articles, each reporting a call between a named minister and a
role-only one («وزیر امور خارجه کشور N»), go through the real path (insert +
pipeline.event_store.store_events: registry learning, resolution, late resolution, regrouping), one
transaction each. Printed: time per event on each store and their ratio (target <= 1.5), and how many
role-only participants were named on each (they must be equal).

    .venv/bin/python bench/bench_registry.py [--persons 100000] [--articles 1000000] [--new 300] [--dir /tmp]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.event_store import store_events  # noqa: E402
from rasad.config import Settings  # noqa: E402
from rasad.schema import open_db  # noqa: E402

OFFICES = 2000
START = date(2016, 1, 1)
WARM = 5  # first events load the lexicons and the seed: not timed


def _office(n: int) -> str:
    return f"وزیر خارج / کشور{n % OFFICES}"


def build(path: Path, persons: int, articles: int) -> None:
    """A store of *persons* office holders and *articles* articles with one role-only mention each."""
    db = open_db(path)
    with db.atomic():
        db["sites"].insert({"name": "bench", "enabled": 1})
        db.conn.executemany("INSERT INTO persons (id, name, aliases, key) VALUES (?, ?, '[]', ?)",
                       ((i, f"شخص{i} نام{i}", f"شخص{i}نام{i}") for i in range(1, persons + 1)))
        db.conn.executemany("INSERT INTO person_tokens (token, person_id) VALUES (?, ?)",
                       ((t, i) for i in range(1, persons + 1) for t in (f"شخص{i}", f"نام{i}")))
        db.conn.executemany(
            "INSERT INTO articles (id, site, url, canonical_url, published, fetched) VALUES (?, 'bench', ?, ?, ?, ?)",
            ((i, f"https://b.example/{i}", f"https://b.example/{i}", f"{_day(i)}T08:00:00+00:00",
              f"{_day(i)}T08:00:00+00:00") for i in range(1, articles + 1)))
        db.conn.executemany("INSERT INTO office_sightings (article_id, person_id, office_key, title, day) VALUES (?, ?, ?, ?, ?)",
                       ((1 + i % articles, i, _office(i), "وزیر امور خارجه", _day(i)) for i in range(1, persons + 1)))
        db.conn.executemany(
            "INSERT INTO office_holders (person_id, name, office_key, country, title, source, first_seen, last_seen,"
            " n_articles, first_article_id, provenance) VALUES (?, ?, ?, ?, 'وزیر امور خارجه', 'article', ?, ?, 1, ?, ?)",
            ((i, f"شخص{i} نام{i}", _office(i), f"کشور{i % OFFICES}", _day(i), _day(i), 1 + i % articles,
              f"article {1 + i % articles}") for i in range(1, persons + 1)))
        db.conn.executemany("INSERT INTO mention_roles (mention_id, article_id, office_key, day) VALUES (?, ?, ?, ?)",
                       ((i, i, _office(i * 7), _day(i)) for i in range(1, articles + 1)))
    db.conn.close()


def _day(i: int) -> str:
    return (START + timedelta(days=i % 3000)).isoformat()


def run(path: Path, new: int, articles: int) -> tuple[float, int]:
    """Store *new* articles with one role-only call each; seconds per event and participants named."""
    db, settings = open_db(path), Settings()
    elapsed = 0.0
    for n in range(new):
        day = "2030-01-%02d" % (1 + n % 28)
        role = {"name": "وزیر امور خارجه ایران", "title": "وزیر امور خارجه ایران", "country": "ایران"}
        other = {"name": f"میهمان{n} خارجی{n}", "title": "سفیر", "country": None}
        event = {"type": "phone_call", "date": day, "participants": [role, other], "evidence": "تماس"}
        t = time.perf_counter()
        with db.atomic():
            aid = db["articles"].insert({"site": "bench", "url": f"https://n.example/{n}", "canonical_url":
                                         f"https://n.example/{n}", "published": f"{day}T08:00:00+00:00",
                                         "fetched": f"{day}T08:00:00+00:00",
                                         "body": f"علی رضایی{n % 3} وزیر امور خارجه کشورمان گفت."}).last_pk
            store_events(db, aid, [event], settings)
        elapsed += (time.perf_counter() - t) if n >= WARM else 0.0
    named = db.execute("SELECT count(*) FROM event_participants WHERE resolved_by IS NOT NULL").fetchone()[0]
    return elapsed / (new - WARM), named


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--persons", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--new", type=int, default=300)
    ap.add_argument("--dir", default=tempfile.gettempdir())
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="rasad-bench-registry-", dir=args.dir))
    try:
        results = {}
        for label, persons, articles in (("small", 1000, 1000), ("large", args.persons, args.articles)):
            t = time.perf_counter()
            build(tmp / f"{label}.db", persons, articles)
            print(f"{label}: {persons:,} persons, {articles:,} articles built in {time.perf_counter() - t:.0f} s")
            results[label] = run(tmp / f"{label}.db", args.new, articles)
            print(f"{label}: {results[label][0] * 1000:.2f} ms per event, {results[label][1]} role-only participants named")
        ratio = results["large"][0] / results["small"][0]
        print(f"ratio large/small: {ratio:.2f} (target <= 1.5); named equal: {results['large'][1] == results['small'][1]}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
