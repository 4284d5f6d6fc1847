"""How rasad's foreground commands stop: SIGTERM or SIGINT (Ctrl-C) first stops the child process a
command started, then the command exits 0 (SIGTERM) or 130 (SIGINT, by convention).

Children run in a session of their own, so a terminal's Ctrl-C reaches only the command, which
stops its child itself (SIGTERM, SIGKILL if it outlives :data:`CHILD_GRACE`); nothing outlives it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from typing import Iterator

SIGNALS = (signal.SIGTERM, signal.SIGINT)
CHILD_GRACE = 10.0  # seconds a child has to exit after SIGTERM


class Stopped(Exception):
    """SIGTERM or SIGINT arrived (raised in the main thread inside :func:`stop_on_signals`)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def exit_status(signum: int) -> int:
    """0 after SIGTERM, 130 after SIGINT."""
    return 128 + signal.SIGINT if signum == signal.SIGINT else 0


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Inside, SIGTERM and SIGINT raise :class:`Stopped` instead of ending the process."""

    def raise_stopped(signum, frame):
        raise Stopped(signum)

    previous = {sig: signal.signal(sig, raise_stopped) for sig in SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def stop_child(proc: subprocess.Popen, grace: float = CHILD_GRACE) -> int:
    """SIGTERM *proc*'s process group, SIGKILL it after *grace* seconds; its exit status."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if proc.poll() is not None:
            break
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(grace)
    return proc.wait()


def run_child(argv: list[str]) -> int:
    """Run *argv* in its own session until it exits; on :class:`Stopped` stop it, then re-raise."""
    proc = None
    try:
        proc = subprocess.Popen(argv, start_new_session=True)
        return proc.wait()
    except Stopped:
        if proc is not None:
            with signals_ignored():
                stop_child(proc)
        raise


@contextlib.contextmanager
def signals_ignored() -> Iterator[None]:
    """Inside, further SIGTERM/SIGINT are ignored (while a child is being stopped)."""
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
