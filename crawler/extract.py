"""Article fields from an HTML page (pure; no Scrapy): title, lead, body, published date, author, tags.

Order of evidence: the site's selectors, then JSON-LD NewsArticle (crawler.jsonld), then OpenGraph/meta
tags, then the page itself (the main-content block, a Jalali date written on the page, a date in
the URL). The body text is taken from the HTML with lxml, so ZWNJ (U+200C) survives: trafilatura
drops every ZWNJ (../shared/notes/persian-nlp.md §6) and is not used for text here.
"""

from __future__ import annotations

import copy
import html as html_lib
import re
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import jdatetime
import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from crawler.jsonld import jsonld_items
from crawler.pagedates import find_page_dates, parse_page_date
from rasad.config import Selectors
from rasad.urls import canonical_url

ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "webpage",
}
_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "nav", "footer", "aside",
              "button", "select", "svg", "figure", "figcaption")
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "section", "article", "tr", "table", "pre", "dd", "dt", "main"}
_POSITIVE = re.compile(r"body|content|text|article|story|matn|entry|post|main|news", re.I)
_NEGATIVE = re.compile(
    r"comment|related|footer|sidebar|side-|menu|nav|share|social|banner|ads?\b|advert|tag|"
    r"breadcrumb|copyright|subscribe|poll|most|popular|weather|header|widget|keyword|print|list",
    re.I,
)
_LEAD_CSS = ("[itemprop=description]", ".lead", ".summary", ".introtext", ".subtitle", ".rutitr",
             ".news-lead", ".lid", ".abstract")
_DATE_HINT = re.compile(r"date|time|publish|tarikh|zaman|pdate", re.I)
_META_DATES = ("article:published_time", "og:article:published_time", "og:published_time",
               "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
               "sailthru.date", "article:published", "parsely-pub-date")
# Last resort before a date in the URL: when the page was last modified.
_META_MODIFIED = ("article:modified_time", "og:article:modified_time", "og:updated_time",
                  "datemodified", "dc.date.modified", "last-modified")
_URL_JALALI = re.compile(r"/(1[34]\d\d)/(\d\d?)/(\d\d?)/")
_URL_GREGORIAN = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2009\u202f]+")
_END_MARK = re.compile(r"^(?:انتهای|پایان) (?:پیام|خبر)\b")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _clean(text: str | None) -> str | None:
    """Collapse runs of spaces (ZWNJ kept), decode leftover character references, strip."""
    if text is None:
        return None
    if "&" in text:
        text = html_lib.unescape(text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines())
    text = re.sub(r"\n{2,}", "\n", text).strip()
    return text or None


def _parse(html: str) -> etree._Element | None:
    # lxml refuses a str that still carries an XML encoding declaration (XHTML pages).
    html = _XML_DECLARATION.sub("", html or "", count=1)
    try:
        return lxml.html.fromstring(html) if html.strip() else None
    except (etree.ParserError, ValueError):
        return None


@lru_cache(maxsize=512)
def _compiled(query: str):
    """CSS, or XPath when the query starts with '/' or '(' — compiled once per query."""
    if query.startswith(("/", "(")):
        return etree.XPath(query)
    return CSSSelector(query, translator="html")


def _select(root, query: str) -> list:
    found = _compiled(query)(root)
    # An XPath may evaluate to a string, number or boolean rather than a node list.
    return found if isinstance(found, list) else [str(found)]


def _node_text(node) -> str | None:
    if isinstance(node, str):
        return _clean(str(node))
    if node.tag in ("meta",):
        return _clean(node.get("content") or node.get("value"))
    if node.tag == "time" and node.get("datetime"):
        return _clean(node.get("datetime"))
    return _clean(_block_text(node))


def _block_text(node) -> str:
    """Text of *node* with a line break at every block boundary (works on a copy)."""
    node = _copy(node)
    for el in node.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag != "br":
                el.text = "\n" + (el.text or "")
    return node.text_content()


def _copy(node):
    node = copy.deepcopy(node)
    node.tail = None
    return node


# --- metadata --------------------------------------------------------------------------------

def _meta(root) -> dict[str, str]:
    """Lower-cased meta name/property/itemprop -> first non-empty content (or value) attribute."""
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        content = el.get("content") or el.get("value")
        if not content or not content.strip():
            continue
        for key in (el.get("property"), el.get("name"), el.get("itemprop")):
            if key:
                out.setdefault(key.strip().lower(), content.strip())
    return out


def _types(obj: dict) -> set[str]:
    t = obj.get("@type", [])
    return {str(x).lower() for x in (t if isinstance(t, list) else [t])}


