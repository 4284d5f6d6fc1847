"""End to end: the real `rasad run` crawling fixture agencies on 127.0.0.1 with the real
`rasad crawl` children: one daemon, four sites (a busy agency, a slower wire service, a port
nothing listens on, a server that accepts and never answers), observed through the database and
the log while it runs; then SIGHUP, SIGTERM mid-crawl, and a restart."""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import NewsSite, make_articles, refused_port
from test_daemon_support import query, rasad_run, runs, wait_until

from rasad.localsite import LocalSite

GRACE = 5

# Put on the daemon's PYTHONPATH (its crawl children inherit it): the article pipeline raises for
# an article whose raw title holds FAULT, as a bug in one pipeline step would.
FAULT = "PIPELINE-FAULT"
SITECUSTOMIZE = f"""
import importlib.abc, importlib.util, sys

class _Inject(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "pipeline.pipelines":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            original = module.ArticlePipeline.process_item

            def process_item(self, item):
                if "{FAULT}" in (item.get("title_raw") or ""):
                    raise RuntimeError("injected fault in the article pipeline")
                return original(self, item)
            module.ArticlePipeline.process_item = process_item
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, _Inject())
"""


class SilentServer:
    """Accepts connections on 127.0.0.1 and never answers (a crawl that hangs on the network)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                self.accepted.append(self.sock.accept()[0])
            except OSError:
                return

    def close(self):
        self.sock.close()
        for conn in self.accepted:
            conn.close()


def site_yaml(name: str, base: str, schedule: str) -> str:
    return (f"  - name: {name}\n    base_url: {base}/\n    schedule: {schedule}\n"
            f"    sources:\n      - rss: {base}/rss\n")


def write_config(path: Path, sites: str) -> None:
    path.write_text(
        "database: rasad.db\n"
        "settings:\n"
        "  download_delay: 0\n"
        "  concurrency_per_domain: 8\n"
        "  obey_robots: false\n"
        "  retries: 0\n"
        "  download_timeout: 60s\n"
        f"  grace_period: {GRACE}s\n"
        "  schedule: {jitter: 0s, timeout: 60s}\n"
        f"sites:\n{sites}", encoding="utf-8")


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("daemon")
    silent = SilentServer()
    with LocalSite() as agency, LocalSite() as wire, LocalSite() as late, refused_port() as down:
        news = {name: NewsSite(site) for name, site in
                (("agency", agency), ("wire", wire), ("late", late))}
        for name, start, n in (("agency", 5001, 3), ("wire", 6001, 3), ("late", 7001, 2)):
            articles = make_articles(n, start_id=start)
            if name == "wire":
                articles[-1].title += " " + FAULT
            for article in articles:
                news[name].add_article(article)
        faulty = news["wire"].articles[-1]
        sites = (site_yaml("agency", agency.base, "{every: 2s, min_interval: 2s, max_interval: 2s}")
                 + site_yaml("wire", wire.base, "{every: 1h}")
                 + site_yaml("down", f"http://127.0.0.1:{down}",
                             "{every: 8s, min_interval: 8s, max_interval: 1m}")
                 + site_yaml("stuck", f"http://127.0.0.1:{silent.port}",
                             "{every: 1h, timeout: 30s}"))
        config = tmp / "config.yaml"
        write_config(config, sites)
        inject = tmp / "inject"
        inject.mkdir()
        (inject / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
        env = {"PYTHONPATH": str(inject)}
        daemon = rasad_run(config, env)
        scene = {"tmp": tmp, "config": config, "db": tmp / "rasad.db", "daemon": daemon, "env": env,
                 "faulty": wire.url(faulty.path),
                 "news": news, "sites": sites, "silent": silent, "late": late, "restarted": None}
        try:
            yield scene
        finally:
            daemon.close()
            if scene["restarted"]:
                scene["restarted"].close()
            silent.close()


def test_articles_added_between_runs_appear_without_restart(scene):
    db = scene["db"]
    first = wait_until(lambda: runs(db, "agency", "ok"), 90, "the agency's first crawl")[0]
    assert first["new_articles"] == 3 and first["trigger"] == "schedule"
    for article in make_articles(5, start_id=5001)[3:]:
        scene["news"]["agency"].add_article(article)
    later = wait_until(lambda: [r for r in runs(db, "agency", "ok") if r["new_articles"] == 2],
                       90, "a crawl that finds the two added articles")[0]
    assert later["id"] > first["id"]
    stored = query(db, "select a.canonical_url, h.article_id from articles a "
                       "left join article_html h on h.article_id = a.id where a.site = 'agency'")
    assert len(stored) == 5 and all(r["article_id"] for r in stored)
    assert scene["daemon"].proc.poll() is None


def test_sites_are_crawled_at_their_own_rates(scene):
    db = scene["db"]
    wait_until(lambda: len(runs(db, "agency", "ok")) >= 2, 90, "two crawls of the agency")
    wire = runs(db, "wire")
    assert [r["status"] for r in wire] == ["ok"]
    state = query(db, "select * from sites where name = 'wire'")[0]
    # every link was new: the interval shrinks by a quarter (adaptive polling)
    assert state["interval_seconds"] == 3600 * 0.75 and state["last_run_id"] == wire[0]["id"]


def test_an_exception_in_a_pipeline_for_one_article_is_recorded_and_the_run_goes_on(scene):
    db = scene["db"]
    wire = wait_until(lambda: runs(db, "wire", "ok"), 90, "the wire service's crawl")[0]
    assert (wire["new_articles"], wire["errors"]) == (2, 1)
    errors = query(db, "select url, reason, run_id from errors where site = 'wire'")
    assert [(unquote(e["url"]), e["run_id"]) for e in errors] == [(scene["faulty"], wire["id"])]
    assert "injected fault in the article pipeline" in errors[0]["reason"]
    stored = [unquote(r["url"]) for r in query(db, "select url from articles where site = 'wire'")]
    assert len(stored) == 2 and scene["faulty"] not in stored


def test_an_unreachable_site_backs_off_while_the_others_run(scene):
    db, daemon = scene["db"], scene["daemon"]
    daemon.wait_log("(interval 24s, failing streak 2)", 90)   # 8s x (1 + 2)
    assert "(interval 16s, failing streak 1)" in daemon.log()
    failed = [r for r in runs(db, "down") if r["status"] != "running"]
    assert failed and {r["status"] for r in failed} == {"failed"}
    errors = query(db, "select url, reason from errors where site = 'down'")
    assert errors and all("/rss" in e["url"] and e["reason"] for e in errors)
    status = subprocess.run([sys.executable, "-m", "rasad", "status", "--config", str(scene["config"]),
                             "--json"], capture_output=True, text=True, timeout=60, check=True)
    down = next(s for s in json.loads(status.stdout) if s["site"] == "down")
    assert down["failing_streak"] >= 2 and down["last_error"]
    assert down["last_page_error"]["url"].endswith("/rss") and down["last_page_error"]["reason"]
    assert down["effective_interval_seconds"] == 8 * (1 + down["failing_streak"])
    assert len(runs(db, "agency", "ok")) >= 2


def test_a_crawl_hanging_past_its_timeout_is_stopped(scene):
    db = scene["db"]
    stuck = wait_until(lambda: runs(db, "stuck", "timed_out"), 90, "the hanging crawl's timeout")[0]
    assert scene["silent"].accepted, "the crawl never reached the silent server"
    assert "timeout of 30s" in stuck["error"] and stuck["ended"]
    # The daemon closes the run, then records the site's new streak: wait for the second write.
    streak = wait_until(lambda: query(db, "select failing_streak from sites where name = 'stuck' "
                                          "and failing_streak > 0"), 30, "the stuck site's failing streak")
    assert streak[0]["failing_streak"] == 1


def test_sighup_with_a_new_site_adds_its_job(scene):
    db, daemon = scene["db"], scene["daemon"]
    write_config(scene["config"], scene["sites"] + site_yaml("late", scene["late"].base, "{every: 1h}"))
    daemon.send(signal.SIGHUP)
    daemon.wait_log("added ['late']", 30)
    late = wait_until(lambda: runs(db, "late", "ok"), 90, "the added site's first crawl")[0]
    assert late["new_articles"] == 2


def test_sigterm_mid_crawl_leaves_a_consistent_database_and_the_next_start_resumes(scene):
    db, daemon = scene["db"], scene["daemon"]
    # an unchanged feed starts no crawl process: publish an article so that one is in flight
    scene["news"]["agency"].add_article(make_articles(6, start_id=5001)[5])
    in_flight = wait_until(lambda: [r for r in runs(db, "agency", "running") if r["pid"]],
                           60, "an agency crawl in flight")[0]
    begun = time.monotonic()
    assert daemon.stop(GRACE + 30) == 0
    assert time.monotonic() - begun < GRACE + 10
    assert "rasad daemon stopped" in daemon.log()
    assert not query(db, "select id from crawl_runs where status = 'running' or ended is null")
    assert query(db, "select status from crawl_runs where id = ?", (in_flight["id"],))[0]["status"] \
        in ("interrupted", "ok")
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()
    half = query(db, "select a.id from articles a left join article_html h on h.article_id = a.id "
                     "where h.article_id is null")
    assert not half, "articles stored without their HTML"

    last = query(db, "select max(id) as id from crawl_runs")[0]["id"]
    scene["restarted"] = rasad_run(scene["config"], scene["env"])
    resumed = wait_until(lambda: query(db, "select id from crawl_runs where id > ? and site = 'agency' "
                                           "and status = 'ok'", (last,)), 90, "a crawl after the restart")
    assert scene["restarted"].stop(GRACE + 30) == 0
    # a crawl that had recorded its result when SIGTERM came keeps it
    assert query(db, "select status from crawl_runs where id = ?", (resumed[0]["id"],))[0]["status"] == "ok"
