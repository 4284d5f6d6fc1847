"""HTML, RSS and sitemap text of the sample sites (pure functions over Article/Agency records).

Two page styles, after the markup of real Persian agencies: ``pegah`` (JSON-LD NewsArticle,
«۱۴۰۵/۰۸/۱۲ - ۱۰:۲۵», /fa/news/<id>/<slug>) and ``nava`` (OpenGraph only,
«دوشنبه ۱۲ آبان ۱۴۰۵ - ۱۰:۲۵», /news/<id>/<slug>). Page quirks (stripped ZWNJ, Arabic letters,
windows-1256, character references, Jalali ISO attributes) come from ``Article.page``.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from email.utils import format_datetime
from functools import lru_cache
from html import escape
from urllib.parse import quote

import jdatetime

from rasad.demo.articles import Agency, Article
from rasad.persian import latin_digits, persian_digits

MONTHS = jdatetime.date.j_months_fa
WEEKDAYS = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]
SECTIONS = ["سیاسی", "بین‌الملل", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی"]
ARABIC_LETTERS = str.maketrans("یک", "يك")


# --- small pieces ---------------------------------------------------------------------------

def fa_digits(text: str | int) -> str:
    return persian_digits(str(text))


def _jalali(dt: datetime) -> jdatetime.datetime:
    return jdatetime.datetime.fromgregorian(datetime=dt)


def printed_date(dt: datetime, style: str) -> str:
    """The date line as the agency prints it."""
    j = _jalali(dt)
    clock = fa_digits(f"{j.hour:02d}:{j.minute:02d}")
    if style == "pegah":
        return f"{fa_digits(f'{j.year}/{j.month:02d}/{j.day:02d}')} - {clock}"
    return f"{WEEKDAYS[j.weekday()]} {fa_digits(j.day)} {MONTHS[j.month - 1]} {fa_digits(j.year)} - {clock}"


def iso_date(dt: datetime, jalali: bool = False) -> str:
    """ISO 8601 with offset; with *jalali* the Jalali year/month/day are written in it instead."""
    if not jalali:
        return dt.isoformat()
    j = _jalali(dt)
    return f"{j.year:04d}-{j.month:02d}-{j.day:02d}{dt.isoformat()[10:]}"


@lru_cache(maxsize=65536)
def slug(title: str) -> str:
    """URL slug of a title as Persian CMSs make it (percent-encoded words joined by '-')."""
    words = re.findall(r"[\w\u200c]+", title.replace("\u200c", ""))[:10]
    return quote("-".join(words), safe="-")


def short_code(article_id: str) -> str:
    """Base-36 short-link code of a numeric id."""
    n, digits, out = int(article_id), "0123456789abcdefghijklmnopqrstuvwxyz", ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def article_path(article: Article, agency: Agency) -> str:
    """The article's permanent path on its agency's site."""
    prefix = "/fa/news" if agency.style == "pegah" else "/news"
    return f"{prefix}/{article.id}/{slug(shown(article, article.title))}"


def short_path(article: Article) -> str:
    return f"/x/{short_code(article.id)}"


def shown(article: Article, text: str) -> str:
    """*text* as the page prints it (ZWNJ stripped / Arabic letters where the page does so)."""
    if article.page.strip_zwnj:
        text = text.replace("\u200c", "")
    if article.page.arabic_letters:
        text = text.translate(ARABIC_LETTERS)
    return text


def _ncr(text: str) -> str:
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else escape(c) for c in text)


def encode_page(article: Article, html: str) -> bytes:
    """Bytes in the page's encoding (windows-1256 pages use ي and Latin digits, as they did)."""
    enc = article.page.encoding
    if enc.lower().replace("_", "-") in ("utf-8", "utf8"):
        return html.encode("utf-8")
    return latin_digits(html.translate(ARABIC_LETTERS)).encode(enc, "xmlcharrefreplace")


# --- pages ----------------------------------------------------------------------------------

def _head_common(agency: Agency, title_html: str, base: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n<meta charset="{charset}">\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{title_html} - {escape(agency.name)}</title>\n'
            f'<link rel="alternate" type="application/rss+xml" title="{escape(agency.name)}" href="{base}/rss">\n')


