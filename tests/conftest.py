"""Shared test helpers: a fixture Persian news agency served by LocalSite, a config writer and a
`rasad crawl` runner (a subprocess: Twisted's reactor cannot restart inside one pytest process)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import jdatetime

from rasad.localsite import LocalSite

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TEHRAN = timezone(timedelta(hours=3, minutes=30))
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
                 "دی", "بهمن", "اسفند"]
WEEKDAYS = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]

# Short reports in the register of Iranian agencies (written for these tests).
REPORTS = [
    ("دیدار وزیر امور خارجه با همتای عمانی در تهران",
     "وزیر امور خارجه کشورمان صبح امروز با وزیر خارجه عمان دیدار و گفت‌وگو کرد.",
     "به گزارش خبرگزاری رصد، در این دیدار که در محل وزارت امور خارجه برگزار شد، دو طرف درباره "
     "روابط دوجانبه، تحولات منطقه‌ای و همکاری‌های اقتصادی گفت‌وگو کردند.\n"
     "وزیر خارجه عمان در این دیدار بر اهمیت گسترش مناسبات بین‌المللی دو کشور تأکید کرد و "
     "خواستار تشکیل کمیسیون مشترک اقتصادی شد."),
    ("گفت‌وگوی تلفنی رئیس‌جمهور با نخست‌وزیر عراق",
     "رئیس‌جمهور در تماس تلفنی با نخست‌وزیر عراق درباره تحولات منطقه رایزنی کرد.",
     "به گزارش خبرگزاری رصد، در این گفت‌وگوی تلفنی دو طرف بر ضرورت تقویت همکاری‌های "
     "امنیتی و اقتصادی میان دو کشور همسایه تأکید کردند.\n"
     "نخست‌وزیر عراق نیز از مواضع جمهوری اسلامی ایران در قبال تحولات اخیر قدردانی کرد."),
    ("سفر معاون وزیر خارجه به مسکو برای رایزنی‌های سیاسی",
     "معاون سیاسی وزیر امور خارجه برای دیدار با مقام‌های روسیه وارد مسکو شد.",
     "به گزارش خبرگزاری رصد، معاون وزیر خارجه در این سفر دو روزه با معاون وزیر خارجه روسیه "
     "درباره مسائل دوجانبه و بین‌المللی دیدار و رایزنی خواهد کرد.\n"
     "این سفر در ادامه رایزنی‌های منظم سیاسی میان تهران و مسکو انجام می‌شود."),
    ("نشست کمیسیون مشترک اقتصادی ایران و ترکیه در آنکارا",
     "نشست کمیسیون مشترک اقتصادی ایران و ترکیه با حضور وزیران دو کشور در آنکارا برگزار شد.",
     "به گزارش خبرگزاری رصد، در این نشست که دو روز به طول انجامید، اسناد همکاری در زمینه‌های "
     "تجارت، انرژی و حمل‌ونقل به امضا رسید.\n"
     "وزیر اقتصاد کشورمان در حاشیه این نشست با رئیس اتاق بازرگانی ترکیه نیز دیدار کرد."),
    ("تماس ویدئویی وزیر بهداشت با مدیرکل سازمان جهانی بهداشت",
     "وزیر بهداشت در تماس ویدئویی با مدیرکل سازمان جهانی بهداشت گفت‌وگو کرد.",
     "به گزارش خبرگزاری رصد، در این تماس ویدئویی درباره همکاری‌های بهداشتی و تأمین دارو و "
     "واکسن گفت‌وگو شد.\n"
     "مدیرکل سازمان جهانی بهداشت از تجربه‌های ایران در مقابله با بیماری‌های واگیر قدردانی کرد."),
]


@dataclass
class Article:
    """One fixture article and how its page is written."""

    news_id: int
    title: str
    lead: str
    body: str
    published: datetime            # aware, Asia/Tehran wall time
    style: str = "jsonld"          # jsonld / meta-jalali / page-only
    path: str = ""

    def __post_init__(self):
        self.path = self.path or f"/fa/news/{self.news_id}/{self.title.split()[0]}-{self.news_id}"

    @property
    def jalali(self) -> jdatetime.datetime:
        return jdatetime.datetime.fromgregorian(datetime=self.published.replace(tzinfo=None))


def jalali_text(a: Article) -> str:
    """«دوشنبه ۱۲ آبان ۱۴۰۳ - ۱۰:۲۵» as agencies write it."""
    j = a.jalali
    text = f"{WEEKDAYS[j.weekday()]} {j.day} {JALALI_MONTHS[j.month - 1]} {j.year} - {j.hour:02d}:{j.minute:02d}"
    return text.translate(PERSIAN_DIGITS)


def article_html(a: Article) -> str:
    """An agency-style RTL article page; the date evidence depends on a.style."""
    head = [f"<title>{a.title} - خبرگزاری رصد</title>",
            f'<meta property="og:title" content="{a.title}">',
            f'<meta name="description" content="{a.lead}">']
    if a.style == "jsonld":
        head.append(
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            f'"@type":"NewsArticle","headline":"{a.title}",'
            f'"datePublished":"{a.published.isoformat()}","author":{{"@type":"Person","name":"خبرنگار رصد"}},'
            '"keywords":"سیاست خارجی,دیپلماسی"}</script>')
    elif a.style == "meta-jalali":
        j = a.jalali
        # A Jalali year inside an ISO-looking attribute, as some Iranian CMSs write it.
        head.append(f'<meta property="article:published_time" '
                    f'content="{j.year}-{j.month:02d}-{j.day:02d}T{j.hour:02d}:{j.minute:02d}:00+03:30">')
    paragraphs = "".join(f"<p>{p}</p>" for p in a.body.split("\n"))
    return f"""<!DOCTYPE html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8">{''.join(head)}</head>
