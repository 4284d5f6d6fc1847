"""Article links from feeds (RSS 2.0 / Atom), sitemaps (urlset, sitemap index, Google News) and
listing pages. Pure functions over bytes/text; raise FeedError with a one-line reason on bad input."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from crawler.pagedates import parse_page_date


class FeedError(ValueError):
    """A feed or sitemap that cannot be read."""


@dataclass(frozen=True)
class Link:
    url: str
    published: datetime | None = None
    title: str | None = None


MAX_INFLATED = 5_000_000   # bytes a gzip feed may inflate to, unless the caller says otherwise
_XML_ROOTS = {"rss", "feed", "rdf", "urlset", "sitemapindex"}
_BARE_AMP = re.compile(rb"&(?!#\d+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")


def _local(tag) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _gunzip(body: bytes, what: str, max_size: int) -> bytes:
    """Inflate a gzip body in steps, refusing to grow past *max_size* (a gzip bomb stops here)."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(body, max_size + 1)
    except zlib.error as exc:
        raise FeedError(f"{what} is not valid gzip: {exc}") from None
    if len(out) > max_size:
        raise FeedError(f"{what} too large after decompression (over {max_size} bytes)")
    if not inflater.eof:
        raise FeedError(f"{what} is not valid gzip: compressed data is truncated")
    return out


def _expands_entities(root) -> bool:
    """True when the document's DTD declares an entity made of other entities (billion laughs)."""
    dtd = root.getroottree().docinfo.internalDTD
    return dtd is not None and any("&" in (e.content or "") for e in dtd.iterentities())


def _xml_root(body: bytes, what: str, max_size: int = MAX_INFLATED):
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body, what, max_size)
    if not body.strip():
        raise FeedError(f"{what} is empty")
    root = _parse_xml(body.strip(), what)
    if _expands_entities(root):
        raise FeedError(f"{what} not parseable (entity expansion)")
    return root


def _parse_xml(body: bytes, what: str):
    """Strict XML, else a lenient reading that still yields a feed or sitemap root."""
    strict = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        return etree.fromstring(body, strict)
    except etree.XMLSyntaxError as exc:
        error = exc
    if "entity" in str(error).lower() and ("amplification" in str(error) or "loop" in str(error)):
        raise FeedError(f"{what} not parseable (entity expansion)")
    # Real feeds often carry a stray '&' or a bad character: escape the ampersands, then read
    # what can be read, but only when the result is still a feed or sitemap.
    lenient = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        root = etree.fromstring(_BARE_AMP.sub(b"&amp;", body), lenient)
    except etree.XMLSyntaxError:
        root = None
    if root is None or _local(root.tag) not in _XML_ROOTS:
        raise FeedError(f"{what} is not XML: {error}")
    return root


def parse_date(value: str | None, tz: str) -> datetime | None:
    """RFC 822 (RSS), ISO 8601 (Atom, sitemaps) or a Jalali date as Persian feeds sometimes write."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = parsedate_to_datetime(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    except (TypeError, ValueError, IndexError):
        pass
    return parse_page_date(value, tz)


def _child_text(el, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def parse_feed(body: bytes, base_url: str, tz: str, max_size: int = MAX_INFLATED) -> list[Link]:
    """Links of an RSS 2.0 / RSS 1.0 / Atom feed, with their publication dates when given."""
    root = _xml_root(body, "feed", max_size)
    if _local(root.tag) not in ("rss", "feed", "rdf"):
        raise FeedError(f"feed is not RSS or Atom (root element <{_local(root.tag)}>)")
    links = []
    for el in root.iter():
        kind = _local(el.tag)
        if kind == "item":
            url = _child_text(el, "link")
            if not url:
                guid = next((c for c in el if _local(c.tag) == "guid"), None)
                if guid is not None and guid.get("isPermaLink", "true") != "false":
                    url = (guid.text or "").strip() or None
            date = _child_text(el, "pubdate", "date", "published", "updated")
        elif kind == "entry":
            hrefs = [(c.get("rel") or "alternate", c.get("href")) for c in el if _local(c.tag) == "link"]
            url = next((h for rel, h in hrefs if rel == "alternate" and h), None)
            date = _child_text(el, "published", "updated", "issued")
        else:
            continue
        if url:
            links.append(Link(urljoin(base_url, url), parse_date(date, tz), _child_text(el, "title")))
    return links


def parse_sitemap(body: bytes, base_url: str, tz: str, max_size: int = MAX_INFLATED
                  ) -> tuple[list[Link], list[str]]:
    """(article links, child sitemaps): a urlset (Google News dates honoured) or a sitemap index.

    A gzip-compressed sitemap (.xml.gz) may inflate to *max_size* bytes at most.
    """
    root = _xml_root(body, "sitemap", max_size)
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise FeedError(f"sitemap root element is <{kind}>, expected <urlset> or <sitemapindex>")
    links, children = [], []
    for el in root:
        loc = _child_text(el, "loc")
        if not loc:
            continue
        loc = urljoin(base_url, loc)
        if kind == "sitemapindex":
            children.append(loc)
            continue
        news = next((c for c in el if _local(c.tag) == "news"), None)
        date = _child_text(news, "publication_date") if news is not None else None
        title = _child_text(news, "title") if news is not None else None
        links.append(Link(loc, parse_date(date or _child_text(el, "lastmod"), tz), title))
    return links, children


def parse_listing(html: str, base_url: str, pattern: str | None, next_selector: str | None
                  ) -> tuple[list[Link], str | None]:
    """(links whose absolute URL matches *pattern*, URL of the next page or None)."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise FeedError(f"listing page is not HTML: {exc}") from None
    regex = re.compile(pattern) if pattern else None
    seen: dict[str, None] = {}
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, href)
        if regex is None or regex.search(url):
            seen.setdefault(url, None)
    next_url = None
    if next_selector:
        nodes = root.xpath(next_selector) if next_selector.startswith(("/", "(")) \
            else root.cssselect(next_selector)
        for node in nodes:
            href = node if isinstance(node, str) else node.get("href")
            if href:
                next_url = urljoin(base_url, str(href).strip())
                break
    return [Link(u) for u in seen], next_url