def _menu(agency: Agency) -> str:
    items = "".join(f'<li><a href="/archive?section={quote(s)}">{s}</a></li>' for s in SECTIONS)
    return (f'<header class="site-header"><a class="logo" href="/">{escape(agency.name)}</a>'
            f'<nav class="main-menu"><ul><li><a href="/">صفحه نخست</a></li>{items}'
            f'<li><a href="/archive">آرشیو</a></li></ul></nav></header>\n')


def _footer(agency: Agency) -> str:
    return (f'<footer class="site-footer"><p>{escape(agency.footer)}</p>'
            f'<p><a href="/rss">RSS</a> | <a href="/sitemap.xml">نقشه سایت</a></p></footer>\n'
            f'</body>\n</html>\n')


def _jsonld(article: Article, agency: Agency, url: str, title: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": title, "description": shown(article, article.lead),
        "datePublished": iso_date(article.published_at),
        "dateModified": iso_date(article.published_at),
        "author": {"@type": "Person", "name": shown(article, article.author)},
        "publisher": {"@type": "Organization", "name": agency.name},
        "mainEntityOfPage": url, "articleSection": shown(article, article.section),
        "keywords": ",".join(shown(article, t) for t in article.tags), "inLanguage": "fa",
    }
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>\n'


def article_page(article: Article, agency: Agency, base: str, related: list[Article]) -> bytes:
    """The full HTML page of *article*, encoded as the page declares."""
    page = article.page
    url = base + article_path(article, agency)
    title = shown(article, article.title)
    title_html = _ncr(title) if page.title_ncr else escape(title)
    lead = shown(article, article.lead)
    iso = iso_date(article.published_at, jalali=page.iso_jalali)
    head = [_head_common(agency, title_html, base, page.encoding)]
    head.append(f'<meta name="description" content="{escape(lead)}">\n'
                f'<meta property="og:site_name" content="{escape(agency.name)}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{title_html}">\n'
                f'<meta property="og:description" content="{escape(lead)}">\n'
                f'<meta property="og:url" content="{url}">\n'
                f'<meta property="og:locale" content="fa_IR">\n'
                f'<meta property="article:published_time" content="{iso}">\n'
                f'<meta property="article:section" content="{escape(shown(article, article.section))}">\n')
    head.extend(f'<meta property="article:tag" content="{escape(shown(article, t))}">\n' for t in article.tags)
    head.append(f'<link rel="canonical" href="{url}">\n'
                f'<link rel="shortlink" href="{base}{short_path(article)}">\n')
    if agency.style == "pegah" and page.jsonld:
        head.append(_jsonld(article, agency, url, title))
    head.append('<link rel="stylesheet" href="/static/site.css">\n</head>\n<body>\n')

    credit = agency.credit.format(section=article.section)
    paras = [f"{credit} {article.body[0]}", *article.body[1:]]
    body_html = "".join(f"<p>{escape(shown(article, p))}</p>\n" for p in paras)
    if agency.signoff:
        body_html += f'<p class="signoff">{escape(agency.signoff)}</p>\n'
    tags = "".join(f'<li><a href="/tag/{quote(shown(article, t))}">{escape(shown(article, t))}</a></li>'
                   for t in article.tags)
    rel = "".join(f'<li><a href="{article_path(r, agency)}">{escape(shown(r, r.title))}</a></li>'
                  for r in related)
    printed = escape(printed_date(article.published_at, agency.style))
    if agency.style == "pegah":
        main = (f'<main class="container"><article class="news-item">\n'
                f'<ol class="breadcrumb"><li><a href="/">صفحه نخست</a></li>'
                f'<li><a href="/archive?section={quote(article.section)}">'
                f'{escape(shown(article, article.section))}</a></li></ol>\n'
                f'<div class="news-date"><time datetime="{iso}">{printed}</time></div>\n'
                f'<h1 class="news-title">{title_html}</h1>\n'
                f'<p class="lead">{escape(lead)}</p>\n'
                f'<div class="news-body">\n{body_html}</div>\n'
                f'<div class="news-author">نویسنده: {escape(shown(article, article.author))}</div>\n'
                f'<ul class="tags">{tags}</ul>\n'
                f'<div class="short-link">لینک کوتاه: <input readonly value="{base}{short_path(article)}"></div>\n'
                f'</article>\n<aside class="related"><h3>اخبار مرتبط</h3><ul>{rel}</ul></aside></main>\n')
    else:
        main = (f'<div id="content"><div class="item-header">\n'
                f'<span class="item-date" title="{iso}">{printed}</span>\n'
                f'<span class="item-code">کد خبر: {fa_digits(article.id)}</span>\n'
                f'<h1 class="first-title">{title_html}</h1></div>\n'
                f'<p class="summary introtext">{escape(lead)}</p>\n'
                f'<div class="item-text">\n{body_html}</div>\n'
                f'<div class="item-author">خبرنگار: {escape(shown(article, article.author))}</div>\n'
                f'<section class="tags"><ul>{tags}</ul></section>\n'
                f'<section class="box related-news"><h3>مطالب مرتبط</h3><ul>{rel}</ul></section></div>\n')
    html = "".join(head) + _menu(agency) + main + _footer(agency)
    return encode_page(article, html)


