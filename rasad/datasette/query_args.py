"""Column filters that read Persian as an analyst types it, by rewriting the query string before
Datasette sees it (an ASGI wrapper; GET query strings only):

- a Jalali date in a date column's filter («date__gte=1405-01-01», «۱۴۰۵/۰۱/۰۱») becomes the
  Gregorian date the column holds (compared as text, it matched every row);
- ``COLUMN__contains=`` with Persian text becomes ``_fa_COLUMN=``, which the plugin matches on
  folded text (ي/ك, ZWNJ and spaces, hamza forms, digits), so «كريميان» finds «کریمیان».
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from rasad.datasette.dates import JALALI_BEFORE, to_gregorian
from rasad.persian import latin_digits

DATE_FILTER = re.compile(r"^(date|published|first_published|first_seen|fetched)(__(?:exact|not|gt|gte|lt|lte))?$")
CONTAINS = re.compile(r"^(\w+)__contains$")
FOLDED_PREFIX = "_fa_"
_YEAR = re.compile(r"^\s*(\d{4})")
_PERSIAN = re.compile(r"[\u0600-\u06ff]")


def _gregorian(value: str) -> str:
    """*value* as a Gregorian date when it is a Jalali one, else unchanged."""
    m = _YEAR.match(latin_digits(value))
    if m and int(m.group(1)) < JALALI_BEFORE:
        return to_gregorian(value) or value
    return value


def _pair(key: str, value: str) -> tuple[str, str]:
    if DATE_FILTER.match(key):
        return key, _gregorian(value)
    m = CONTAINS.match(key)
    if m and _PERSIAN.search(value):
        return FOLDED_PREFIX + m.group(1), value
    return key, value


def rewrite(query_string: bytes) -> bytes:
    """The query string with Jalali date filters made Gregorian and Persian «contains» folded."""
    pairs = parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    changed = [_pair(k, v) for k, v in pairs]
    return query_string if changed == pairs else urlencode(changed).encode()


def folded_filters(args) -> list[tuple[str, str]]:
    """(column, text) of each ``_fa_COLUMN=`` argument."""
    return [(k[len(FOLDED_PREFIX):], args.get(k)) for k in args.keys()
            if k.startswith(FOLDED_PREFIX) and (args.get(k) or "").strip()]


def wrap(app):
    async def persian_query_args(scope, receive, send):
        if scope.get("type") == "http" and scope.get("query_string"):
            scope = dict(scope, query_string=rewrite(scope["query_string"]))
        await app(scope, receive, send)

    return persian_query_args
