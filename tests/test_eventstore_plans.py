"""No statement run while storing an article scans a table: every one is checked with EXPLAIN QUERY PLAN."""

from __future__ import annotations

from eventstore_fixtures import add_article, ensure_sites, three_agencies

from pipeline.dedup import link_article
from pipeline.event_store import store_events
from rasad.config import Settings
from rasad.schema import open_db


def test_storing_an_article_never_scans(tmp_path):
    settings = Settings()
    db = open_db(tmp_path / "t.db")
    arts = three_agencies()
    ensure_sites(db, {a["site"] for a in arts})
    for art in arts[:2]:
        add_article(db, settings, art)
    last = arts[2]
    statements: list[str] = []
    with db.atomic():
        aid = db["articles"].insert({"site": last["site"], "url": last["url"], "canonical_url": last["url"],
                                     "title": last["title"], "body": last["body"], "published": last["published"],
                                     "fetched": last["published"]}).last_pk
        db.conn.set_trace_callback(statements.append)
        try:
            link_article(db, aid, settings)
            store_events(db, aid, last["events"], settings)
        finally:
            db.conn.set_trace_callback(None)
    queries = {s for s in statements if s.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE"))}
    assert len(queries) > 15  # the trace really saw both functions' statements
    assert db["articles"].get(aid)["duplicate_of"] is not None
    for sql in sorted(queries):
        plan = [r[3] for r in db.execute("EXPLAIN QUERY PLAN " + sql)]
        assert not [p for p in plan if p.startswith("SCAN")], f"{sql}\n{plan}"
