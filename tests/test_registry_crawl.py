"""Issue 14 end to end: three agencies on 127.0.0.1 report one Iran–Oman call, one naming both
ministers, one «وزیر امور خارجه عمان», one «همتای عمانی خود»; `rasad crawl` in either order gives one
phone_call with three mentions and both men named. A role-only report crawled before any article
names the holder is named after the naming article's crawl."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import TEHRAN, Article, NewsSite, run_crawl, write_config

from rasad.localsite import LocalSite
from rasad.schema import open_db

WHEN = datetime(2025, 6, 10, 11, 30, tzinfo=TEHRAN)
CALL = {
    "irna": ("گفت‌وگوی تلفنی عراقچی و البوسعیدی",
             "سیدعباس عراقچی وزیر امور خارجه کشورمان روز سه‌شنبه در تماسی تلفنی با بدر البوسعیدی وزیر امور "
             "خارجه عمان درباره آخرین تحولات منطقه گفت‌وگو کرد.\nدو طرف بر ادامه رایزنی‌ها تاکید کردند."),
    "mehr": ("رایزنی تلفنی وزیر خارجه عمان با عراقچی",
             "وزیر امور خارجه عمان روز سه‌شنبه در تماسی تلفنی با سید عباس عراقچی وزیر امور خارجه کشورمان "
             "درباره آخرین تحولات منطقه و مذاکرات گفت‌وگو کرد.\nدو طرف بر ادامه رایزنی‌ها تاکید کردند."),
    "tasnim": ("گفت‌وگوی تلفنی وزیر خارجه با همتای عمانی",
               "عباس عراقچی وزیر خارجه ایران روز سه‌شنبه در گفت‌وگویی تلفنی با همتای عمانی خود درباره روند "
               "مذاکرات و تحولات منطقه رایزنی کرد.\nدو طرف بر ادامه رایزنی‌ها تاکید کردند."),
}


def _crawl(tmp, order, articles):
    """Serve each agency's articles on 127.0.0.1 and crawl the agencies one by one in *order*."""
    with LocalSite() as site:
        sites, news = [], NewsSite(site)
        for n, name in enumerate(order):
            for i, (title, body, when) in enumerate(articles[name]):
                news.add_article(Article(5000 + 10 * n + i, title, title, body, when, path=f"/{name}/news/{i}"))
            sites.append(f"  - name: {name}\n    base_url: {site.url('/' + name + '/')}\n    sources:\n"
                         f"      - listing: {site.url('/archive')}?for={name}\n        links: '/{name}/news/'\n")
        config = write_config(tmp, "".join(sites))
        for name in order:
            run = run_crawl(config, name)
            assert run.returncode == 0, run.stderr[-2000:]
    return open_db(tmp / "rasad.db")


def _tables(db) -> dict:
    events = []
    for e in db.query("SELECT * FROM events"):
        people = sorted((p["name"], p["role_as_written"]) for p in db.query(
            "SELECT name, role_as_written FROM event_participants WHERE event_id = ?", [e["id"]]))
        sites = sorted(r["site"] for r in db.query("SELECT site FROM event_mentions WHERE event_id = ?", [e["id"]]))
        events.append((e["type"], e["date"], e["n_mentions"], e["n_sources"], tuple(people), tuple(sites)))
    offices = sorted((r["name"], r["office_key"], r["first_seen"], r["last_seen"], r["n_articles"]) for r in db.query(
        "SELECT * FROM office_holders WHERE source = 'article'"))
    return {"events": sorted(events), "offices": offices}


@pytest.fixture(scope="module")
def both_orders(tmp_path_factory):
    arts = {name: [(t, b, WHEN)] for name, (t, b) in CALL.items()}
    forward = _crawl(tmp_path_factory.mktemp("fwd"), ["irna", "mehr", "tasnim"], arts)
    reverse = _crawl(tmp_path_factory.mktemp("rev"), ["tasnim", "mehr", "irna"], arts)
    return _tables(forward), _tables(reverse)


def test_three_agency_call_is_one_event_with_both_men_named(both_orders):
    forward, _ = both_orders
    [(etype, day, n_mentions, n_sources, people, sites)] = forward["events"]
    assert (etype, day, n_mentions, n_sources) == ("phone_call", "2025-06-10", 3, 3)
    assert sites == ("irna", "mehr", "tasnim")
    names = [name for name, _ in people]
    assert any("عراقچی" in n for n in names) and any("البوسعیدی" in n for n in names)


def test_reverse_crawl_order_gives_identical_tables(both_orders):
    forward, reverse = both_orders
    assert forward == reverse
    assert ("بدر البوسعیدی", "وزیر خارج / عمان") in {r[:2] for r in forward["offices"]}


def test_role_only_report_is_named_after_the_naming_article_is_crawled(tmp_path):
    """Norway's minister is in no seed: only the later article (a day after) establishes him."""
    role = ("تماس تلفنی وزیر خارجه نروژ با عراقچی",
            "وزیر امور خارجه نروژ روز سه‌شنبه در تماسی تلفنی با سید عباس عراقچی وزیر امور خارجه کشورمان "
            "درباره آخرین تحولات منطقه گفت‌وگو کرد.\nدو طرف بر ادامه رایزنی‌ها تاکید کردند.", WHEN)
    naming = ("دیدار عراقچی و لارسن در اسلو",
              "سید عباس عراقچی وزیر امور خارجه کشورمان روز چهارشنبه در اسلو با یوهان لارسن وزیر امور خارجه "
              "نروژ دیدار و گفت‌وگو کرد.\nدو طرف درباره روابط دوجانبه گفت‌وگو کردند.",
              datetime(2025, 6, 11, 12, 0, tzinfo=TEHRAN))
    db = _crawl(tmp_path, ["isna"], {"isna": [role]})
    [before] = _tables(db)["events"]
    assert ("وزیر امور خارجه نروژ", None) in before[4]
    db.close()
    db = _crawl(tmp_path, ["isna"], {"isna": [role, naming]})
    calls = [e for e in _tables(db)["events"] if e[0] == "phone_call"]
    [(_, day, _, _, people, _)] = calls
    assert day == "2025-06-10"
    assert ("یوهان لارسن", "وزیر امور خارجه نروژ") in people
