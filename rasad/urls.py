"""Canonical article URLs: one key per article however a feed, a share button or a mirror spells it.

``canonical_url`` folds http/https, ``www.``/``m.``/``mobile.`` hosts, default ports, tracking
parameters (courlan's tracker list plus a few news-site ones), fragments, query order, a trailing
slash, the human-readable slug after a numeric news id (``/news/123456/سلام-…`` → ``/news/123456``)
and percent-escapes (Persian comes out decoded, the same whether the link was escaped or not).
Short links (``irna.ir/xjKq3``) cannot be folded by text: the crawler follows their redirect and
records every form it met in ``article_urls``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan.clean import TRACKERS_RE
from w3lib.url import safe_url_string

_HOST_PREFIX = re.compile(r"^(?:www\d?|m|mobile)\.")
_EXTRA_TRACKERS = {"ref", "ref_src", "ref_url", "share", "fbclid", "amp", "from", "cmpid", "_gl"}
# A run of percent-escapes whose bytes are non-ASCII (a UTF-8 character).
_ESCAPED_RUN = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")
# Unreserved ASCII characters that some links escape and others do not.
_UNRESERVED = re.compile(r"%(2[DEde]|5[Ff]|7[Ee]|[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9])")
# /news/<id>/<slug>: the slug is decoration, the id names the article.
_NEWS_ID_SLUG = re.compile(r"^(.*?/\d{5,})/[^/]*[^\x00-\x7f][^/]*/?$")


def _decode_utf8_runs(text: str) -> str:
    """Turn %D8%B3%D9%84… into سل… where the bytes are valid UTF-8; leave reserved escapes."""

    def repl(m: re.Match) -> str:
        try:
            return bytes.fromhex(m.group(0).replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return m.group(0).upper()

    text = _UNRESERVED.sub(lambda m: chr(int(m.group(1), 16)), text)
    return _ESCAPED_RUN.sub(repl, text)


def _is_tracker(key: str) -> bool:
    k = key.lower()
    return k in _EXTRA_TRACKERS or bool(TRACKERS_RE.search(k))


@lru_cache(maxsize=65536)
def canonical_url(url: str) -> str:
    """The canonical key of an article URL (see the module docstring); raises ValueError if not http(s)."""
    parts = urlsplit(safe_url_string(url.strip()))
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = _HOST_PREFIX.sub("", parts.hostname.lower().rstrip("."))
    port = parts.port
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = _decode_utf8_runs(parts.path or "/")
    path = re.sub(r"/{2,}", "/", path)
    path = _NEWS_ID_SLUG.sub(r"\1", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracker(k)
    ]
    query_text = _decode_utf8_runs(urlencode(sorted(query), safe=":/,"))
    return urlunsplit(("https", netloc, path, query_text, ""))

