"""`rasad serve` end to end: crawl the demo agencies into a database, serve it on 127.0.0.1 and
check what an analyst gets: canned queries, Persian full-text search, facets, Jalali dates,
scraped HTML shown as text, and serving while the daemon writes.

Expected rows come from the crawled database itself (plain SQL and Python), never from the
canned queries' own SQL, so a wrong query fails."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path

import httpx
import jdatetime
import pytest
from conftest import serving_port

from rasad.demo.articles import Article
from rasad.demo.site import build_site, demo_articles
from rasad.localsite import LocalSite
from rasad.schema import open_db

ZWNJ = "\u200c"
SCRIPT = "<script>window.__pwned=1</script>"
SCRIPT_ARTICLE = Article(
    id="99990001",
    agency="pegah",
    section="سیاسی",
    title="متنی با برچسب اسکریپت در خبر",
    lead="این خبر یک برچسب اسکریپت در متن خود دارد.",
    body=[f"بخشی از متن {SCRIPT} که باید به صورت متن دیده شود.", "پایان خبر آزمایشی."],
    published="۱۴۰۵/۰۹/۰۸ - ۰۹:۰۰",
    author="آزمون",
    expected_events=[],
)


# --- fixtures -----------------------------------------------------------------------------------


def wait_for(predicate, timeout: float, what: str, interval: float = 0.1):
    """Poll *predicate* until it returns something truthy; fail naming *what* at the deadline."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = predicate()
        except (httpx.HTTPError, OSError) as exc:
            last = exc
        else:
            if last:
                return last
        threading.Event().wait(interval)
    pytest.fail(f"timed out waiting for {what} (last: {last!r})")


def indexed(base: str) -> int:
    """The number of articles when the search index holds each of them (the writers' triggers
    index an article in its own transaction), else 0."""
    sql = "select (select count(*) from articles_fts) as indexed, (select count(*) from articles) as n"
    row = get_rows(base, "", sql=sql)[0]
    return row["n"] if row["indexed"] == row["n"] else 0


# The browser tests import these fixtures; pytest then holds a second definition of each, so the
# server and its crawled database are kept here to be made once per session.
_shared: dict[str, object] = {}


def _demo_sites() -> dict[str, LocalSite]:
    """Two demo agencies (one also publishing a <script>) and a site whose feed answers 500."""
    articles = demo_articles()
    broken = LocalSite()
    broken.start()
    broken.add("/rss", "down for maintenance", status=500)
    return {
        "pegah": build_site([a for a in articles if a.agency == "pegah"] + [SCRIPT_ARTICLE], "pegah"),
        "nava": build_site([a for a in articles if a.agency == "nava"], "nava"),
        "broken": broken,
    }


