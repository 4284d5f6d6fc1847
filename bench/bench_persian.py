"""Persian text and date functions, measured side by side against hazm's own Normalizer.

Run: .venv/bin/python bench/bench_persian.py [--articles N]

Prints, for the real articles in ../shared (eval/*_articles.jsonl, corpus/text/*.jsonl):
- cost of each function as a RATIO to hazm ``Normalizer().normalize`` on the same texts in the same run;
- ZWNJ restoration quality: real ISNA text (with its ZWNJs) is stripped of ZWNJ, normalised, and
  compared token by token with hazm's normalisation of the original: precision and recall of the
  restored ZWNJ words, for hazm alone and for pipeline.normalize.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.pagedates import find_page_dates  # noqa: E402
from pipeline import normalize as N  # noqa: E402
from pipeline.events.dates import resolve_date_expressions  # noqa: E402
from rasad.persian_dates import find_date_expressions  # noqa: E402

SHARED = REPO.parent / "shared"
ZWNJ = "\u200c"


def load(n: int) -> list[dict]:
    rows = []
    for name in ("eval/dev_articles.jsonl", "eval/dev2_articles.jsonl", "corpus/text/isna_persian_sites_spiders.jsonl"):
        path = SHARED / name
        if path.exists():
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:n]


def best_times(fns: dict, texts: list[str], rounds: int = 3) -> dict[str, float]:
    """Best seconds per text for each function; the functions take turns inside every round so a
    change in machine load hits them all alike. normalize's result cache is emptied before every
    call, so nothing is measured warm."""
    best = {name: float("inf") for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            for text in texts:
                N._normalized.cache_clear()
                fn(text)
            best[name] = min(best[name], time.perf_counter() - t0)
    return {name: t / len(texts) for name, t in best.items()}


def zwnj_quality(normalise, originals: list[str], reference) -> tuple[float, float, int, int, int]:
    """(precision, recall, reference ZWNJ words, misplaced, added) for ZWNJ words restored from
    ZWNJ-stripped text. misplaced: the original had a ZWNJ elsewhere in the word (a real error);
    added: the original wrote the word joined (گفتگوها) and a ZWNJ was put in (mostly style)."""
    tp = fp = fn = misplaced = 0
    for text in originals:
        ref = reference(text).split()
        got = normalise(text.replace(ZWNJ, "")).split()
        matcher = difflib.SequenceMatcher(a=[t.replace(ZWNJ, "") for t in ref],
                                          b=[t.replace(ZWNJ, "") for t in got], autojunk=False)
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                r, g = ref[block.a + k], got[block.b + k]
                if ZWNJ in g:
                    tp += g == r
                    fp += g != r
                    misplaced += g != r and ZWNJ in r
                elif ZWNJ in r:
                    fn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, tp + fn, misplaced, fp - misplaced


def gold_dates() -> tuple[int, int, int]:
    """(reproduced, with an expression, all dated) over the labelled events of ../shared/eval: how
    often the gold date is among the resolved date expressions of the event's evidence sentence."""
    articles = {}
    for name in ("seed", "dev", "dev2"):
        path = SHARED / "eval" / f"{name}_articles.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                a = json.loads(line)
                articles[a["id"]] = a
    hit = with_expr = dated = 0
    for name in ("seed", "dev", "dev2"):
        path = SHARED / "eval" / f"{name}_gold.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            published = articles[gold["id"]].get("published")
            pub = date.fromisoformat(published[:10]) if published else None
            for event in gold["events"]:
                if not event.get("date") or not event.get("evidence"):
                    continue
                dated += 1
                resolved = resolve_date_expressions(N.normalize(event["evidence"]), pub)
                with_expr += bool(resolved)
                hit += event["date"] in {str(d) for _, d in resolved}
    return hit, with_expr, dated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds; the best one counts")
    args = parser.parse_args()
    rows = load(args.articles)
    if not rows:
        sys.exit(f"no articles under {SHARED}")
    texts = [r["text"] for r in rows]
    chars = sum(map(len, texts)) / len(texts)

    from hazm import Normalizer

    hazm_default = Normalizer()
    N.normalize("گرم کردن")  # load lexicons outside the timing
    find_date_expressions("امروز")

    pub = date(2020, 5, 27)
    baseline = "hazm Normalizer().normalize (baseline)"
    times = best_times({
        baseline: hazm_default.normalize,
        "normalize (hazm + mi guard + ZWNJ repair)": N.normalize,
        "dedup_key": N.dedup_key,
        "search_forms": N.search_forms,
        "strip_boilerplate": N.strip_boilerplate,
        "find_date_expressions + resolve": lambda t: resolve_date_expressions(t, pub),
        "find_page_dates": find_page_dates,
    }, texts, args.rounds)
    print(f"{len(texts)} articles, {chars:.0f} characters on average")
    print(f"{'function':45s} {'ms/article':>10s} {'÷ hazm':>8s}")
    for name, t in times.items():
        print(f"{name:45s} {t * 1000:10.2f} {t / times[baseline]:8.3f}")

    hit, with_expr, dated = gold_dates()
    print(f"\ngold event dates reproduced from their evidence: {hit}/{with_expr} evidence sentences with a "
          f"date expression ({dated} dated events; the rest are dated at publication by convention)")

    isna = [r["text"] for r in rows if r.get("id", "").startswith("isna")] or texts
    reference = hazm_default.normalize
    hazm_only = Normalizer(seperate_mi=False).normalize
    print(f"\nZWNJ restoration on {len(isna)} ISNA articles stripped of ZWNJ "
          "(reference: hazm's normalisation of the original)")
    for name, fn in (("hazm Normalizer(seperate_mi=False)", hazm_only), ("hazm Normalizer() default", reference),
                     ("pipeline.normalize", N.normalize)):
        p, r, n, misplaced, added = zwnj_quality(fn, isna, reference)
        print(f"{name:36s} precision {p:.3f}  recall {r:.3f}  (of {n} ZWNJ words; "
              f"{misplaced} misplaced, {added} added where the original was joined)")


if __name__ == "__main__":
    main()
