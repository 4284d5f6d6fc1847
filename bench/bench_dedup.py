"""Benchmark: does deduplicating a new article cost the same on a store of 1,000,000 articles as on 1,000?

Two stores are built side by side under a temporary directory (default /tmp):

- small: 1,000 "real" articles (synthetic Persian-like stories whose keys, MinHash signatures and
  band keys are computed by the real code);
- large: the same 1,000 real articles spread among filler articles up to ``--articles`` (default
  1,000,000), bulk-loaded with executemany in one transaction (with their article_urls rows);
  filler signatures collide in bands as real text does: nine in ten are a shared topic's
  signature with a quarter of its values replaced (fillers of one topic share band keys), one in
  ten a real article's signature with half replaced (a copy of that article then meets candidates
  it must verify and reject); banded by the real band function. The preload bypasses the
  full-text index triggers (the new articles are indexed by them as the store path does; the
  fillers are not in the index).

Then the same 1,000 new articles (a third exact copies of real ones with other agency boilerplate,
ZWNJ and letter variants, a third near copies with a new lead and edits, some published before
their original, a third new stories) are stored through the real store path (pipeline.store.store_article: URL lookup, articles,
article_urls, compressed HTML, dedup.link_article, events; one transaction each) on a fresh
connection to each store.
Printed: time per new article on each store, their ratio (target <= 1.5), the links found (they
must be the same on both) and the database size per article.

    .venv/bin/python bench/bench_dedup.py [--articles N] [--new 1000] [--dir /tmp] [--keep]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline import dedup, minhash  # noqa: E402
from pipeline.normalize import search_forms  # noqa: E402
from pipeline.store import store_article  # noqa: E402
from rasad.config import Settings  # noqa: E402
from rasad.schema import connect, fts_triggers, open_db  # noqa: E402

SITES = ["irna", "isna", "mehr", "tasnim", "fars", "ilna", "yjc", "khabaronline", "entekhab", "asriran",
         "hamshahri", "donya", "tabnak"]
LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
AGENCIES = ["ایرنا", "ایسنا", "مهر", "تسنیم", "فارس", "ایلنا"]
CHUNK = 20_000


class Synth:
    """Persian-like stories and their agency rewrites."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.words = ["".join(self.rng.choices(LETTERS, k=self.rng.randint(2, 7))) for _ in range(3000)]
        self.words += ["گفت‌وگو", "رایزنی‌های", "کمک‌های", "بین‌المللی", "می‌کند", "همکاری‌ها"]

    def sentence(self, n: int | None = None) -> str:
        return " ".join(self.rng.choices(self.words, k=n or self.rng.randint(10, 18))) + "."

    def story(self) -> dict:
        sentences = [self.sentence() for _ in range(self.rng.randint(8, 14))]
        return {"title": self.sentence(8)[:-1], "lead": self.sentence(), "sentences": sentences}

    def body(self, story: dict, agency: str, edits: int = 0) -> str:
        sentences = list(story["sentences"])
        for _ in range(edits):  # a near copy: a rewritten word here and there
            i = self.rng.randrange(len(sentences))
            words = sentences[i].split()
            words[self.rng.randrange(len(words))] = self.rng.choice(self.words)
            sentences[i] = " ".join(words)
        return f"به گزارش خبرگزاری {agency}، " + "\n".join(sentences) + "\nانتهای پیام"

    def filler_body(self) -> str:
        return " ".join(self.rng.choices(self.words, k=self.rng.randint(80, 140)))


def stamp(day: float) -> str:
    """ISO UTC timestamp *day* days after 2024-01-01."""
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(1704067200 + day * 86400))


