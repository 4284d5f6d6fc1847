"""Issue 14: holders at a date (change of minister, unknown boundary), bad seed input, spelling rules."""

from __future__ import annotations

import pytest
from eventstore_fixtures import add_article, ensure_sites

from pipeline.event_store import person_tokens
from pipeline.registry.offices import office_of
from pipeline.registry.seed import read_seed
from rasad.config import Settings
from rasad.schema import open_db

SITES = ["irna", "mehr"]
KENYA = "وزیر امور خارجه کنیا"


@pytest.fixture
def db(tmp_path):
    db = open_db(tmp_path / "t.db")
    ensure_sites(db, SITES)
    return db


def _call(n, day, kenyan, iranian="سید عباس عراقچی"):
    """An article of day *day* reporting a call with Kenya's minister, named or as the role."""
    party = {"name": kenyan, "title": KENYA, "organization": None, "country": "کنیا"}
    event = {"type": "phone_call", "date": day, "participants": [
        {"name": iranian, "title": "وزیر امور خارجه", "organization": None, "country": "ایران"}, party],
        "evidence": "در تماسی تلفنی", "span": [0, 10], "confidence": 0.9}
    return {"site": SITES[n % 2], "url": f"https://x.example/{n}", "published": f"{day}T08:00:00+00:00",
            "title": f"خبر {n}", "body": f"متن خبر شماره {n} درباره موضوع {n * 13}.", "events": [event]}


def _kenyan_of(db, day):
    rows = list(db.query("SELECT ep.name, ep.role_as_written FROM events e JOIN event_participants ep"
                         " ON ep.event_id = e.id WHERE e.date = ? AND ep.country = 'کنیا'", [day]))
    return rows[0]["name"] if rows else None


def test_change_of_minister_each_report_goes_to_the_one_in_office(db):
    s = Settings()
    days = {"2025-01-10": "آلفرد موتوا", "2025-02-01": "آلفرد موتوا", "2025-09-01": "جان کامائو",
            "2025-10-01": "جان کامائو"}
    for n, (day, name) in enumerate(days.items()):
        add_article(db, s, _call(n, day, name))
    add_article(db, s, _call(10, "2025-02-15", KENYA))   # 2 weeks after Mutua was last seen
    add_article(db, s, _call(11, "2025-09-20", KENYA))   # while Kamau is seen
    add_article(db, s, _call(12, "2025-05-20", KENYA))   # neither seen within 30 days: unknown
    assert _kenyan_of(db, "2025-02-15") == "آلفرد موتوا"
    assert _kenyan_of(db, "2025-09-20") == "جان کامائو"
    assert _kenyan_of(db, "2025-05-20") == KENYA


def test_two_holders_seen_around_one_day_leave_the_role(db):
    s = Settings()
    add_article(db, s, _call(1, "2025-03-01", "آلفرد موتوا"))
    add_article(db, s, _call(2, "2025-03-20", "جان کامائو"))
    add_article(db, s, _call(3, "2025-03-10", KENYA))    # at the unknown boundary
    assert _kenyan_of(db, "2025-03-10") == KENYA
    row = db.execute("SELECT resolved_by FROM event_participants WHERE name = ?", [KENYA]).fetchone()
    assert row == (None,)


def test_seed_boundary_day_stays_a_role_and_each_side_gets_its_minister(db):
    """Seed: Zarif until 2021-08-25, Amir-Abdollahian from 2021-08-25 (exact days)."""
    s = Settings()
    other = {"name": "سرگئی لاوروف", "title": "وزیر امور خارجه روسیه", "organization": None, "country": "روسیه"}
    for n, day in enumerate(["2021-08-20", "2021-08-25", "2021-09-01"]):
        role = {"name": "وزیر امور خارجه کشورمان", "title": "وزیر امور خارجه کشورمان", "organization": None,
                "country": "ایران"}
        event = {"type": "meeting", "date": day, "participants": [role, other], "evidence": "دیدار"}
        add_article(db, s, {"site": "irna", "url": f"https://irna.example/{n}", "published": f"{day}T08:00:00+00:00",
                            "title": f"دیدار {n}", "body": f"متن {n} و {n * 7}", "events": [event]})
    iranian = dict(db.execute("SELECT e.date, ep.name FROM events e JOIN event_participants ep ON ep.event_id = e.id"
                              " WHERE ep.country = 'ایران'").fetchall())
    assert iranian == {"2021-08-20": "محمدجواد ظریف", "2021-08-25": "وزیر امور خارجه کشورمان",
                       "2021-09-01": "حسین امیرعبداللهیان"}


