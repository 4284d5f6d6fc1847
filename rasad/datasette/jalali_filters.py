"""Jalali dates typed into a date column's filter («date__gte=1405-01-01», «۱۴۰۵/۰۱/۰۱») become
the Gregorian dates the column holds, before Datasette compares them as text (which matched
every row). An ASGI wrapper: it only rewrites the query string of GET requests."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from rasad.datasette.dates import _DIGITS, _JALALI_BEFORE, to_gregorian

DATE_FILTER = re.compile(r"^(date|published|first_published|first_seen|fetched)(__(?:exact|not|gt|gte|lt|lte))?$")
_YEAR = re.compile(r"^\s*(\d{4})")


def _gregorian(value: str) -> str:
    """*value* as a Gregorian date when it is a Jalali one, else unchanged."""
    m = _YEAR.match(value.translate(_DIGITS))
    if m and int(m.group(1)) < _JALALI_BEFORE:
        return to_gregorian(value) or value
    return value


def rewrite(query_string: bytes) -> bytes:
    """The query string with each date filter's Jalali value made Gregorian."""
    pairs = parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    changed = [(k, _gregorian(v) if DATE_FILTER.match(k) else v) for k, v in pairs]
    return query_string if changed == pairs else urlencode(changed).encode()


def wrap(app):
    async def jalali_filters(scope, receive, send):
        if scope.get("type") == "http" and scope.get("query_string"):
            scope = dict(scope, query_string=rewrite(scope["query_string"]))
        await app(scope, receive, send)

    return jalali_filters
