"""Events found in unlabelled text, for judging precision by hand against GUIDE.md.

    python bench/eval/unseen.py [--sample N] [--seed S] > events.txt

Reads ../shared/corpus/text/arman_ner_sentences.jsonl and the Fars News and ISNA articles
(fars_news_language-ml.jsonl, isna_persian_sites_spiders.jsonl, each text once) that are in no labelled set of
../shared/eval and no corpus label set tuned on (corpus_labels/farsA, isna, armanA); prints every event found
(or a random sample of N, by seed), one block each: id, type, date, place, participants, evidence.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _labelled() -> set[str]:
    """Ids of ../shared/eval's labelled sets and of the corpus labels tuned on (corpus_labels: farsA, isna, armanA)."""
    ids = set()
    for path in (SHARED / "eval").glob("*_articles.jsonl"):
        ids.update(json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip())
    for name in ("farsA", "isna", "armanA"):
        path = Path(__file__).resolve().parent / "corpus_labels" / f"{name}_gold.jsonl"
        ids.update(json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip())
    return ids


def unseen_articles() -> list[dict]:
    """Arman NER sentences, Fars and ISNA articles in no labelled set tuned on, in file order (ISNA copies of one
    text once)."""
    labelled = _labelled()
    text = SHARED / "corpus" / "text"
    rows = [a for f in ("arman_ner_sentences", "fars_news_language-ml", "isna_persian_sites_spiders")
            for a in map(json.loads, (text / f"{f}.jsonl").open(encoding="utf-8"))]
    seen: set[str] = set()
    out = []
    for a in rows:
        if a["id"] not in labelled and (a.get("text") or "") not in seen:
            seen.add(a.get("text") or "")
            out.append(a)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    from pipeline.events import extract_events

    found = []
    for a in unseen_articles():
        for e in extract_events(a.get("text") or "", a.get("title"), a.get("published")):
            found.append((a["id"], e))
    if args.sample:
        found = random.Random(args.seed).sample(found, min(args.sample, len(found)))
    for n, (aid, e) in enumerate(found, 1):
        people = " | ".join(p["name"] + (f" ({p['title']})" if p["title"] and p["title"] != p["name"] else "")
                            for p in e["participants"])
        print(f"[{n}] {aid} {e['type']} date={e['date']} place={e['location']}\n    {people}\n    {e['evidence'][:300]}\n")
    print(f"{len(found)} events")


if __name__ == "__main__":
    main()
