"""The database schema: the one place that says which tables, indexes, views and triggers rasad keeps.

Every writer (crawler pipelines, event store, dedup, daemon) goes through :func:`open_db`, which
applies this schema idempotently. Add a column here and it appears in existing databases on the
next open (``ensure_schema`` adds missing columns). The full-text index is written by triggers in
the writer's own transaction, so readers (Datasette) open the file read-only and never write.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import sqlite_utils

# table -> (columns in order, options). Column types use sqlite-utils' Python type names.
TABLES: dict[str, tuple[dict[str, type], dict]] = {
    # One row per configured site; scheduling state lives here so `rasad status` reads one table.
    "sites": (
        {
            "name": str,
            "base_url": str,
            "enabled": int,
            "interval_seconds": int,   # current (adaptive) interval, null for cron schedules
            "failing_streak": int,     # consecutive failed runs
            "next_run": str,           # UTC ISO timestamp of the next scheduled run
            "last_run_id": int,
            "updated": str,
        },
        {"pk": "name"},
    ),
    # One row per stored article (a canonical URL is stored once).
    "articles": (
        {
            "id": int,
            "site": str,
            "url": str,                # the URL it was fetched from
            "canonical_url": str,      # normalised key (rasad.urls.canonical_url)
            "title": str,              # normalised (pipeline.normalize)
            "lead": str,
            "body": str,
            "title_raw": str,          # as extracted from the page
            "lead_raw": str,
            "body_raw": str,
            "author": str,
            "tags": str,               # JSON list
            "published": str,          # aware UTC ISO timestamp, or null
            "published_jalali": str,   # "1403-08-12 10:25" in Asia/Tehran, or null
            "published_source": str,   # jsonld / meta / selector / page / modified / feed / url
            "fetched": str,            # UTC ISO timestamp
            "content_hash": str,       # hash of the dedup-normalised body (exact duplicates)
            "title_key": str,          # hash of the dedup-normalised title
            "duplicate_of": int,       # earliest copy (articles.id), null if original
            "similarity": float,       # similarity to duplicate_of (1.0 exact)
            "duplicate_reason": str,   # exact / near / title
        },
        {
            "pk": "id",
            "foreign_keys": [("site", "sites", "name"), ("duplicate_of", "articles", "id")],
            "not_null": {"site", "url", "canonical_url", "fetched"},
        },
    ),
    # Every URL form under which an article was met (feed link, short link, www/m variants).
    "article_urls": (
        {"url": str, "article_id": int},
        {"pk": "url", "foreign_keys": [("article_id", "articles", "id")]},
    ),
    # The raw response of every stored article, zlib-compressed, so extraction can be re-run.
    "article_html": (
        {"article_id": int, "encoding": str, "content_type": str, "html_zlib": bytes},
        {"pk": "article_id", "foreign_keys": [("article_id", "articles", "id")]},
    ),
    # Conditional-GET state of feeds, sitemaps and listing pages.
    "feeds": (
        {
            "url": str,
            "site": str,
            "kind": str,               # rss / sitemap / listing
            "etag": str,
            "last_modified": str,
            "last_status": int,
            "last_fetched": str,
            "items_seen": int,         # article links in the last non-304 answer
            "items_known": int,        # of which already stored
        },
        {"pk": "url"},
    ),
    # Article links a source listed that are not settled yet (neither stored, known, skipped nor
    # given up): every run requests the due ones first, even when the source answers 304.
    "pending_articles": (
        {
            "site": str,
            "canonical_url": str,      # rasad.urls.canonical_url of the link
            "url": str,                # the link as the source listed it
            "source": str,             # the feed / sitemap / listing URL that listed it
            "title": str,              # the source's title for it, if any
            "published": str,          # the source's date for it (UTC ISO), if any
            "listed": str,             # UTC ISO timestamp when first listed
            "tries": int,              # failed fetches so far (transient failures only)
            "next_try": str,           # UTC ISO timestamp from which it may be fetched again
            "last_error": str,
        },
        {"pk": ("site", "canonical_url")},
    ),
    # One row per crawl of one site (written by `rasad crawl`, created by the daemon when it runs it).
    "crawl_runs": (
        {
            "id": int,
            "site": str,
            "started": str,
            "ended": str,
            "status": str,             # running / ok / failed / timed_out / interrupted
            "trigger": str,            # manual / schedule / demo
            "pid": int,
            "requests": int,
            "new_articles": int,
            "known": int,              # article links skipped because already stored
            "errors": int,
            "error": str,              # error text of a failed run
        },
        {"pk": "id", "foreign_keys": [("site", "sites", "name")]},
    ),
    # Every page that failed (HTTP error, timeout, parse error, pipeline exception).
    "errors": (
        {"id": int, "run_id": int, "site": str, "url": str, "reason": str, "status": int, "at": str},
        {"pk": "id", "foreign_keys": [("run_id", "crawl_runs", "id")]},
    ),
    # Near-duplicate index: MinHash LSH band keys (no table scan: lookups go through the index).
    "minhash_bands": (
        {"band_key": str, "article_id": int},
        {"pk": ("band_key", "article_id")},
    ),
    "minhash_signatures": (
        {"article_id": int, "signature": bytes},
        {"pk": "article_id"},
    ),
    # One person, however many spellings: aliases is a JSON list of every form met.
    "persons": (
        {
            "id": int,
            "name": str,               # fullest form
            "aliases": str,            # JSON list
            "title": str,              # latest title seen
            "organization": str,
            "country": str,
            "key": str,                # normalised name key used for alias resolution
        },
        {"pk": "id"},
    ),
    # Name tokens of every person, so a bare surname finds its full name through an index.
    "person_tokens": (
        {"token": str, "person_id": int},
        {"pk": ("token", "person_id"), "foreign_keys": [("person_id", "persons", "id")]},
    ),
    # One row per meeting, however many articles report it.
    "events": (
        {
            "id": int,
            "type": str,               # meeting / phone_call / video_call
            "cameo": str,              # 040..046, 041 for calls
            "date": str,               # Gregorian YYYY-MM-DD or null
            "date_jalali": str,        # Jalali YYYY-MM-DD or null
            "location": str,
            "topics": str,             # JSON list
            "label": str,              # "A — B" for Datasette
            "participants_key": str,   # sorted person ids, the merge key with type and date
            "confidence": float,
            "n_mentions": int,
            "n_sources": int,          # distinct sites
            "first_seen": str,
            "first_published": str,    # earliest publication among its mentions
        },
        {"pk": "id"},
    ),
    "event_participants": (
        {
            "event_id": int,
            "person_id": int,
            "name": str,
            "title": str,
            "organization": str,
            "country": str,
            "role_as_written": str,    # a role-only participant the registry named: the role as reported
            "resolved_by": str,        # and what named it ("office_holders.tsv:12", "article 7")
        },
        {
            "pk": ("event_id", "person_id"),
            "foreign_keys": [("event_id", "events", "id"), ("person_id", "persons", "id")],
        },
    ),
    # Each article (and sentence) that reports an event.
    "event_mentions": (
        {
            "id": int,
            "event_id": int,
            "article_id": int,
            "site": str,
            "url": str,
            "evidence": str,
            "span_start": int,
            "span_end": int,
            "confidence": float,
            "extracted": str,          # JSON of the event as extracted from this article
        },
        {
            "pk": "id",
            "foreign_keys": [("event_id", "events", "id"), ("article_id", "articles", "id")],
        },
    ),
    # The actor registry (pipeline.registry is the one writer): each article's «NAME TITLE» appositions,
    # the offices they add up to per person, and the seed's holders (pipeline/events/data/office_holders.tsv).
    "office_sightings": (
        {
            "article_id": int,
            "person_id": int,
            "office_key": str,         # office words + country ("وزیر خارج / عمان"), pipeline.registry.offices
            "title": str,              # as written
            "organization": str,
            "day": str,                # the article's publication day (Tehran)
        },
        {"pk": ("article_id", "person_id", "office_key")},
    ),
    "office_holders": (
        {
            "id": int,
            "person_id": int,          # null for a seed holder no article has named yet
            "name": str,
            "office_key": str,
            "country": str,
            "title": str,              # as first written (the seed's office for seed rows)
            "organization": str,
            "source": str,             # article / seed
            "first_seen": str,         # articles: first and last publication day seen holding it
            "last_seen": str,
            "n_articles": int,
            "first_article_id": int,   # the article that first established it
            "start": str,              # seed: start and end as written (YYYY[-MM[-DD]]), end null if still
            "end": str,
            "provenance": str,         # "article 12" / "office_holders.tsv:31"
        },
        {"pk": "id", "foreign_keys": [("person_id", "persons", "id")]},
    ),
    # Each role-only participant a mention has, so a newly established holder finds it (late resolution).
    "mention_roles": (
        {"mention_id": int, "article_id": int, "office_key": str, "day": str},
        {"pk": ("mention_id", "office_key")},
    ),
    # `rasad backfill`: one row per site and archive day of a requested range (crawler/backfill_days.py).
    "backfill_days": (
        {
            "site": str,
            "day": str,                # Gregorian YYYY-MM-DD
            "day_jalali": str,         # Jalali YYYY/MM/DD
            "status": str,             # pending / running / done / failed
            "pages": int,              # archive pages (or sitemaps) read
            "links": int,              # article links met on them
            "articles_new": int,       # articles stored by this day's walk
            "articles_known": int,     # links already stored before the request
            "errors": int,
            "pid": int,                # process walking it while running
            "started": str,
            "finished": str,
        },
        {"pk": ("site", "day")},
    ),
}

INDEXES: list[tuple[str, list[str], bool]] = [
    ("articles", ["canonical_url"], True),
    ("articles", ["site", "published"], False),
    ("articles", ["published"], False),
    ("articles", ["content_hash"], False),
    ("articles", ["site", "title_key"], False),
    ("articles", ["duplicate_of"], False),
    ("article_urls", ["article_id"], False),
    ("crawl_runs", ["site", "started"], False),
    ("errors", ["run_id"], False),
    ("pending_articles", ["site", "next_try"], False),
    ("minhash_bands", ["article_id"], False),
    ("persons", ["key"], False),
    ("events", ["participants_key", "type"], False),
    ("events", ["date"], False),
    ("event_participants", ["person_id"], False),
    ("event_mentions", ["article_id"], False),
    ("event_mentions", ["event_id"], False),
    ("office_sightings", ["person_id", "office_key"], False),
    ("office_holders", ["source", "office_key", "first_seen"], False),
    ("office_holders", ["person_id"], False),
    ("mention_roles", ["office_key", "day"], False),
    ("mention_roles", ["article_id"], False),
    ("backfill_days", ["site", "status"], False),
]

# Views give Datasette facets the tables alone cannot (Jalali month, countries, sites); they hold
# no data and use only built-in SQL, so any SQLite client can read them.
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
  (SELECT json_group_array(DISTINCT p.organization) FROM event_participants p
    WHERE p.event_id = e.id AND coalesce(p.country, '') = '' AND coalesce(p.organization, '') != '')
    AS organizations,
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

BUSY_TIMEOUT_MS = 30_000


# Full-text index: one FTS5 table per source, rowid = the source row's id, holding
# pipeline.normalize.search_forms of each column (see rasad.fts). Triggers keep it in step within
# the writer's own transaction, through SQL functions that :func:`connect` registers.
@dataclass(frozen=True)
class FtsSpec:
    """One FTS table: the source table and the columns it indexes."""

    fts_table: str
    source: str
    columns: tuple[str, ...]
    json_list_columns: tuple[str, ...] = ()


FTS_SPECS = (
    FtsSpec("articles_fts", "articles", ("title", "lead", "body")),
    FtsSpec("persons_fts", "persons", ("name", "aliases"), json_list_columns=("aliases",)),
)
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
# Exists while the index of rows written before the triggers is being filled (see fts_upgrade).
FTS_BACKFILL = "fts_backfill"
LEGACY_FTS_QUEUE = "fts_pending"  # the change queue a server used to drain; dropped on upgrade


def _fts_table_sql(spec: FtsSpec) -> str:
    cols = ", ".join(spec.columns)
    return (f"CREATE VIRTUAL TABLE IF NOT EXISTS [{spec.fts_table}] "
            f"USING fts5({cols}, sig UNINDEXED, tokenize='{FTS_TOKENIZER}')")


def _fts_insert(spec: FtsSpec) -> str:
    cols = ", ".join(f"[{c}]" for c in spec.columns)
    texts = ", ".join(f"rasad_fts_text('{spec.source}', new.rowid, '{c}', new.[{c}])"
                      for c in spec.columns)
    sig = ", ".join(f"new.[{c}]" for c in spec.columns)
    return (f"INSERT INTO [{spec.fts_table}] (rowid, {cols}, sig) "
            f"VALUES (new.rowid, {texts}, rasad_fts_sig({sig}));")


def fts_triggers() -> dict[str, str]:
    """name -> CREATE TRIGGER statement of every trigger that writes the full-text index."""
    triggers = {}
    for spec in FTS_SPECS:
        table, source = spec.fts_table, spec.source
        delete = f"DELETE FROM [{table}] WHERE rowid = old.rowid;"
        watched = ", ".join(f"[{c}]" for c in spec.columns)
        for suffix, event, body in (
            ("ai", "AFTER INSERT", _fts_insert(spec)),
            ("au", f"AFTER UPDATE OF {watched}", f"{delete} {_fts_insert(spec)}"),
            ("ad", "AFTER DELETE", delete),
        ):
            name = f"{table}_{suffix}"
            triggers[name] = f"CREATE TRIGGER [{name}] {event} ON [{source}] BEGIN {body} END"
    return triggers


def _fts_text(source: str, rowid: int, column: str, value):
    from rasad.fts import (
        indexed_text,  # hazm loads on the first indexed write, not at open
    )

    return indexed_text(source, rowid, column, value)


def _fts_sig(*values) -> str:
    from rasad.fts import fts_sig

    return fts_sig(*values)


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection in WAL mode with a busy timeout, safe for the daemon and Datasette together."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.create_function("rasad_fts_text", 4, _fts_text, deterministic=True)
    conn.create_function("rasad_fts_sig", -1, _fts_sig, deterministic=True)
    return conn


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create missing tables, columns and indexes; never drops anything."""
    for name, (columns, options) in TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(columns, **options)
        else:
            existing = set(table.columns_dict)
            for col, col_type in columns.items():
                if col not in existing:
                    table.add_column(col, col_type)
    for table, cols, unique in INDEXES:
        db[table].create_index(cols, unique=unique, if_not_exists=True)
    ensure_views(db)


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


