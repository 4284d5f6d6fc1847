"""SQL views that give Datasette facets the tables alone cannot: Jalali month, countries, sites.

Views hold no data and use only built-in SQL, so any SQLite client can read them.
:func:`ensure_views` (re)creates a view only when its definition changed.
"""

from __future__ import annotations

import sqlite_utils

VIEWS: dict[str, str] = {
    # One row per meeting with who, which countries and which sites reported it.
    "meetings": """
SELECT
  e.id,
  e.label,
  e.type,
  e.date,
  e.date_jalali,
  substr(e.date_jalali, 1, 7) AS month_jalali,
  e.location,
  (SELECT json_group_array(p.name) FROM event_participants p WHERE p.event_id = e.id)
    AS participants,
  (SELECT json_group_array(DISTINCT p.country) FROM event_participants p
    WHERE p.event_id = e.id AND coalesce(p.country, '') != '') AS countries,
  (SELECT json_group_array(DISTINCT m.site) FROM event_mentions m WHERE m.event_id = e.id)
    AS sites,
  e.topics,
  e.n_sources,
  e.n_mentions,
  e.confidence,
  e.first_published,
  e.first_seen
FROM events e""",
    # One row per article without the raw copies, with its Jalali month and event count.
    "news": """
SELECT
  a.id,
  a.site,
  a.title,
  a.lead,
  a.published,
  a.published_jalali,
  substr(a.published_jalali, 1, 7) AS month_jalali,
  a.url,
  a.author,
  (SELECT count(DISTINCT m.event_id) FROM event_mentions m WHERE m.article_id = a.id)
    AS n_events,
  a.duplicate_of,
  a.duplicate_reason,
  a.fetched
FROM articles a""",
}


def ensure_views(db: sqlite_utils.Database) -> None:
    """Create missing views and replace those whose SQL differs from :data:`VIEWS`."""
    existing = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    for name, select in VIEWS.items():
        sql = f"CREATE VIEW [{name}] AS{select}"
        if existing.get(name) == sql:
            continue
        with db.atomic():
            db.execute(f"DROP VIEW IF EXISTS [{name}]")
            db.execute(sql)