def real_articles(synth: Synth, n: int) -> tuple[list[dict], list[dict]]:
    """n stored real articles (each a story) and the n new articles that arrive later."""
    stories = [synth.story() for _ in range(n)]
    stored = []
    for i, s in enumerate(stories):
        stored.append({"site": synth.rng.choice(SITES), "url": f"https://real.example/{i}", "title": s["title"],
                       "lead": s["lead"], "body": synth.body(s, synth.rng.choice(AGENCIES)),
                       "published": stamp(300 + i * 0.05)})
    new = []
    for i in range(n):
        kind, s, orig = i % 3, stories[i], stored[i]
        earlier = synth.rng.random() < 0.1
        art = {"site": synth.rng.choice(SITES), "url": f"https://new.example/{i}", "copy_of": orig["url"],
               "published": stamp(300 + i * 0.05 + (-0.01 if earlier else 0.02))}
        if kind == 0:  # exact copy: other boilerplate, ZWNJ dropped, Arabic letter forms
            body = synth.body(s, synth.rng.choice(AGENCIES)).replace("\u200c", "").replace("ی", "ي")
            art.update(title=synth.sentence(8)[:-1], lead=s["lead"], body=body)
        elif kind == 1:  # near copy: new headline and lead, a few edited words
            art.update(title=synth.sentence(8)[:-1], lead=synth.sentence(),
                       body=synth.body(s, synth.rng.choice(AGENCIES), edits=3))
        else:  # a new story; every tenth reuses a stored title on the same site (title dedup)
            fresh = synth.story()
            art.update(title=fresh["title"], lead=fresh["lead"], body=synth.body(fresh, "ایسنا"))
            if i % 30 == 2:
                art.update(site=orig["site"], title=orig["title"])
            else:
                art["copy_of"] = None
        new.append(art)
    return stored, new


def real_rows(arts: list[dict], settings: Settings) -> list[tuple]:
    """Rows with keys, signature and bands computed by the real code."""
    rows = []
    for a in arts:
        folded = dedup.match_key(dedup.article_text(a["lead"], a["body"]))
        title = dedup.match_key(a["title"])
        sig = minhash.signature(folded)
        rows.append((a, hashlib.sha1(folded.encode()).hexdigest(),
                     hashlib.sha1(title.encode()).hexdigest() if len(title) >= dedup.MIN_TITLE else None,
                     minhash.to_bytes(sig), minhash.band_keys(sig, settings.near_duplicate_threshold)))
    return rows


def filler_signatures(rng: np.random.Generator, count: int, real: np.ndarray, topics: np.ndarray) -> np.ndarray:
    """Signatures that collide in bands (see the module docstring): a topic's or a real article's
    signature with a quarter or a half of its values replaced by random ones."""
    around_real = rng.random(count) < 0.1
    base = np.where(around_real[:, None], real[rng.integers(0, len(real), count)],
                    topics[rng.integers(0, len(topics), count)])
    replaced = rng.random((count, minhash.NUM_PERM)) < np.where(around_real, 0.5, 0.25)[:, None]
    noise = rng.integers(0, 2**32, size=(count, minhash.NUM_PERM), dtype=np.uint32)
    return np.where(replaced, noise, base).astype(np.uint32)


def filler_rows(synth: Synth, rng: np.random.Generator, start: int, count: int, settings: Settings,
                real: np.ndarray, topics: np.ndarray) -> list[tuple]:
    """Filler articles with precomputed signatures, banded by the real band function."""
    sigs = filler_signatures(rng, count, real, topics)
    rows = []
    for j in range(count):
        body = synth.filler_body()
        title = " ".join(synth.rng.choices(synth.words, k=8))
        a = {"site": SITES[(start + j) % len(SITES)], "url": f"https://filler.example/{start + j}",
             "title": title, "lead": None, "body": body, "published": stamp((start + j) * 700 / 1_000_000)}
        rows.append((a, hashlib.sha1(body.encode()).hexdigest(), hashlib.sha1(title.encode()).hexdigest(),
                     minhash.to_bytes(sigs[j]), minhash.band_keys(sigs[j], settings.near_duplicate_threshold)))
    return rows


