"""MinHash signatures and LSH band keys for near-duplicate detection (pure).

A text's signature is a datasketch MinHash over character shingles of its dedup-folded form (no
spaces or ZWNJ, so "گفت‌وگو", "گفت وگو" and "گفتوگو" shingle alike). The signature is split into
bands; two texts whose Jaccard similarity is at least the threshold share a band key with high
probability, so candidates are found by looking band keys up in an index, never by scanning.
"""

from __future__ import annotations

import hashlib
import zlib
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
SHINGLE = 5
SEED = 1
SCHEME = "affine32"  # 32-bit values, stored as 4 bytes each


@lru_cache(maxsize=None)
def lsh_params(threshold: float) -> tuple[int, int]:
    """(bands, rows) for *threshold* minimising 0.1 × false positives + 0.9 × false negatives (the weighting
    datasketch's own optimiser takes, computed here so no private function is imported), towards recall: every
    candidate is checked against its stored signature, so a missed copy costs more than a look-up
    (at 0.8: 14 bands of 9 rows find 97.5 % of pairs at similarity 0.85, against 69 % for 9 × 13)."""
    best, least = (1, 1), float("inf")
    for bands in range(1, NUM_PERM + 1):
        for rows in range(1, NUM_PERM // bands + 1):
            error = 0.1 * _false_positive(threshold, bands, rows) + 0.9 * _false_negative(threshold, bands, rows)
            if error < least:
                best, least = (bands, rows), error
    return best


def _false_positive(threshold: float, bands: int, rows: int) -> float:
    """Area under P(candidate | similarity s) for s below the threshold (LSH's S-curve, trapezoids)."""
    s = np.linspace(0.0, threshold, 2001)
    return float(np.trapezoid(1 - (1 - s**rows) ** bands, s))


def _false_negative(threshold: float, bands: int, rows: int) -> float:
    """Area under P(not a candidate | similarity s) for s above the threshold."""
    s = np.linspace(threshold, 1.0, 2001)
    return float(np.trapezoid((1 - s**rows) ** bands, s))


def shingles(folded: str) -> set[bytes]:
    """Character shingles of a folded text (the whole text when it is shorter than one shingle)."""
    if len(folded) <= SHINGLE:
        return {folded.encode("utf-8")} if folded else set()
    return {folded[i : i + SHINGLE].encode("utf-8") for i in range(len(folded) - SHINGLE + 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(folded: str) -> np.ndarray:
    """MinHash signature (NUM_PERM uint32 values) of a folded text.

    Shingles are hashed with CRC-32 (three times faster than datasketch's SHA-1 default, and as
    stable across processes, which a persisted index needs); the permutations are built once.
    """
    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32, permutations=_permutations(), scheme=SCHEME)
    m.update_batch(list(shingles(folded)))
    return m.hashvalues.astype(np.uint32)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(sig: np.ndarray, threshold: float) -> list[str]:
    """One short key per LSH band: band number + a hash of that band's values."""
    bands, rows = lsh_params(threshold)
    raw = sig.astype("<u4").tobytes()
    width = rows * 4
    return [
        f"{b:02d}{hashlib.blake2b(raw[b * width : (b + 1) * width], digest_size=8).hexdigest()}"
        for b in range(bands)
    ]
