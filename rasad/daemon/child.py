"""One crawl as a child process in its own process group, with its output kept for the error text.

A child per crawl is what lets the daemon run for months: Scrapy's reactor cannot be restarted
in one process (ReactorNotRestartable), and a separate process means one site's crash, hang or
memory leak cannot touch the daemon or the other sites, a timeout can really stop a crawl
(signal the whole process group), and the daemon's own memory stays flat.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import threading

TAIL_CHARS = 2000


class CrawlChild:
    """A running `rasad crawl ...` process; stdout and stderr go to an unlinked temp file."""

    def __init__(self, argv: list[str]):
        self._output = tempfile.TemporaryFile()
        self._lock = threading.Lock()
        self.stop_reason: str | None = None  # 'timed_out' or 'interrupted' once we stop it
        try:
            self.proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=self._output,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group: signals reach Scrapy's children too
            )
        except BaseException:
            self._output.close()
            raise

    @property
    def pid(self) -> int:
        return self.proc.pid

    def wait(self, timeout: float | None) -> int | None:
        """The exit status, or None if still running after *timeout* seconds."""
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def _signal(self, sig: int) -> None:
        with self._lock:
            if self.proc.returncode is None:
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    pass

    def terminate(self, reason: str) -> None:
        """Ask the crawl to stop (SIGTERM to its group); the first reason given is kept."""
        with self._lock:
            self.stop_reason = self.stop_reason or reason
        self._signal(signal.SIGTERM)

    def kill(self) -> None:
        self._signal(signal.SIGKILL)

    def stop(self, reason: str, grace: float) -> int:
        """SIGTERM, up to *grace* seconds to finish, then SIGKILL; returns the exit status."""
        self.terminate(reason)
        status = self.wait(grace)
        if status is None:
            self.kill()
            status = self.proc.wait()
        return status

    def tail(self, chars: int = TAIL_CHARS) -> str:
        """The last lines of the child's output (where a traceback ends up)."""
        self._output.seek(0, os.SEEK_END)
        size = self._output.tell()
        self._output.seek(max(0, size - chars))
        text = self._output.read().decode("utf-8", "replace")
        if size > chars and "\n" in text:
            text = text.split("\n", 1)[1]
        return text.strip()

    def close(self) -> None:
        self._output.close()
