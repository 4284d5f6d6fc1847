"""Cheap polls at scale: the real `rasad run` with 200 sites on 127.0.0.1 polled every few
seconds. Every site was crawled before (its feed's validators are stored), so an unchanged site
is one conditional GET answered 304, recorded by the daemon without a crawl process; a site whose
feed changes gets a real `rasad crawl` child within one interval."""

from __future__ import annotations

import time
import urllib.request

import pytest
from conftest import Article, article_html, make_articles, rss
from test_daemon_support import query, rasad_run, wait_until

from crawler.state import save_feed_state
from rasad.config import Settings, Site
from rasad.daemon.poll import Poller
from rasad.localsite import LocalSite
from rasad.schema import open_db

SITES = 200
INTERVAL = 4.0      # seconds between two polls of a site (min = max: no adaptation)
LATE = 2.0          # allowed beyond the interval: wait_until looks every 0.1 s, and a loaded machine runs threads late
CHANGED = "s7"


def publish(site: LocalSite, name: str, articles: list[Article]) -> None:
    for a in articles:
        site.add(a.path, article_html(a))
    site.add(f"/{name}/rss", rss([(site.url(a.path), a.title, a.published) for a in articles]),
             content_type="application/rss+xml; charset=utf-8")


def seed_validators(db_path, site: LocalSite, names: list[str]) -> None:
    """Store each feed's ETag/Last-Modified as an earlier crawl would have."""
    db = open_db(db_path)
    for name in names:
        url = site.url(f"/{name}/rss")
        with urllib.request.urlopen(url, timeout=10) as response:
            etag, modified = response.headers["ETag"], response.headers["Last-Modified"]
        save_feed_state(db, url, name, "rss", 200, etag, modified, items_seen=1, items_known=1)
    db.conn.close()


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("polls")
    names = [f"s{i}" for i in range(SITES)]
    with LocalSite() as site:
        for i, name in enumerate(names):
            [article] = make_articles(1, start_id=10_000 + i)
            article.path = f"/{name}/news/{article.news_id}"
            publish(site, name, [article])
        blocks = "".join(f"  - name: {n}\n    base_url: {site.url('/' + n + '/')}\n"
                         f"    sources: [{{rss: '{site.url('/' + n + '/rss')}'}}]\n" for n in names)
        config = tmp / "config.yaml"
        config.write_text(
            "database: rasad.db\nsettings:\n  download_delay: 0\n  obey_robots: true\n  retries: 0\n"
            f"  schedule: {{every: {INTERVAL}s, min_interval: {INTERVAL}s, max_interval: {INTERVAL}s,"
            " jitter: 0s, timeout: 60s}\n"
            f"sites:\n{blocks}", encoding="utf-8")
        seed_validators(tmp / "rasad.db", site, names)
        daemon = rasad_run(config)
        try:
            yield {"db": tmp / "rasad.db", "site": site, "daemon": daemon, "names": names}
        finally:
            daemon.close()


def polls(db, site: str | None = None) -> list[dict]:
    """Runs the daemon settled without a crawl process (no pid)."""
    where = " and site = ?" if site else ""
    return query(db, f"select * from crawl_runs where pid is null and status = 'ok'{where}",
                 (site,) if site else ())


def test_an_unchanged_site_is_polled_without_a_crawl_process(fleet):
    db, site = fleet["db"], fleet["site"]

    def every_site_polled_twice():
        counts = query(db, "select site, count(*) as n from crawl_runs where pid is null group by site")
        return len(counts) == SITES and all(r["n"] >= 2 for r in counts)

    wait_until(every_site_polled_twice, 90, "two polls of every site")
    assert not query(db, "select site from crawl_runs where pid is not null"), "a crawl process was started"
    settled = polls(db)
    assert sum(r["requests"] for r in settled) == len(settled) + 1  # robots.txt once, then one GET each
    assert site.hits("/robots.txt") == 1
    daemon = [r for r in site.requests if r.headers.get("User-Agent", "").startswith("rasad/")]
    feeds = [r for r in daemon if r.path.endswith("/rss")]
    assert len(feeds) >= 2 * SITES and all(r.headers.get("If-None-Match") and r.status in (0, 304) for r in feeds)
    assert len(feeds) + 1 == len(daemon), "the daemon asked for something else than robots.txt and feeds"
    assert "unchanged, no crawl process" in fleet["daemon"].log()


