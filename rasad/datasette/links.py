"""Cells that lead somewhere: people to their pages, events to meeting pages, articles to theirs."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from markupsafe import Markup, escape

# Query-result columns naming people, one or a JSON list of them.
PERSON_COLUMNS = {"person", "met_with", "person_a", "person_b", "from_country_a", "from_country_b", "name"}
EVENT_ID_COLUMNS = {"event_id"}
PARTICIPANTS_SQL = "SELECT person_id, name FROM event_participants WHERE event_id = ? ORDER BY rowid"


def _a(href: str, text: str, cls: str) -> str:
    return f'<a class="{cls}" href="{escape(href)}">{escape(text)}</a>'


def person_by_name(datasette, name: str) -> str:
    return _a(datasette.urls.path("/-/persons?" + urlencode({"name": name})), name, "person-link")


def names(value: str) -> list[str]:
    """A JSON list of names, or one name."""
    if value.startswith("["):
        try:
            items = json.loads(value)
            return [i for i in items if isinstance(i, str)]
        except ValueError:
            pass
    return [value]


def chips(parts: list[str]) -> Markup:
    return Markup('<div class="chips" dir="auto">' + "".join(f'<span class="chip">{p}</span>' for p in parts) + "</div>")


def query_cell(datasette, database: str, row, column: str, value):
    """Links in a canned query's results, or None."""
    keys = row.keys()
    if column in EVENT_ID_COLUMNS and value is not None:
        return Markup(_a(datasette.urls.path(f"/-/meeting/{value}"), str(value), "meeting-link"))
    if column in PERSON_COLUMNS and isinstance(value, str):
        return chips([person_by_name(datasette, n) for n in names(value)])
    if column == "label" and isinstance(value, str) and "event_id" in keys:
        return Markup(f'<div class="fa" dir="auto">{_a(datasette.urls.path(f"/-/meeting/{row["event_id"]}"), value, "meeting-link")}</div>')
    if column in ("title", "label", "id") and "id" in keys and {"title", "kind"} & set(keys) and value is not None:
        event = "kind" in keys and row["kind"] == "event"
        href = datasette.urls.path(f"/-/meeting/{row['id']}") if event else datasette.urls.row(database, "articles", str(row["id"]))
        return Markup(f'<div class="fa" dir="auto">{_a(href, str(value), "meeting-link" if event else "article-link")}</div>')
    return None


async def participant_chips(datasette, database: str, event_id) -> Markup:
    """The participants of one event, each linked to their person page."""
    rows = (await datasette.get_database(database).execute(PARTICIPANTS_SQL, [event_id])).rows
    return chips([_a(datasette.urls.path(f"/-/person/{r['person_id']}"), r["name"], "person-link") for r in rows])
