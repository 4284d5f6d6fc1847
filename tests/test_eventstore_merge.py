"""Event storage: one event per meeting with a mention per reporting article, aliases merged,
order-independent, idempotent."""

from __future__ import annotations

import json
import random

import pytest
from eventstore_fixtures import (
    KHAJI,
    LAVROV,
    VERSHININ,
    ZARIF,
    add_article,
    call_event,
    ensure_sites,
    snapshot,
    three_agencies,
)

from pipeline.event_store import person_tokens, store_events
from rasad.config import Settings
from rasad.schema import open_db

SITES = ["irna", "tasnim", "mehr", "isna"]


@pytest.fixture
def settings():
    return Settings()


@pytest.fixture
def db(tmp_path):
    db = open_db(tmp_path / "t.db")
    ensure_sites(db, SITES)
    return db


def meeting(a, b, date, evidence="در دیدار با ... گفت‌وگو کردند", location="مسکو"):
    return {"type": "meeting", "participants": [dict(a), dict(b)], "date": date, "date_jalali": None,
            "location": location, "topics": [], "evidence": evidence, "cameo": "040", "span": [10, 60],
            "confidence": 0.8}


def article(n, site, published, events, body=None):
    return {"site": site, "url": f"https://{site}.example/news/{n}", "published": published,
            "title": f"خبر شماره {n} درباره دیدار مقامات", "lead": None,
            "body": body or f"متن خبر شماره {n} که با دیگر خبرها فرق دارد و درباره موضوع شماره {n * 7} است.",
            "events": events}


def test_three_agencies_make_one_event_with_three_mentions(db, settings):
    arts = three_agencies()
    for art in arts:
        add_article(db, settings, art)
    [event] = db.query("SELECT * FROM events")
    assert (event["type"], event["date"], event["n_mentions"], event["n_sources"]) == ("phone_call", "2020-05-11", 3, 3)
    assert event["date_jalali"] == "1399-02-22"
    assert event["first_published"] == arts[0]["published"]
    assert event["label"] == "علی‌اصغر خاجی — سرگئی ورشنین"
    mentions = list(db.query("SELECT site, url, evidence FROM event_mentions WHERE event_id = ?", [event["id"]]))
    assert {m["url"] for m in mentions} == {a["url"] for a in arts}
    assert all(m["evidence"] for m in mentions)
    persons = {p["name"]: json.loads(p["aliases"]) for p in db.query("SELECT * FROM persons")}
    assert persons.keys() == {"علی‌اصغر خاجی", "سرگئی ورشنین"}
    assert set(persons["علی‌اصغر خاجی"]) == {"علی‌اصغر خاجی", "خاجی", "علی اصغر خاجی"}


def test_two_meetings_on_different_dates_are_two_events(db, settings):
    add_article(db, settings, article(1, "irna", "2020-03-01T08:00:00+00:00", [meeting(ZARIF, LAVROV, "2020-03-01")]))
    add_article(db, settings, article(2, "mehr", "2020-06-10T08:00:00+00:00", [meeting(ZARIF, LAVROV, "2020-06-10")]))
    rows = list(db.query("SELECT date, n_mentions FROM events ORDER BY date"))
    assert rows == [{"date": "2020-03-01", "n_mentions": 1}, {"date": "2020-06-10", "n_mentions": 1}]
    assert db["persons"].count == 2


def test_follow_up_quoting_earlier_meeting_is_a_mention_of_it(db, settings):
    add_article(db, settings, article(1, "irna", "2020-03-01T08:00:00+00:00", [meeting(ZARIF, LAVROV, "2020-03-01")]))
    # Three weeks later an article recalls that meeting ("پیش از این، یازدهم اسفند ... دیدار کرد").
    add_article(db, settings, article(2, "isna", "2020-03-22T08:00:00+00:00", [
        meeting(ZARIF, LAVROV, "2020-03-01", evidence="ظریف پیش از این، یازدهم اسفند با لاوروف دیدار کرده بود"),
        meeting(ZARIF, {"name": "وانگ یی", "country": "چین"}, "2020-03-22", location="پکن"),
    ]))
    rows = {r["date"]: r for r in db.query("SELECT * FROM events")}
    assert rows["2020-03-01"]["n_mentions"] == 2 and rows["2020-03-01"]["n_sources"] == 2
    assert rows["2020-03-01"]["first_published"] == "2020-03-01T08:00:00+00:00"
    assert rows["2020-03-22"]["n_mentions"] == 1 and len(rows) == 2


def test_undated_report_joins_dated_event_only_within_window(db, settings):
    add_article(db, settings, article(1, "irna", "2020-03-01T08:00:00+00:00", [meeting(ZARIF, LAVROV, "2020-03-01")]))
    add_article(db, settings, article(2, "mehr", "2020-03-02T09:00:00+00:00", [meeting(ZARIF, LAVROV, None)]))
    add_article(db, settings, article(3, "isna", "2020-04-20T09:00:00+00:00", [meeting(ZARIF, LAVROV, None)]))
    rows = sorted((r["date"] or "", r["n_mentions"]) for r in db.query("SELECT * FROM events"))
    assert rows == [("", 1), ("2020-03-01", 2)]