def test_a_site_whose_feed_changes_is_crawled_within_one_interval(fleet):
    db, site = fleet["db"], fleet["site"]
    wait_until(lambda: polls(db, CHANGED), 90, f"a first poll of {CHANGED}")
    article = make_articles(2, start_id=20_000)[1]
    article.path = f"/{CHANGED}/news/{article.news_id}"
    changed = time.monotonic()
    publish(site, CHANGED, [article])
    crawl = wait_until(lambda: query(db, "select * from crawl_runs where site = ? and pid is not null",
                                     (CHANGED,)), INTERVAL + 60, f"a crawl process for {CHANGED}")[0]
    assert time.monotonic() - changed <= INTERVAL + LATE
    done = wait_until(lambda: query(db, "select * from crawl_runs where id = ? and status != 'running'",
                                    (crawl["id"],)), 90, "the crawl to finish")[0]
    assert (done["status"], done["new_articles"]) == ("ok", 1)
    stored = query(db, "select url from articles where site = ?", (CHANGED,))
    assert [r["url"] for r in stored] == [site.url(article.path)]
    others = query(db, "select distinct site from crawl_runs where pid is not null")
    assert [r["site"] for r in others] == [CHANGED]
    assert fleet["daemon"].proc.poll() is None


def test_a_poll_skips_a_crawl_only_when_every_source_answers_304():
    """The poll's rule, one source at a time: anything but a 304 to a conditional GET it is
    allowed to make (or a due pending article) asks for a crawl, naming why."""
    with LocalSite() as site:
        site.add("/rss", "<rss/>", content_type="application/rss+xml")
        site.add("/sitemap.xml", "<urlset/>", content_type="application/xml")
        site.add("/robots.txt", "User-agent: *\nDisallow: /private\n", content_type="text/plain")
        with urllib.request.urlopen(site.url("/rss"), timeout=10) as response:
            stored = {site.url("/rss"): {"If-None-Match": response.headers["ETag"]}}
        settings = Settings(download_delay=0)
        poller = Poller()

        def poll(*sources: str, pending: bool = False, known: dict = stored):
            config = Site(name="x", base_url=site.url("/"), sources=[{"rss": site.url(s)} for s in sources])
            return poller.poll(config, settings, lambda url: known.get(url, {}), pending)

        unchanged = poll("/rss")
        assert unchanged.unchanged and unchanged.unchanged_sources == [(site.url("/rss"), "rss")]
        assert unchanged.requests == 2 and site.hits("/robots.txt") == 1   # robots.txt, then the feed
        assert poll("/rss").requests == 1                                  # robots.txt kept
        assert poll("/rss", pending=True).crawl_because == "pending articles are due"
        assert poll("/rss", "/sitemap.xml").crawl_because == f"no validators stored for {site.url('/sitemap.xml')}"
        changed = {site.url("/rss"): {"If-None-Match": '"other"'}}
        assert poll("/rss", known=changed).crawl_because == f"{site.url('/rss')}: 200"
        assert poll("/private/rss").crawl_because.startswith("robots.txt forbids")
        poller.close()
    gone = Poller()
    down = Site(name="x", base_url=site.url("/"), sources=[{"rss": site.url("/rss")}])
    unreachable = gone.poll(down, Settings(obey_robots=False), lambda url: stored[url], False)
    assert unreachable.crawl_because == f"{site.url('/rss')}: ConnectError"  # the port is closed now
    gone.close()