def _walk_jsonld(obj):
    if isinstance(obj, list):
        for x in obj:
            yield from _walk_jsonld(x)
    elif isinstance(obj, dict):
        yield obj
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in obj:
                yield from _walk_jsonld(obj[key])


def _jsonld_article(root) -> dict:
    """The first JSON-LD object typed as a news article (or web page), else {}."""
    found = [o for o in _walk_jsonld(jsonld_items(root)) if _types(o) & ARTICLE_TYPES]
    found.sort(key=lambda o: "webpage" in _types(o))  # a real article type before a WebPage
    return found[0] if found else {}


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"[,،؛;]", value) if v.strip()]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


# --- body ------------------------------------------------------------------------------------

def _class_weight(el) -> int:
    ident = f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}"
    weight = 0
    if "articlebody" in ident.lower():
        weight += 100
    if _POSITIVE.search(ident):
        weight += 25
    if _NEGATIVE.search(ident):
        weight -= 50
    return weight


def _link_density(el) -> float:
    text = len(el.text_content().strip()) or 1
    return sum(len(a.text_content().strip()) for a in el.iter("a")) / text


def _strip_boilerplate(root) -> None:
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter(etree.Comment)):
        if el.getparent() is not None:
            el.getparent().remove(el)


def _main_block(root):
    """The element holding the article's paragraphs (readability-style scoring), or None."""
    scores: dict = {}
    for el in root.iter("p", "div", "td", "section", "span"):
        own = (el.text or "") + "".join(c.tail or "" for c in el)
        if el.tag in ("div", "td", "section", "span"):
            text = own.strip()  # only direct text counts for containers
        else:
            text = el.text_content().strip()
        if len(text) < 25:
            continue
        # Long, punctuated paragraphs score; a list of short headlines scores almost nothing.
        score = (len(text) >= 80) + text.count("،") + text.count(",") + min(len(text) / 100, 3)
        parent = el if el.tag != "p" else el.getparent()
        for depth, anc in enumerate((parent, parent.getparent() if parent is not None else None)):
            if anc is None or not isinstance(anc.tag, str):
                break
            if anc not in scores:
                scores[anc] = 1.0 + _class_weight(anc)
            scores[anc] += score / (1 + depth)
    if not scores:
        return None
    best = max(scores, key=lambda el: scores[el] * (1 - _link_density(el)))
    return best if scores[best] > 0 else None


def _body_from(node, skip: set[str]) -> str | None:
    node = _copy(node)
    for el in list(node.iter()):
        if not isinstance(el.tag, str) or el is node or el.getparent() is None:
            continue
        if _class_weight(el) < 0 and "articlebody" not in (el.get("itemprop") or "").lower():
            el.drop_tree()
        elif el.tag in ("ul", "ol", "div", "p") and len(el.text_content().strip()) < 200 \
                and el.find(".//a") is not None and _link_density(el) > 0.6:
            el.drop_tree()
    lines = [line for line in (_clean(_block_text(node)) or "").split("\n") if line not in skip]
    # «انتهای پیام» (end of report) closes an agency story; what follows is page furniture.
    end = next((i for i, line in enumerate(lines) if i and _END_MARK.match(line)), len(lines))
    return "\n".join(lines[:end]).strip() or None


# --- dates -----------------------------------------------------------------------------------

def _first_date(values, tz: str) -> datetime | None:
    for value in values:
        if value:
            parsed = parse_page_date(value, tz)
            if parsed is not None:
                return parsed
    return None


def _date_in_url(url: str, tz: str) -> datetime | None:
    zone = ZoneInfo(tz)
    if m := _URL_JALALI.search(url):
        try:
            g = jdatetime.date(*map(int, m.groups())).togregorian()
        except ValueError:
            return None
        return datetime(g.year, g.month, g.day, tzinfo=zone)
    if m := _URL_GREGORIAN.search(url):
        try:
            return datetime(*map(int, m.groups()), tzinfo=zone)
        except ValueError:
            return None
    return None


def _page_date(root, tz: str) -> datetime | None:
    """A date written on the page: <time>, then elements whose class/id say date, then any text."""
    candidates = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        hinted = el.tag == "time" or _DATE_HINT.search(f"{el.get('class', '')} {el.get('id', '')}")
        if hinted and len(el.text_content()) < 200:
            candidates.extend([el.get("datetime"), el.get("title"), el.text_content()])
    found = _first_date(candidates, tz)
    if found is not None:
        return found
    dates = find_page_dates(root.text_content()[:4000], tz)
    return dates[0][2] if dates else None


