"""LocalSite: the fixture server every crawl test and the demo rely on."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest

from rasad.localsite import LocalSite


def _get(url: str, headers: dict | None = None, timeout: float = 5):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_serves_persian_body_with_validators_and_404():
    with LocalSite() as site:
        site.add("/news/1/", "<p>سلام\u200cها</p>")
        status, headers, body = _get(site.url("/news/1/"))
        assert status == 200
        assert body.decode("utf-8") == "<p>سلام\u200cها</p>"
        assert headers["ETag"] and headers["Last-Modified"]
        assert _get(site.url("/missing"))[0] == 404
        assert [(r.path, r.status) for r in site.requests] == [("/news/1/", 200), ("/missing", 404)]
        assert site.hits("/news/1/") == 1


def test_conditional_get_answers_304_until_body_changes():
    with LocalSite() as site:
        site.add("/rss", "<rss/>", content_type="application/rss+xml")
        _, headers, _ = _get(site.url("/rss"))
        assert _get(site.url("/rss"), {"If-None-Match": headers["ETag"]})[0] == 304
        assert _get(site.url("/rss"), {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
        site.add("/rss", "<rss><item/></rss>", content_type="application/rss+xml")
        assert _get(site.url("/rss"), {"If-None-Match": headers["ETag"]})[0] == 200


def test_redirect_remove_and_handler():
    release = threading.Event()

    def hang(request):
        release.wait(10)

    with LocalSite() as site:
        site.add("/news/2/", "ok")
        site.redirect("/x/AbCd", "/news/2/")
        status, _, body = _get(site.url("/x/AbCd"))
        assert (status, body) == (200, b"ok")
        assert [r.path for r in site.requests] == ["/x/AbCd", "/news/2/"]
        site.remove("/news/2/")
        assert _get(site.url("/news/2/"))[0] == 404
        site.add_handler("/slow", hang)
        with pytest.raises(OSError):
            _get(site.url("/slow"), timeout=0.3)
        release.set()
