"""The daemon's pure rules: adaptive polling, failure back-off, run outcomes, the config copy."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta

import pytest

from rasad.config import ConfigError, Schedule, load_config
from rasad.daemon.adaptive import Bounds, Pace, known_ratio, next_pace
from rasad.daemon.ledger import outcome
from rasad.daemon.snapshot import take_snapshot
from rasad.daemon.status import human_duration

BOUNDS = Bounds(low=300, high=3600)


@pytest.mark.parametrize("new, known, expected", [
    (1, 9, 900 * 1.5),    # 90 % known: poll less often
    (0, 0, 900 * 1.5),    # nothing seen at all (e.g. 304 Not Modified) counts as all known
    (9, 1, 900 * 0.75),   # 10 % known: poll more often
    (5, 5, 900),          # in between: unchanged
    (1, 2, 900),          # exactly two thirds known is not "more than two thirds"
])
def test_the_share_of_known_links_moves_the_interval(new, known, expected):
    assert next_pace(Pace(900), "ok", new, known, BOUNDS) == Pace(expected, 0)


def test_the_interval_stays_within_its_bounds():
    assert next_pace(Pace(3000), "ok", 0, 10, BOUNDS).interval == 3600
    assert next_pace(Pace(350), "ok", 10, 0, BOUNDS).interval == 300


def test_failures_back_off_linearly_up_to_the_maximum_and_success_resets():
    pace = Pace(600)
    effective = []
    for status in ["failed", "timed_out", "failed", "failed", "failed", "failed"]:
        pace = next_pace(pace, status, 0, 0, BOUNDS)
        effective.append(pace.effective(BOUNDS))
    assert effective == [1200, 1800, 2400, 3000, 3600, 3600]
    assert pace.interval == 600  # the base interval is kept for when the site recovers
    assert next_pace(pace, "interrupted", 0, 0, BOUNDS) == pace  # a shutdown is not a failure
    assert next_pace(pace, "ok", 5, 5, BOUNDS) == Pace(600, 0)


def test_bounds_always_include_the_configured_interval():
    every_2s = Schedule(every=timedelta(seconds=2))  # default min_interval is 5 minutes
    assert Bounds.of(every_2s) == Bounds(2, 6 * 3600)
    daily = Schedule(every=timedelta(days=1))
    assert Bounds.of(daily) == Bounds(300, 86400)
    assert known_ratio(0, 0) == 1.0 and known_ratio(1, 3) == 0.75


@pytest.mark.parametrize("recorded, code, stop, expected", [
    ("ok", 0, None, None),                       # the child's own result stands
    ("failed", 1, None, None),
    ("ok", 0, "interrupted", None),              # it finished before the signal took effect
    ("running", -15, "interrupted", "interrupted"),
    ("interrupted", 0, "timed_out", "timed_out"),  # Scrapy's own shutdown after our SIGTERM
    ("running", -9, "timed_out", "timed_out"),
    ("running", 3, None, "failed"),              # died without recording anything
    ("running", -11, None, "failed"),
])
def test_the_run_status_after_the_child_exits(recorded, code, stop, expected):
    status, error = outcome(recorded, code, stop, "Traceback ...\nValueError: bad page", 60)
    assert status == expected
    if expected == "failed":
        how = f"signal {-code}" if code < 0 else f"status {code}"
        assert how in error and error.endswith("ValueError: bad page")
    if expected == "timed_out":
        assert "timeout of 60s" in error


def test_human_durations():
    assert [human_duration(s) for s in (None, 0, 1.5, 45, 90, 3600, 5400, 86400 + 60)] == \
        ["", "0s", "1.5s", "45s", "1m30s", "1h", "1h30m", "1d1m"]


CONFIG = """database: data/rasad.db
sites:
  - name: irna
    base_url: https://www.irna.ir/
    every: 15m
    sources:
      - listing: https://www.irna.ir/archive
        links: '/news/\\d+/'
"""


def test_the_children_get_a_validated_copy_with_an_absolute_database(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    copy = take_snapshot(config, work)
    assert copy.path == (work / "config.yaml").resolve()
    assert copy.database == load_config(config).database == tmp_path / "data" / "rasad.db"
    assert load_config(copy.path).sites[0].sources[0].links == r"/news/\d+/"

    config.write_text(CONFIG.replace("every: 15m", "every: soon"), encoding="utf-8")
    with pytest.raises(ConfigError) as bad:
        take_snapshot(config, work)
    assert bad.value.problems[0].startswith(f"{config}:5:")
    assert load_config(copy.path).schedule_for(copy.sites[0]).every == timedelta(minutes=15)

    config.write_text(CONFIG.replace("data/rasad.db", "other.db"), encoding="utf-8")
    with pytest.raises(ConfigError, match="restart the daemon to switch databases"):
        take_snapshot(config, work, keep_database=copy.database)


def test_cron_schedules_fire_in_the_configured_time_zone(tmp_path):
    from datetime import datetime, timezone

    from scheduler import Daemon

    config = tmp_path / "config.yaml"
    config.write_text(CONFIG.replace("every: 15m", "cron: '30 6 * * *'")
                      .replace("sites:", "settings: {timezone: Asia/Tehran}\nsites:"), encoding="utf-8")
    daemon = Daemon(config)
    try:
        schedule = daemon.config.schedule_for(daemon.config.sites[0])
        trigger = daemon._trigger(schedule, Pace(0.0))
        fire = trigger.get_next_fire_time(None, datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc))
        assert fire.utcoffset().total_seconds() == 3.5 * 3600  # 06:30 Tehran is 03:00 UTC
        assert datetime(2026, 11, 30, 3, 0, tzinfo=timezone.utc) <= fire <= \
            datetime(2026, 11, 30, 3, 0, 30, tzinfo=timezone.utc)  # + up to 30 s of jitter
    finally:
        daemon.ledger.close()
        shutil.rmtree(daemon.workdir)


def test_status_before_any_run_lists_every_site(tmp_path):
    from click.testing import CliRunner

    from rasad.cli import cli

    config = tmp_path / "config.yaml"
    config.write_text(CONFIG + CONFIG[CONFIG.index("  - name"):].replace("irna", "mehr")
                      .replace("every: 15m", "every: 15m\n    enabled: false"), encoding="utf-8")
    table = CliRunner(env={"COLUMNS": "160"}).invoke(cli, ["status", "--config", str(config)])
    assert table.exit_code == 0, table.output
    assert "irna" in table.output and "never run" in table.output
    assert "mehr" in table.output and "(disabled)" in table.output
    rows = json.loads(CliRunner().invoke(cli, ["status", "--config", str(config), "--json"]).output)
    assert [(r["site"], r["enabled"], r["last_run"], r["failing_streak"]) for r in rows] == \
        [("irna", True, None, 0), ("mehr", False, None, 0)]
