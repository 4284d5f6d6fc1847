"""The daemon's cheap poll: is there anything for a crawl to do on this site?

Before it starts a `rasad crawl` child the daemon asks every source of the site itself, with the
conditional GET the spider would make (the same validators from `feeds`, user agent, robots.txt
and delay between two requests to the site). Only when it is sure the crawl would find nothing,
it records the run itself and no process is started: no pending article is due, and every source
answered 304. Anything else (a 200, a redirect, an error, a timeout, a source robots.txt forbids,
a source never fetched) starts the crawl child, which fetches and records everything as before.
So a poll never decides anything a crawl would have recorded differently, it only skips crawls
that would have been one 304 per source. docs/ARCHITECTURE.md has the measurements behind it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
from protego import Protego

from rasad.config import Settings, Site

POLL_TIMEOUT = 10.0     # seconds at most for one poll request; a slower source is left to the crawl
ROBOTS_TTL = 3600.0     # seconds a site's robots.txt is kept before it is fetched again


@dataclass
class Poll:
    """What a poll found: unchanged (no crawl needed) or why a crawl is needed."""

    requests: int = 0
    unchanged_sources: list[tuple[str, str]] = field(default_factory=list)  # (url, kind) that answered 304
    crawl_because: str | None = None

    @property
    def unchanged(self) -> bool:
        return self.crawl_because is None


class Poller:
    """Conditional GETs for the daemon's poll threads: one shared HTTP client (thread-safe,
    keep-alive) and a robots.txt cache per origin."""

    def __init__(self) -> None:
        # Proxies come from the environment (http_proxy, no_proxy), as in the crawl's Scrapy.
        self.client = httpx.Client(follow_redirects=False, trust_env=True,
                                   limits=httpx.Limits(max_connections=64, max_keepalive_connections=32))
        self._robots: dict[str, tuple[float, Protego | None]] = {}
        self._origin_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()  # guards _origin_locks

    def poll(self, site: Site, settings: Settings, validators, pending_due: bool) -> Poll:
        """Ask each source of *site* whether it changed; *validators(url)* gives the stored
        conditional-GET headers of a source URL."""
        result = Poll()
        if pending_due:
            result.crawl_because = "pending articles are due"
            return result
        timeout = min(POLL_TIMEOUT, settings.download_timeout.total_seconds())
        headers = {"User-Agent": settings.user_agent}
        for source in site.sources:
            if result.requests:
                time.sleep(settings.download_delay)   # the site's own politeness, as in a crawl
            if settings.obey_robots and not self._allowed(source.url, settings, timeout, result):
                result.crawl_because = f"robots.txt forbids or failed: {source.url}"
                return result
            conditional = validators(source.url)
            if not conditional:
                result.crawl_because = f"no validators stored for {source.url}"
                return result
            status = self._status(source.url, {**headers, **conditional}, timeout)
            result.requests += 1
            if status != 304:
                result.crawl_because = f"{source.url}: {status}"
                return result
            result.unchanged_sources.append((source.url, source.kind))
        return result

    def _status(self, url: str, headers: dict, timeout: float) -> int | str:
        """The HTTP status of a GET of *url* (its body is not read), or the error's name."""
        try:
            with self.client.stream("GET", url, headers=headers, timeout=timeout) as response:
                return response.status_code
        except httpx.HTTPError as exc:
            return type(exc).__name__

    def _allowed(self, url: str, settings: Settings, timeout: float, result: Poll) -> bool:
        """robots.txt allows *url* (fetched once per origin per ROBOTS_TTL, by one poll while the
        others of that origin wait for it; a 4xx allows all)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            origin_lock = self._origin_locks.setdefault(origin, threading.Lock())
        with origin_lock:
            cached = self._robots.get(origin)
            if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL:
                cached = self._robots[origin] = (time.monotonic(), self._fetch_robots(origin, settings, timeout))
                result.requests += 1
        rules = cached[1]
        return rules is not None and rules.can_fetch(url, settings.user_agent)

    def _fetch_robots(self, origin: str, settings: Settings, timeout: float) -> Protego | None:
        """The parsed robots.txt of *origin*; allow-all for a 4xx; None when it cannot be read
        (then the crawl decides, as Scrapy's robots.txt middleware does)."""
        try:
            response = self.client.get(f"{origin}/robots.txt", timeout=timeout, follow_redirects=True,
                                       headers={"User-Agent": settings.user_agent})
        except httpx.HTTPError:
            return None
        if 400 <= response.status_code < 500:
            return Protego.parse("")
        if response.status_code != 200:
            return None
        return Protego.parse(response.text)

    def close(self) -> None:
        """Abort polls in flight (they then ask for a crawl) and release the connections."""
        self.client.close()

