"""`rasad reprocess`: articles rebuilt from their stored HTML; a second run changes nothing."""

from __future__ import annotations

import zlib
from datetime import datetime, timezone

from click.testing import CliRunner
from eventstore_fixtures import snapshot, three_agencies

from pipeline.normalize import normalize
from pipeline.store import save_article
from rasad.cli import cli
from rasad.config import Settings
from rasad.schema import open_db


def _html(art: dict) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in art["body"].split("\n"))
    return (f'<html><head><meta charset="utf-8"><title>{art["title"]}</title>'
            f'<meta property="article:published_time" content="{art["published"]}"></head><body>'
            f'<nav><a href="/">خانه</a></nav><article><h1>{art["title"]}</h1><p class="lead">{art["lead"]}</p>'
            f"{paragraphs}</article><footer>کلیه حقوق محفوظ است</footer></body></html>").encode("utf-8")


def _store_stale(db, art: dict) -> int:
    """An article stored by a crawl whose extractor found only the title (no body, no events)."""
    item = {"site": art["site"], "url": art["url"], "canonical_url": art["url"], "urls": [],
            "html": _html(art), "encoding": "utf-8", "content_type": "text/html",
            "title_raw": art["title"], "title": normalize(art["title"]),
            "published": datetime.fromisoformat(art["published"]), "published_source": "feed",
            "fetched": datetime(2020, 5, 11, 12, tzinfo=timezone.utc), "events": []}
    return save_article(db, item, Settings())


def _setup(tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text("database: rasad.db\nsites: []\n", encoding="utf-8")
    db = open_db(tmp_path / "rasad.db")
    arts = three_agencies()[:2]
    ids = [_store_stale(db, art) for art in arts]
    return cfg, db, arts, ids


def _counts(db):
    return {t: db[t].count for t in ("articles", "events", "event_mentions", "event_participants", "persons",
                                     "minhash_bands", "minhash_signatures")}


def test_reprocess_rebuilds_articles_and_is_idempotent(tmp_path):
    cfg, db, arts, ids = _setup(tmp_path)
    assert db["event_mentions"].count == 0
    assert db.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0] == 0

    result = CliRunner().invoke(cli, ["reprocess", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    assert "2 articles reprocessed, 0 failed" in result.output
    row = db["articles"].get(ids[0])
    assert row["body"] and "ورشنین" in row["body"] and row["content_hash"]
    tasnim = db["articles"].get(ids[1])
    assert (tasnim["duplicate_of"], tasnim["duplicate_reason"]) == (ids[0], "exact")
    assert db.execute("SELECT count(DISTINCT article_id) FROM event_mentions").fetchone()[0] == 2
    first, counts = snapshot(db), _counts(db)

    result = CliRunner().invoke(cli, ["reprocess", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    assert snapshot(db) == first and _counts(db) == counts


def test_one_broken_article_stops_nothing(tmp_path, caplog):
    cfg, db, arts, ids = _setup(tmp_path)
    with db.atomic():
        db["article_html"].update(ids[0], {"html_zlib": zlib.compress(b"x")[:5]})
    result = CliRunner().invoke(cli, ["reprocess", "--config", str(cfg)])
    assert result.exit_code == 1
    assert "1 articles reprocessed, 1 failed" in result.output
    [error] = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert arts[0]["url"] in error and "not reprocessed" in error
    assert db["articles"].get(ids[0])["body"] is None          # untouched, not half-written
    assert db["articles"].get(ids[1])["body"]


def test_orphan_persons_dropped_and_fresh_rebuild_gives_the_same_tables(tmp_path):
    cfg, db, arts, ids = _setup(tmp_path)
    assert CliRunner().invoke(cli, ["reprocess", "--config", str(cfg)]).exit_code == 0
    first, counts = snapshot(db), _counts(db)
    with db.atomic():  # a person nobody names any more
        db["persons"].insert({"name": "شخص قدیمی", "aliases": "[]", "key": "شخصقدیمی"})
    assert CliRunner().invoke(cli, ["reprocess", "--config", str(cfg)]).exit_code == 0
    assert not list(db.query("SELECT * FROM persons WHERE name = 'شخص قدیمی'"))

    result = CliRunner().invoke(cli, ["reprocess", "--fresh", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    assert snapshot(db) == first and _counts(db) == counts  # from scratch: the same tables


def test_a_copy_whose_page_now_reads_differently_leaves_the_story(tmp_path):
    cfg, db, arts, ids = _setup(tmp_path)
    assert CliRunner().invoke(cli, ["reprocess", "--config", str(cfg)]).exit_code == 0
    assert db["articles"].get(ids[1])["duplicate_of"] == ids[0]
    other = dict(arts[1], body="سازمان هواشناسی برای استان‌های گیلان و مازندران هشدار نارنجی صادر کرد.\n"
                               "مردم از سفرهای غیرضروری به مناطق کوهستانی تا پایان هفته خودداری کنند.")
    with db.atomic():
        db["article_html"].update(ids[1], {"html_zlib": zlib.compress(_html(other))})
    assert CliRunner().invoke(cli, ["reprocess", "--config", str(cfg)]).exit_code == 0
    row = db["articles"].get(ids[1])
    assert "هواشناسی" in row["body"]
    assert (row["duplicate_of"], row["duplicate_reason"]) == (None, None)