def test_rerunning_an_article_replaces_its_mentions(db, settings):
    arts = three_agencies()
    ids = [add_article(db, settings, art) for art in arts]
    before = snapshot(db)
    counts = {t: db[t].count for t in ("events", "event_mentions", "event_participants", "persons")}
    for aid, art in zip(ids, arts):
        with db.atomic():
            store_events(db, aid, art["events"], settings)
    assert snapshot(db) == before
    assert {t: db[t].count for t in counts} == counts
    # The extractor now finds nothing in two of them: one mention left, nothing orphaned.
    for aid in ids[1:]:
        with db.atomic():
            store_events(db, aid, [], settings)
    [event] = db.query("SELECT * FROM events")
    assert (event["n_mentions"], event["n_sources"]) == (1, 1)
    with db.atomic():
        store_events(db, ids[0], [], settings)
    assert db["events"].count == 0 and db["event_participants"].count == 0 and db["event_mentions"].count == 0


def _corpus():
    arts = three_agencies()
    arts += [
        article(11, "irna", "2020-03-01T08:00:00+00:00", [meeting(ZARIF, LAVROV, "2020-03-01")]),
        article(12, "mehr", "2020-03-02T08:00:00+00:00", [meeting({"name": "ظریف", "country": "ایران"},
                                                                   {"name": "لاوروف", "country": "روسیه"}, None)]),
        article(13, "isna", "2020-03-20T08:00:00+00:00", [meeting(ZARIF, LAVROV, "2020-03-01"),
                                                           meeting(ZARIF, LAVROV, "2020-03-20", location="تهران")]),
        article(14, "tasnim", "2020-06-01T08:00:00+00:00", [meeting(ZARIF, LAVROV, None)]),
        article(15, "irna", "2020-06-03T08:00:00+00:00", [call_event(date="2020-06-03")]),
        article(16, "mehr", "2020-06-04T08:00:00+00:00", [meeting(ZARIF, LAVROV, None)]),
    ]
    return arts


def test_shuffled_ingestion_gives_identical_tables(tmp_path, settings):
    arts = _corpus()
    snaps = []
    for seed in range(5):
        order = arts[:]
        random.Random(seed).shuffle(order)
        db = open_db(tmp_path / f"s{seed}.db")
        ensure_sites(db, SITES)
        for art in order:
            add_article(db, settings, art)
        snaps.append(snapshot(db))
    assert all(s == snaps[0] for s in snaps[1:])
    events = {(e[0], e[1]): e for e in snaps[0]["events"]}
    # the dated 1 March meeting: its report, the undated next-day report and the follow-up.
    assert events[("meeting", "2020-03-01")][3] == {a["url"] for a in arts[3:6]}
    # the two undated June reports form one event of their own.
    assert events[("meeting", None)][3] == {arts[6]["url"], arts[8]["url"]}
    assert len(snaps[0]["events"]) == 5


def test_bare_surname_joins_only_an_unambiguous_full_name(db, settings):
    hassan = {"name": "حسن روحانی", "country": "ایران"}
    hossein = {"name": "حسین روحانی", "country": "عراق"}
    add_article(db, settings, article(1, "irna", "2020-01-01T08:00:00+00:00", [meeting(hassan, LAVROV, "2020-01-01")]))
    add_article(db, settings, article(2, "irna", "2020-01-05T08:00:00+00:00", [meeting(hossein, VERSHININ, "2020-01-05")]))
    # Same country as only one of them: joins that one.
    add_article(db, settings, article(3, "mehr", "2020-01-02T08:00:00+00:00",
                                      [meeting({"name": "روحانی", "country": "ایران"}, LAVROV, "2020-01-01")]))
    # No country: ambiguous, kept apart.
    add_article(db, settings, article(4, "isna", "2020-01-09T08:00:00+00:00",
                                      [meeting({"name": "آقای روحانی"}, KHAJI, "2020-01-09")]))
    names = {p["name"]: json.loads(p["aliases"]) for p in db.query("SELECT * FROM persons")}
    assert set(names["حسن روحانی"]) == {"حسن روحانی", "روحانی"}
    assert names["حسین روحانی"] == ["حسین روحانی"]
    assert "آقای روحانی" in names
    [jan1] = db.query("SELECT n_mentions FROM events WHERE date = '2020-01-01'")
    assert jan1["n_mentions"] == 2


