"""Why a request failed, in one line, and whether a later run should try it again."""

from __future__ import annotations

import re

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)

from crawler.middlewares import RedirectLoop

# Status codes a later run may well get an answer to: server errors, throttling, timeouts.
TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524}
_MAX_SIZE = re.compile(r"max ?size \((\d+)")
_DECOMPRESSION = re.compile(r"DOWNLOAD_MAXSIZE \((\d+) B\) during decompression")


def failure_reason(failure, max_size: int | None = None) -> tuple[str, int | None]:
    """A one-line reason (and HTTP status, if any) for a failed request."""
    exc = failure.value
    if isinstance(exc, HttpError):
        status = exc.response.status
        return f"HTTP {status}", status
    if isinstance(exc, (TimeoutError, TCPTimedOutError)) or "Timeout" in type(exc).__name__:
        return f"timeout: {' '.join(str(exc).split())}", None
    if isinstance(exc, DNSLookupError):
        return f"DNS lookup failed: {exc}", None
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused", None
    too_large = _too_large(failure, max_size)
    if too_large:
        return too_large, None
    reasons = getattr(exc, "reasons", None)  # ResponseFailed / DownloadFailedError wrap failures
    if reasons:
        inner = "; ".join(f"{r.type.__name__}: {r.getErrorMessage()}" for r in reasons)
        return f"download failed: {inner}", None
    text = " ".join(str(exc).split())
    if isinstance(exc, RedirectLoop):
        return text, None
    if isinstance(exc, IgnoreRequest):
        if "redirect" in text.lower():
            return f"too many redirects: {text}", None
        return f"request dropped: {text or type(exc).__name__}", None
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__, None


def _too_large(failure, max_size: int | None) -> str | None:
    """"response too large (over N bytes)", whether Scrapy knew it from Content-Length, counted
    it while downloading (no Content-Length: a silent cancel), or met it while inflating."""
    text = " ".join(str(failure.value).split())
    if m := _DECOMPRESSION.search(text):
        return f"response too large after decompression (over {m[1]} bytes)"
    if m := _MAX_SIZE.search(text):
        return f"response too large (over {m[1]} bytes)"
    request = getattr(failure, "request", None)
    received = request.meta.get("bytes_received", 0) if request is not None else 0
    if max_size and received > max_size:
        return f"response too large (over {max_size} bytes)"
    return None


def is_transient(failure) -> bool:
    """True when the same request may succeed later: 5xx/429, timeouts, connection failures."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return exc.response.status in TRANSIENT_STATUS
    if isinstance(exc, IgnoreRequest):   # robots.txt, redirect loops, too large: final answers
        return False
    if isinstance(exc, (TimeoutError, TCPTimedOutError, DNSLookupError, ConnectionRefusedError)):
        return True
    name = type(exc).__name__
    return "Timeout" in name or bool(getattr(exc, "reasons", None)) or name in (
        "ConnectionLost", "ConnectionDone", "ResponseNeverReceived", "ResponseDataLossError",
        "DownloadFailedError", "ConnectError", "ConnectionAborted")