def _write_config(root: Path, sites: dict[str, LocalSite]) -> Path:
    lines = [f"database: {root / 'rasad.db'}", "settings:", "  download_delay: 0", "  retries: 0",
             "  obey_robots: false", "sites:"]
    for name, site in sites.items():
        source = ("sitemap", "/sitemap.xml") if name == "pegah" else ("rss", "/rss")
        lines += [f"  - name: {name}", f"    base_url: {site.url('/')}", "    sources:",
                  f"      - {source[0]}: {site.url(source[1])}"]
    config = root / "config.yaml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """`rasad serve` on a free 127.0.0.1 port while `rasad crawl` fills its database, as the
    daemon would; ready once the crawl is done and the search index has caught up.
    Yields (base URL, server log, config, server PID)."""
    if "server" in _shared:
        yield _shared["server"]
        return
    root = tmp_path_factory.mktemp("serve")
    sites = _demo_sites()
    config = _write_config(root, sites)
    open_db(root / "rasad.db").conn.close()  # the schema, before two processes open it at once
    log = root / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "rasad", "serve", "--config", str(config), "--port", "0"],
            stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        def printed_port():
            if proc.poll() is not None:
                pytest.fail(f"rasad serve exited with {proc.returncode}:\n{log.read_text()}")
            return serving_port(log.read_text())

        base = f"http://127.0.0.1:{wait_for(printed_port, 60, 'rasad serve to print its port')}"
        try:
            crawl = subprocess.run(
                [sys.executable, "-m", "rasad", "crawl", "--all", "--quiet", "--config", str(config)],
                capture_output=True, text=True, timeout=240,
            )
        finally:
            for site in sites.values():
                site.stop()

        def up():
            if proc.poll() is not None:
                pytest.fail(f"rasad serve exited with {proc.returncode}:\n{log.read_text()}")
            return httpx.get(base + "/-/versions.json", timeout=2).status_code == 200

        wait_for(up, 60, "rasad serve to answer /-/versions.json")
        assert wait_for(lambda: indexed(base), 60, "the search index to catch up with the crawl") > 20, crawl.stderr
        _shared["server"] = (base, log, config, proc.pid)
        yield _shared["server"]
    finally:
        _shared.pop("server", None)
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def crawled(server) -> Path:
    """The config of the crawled database being served."""
    return server[2]


@pytest.fixture(scope="session")
def db(crawled: Path):
    database = open_db(crawled.parent / "rasad.db")
    yield database
    database.conn.close()


def get_rows(base: str, path: str, **params) -> list[dict]:
    """Rows of /rasad/PATH.json (PATH "" runs ?sql=) as a list of dicts."""
    url = f"{base}/rasad/{path}.json" if path else f"{base}/rasad.json"
    r = httpx.get(url, params={**params, "_shape": "array"}, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


# --- an oracle for Persian matching, independent of rasad.fts -----------------------------------

_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", ZWNJ: None})


def words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").translate(_FOLD)))


def arabic(text: str) -> str:
    return text.replace("ی", "ي").replace("ک", "ك")


def has_persian_variants(word: str) -> bool:
    return ZWNJ in word and ("ی" in word or "ک" in word)


# --- canned queries -----------------------------------------------------------------------------


def test_person_meetings_by_any_spelling(server, db):
    base = server[0]
    counts = Counter(r["person_id"] for r in db["event_participants"].rows)
    person = db["persons"].get(counts.most_common(1)[0][0])
    word = sorted(words(person["name"]), key=len)[-1]  # the longest word of the name, e.g. a surname
    expected_people = {p["id"] for p in db["persons"].rows
                       if any(word in words(alias) for alias in json.loads(p["aliases"]) + [p["name"]])}
    expected = {(r["event_id"], r["person_id"]) for r in db["event_participants"].rows
                if r["person_id"] in expected_people}
    names = {pid: db["persons"].get(pid)["name"] for pid in expected_people}
    for typed in (word, arabic(word)):
        rows = get_rows(base, "person_meetings", person=typed)
        assert {(r["event_id"], next(k for k, v in names.items() if v == r["person"])) for r in rows} == expected
    others = {r["met_with"] for r in get_rows(base, "person_meetings", person=word)}
    assert all(person["name"] not in (o or "") for o in others)  # met_with lists the others only


def test_meetings_between_two_countries(server, db):
    base = server[0]
    by_event: dict[int, set[str]] = {}
    for r in db["event_participants"].rows:
        if r["country"]:
            by_event.setdefault(r["event_id"], set()).add(r["country"])
    pairs = Counter(frozenset(p) for cs in by_event.values() for p in combinations(sorted(cs), 2))
    a, b = sorted(pairs.most_common(1)[0][0])
    expected = {e for e, cs in by_event.items() if {a, b} <= cs}
    assert expected
    assert {r["event_id"] for r in get_rows(base, "country_meetings", country_a=a, country_b=b)} == expected
    assert {r["event_id"] for r in get_rows(base, "country_meetings", country_a=arabic(b),
                                            country_b=arabic(a))} == expected
    with_anyone = {r["event_id"] for r in db["event_participants"].rows if r["country"] == a
                   and sum(1 for _ in db["event_participants"].rows_where("event_id = ?", [r["event_id"]])) > 1}
    assert {r["event_id"] for r in get_rows(base, "country_meetings", country_a=a, country_b="")} == with_anyone


def test_meetings_in_a_date_range_jalali_or_gregorian(server, db):
    base = server[0]
    dates = sorted(date.fromisoformat(r["date"]) for r in db["events"].rows if r["date"])
    start, end = dates[len(dates) // 4], dates[3 * len(dates) // 4]
    expected = {r["id"] for r in db["events"].rows if r["date"] and start <= date.fromisoformat(r["date"]) <= end}
    assert expected and len(expected) < db["events"].count
    j_start, j_end = jdatetime.date.fromgregorian(date=start), jdatetime.date.fromgregorian(date=end)
    fa = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    forms = [
        (start.isoformat(), end.isoformat()),
        (j_start.strftime("%Y-%m-%d"), j_end.strftime("%Y-%m-%d")),
        (j_start.strftime("%Y/%m/%d").translate(fa), j_end.strftime("%Y/%m/%d").translate(fa)),
    ]
    for s, e in forms:
        rows = get_rows(base, "meetings_in_range", start=s, end=e)
        assert {r["event_id"] for r in rows} == expected, (s, e)
    assert get_rows(base, "meetings_in_range", start="not a date", end="") == []


def test_who_met_whom_most_often(server, db):
    base = server[0]
    by_event: dict[int, set[int]] = {}
    for r in db["event_participants"].rows:
        by_event.setdefault(r["event_id"], set()).add(r["person_id"])
    pairs = Counter(p for people in by_event.values() for p in combinations(sorted(people), 2))
    name = {p["id"]: p["name"] for p in db["persons"].rows}
    expected = Counter({frozenset((name[a], name[b])): n for (a, b), n in pairs.items()})
    rows = get_rows(base, "top_pairs")
    assert Counter({frozenset((r["person_a"], r["person_b"])): r["events"] for r in rows}) == expected
    assert [r["events"] for r in rows] == sorted((r["events"] for r in rows), reverse=True)


def test_new_in_the_last_24_hours(server, db):
    base = server[0]
    now = datetime.now(timezone.utc)
    recent = lambda ts: ts and now - datetime.fromisoformat(ts) <= timedelta(hours=24)  # noqa: E731
    with db.atomic():  # one article fetched two days ago must not show
        old = dict(db["articles"].get(1))
        old.update(id=None, url=old["url"] + "?old", canonical_url=old["canonical_url"] + "?old",
                   fetched=(now - timedelta(days=2)).isoformat(timespec="seconds"))
        old_id = db["articles"].insert(old).last_pk
    expected = {("article", r["id"]) for r in db["articles"].rows if recent(r["fetched"])}
    expected |= {("event", r["id"]) for r in db["events"].rows if recent(r["first_seen"])}
    rows = get_rows(base, "last_24_hours")
    assert {(r["kind"], r["id"]) for r in rows} == expected
    assert ("article", old_id) not in {(r["kind"], r["id"]) for r in rows}
    assert any(k == "event" for k, _ in expected) and any(k == "article" for k, _ in expected)


def test_sites_that_failed_in_their_last_run(server, db):
    base = server[0]
    last = {}
    for r in db["crawl_runs"].rows_where("status != 'running'", order_by="started, id"):
        last[r["site"]] = r
    expected = {s for s, r in last.items() if r["status"] != "ok"}
    assert expected == {"broken"}  # the fixture's broken site, and only it
    rows = get_rows(base, "failing_sites")
    assert {r["site"] for r in rows} == expected
    assert rows[0]["error_pages"] >= 1 and rows[0]["status"] == last["broken"]["status"]


# --- full-text search ---------------------------------------------------------------------------


def _searchable_word(db) -> tuple[str, set[int]]:
    """A ZWNJ word with ی or ک, present in several articles, and the ids of those articles."""
    found: dict[str, set[int]] = {}
    for a in db["articles"].rows:
        for field in ("title", "lead", "body"):
            for w in re.findall(r"[\w\u200c]+", a[field] or ""):
                if has_persian_variants(w):
                    found.setdefault(w, set()).add(a["id"])
    word = max(found, key=lambda w: (len(found[w]), w))
    key = word.translate(_FOLD)
    ids = {a["id"] for a in db["articles"].rows
           if any(key in words(a[f]) for f in ("title", "lead", "body"))}
    return word, ids


def test_search_finds_persian_with_and_without_zwnj_and_arabic_letters(server, db):
    base = server[0]
    wait_for(lambda: indexed(base), 60, "the search index to catch up")
    word, expected = _searchable_word(db)
    assert len(expected) >= 2
    typed = [word, word.replace(ZWNJ, ""), arabic(word), arabic(word.replace(ZWNJ, ""))]
    for q in typed:
        assert {r["id"] for r in get_rows(base, "search_articles", q=q)} == expected, q
        assert {r["id"] for r in get_rows(base, "articles", _search=q, _col="id")} == expected, q
        assert {r["id"] for r in get_rows(base, "news", _search=q, _col="id")} == expected, q


def test_search_finds_articles_served_without_zwnj(server, db):
    """Pages whose CMS stripped every ZWNJ are still found by a word typed with its ZWNJ."""
    base = server[0]
    wait_for(lambda: indexed(base), 60, "the search index to catch up")
    stored = None
    for article in (a for a in demo_articles() if a.page.strip_zwnj):
        title_words = [w for w in article.title.split() if ZWNJ in w]
        row = db.execute("select id from articles where url like ?", [f"%{article.id}%"]).fetchone()
        if row and title_words:
            stored = row
            break
    assert stored, "no article served without ZWNJ was crawled"
    for q in (title_words[0], title_words[0].replace(ZWNJ, "")):
        assert stored[0] in {r["id"] for r in get_rows(base, "search_articles", q=q)}


def test_person_search_by_alias(server, db):
    base = server[0]
    wait_for(lambda: indexed(base), 60, "the search index to catch up")
    person = max(db["persons"].rows, key=lambda p: len(p["name"]))
    word = sorted(words(person["name"]), key=len)[-1]
    rows = get_rows(base, "persons", _search=arabic(word))
    assert person["id"] in {r["id"] for r in rows}


# --- facets, dates, escaping ----------------------------------------------------------------------


def test_facets_list_the_fixture_sites(server, db):
    base = server[0]
    stored_sites = {r[0] for r in db.execute("select distinct site from articles")}
    assert stored_sites == {"pegah", "nava"}
    for table in ("news", "articles"):
        r = httpx.get(f"{base}/rasad/{table}.json", timeout=30).json()
        assert {v["value"] for v in r["facet_results"]["site"]["results"]} == stored_sites
    meetings = httpx.get(f"{base}/rasad/meetings.json", timeout=30).json()["facet_results"]
    assert {"type", "countries", "sites", "month_jalali"} <= set(meetings)
    assert {v["value"] for v in meetings["sites"]["results"]} <= stored_sites
    months = {r["date_jalali"][:7] for r in db["events"].rows if r["date_jalali"]}
    assert {v["value"] for v in meetings["month_jalali"]["results"]} == months


def test_event_dates_show_jalali_beside_gregorian(server, db):
    base = server[0]
    event = next(db["events"].rows_where("date is not null", order_by="date desc"))
    html = httpx.get(f"{base}/rasad/events/{event['id']}", timeout=30).text
    j = jdatetime.date.fromgregorian(date=date.fromisoformat(event["date"]))
    month = jdatetime.date.j_months_fa[j.month - 1]
    m = re.search(r'<span class="jalali" dir="rtl">([^<]+)</span>', html)
    assert m and month in m.group(1), html[:3000]
    assert event["date"] in html
    meetings = httpx.get(f"{base}/rasad/meetings", params={"id": event["id"]}, timeout=30).text
    year = str(j.year).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert f'{event["date_jalali"][:7]} <span class="fa-label" dir="rtl">{month} {year}</span>' in meetings
    assert f'{event["type"]} <span class="fa-label" dir="rtl">' in meetings


def test_view_labels_link_to_their_rows(server, db):
    base = server[0]
    html = httpx.get(f"{base}/rasad/meetings", params={"_size": "max"}, timeout=30).text
    linked = {int(i) for i in re.findall(r'<a href="/-/meeting/(\d+)"><div class="fa"', html)}  # the meeting page (issue 11)
    assert linked == {r["id"] for r in db["events"].rows if r["label"]}
    html = httpx.get(f"{base}/rasad/news", params={"_size": "max"}, timeout=30).text
    linked = {int(i) for i in re.findall(r'<a href="/rasad/articles/(\d+)"><div class="fa"', html)}
    assert linked == {r["id"] for r in db["articles"].rows if r["title"]}


def test_scraped_script_shows_as_text(server, db):
    base = server[0]
    row = db.execute("select id from articles where body_raw like '%<script>window.__pwned%'").fetchone()
    assert row, "the fixture article with a <script> was not stored"
    for path in (f"/rasad/articles/{row[0]}", f"/rasad/articles?id={row[0]}"):
        html = httpx.get(base + path, timeout=30).text
        assert "&lt;script&gt;window.__pwned" in html
        assert "<script>window.__pwned" not in html


def test_no_write_paths(server):
    base = server[0]
    assert httpx.get(f"{base}/rasad/no_such_table", timeout=10).status_code == 404
    r = httpx.post(f"{base}/rasad/articles/-/insert", json={"row": {"site": "x"}}, timeout=10)
    assert r.status_code in (403, 404, 405)
    r = httpx.post(f"{base}/rasad", data={"sql": "delete from articles"}, timeout=10)
    assert r.status_code in (403, 404, 405)
    rows = httpx.get(f"{base}/rasad.json", params={"sql": "select count(*) as n from articles",
                                                  "_shape": "array"}, timeout=10).json()
    assert rows[0]["n"] > 0


# The daemon's side: another process storing generated articles through pipeline.store at a
# crawler's pace, each with WORD and a code of its own; prints "i" after each commit.
STORE_WRITER = r"""
import sys, time
from datetime import datetime, timezone
from pipeline.events import extract_events
from pipeline.normalize import normalize
from pipeline.store import store_article
from rasad.config import Settings
from rasad.demo.generate import generated_articles
from rasad.schema import open_db

