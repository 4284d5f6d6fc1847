"""rasad's Datasette plugin: Persian search, Jalali dates, right-to-left cells and the dashboard.

Registered through the ``datasette`` entry point in pyproject.toml, so any Datasette of this
environment loads it (``rasad serve`` and the plain ``datasette`` command alike). It acts only on
databases holding rasad's tables and never writes to them: the views and the full-text index are
made by rasad's writers (``rasad.schema``), so the server only reads.
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from datetime import timedelta
from functools import lru_cache
from urllib.parse import unquote, urlencode

import datasette.handle_exception
from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from rasad.datasette import charts, export, links, pages, query_args
from rasad.datasette.dates import (
    MONTHS_FA,
    jalali_label,
    parse_stored,
    tehran_time,
    to_gregorian,
)
from rasad.datasette.folding import fts_any_spelling
from rasad.datasette.served import is_rasad as _is_rasad
from rasad.datasette.served import rasad_database as _rasad_database
from rasad.datasette.served import rasad_paths as _rasad_paths
from rasad.datasette.served import resolved as _resolved
from rasad.datasette.validate import query_problems
from rasad.fts import fts_query, search_key
from rasad.persian import persian_digits, squash
from rasad.schema import BUSY_TIMEOUT_MS

DATE_COLUMNS = {
    "published", "fetched", "date", "first_seen", "first_published", "started", "ended", "at",
    "updated", "next_run", "last_fetched", "seen", "first_met", "last_met",
}
JSON_LIST_COLUMNS = {"aliases", "tags", "topics", "participants", "countries", "organizations", "sites"}
_URL = re.compile(r"^https?://\S+$")
_PERSIAN = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")

# The one monkey-patch left. Datasette 0.65's own handle_exception hook (trylast) renders every
# error page and first calls rich.get_console().print_exception() whenever rich is importable;
# rich 15 raises ValueError there ("Value for 'trace' required if not called in except: block"),
# so each 404 turned into a 500. No hook can skip that call: a handle_exception hook of ours that
# answered first would have to copy Datasette's whole error rendering. Setting the module's
# `rich` to None makes it print a plain traceback instead, and changes nothing else.
datasette.handle_exception.rich = None

@hookimpl
def startup(datasette):
    """Note which databases are rasad's (read-only probe) and load the Persian normaliser now."""
    for db in list(datasette.databases.values()):
        if db.is_memory or not db.path:
            continue
        path = _resolved(db.path)
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as probe:
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if {"articles", "events", "persons"} <= tables:
            _rasad_paths.add(path)
    # Seconds of loading now, not inside an analyst's first search (sql_time_limit_ms).
    fts_query("آغاز")


@lru_cache(maxsize=4096)
def _cached_search_key(text: str | None) -> str:
    """search_key for the few distinct countries a query compares, computed once each."""
    return search_key(text)


def _jalali_of(value):
    parsed = parse_stored(value) if isinstance(value, str) else None
    return jalali_label(parsed) if parsed else None


@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette):
    """SQL functions for canned queries; ``escape_fts`` made Persian-aware for ``?_search=``.

    trylast: this runs after Datasette's own ``escape_fts`` registration and replaces it, so the
    table pages' search box folds ZWNJ and Arabic ي/ك exactly like the index does.
    """
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
    conn.create_function("fa_match", 1, fts_query, deterministic=True)
    conn.create_function("fa_key", 1, _cached_search_key, deterministic=True)
    conn.create_function("to_gregorian", 1, to_gregorian, deterministic=True)
    conn.create_function("jalali", 1, _jalali_of, deterministic=True)
    conn.create_function("fa_squash", 1, squash, deterministic=True)
    conn.create_function("fa_any_spelling", 1, fts_any_spelling, deterministic=True)


