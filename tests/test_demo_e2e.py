"""`rasad demo --dir DIR` end to end (issue 3): the sample sites are crawled through the real crawl
path into DIR/rasad.db; every article is stored once with the right Gregorian and Jalali dates,
the republished copy is linked to its original, the annotated meetings are in `events` with
`event_mentions` pointing at their articles, and the hard negatives produce no events."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import datetime
from pathlib import Path

import psutil
import pytest
from conftest import serving_port

from rasad.config import load_config
from rasad.demo.articles import demo_articles, load_agencies
from rasad.demo.check import article_row, events_of, matches, same_text
from rasad.demo.render import article_path
from rasad.schema import open_db

REPO = Path(__file__).resolve().parents[1]
STOPPED: dict = {}  # how the fixture's Ctrl-C ended the demo
ARTICLES = demo_articles()
AGENCIES = load_agencies()


def _get_json(url: str):
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.loads(resp.read())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """Run `rasad demo --serve` once, wait for Datasette to answer, ask it for the article count,
    stop it with Ctrl-C; yield (demo output, Datasette's count, db, {article id: stored row})."""
    directory = tmp_path_factory.mktemp("demo")
    log = directory / "demo.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "rasad", "demo", "--dir", str(directory), "--serve", "--port", "0"],
            cwd=REPO, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            env={**os.environ, "COLUMNS": "200"})
    served = None
    try:
        deadline = time.monotonic() + 240
        while served is None and time.monotonic() < deadline:
            port = serving_port(log.read_text())  # printed by its `rasad serve` once the crawl is done
            try:
                if port is not None:
                    served = _get_json(f"http://127.0.0.1:{port}/rasad.json?"
                                       "sql=select+count(*)+as+n+from+articles&_shape=array")[0]["n"]
            except OSError:  # not listening yet
                pass
            if served is None:  # wait a moment on the process itself
                try:
                    proc.wait(timeout=0.5)
                    break  # the demo ended without serving; the tests below say why
                except subprocess.TimeoutExpired:
                    pass
    finally:
        family = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C in its terminal
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        left = [p for p in family if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        for p in left:
            p.kill()
        STOPPED.update(status=proc.returncode, family=len(family), left=[p.pid for p in left])
    config = load_config(directory / "config.yaml")
    bases = {s.name: s.base_url.rstrip("/") for s in config.sites}
    db = open_db(config.database)
    rows = {a.id: article_row(db, bases[a.agency] + article_path(a, AGENCIES[a.agency]))
            for a in ARTICLES}
    yield log.read_text(), served, db, rows
    db.conn.close()


def test_demo_runs_offline_then_serves_the_result_in_datasette(demo):
    output, served, db, _ = demo
    assert f"Stored {len(ARTICLES)}/{len(ARTICLES)} sample articles" in output, output[-3000:]
    reports = sum(len(a.expected_events) for a in ARTICLES)
    rows = db.execute("select count(*) from events").fetchone()[0]  # the rows of its events table
    summary = re.search(r"found (\d+)/(\d+) annotated event reports \(type, participants and date\): "
                        r"(\d+) reports of (\d+) events(?:; (\d+) unexpected event\(s\), listed below)?\.",
                        " ".join(output.split()))
    found, expected, of_reports, events, unexpected = (int(g or 0) for g in summary.groups())
    assert found == expected == of_reports == reports
    assert events + unexpected == rows  # the summary counts what the table lists
    assert events < reports  # some meetings are reported more than once
    assert "rasad serve --config" in output
    assert served == len(ARTICLES), output[-3000:]
    runs = db.execute("select site, status, trigger from crawl_runs order by site").fetchall()
    assert runs == [("nava", "ok", "demo"), ("pegah", "ok", "demo")]


def test_ctrl_c_stops_the_demo_and_its_datasette_with_130(demo):
    assert STOPPED["family"] >= 1  # its `rasad serve` child was running
    assert STOPPED["left"] == [] and STOPPED["status"] == 130


def test_every_article_is_stored_once_with_its_dates(demo):
    _, _, db, rows = demo
    missing = [a.id for a in ARTICLES if rows[a.id] is None]
    assert not missing, f"not stored: {missing}"
    assert len({r["id"] for r in rows.values()}) == len(ARTICLES)
    assert db.execute("select count(*) from articles").fetchone()[0] == len(ARTICLES)
    for a in ARTICLES:
        row = rows[a.id]
        assert row["site"] == a.agency and same_text(row["title_raw"], a.title), (a.id, row["title_raw"])
        assert datetime.fromisoformat(row["published"]) == a.published_at, (a.id, row["published"])
        assert row["published_jalali"] == a.published_jalali, (a.id, row["published_jalali"])


def test_republished_copy_is_linked_to_its_original(demo):
    _, _, _, rows = demo
    for a in ARTICLES:
        if a.republished_from:
            assert rows[a.id]["duplicate_of"] == rows[a.republished_from]["id"]
            assert rows[a.id]["duplicate_reason"] in ("near", "exact")
        elif rows[a.id]["duplicate_of"] is not None:
            pytest.fail(f"{a.id} wrongly linked as a duplicate of {rows[a.id]['duplicate_of']}")


def test_annotated_events_are_stored_with_mentions_of_their_articles(demo):
    _, _, db, rows = demo
    problems = []
    for a in ARTICLES:
        stored = events_of(db, rows[a.id]["id"])  # events with an event_mentions row for it
        for expected in a.expected_events:
            if not any(matches(expected, s) for s in stored):
                got = [(s.type, s.participants, s.date) for s in stored]
                problems.append(f"{a.id}: {expected.type} {expected.participants} {expected.date}; got {got}")
    assert not problems, "\n".join(problems)


def test_one_event_reported_by_two_agencies_is_one_event(demo):
    _, _, db, rows = demo
    pairs = [("85231401", "1405090100412"), ("85231402", "1405090401873")]
    for first, second in pairs:
        expected = next(a for a in ARTICLES if a.id == first).expected_events[0]
        ids = {s.id for aid in (first, second) for s in events_of(db, rows[aid]["id"])
               if matches(expected, s)}
        assert len(ids) == 1, (first, second, ids)
        n_sources = db.execute("select n_sources from events where id = ?", [ids.pop()]).fetchone()[0]
        assert n_sources == 2


def test_hard_negatives_and_plain_news_produce_no_events(demo):
    _, _, db, rows = demo
    wrong = {}
    for a in ARTICLES:
        if not a.expected_events:
            found = events_of(db, rows[a.id]["id"])
            if found:
                wrong[a.id] = (a.hard_negative or "plain news", [(s.type, s.participants) for s in found])
    assert not wrong, wrong


def test_articles_with_meetings_report_no_other_event(demo):
    """An article that reports meetings gives those and nothing else (no party made of a title's word,
    no meeting of the topics a follow-up sentence lists)."""
    _, _, db, rows = demo
    extra = {}
    for a in ARTICLES:
        if a.expected_events:
            found = events_of(db, rows[a.id]["id"])
            others = [s for s in found if not any(matches(e, s, with_date=False) for e in a.expected_events)]
            if others:
                extra[a.id] = [(s.type, s.participants) for s in others]
    assert not extra, extra
