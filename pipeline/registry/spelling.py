"""Spelling rules (data: pipeline/events/data/name_spellings.tsv) that make variants of one name one form."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

RULES = Path(__file__).resolve().parents[1] / "events" / "data" / "name_spellings.tsv"
FIRST_NAMES = RULES.parent / "first_names.txt"


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], frozenset[str]]:
    """(ending rewrites, glued prefixes, first names) from the data files."""
    endings, prefixes = [], []
    for line in RULES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, *rest = line.split("\t")
        if kind == "ending":
            endings.append((rest[0], rest[1]))
        elif kind == "prefix":
            prefixes.append(rest[0])
    firsts = frozenset(w.strip() for w in FIRST_NAMES.read_text(encoding="utf-8").splitlines()
                       if w.strip() and not w.startswith("#"))
    return tuple(endings), tuple(prefixes), firsts


def spelled(tokens: list[str]) -> list[str]:
    """*tokens* (letters already unified) with glued prefixes split off and endings rewritten."""
    endings, prefixes, firsts = _rules()
    out: list[str] = []
    for tok in tokens:
        for pre in prefixes:
            if tok.startswith(pre) and len(tok) - len(pre) >= 3 and tok not in firsts:
                out.append(pre)
                tok = tok[len(pre):]
                break
        for old, new in endings:
            if tok.endswith(old) and len(tok) - len(old) + len(new) >= 4:
                tok = tok[: len(tok) - len(old)] + new
                break
        out.append(tok)
    return out
