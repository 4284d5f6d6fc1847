"""What `rasad crawl` prints when a site is down (issue 15): at the default level one line per
failed page and the summary, no traceback; tracebacks with --log-level debug, and always in the
log file beside the database."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import refused_port


@pytest.fixture
def config(tmp_path) -> Iterator[Path]:
    """A site whose robots.txt, feed and sitemap all refuse the connection (robots.txt obeyed)."""
    with refused_port() as port:
        yield _config(tmp_path, f"http://127.0.0.1:{port}")


def _config(tmp_path: Path, base: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(f"""database: data/rasad.db
settings: {{retries: 0, download_delay: 0, obey_robots: true}}
sites:
  - name: irna
    base_url: {base}/
    sources:
      - rss: {base}/rss
      - sitemap: {base}/sitemap.xml
""", encoding="utf-8")
    return path


def _crawl(config: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasad", "crawl", "irna", "--quiet", "--config", str(config),
                           *args], capture_output=True, text=True, timeout=120,
                          env={"COLUMNS": "100", "PATH": "/usr/bin:/bin"})


def _errors(config: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(config.parent / "data" / "rasad.db") as conn:
        return conn.execute("select url, reason from errors order by id").fetchall()


def test_default_output_is_one_line_per_failed_page_and_the_summary(config):
    done = _crawl(config)
    assert done.returncode == 1
    output = done.stdout + done.stderr
    assert "Traceback" not in output and "File \"" not in output
    errors = _errors(config)
    assert len(errors) == 2
    lines = [line.rstrip() for line in done.stdout.splitlines()]
    assert lines[:len(errors)] == [f"error irna {url}: {reason}" for url, reason in errors]
    assert not done.stderr.strip()  # no Scrapy records
    assert "irna: every source failed (see errors)" in " ".join(output.split())
    assert len(lines) <= len(errors) + 12  # then the summary: title, table, reason, "details: ..."
    log = (config.parent / "data" / "crawl.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "robots.txt" in log
    assert f"details: {config.parent / 'data' / 'crawl.log'}" in output


def test_debug_level_shows_the_tracebacks(config):
    done = _crawl(config, "--log-level", "debug")
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "ConnectionRefused" in done.stderr


def test_a_twisted_critical_event_goes_to_the_log_file_not_the_terminal(tmp_path):
    """A failing timed call makes Twisted log a critical event with a traceback; before logging is "begun",
    Twisted printed those straight to stderr (a crawl test failed now and then on that traceback)."""
    script = tmp_path / "emit.py"
    script.write_text(
        "import pathlib, sys\n"
        "from twisted.python import log as legacy\n"
        "legacy.PythonLoggingObserver('twisted').start()  # as Scrapy does\n"
        "from crawler.logs import setup_logging\n"
        f"setup_logging('WARNING', pathlib.Path({str(tmp_path / 'x.db')!r}))\n"
        "from twisted.logger import Logger\n"
        "try:\n"
        "    1 / 0\n"
        "except ZeroDivisionError:\n"
        "    Logger().failure('while handling timed call')\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "ZeroDivisionError" in (tmp_path / "crawl.log").read_text(encoding="utf-8")
