"""CSV an analyst's Excel opens as UTF-8: a byte-order mark first, JSON lists as «؛»-joined text."""

from __future__ import annotations

import csv
import io
import json

BOM = "\ufeff"
LIST_SEPARATOR = "؛ "


def _cell(value):
    """A JSON list of strings as «a؛ b»; anything else as it is."""
    if isinstance(value, str) and value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return value
        if isinstance(items, list) and all(isinstance(i, (str, int, float)) for i in items):
            return LIST_SEPARATOR.join(str(i) for i in items)
    return value


def to_csv(columns: list[str], rows) -> str:
    """The rows (dicts or sequences) as CSV text with a byte-order mark."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        values = [row[c] for c in columns] if isinstance(row, dict) else list(row)
        writer.writerow(["" if v is None else _cell(v) for v in values])
    return out.getvalue()


def render(datasette, columns, rows, table, query_name, database):
    """Datasette output renderer for ``.csvfa``."""
    name = table or query_name or database
    return {
        "body": to_csv(list(columns), rows),
        "content_type": "text/csv; charset=utf-8",
        "headers": {"content-disposition": f'attachment; filename="{name}.csv"'},
    }