def _canonical_link(root, url: str) -> str | None:
    """<link rel=canonical> when it points to a page (not the home page) on the same site."""
    href = next((el.get("href") for el in root.iter("link")
                 if (el.get("rel") or "").lower() == "canonical" and el.get("href")), None)
    if not href:
        return None
    target = urljoin(url, href.strip())
    try:
        same_site = canonical_url(target).split("/")[2] == canonical_url(url).split("/")[2]
    except (ValueError, IndexError):
        return None
    return target if same_site and urlsplit(target).path.strip("/") else None


# --- the entry point -------------------------------------------------------------------------

def extract_article(
    html: str, url: str, selectors: Selectors | None = None, *, tz: str = "Asia/Tehran"
) -> dict:
    """Fields of the article in *html* (fetched from *url*); missing ones are None ([] for tags).

    ``published`` is an aware datetime and ``published_source`` says where it came from
    (selector / jsonld / meta / page / modified / url); ``canonical`` is the page's own
    ``<link rel=canonical>`` when it names an article page of the same site.
    """
    out = {"title": None, "lead": None, "body": None, "published": None,
           "published_source": None, "author": None, "tags": [], "canonical": None}
    root = _parse(html)
    if root is None:
        return out
    sel = selectors or Selectors()

    def by_selector(field: str) -> list[str]:
        query = getattr(sel, field)
        if not query:
            return []
        try:
            return [t for t in (_node_text(n) for n in _select(root, query)) if t]
        except (etree.XPathError, ValueError, SyntaxError):
            return []

    meta = _meta(root)
    ld = _jsonld_article(root)
    out["canonical"] = _canonical_link(root, url)

    # title
    h1s = [t for t in (_clean(h.text_content()) for h in root.iter("h1")) if t]
    title_tag = _clean(root.findtext(".//title"))
    meta_title = _clean(meta.get("og:title") or meta.get("twitter:title") or meta.get("headline"))
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    title = next(iter(by_selector("title")), None)
    if title is None:
        reference = [t for t in (headline, meta_title, title_tag) if t]
        title = next((h for h in h1s if any(h in r for r in reference)), None)
    title = title or _clean(headline) or meta_title or (h1s[0] if h1s else None) or title_tag
    out["title"] = title

    # lead
    lead = next(iter(by_selector("lead")), None)
    if lead is None:
        for css in _LEAD_CSS:
            found = [t for t in (_node_text(n) for n in _select(root, css)) if t]
            if found:
                lead = found[0]
                break
    lead = lead or _clean(ld.get("description") if isinstance(ld.get("description"), str) else None)
    out["lead"] = lead or _clean(meta.get("og:description") or meta.get("description"))

    # author, tags
    authors = by_selector("author") or _names(ld.get("author")) or _names(
        meta.get("author") or meta.get("article:author"))
    # Many CMSs put the site's own name (often "name | section | English name") in author.
    site_names = {meta.get("og:site_name"), title_tag}
    authors = [a for a in authors if a not in site_names and "|" not in a]
    out["author"] = ", ".join(dict.fromkeys(authors)) or None
    tags = by_selector("tags") or _names(ld.get("keywords")) or _names(
        meta.get("article:tag") or meta.get("keywords") or meta.get("news_keywords"))
    out["tags"] = list(dict.fromkeys(tags))

    # published
    for source, values in (
        ("selector", by_selector("published")),
        ("jsonld", [ld.get("datePublished"), ld.get("dateCreated")]),
        ("meta", [meta.get(k) for k in _META_DATES]),
    ):
        published = _first_date(values, tz)
        if published is not None:
            out["published"], out["published_source"] = published, source
            break

    # body (and the page date, which needs the page without scripts)
    _strip_boilerplate(root)
    if out["published"] is None:
        modified = [ld.get("dateModified"), *(meta.get(k) for k in _META_MODIFIED)]
        if (published := _page_date(root, tz)) is not None:
            out["published"], out["published_source"] = published, "page"
        elif (published := _first_date(modified, tz)) is not None:
            out["published"], out["published_source"] = published, "modified"
        elif (published := _date_in_url(url, tz)) is not None:
            out["published"], out["published_source"] = published, "url"
    skip = {t for t in (title, out["lead"]) if t}
    body_nodes = [] if not sel.body else _select(root, sel.body)
    if body_nodes:
        body = "\n".join(filter(None, (_clean(n) if isinstance(n, str) else _body_from(n, skip)
                                       for n in body_nodes))) or None
    else:
        block = _main_block(root)
        body = _body_from(block, skip) if block is not None else None
        if body is None and isinstance(ld.get("articleBody"), str):
            body = _clean(ld["articleBody"])
    out["body"] = body
    return out