def test_a_named_holder_with_lineage_keeps_the_name_the_article_gives(db):
    """«X بن Y الZ» is a name (five tokens with the particles), not a role to replace by the seed's holder."""
    s = Settings()
    for n, (name, title) in enumerate([("سالم بن حمد الحارثی", "وزیر امور خارجه عمان"),
                                       ("خالد بن عبدالله آل سعدون", "وزیر امور خارجه قطر")]):
        country = title.split()[-1]
        event = {"type": "phone_call", "date": "2025-06-10", "evidence": "تلفنی", "participants": [
            {"name": "سید عباس عراقچی", "title": "وزیر امور خارجه", "organization": None, "country": "ایران"},
            {"name": name, "title": title, "organization": None, "country": country}]}
        add_article(db, s, {"site": "irna", "url": f"https://irna.example/l{n}", "published": "2025-06-10T08:00:00+00:00",
                            "title": "تماس", "body": f"متن {n}", "events": [event]})
    names = {r[0] for r in db.execute("SELECT name FROM event_participants WHERE country != 'ایران'")}
    assert names == {"سالم بن حمد الحارثی", "خالد بن عبدالله آل سعدون"}
    assert person_tokens("سالم بن حمد الحارثی") and not db.execute(
        "SELECT 1 FROM event_participants WHERE resolved_by IS NOT NULL AND country != 'ایران'").fetchall()


def test_unseen_office_and_title_without_country_stay_roles(db):
    s = Settings()
    event = {"type": "meeting", "date": "2025-01-05", "evidence": "دیدار", "participants": [
        {"name": "سفیر کنیا در تهران", "title": "سفیر کنیا در تهران", "organization": None, "country": "کنیا"},
        {"name": "رئیس", "title": "رئیس", "organization": None, "country": None}]}
    add_article(db, s, {"site": "irna", "url": "https://irna.example/9", "published": "2025-01-05T08:00:00+00:00",
                        "title": "دیدار", "body": "متن", "events": [event]})
    names = {r[0] for r in db.execute("SELECT name FROM event_participants")}
    assert names == {"سفیر کنیا در تهران", "رئیس"}
    assert office_of("رئیس") is None and office_of("وزیر") is None
    assert office_of("وزیر خارجه").key == office_of("وزیر امور خارجه کشورمان").key == "وزیر خارج / ایران"
    assert office_of("وزیر خارجه این کشور") is None


def test_malformed_seed_gives_one_line_errors_naming_file_and_line(tmp_path):
    seed = tmp_path / "office_holders.tsv"
    seed.write_text("# SOURCE: test\n"
                    "وزیر امور خارجه\tعمان\tبدر البوسعیدی\t2020-08\t\n"
                    "وزیر امور خارجه\tعمان\tیوسف بن علوی\t2019\n"
                    "وزیر امور خارجه\tناکجا\tکسی\t2020\t\n"
                    "وزیر امور خارجه\tعمان\tکسی دیگر\t2020-13-01\t\n"
                    "وزیر\t\tکسی\t2020\t\n"
                    "وزیر امور خارجه\tعمان\tیوسف بن علوی\t2021\t2019\n"
                    "وزیر امور خارجه\tعمان\tمرد دیگر\t2023-01-01\t2023-02-01\n", encoding="utf-8")
    rows, problems = read_seed(seed)
    assert [r.name for r in rows] == ["بدر البوسعیدی", "مرد دیگر"]
    assert [p.split(": ")[0] for p in problems] == [f"{seed}:{n}" for n in (3, 4, 5, 6, 7, 8)]
    assert all("\n" not in p for p in problems)
    assert "expected 5" in problems[0] and "ناکجا" in problems[1] and "end 2019 before" in problems[4]
    assert "بدر البوسعیدی" in problems[5]                   # contradictory: two ministers at once
    assert read_seed(tmp_path / "missing.tsv")[1][0].startswith(f"{tmp_path / 'missing.tsv'}: cannot read")


@pytest.mark.parametrize("a, b", [("سرگئی لاوروف", "سرگئی لاورف"), ("بوگدانف", "بوگدانوف"),
                                  ("سیدعباس عراقچی", "سید عباس عراقچی"), ("علي لاريجاني", "علی لاریجانی"),
                                  ("تمیم بن حمد آل ثانی", "تمیم بن حمد ال ثانی"), ("فاطمة", "فاطمه"),
                                  ("بدر البوسعیدی", "بدر ال بوسعیدی")])
def test_spellings_that_must_merge(db, a, b):
    assert person_tokens(a) == person_tokens(b)
    s = Settings()
    for n, name in enumerate((a, b)):
        add_article(db, s, _call(n, "2025-01-0" + str(n + 1), name, iranian="رضا نجفی"))
    assert db.execute("SELECT count(*) FROM persons WHERE country = 'کنیا'").fetchone()[0] == 1


@pytest.mark.parametrize("a, b", [("الهام علی‌اف", "هام علی‌اف"), ("حسن روحانی", "حسین روحانی"),
                                  ("عباس عراقچی", "عباس عبدی"), ("سیدی", "دی"), ("یوسف", "یسف")])
def test_spellings_that_must_not_merge(db, a, b):
    assert person_tokens(a) != person_tokens(b)
    s = Settings()
    for n, name in enumerate((a, b)):
        add_article(db, s, _call(n, "2025-01-0" + str(n + 1), name, iranian="رضا نجفی"))
    assert db.execute("SELECT count(*) FROM persons WHERE country = 'کنیا'").fetchone()[0] == 2