def _month_label(value: str) -> str | None:
    """'1405-08' -> 'آبان ۱۴۰۵'."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{MONTHS_FA[int(m.group(2)) - 1]} {persian_digits(m.group(1))}"


def _json_list(value: str) -> list[str] | None:
    if not value.startswith("["):
        return None
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if isinstance(items, list) and all(isinstance(i, str) for i in items):
        return items
    return None


# In the views, which have no row pages, these columns link to the underlying row.
ROW_LINKS = {("meetings", "label"): "meeting", ("news", "title"): "articles", ("events", "label"): "meeting"}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Persian text right to left (always escaped), JSON lists as chips, Jalali beside Gregorian,
    links readable (percent-encoded Persian decoded)."""
    if not _is_rasad(datasette, database):
        return None
    if table is None and (linked := links.query_cell(datasette, database, row, column, value)):
        return linked
    if (table, column) == ("meetings", "participants") and "id" in row.keys():
        return links.participant_chips(datasette, database, row["id"])
    if not isinstance(value, str):
        return None
    target = ROW_LINKS.get((table, column))
    if target and _PERSIAN.search(value) and "id" in row.keys():
        href = (datasette.urls.path(f"/-/meeting/{row['id']}") if target == "meeting"
                else datasette.urls.row(database, target, str(row["id"])))
        return Markup(f'<a href="{escape(href)}"><div class="fa" dir="auto">{escape(value)}</div></a>')
    if column in DATE_COLUMNS and (parsed := parse_stored(value)):
        shown = tehran_time(value)
        zone = '' if shown == value else ' <small class="tz">تهران · Tehran</small>'
        return Markup(
            f'<span class="greg" title="{escape(value)}">{escape(shown)}</span>{zone} '
            f'<span class="jalali" dir="rtl">{escape(jalali_label(parsed))}</span>'
        )
    if column == "type" and value in charts.TYPE_LABELS:
        return Markup(f'{escape(value)} <span class="fa-label" dir="rtl">{charts.TYPE_LABELS[value]}</span>')
    if column == "month_jalali" and (label := _month_label(value)):
        return Markup(f'{escape(value)} <span class="fa-label" dir="rtl">{label}</span>')
    if _URL.match(value):
        return Markup(f'<a class="url" dir="ltr" href="{escape(value)}">{escape(unquote(value))}</a>')
    if column in JSON_LIST_COLUMNS and (items := _json_list(value)) is not None:
        chips = "".join(f'<span class="chip">{escape(i)}</span>' for i in items)
        return Markup(f'<div class="chips" dir="auto">{chips}</div>')
    if _PERSIAN.search(value):
        return Markup(f'<div class="fa" dir="auto">{escape(value)}</div>')
    return None


FOLD_SCRIPT = """
document.querySelectorAll('input[type=search], input[type=text]').forEach(e => e.setAttribute('dir', 'auto'));
(() => {
  const fold = (els, label, open) => {
    els = els.filter(Boolean);
    if (!els.length) return;
    const d = document.createElement('details'), s = document.createElement('summary');
    d.className = 'rasad-fold'; d.open = open; s.textContent = label;
    els[0].before(d); d.append(s, ...els);
  };
  const $ = q => document.querySelector(q);
  fold([$('dl.column-descriptions')], 'توضیح ستون‌ها · column notes', false);
  if (document.body.classList.contains('table')) {
    fold([$('form.filters'), $('.facet-results'), $('.suggested-facets')],
         'فیلترها و دسته‌بندی‌ها · filters and facets', /__|_facet|_search|_sort/.test(location.search));
  }
})();
"""


@hookimpl
def extra_body_script(template, database, table, view_name, datasette):
    """Search boxes take their direction from what is typed; column notes, filters and facets are
    folded away so the first screen of a view is its data."""
    return FOLD_SCRIPT


@hookimpl
def menu_links(datasette, actor, request):
    if _rasad_database(datasette) is None:
        return None
    return [{"href": datasette.urls.path("/-/dashboard"), "label": "داشبورد رصد (Dashboard)"},
            {"href": datasette.urls.path("/-/persons"), "label": "جست‌وجوی شخص (Persons)"},
            {"href": datasette.urls.path("/-/network"), "label": "چه کسی با چه کسی (Who met whom)"}]


_WEEKLY_SQL = """
SELECT date(date, '-6 days', 'weekday 6') AS week, type, count(*) AS n
FROM events
WHERE date IS NOT NULL AND date >= date((SELECT max(date) FROM events), '-364 days')
GROUP BY week, type ORDER BY week
"""
_TYPE_COUNTRY_SQL = """
SELECT p.country, e.type, count(DISTINCT e.id) AS n
FROM events e JOIN event_participants p ON p.event_id = e.id
WHERE coalesce(p.country, '') != ''
GROUP BY p.country, e.type
"""
_TOTALS_SQL = """
SELECT
  (SELECT count(*) FROM articles) AS articles,
  (SELECT count(*) FROM events) AS events,
  (SELECT count(*) FROM persons) AS persons,
  (SELECT count(*) FROM sites) AS sites,
  (SELECT count(*) FROM articles WHERE datetime(fetched) >= datetime('now', '-24 hours'))
    AS articles_24h,
  (SELECT count(*) FROM events WHERE datetime(first_seen) >= datetime('now', '-24 hours'))
    AS events_24h
"""


