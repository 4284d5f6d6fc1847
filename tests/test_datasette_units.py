"""The pure parts of the Datasette window: date input, Jalali labels, query folding, the
full-text index kept by triggers, the views and the SVG charts."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date, datetime, timezone

import pytest
import sqlite_utils

from rasad.datasette import charts
from rasad.datasette.dates import jalali_label, parse_stored, to_gregorian
from rasad.fts import backfill, fts_query, search_key
from rasad.schema import (
    VIEWS,
    ensure_schema,
    ensure_views,
    fts_triggers,
    fts_upgrade,
    open_db,
)

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("1403-08-12", "2024-11-02"),
        ("۱۴۰۳/۰۸/۱۲", "2024-11-02"),
        ("1403/8/12", "2024-11-02"),
        ("1399-12-30", "2021-03-20"),  # leap-year Esfand 30
        ("2024-11-02", "2024-11-02"),
        ("۲۰۲۴-۱۱-۰۲", "2024-11-02"),
        ("1403-13-01", None),
        ("1402-12-30", None),  # 1402 is not a leap year
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_to_gregorian_takes_either_calendar(typed, expected):
    assert to_gregorian(typed) == expected


def test_jalali_labels_in_tehran_time():
    assert jalali_label(date(2024, 11, 2)) == "۱۲ آبان ۱۴۰۳"
    # 20:45 UTC on 2 November is 00:15 on 3 November in Tehran (UTC+3:30).
    assert jalali_label(parse_stored("2024-11-02T20:45:00+00:00")) == "۱۳ آبان ۱۴۰۳، ۰۰:۱۵"
    assert parse_stored("2024-11-02T20:45:00") == datetime(2024, 11, 2, 20, 45, tzinfo=timezone.utc)
    assert parse_stored("pegah") is None and parse_stored("2024-13-45") is None


def test_queries_fold_zwnj_and_arabic_letters():
    forms = ["گفت‌وگوی", "گفتوگوی", "گفت‌وگوي", "گفتوگوي"]
    assert len({fts_query(f) for f in forms}) == 1
    assert fts_query("كرمان") == fts_query("کرمان")
    assert fts_query("ظریف*").endswith("*")
    assert fts_query('" OR ( NEAR') != ""  # FTS syntax is quoted away, never a syntax error
    assert fts_query("   ") == '""'
    assert search_key("ايران") == search_key("ایران") != search_key("عمان")


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "rasad.db")
    database["sites"].insert({"name": "pegah", "base_url": "http://x/"})
    yield database
    database.conn.close()


def _article(db, i, title, body=""):
    db["articles"].insert({"id": i, "site": "pegah", "url": f"http://x/{i}",
                           "canonical_url": f"x/{i}", "title": title, "body": body,
                           "fetched": "2026-01-01T00:00:00+00:00"}, replace=True)


def _match(db, table, q):
    sql = f"select rowid from {table} where {table} match ? order by rowid"
    return [r[0] for r in db.execute(sql, [fts_query(q)])]


def test_the_index_follows_every_write_in_its_own_transaction(db):
    _article(db, 1, "گفت‌وگوی تلفنی وزیران", "درباره امنیت دریایی")
    _article(db, 2, "دیدار سفیران", "بدون واژه")
    db["persons"].insert({"id": 7, "name": "محمدجواد ظریف", "aliases": json.dumps(["ظریف", "جواد ظريف"])})
    assert _match(db, "articles_fts", "گفتوگوی") == [1]
    assert _match(db, "articles_fts", "دريايي") == [1]
    assert _match(db, "persons_fts", "ظريف") == [7]
    assert backfill(db) == 0  # nothing left for a backfill to do

    db["articles"].update(2, {"body": "گفت‌وگوی دوم"})
    db["articles"].delete(1)
    assert _match(db, "articles_fts", "گفت‌وگوی") == [2]
    assert db.execute("select count(*) from articles_fts").fetchone()[0] == 1

    with pytest.raises(RuntimeError):  # a rolled-back article leaves nothing in the index
        with db.atomic():
            _article(db, 3, "رایزنی کرمان")
            assert _match(db, "articles_fts", "كرمان") == [3]
            raise RuntimeError
    assert _match(db, "articles_fts", "كرمان") == []


def test_an_older_database_is_indexed_on_the_writers_next_open(tmp_path):
    """Rows stored before the triggers (or while they were missing) are indexed by open_db once,
    and the old server-side change queue is dropped."""
    path = tmp_path / "old.db"
    db = open_db(path)
    db["sites"].insert({"name": "pegah"})
    for name in fts_triggers():
        db.execute(f"drop trigger {name}")
    db.execute("create table fts_pending (seq integer primary key, fts_table text, row_id integer)")
    _article(db, 1, "رایزنی کرمان")
    db["persons"].insert({"id": 7, "name": "علی ظریف", "aliases": "[]"})
    assert _match(db, "articles_fts", "کرمان") == []
    db.conn.close()

    db = open_db(path)
    assert _match(db, "articles_fts", "كرمان") == [1]
    assert _match(db, "persons_fts", "ظريف") == [7]
    names = {r[0] for r in db.execute("select name from sqlite_master")}
    assert "fts_pending" not in names and "fts_backfill" not in names
    assert set(fts_triggers()) <= names
    db.conn.close()


def test_opening_an_up_to_date_database_takes_no_write_lock(tmp_path):
    """Crawl children, `rasad serve` and the daemon open the file often: with the schema current
    they must not wait for (or block) a writer."""
    path = tmp_path / "rasad.db"
    open_db(path).conn.close()
    writer = open_db(path)
    writer.conn.execute("BEGIN IMMEDIATE")
    try:
        other = sqlite_utils.Database(sqlite3.connect(path, timeout=0))
        ensure_schema(other)
        assert fts_upgrade(other) is False
        other.conn.close()
    finally:
        writer.conn.execute("ROLLBACK")
        writer.conn.close()


def test_one_text_the_normaliser_fails_on_does_not_stop_the_index(db, monkeypatch, capsys):
    import rasad.fts

    real = rasad.fts.search_forms

    def fragile(text):
        if "ناخوانا" in text:
            raise ValueError("cannot normalise")
        return real(text)

    monkeypatch.setattr(rasad.fts, "search_forms", fragile)
    _article(db, 1, "خبر ناخوانا", "متن")
    _article(db, 2, "خبر خوانا", "متن")
    assert _match(db, "articles_fts", "خبر") == [1, 2]
    assert "articles 1 title: indexed unnormalised" in capsys.readouterr().err


def test_views_are_created_once_and_replaced_when_changed(db):
    ensure_views(db)
    sql = {n: s for n, s in db.execute("select name, sql from sqlite_master where type='view'")}
    assert set(VIEWS) <= set(sql)
    db.execute("drop view meetings")
    db.execute("create view meetings as select 1 as stale")
    ensure_views(db)
    assert "month_jalali" in db["meetings"].columns_dict
    assert db.execute("select sql from sqlite_master where name='news'").fetchone()[0] == sql["news"]


def test_charts_draw_one_mark_per_count_and_escape_text():
    weeks = [("2026-11-07", "meeting", 3), ("2026-11-07", "phone_call", 1), ("2026-11-21", "meeting", 2)]
    svg = charts.weekly_timeline(weeks)
    assert svg.count('class="mark"') == 3
    assert "۱۶ آبان ۱۴۰۵" in svg  # Saturday 7 November 2026, labelled in Jalali
    heights = [float(h) for h in re.findall(r'class="mark"[^>]*height="([\d.]+)"', svg)]
    assert heights[0] == pytest.approx(3 * heights[1])  # bars scale with the counts
    by_country = charts.type_by_country([("<b>ایران</b>", "meeting", 4), ("عمان", "phone_call", 2)])
    assert by_country.count('class="mark"') == 2
    assert "<b>" not in by_country and "&lt;b&gt;ایران&lt;/b&gt;" in by_country
    assert charts.weekly_timeline([]) == "" and charts.type_by_country([]) == ""
    linked = charts.type_by_country([("ایران", "meeting", 1)], href=lambda c, t: f"/m?c={c}&t={t}")
    assert '<a href="/m?c=ایران&amp;t=meeting"><rect class="mark"' in linked
