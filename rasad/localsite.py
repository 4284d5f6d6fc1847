"""A tiny threaded HTTP server on 127.0.0.1 for tests, `rasad demo` and benchmarks.

    with LocalSite() as site:              # started on enter, stopped on exit
        site.add("/rss", rss_xml, content_type="application/rss+xml")
        site.redirect("/x/AbCd", "/news/1/")
        crawl(site.url("/rss"))
        assert site.hits("/news/1/") == 1

Paths are compared percent-decoded, so ``/fa/news/1/سلام`` matches however a client escapes it
(``requests`` logs the decoded form). Every 200 carries an ETag (hash of the body) and a Last-Modified; a conditional GET that matches
either answers 304. Unknown paths answer 404. ``add_handler(path, fn)`` lets a test produce faults
(500s, hanging responses, oversized bodies, wrong content types): ``fn(request)`` gets the
:class:`http.server.BaseHTTPRequestHandler` and writes the response itself.
"""

from __future__ import annotations

import hashlib
import sys
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import quote, unquote, urlsplit

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass(frozen=True)
class LoggedRequest:
    """One request the site received, in arrival order (status 0 while it is in flight)."""

    method: str
    path: str
    headers: dict[str, str]
    status: int


@dataclass
class _Resource:
    body: bytes
    status: int
    content_type: str
    headers: dict[str, str]
    etag: str
    last_modified: datetime
    handler: Handler | None = None
    redirect_to: str | None = None


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:20] + '"'


class LocalSite:
    """Serve registered paths on 127.0.0.1; see the module docstring."""

    def __init__(self) -> None:
        self._resources: dict[str, _Resource] = {}
        self._lock = threading.Lock()
        self._requests: list[LoggedRequest] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.base: str | None = None

    # --- content -------------------------------------------------------------------------
    def add(
        self,
        path: str,
        body: str | bytes,
        *,
        status: int = 200,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        """Serve *body* at *path* (str bodies are UTF-8 encoded); replaces what was there."""
        data = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        path = unquote(path)
        now = datetime.now(timezone.utc).replace(microsecond=0)
        with self._lock:
            old = self._resources.get(path)
            etag = _etag(data)
            # Keep Last-Modified stable while the body is unchanged, so conditional GETs match.
            modified = old.last_modified if old and old.etag == etag and not old.handler else now
            self._resources[path] = _Resource(
                data, status, content_type, dict(headers or {}), etag, modified
            )

    def redirect(self, path: str, to: str, status: int = 301) -> None:
        """Answer *path* with a redirect to *to* (a path on this site or a full URL)."""
        path = unquote(path)
        with self._lock:
            self._resources[path] = _Resource(
                b"", status, "text/html; charset=utf-8", {}, "", datetime.now(timezone.utc),
                redirect_to=to,
            )

    def add_handler(self, path: str, fn: Handler) -> None:
        """Let ``fn(request_handler)`` write the whole response for *path*."""
        path = unquote(path)
        with self._lock:
            self._resources[path] = _Resource(
                b"", 200, "", {}, "", datetime.now(timezone.utc), handler=fn
            )

    def remove(self, path: str) -> None:
        """Stop serving *path* (it answers 404 from now on)."""
        path = unquote(path)
        with self._lock:
            self._resources.pop(path, None)

    # --- lifecycle -----------------------------------------------------------------------
    def start(self) -> str:
        """Listen on a free port; return the base URL ``http://127.0.0.1:PORT``."""
        if self._server is not None:
            return self.base
        site = self

        class _Handler(_RequestHandler):
            owner = site

        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="LocalSite", daemon=True
        )
        self._thread.start()
        return self.base

    def stop(self) -> None:
        """Stop listening and wait for the server thread."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
        self._server = self._thread = None

    def __enter__(self) -> "LocalSite":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- inspection ----------------------------------------------------------------------
    def url(self, path: str) -> str:
        """Absolute URL of *path* on this site (the site must be started)."""
        if self.base is None:
            raise RuntimeError("LocalSite.url() called before start()")
        return self.base + (path if path.startswith("/") else "/" + path)

    @property
    def requests(self) -> list[LoggedRequest]:
        """A snapshot of every request received so far, in order."""
        with self._lock:
            return list(self._requests)

    def hits(self, path: str) -> int:
        """How many requests asked for *path* (query string included when given)."""
        path = unquote(path)
        return sum(1 for r in self.requests if r.path == path or r.path.split("?")[0] == path)

    # --- used by the request handler -----------------------------------------------------
    def _lookup(self, path: str) -> _Resource | None:
        with self._lock:
            res = self._resources.get(path)
            if res is None and "?" in path:
                res = self._resources.get(path.split("?", 1)[0])
            return res

    def _log(self, method: str, path: str, headers: dict[str, str]) -> int:
        """Log a request on arrival (status 0 while in flight); returns its index."""
        with self._lock:
            self._requests.append(LoggedRequest(method, path, headers, 0))
            return len(self._requests) - 1

    def _answered(self, index: int, status: int) -> None:
        with self._lock:
            r = self._requests[index]
            self._requests[index] = LoggedRequest(r.method, r.path, r.headers, status)


class _Server(ThreadingHTTPServer):
    # The default backlog of 5 drops connections under a crawler's parallel requests, which
    # the client only notices after a SYN retransmit (seconds): keep a deep queue.
    request_queue_size = 128

    def handle_error(self, request, client_address) -> None:
        """A client that hangs up (a crawler timing out) is normal here, not a traceback."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    owner: LocalSite
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle on, a keep-alive client waits ~40 ms
    # for the delayed ACK on every request, so benchmarks would time the fixture, not rasad.
    disable_nagle_algorithm = True
    status_sent: int = 0
    log_index: int | None = None

    def log_message(self, format, *args) -> None:  # noqa: A002 - silence stderr logging
        pass

    def send_response(self, code, message=None) -> None:
        self.status_sent = code
        if self.log_index is not None:   # logged before the client can read the answer
            self.owner._answered(self.log_index, code)
        super().send_response(code, message)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        path = self.path
        if path.startswith("http://") or path.startswith("https://"):
            parts = urlsplit(path)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
        path = unquote(path)
        index = self.log_index = self.owner._log(self.command, path, dict(self.headers.items()))
        res = self.owner._lookup(path)
        try:
            if res is None:
                self._send(404, b"not found", "text/plain; charset=utf-8", {}, head)
            elif res.handler is not None:
                res.handler(self)
                self.close_connection = True  # a handler that wrote nothing must not hang the client
            elif res.redirect_to is not None:
                target = res.redirect_to
                if target.startswith("/"):
                    target = self.owner.url(target)
                target = quote(target, safe=":/?#[]@!$&'()*+,;=%")  # headers are latin-1
                self._send(res.status, b"", "text/html; charset=utf-8", {"Location": target}, head)
            elif res.status == 200 and self._not_modified(res):
                self._send(304, b"", None, {"ETag": res.etag, **self._lm(res)}, head)
            else:
                extra = {"ETag": res.etag, **self._lm(res)} if res.status == 200 else {}
                self._send(res.status, res.body, res.content_type, {**extra, **res.headers}, head)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.owner._answered(index, self.status_sent)

    @staticmethod
    def _lm(res: _Resource) -> dict[str, str]:
        return {"Last-Modified": format_datetime(res.last_modified, usegmt=True)}

    def _not_modified(self, res: _Resource) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            return res.etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return res.last_modified <= parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
        return False

    def _send(
        self, status: int, body: bytes, content_type: str | None, headers: dict, head: bool
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for k, v in headers.items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and status != 304:
            self.wfile.write(body)
