"""How many role-only participants the registry names on every labelled set, and how many rightly.

Stores every dev and dev3 article (../shared/eval) with the extractor's events through the real store
(registry learning from every apposition, the seed, resolution), then reports:

- gold role-only participants (gold name == title): how many the registry names at the gold event's
  date (or the article's publication day), listed for checking by hand;
- the store's named role-only participants: whether the gold lists that person for the article
  (rasad.persian.same_person); where the article never names the holder (GUIDE.md keeps the role) the
  line says so, to be judged by hand against who held the office on that day.

    .venv/bin/python bench/eval/registry_precision.py [--eval ../shared/eval]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipeline import registry  # noqa: E402
from pipeline.event_store import store_events  # noqa: E402
from pipeline.events import extract_events  # noqa: E402
from pipeline.rows import DictRows  # noqa: E402
from rasad.config import Settings  # noqa: E402
from rasad.persian import same_person  # noqa: E402
from rasad.schema import open_db  # noqa: E402

SETS = ("seed", "dev", "dev2", "dev3")


def _load(folder: Path):
    arts, gold = {}, {}
    for name in SETS:
        arts.update({a["id"]: a for a in map(json.loads, (folder / f"{name}_articles.jsonl").open())})
        gold.update({g["id"]: g["events"] for g in map(json.loads, (folder / f"{name}_gold.jsonl").open())})
    return arts, gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parents[3] / "shared" / "eval"))
    arts, gold = _load(Path(ap.parse_args().eval))
    db = open_db(Path(tempfile.mkdtemp()) / "eval.db")
    settings, ids = Settings(), {}
    db["sites"].insert({"name": "eval"})
    for aid, a in arts.items():
        with db.atomic():
            ids[aid] = db["articles"].insert({"site": "eval", "url": aid, "canonical_url": aid, "fetched": "x",
                                              "published": a.get("published"), "title": a.get("title"),
                                              "body": a["text"]}).last_pk
            store_events(db, ids[aid], extract_events(a["text"], a.get("title"), a.get("published")), settings)
    conn = DictRows(db.conn)
    roles = named = 0
    for aid, events in gold.items():
        for e in events:
            for p in e["participants"]:
                if p["title"] and p["name"] == p["title"]:
                    roles += 1
                    day = registry.day_of(e["date"] or arts[aid].get("published"))
                    found = registry.resolve(conn, p, [], day)
                    named += bool(found and "name" in found)
                    print(f"gold role {aid} {day}: {p['name']} -> {found and found.get('name')}")
    print(f"gold role-only participants: {roles}; named by the registry: {named}")
    right = total = 0
    for r in db.query("SELECT a.url, ep.name, ep.role_as_written FROM event_participants ep JOIN event_mentions m"
                      " ON m.event_id = ep.event_id JOIN articles a ON a.id = m.article_id WHERE ep.resolved_by IS NOT NULL"):
        names = [p["name"] for e in gold.get(r["url"], []) for p in e["participants"]]
        ok = any(same_person(r["name"], n) for n in names)
        total, right = total + 1, right + ok
        verdict = "the gold names him" if ok else "the article does not name him: check by hand"
        print(f"store named {r['url']}: {r['role_as_written']} -> {r['name']} ({verdict})")
    print(f"role-only participants the store named: {total}; named so by the article's gold: {right}"
          f" (the others are roles the article leaves unnamed: judge them against who held the office then)")


if __name__ == "__main__":
    main()