def test_role_only_parties_are_persons_keyed_by_text(db, settings):
    envoy = {"name": "سفیر روسیه در تهران", "title": None, "organization": None, "country": "روسیه"}
    add_article(db, settings, article(1, "irna", "2020-02-01T08:00:00+00:00", [meeting(ZARIF, envoy, "2020-02-01")]))
    add_article(db, settings, article(2, "mehr", "2020-02-01T09:00:00+00:00",
                                      [meeting(ZARIF, dict(envoy, name="سفير روسيه در تهران"), "2020-02-01")]))
    add_article(db, settings, article(3, "isna", "2020-02-03T09:00:00+00:00",
                                      [meeting(ZARIF, {"name": "روسیه", "country": "روسیه"}, "2020-02-03")]))
    assert db["persons"].count == 3
    [feb1] = db.query("SELECT n_mentions FROM events WHERE date = '2020-02-01'")
    assert feb1["n_mentions"] == 2


def test_malformed_events_are_skipped_and_logged(db, settings, caplog):
    bad = [{"type": "lunch", "participants": []}, "nonsense", {"type": "meeting", "participants": [ZARIF]}]
    add_article(db, settings, article(1, "irna", "2020-02-01T08:00:00+00:00",
                                      bad + [meeting(ZARIF, LAVROV, "2020-02-01")]))
    assert db["events"].count == 1
    assert sum("skipped" in r.message and "irna.example/news/1" in r.message for r in caplog.records) == 3


def test_full_name_arriving_later_absorbs_the_bare_surname(db, settings):
    bare = {"name": "لاوروف", "country": "روسیه"}
    add_article(db, settings, article(1, "irna", "2020-01-01T08:00:00+00:00", [meeting(ZARIF, bare, "2020-01-01")]))
    [before] = db.query("SELECT label FROM events")
    assert before["label"] == "محمدجواد ظریف — لاوروف"
    add_article(db, settings, article(2, "mehr", "2020-02-01T08:00:00+00:00", [meeting(ZARIF, LAVROV, "2020-02-01")]))
    assert db["persons"].count == 2
    labels = {r["date"]: r["label"] for r in db.query("SELECT date, label FROM events")}
    assert labels == {"2020-01-01": "محمدجواد ظریف — سرگئی لاوروف", "2020-02-01": "محمدجواد ظریف — سرگئی لاوروف"}
    [lavrov] = db.query("SELECT * FROM persons WHERE name = 'سرگئی لاوروف'")
    assert set(json.loads(lavrov["aliases"])) == {"لاوروف", "سرگئی لاوروف"}
    assert {r["token"] for r in db.query("SELECT token FROM person_tokens WHERE person_id = ?", [lavrov["id"]])} \
        == set(person_tokens("سرگئی لاوروف"))


def test_an_article_repeating_a_meeting_undated_gives_one_mention(db, settings):
    add_article(db, settings, article(1, "irna", "2020-03-01T08:00:00+00:00", [
        meeting(ZARIF, LAVROV, None, evidence="دیدار ظریف و لاوروف"),            # the headline
        meeting(ZARIF, LAVROV, "2020-03-01", evidence="ظریف امروز با لاوروف دیدار کرد"),
    ]))
    [event] = db.query("SELECT * FROM events")
    assert (event["date"], event["n_mentions"]) == ("2020-03-01", 1)
    [mention] = db.query("SELECT evidence FROM event_mentions")
    assert mention["evidence"] == "ظریف امروز با لاوروف دیدار کرد"


@pytest.mark.parametrize("role_first", [True, False])
def test_a_role_written_with_the_name_is_that_person(tmp_path, settings, role_first):
    db = open_db(tmp_path / "t.db")
    ensure_sites(db, SITES)
    karimian = {"name": "مسعود کریمیان", "country": "ایران"}
    written = {"name": "وزیر امور خارجه کشورمان، مسعود کریمیان", "country": "ایران"}
    savelyev = {"name": "ایگور ساولیف", "country": "روسیه"}
    reports = [article(1, "irna", "2026-11-24T08:00:00+00:00", [meeting(karimian, savelyev, "2026-11-24")]),
               article(2, "mehr", "2026-11-24T09:00:00+00:00", [meeting(written, savelyev, "2026-11-24")])]
    for art in (reversed(reports) if role_first else reports):
        add_article(db, settings, art)
    persons = {p["name"]: set(json.loads(p["aliases"])) for p in db.query("SELECT * FROM persons")}
    assert persons == {"مسعود کریمیان": {karimian["name"], written["name"]}, "ایگور ساولیف": {savelyev["name"]}}
    [event] = db.query("SELECT * FROM events")
    assert (event["n_mentions"], event["label"]) == (2, "مسعود کریمیان — ایگور ساولیف")


def test_honorifics_do_not_split_a_person(db, settings):
    add_article(db, settings, article(1, "irna", "2020-01-01T08:00:00+00:00", [meeting(ZARIF, LAVROV, "2020-01-01")]))
    add_article(db, settings, article(2, "mehr", "2020-01-01T09:00:00+00:00", [
        meeting({"name": "آقای ظریف", "country": "ایران"}, {"name": "آقای لاوروف", "country": "روسیه"}, "2020-01-01")]))
    assert db["persons"].count == 2
    [event] = db.query("SELECT n_mentions FROM events")
    assert event["n_mentions"] == 2