def fts_upgrade(db: sqlite_utils.Database) -> bool:
    """Create the FTS tables and their triggers where missing or outdated; True when rows stored
    before them still need indexing (``rasad.fts.backfill``). Takes no lock when all is current."""
    existing = dict(db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')").fetchall())
    triggers = fts_triggers()
    current = all(existing.get(name) == sql for name, sql in triggers.items())
    if current and LEGACY_FTS_QUEUE not in existing:
        return FTS_BACKFILL in existing
    with db.atomic():
        for spec in FTS_SPECS:
            db.execute(_fts_table_sql(spec))
        db.execute(f"CREATE TABLE IF NOT EXISTS [{FTS_BACKFILL}] (since TEXT)")
        for name, sql in triggers.items():
            db.execute(f"DROP TRIGGER IF EXISTS [{name}]")
            db.execute(sql)
        db.execute(f"DROP TABLE IF EXISTS [{LEGACY_FTS_QUEUE}]")
    return True


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost ``atomic()`` is ``BEGIN IMMEDIATE``.

    A deferred BEGIN that reads before it writes fails at once with 'database is locked'
    (SQLITE_BUSY_SNAPSHOT, the busy timeout does not apply) when another process commits in
    between, as concurrent crawl children and the daemon do; taking the write lock up front
    waits out the busy timeout instead.
    """

    @contextlib.contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def open_db(path: str | Path, progress: Callable[[int, int], None] | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) rasad's database at *path* with the schema applied.

    Write one logical unit (an article with its HTML, dedup links and events) inside
    ``with db.atomic():`` so that a crash never leaves half of it behind. The first open after an
    upgrade indexes for search what was stored before (*progress(done, total)* after each batch).
    """
    db = Database(connect(path))
    ensure_schema(db)
    if fts_upgrade(db):
        from rasad.fts import backfill

        backfill(db, progress=progress)
    return db