path, n, rate, word = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
db, settings, begun = open_db(path), Settings(), time.monotonic()
for i, art in enumerate(generated_articles(n, seed=11)):
    title, lead = normalize(f"{art.title} {word} {sys.argv[5 + i]}"), normalize(art.lead)
    body = normalize("\n".join(art.body))
    store_article(db, {
        "site": "pegah", "url": f"http://writer.test/{i}", "canonical_url": f"writer.test/{i}",
        "title_raw": title, "title": title, "lead": lead, "body": body, "html": body.encode(),
        "fetched": datetime.now(timezone.utc), "events": extract_events(text=body, title=title),
    }, settings)
    print(i, flush=True)
    time.sleep(max(0.0, begun + (i + 1) / rate - time.monotonic()))  # pacing, not synchronisation
"""
CODE_LETTERS = dict(zip("0123456789", "ابپتثجچحخد"))  # a Persian "word" per number, no affixes


def code(i: int) -> str:
    return "کد" + "".join(CODE_LETTERS[c] + "ر" for c in str(i))  # no letter twice in a row (hazm folds repeats)


def search_count(base: str, text: str) -> int:
    sql = "select count(*) as n from articles_fts where articles_fts match fa_match(:q)"
    return get_rows(base, "", sql=sql, q=text)[0]["n"]


def test_keeps_serving_while_the_daemon_writes(server, crawled):
    """A writer process stores 20 articles a second through pipeline.store while pages are read:
    every page answers, an article is found by the first search made after its commit, and
    nothing anywhere says "database is locked"."""
    base, log = server[:2]
    n, rate, word = 160, 20.0, "آزمون‌نویسی"
    writer = subprocess.Popen(
        [sys.executable, "-c", STORE_WRITER, str(crawled.parent / "rasad.db"), str(n), str(rate), word,
         *(code(i) for i in range(n))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    found: dict[int, object] = {}

    def probe_each_commit():  # article i is committed when its line arrives: search must find it
        for line in writer.stdout:
            i = int(line.split()[0])
            try:
                found[i] = search_count(base, code(i))
            except Exception as exc:  # reported by the assertion below
                found[i] = exc

    prober = threading.Thread(target=probe_each_commit)
    prober.start()
    statuses = []
    try:
        while writer.poll() is None or len(statuses) < 10:
            for path in ("/rasad/news.json", "/rasad/meetings", "/-/dashboard"):
                statuses.append(httpx.get(base + path, timeout=30).status_code)
    finally:
        writer.wait(timeout=120)
        prober.join()
    stderr = writer.stderr.read()
    assert writer.returncode == 0, stderr[-3000:]
    assert found == {i: 1 for i in range(n)}, {i: f for i, f in found.items() if f != 1}
    assert set(statuses) == {200}
    assert search_count(base, word.replace(ZWNJ, "")) == n
    assert "locked" not in stderr and "locked" not in log.read_text()


def _open_modes(pid: int, path: Path) -> set[str]:
    """How process *pid* has the database file open: "ro" and/or "rw" (SQLite opens the file
    O_RDONLY only for a read-only connection; its WAL it opens read-write either way)."""
    modes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
            info = Path(f"/proc/{pid}/fdinfo/{fd.name}").read_text()
        except OSError:
            continue
        if target == str(path):
            flags = int(re.search(r"flags:\s+(\d+)", info).group(1), 8)
            modes.add("ro" if flags & os.O_ACCMODE == os.O_RDONLY else "rw")
    return modes


@pytest.mark.skipif(not Path("/proc/self/fdinfo").exists(), reason="needs Linux /proc")
def test_the_server_holds_the_database_read_only(server, crawled):
    """Once serving, `rasad serve` has the database open for reading only."""
    base, pid = server[0], server[3]
    assert get_rows(base, "news", _size=5)
    assert _open_modes(pid, (crawled.parent / "rasad.db").resolve()) == {"ro"}


def test_datasette_cannot_write_through_its_connections(crawled):
    """Even Datasette's own write path (execute_write) gets a read-only connection."""
    import asyncio
    import sqlite3

    from rasad.serve import build_datasette

    database = build_datasette(crawled.parent / "rasad.db").databases["rasad"]

    async def attempt(fn):
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            await fn()

    asyncio.run(attempt(lambda: database.execute_write("insert into sites (name) values ('x')")))
    asyncio.run(attempt(lambda: database.execute_fn(
        lambda conn: conn.execute("delete from articles"))))
    assert asyncio.run(database.execute("select count(*) from sites where name = 'x'")).first()[0] == 0


