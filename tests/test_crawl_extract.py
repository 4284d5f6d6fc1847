"""extract_article: fields from agency-style pages, without Scrapy."""

from __future__ import annotations

from datetime import datetime, timezone

from conftest import REPORTS, TEHRAN, Article, article_html, jalali_text

from crawler.extract import extract_article
from rasad.config import Selectors

TITLE, LEAD, BODY = REPORTS[1]
WHEN = datetime(2024, 11, 2, 10, 25, tzinfo=TEHRAN)


def _page(style: str) -> str:
    return article_html(Article(150001, TITLE, LEAD, BODY, WHEN, style))


def test_fields_from_a_jsonld_page_keep_zwnj():
    out = extract_article(_page("jsonld"), "https://rasad.example/fa/news/150001/x")
    assert out["title"] == TITLE and "\u200c" in out["title"]
    assert out["lead"] == LEAD
    assert out["body"] == BODY                      # exactly the paragraphs, ZWNJ intact
    assert "اخبار مرتبط" not in out["body"] and "کلیه حقوق" not in out["body"]
    assert out["published"] == WHEN and out["published_source"] == "jsonld"
    assert out["author"] == "خبرنگار رصد"
    assert out["tags"] == ["سیاست خارجی", "دیپلماسی"]


def test_jalali_year_inside_an_iso_attribute_becomes_the_right_gregorian_date():
    out = extract_article(_page("meta-jalali"), "https://rasad.example/x")
    assert out["published_source"] == "meta"
    assert out["published"].astimezone(timezone.utc) == datetime(2024, 11, 2, 6, 55, tzinfo=timezone.utc)


def test_jalali_date_written_on_the_page():
    page = _page("page-only")
    assert jalali_text(Article(1, TITLE, LEAD, BODY, WHEN)) in page   # «شنبه ۱۲ آبان ۱۴۰۳ - ۱۰:۲۵»
    out = extract_article(page, "https://rasad.example/x")
    assert (out["published"], out["published_source"]) == (WHEN, "page")


def test_date_from_the_url_is_the_last_resort():
    page = _page("page-only").replace(jalali_text(Article(1, TITLE, LEAD, BODY, WHEN)), "")
    out = extract_article(page, "https://www.tasnimnews.com/fa/news/1403/08/12/3178523/x")
    assert out["published_source"] == "url"
    assert out["published"].date() == WHEN.date()


def test_site_selectors_win_css_and_xpath():
    page = _page("jsonld").replace('<p class="lead">', '<p class="lead"><b>نادیده</b>')
    sel = Selectors(title="//h1/text()", lead="div.item-body p:first-child",
                    body="div.item-body", published="div.news-date span")
    out = extract_article(page, "https://rasad.example/x", sel)
    assert out["title"] == TITLE
    assert out["lead"] == BODY.split("\n")[0]
    assert out["body"] == BODY.split("\n")[1]       # the lead paragraph is not repeated
    assert (out["published"], out["published_source"]) == (WHEN, "selector")


def test_numeric_character_references_in_title():
    encoded = "".join(f"&#{ord(c)};" for c in TITLE)
    page = f"<html><head><title>{encoded}</title></head><body><h1>{encoded}</h1>" \
           f"<div class='body'><p>{BODY.replace(chr(10), '</p><p>')}</p></div></body></html>"
    assert extract_article(page, "https://x.ir/a")["title"] == TITLE
    double = page.replace("&#", "&amp;#")   # some CMSs escape twice
    assert extract_article(double, "https://x.ir/a")["title"] == TITLE


def test_page_without_article_text_has_no_body():
    page = "<html><body><nav><a href='/'>خانه</a><a href='/b'>ورزشی</a></nav><h1>عنوان</h1></body></html>"
    out = extract_article(page, "https://x.ir/a")
    assert out["title"] == "عنوان" and out["body"] is None


def test_garbage_input_gives_empty_fields():
    for junk in ("", "   ", "\x00\x01", "<<<>>>"):
        out = extract_article(junk, "https://x.ir/a")
        assert out["body"] is None and out["published"] is None


def test_declared_canonical_link_only_when_it_names_an_article_of_the_same_site():
    page = _page("jsonld")
    link = '<link rel="canonical" href="{}">'
    url = "https://m.rasad.example/fa/news/150001/x?utm_source=tg"
    with_link = page.replace("<head>", "<head>" + link.format("/fa/news/150001/x"))
    assert extract_article(with_link, url)["canonical"] == "https://m.rasad.example/fa/news/150001/x"
    home = page.replace("<head>", "<head>" + link.format("https://rasad.example/"))
    other = page.replace("<head>", "<head>" + link.format("https://aggregator.example/a/1"))
    assert extract_article(home, url)["canonical"] is None
    assert extract_article(other, url)["canonical"] is None