def listing_page(agency: Agency, base: str, items: list[Article], page: int, pages: int,
                 url_of) -> str:
    """One page of the archive listing (newest first) with a «next page» link."""
    rows = "".join(
        f'<li class="news"><a href="{url_of(a)}">{escape(shown(a, a.title))}</a>'
        f'<time>{escape(printed_date(a.published_at, agency.style))}</time>'
        f'<p>{escape(shown(a, a.lead))}</p></li>\n' for a in items)
    nav = ""
    if page > 1:
        nav += f'<a class="prev" href="/archive?page={page - 1}">صفحه قبل</a> '
    if page < pages:
        nav += f'<a class="next" href="/archive?page={page + 1}">صفحه بعد</a>'
    title = f"آرشیو اخبار - صفحه {fa_digits(page)}"
    return (_head_common(agency, escape(title), base) + "</head>\n<body>\n" + _menu(agency)
            + f'<main><h1>{escape(title)}</h1><ul class="archive">\n{rows}</ul>'
            f'<div class="pagination">{nav}</div></main>\n' + _footer(agency))


def home_page(agency: Agency, base: str, latest: list[Article], url_of) -> str:
    rows = "".join(f'<li><a href="{url_of(a)}">{escape(shown(a, a.title))}</a></li>\n' for a in latest)
    return (_head_common(agency, escape(agency.name), base) + "</head>\n<body>\n" + _menu(agency)
            + f'<main><section class="top-news"><h2>آخرین اخبار</h2><ul>\n{rows}</ul></section></main>\n'
            + _footer(agency))


def rss(agency: Agency, base: str, items: list[Article], link_of) -> str:
    """RSS 2.0 of *items* (newest first), dates in RFC 822 with the Tehran offset."""
    entries = "".join(
        f"<item><title>{escape(shown(a, a.title))}</title><link>{escape(link_of(a))}</link>"
        f"<description>{escape(shown(a, a.lead))}</description>"
        f"<category>{escape(a.section)}</category>"
        f"<pubDate>{format_datetime(a.published_at)}</pubDate>"
        f'<guid isPermaLink="false">{agency.key}-{a.id}</guid></item>\n' for a in items)
    built = format_datetime(items[0].published_at) if items else ""
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n'
            f"<title>{escape(agency.name)}</title><link>{base}/</link>"
            f"<description>آخرین اخبار {escape(agency.name)}</description><language>fa</language>"
            f"<lastBuildDate>{built}</lastBuildDate>\n{entries}</channel>\n</rss>\n")


def sitemap(agency: Agency, items: list[Article], url_of) -> str:
    """A Google News urlset of *items*."""
    entries = "".join(
        f"<url><loc>{escape(url_of(a))}</loc><lastmod>{iso_date(a.published_at)}</lastmod>"
        f"<news:news><news:publication><news:name>{escape(agency.name)}</news:name>"
        f"<news:language>fa</news:language></news:publication>"
        f"<news:publication_date>{iso_date(a.published_at)}</news:publication_date>"
        f"<news:title>{escape(shown(a, a.title))}</news:title></news:news></url>\n" for a in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
            f"{entries}</urlset>\n")


def sitemap_index(urls: list[str]) -> str:
    entries = "".join(f"<sitemap><loc>{escape(u)}</loc></sitemap>\n" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}</sitemapindex>\n")