def test_dashboard_bars_count_the_events_they_link_to(server, db):
    """Every bar's number is the number of meetings its link lists, in both charts."""
    import html as html_lib

    base = server[0]
    page = httpx.get(f"{base}/-/dashboard", timeout=30).text
    marks = re.findall(r'<a href="([^"]+)"><rect class="mark"[^>]*><title>([^<]+)</title>', page)
    dated = sum(1 for r in db["events"].rows if r["date"])
    assert len(marks) >= 4
    shown = 0
    for href, tip in marks:
        n = int(re.search(r": (\d+) ", html_lib.unescape(tip)).group(1))
        url = html_lib.unescape(href)
        path, _, query = url.partition("?")
        rows = httpx.get(f"{base}{path}.json?{query}&_shape=array&_size=max", timeout=30).json()
        assert len(rows) == n, (url, tip)
        shown += n if "date__gte" in query else 0
    assert shown == dated  # the timeline covers every dated event (all within the last year)


# --- metadata -----------------------------------------------------------------------------------


def test_every_table_and_column_described(server, db):
    base = server[0]
    meta = httpx.get(f"{base}/-/metadata.json", timeout=10).json()["databases"]["rasad"]["tables"]
    names = set(db.table_names()) | set(db.view_names())
    shadow = {t for t in names if re.match(r".+_fts_(data|idx|docsize|config|content)$", t)}
    assert names - shadow <= set(meta), sorted(names - shadow - set(meta))
    for table in names - shadow:
        assert meta[table].get("description"), table
        cols = set(db[table].columns_dict)
        assert cols <= set(meta[table].get("columns", {})), (table, sorted(cols - set(meta[table]["columns"])))
    assert meta["events"]["label_column"] == "label"
    assert meta["articles"]["label_column"] == "title"
    assert meta["persons"]["label_column"] == "name"
    assert meta["sites"]["label_column"] == "name"


def test_serve_refuses_a_taken_port_at_once(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(f"database: {tmp_path / 'rasad.db'}\nsites: []\n", encoding="utf-8")
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "rasad", "serve", "--config", str(config),
                               "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == (f"error: cannot listen on 127.0.0.1:{port}: Address already in use "
                                   "(another rasad serve? choose one with --port)")
    assert not (tmp_path / "rasad.db").exists()  # nothing created or indexed


def test_plain_datasette_with_the_same_files(server, crawled):
    """The README's plain `datasette` command loads the same metadata, plugin and templates."""
    from rasad.serve import datasette_command

    cmd = datasette_command(crawled.parent / "rasad.db").split()
    done = subprocess.run(
        [str(Path(sys.executable).parent / "datasette"), *cmd[1:], "--get", "/-/dashboard"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "rasad dashboard" in done.stdout and 'class="mark"' in done.stdout
