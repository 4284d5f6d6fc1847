"""`rasad demo`: serve the sample sites on 127.0.0.1, crawl them with the real crawler into a
fresh DIR/rasad.db, and show what was stored next to what the articles really report."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table

from rasad.demo.articles import Agency, demo_articles, load_agencies
from rasad.demo.check import ArticleCheck, check_articles
from rasad.demo.render import article_path
from rasad.demo.site import ARTICLE_LINKS, PER_PAGE, build_site
from rasad.schema import open_db
from rasad.stopping import run_child

DB_NAME = "rasad.db"


def site_config(agency: Agency, base: str, n_articles: int) -> dict:
    """The config.yaml entry of one sample site: RSS, the paginated archive and the sitemap."""
    sources = [{"rss": f"{base}/rss"},
               {"listing": f"{base}/archive", "links": ARTICLE_LINKS[agency.style],
                "next": "a.next", "max_pages": max(1, -(-n_articles // PER_PAGE))},
               {"sitemap": f"{base}/sitemap.xml"}]
    return {"name": agency.key, "base_url": f"{base}/", "every": "15m", "sources": sources}


def write_config(directory: Path, sites: list[dict]) -> Path:
    """DIR/config.yaml for *sites*, with a database beside it and no crawl delay (local sites)."""
    config = {"database": DB_NAME,
              "settings": {"download_delay": 0, "concurrency_per_domain": 8, "retries": 1},
              "sites": sites}
    path = directory / "config.yaml"
    header = ("# Written by `rasad demo`: sample Persian news sites served on 127.0.0.1 while the\n"
              "# demo runs (their ports change each time). Browse: rasad serve --config this file.\n")
    path.write_text(header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def fresh_dir(directory: Path) -> None:
    """Create DIR, removing a previous demo's config and database (and nothing else)."""
    directory.mkdir(parents=True, exist_ok=True)
    for name in ("config.yaml", DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
        (directory / name).unlink(missing_ok=True)


def crawl_command(config_path: Path) -> list[str]:
    return [sys.executable, "-m", "rasad", "crawl", "--all", "--config", str(config_path),
            "--trigger", "demo"]


def run_demo(directory: Path, console: Console) -> tuple[Path, list[ArticleCheck], int]:
    """Serve, configure, crawl; return (config path, per-article checks, crawl exit status)."""
    articles = demo_articles()
    agencies = load_agencies()
    fresh_dir(directory)
    urls: dict[str, str] = {}
    with ExitStack() as stack:
        sites = []
        for key, agency in agencies.items():
            mine = [a for a in articles if a.agency == key]
            site = build_site(mine, agency=agency)
            stack.callback(site.stop)
            sites.append(site_config(agency, site.base, len(mine)))
            urls.update({a.id: site.url(article_path(a, agency)) for a in mine})
            console.print(f"[bold]{agency.name}[/] ({key}): {len(mine)} articles at {site.base}/")
        config_path = write_config(directory, sites)
        console.print(f"config: {config_path}\ncrawling: {' '.join(crawl_command(config_path))}\n")
        status = run_child(crawl_command(config_path))
    db = open_db(directory / DB_NAME)
    try:
        checks = check_articles(db, articles, lambda a: urls[a.id])
        print_summary(console, db, checks)
    finally:
        db.conn.close()
    return config_path, checks, status


def print_summary(console: Console, db, checks: list[ArticleCheck]) -> None:
    """Articles per site, events with participants and dates, duplicates, errors; then a score."""
    sites = Table(title="Articles per site")
    for col in ("site", "articles", "with a date", "duplicates", "errors"):
        sites.add_column(col, justify="left" if col == "site" else "right")
    for name, n, dated, dups in db.execute(
        "select site, count(*), count(published), count(duplicate_of) from articles group by site order by site"
    ):
        errors = db.execute("select count(*) from errors where site = ?", [name]).fetchone()[0]
        sites.add_row(name, str(n), str(dated), str(dups), str(errors))
    console.print(sites)

    events = Table(title="Events found")
    for col in ("date", "jalali", "type"):
        events.add_column(col, no_wrap=True)
    events.add_column("participants", ratio=1)
    events.add_column("location")
    events.add_column("sources", justify="right")
    events.add_column("mentions", justify="right")
    for eid, etype, date, date_j, loc, n_src, n_men in db.execute(
        "select id, type, date, date_jalali, location, n_sources, n_mentions from events order by date, id"
    ):
        names = " — ".join(r[0] for r in db.execute(
            "select name from event_participants where event_id = ? order by person_id", [eid]))
        events.add_row(date or "?", date_j or "", etype, names, loc or "", str(n_src or ""), str(n_men or ""))
    console.print(events)

    dups = Table(title="Duplicates linked")
    for col, wrap in (("article", True), ("site", False), ("duplicate of", True), ("site ", False),
                      ("reason", False), ("similarity", False)):
        dups.add_column(col, no_wrap=not wrap, ratio=1 if wrap else None)
    for title, site, orig, osite, reason, sim in db.execute(
        "select a.title, a.site, o.title, o.site, a.duplicate_reason, a.similarity from articles a "
        "join articles o on o.id = a.duplicate_of order by a.id"
    ):
        dups.add_row(title or "", site, orig or "", osite, reason or "", f"{sim:.2f}" if sim else "")
    console.print(dups)

    for url, reason in db.execute("select url, reason from errors order by id limit 10"):
        console.print(f"[red]error[/] {url}: {reason}")

    expected = sum(len(c.article.expected_events) for c in checks)
    found = sum(len(c.found) for c in checks)
    stored = sum(1 for c in checks if c.row is not None)
    events = {eid for c in checks for eid in c.found_in}
    unexpected = {s.id for c in checks for s in c.spurious} - events
    extra = f"; {len(unexpected)} unexpected event(s), listed below" if unexpected else ""
    console.print(f"\nStored {stored}/{len(checks)} sample articles; found {found}/{expected} annotated "
                  f"event reports (type, participants and date): {found} reports of {len(events)} "
                  f"events{extra}.")
    for c in checks:
        if c.row is None:
            console.print(f"  [red]not stored[/]: {c.article.agency} {c.article.id} {c.article.title}")
        for e in c.missed:
            console.print(f"  [yellow]missed[/] {e.type} {' — '.join(e.participants)} {e.date} "
                          f"({c.article.agency} {c.article.id})")
        for s in c.spurious:
            why = f": {c.article.hard_negative}" if c.article.hard_negative else ""
            console.print(f"  [yellow]unexpected[/] {s.type} {' — '.join(s.participants)} {s.date} "
                          f"({c.article.agency} {c.article.id}{why})")


def serve_command(config_path: Path, port: int = 8001) -> list[str]:
    return [sys.executable, "-m", "rasad", "serve", "--config", str(config_path), "--port", str(port)]


def serve(config_path: Path, port: int = 8001) -> int:
    """Run `rasad serve` on the demo database until it exits (see rasad.stopping for signals)."""
    return run_child(serve_command(config_path, port))
