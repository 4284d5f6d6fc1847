"""Duplicate articles: exact copies, near copies (MinHash LSH) and same-title reposts.

Every article of a story points (``duplicate_of``) to the story's earliest copy (by published
time, then id), which itself points nowhere. Links are the connected components of three
symmetric relations, so the result does not depend on the order articles arrive in:

- exact: the same dedup-folded body (boilerplate, ی/ک, ZWNJ/spaces, digits, quotes removed);
- near: estimated Jaccard similarity of MinHash signatures >= ``near_duplicate_threshold``,
  with candidates found through the persisted band index (``minhash_bands``);
- title: the same folded title on the same site within ``title_dedup_days`` (0 turns it off).

Every query goes through an index (see ``QUERIES``; tests check their query plans).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import datetime, timedelta

import numpy as np

from pipeline import minhash
from pipeline.normalize import dedup_key, strip_boilerplate
from pipeline.rows import DictRows

MIN_TEXT = 40    # folded characters below which a body is not compared (captions, stubs)
MIN_TITLE = 8    # folded characters below which a title is not compared

# Letters, digits and nothing else survive folding; dedup_key leaves spaces between words.
_NOISE = re.compile(r"[\W_]+")


def match_key(text: str | None, normalized: bool = False) -> str:
    """The aggressive comparison form: no boilerplate, letters unified, only letters and digits
    (*normalized*: the text is pipeline.normalize's result, see dedup_key)."""
    if not text:
        return ""
    return _NOISE.sub("", dedup_key(strip_boilerplate(text), normalized))


def _digest(folded: str) -> str | None:
    return hashlib.sha1(folded.encode("utf-8")).hexdigest() if folded else None


def article_text(lead: str | None, body: str | None) -> str:
    """The text compared for exact and near duplicates: the body, or the lead when there is none."""
    return body if body and body.strip() else (lead or "")


# Every statement link_article runs; tests run EXPLAIN QUERY PLAN on each (no table scans).
QUERIES = {
    "article": "SELECT id, site, published, fetched, content_hash, title_key, duplicate_of, title, lead, body"
    " FROM articles WHERE id = ?",
    "cluster_row": "SELECT id, site, published, fetched, content_hash, title_key, duplicate_of FROM articles WHERE id = ?",
    "members": "SELECT id, site, published, fetched, content_hash, title_key, duplicate_of FROM articles"
    " WHERE duplicate_of = ?",
    "exact": "SELECT id, duplicate_of FROM articles WHERE content_hash = ? AND id != ?",
    "title": "SELECT id, duplicate_of, published, fetched FROM articles WHERE site = ? AND title_key = ? AND id != ?",
    "bands": "SELECT DISTINCT article_id FROM minhash_bands WHERE band_key IN ({marks}) AND article_id != ?",
    "signature": "SELECT signature FROM minhash_signatures WHERE article_id = ?",
    "drop_bands": "DELETE FROM minhash_bands WHERE article_id = ?",
    "put_bands": "INSERT OR IGNORE INTO minhash_bands (band_key, article_id) VALUES (?, ?)",
    "drop_signature": "DELETE FROM minhash_signatures WHERE article_id = ?",
    "put_signature": "INSERT OR REPLACE INTO minhash_signatures (article_id, signature) VALUES (?, ?)",
    "set_keys": "UPDATE articles SET content_hash = ?, title_key = ? WHERE id = ?",
    "set_link": "UPDATE articles SET duplicate_of = ?, similarity = ?, duplicate_reason = ? WHERE id = ?",
}


def _when(row) -> datetime | None:
    stamp = row["published"] or row["fetched"]
    try:
        return datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        return None


def _order(row) -> tuple:
    """Earliest copy first: dated before undated, then by published time, then by id."""
    return (row["published"] is None, row["published"] or "", row["id"])


class _Linker:
    """One link_article call's connection, settings and the signatures it has read."""

    def __init__(self, db, settings):
        self.conn = DictRows(db.conn)
        self.threshold = settings.near_duplicate_threshold
        self.title_window = timedelta(days=settings.title_dedup_days) if settings.title_dedup_days else None
        self.signatures: dict[int, np.ndarray | None] = {}

    def row(self, article_id: int):
        return self.conn.execute(QUERIES["cluster_row"], (article_id,)).fetchone()

    def signature(self, article_id: int) -> np.ndarray | None:
        if article_id not in self.signatures:
            found = self.conn.execute(QUERIES["signature"], (article_id,)).fetchone()
            self.signatures[article_id] = minhash.from_bytes(found["signature"]) if found else None
        return self.signatures[article_id]

    def same_title(self, a, b) -> bool:
        if self.title_window is None or a["site"] != b["site"] or not a["title_key"]:
            return False
        if a["title_key"] != b["title_key"]:
            return False
        wa, wb = _when(a), _when(b)
        return wa is not None and wb is not None and abs(wa - wb) <= self.title_window

    def relation(self, a, root) -> tuple[float, str]:
        """(similarity, reason) of article *a* to its story's earliest copy *root*."""
        if a["content_hash"] and a["content_hash"] == root["content_hash"]:
            return 1.0, "exact"
        sa, sr = self.signature(a["id"]), self.signature(root["id"])
        sim = minhash.similarity(sa, sr) if sa is not None and sr is not None else 0.0
        if sim >= self.threshold:
            return sim, "near"
        if self.same_title(a, root):
            return sim, "title"
        return sim, "near"  # joined through another copy of the same story


def _index(linker: _Linker, article_id: int, folded: str) -> np.ndarray | None:
    """Store the article's signature and band keys (replacing earlier ones); return the signature."""
    conn = linker.conn
    conn.execute(QUERIES["drop_bands"], (article_id,))
    if len(folded) < MIN_TEXT:
        conn.execute(QUERIES["drop_signature"], (article_id,))
        linker.signatures[article_id] = None
        return None
    sig = minhash.signature(folded)
    conn.execute(QUERIES["put_signature"], (article_id, minhash.to_bytes(sig)))
    conn.executemany(QUERIES["put_bands"], [(k, article_id) for k in minhash.band_keys(sig, linker.threshold)])
    linker.signatures[article_id] = sig
    return sig


def _matches(linker: _Linker, art, sig: np.ndarray | None, long_enough: bool) -> set[int]:
    """Ids of the roots of every story the article is an exact, near or title copy of."""
    conn, roots = linker.conn, set()
    if long_enough and art["content_hash"]:
        found = conn.execute(QUERIES["exact"], (art["content_hash"], art["id"])).fetchall()
        roots |= {r["duplicate_of"] or r["id"] for r in found}
    if sig is not None:
        keys = minhash.band_keys(sig, linker.threshold)
        sql = QUERIES["bands"].format(marks=",".join("?" * len(keys)))
        for cand in [r["article_id"] for r in conn.execute(sql, (*keys, art["id"])).fetchall()]:
            other = linker.signature(cand)
            if other is not None and minhash.similarity(sig, other) >= linker.threshold:
                found = linker.row(cand)
                roots.add(found["duplicate_of"] or found["id"])
    if linker.title_window is not None and art["title_key"]:
        for other in conn.execute(QUERIES["title"], (art["site"], art["title_key"], art["id"])).fetchall():
            if linker.same_title(art, other | {"site": art["site"], "title_key": art["title_key"]}):
                roots.add(other["duplicate_of"] or other["id"])
    return roots


def link_article(db, article_id: int, settings, normalized: bool = False) -> None:
    """Set content_hash, title_key and the duplicate link of a just-stored article.

    Called inside the article's transaction. When the article is earlier than the story it joins,
    it becomes the story's root and every other copy is re-pointed to it. *normalized*: its title,
    lead and body are pipeline.normalize's results (the article chain's), so not normalised again.
    """
    linker = _Linker(db, settings)
    conn = linker.conn
    art = conn.execute(QUERIES["article"], (article_id,)).fetchone()
    if art is None:
        raise KeyError(f"article {article_id} does not exist")
    folded = match_key(article_text(art["lead"], art["body"]), normalized)
    title = match_key(art["title"], normalized)
    art["content_hash"] = _digest(folded)
    art["title_key"] = _digest(title) if len(title) >= MIN_TITLE else None
    conn.execute(QUERIES["set_keys"], (art["content_hash"], art["title_key"], article_id))
    sig = _index(linker, article_id, folded)
    roots = _matches(linker, art, sig, len(folded) >= MIN_TEXT)
    # The article's own copies come along when it is a root; a copy that no longer matches its story
    # (re-linked after its text changed) leaves it.
    roots.add(article_id)
    _relink(linker, article_id, roots)


def _relink(linker: _Linker, article_id: int, roots: set[int]) -> None:
    """Point every copy in the union of *roots*' stories (and the article) at the earliest one."""
    conn = linker.conn
    cluster = {article_id: linker.row(article_id)}
    for root in roots:
        cluster.setdefault(root, linker.row(root))
        for member in conn.execute(QUERIES["members"], (root,)).fetchall():
            cluster[member["id"]] = member
    if len(cluster) == 1:
        conn.execute(QUERIES["set_link"], (None, None, None, article_id))
        return
    earliest = min(cluster.values(), key=_order)
    for aid, row in cluster.items():
        if article_id not in (aid, earliest["id"]) and row["duplicate_of"] == (
                None if aid == earliest["id"] else earliest["id"]):
            continue  # linked so when it or its root was last linked, and neither has changed since
        if aid == earliest["id"]:
            conn.execute(QUERIES["set_link"], (None, None, None, aid))
        else:
            sim, reason = linker.relation(row, earliest)
            conn.execute(QUERIES["set_link"], (earliest["id"], round(sim, 4), reason, aid))


def clear(db) -> None:
    """Forget every duplicate link and the MinHash index (call inside a transaction that rebuilds them)."""
    db.execute("DELETE FROM minhash_bands")
    db.execute("DELETE FROM minhash_signatures")
    db.execute("UPDATE articles SET duplicate_of = NULL, similarity = NULL, duplicate_reason = NULL")


def rebuild(db, settings, advance: Callable[[], None] | None = None) -> int:
    """Recompute every duplicate link and the MinHash index from the stored articles, atomically."""
    with db.atomic():
        clear(db)
        ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY published IS NULL, published, id")]
        for aid in ids:
            link_article(db, aid, settings)
            if advance:
                advance()
    return len(ids)
