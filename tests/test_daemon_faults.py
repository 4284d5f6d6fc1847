"""The daemon's scheduling and fault handling, driven with a fast fake crawl child
(test_daemon_support.FAKE_CRAWL) so that many runs fit in a few seconds. The same daemon against
the real `rasad crawl` is tested in test_daemon_run.py."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import psutil
import pytest
from click.testing import CliRunner
from test_daemon_support import fake_daemon, query, runs, wait_until

from rasad.cli import cli
from rasad.schema import open_db
from scheduler import INTERRUPT_WAIT


def write(tmp_path: Path, sites: dict[str, str], modes: dict, grace: str = "3s") -> tuple[Path, Path]:
    """config.yaml with one site per entry (value: its schedule block) and modes.json."""
    lines = [
        "database: rasad.db",
        "settings:",
        f"  grace_period: {grace}",
        "  schedule: {every: 0.25s, jitter: 0s, min_interval: 0.25s, max_interval: 0.25s, timeout: 30s}",
        "sites:",
    ]
    for name, schedule in sites.items():
        lines += [f"  - name: {name}", "    base_url: http://127.0.0.1:9/",
                  "    sources: [{rss: 'http://127.0.0.1:9/rss'}]"]
        if schedule:
            lines.append(f"    schedule: {schedule}")
    config = tmp_path / "config.yaml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    modes_path = tmp_path / "modes.json"
    modes_path.write_text(json.dumps(modes), encoding="utf-8")
    return config, modes_path


@pytest.fixture
def daemons():
    started = []

    def start(config: Path, modes: Path):
        d = fake_daemon(config, modes)
        started.append(d)
        return d

    yield start
    for d in started:
        d.close()


def test_sites_run_at_their_own_rates_and_the_interval_adapts(tmp_path, daemons):
    config, modes = write(tmp_path, {
        "fast": "",
        "slow": "{every: 1s, min_interval: 1s, max_interval: 1s}",
        "quiet": "{every: 0.25s, min_interval: 0.25s, max_interval: 1h}",  # everything already known
    }, {"fast": {"ok": [2, 2]}, "slow": {"ok": [2, 2]}, "quiet": {"ok": [0, 9]}})
    daemon = daemons(config, modes)
    db = tmp_path / "rasad.db"
    wait_until(lambda: len(runs(db, "slow", "ok")) >= 3, 30, "three runs of the slow site")
    fast, slow = len(runs(db, "fast", "ok")), len(runs(db, "slow", "ok"))
    assert fast >= 2 * slow, (fast, slow)
    # mostly known -> the interval grows by half each run: 0.25s, 0.375s, 0.56s ...
    quiet = query(db, "select interval_seconds, failing_streak from sites where name = 'quiet'")[0]
    assert quiet["interval_seconds"] >= 0.375 and quiet["failing_streak"] == 0
    assert re.search(r"quiet: ok, 0 new, 9 known, 0 errors, 10 requests in [\d.]+s \(crawl process [\d.]+s, slot wait [\d.]+s\); next run .* "
                     r"\(interval 0.4s\)", daemon.log())
    assert query(db, "select interval_seconds from sites where name = 'slow'")[0]["interval_seconds"] == 1
    assert daemon.stop(10) == 0


def test_a_crashing_crawl_is_recorded_and_retried_with_linear_backoff(tmp_path, daemons):
    config, modes = write(tmp_path, {"broken": "{every: 0.25s, min_interval: 0.25s, max_interval: 2s}", "fine": ""},
                          {"broken": {"crash": "boom in the spider"}})
    daemon = daemons(config, modes)
    db = tmp_path / "rasad.db"
    daemon.wait_log("(interval 0.8s, failing streak 2)", 30)
    failed = runs(db, "broken")
    assert {r["status"] for r in failed} == {"failed"}
    assert "exited with status 3 without recording a result" in failed[0]["error"]
    assert "RuntimeError: boom in the spider" in failed[0]["error"]
    assert "(interval 0.5s, failing streak 1)" in daemon.log()
    assert len(runs(db, "fine", "ok")) >= len(failed)  # the other site is not held back

    status = CliRunner().invoke(cli, ["status", "--config", str(config), "--json"])
    assert status.exit_code == 0, status.output
    broken = next(s for s in json.loads(status.output) if s["site"] == "broken")
    assert broken["failing_streak"] >= 2
    assert "boom in the spider" in broken["last_error"]
    assert broken["effective_interval_seconds"] == min(2, 0.25 * (1 + broken["failing_streak"]))
    table = CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["status", "--config", str(config)]).output
    broken_row = table[table.index(" broken "):table.index(" fine ")]
    assert "failed · 0 new" in broken_row and "RuntimeError: boom in the spider" in broken_row

    # the site recovers: the streak resets and the interval returns to its base
    modes.write_text(json.dumps({}), encoding="utf-8")
    daemon.wait_log("broken: ok, 1 new", 30)
    assert query(db, "select failing_streak from sites where name = 'broken'")[0]["failing_streak"] == 0
    assert daemon.stop(10) == 0


def _pid_file(tmp_path: Path, site: str) -> int:
    path = tmp_path / f"hang-{site}.pid"
    return path.exists() and path.read_text().strip() and int(path.read_text())


def test_a_crawl_past_its_timeout_is_killed_with_its_process_group(tmp_path, daemons):
    config, modes = write(tmp_path, {"stuck": "{every: 1s, timeout: 0.5s}", "fine": ""},
                          {"stuck": {"hang": "stubborn"}}, grace="0.5s")
    daemon = daemons(config, modes)
    db = tmp_path / "rasad.db"
    grandchild = wait_until(lambda: _pid_file(tmp_path, "stuck"), 20, "the hanging crawl")
    timed_out = wait_until(lambda: runs(db, "stuck", "timed_out"), 20, "a timed_out run")[0]
    assert "exceeding its timeout of 0.5s" in timed_out["error"] and timed_out["ended"]
    wait_until(lambda: not psutil.pid_exists(grandchild) or
               psutil.Process(grandchild).status() == psutil.STATUS_ZOMBIE, 10, "the grandchild to die")
    assert runs(db, "fine", "ok")
    assert daemon.stop(10) == 0


def test_sigterm_interrupts_crawls_still_running_after_the_grace_period(tmp_path, daemons):
    """Past the grace period a polite crawl stops on SIGTERM, a stubborn one gets SIGKILL
    (scheduler.INTERRUPT_WAIT later); both are marked interrupted."""
    config, modes = write(tmp_path, {"polite": "", "stubborn": ""},
                          {"polite": {"hang": True}, "stubborn": {"hang": "stubborn"}}, grace="1s")
    daemon = daemons(config, modes)
    db = tmp_path / "rasad.db"
    for site in ("polite", "stubborn"):
        wait_until(lambda: _pid_file(tmp_path, site), 20, f"the {site} crawl to hang")
    begun = time.monotonic()
    assert daemon.stop(20) == 0
    elapsed = time.monotonic() - begun
    assert 1 <= elapsed < 1 + INTERRUPT_WAIT + 4  # grace, SIGTERM wait, SIGKILL and bookkeeping
    assert "grace period over: interrupting 2 crawl(s)" in daemon.log()
    rows = query(db, "select site, status, ended, error from crawl_runs")
    assert {r["status"] for r in rows} == {"interrupted"}
    assert all(r["ended"] for r in rows)
    assert "SIGTERM: stopping; 2 crawl(s) running" in daemon.log()
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_sigterm_lets_a_crawl_that_finishes_within_the_grace_period_end_ok(tmp_path, daemons):
    """The crawl is running when SIGTERM arrives and ends (on its own) inside the grace period:
    recorded ok with its counts, and the daemon exits 0 as soon as it has, not at the deadline."""
    config, modes = write(tmp_path, {"busy": "{every: 1h}"}, {"busy": {"ok": [4, 2], "until": "release"}},
                          grace="60s")
    daemon = daemons(config, modes)
    db = tmp_path / "rasad.db"
    wait_until(lambda: [r for r in runs(db, "busy", "running") if r["pid"]], 20, "the crawl to start")
    begun = time.monotonic()
    daemon.send(signal.SIGTERM)
    daemon.wait_log("SIGTERM: stopping; 1 crawl(s) running, grace period 1m", 20)
    (tmp_path / "release").write_text("", encoding="utf-8")
    assert daemon.proc.wait(30) == 0
    assert time.monotonic() - begun < 30
    [run] = runs(db, "busy")
    assert (run["status"], run["new_articles"], run["known"]) == ("ok", 4, 2) and run["ended"]
    assert "busy: ok, 4 new, 2 known" in daemon.log() and "grace period over" not in daemon.log()


def test_the_log_gives_every_time_in_the_schedules_zone_with_its_offset(tmp_path, daemons):
    """Clock times of log lines and the next-run times inside them are in one zone (the config's,
    Asia/Tehran), each showing its UTC offset, so they compare at a glance."""
    config, modes = write(tmp_path, {"hourly": "{every: 1h}"}, {})
    daemon = daemons(config, modes)
    line = next(ln for ln in daemon.wait_log("hourly: ok", 20).splitlines() if "hourly: ok" in ln)
    assert daemon.stop(10) == 0
    offset = datetime.now(ZoneInfo("Asia/Tehran")).strftime("%z")
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}"
    lines = daemon.log().splitlines()
    assert lines and all(re.match(rf"{stamp} (INFO|WARNING|ERROR) ", ln) for ln in lines), lines
    assert {ln[20:25] for ln in lines} == {offset}
    logged, next_run = re.search(rf"^({stamp}) INFO .* next run ({stamp}) \(interval 1h\)", line).groups()
    fmt = "%Y-%m-%d %H:%M:%S %z"
    gap = datetime.strptime(next_run, fmt) - datetime.strptime(logged, fmt)
    assert next_run.endswith(offset) and 3590 <= gap.total_seconds() <= 3600


def test_start_marks_runs_left_running_by_a_dead_daemon_interrupted(tmp_path, daemons):
    config, modes = write(tmp_path, {"site": "{every: 1h}"}, {})
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    db = tmp_path / "rasad.db"
    store = open_db(db)
    store["sites"].insert({"name": "site"})
    store["crawl_runs"].insert({"site": "site", "started": "2026-01-01T00:00:00+00:00",
                                "status": "running", "trigger": "schedule", "pid": int(dead.stdout)})
    store.conn.close()
    daemon = daemons(config, modes)
    daemon.wait_log("marked 1 run(s) left running by a previous daemon as interrupted", 20)
    stale = query(db, "select status, ended from crawl_runs where id = 1")[0]
    assert stale["status"] == "interrupted" and stale["ended"]
    wait_until(lambda: runs(db, "site", "ok"), 20, "the first new run")
    assert daemon.stop(10) == 0


def test_sighup_reloads_the_config_and_keeps_the_old_one_when_bad(tmp_path, daemons):
    config, modes = write(tmp_path, {"kept": "", "dropped": ""}, {})
    daemon = daemons(config, modes)
    db = tmp_path / "rasad.db"
    wait_until(lambda: runs(db, "dropped", "ok"), 20, "a run of the site to drop")

    good = config.read_text(encoding="utf-8")
    config.write_text(good.replace("every: 0.25s", "every: fast"), encoding="utf-8")
    daemon.send(signal.SIGHUP)
    failed = daemon.wait_log("config reload failed, keeping the old config", 20)
    line = next(ln for ln in failed.splitlines() if "config reload failed" in ln)
    assert str(config) in line and "every" in line
    kept = len(runs(db, "kept", "ok"))
    wait_until(lambda: len(runs(db, "kept", "ok")) >= kept + 2, 20, "runs to go on with the old config")

    added = good.replace("  - name: dropped", "  - name: added")
    config.write_text(added, encoding="utf-8")
    daemon.send(signal.SIGHUP)
    daemon.wait_log("added ['added']; removed ['dropped']", 20)
    wait_until(lambda: runs(db, "added", "ok"), 20, "the added site's first run")
    dropped = len(runs(db, "dropped"))
    kept = len(runs(db, "kept", "ok"))
    wait_until(lambda: len(runs(db, "kept", "ok")) >= kept + 3, 20, "more runs of the kept site")
    assert len(runs(db, "dropped")) == dropped
    assert query(db, "select next_run from sites where name = 'dropped'")[0]["next_run"] is None
    assert daemon.stop(10) == 0
