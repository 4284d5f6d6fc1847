"""Helpers for the daemon tests (no tests here): run the daemon as a subprocess, read its log and
database, and wait on observable state with a deadline; a fast fake crawl child for fault tests."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, TypeVar

import psutil

T = TypeVar("T")
POLL = 0.1  # seconds between two looks at the log or the database

# A stand-in for `rasad crawl SITE --config PATH --run-id N` that starts in milliseconds. It
# does what modes.json (beside the config the daemon was started with) says for its site:
#   {"ok": [new, known]}      fill in the run row as a successful crawl would
#   {"crash": "message"}      print a traceback-like message and exit 3 without recording
#   {"hang": true}            start a grandchild (pid written to hang-<site>.pid) and sleep
#   {"hang": "stubborn"}      the same, but ignore SIGTERM
#   {"ok": [...], "until": F} before that, wait until file F beside modes.json exists (a SIGTERM
#                             kills it meanwhile, as it stops a real crawl)
FAKE_CRAWL = r'''
import json, os, re, signal, sqlite3, subprocess, sys, time
from datetime import datetime, timezone

site, config, run_id = sys.argv[1], sys.argv[sys.argv.index("--config") + 1], int(sys.argv[sys.argv.index("--run-id") + 1])
modes = json.loads(open(os.environ["FAKE_MODES"], encoding="utf-8").read())
mode = modes.get(site, {"ok": [1, 1]})
database = re.search(r"^database: (.+)$", open(config, encoding="utf-8").read(), re.M).group(1)
db = sqlite3.connect(database, timeout=30)
if "crash" in mode:
    print("Traceback (most recent call last):\nRuntimeError: " + mode["crash"], file=sys.stderr)
    sys.exit(3)
if "hang" in mode:
    if mode["hang"] == "stubborn":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    grandchild = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    open(os.path.join(os.path.dirname(os.environ["FAKE_MODES"]), f"hang-{site}.pid"), "w").write(str(grandchild.pid))
    time.sleep(600)
if "until" in mode:
    while not os.path.exists(os.path.join(os.path.dirname(os.environ["FAKE_MODES"]), mode["until"])):
        time.sleep(0.05)
new, known = mode["ok"]
with db:
    db.execute("update crawl_runs set status='ok', ended=?, new_articles=?, known=?, requests=? where id=?",
               (datetime.now(timezone.utc).isoformat(), new, known, new + known + 1, run_id))
'''


def wait_until(predicate: Callable[[], T], timeout: float, what: str) -> T:
    """Poll *predicate* until it returns something truthy; fail naming *what* after *timeout*."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(POLL)


def query(db_path: Path, sql: str, params: tuple = ()) -> list[dict]:
    """Rows of *sql* as dicts, on a fresh read-only connection (an empty list if no db yet)."""
    if not db_path.exists():
        return []
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    except sqlite3.OperationalError as exc:  # tables not created yet
        if "no such table" in str(exc):
            return []
        raise
    finally:
        conn.close()


def runs(db_path: Path, site: str, status: str | None = None) -> list[dict]:
    sql = "select * from crawl_runs where site = ?" + (" and status = ?" if status else "") + " order by id"
    return query(db_path, sql, (site, status) if status else (site,))


class DaemonProcess:
    """The daemon as a subprocess with its log in a file; always stopped by :meth:`close`."""

    def __init__(self, argv: list[str], cwd: Path, env: dict | None = None):
        self.log_path = cwd / f"daemon-{len(list(cwd.glob('daemon-*.log')))}.log"
        self._log = open(self.log_path, "wb")
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUTF8": "1", "COLUMNS": "200", **(env or {})},
        )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_log(self, text: str, timeout: float, count: int = 1) -> str:
        """Wait until *text* appears *count* times in the log; the log then."""
        def seen():
            if self.proc.poll() is not None and self.log().count(text) < count:
                raise AssertionError(f"daemon exited ({self.proc.returncode}) before logging "
                                     f"{text!r}:\n{self.log()[-3000:]}")
            return self.log().count(text) >= count and self.log()
        return wait_until(seen, timeout, f"{text!r} x{count} in the daemon log")

    def send(self, sig: int) -> None:
        self.proc.send_signal(sig)

    def stop(self, timeout: float) -> int:
        """SIGTERM and wait up to *timeout* seconds for the exit status."""
        self.send(signal.SIGTERM)
        return self.proc.wait(timeout)

    def close(self) -> None:
        """Make sure neither the daemon nor any crawl child it started outlives the test."""
        if self.proc.poll() is None:
            try:
                family = psutil.Process(self.proc.pid).children(recursive=True)
            except psutil.NoSuchProcess:
                family = []
            self.proc.kill()
            self.proc.wait()
            for p in family:
                try:
                    p.kill()
                except psutil.NoSuchProcess:
                    pass
        self._log.close()


def rasad_run(config: Path, env: dict | None = None) -> DaemonProcess:
    """The real thing: `python -m rasad run --config CONFIG`."""
    return DaemonProcess([sys.executable, "-m", "rasad", "run", "--config", str(config)], config.parent, env)


def fake_daemon(config: Path, modes: Path) -> DaemonProcess:
    """The same daemon (scheduler.serve) with the fake crawl child above as its crawl command."""
    script = config.parent / "fake_crawl.py"
    script.write_text(FAKE_CRAWL, encoding="utf-8")
    code = "import sys, scheduler; sys.exit(scheduler.serve(sys.argv[1], [sys.executable, '-S', sys.argv[2]]))"
    return DaemonProcess([sys.executable, "-c", code, str(config), str(script)], config.parent,
                         env={"FAKE_MODES": str(modes)})
