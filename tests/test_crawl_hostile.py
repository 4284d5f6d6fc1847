"""Hostile sites, one crawl: gzip bombs (a sitemap.xml.gz and a Content-Encoding: gzip page, each
~400 KB inflating to 400 MB), a page streamed without Content-Length past max_response_size, a
billion-laughs feed and an external entity to /etc/passwd. Each leaves a clear error row (or, for
the external entity, nothing read), and the crawl process stays within a memory bound."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zlib

import pytest
from conftest import article_html, make_articles, rss, write_config

from rasad.localsite import LocalSite

MAX_SIZE = 1_000_000
INFLATED = 400 << 20                 # 400 MB
PEAK_RSS_LIMIT_MB = 450              # "a few hundred MB whatever a site sends" (~290 MB storing articles)

_MEASURE = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024); sys.exit(code)")


def _bomb(head: bytes, tail: bytes) -> bytes:
    """gzip of head + 400 MB of spaces + tail (about 400 KB), built without holding 400 MB."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts, chunk = [deflate.compress(head)], b" " * (1 << 20)
    parts += [deflate.compress(chunk) for _ in range(INFLATED >> 20)]
    parts += [deflate.compress(tail), deflate.flush()]
    return b"".join(parts)


def _chunked(total: int):
    """A handler that streams *total* bytes of article text with no Content-Length."""
    chunk = ("<p>" + "متن بسیار طولانی " * 500 + "</p>").encode()

    def handler(request):
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Transfer-Encoding", "chunked")
        request.end_headers()
        try:
            for _ in range(total // len(chunk) + 1):
                request.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            request.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass                       # the crawler hung up at max_response_size, as it should
    return handler


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                    for i in range(1, 10))
          + ']><rss version="2.0"><channel><item><title>&lol9;</title>'
          '<link>{url}</link></item></channel></rss>')
XXE = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       '<rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title>'
       '<link>{url}</link><description>&xxe;</description></item></channel></rss>')


def _sites_yaml(site: LocalSite) -> str:
    sources = {"bomb": "sitemap: {}/bomb/sitemap.xml.gz", "gzpage": "rss: {}/gzpage/rss",
               "chunked": "rss: {}/chunked/rss", "laughs": "rss: {}/laughs/rss",
               "xxe": "rss: {}/xxe/rss"}
    return "".join(f"""  - name: {name}
    base_url: {site.url('/' + name + '/')}
    sources:
      - {source.format(site.base)}
""" for name, source in sources.items())


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    bomb_xml = _bomb(b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
                     b"</urlset>")
    bomb_html = _bomb(b"<html><body><p>", b"</p></body></html>")
    good = make_articles(1, start_id=180001)[0]
    good.path = "/xxe/news/180001"
    with LocalSite() as site:
        site.add("/bomb/sitemap.xml.gz", bomb_xml, content_type="application/x-gzip")
        site.add("/gzpage/news/1", bomb_html, headers={"Content-Encoding": "gzip"})
        site.add("/chunked/news/1", b"")
        site.add_handler("/chunked/news/1", _chunked(5 * MAX_SIZE))
        for name in ("gzpage", "chunked"):
            site.add(f"/{name}/rss", rss([(site.url(f"/{name}/news/1"), "خبر", None)]),
                     content_type="application/rss+xml")
        site.add("/laughs/rss", LAUGHS.format(url=site.url("/laughs/news/1")),
                 content_type="application/rss+xml")
        site.add("/xxe/rss", XXE.format(url=site.url(good.path)), content_type="application/rss+xml")
        site.add(good.path, article_html(good))
        config = write_config(tmp, _sites_yaml(site), max_response_size=MAX_SIZE)
        env = {**os.environ, "PYTHONUTF8": "1"}
        result = subprocess.run(
            [sys.executable, "-c", _MEASURE, sys.executable, "-m", "rasad", "crawl", "--all",
             "--quiet", "--config", str(config)],
            capture_output=True, text=True, timeout=300, env=env, cwd=tmp)
        requests = site.requests
    db = sqlite3.connect(tmp / "rasad.db")
    db.row_factory = sqlite3.Row
    yield {"result": result, "db": db, "requests": requests, "good": good,
           "peak_mb": int(result.stdout.strip().splitlines()[-1])}
    db.close()


def _errors(hostile, site: str) -> list[sqlite3.Row]:
    return hostile["db"].execute("select * from errors where site = ?", [site]).fetchall()


def test_peak_memory_of_the_crawl_stays_bounded(hostile):
    assert "Traceback" not in hostile["result"].stderr, hostile["result"].stderr[-3000:]
    print(f"peak RSS of the crawl: {hostile['peak_mb']} MB")
    assert 0 < hostile["peak_mb"] < PEAK_RSS_LIMIT_MB


def test_gzip_bomb_sitemap_is_capped_and_recorded(hostile):
    (error,) = _errors(hostile, "bomb")
    assert error["url"].endswith("/bomb/sitemap.xml.gz")
    assert error["reason"] == f"sitemap too large after decompression (over {MAX_SIZE} bytes)"


def test_gzip_encoded_page_bomb_is_capped_and_recorded(hostile):
    (error,) = _errors(hostile, "gzpage")
    assert error["url"].endswith("/gzpage/news/1")
    assert error["reason"] == f"response too large after decompression (over {MAX_SIZE} bytes)"


def test_oversize_page_without_content_length_is_recorded(hostile):
    (error,) = _errors(hostile, "chunked")
    assert error["url"].endswith("/chunked/news/1")
    assert error["reason"] == f"response too large (over {MAX_SIZE} bytes)"
    assert hostile["db"].execute("select count(*) from articles where site = 'chunked'").fetchone()[0] == 0


def test_billion_laughs_feed_is_an_error_row(hostile):
    (error,) = _errors(hostile, "laughs")
    assert error["url"].endswith("/laughs/rss")
    assert error["reason"] == "feed not parseable (entity expansion)"
    assert not any(r.path.startswith("/laughs/news") for r in hostile["requests"])


def test_external_entity_is_never_resolved(hostile):
    db = hostile["db"]
    assert _errors(hostile, "xxe") == []
    (article,) = db.execute("select * from articles where site = 'xxe'").fetchall()
    assert article["title_raw"] == hostile["good"].title       # the page's title, not the entity
    passwd = open("/etc/passwd", encoding="utf-8").readline().strip()
    dump = "\n".join(db.iterdump())
    assert passwd not in dump and "root:" not in dump
    assert not any("passwd" in r.path or "root:" in r.path for r in hostile["requests"])
