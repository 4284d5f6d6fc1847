"""Issue 11 on the served demo: person and meeting pages, links, the network, Persian-aware
search, input problems said in Persian and English, CSV for Excel, country facets, nothing
loaded from outside 127.0.0.1.

Expected values come from the crawled database with plain SQL and Python, never from the
pages' own queries."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from urllib.parse import urlsplit

import httpx
import pytest
from test_datasette_serve import crawled, db, get_rows, server  # noqa: F401 - session fixtures

ZWNJ = "\u200c"


def get(base: str, path: str, **params) -> httpx.Response:
    r = httpx.get(base + path, params=params or None, timeout=30)
    assert r.status_code == 200, (path, r.status_code, r.text[:500])
    return r


def hrefs(html: str, cls: str) -> list[str]:
    return re.findall(rf'<a class="{cls}" href="([^"]+)"', html)


def busiest_person(db):  # noqa: F811
    return db.execute("SELECT p.id, p.name FROM persons p JOIN event_participants ep ON ep.person_id = p.id "
                      "GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1").fetchone()


# --- person and meeting pages -------------------------------------------------------------------


def test_person_page_lists_every_meeting_with_counterparts_and_articles(server, db):  # noqa: F811
    base = server[0]
    pid, name = busiest_person(db)
    html = get(base, f"/-/person/{pid}").text
    assert 'dir="rtl"' in html and name in html
    events = {r[0] for r in db.execute("SELECT event_id FROM event_participants WHERE person_id = ?", [pid])}
    assert {int(h.rsplit("/", 1)[1]) for h in hrefs(html, "meeting-link")} == events
    others = {r[0] for r in db.execute(
        "SELECT DISTINCT person_id FROM event_participants WHERE person_id != ? AND event_id IN "
        "(SELECT event_id FROM event_participants WHERE person_id = ?)", [pid, pid])}
    assert {int(h.rsplit("/", 1)[1]) for h in hrefs(html, "person-link")} == others
    articles = {r[0] for r in db.execute(
        "SELECT DISTINCT m.article_id FROM event_mentions m JOIN event_participants ep "
        "ON ep.event_id = m.event_id WHERE ep.person_id = ?", [pid])}
    assert {int(h.rstrip("/").rsplit("/", 1)[1]) for h in hrefs(html, "article-link")} == articles


def test_person_page_with_a_counterpart_keeps_their_meetings_only(server, db):  # noqa: F811
    base = server[0]
    pid, _ = busiest_person(db)
    other, n = db.execute(
        "SELECT o.person_id, count(*) FROM event_participants me JOIN event_participants o "
        "ON o.event_id = me.event_id AND o.person_id != me.person_id WHERE me.person_id = ? "
        "GROUP BY o.person_id ORDER BY count(*) DESC LIMIT 1", [pid]).fetchone()
    html = get(base, f"/-/person/{pid}", **{"with": other}).text
    assert len(set(hrefs(html, "meeting-link"))) == n


def test_meeting_page_names_participants_and_every_report_with_its_evidence(server, db):  # noqa: F811
    base = server[0]
    eid = db.execute("SELECT id FROM events ORDER BY n_mentions DESC, id LIMIT 1").fetchone()[0]
    html = get(base, f"/-/meeting/{eid}").text
    people = {r[0] for r in db.execute("SELECT person_id FROM event_participants WHERE event_id = ?", [eid])}
    assert {int(h.rsplit("/", 1)[1]) for h in hrefs(html, "person-link")} == people
    mentions = list(db.query("SELECT m.article_id, m.evidence, m.url, a.title FROM event_mentions m "
                             "JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?", [eid]))
    assert len(mentions) >= 2
    for m in mentions:
        assert f"<mark>{m['evidence']}</mark>" in html
        assert f'href="{m["url"]}"' in html and m["title"] in html
    kind = db["events"].get(eid)["type"]
    assert {"meeting": "دیدار", "phone_call": "تماس تلفنی", "video_call": "تماس تصویری"}[kind] in html
    assert "CAMEO" in html and "تهران" in html


def test_unknown_person_and_meeting_are_404(server):  # noqa: F811
    base = server[0]
    assert httpx.get(base + "/-/person/999999", timeout=30).status_code == 404
    assert httpx.get(base + "/-/meeting/999999", timeout=30).status_code == 404


def test_person_search_by_arabic_letters_without_zwnj(server, db):  # noqa: F811
    base = server[0]
    name = next(r[0] for r in db.execute("SELECT name FROM persons") if ZWNJ in r[0])
    typed = name.replace(ZWNJ, " ").replace("ی", "ي").replace("ک", "ك")
    html = get(base, "/-/persons", q=typed).text
    pid = db.execute("SELECT id FROM persons WHERE name = ?", [name]).fetchone()[0]
    assert f"/-/person/{pid}" in hrefs(html, "person-link")
    r = httpx.get(base + "/-/persons", params={"name": name}, timeout=30)
    assert r.status_code == 302 and r.headers["location"].endswith(f"/-/person/{pid}")


# --- links from the views and queries -----------------------------------------------------------


def test_meetings_view_links_participants_and_events(server, db):  # noqa: F811
    base = server[0]
    html = get(base, "/rasad/meetings", _size=100).text
    linked = {int(h.rsplit("/", 1)[1]) for h in hrefs(html, "person-link")}
    assert linked == {r[0] for r in db.execute("SELECT DISTINCT person_id FROM event_participants")}
    assert {int(h.rsplit("/", 1)[1]) for h in re.findall(r'href="(/-/meeting/\d+)"', html)} == \
        {r[0] for r in db.execute("SELECT id FROM events")}


def test_saved_query_results_link_people_and_meetings(server, db):  # noqa: F811
    base = server[0]
    _, name = busiest_person(db)
    html = get(base, "/rasad/person_meetings", person=name).text
    n = db.execute("SELECT count(*) FROM event_participants ep JOIN persons p ON p.id = ep.person_id "
                   "WHERE p.name = ?", [name]).fetchone()[0]
    assert len(set(hrefs(html, "meeting-link"))) == n
    assert hrefs(html, "person-link")
    html = get(base, "/rasad/top_pairs").text
    assert len(hrefs(html, "person-link")) >= 2


# --- who met whom -------------------------------------------------------------------------------


def test_network_edges_link_to_the_meetings_they_count(server, db):  # noqa: F811
    base = server[0]
    html = get(base, "/-/network", by="country").text
    edges = re.findall(r'<a class="edge" href="([^"]+)"><title>([^<]+): (\d+)</title>', html)
    pairs = Counter()
    for (eid,) in db.execute("SELECT id FROM events"):
        countries = sorted({r[0] for r in db.execute(
            "SELECT country FROM event_participants WHERE event_id = ? AND coalesce(country, '') != ''", [eid])})
        pairs.update((a, b) for i, a in enumerate(countries) for b in countries[i + 1:])
    assert len(edges) == len(pairs)
    for href, _, n in edges:
        page = get(base, href.replace("&amp;", "&").split("#")[0]).text
        assert len(set(hrefs(page, "meeting-link"))) == int(n)
    html = get(base, "/-/network").text
    assert "<svg" in html and 'class="edge"' in html and "<script" not in html.split("<svg")[1].split("</svg>")[0]


# --- Persian-aware filtering --------------------------------------------------------------------


def _row_count(html: str) -> int:
    return int(re.search(r"<h3>([\d,]+) rows?", html).group(1).replace(",", ""))


def test_meetings_search_box_folds_arabic_letters_spaces_and_zwnj(server, db):  # noqa: F811
    base = server[0]
    name = next(r[0] for r in db.execute("SELECT name FROM event_participants") if ZWNJ in r[0])
    expected = db.execute("SELECT count(DISTINCT event_id) FROM event_participants WHERE name = ?", [name]).fetchone()[0]
    for typed in (name, name.replace(ZWNJ, " "), name.replace(ZWNJ, "").replace("ی", "ي").replace("ک", "ك")):
        assert _row_count(get(base, "/rasad/meetings", _fa=typed).text) == expected, typed


def test_news_search_box_treats_hamza_spellings_alike(server, db):  # noqa: F811
    base = server[0]
    n = sum(1 for r in db.execute("SELECT title, lead, body FROM articles")
            if re.search(r"هی[ئأ]ت", " ".join(x or "" for x in r)))
    assert n > 0
    for typed in ("هیئت", "هیأت"):
        assert _row_count(get(base, "/rasad/news", _fa=typed).text) == n, typed


# --- inputs checked and said wrong in Persian and English ---------------------------------------

PROBLEMS = [
    ("meetings_in_range", {"start": "1405/13/01", "end": ""}, "ماه ۱۳", "no month 13"),
    ("meetings_in_range", {"start": "مهر", "end": ""}, "تاریخ نیست", "is not a date"),
    ("meetings_in_range", {"start": "", "end": "1405-09-01"}, "تاریخ آغاز خالی است", "start date is empty"),
    ("meetings_in_range", {"start": "2026-02-30", "end": ""}, "روز ۳۰", "Day 30 does not exist"),
    ("meetings_in_range", {"start": "1405-09-01", "end": "xyz"}, "تاریخ پایان", "end date is not a date"),
    ("meetings_in_range", {"start": "1405-09-01", "end": "1405-08-01"}, "پس از تاریخ پایان", "after the end"),
    ("person_meetings", {"person": ""}, "نام شخص خالی است", "name is empty"),
    ("person_meetings", {"person": "۱۲۳"}, "هیچ حرفی ندارد", "has no letters"),
    ("person_offices", {"person": " "}, "نام شخص خالی است", "name is empty"),
    ("office_holders", {"office": ""}, "سمت خالی است", "office is empty"),
    ("country_meetings", {"country_a": "", "country_b": ""}, "کشور نخست خالی است", "first country is empty"),
    ("search_articles", {"q": ""}, "عبارت جست‌وجو خالی است", "search text is empty"),
    ("who_held", {"office": "وزیر", "date": "1405/13/40"}, "ماه ۱۳", "no month 13"),
    ("who_held", {"office": "", "date": "1405-08-01"}, "سمت خالی است", "office is empty"),
]


@pytest.mark.parametrize("query, params, fa, en", PROBLEMS)
def test_each_input_problem_is_said_in_persian_and_english(server, query, params, fa, en):  # noqa: F811
    html = get(server[0], f"/rasad/{query}", **params).text
    box = html.split('class="rasad-problems"', 1)[1].split("</div>", 1)[0]
    assert fa in box and en in box


@pytest.mark.parametrize("path", ["/-/network", "/-/person/1"])
def test_pages_with_a_date_range_say_a_bad_date(server, path):  # noqa: F811
    html = get(server[0], path, start="1405/13/01").text
    assert "ماه ۱۳" in html and "no month 13" in html


def test_good_input_has_no_problem_box(server):  # noqa: F811
    html = get(server[0], "/rasad/meetings_in_range", start="۱۴۰۵/۰۷/۰۱", end="").text
    assert "rasad-problems" not in html and _row_count_query(html) > 0


def _row_count_query(html: str) -> int:
    return len(re.findall(r'<a class="meeting-link"', html))


# --- exports ------------------------------------------------------------------------------------


def test_meetings_csv_opens_in_excel_as_utf8_with_lists_joined(server, db):  # noqa: F811
    r = get(server[0], "/rasad/meetings.csvfa", _size="max")
    assert r.content.startswith(b"\xef\xbb\xbf") and "text/csv" in r.headers["content-type"]
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == db["events"].count
    for row in rows:
        names = [x[0] for x in db.execute("SELECT name FROM event_participants WHERE event_id = ?", [int(row["id"])])]
        assert sorted(row["participants"].split("؛ ")) == sorted(names)
        assert "[" not in row["countries"]


def test_saved_query_csv_has_the_byte_order_mark(server, db):  # noqa: F811
    _, name = busiest_person(db)
    r = get(server[0], "/rasad/person_meetings.csvfa", person=name)
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows and all("[" not in row["met_with"] for row in rows)


# --- countries ----------------------------------------------------------------------------------


def _facet(base: str, column: str) -> dict[str, int]:
    data = get(base, "/rasad/meetings.json", _facet_array=column, _size=0).json()
    return {r["value"]: r["count"] for r in data["facet_results"][column]["results"]}


def test_country_facet_counts_every_iranian_meeting_and_no_organisation(server, db):  # noqa: F811
    base = server[0]
    countries = _facet(base, "countries")
    per_event = {}
    for eid, country in db.execute("SELECT event_id, country FROM event_participants"):
        per_event.setdefault(eid, set()).add(country)
    expected = Counter(c for cs in per_event.values() for c in cs if c)
    assert countries == dict(expected)
    # Every demo meeting is one of Iran's diplomacy, its Iranian side named by title only or not.
    assert countries["ایران"] == db["events"].count
    organisations = _facet(base, "organizations")
    assert any("اتحادیه اروپا" in o for o in organisations) and any("صلیب سرخ" in o for o in organisations)
    assert not set(organisations) & set(countries)
    italy = get_rows(base, "country_meetings", country_a="ایران", country_b="ایتالیا")
    assert italy


# --- chrome -------------------------------------------------------------------------------------


def test_home_page_has_no_memory_database(server):  # noqa: F811
    html = get(server[0], "/").text
    assert "_memory" not in html
    assert [d["name"] for d in get(server[0], "/.json").json().values()] == ["rasad"]


def test_times_are_shown_in_tehran_time_and_labelled(server, db):  # noqa: F811
    art = db.execute("SELECT id, published FROM articles WHERE published LIKE '%+00:00' LIMIT 1").fetchone()
    html = get(server[0], f"/rasad/articles/{art[0]}").text
    from datetime import datetime
    from zoneinfo import ZoneInfo

    local = datetime.fromisoformat(art[1]).astimezone(ZoneInfo("Asia/Tehran")).strftime("%Y-%m-%d %H:%M")
    assert local in html and "تهران · Tehran" in html


PAGES = ["/", "/-/dashboard", "/-/persons?q=x", "/-/network", "/-/network?by=country", "/rasad",
         "/rasad/meetings", "/rasad/news", "/rasad/events", "/rasad/person_meetings?person=x"]


def test_no_page_loads_anything_from_outside(server, db):  # noqa: F811
    base = server[0]
    pid, _ = busiest_person(db)
    eid = db.execute("SELECT id FROM events LIMIT 1").fetchone()[0]
    aid = db.execute("SELECT id FROM articles LIMIT 1").fetchone()[0]
    for path in PAGES + [f"/-/person/{pid}", f"/-/meeting/{eid}", f"/rasad/articles/{aid}"]:
        html = get(base, path.split("?")[0], **dict(p.split("=") for p in path.split("?")[1:])).text
        loaded = re.findall(r'<(?:script|img|iframe|link|source|embed)\b[^>]*?(?:src|href)="([^"]+)"', html)
        loaded += re.findall(r"url\(([^)]+)\)", html) + re.findall(r"@import\s+['\"]([^'\"]+)", html)
        for url in loaded:
            host = urlsplit(url.strip("'\"")).hostname
            assert host in (None, "127.0.0.1"), (path, url)


def test_a_jalali_date_in_a_date_filter_is_read_as_one(server, db):  # noqa: F811
    base = server[0]
    day, jalali = db.execute("SELECT date, date_jalali FROM events WHERE date IS NOT NULL "
                             "ORDER BY date LIMIT 1 OFFSET 5").fetchone()
    expected = db.execute("SELECT count(*) FROM events WHERE date >= ?", [day]).fetchone()[0]
    assert 0 < expected < db["events"].count
    for typed in (jalali, jalali.replace("-", "/").translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))):
        assert _row_count(get(base, "/rasad/meetings", date__gte=typed).text) == expected, typed


def test_column_filters_read_persian_in_any_spelling(server, db):  # noqa: F811
    base = server[0]
    name = next(r[0] for r in db.execute("SELECT name FROM event_participants") if ZWNJ in r[0])
    expected = db.execute("SELECT count(DISTINCT event_id) FROM event_participants WHERE name = ?", [name]).fetchone()[0]
    typed = name.replace(ZWNJ, " ").replace("ی", "ي").replace("ک", "ك")
    assert _row_count(get(base, "/rasad/meetings", participants__contains=typed).text) == expected
    n = sum(1 for (t,) in db.execute("SELECT title FROM articles") if re.search(r"هی[ئأ]ت", t or ""))
    for typed in ("هیئت", "هیأت"):
        assert _row_count(get(base, "/rasad/news", title__contains=typed).text) == n, typed


def test_who_held_reads_a_jalali_date(server):  # noqa: F811
    base = server[0]
    gregorian = get_rows(base, "who_held", office="وزیر خارج / ایران", date="2021-08-25")
    assert gregorian
    assert get_rows(base, "who_held", office="وزیر خارج / ایران", date="۱۴۰۰/۰۶/۰۳") == gregorian