async def _dashboard(datasette, request):
    db = _rasad_database(datasette)
    if db is None:
        return Response.html("No rasad database is being served.", status=404)
    weekly = [tuple(r) for r in (await db.execute(_WEEKLY_SQL)).rows]
    by_country = [tuple(r) for r in (await db.execute(_TYPE_COUNTRY_SQL)).rows]
    totals = dict((await db.execute(_TOTALS_SQL)).first())
    pairs_query = await datasette.get_canned_query(db.name, "top_pairs", request.actor)
    pairs = (await db.execute(pairs_query["sql"])).rows[:10] if pairs_query else []
    failing_query = await datasette.get_canned_query(db.name, "failing_sites", request.actor)
    failing = (await db.execute(failing_query["sql"])).rows if failing_query else []
    meetings = datasette.urls.table(db.name, "meetings")

    def week_href(week, kind):
        until = (week + timedelta(days=7)).isoformat()
        return f"{meetings}?{urlencode({'date__gte': week.isoformat(), 'date__lt': until, 'type': kind})}"

    def country_href(country, kind):
        return f"{meetings}?{urlencode({'countries__arraycontains': country, 'type': kind})}"

    html = await datasette.render_template(
        "rasad_dashboard.html",
        {
            "database": db.name,
            "totals": totals,
            "timeline_svg": Markup(charts.weekly_timeline(weekly, href=week_href)),
            "country_svg": Markup(charts.type_by_country(by_country, href=country_href)),
            "pairs": pairs,
            "failing": failing,
        },
        request=request,
    )
    return Response.html(html)


@hookimpl
def register_routes():
    return [(r"^/-/dashboard$", _dashboard), *pages.ROUTES]


# The views' Persian search box (?_fa=): every spelling of what is typed matches.
FA_SEARCH = {
    "meetings": "id IN (SELECT id FROM events WHERE fa_squash(coalesce(label, '') || ' ' || "
                "coalesce(location, '')) LIKE '%' || fa_squash(:rasad_fa) || '%' "
                "UNION SELECT event_id FROM event_participants "
                "WHERE fa_squash(name) LIKE '%' || fa_squash(:rasad_fa) || '%')",
    "news": "id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH fa_any_spelling(:rasad_fa))",
}


@hookimpl
def filters_from_request(request, database, table, datasette):
    """``?_fa=`` on the meetings and news views and ``?_fa_COLUMN=`` (a Persian «contains» filter,
    see query_args) on any of rasad's tables: matched as Persian is written, in any spelling."""
    if not _is_rasad(datasette, database):
        return None
    typed = request.args.get("_fa", "").strip()
    folded = query_args.folded_filters(request.args)
    if not folded and not (typed and table in FA_SEARCH):
        return None

    async def arguments():
        clauses, params, said = [], {}, []
        if typed and table in FA_SEARCH:
            clauses.append(FA_SEARCH[table])
            params["rasad_fa"] = typed
            said.append(f'search "{typed}" (Persian, any spelling)')
        columns = set(await datasette.get_database(database).table_columns(table))
        for i, (column, text) in enumerate(c for c in folded if c[0] in columns):
            clauses.append(f"fa_squash([{column}]) LIKE '%' || fa_squash(:rasad_fa_{i}) || '%'")
            params[f"rasad_fa_{i}"] = text
            said.append(f'{column} contains "{text}" (any spelling)')
        return FilterArguments(clauses, params, said)

    return arguments()


@hookimpl
def extra_template_vars(template, request, database, datasette):
    """A canned query's input problems, once its form was sent; the views' search text."""
    if request is None or not template.startswith(("query", "table")) or not _is_rasad(datasette, database):
        return {}
    query = (request.url_vars or {}).get("table", "")
    sent = template.startswith("query") and any(k in request.args for k in ("start", "person", "office", "q",
                                                                     "country_a", "date"))
    return {"problems": query_problems(query, request.args) if sent else [],
            "rasad_fa": request.args.get("_fa", "")}


@hookimpl
def asgi_wrapper(datasette):
    return query_args.wrap


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "csvfa", "render": export.render}
