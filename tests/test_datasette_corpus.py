"""Search over real Persian news text (../shared/corpus, skipped when absent): every ZWNJ word
of a stored article is found typed with or without its ZWNJ and with Arabic ي/ك, also in a copy
whose CMS stripped every ZWNJ."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from pipeline.normalize import normalize
from rasad.fts import fts_query
from rasad.schema import open_db

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "text"
ZWNJ = "\u200c"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus/text"),
]


def _texts(limit: int) -> list[str]:
    texts = []
    for name in ("isna_persian_sites_spiders.jsonl", "fars_news_language-ml.jsonl"):
        path = CORPUS / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines()[: limit // 2]:
                record = json.loads(line)
                if ZWNJ in (record.get("text") or ""):
                    texts.append(record["text"])
    return texts


def test_real_articles_found_however_zwnj_and_letters_are_typed(tmp_path):
    texts = _texts(120)
    if len(texts) < 10:
        pytest.skip("too few corpus texts with ZWNJ")
    db = open_db(tmp_path / "rasad.db")
    db["sites"].insert({"name": "corpus", "base_url": "http://127.0.0.1/"})
    rows = []
    for i, text in enumerate(texts):
        body = normalize(text)
        rows.append({"id": 2 * i + 1, "body": body})
        rows.append({"id": 2 * i + 2, "body": body.replace(ZWNJ, "")})  # the same, ZWNJ stripped
    db["articles"].insert_all(
        {**r, "site": "corpus", "url": f"http://127.0.0.1/{r['id']}", "canonical_url": str(r["id"]),
         "fetched": "2026-01-01T00:00:00+00:00"} for r in rows
    )  # indexed by the schema's triggers as it is stored

    rng = random.Random(5)
    checked = 0
    for r in rng.sample(rows[::2], min(40, len(rows) // 2)):
        words = [w for w in re.findall(r"[\w\u200c]+", r["body"]) if ZWNJ in w.strip(ZWNJ)]
        if not words:
            continue
        word = rng.choice(words)
        found = []
        for typed in (word, word.replace(ZWNJ, ""), word.replace("ی", "ي").replace("ک", "ك")):
            ids = {row[0] for row in db.execute(
                "select rowid from articles_fts where articles_fts match ?", [fts_query(typed)])}
            assert {r["id"], r["id"] + 1} <= ids, (word, typed)
            found.append(ids)
        assert found[0] == found[1] == found[2], word
        checked += 1
    assert checked >= 10
    db.conn.close()