def bulk_insert(conn, rows: list[tuple], next_id: int) -> int:
    arts, urls, sigs, bands = [], [], [], []
    for a, chash, tkey, sig, keys in rows:
        arts.append((next_id, a["site"], a["url"], a["url"], a["title"], a["lead"], a["body"], a["published"],
                     a["published"], chash, tkey))
        urls.append((a["url"], next_id))
        sigs.append((next_id, sig))
        bands.extend((k, next_id) for k in keys)
        next_id += 1
    conn.executemany("INSERT INTO articles (id, site, url, canonical_url, title, lead, body, published, fetched,"
                     " content_hash, title_key) VALUES (?,?,?,?,?,?,?,?,?,?,?)", arts)
    conn.executemany("INSERT INTO article_urls (url, article_id) VALUES (?, ?)", urls)
    conn.executemany("INSERT INTO minhash_signatures (article_id, signature) VALUES (?, ?)", sigs)
    conn.executemany("INSERT INTO minhash_bands (band_key, article_id) VALUES (?, ?)", bands)
    return next_id


def preload(path: Path, real: list[tuple], total: int, settings: Settings) -> float:
    """Build a store of *total* articles: the real ones spread evenly among filler, one transaction."""
    open_db(path).conn.close()  # schema and indexes
    conn = connect(path)
    conn.execute("PRAGMA cache_size = -1000000")
    triggers = fts_triggers()  # the preload bypasses the full-text index (hazm on 1M texts: hours)
    for name in triggers:
        conn.execute(f"DROP TRIGGER [{name}]")
    synth, rng = Synth(7), np.random.default_rng(7)
    real_sigs = np.array([minhash.from_bytes(row[3]) for row in real]) if real else None
    topics = rng.integers(0, 2**32, size=(50_000, minhash.NUM_PERM), dtype=np.uint32)
    fillers = total - len(real)
    per_gap = fillers // len(real) if real else 0
    started, next_id, made = time.perf_counter(), 1, 0
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO sites (name, base_url, enabled) VALUES (?, ?, 1)",
                     [(s, f"https://{s}.example/") for s in SITES])
    for i, row in enumerate(real):
        want = per_gap if i < len(real) - 1 else fillers - made
        while want > 0:
            step = min(CHUNK, want)
            next_id = bulk_insert(conn, filler_rows(synth, rng, made, step, settings, real_sigs, topics), next_id)
            made, want = made + step, want - step
            if made and made % 100_000 < step:
                print(f"  {path.name}: {next_id - 1:,} articles loaded, {time.perf_counter() - started:.0f} s",
                      flush=True)
        next_id = bulk_insert(conn, [row], next_id)
    for sql in triggers.values():  # as open_db made them: new articles are indexed, no backfill
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - started


def insert_and_link(path: Path, new: list[dict], settings: Settings):
    """Store each new article through pipeline.store.store_article, 50 per step.

    A generator: ``main`` alternates steps between the two stores so that a change in machine load
    hits both alike. It yields None after each batch, then (seconds, link counts).
    """
    db = open_db(path)
    elapsed = 0.0
    for start in range(0, len(new), 50):
        t = time.perf_counter()
        for a in new[start:start + 50]:
            store_article(db, {"site": a["site"], "url": a["url"], "canonical_url": a["url"], "urls": [a["url"]],
                               "title": a["title"], "lead": a["lead"], "body": a["body"],
                               "published": a["published"], "fetched": a["published"], "events": [],
                               "html": page(a), "encoding": "utf-8", "content_type": "text/html"}, settings)
        elapsed += time.perf_counter() - t
        yield
    urls = [a["url"] for a in new] + [a["copy_of"] for a in new if a["copy_of"]]
    root, reasons = {}, Counter()
    for url, reason, target in db.execute(
            "SELECT a.url, a.duplicate_reason, d.url FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of"
            f" WHERE a.url IN ({','.join('?' * len(urls))})", urls):
        root[url] = target or url
        if url.startswith("https://new.example/"):
            reasons[reason or "original"] += 1
    copies = [a for a in new if a["copy_of"]]
    reasons["copies found"] = sum(root[a["url"]] == root[a["copy_of"]] for a in copies)
    reasons["copies made"] = len(copies)
    reasons["stored copies re-pointed to an earlier new one"] = sum(
        root[a["copy_of"]] == a["url"] for a in copies)
    reasons["new stories wrongly linked"] = sum(root[a["url"]] != a["url"] for a in new if not a["copy_of"])
    db.conn.close()
    yield elapsed, reasons


