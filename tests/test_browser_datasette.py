"""A real browser on `rasad serve`: Persian cells render right to left, the dashboard's charts are
drawn, and a <script> scraped into an article stays text. Screenshots go to test-artifacts/.

Debian's Chromium driven by Playwright (never `playwright install`); skipped without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_datasette_serve import crawled, db, indexed, server, wait_for  # noqa: F401,F811 - session fixtures

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fa-IR")
        tab = context.new_page()
        tab.set_default_timeout(20_000)
        yield tab
        browser.close()


def test_events_page_renders_persian_right_to_left(server, page):
    base = server[0]
    page.goto(f"{base}/rasad/meetings")
    page.wait_for_selector("table.rows-and-columns td .fa")
    directions = page.eval_on_selector_all(
        "table.rows-and-columns td.col-label .fa", "els => els.map(e => getComputedStyle(e).direction)"
    )
    assert directions and set(directions) == {"rtl"}
    # Latin cells (the event type) keep left-to-right; the interface around them is unchanged.
    assert page.eval_on_selector("table.rows-and-columns td.col-type", "e => getComputedStyle(e).direction") == "ltr"
    assert page.eval_on_selector("body", "e => getComputedStyle(e).direction") == "ltr"
    jalali = page.inner_text("table.rows-and-columns td.col-date .jalali")
    assert any(m in jalali for m in ("آبان", "آذر", "مهر", "دی"))
    page.screenshot(path=str(ARTIFACTS / "meetings.png"), full_page=True)
    page.goto(f"{base}/rasad/events")
    page.wait_for_selector("table.rows-and-columns td.col-label .fa")
    assert page.eval_on_selector("td.col-label .fa", "e => getComputedStyle(e).direction") == "rtl"
    page.screenshot(path=str(ARTIFACTS / "events.png"), full_page=True)


def test_dashboard_draws_its_charts(server, page):
    base = server[0]
    page.goto(f"{base}/-/dashboard")
    for chart in ("#timeline", "#by-country"):
        marks = page.eval_on_selector_all(
            f"{chart} svg rect.mark",
            "els => els.map(e => { const b = e.getBoundingClientRect(); return b.width * b.height; })",
        )
        assert marks and all(area > 0 for area in marks), chart
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)


def test_dashboard_search_box_finds_arabic_spelling(server, db, page):  # noqa: F811
    """An analyst types a word with Arabic ي/ك and no ZWNJ into the dashboard and gets the articles."""
    base = server[0]
    wait_for(lambda: indexed(base), 60, "the search index to catch up")
    title = next(db["articles"].rows_where("title like ?", ["%‌%"]))["title"]
    word = next(w for w in title.split() if "‌" in w)
    typed = word.replace("‌", "").replace("ی", "ي").replace("ک", "ك")
    page.goto(f"{base}/-/dashboard")
    page.fill("input[name=q]", typed)
    page.click(".rasad-search form:first-child button")
    page.wait_for_selector("table.rows-and-columns td.col-title")
    assert title in page.inner_text("table.rows-and-columns")
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=False)


def test_script_in_an_article_shows_as_text(server, db, page):  # noqa: F811
    base = server[0]
    row = db.execute("select id from articles where body_raw like '%<script>window.__pwned%'").fetchone()
    page.goto(f"{base}/rasad/articles/{row[0]}")
    assert "<script>window.__pwned=1</script>" in page.inner_text("table")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.screenshot(path=str(ARTIFACTS / "article-with-script.png"), full_page=False)


def _rtl(page) -> str:
    return page.eval_on_selector(".rasad-page", "e => getComputedStyle(e).direction")


def test_from_the_dashboard_to_an_article_one_click_each(server, db, page):  # noqa: F811
    """Search a person typed with Arabic letters and no ZWNJ, open their page, a meeting, an article;
    nothing is fetched from anywhere but 127.0.0.1 on the way."""
    base = server[0]
    hosts = set()
    page.on("request", lambda r: hosts.add(r.url.split("/")[2].split(":")[0]))
    name = next(r[0] for r in db.execute(
        "SELECT p.name FROM persons p JOIN event_participants ep ON ep.person_id = p.id "
        "GROUP BY p.id ORDER BY count(*) DESC") if "\u200c" in r[0] or "ی" in r[0] or "ک" in r[0])
    typed = name.replace("\u200c", "").replace("ی", "ي").replace("ک", "ك")
    page.goto(f"{base}/-/dashboard")
    page.fill(".person-search input[name=q]", typed)
    page.click(".person-search button")
    page.wait_for_selector(".rasad-found a.person-link")
    assert _rtl(page) == "rtl"
    page.screenshot(path=str(ARTIFACTS / "1-persons.png"), full_page=True)

    page.click(f".rasad-found a.person-link:text-is('{name}')")
    page.wait_for_selector(".rasad-timeline")
    assert _rtl(page) == "rtl" and page.inner_text("h1").startswith(name)
    assert "دیدارها و تماس‌ها" in page.inner_text(".rasad-page")
    page.screenshot(path=str(ARTIFACTS / "2-person.png"), full_page=True)

    page.click(".rasad-timeline a.meeting-link >> nth=0")
    page.wait_for_selector("#reports mark")
    assert _rtl(page) == "rtl" and name in page.inner_text("#participants")
    assert "خبرهای گزارش‌دهنده" in page.inner_text(".rasad-page")
    evidence = page.inner_text("#reports mark >> nth=0")
    page.screenshot(path=str(ARTIFACTS / "3-meeting.png"), full_page=True)

    page.click("#reports a.article-link >> nth=0")
    page.wait_for_selector("table.rasad-record")
    assert page.eval_on_selector("table.rasad-record td .fa", "e => getComputedStyle(e).direction") == "rtl"
    body = page.inner_text("table.rasad-record")
    assert evidence[:20] in body
    page.screenshot(path=str(ARTIFACTS / "4-article.png"), full_page=True)
    assert hosts == {"127.0.0.1"}


def test_first_screen_of_the_meetings_view_is_data(server, page):
    base = server[0]
    page.goto(f"{base}/rasad/meetings")
    top = page.eval_on_selector("table.rows-and-columns tbody tr", "e => e.getBoundingClientRect().top")
    assert top < 900
    assert not page.is_visible("dl.column-descriptions")
    page.screenshot(path=str(ARTIFACTS / "meetings-first-screen.png"), full_page=False)


def test_news_rows_stay_short_with_their_urls(server, page):
    base = server[0]
    page.goto(f"{base}/rasad/news")
    heights = page.eval_on_selector_all("table.rows-and-columns tbody tr",
                                        "els => els.map(e => e.getBoundingClientRect().height)")
    width = page.eval_on_selector("td.col-url", "e => e.getBoundingClientRect().width")
    assert heights and max(heights) < 200 and width > 150
    page.screenshot(path=str(ARTIFACTS / "news.png"), full_page=False)


def test_network_is_drawn(server, page):
    base = server[0]
    page.goto(f"{base}/-/network?by=country")
    edges = page.eval_on_selector_all("#network a.edge line", "els => els.map(e => e.getBoundingClientRect().width + e.getBoundingClientRect().height)")
    assert edges and all(size > 0 for size in edges)
    page.screenshot(path=str(ARTIFACTS / "network.png"), full_page=False)
