"""SIGTERM and SIGINT on the commands that start a child process or a server: the child is stopped
(asserted by PID: nothing of the command's process tree is left) and the command exits 0 after
SIGTERM, 130 after SIGINT. The daemon's own signal handling is in test_daemon_faults.py."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx
import psutil
import pytest
from conftest import serving_port
from test_daemon_support import fake_daemon, runs, wait_until


def _answers(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _family(pid: int) -> list[psutil.Process]:
    return psutil.Process(pid).children(recursive=True)


def _alive(processes: list[psutil.Process]) -> list[psutil.Process]:
    left = []
    for p in processes:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                left.append(p)
        except psutil.NoSuchProcess:
            pass
    return left


class Command:
    """A `rasad ...` process started as a shell would (own process group), always cleaned up."""

    def __init__(self, args: list[str], cwd: Path):
        self.log = cwd / "command.log"
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "rasad", *args], cwd=cwd,
                                         stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self.seen: list[psutil.Process] = []
        self.seen_commands: list[str] = []

    def running(self) -> bool:
        if self.proc.poll() is not None:
            raise AssertionError(f"exited with {self.proc.returncode}:\n{self.log.read_text()[-3000:]}")
        return True

    def signal_and_wait(self, sig: int) -> int:
        """Note its process tree, send *sig* to it alone, wait for its exit status."""
        self.seen = _family(self.proc.pid)
        self.seen_commands = [" ".join(p.cmdline()) for p in self.seen]
        self.proc.send_signal(sig)
        return self.proc.wait(60)

    def cleanup(self) -> None:
        family = _family(self.proc.pid) if self.proc.poll() is None else []
        for p in _alive(family + self.seen) + ([psutil.Process(self.proc.pid)] if self.proc.poll() is None else []):
            p.kill()
        self.proc.wait()


@pytest.fixture
def command(tmp_path):
    started: list[Command] = []

    def start(args: list[str]) -> Command:
        started.append(Command(args, tmp_path))
        return started[-1]

    yield start
    for c in started:
        c.cleanup()


@pytest.mark.parametrize("sig, status", [(signal.SIGTERM, 0), (signal.SIGINT, 130)])
def test_serve_stops_on_a_signal(tmp_path, command, sig, status):
    config = tmp_path / "config.yaml"
    config.write_text(f"database: {tmp_path / 'rasad.db'}\nsites: []\n", encoding="utf-8")
    serve = command(["serve", "--config", str(config), "--port", "0"])
    port = wait_until(lambda: serve.running() and serving_port(serve.log.read_text()), 60, "rasad serve's port")
    wait_until(lambda: serve.running() and _answers(port), 60, "rasad serve to answer")
    assert serve.signal_and_wait(sig) == status
    assert not _answers(port)


def test_demo_serve_stops_its_datasette_on_sigterm(tmp_path, command):
    """SIGTERM reaches the demo alone (as from systemd or kill): its `rasad serve` child goes too.
    (Ctrl-C on the demo is tested by test_demo_e2e's fixture.)"""
    demo = command(["demo", "--dir", str(tmp_path / "demo"), "--serve", "--port", "0"])
    port = wait_until(lambda: demo.running() and serving_port(demo.log.read_text()), 240, "the demo's Datasette port")
    wait_until(lambda: demo.running() and _answers(port), 60, "the demo's Datasette to answer")
    assert demo.signal_and_wait(signal.SIGTERM) == 0
    assert any(" serve " in c for c in demo.seen_commands), demo.seen_commands
    assert not _alive(demo.seen)
    assert not _answers(port)
    assert "rasad demo: stopped by SIGTERM" in demo.log.read_text()


def test_demo_stops_its_crawl_on_sigterm(tmp_path, command):
    demo = command(["demo", "--dir", str(tmp_path / "demo")])

    def crawling():
        demo.running()
        return [p for p in _family(demo.proc.pid) if "crawl" in p.cmdline()]

    wait_until(crawling, 120, "the demo's crawl to start")
    assert demo.signal_and_wait(signal.SIGTERM) == 0
    assert any(" crawl " in c for c in demo.seen_commands), demo.seen_commands
    assert not _alive(demo.seen)


def test_daemon_stops_on_ctrl_c_with_130_and_no_crawl_left(tmp_path):
    from test_daemon_faults import write

    config, modes = write(tmp_path, {"slow": ""}, {"slow": {"hang": True}}, grace="1s")
    daemon = fake_daemon(config, modes)
    try:
        wait_until(lambda: [r for r in runs(tmp_path / "rasad.db", "slow", "running") if r["pid"]],
                   20, "a crawl in flight")
        wait_until(lambda: (tmp_path / "hang-slow.pid").exists(), 20, "the crawl's grandchild")
        family = _family(daemon.proc.pid)
        daemon.send(signal.SIGINT)
        assert daemon.proc.wait(30) == 130
        assert len(family) >= 2 and not _alive(family)
        assert {r["status"] for r in runs(tmp_path / "rasad.db", "slow")} == {"interrupted"}
    finally:
        daemon.close()