def page(a: dict) -> bytes:
    """An article page around *a*'s text (what article_html compresses)."""
    paragraphs = "".join(f"<p>{line}</p>" for line in a["body"].split("\n"))
    return (f'<html dir="rtl"><head><title>{a["title"]}</title></head><body><h1>{a["title"]}</h1>'
            f'<p class="lead">{a["lead"]}</p>{paragraphs}</body></html>').encode()


def shared_bands(path: Path) -> tuple[int, int]:
    """(band rows whose key another article shares, all band rows) of the store at *path*."""
    conn = connect(path)
    try:
        return conn.execute("SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM minhash_bands "
                            "GROUP BY band_key HAVING n > 1)").fetchone()[0], \
            conn.execute("SELECT count(*) FROM minhash_bands").fetchone()[0]
    finally:
        conn.close()


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1_000_000, help="size of the large store")
    ap.add_argument("--new", type=int, default=1000, help="new articles inserted and deduplicated")
    ap.add_argument("--dir", default="/tmp", help="where the two databases are built")
    ap.add_argument("--keep", action="store_true", help="keep the databases")
    args = ap.parse_args()
    settings = Settings()
    work = Path(tempfile.mkdtemp(prefix="rasad-bench-dedup-", dir=args.dir))
    try:
        synth = Synth(1)
        stored, new = real_articles(synth, args.new)
        t = time.perf_counter()
        real = real_rows(stored, settings)
        print(f"computed keys/signatures/bands of {len(real):,} real articles in {time.perf_counter() - t:.1f} s")
        small, large = work / "small.db", work / "large.db"
        print(f"pre-load small store: {preload(small, real, len(real), settings):.1f} s")
        print(f"pre-load large store: {preload(large, real, max(args.articles, len(real)), settings):.1f} s")
        shared, bands = shared_bands(large)
        print(f"large store: {shared:,} of {bands:,} band rows share their key with another article "
              f"({shared / bands:.1%})")
        dedup.fold("گرم کردن"), search_forms("گرم کردن")  # load hazm before either store is timed
        runs = [insert_and_link(small, new, settings), insert_and_link(large, new, settings)]
        step = 0
        while True:  # alternate batches between the stores, each first every other time, until both report
            order = runs if step % 2 == 0 else runs[::-1]
            done = {id(run): next(run) for run in order}
            results, step = [done[id(run)] for run in runs], step + 1
            if results[0] is not None:
                break
        (t_small, r_small), (t_large, r_large) = results
        n_small, n_large = len(real) + len(new), max(args.articles, len(real)) + len(new)
        print()
        print(f"{'store':>8} {'articles':>12} {'ms per new article':>20} {'bytes per article':>18}")
        print(f"{'small':>8} {n_small:>12,} {t_small / len(new) * 1000:>20.2f} {size(small) / n_small:>18,.0f}")
        print(f"{'large':>8} {n_large:>12,} {t_large / len(new) * 1000:>20.2f} {size(large) / n_large:>18,.0f}")
        print(f"ratio large/small time per new article: {t_large / t_small:.2f} (target <= 1.5)")
        print(f"links of the new articles, small store: {dict(sorted(r_small.items()))}")
        print(f"links of the new articles, large store: {dict(sorted(r_large.items()))}")
        print("same links on both stores:", r_small == r_large)
        if args.keep:
            print(f"databases kept in {work}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    main()
