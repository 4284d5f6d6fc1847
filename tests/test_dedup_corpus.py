"""Real Fars News articles from ../shared/eval: agency rewrites of them are found, distinct ones are not linked."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from eventstore_fixtures import add_article, ensure_sites

from pipeline.normalize import normalize
from rasad.config import Settings
from rasad.schema import open_db

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
pytestmark = pytest.mark.corpus


def _articles() -> list[dict]:
    if not EVAL.is_dir():
        pytest.skip("../shared/eval is absent")
    out = []
    for name in ("seed_articles.jsonl", "dev_articles.jsonl", "dev2_articles.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            published = f"{obj['published']}T08:00:00+00:00" if obj.get("published") else None
            out.append({"site": "fars", "url": obj["url"] or obj["id"], "title": normalize(obj.get("title")),
                        "body": normalize(obj["text"]), "published": published})
    return out


def _rewrite(art: dict, rng: random.Random, near: bool) -> tuple[dict, bool]:
    """Another agency's copy: its own attribution, ZWNJs dropped, Arabic letter forms; near: a line cut.
    Returns the copy and whether a line was cut."""
    lines = art["body"].split("\n")
    cut = near and len(lines) > 6
    if cut:
        del lines[rng.randrange(1, len(lines) - 1)]
    body = "به گزارش خبرگزاری تسنیم به نقل از فارس، " + "\n".join(lines).replace("\u200c", "").replace("ی", "ي")
    return {"site": "tasnim", "url": art["url"] + "#tasnim", "title": "بازنشر: " + (art["title"] or ""),
            "body": body + "\nانتهای پیام", "published": art["published"]}, cut


def test_rewrites_found_and_distinct_articles_kept_apart(tmp_path):
    settings = Settings()
    arts = _articles()
    db = open_db(tmp_path / "t.db")
    ensure_sites(db, ["fars", "tasnim"])
    ids = {a["url"]: add_article(db, settings, a) for a in arts}
    linked = db.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    assert linked == 0, "distinct real articles were linked as duplicates"

    rng = random.Random(5)
    sample = rng.sample([a for a in arts if a["published"] and len(a["body"]) > 600], 20)
    for n, art in enumerate(sample):
        copy, cut = _rewrite(art, rng, near=n % 2 == 1)
        row = db["articles"].get(add_article(db, settings, copy))
        assert row["duplicate_of"] == ids[art["url"]], (art["url"], row["similarity"])
        assert row["duplicate_reason"] == ("near" if cut else "exact")
