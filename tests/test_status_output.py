"""`rasad status` as an operator reads it: a table on a wide terminal, one block per site on an
80-column one (nothing squeezed), and JSON whose times say which way they point."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.cli import cli
from rasad.schema import open_db

SITES = [f"agency{i:02d}" for i in range(13)]
ERROR = ("RuntimeError: the feed answered with an HTML page instead of XML, so no article links could "
         "be read from it")


@pytest.fixture
def config(tmp_path) -> Path:
    """13 sites: each ran 10 minutes ago; the odd ones failed with a long error and a page error."""
    lines = ["database: rasad.db", "sites:"]
    for name in SITES:
        lines += [f"  - name: {name}", f"    base_url: https://{name}.example/", "    every: 15m",
                  f"    sources: [{{rss: 'https://{name}.example/rss'}}]"]
    path = tmp_path / "config.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = open_db(tmp_path / "rasad.db")
    ended = datetime.now(timezone.utc) - timedelta(minutes=10)
    for i, name in enumerate(SITES):
        failed = i % 2 == 1
        db["sites"].insert({"name": name, "interval_seconds": 900, "failing_streak": int(failed),
                            "next_run": (ended + timedelta(minutes=15)).isoformat()})
        run = db["crawl_runs"].insert({
            "site": name, "started": (ended - timedelta(seconds=30)).isoformat(),
            "ended": ended.isoformat(), "status": "failed" if failed else "ok", "new_articles": 3,
            "error": ERROR if failed else None}).last_pk
        if failed:
            db["errors"].insert({"run_id": run, "site": name, "url": f"https://{name}.example/rss",
                                 "reason": "not XML (text/html)", "at": ended.isoformat()})
    db.conn.close()
    return path


def _status(config: Path, columns: int, *args: str):
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(cli, ["status", "--config", str(config), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_at_80_columns_each_site_is_a_block_with_its_whole_error(config):
    out = _status(config, 80)
    lines = out.splitlines()
    assert max(map(len, lines)) <= 80
    # a blank line, the name, last run, next run, interval (+ fails and 3 lines of error if failing)
    assert len(lines) <= 3 + 5 * len(SITES) + 4 * (len(SITES) // 2)  # the table took 216
    flat = " ".join(out.split())
    for name in SITES:
        assert re.search(rf"^{name}$", out, re.M), name
    assert flat.count(ERROR) == len(SITES) // 2  # unbroken words: folded at the line end, never cut
    assert flat.count("not XML (text/html)") == len(SITES) // 2
    assert len(re.findall(r"\(10m\d*s? ago\) failed · 3 new next run", flat)) == len(SITES) // 2
    assert len(re.findall(r"\(in [45]m\d*s?\) interval 15m", flat)) == len(SITES) // 2 + 1
    assert len(re.findall(r"\(in [45]m\d*s?\) interval 30m \(base 15m\) fails 1", flat)) == len(SITES) // 2


def test_a_wide_terminal_keeps_the_table(config):
    out = _status(config, 200)
    assert len(out.splitlines()) < 3 * len(SITES) + 6
    row = next(line for line in out.splitlines() if " agency01 " in f" {line} ")
    assert "failed · 3 new" not in row  # the table puts the time on the site's first line...
    assert "RuntimeError: the feed answered" in row  # ...and the error beside it, not squeezed


def test_json_counts_the_last_run_in_seconds_ago(config):
    rows = json.loads(_status(config, 80, "--json"))
    for row in rows:
        assert "last_run_in_seconds" not in row
        assert 600 <= row["last_run_seconds_ago"] < 600 + 60  # ended 10 minutes ago: positive
        assert 240 <= row["next_run_in_seconds"] <= 300  # due in 5 minutes: positive too
