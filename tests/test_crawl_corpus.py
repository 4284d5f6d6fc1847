"""Optional tier: extract_article on real agency pages in ../shared/corpus/html (skips if absent)."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from conftest import SHARED

from crawler.extract import extract_article
from crawler.pagedates import parse_page_date

HTML = SHARED / "corpus" / "html"
TEHRAN = ZoneInfo("Asia/Tehran")
pytestmark = [pytest.mark.corpus,
              pytest.mark.skipif(not HTML.is_dir(), reason="../shared/corpus/html is absent")]


def _expected_files():
    return sorted((HTML / "meta").glob("*.expected.json")) if HTML.is_dir() else []


def _index():
    if not HTML.is_dir():
        return []
    return [e for e in json.loads((HTML / "index.json").read_text(encoding="utf-8"))
            if e.get("page_type", "").startswith("article")]


def _extract(name: str, url: str) -> dict:
    html = (HTML / name).read_bytes().decode("utf-8", errors="replace")
    return extract_article(html, url)


def _words(text: str, n: int) -> list[str]:
    return text.split()[:n]


@pytest.mark.parametrize("path", _expected_files(), ids=lambda p: p.name)
def test_expected_title_date_and_body_start(path):
    expected = json.loads(path.read_text(encoding="utf-8"))
    out = _extract(path.name.replace(".expected.json", ".html"), expected["url"])
    assert out["title"] == expected["title"]
    want = datetime.fromisoformat(expected["date_published"].replace("Z", "+00:00"))
    assert out["published"] is not None
    # The expectations come from another extractor (some read a modified time): same Tehran
    # day and within an hour.
    assert out["published"].astimezone(TEHRAN).date() == want.astimezone(TEHRAN).date()
    assert abs(out["published"] - want) <= timedelta(hours=1)
    assert _words(out["body"], 13) == _words(expected["content_starts_with"], 13)
    assert "\u200c" in out["body"] or "\u200c" not in expected["content_starts_with"]


@pytest.mark.parametrize("entry", _index(), ids=lambda e: e["file"])
def test_index_title_and_publication_day(entry):
    url = entry["url"] if entry["url"].startswith("http") else "https://example.invalid/"
    out = _extract(entry["file"], url)
    assert out["title"] == re.split(r" \(", entry["title"])[0]   # drop a curator's "(note)"
    assert out["body"] and len(out["body"]) > 200
    written = re.split(r" \(", entry["published"])[0]
    want = parse_page_date(written, "Asia/Tehran")
    assert want is not None and out["published"] is not None
    assert out["published"].astimezone(TEHRAN).date() == want.astimezone(TEHRAN).date()


def _varzesh3():
    return [e for e in _index() if e["site"] == "varzesh3.com"]


@pytest.mark.parametrize("entry", _varzesh3(), ids=lambda e: e["file"])
def test_varzesh3_publication_time_from_og_article_published_time(entry):
    """Both pages carry only og:article:published_time: 23:49 and 15:54, not midnight."""
    out = _extract(entry["file"], "https://www.varzesh3.com/news/1/x")
    want = parse_page_date(re.split(r" \(", entry["published"])[0], "Asia/Tehran")
    assert out["published_source"] == "meta"
    assert out["published"].replace(microsecond=0) == want
    assert out["published"].astimezone(TEHRAN).strftime("%H:%M") in ("23:49", "15:54")
