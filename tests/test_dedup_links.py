"""Duplicate links: exact, near and title copies point at the earliest copy, in any order."""

from __future__ import annotations

import random

import pytest
from eventstore_fixtures import add_article, ensure_sites, snapshot, three_agencies

from pipeline import dedup
from rasad.config import Settings
from rasad.schema import open_db


@pytest.fixture
def settings():
    return Settings()


def _db(path, arts):
    db = open_db(path)
    ensure_sites(db, {a["site"] for a in arts})
    return db


def _links(db):
    return {r["url"]: r for r in db.query(
        "SELECT a.url, d.url AS dup_url, a.similarity, a.duplicate_reason FROM articles a"
        " LEFT JOIN articles d ON d.id = a.duplicate_of")}


def test_match_key_unifies_persian_variants():
    a = "به گزارش خبرگزاری ایرنا از مسکو، علی‌اصغر خاجي در «دیدار» با ۱۲ نفر گفت‌وگو كرد.\nانتهای پیام"
    b = 'علی اصغر خاجی در "دیدار" با 12 نفر گفتوگو کرد'
    assert dedup.match_key(a) == dedup.match_key(b)
    assert dedup.match_key(a) != dedup.match_key(b.replace("12", "13"))


def test_three_agencies_are_one_story(tmp_path, settings):
    arts = three_agencies()
    db = _db(tmp_path / "t.db", arts)
    for art in arts:
        add_article(db, settings, art)
    links = _links(db)
    irna, tasnim, mehr = (links[a["url"]] for a in arts)
    assert irna["dup_url"] is None and irna["duplicate_reason"] is None
    assert tasnim["dup_url"] == arts[0]["url"] and tasnim["duplicate_reason"] == "exact"
    assert tasnim["similarity"] == 1.0
    assert mehr["dup_url"] == arts[0]["url"] and mehr["duplicate_reason"] == "near"
    assert settings.near_duplicate_threshold <= mehr["similarity"] < 1.0


def test_earlier_copy_arriving_last_becomes_the_root(tmp_path, settings):
    arts = three_agencies()
    db = _db(tmp_path / "t.db", arts)
    for art in reversed(arts):
        add_article(db, settings, art)
    links = _links(db)
    assert links[arts[0]["url"]]["dup_url"] is None
    assert {links[a["url"]]["dup_url"] for a in arts[1:]} == {arts[0]["url"]}


def test_shuffled_ingestion_gives_identical_links(tmp_path, settings):
    arts = three_agencies() + [
        {"site": "irna", "url": "https://www.irna.ir/news/9", "published": "2020-05-12T08:00:00+00:00",
         "title": "افتتاح نمایشگاه کتاب تهران با حضور ناشران خارجی",
         "body": "نمایشگاه بین‌المللی کتاب تهران امروز با حضور ناشرانی از سی کشور جهان در مصلی تهران "
                 "گشایش یافت و تا ده روز آینده پذیرای علاقه‌مندان به کتاب خواهد بود."},
        {"site": "irna", "url": "https://www.irna.ir/news/10", "published": "2020-05-13T08:00:00+00:00",
         "title": "افتتاح نمایشگاه کتاب تهران با حضور ناشران خارجی",
         "body": "روز دوم نمایشگاه کتاب با استقبال گسترده مردم از غرفه‌های کودک و نوجوان همراه بود و "
                 "فروش کتاب‌های داستانی نسبت به سال گذشته افزایش یافت."},
    ]
    snaps = []
    for n, seed in enumerate([0, 1, 2, 3]):
        order = arts[:]
        random.Random(seed).shuffle(order)
        db = _db(tmp_path / f"s{n}.db", arts)
        for art in order:
            add_article(db, settings, art)
        snaps.append(snapshot(db)["links"])
    assert all(s == snaps[0] for s in snaps)
    title_link = {u: (d, r) for u, d, r in snaps[0]}["https://www.irna.ir/news/10"]
    assert title_link == ("https://www.irna.ir/news/9", "title")


def test_title_dedup_needs_same_site_and_window(tmp_path, settings):
    base = {"title": "هشدار هواشناسی درباره بارش شدید باران در استان‌های شمالی", "lead": None}
    arts = [
        dict(base, site="irna", url="https://irna.ir/a", published="2020-05-01T08:00:00+00:00",
             body="سازمان هواشناسی برای استان‌های گیلان و مازندران هشدار نارنجی صادر کرد و از مردم خواست احتیاط کنند."),
        dict(base, site="mehr", url="https://mehr.ir/b", published="2020-05-01T09:00:00+00:00",
             body="مدیرکل مدیریت بحران استان گلستان از آماده‌باش همه دستگاه‌های امدادی برای روزهای آینده خبر داد."),
        dict(base, site="irna", url="https://irna.ir/c", published="2020-05-20T08:00:00+00:00",
             body="بارش‌های سیل‌آسا در شهرستان‌های غربی مازندران به مزارع برنج کشاورزان خسارت زد و راه‌ها را بست."),
    ]
    db = _db(tmp_path / "t.db", arts)
    for art in arts:
        add_article(db, settings, art)
    assert all(r["dup_url"] is None for r in _links(db).values())
    add_article(db, settings, dict(arts[0], url="https://irna.ir/d", published="2020-05-03T08:00:00+00:00",
                                   body="ادامه بارش‌ها در روز شنبه موجب طغیان رودخانه‌های کوچک در غرب گیلان شد و خسارت زد."))
    link = _links(db)["https://irna.ir/d"]
    assert (link["dup_url"], link["duplicate_reason"]) == ("https://irna.ir/a", "title")


def test_index_survives_restart(tmp_path, settings):
    arts = three_agencies()
    db = _db(tmp_path / "t.db", arts)
    add_article(db, settings, arts[0])
    db.conn.close()
    db = open_db(tmp_path / "t.db")
    assert db["minhash_bands"].count > 0
    add_article(db, settings, arts[2])
    assert _links(db)[arts[2]["url"]]["dup_url"] == arts[0]["url"]


def test_rebuild_recomputes_the_same_links(tmp_path, settings):
    arts = three_agencies()
    db = _db(tmp_path / "t.db", arts)
    for art in arts:
        add_article(db, settings, art)
    before = snapshot(db)["links"], db["minhash_bands"].count
    db.execute("UPDATE articles SET duplicate_of = NULL, duplicate_reason = NULL")
    db.execute("DELETE FROM minhash_bands")
    db.conn.commit()
    assert dedup.rebuild(db, settings) == len(arts)
    assert (snapshot(db)["links"], db["minhash_bands"].count) == before


@pytest.mark.parametrize("name", sorted(dedup.QUERIES))
def test_queries_use_indexes(tmp_path, name):
    db = open_db(tmp_path / "t.db")
    sql = dedup.QUERIES[name].format(marks=",".join("?" * 9))
    plan = " | ".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN " + sql, [None] * sql.count("?")))
    assert "SCAN" not in plan, plan
