"""save_article: one transaction per article; a crash leaves nothing behind."""

from __future__ import annotations

import zlib
from datetime import datetime, timezone

import pytest

from crawler import state
from crawler.items import ArticleItem
from pipeline import dedup, store
from rasad.config import Settings
from rasad.schema import open_db


def _item(n: int = 1, **over) -> ArticleItem:
    url = f"https://www.rasad.example/fa/news/15000{n}/دیدار?utm_source=rss"
    fields = dict(site="rasad", url=url, canonical_url=f"https://rasad.example/fa/news/15000{n}",
                  urls=[url, f"https://rasad.example/x/Ab{n}"], run_id=None,
                  html="<html>دیدار</html>".encode(), encoding="utf-8", content_type="text/html",
                  title_raw="دیدار", title="دیدار", body_raw="متن", body="متن", tags=["الف"],
                  published=datetime(2024, 11, 2, 6, 55, tzinfo=timezone.utc),
                  published_jalali="1403-08-12 10:25", published_source="jsonld",
                  fetched=datetime.now(timezone.utc), events=[])
    fields.update(over)
    return ArticleItem(**fields)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "rasad.db")
    yield database
    database.close()


def _counts(db):
    return [db.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("articles", "article_urls", "article_html")]


def test_article_stored_with_urls_and_compressed_html(db):
    article_id = store.save_article(db, _item(), Settings())
    row = db["articles"].get(article_id)
    assert row["published"] == "2024-11-02T06:55:00+00:00" and row["tags"] == '["الف"]'
    html = db["article_html"].get(article_id)
    assert zlib.decompress(html["html_zlib"]).decode() == "<html>دیدار</html>"
    forms = {r["url"] for r in db["article_urls"].rows_where("article_id = ?", [article_id])}
    assert "https://rasad.example/x/Ab1" in forms and _item()["url"] in forms


def test_second_copy_under_another_url_is_not_stored_again(db):
    first = store.save_article(db, _item(), Settings())
    again = store.save_article(db, _item(url="https://m.rasad.example/fa/news/150001",
                                         urls=["https://t.example/s/Q9"]), Settings())
    assert again == first
    assert _counts(db)[0] == 1
    assert state.article_for_urls(db, ["https://t.example/s/Q9"]) == first
    assert state.article_for_urls(db, ["http://rasad.example/fa/news/150001/?fbclid=1"]) == first


def test_crash_inside_the_transaction_leaves_nothing(db, monkeypatch):
    store.save_article(db, _item(1), Settings())
    before = _counts(db)

    def boom(*args, **kwargs):
        raise RuntimeError("dedup crashed")

    monkeypatch.setattr(dedup, "link_article", boom)
    with pytest.raises(RuntimeError):
        store.save_article(db, _item(2), Settings())
    assert _counts(db) == before
    assert state.article_for_urls(db, [_item(2)["canonical_url"]]) is None


def test_feed_validators_survive_a_304(db):
    state.save_feed_state(db, "https://r.example/rss", "rasad", "rss", 200, '"abc"', "Sat, 02 Nov 2024 06:55:00 GMT", 5, 1)
    state.save_feed_state(db, "https://r.example/rss", "rasad", "rss", 304, None, None)
    assert state.feed_validators(db, "https://r.example/rss") == {
        "If-None-Match": '"abc"', "If-Modified-Since": "Sat, 02 Nov 2024 06:55:00 GMT"}
    assert db["feeds"].get("https://r.example/rss")["last_status"] == 304