def test_site_name_in_author_meta_is_not_an_author():
    page = _page("meta-jalali").replace(
        "<head>", '<head><meta name="author" content="خبرگزاری رصد | صفحه اصلی | Rasad News">'
                  '<meta property="og:site_name" content="خبرگزاری رصد">')
    assert extract_article(page, "https://x.ir/a")["author"] is None
    named = page.replace("خبرگزاری رصد | صفحه اصلی | Rasad News", "مریم رحیمی")
    assert extract_article(named, "https://x.ir/a")["author"] == "مریم رحیمی"


def test_xhtml_with_an_xml_declaration_and_text_selectors():
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + _page("jsonld")
    assert extract_article(page, "https://x.ir/a")["body"] == BODY
    sel = Selectors(body="//div[@class='item-body']/p/text()")
    assert extract_article(page, "https://x.ir/a", sel)["body"] == BODY


def test_body_ends_at_the_agency_end_mark():
    paragraphs = BODY.split("\n") + ["انتهای پیام/ز", "عکس: بررسی مشکلات فعالان بخش خصوصی"]
    page = _page("jsonld").replace(BODY.split("\n")[-1], "</p><p>".join(paragraphs[1:]))
    assert "انتهای پیام" in page
    assert extract_article(page, "https://x.ir/a")["body"] == BODY


def _page_with_meta(meta: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n"))
    return (f"<html><head><title>{TITLE}</title>{meta}</head><body><h1>{TITLE}</h1>"
            f"<div class='item-body'>{paragraphs}</div></body></html>")


def test_og_article_published_time_and_modified_time_as_varzesh3_writes_them():
    published = ('<meta property="og:article:published_time" '
                 'content="2019-05-16T23:49:01.2300000&#x2B;04:30"/>')
    modified = '<meta property="og:article:modified_time" content="2019-05-16T23:55:09.8898989&#x2B;04:30"/>'
    both = extract_article(_page_with_meta(published + modified), "https://x.ir/news/d1Gjx/a")
    assert both["published_source"] == "meta"
    assert both["published"].isoformat(timespec="minutes") == "2019-05-16T23:49+04:30"
    only_modified = extract_article(_page_with_meta(modified), "https://x.ir/news/d1Gjx/a")
    assert only_modified["published_source"] == "modified"
    assert only_modified["published"].isoformat(timespec="minutes") == "2019-05-16T23:55+04:30"
    nothing = extract_article(_page_with_meta(""), "https://x.ir/news/d1Gjx/a")
    assert nothing["published"] is None


def _ld(*blocks: str) -> str:
    return "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)


LD_ARTICLE = ('{"@type": "NewsArticle", "headline": "تیتر از JSON-LD", '
              '"datePublished": "2024-11-02T10:25:00+03:30", "author": {"name": "خبرنگار رصد"}}')


def test_a_broken_jsonld_block_is_skipped_and_the_others_are_read():
    broken = '{"@type": "NewsArticle", "headline": "نیمه'           # cut off: not JSON, not repairable
    out = extract_article(_page_with_meta(_ld(broken, LD_ARTICLE)), "https://x.ir/news/1/a")
    assert (out["author"], out["published"], out["published_source"]) == ("خبرنگار رصد", WHEN, "jsonld")
    alone = extract_article(_page_with_meta(_ld(broken)), "https://x.ir/news/1/a")
    assert (alone["title"], alone["author"], alone["published"]) == (TITLE, None, None)


def test_hand_written_jsonld_is_repaired():
    sloppy = ('<!--\n{\n  // the article\n  "@type": "NewsArticle", /* who */ "author": {"name": "خبرنگار رصد"},\n'
              '  "headline": "تیتر از JSON-LD", "datePublished": "2024-11-02T10:25:00+03:30",\n}\n-->')
    out = extract_article(_page_with_meta(_ld(sloppy)), "https://x.ir/news/1/a")
    assert (out["author"], out["published"], out["published_source"]) == ("خبرنگار رصد", WHEN, "jsonld")


def test_jsonld_article_inside_a_graph_or_a_list():
    graph = '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, ' + LD_ARTICLE + "]}"
    listed = '[{"@type": "Organization", "name": "رصد"}, ' + LD_ARTICLE + "]"
    for block in (graph, listed):
        out = extract_article(_page_with_meta(_ld(block)), "https://x.ir/news/1/a")
        assert (out["author"], out["published"], out["published_source"]) == ("خبرنگار رصد", WHEN, "jsonld"), block


def test_a_real_article_type_wins_over_a_webpage():
    page = _ld('{"@type": "WebPage", "headline": "صفحه", "datePublished": "2020-01-01T00:00:00Z"}', LD_ARTICLE)
    out = extract_article(_page_with_meta(page), "https://x.ir/news/1/a")
    assert (out["author"], out["published"]) == ("خبرنگار رصد", WHEN)
