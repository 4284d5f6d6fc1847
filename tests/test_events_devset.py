"""Optional tier on the labelled articles in ../shared/eval (skipped when that folder is absent)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.events import extract_events
from pipeline.normalize import normalize

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
pytestmark = pytest.mark.skipif(not (EVAL / "score_events.py").is_file(), reason=f"{EVAL} not found")


def _read(name: str) -> list[dict]:
    return [json.loads(line) for line in (EVAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _scorer():
    spec = importlib.util.spec_from_file_location("score_events", EVAL / "score_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(articles: list[dict]) -> dict[str, list[dict]]:
    return {a["id"]: extract_events(a["text"], a.get("title"), a.get("published")) for a in articles}


def test_seed_article_all_five_events_with_types_participants_and_the_full_date():
    scorer = _scorer()
    (article,) = _read("seed_articles.jsonl")
    (gold,) = _read("seed_gold.jsonl")
    predicted = extract_events(article["text"], article["title"], article["published"])
    result, misses = scorer.score({gold["id"]: gold["events"]}, {gold["id"]: predicted})
    assert result["recall"] == 1.0 and result["precision"] == 1.0, misses
    assert result["date_accuracy"] == 1.0  # پنجم خرداد ۱۳۹۸ -> 2019-05-26
    for event in predicted:
        a, b = event["span"]
        assert article["text"][a:b] == event["evidence"]


def test_dev_set_stays_above_the_floor():
    scorer = _scorer()
    names = ("seed", "dev", "dev2")
    articles = [a for n in names for a in _read(f"{n}_articles.jsonl")]
    gold = {g["id"]: g["events"] for n in names for g in _read(f"{n}_gold.jsonl")}
    result, _ = scorer.score(gold, _predict(articles))
    # a regression guard below the measured figures (F1 0.85, dates 1.0 at the time of writing)
    assert result["f1"] >= 0.80, result
    assert result["date_accuracy"] >= 0.90, result


def test_dev_set_through_the_normaliser_scores_the_same():
    """The crawler hands over normalised text (Persian digits, ZWNJs restored): same events."""
    scorer = _scorer()
    names = ("seed", "dev", "dev2")
    articles = [a for n in names for a in _read(f"{n}_articles.jsonl")]
    gold = {g["id"]: g["events"] for n in names for g in _read(f"{n}_gold.jsonl")}
    raw, _ = scorer.score(gold, _predict(articles))
    normalised = [{**a, "text": normalize(a["text"]) or "", "title": normalize(a["title"]) if a["title"] else None}
                  for a in articles]
    through, _ = scorer.score(gold, _predict(normalised))
    assert through["f1"] >= raw["f1"] - 0.02, (raw, through)
