"""Persian text and dates on the real data in ../shared (skipped when it is absent)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from crawler.pagedates import find_page_dates, parse_page_date
from pipeline.events.dates import resolve_date_expressions
from pipeline.normalize import dedup_key, normalize, strip_boilerplate
from rasad.persian_dates import find_date_expressions, to_jalali_str, to_utc_iso

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVAL = SHARED / "eval"
HTML = SHARED / "corpus" / "html"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not EVAL.is_dir() or not HTML.is_dir(), reason="../shared is absent"),
]

_META_DATE = re.compile(
    r'<meta[^>]+(?:property|name|itemprop)="(?:article:published_time|datePublished)"[^>]*content="([^"]+)"'
)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _articles() -> dict[str, dict]:
    return {a["id"]: a for name in ("seed", "dev", "dev2") for a in _jsonl(EVAL / f"{name}_articles.jsonl")}


def _published(article: dict) -> date | None:
    return date.fromisoformat(article["published"][:10]) if article.get("published") else None


def test_gold_event_dates_come_from_the_evidence_expressions():
    """Every labelled event whose evidence holds a date expression resolves to the gold date."""
    articles = _articles()
    checked, wrong = 0, []
    for name in ("seed", "dev", "dev2"):
        for gold in _jsonl(EVAL / f"{name}_gold.jsonl"):
            article = articles[gold["id"]]
            for event in gold["events"]:
                if not event.get("date") or not event.get("evidence"):
                    continue
                resolved = resolve_date_expressions(normalize(event["evidence"]), _published(article))
                if not resolved:
                    continue  # the news convention: dated at publication by the extractor
                checked += 1
                if event["date"] not in {str(d) for _, d in resolved}:
                    wrong.append((gold["id"], event["date"], [(e.text, str(d)) for e, d in resolved]))
    assert checked >= 5
    assert wrong == []


def test_normalize_is_idempotent_on_every_dev_article_and_corpus_text():
    texts = [(a["id"], t) for a in _articles().values() for t in (a.get("title") or "", a["text"])]
    for name in ("fars_news_language-ml.jsonl", "isna_persian_sites_spiders.jsonl"):
        path = SHARED / "corpus" / "text" / name
        texts += [(r["id"], r["text"]) for r in _jsonl(path)]
    for ident, text in texts:
        once = normalize(text)
        assert normalize(once) == once, ident


def test_dedup_key_of_normalised_text_needs_no_second_normalisation():
    """The article chain hands dedup normalised text and skips hazm's pass there: it changes nothing."""
    texts = [t for a in _articles().values() for t in (a.get("title") or "", a["text"])]
    for name in ("fars_news_language-ml.jsonl", "isna_persian_sites_spiders.jsonl"):
        texts += [r["text"] for r in _jsonl(SHARED / "corpus" / "text" / name)]
    for text in texts:
        stripped = strip_boilerplate(normalize(text))
        assert dedup_key(stripped, normalized=True) == dedup_key(stripped), text[:80]


def test_guarded_words_survive_in_real_text():
    """Every «انتهای»/«میدانی» written joined in the source is still joined after normalising."""
    seen = 0
    for article in _articles().values():
        source = article["text"].replace("ي", "ی")
        out = normalize(article["text"])
        for word in ("انتهای", "میدانی"):
            count = len(re.findall(rf"(?<![\u0600-\u06ff\u200c]){word}(?![\u0600-\u06ff\u200c])", source))
            seen += count
            assert out.count(word) >= count, (article["id"], word)
        assert "انت\u200cهای" not in out
    assert seen > 0


def test_expressions_found_in_raw_and_normalized_text_agree():
    """Normalising (Persian digits, «ماه» joined by ZWNJ) must not lose or add date expressions."""
    for article in list(_articles().values())[:60]:
        raw = [(e.kind, e.day, e.month, e.year) for e in find_date_expressions(article["text"])]
        norm = [(e.kind, e.day, e.month, e.year) for e in find_date_expressions(normalize(article["text"]))]
        assert raw == norm, article["id"]


def test_page_metadata_dates_of_real_pages():
    expected = {
        p.name.split(".")[0]: json.loads(p.read_text(encoding="utf-8"))["date_published"]
        for p in (HTML / "meta").glob("*.expected.json")
    }
    seen = 0
    for page in sorted(HTML.glob("*.html")):
        for value in _META_DATE.findall(page.read_text(encoding="utf-8", errors="replace")):
            if not value.strip():
                continue
            dt = parse_page_date(value)
            assert dt is not None and dt.tzinfo is not None, (page.name, value)
            assert 2000 <= dt.year <= 2030, (page.name, value)
            seen += 1
            folded = value.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
            if folded.startswith("13"):  # a Jalali metadata value: the Jalali string round-trips
                ymd, hm = re.findall(r"\d+/\d+/\d+", folded)[0], re.findall(r"\d+:\d+", folded)[0]
                assert to_jalali_str(dt) == f"{ymd.replace('/', '-')} {hm}"
        stem = page.name.removesuffix(".html")
        if stem == "tasnimnews_1":
            values = _META_DATE.findall(page.read_text(encoding="utf-8", errors="replace"))
            published = parse_page_date(values[0]) if values else None
            want = parse_page_date(expected[stem])
            assert published is None or published == want
    assert seen >= 8


@pytest.mark.parametrize(
    "page, published_utc",
    [
        ("tasnimnews_1.html", "2019-05-20T18:23"),  # expected.json
        ("yjc_1.html", "2019-05-02T11:42"),  # expected.json
        ("isna_1.html", "2017-01-18T11:29"),  # the page's datePublished metadata
        ("isna_5.html", "2019-05-29T19:50"),
        ("irinn_1.html", "2017-05-18T18:27"),  # its Jalali article:published_time
    ],
)
def test_article_date_is_among_the_dates_written_on_real_pages(page, published_utc):
    import lxml.html

    root = lxml.html.fromstring((HTML / page).read_text(encoding="utf-8", errors="replace"))
    for node in root.xpath("//script|//style"):
        node.drop_tree()
    text = " ".join(root.text_content().split())
    found = {to_utc_iso(dt)[:16] for _, _, dt in find_page_dates(text)}
    assert published_utc in found