<body>
<header class="site-header"><a href="/">خبرگزاری رصد</a>
<nav class="menu"><ul><li><a href="/fa/service/politics">سیاسی</a></li><li><a href="/fa/service/economy">اقتصادی</a></li>
<li><a href="/fa/service/world">بین‌الملل</a></li></ul></nav></header>
<main><article class="news-item">
<div class="news-date"><span>{jalali_text(a)}</span></div>
<h1 class="title">{a.title}</h1>
<p class="lead">{a.lead}</p>
<div class="item-body">{paragraphs}</div>
<div class="tags"><a href="/fa/tag/1">سیاست خارجی</a> <a href="/fa/tag/2">دیپلماسی</a></div>
</article>
<aside class="related"><h3>اخبار مرتبط</h3><ul>
<li><a href="/fa/news/999/x">خبر مرتبط نخست درباره موضوعی دیگر</a></li>
<li><a href="/fa/news/998/y">خبر مرتبط دوم درباره موضوعی دیگر</a></li></ul></aside></main>
<footer class="footer">کلیه حقوق این سایت محفوظ است.</footer>
</body></html>"""


def rss(items: list[tuple[str, str, datetime | None]], title: str = "خبرگزاری رصد") -> str:
    """An RSS 2.0 feed of (link, title, pubDate) items."""
    parts = []
    for link, item_title, when in items:
        date = f"<pubDate>{format_datetime(when)}</pubDate>" if when else ""
        parts.append(f"<item><title>{escape(item_title)}</title><link>{escape(link)}</link>{date}</item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f'<link>/</link>{"".join(parts)}</channel></rss>')


@dataclass
class NewsSite:
    """A fixture agency: articles, an RSS feed (/rss) and an archive listing (/archive)."""

    site: LocalSite
    articles: list[Article] = field(default_factory=list)
    feed_suffix: str = ""          # appended to feed links (tracking parameters)
    extra_feed_links: list[str] = field(default_factory=list)  # e.g. short links (paths)

    def add_article(self, a: Article, in_feed: bool = True, in_listing: bool = True) -> None:
        a.in_feed, a.in_listing = in_feed, in_listing  # type: ignore[attr-defined]
        self.articles.append(a)
        self.site.add(a.path, article_html(a))
        self.publish()

    def add_articles(self, articles: list[Article]) -> list[Article]:
        for a in articles:
            self.add_article(a)
        return articles

    def publish(self) -> None:
        """(Re)write the feed and the listing from the current articles."""
        feed = [(self.site.url(a.path) + self.feed_suffix, a.title, a.published)
                for a in self.articles if getattr(a, "in_feed", True)]
        feed += [(self.site.url(p), "", None) for p in self.extra_feed_links]
        self.site.add("/rss", rss(feed), content_type="application/rss+xml; charset=utf-8")
        links = "".join(f'<li><a href="{a.path}">{a.title}</a></li>'
                        for a in self.articles if getattr(a, "in_listing", True))
        self.site.add("/archive", f'<html dir="rtl"><body><ul class="archive">{links}</ul>'
                                  f'<a href="/fa/about">درباره ما</a></body></html>')


def make_articles(n: int, start_id: int = 1001, base: datetime | None = None) -> list[Article]:
    """n fixture articles cycling through the reports and the three date styles."""
    base = base or datetime(2024, 11, 2, 10, 25, tzinfo=TEHRAN)
    styles = ["jsonld", "meta-jalali", "page-only"]
    out = []
    for i in range(n):
        title, lead, body = REPORTS[i % len(REPORTS)]
        suffix = f" ({i + 1})" if i >= len(REPORTS) else ""
        out.append(Article(start_id + i, title + suffix, lead, body,
                           base - timedelta(hours=5 * i), styles[i % 3]))
    return out


FAST_SETTINGS = {"download_delay": 0, "concurrency_per_domain": 8, "obey_robots": "false",
                 "retries": 0, "download_timeout": "30s"}


SERVING_AT = re.compile(r"rasad: serving .+ at http://127\.0\.0\.1:(\d+)/")


def serving_port(output: str) -> int | None:
    """The port that `rasad serve --port 0` (or `rasad demo --serve --port 0`) printed it listens on, once it has.
    The server binds the port itself: a port found free by the test could be taken before the server binds it."""
    m = SERVING_AT.search(output)
    return int(m.group(1)) if m else None


@contextmanager
def refused_port() -> Iterator[int]:
    """A port on 127.0.0.1 that refuses connections while the block runs. The socket stays bound
    without listening: a port merely found free and released can be taken by any server started
    meanwhile (a crawl test once got HTTP 404 from one instead of a refused connection)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def write_config(tmp_path: Path, sites_yaml: str, **settings) -> Path:
    """A config.yaml in tmp_path with fast, offline-friendly settings (overridable by keyword)."""
    path = tmp_path / "config.yaml"
    lines = "".join(f"  {k}: {v}\n" for k, v in {**FAST_SETTINGS, **settings}.items())
    path.write_text(f"database: rasad.db\nsettings:\n{lines}sites:\n{sites_yaml}", encoding="utf-8")
    return path


def run_crawl(config: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m rasad crawl ARGS --config CONFIG` in a subprocess; output captured."""
    env = {**os.environ, "PYTHONUTF8": "1", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "rasad", "crawl", *args, "--config", str(config)],
        capture_output=True, text=True, timeout=timeout, env=env, cwd=config.parent,
    )
