"""Round 20: Fars articles of language-ml/course-nlp-ir-1-text-exploring (Apache-2.0) that are not in ../shared.

The texts stay in the repository's snapshot that the tool library's `fetch` puts beside the project
(`../.mirror/language-ml+course-nlp-ir-1-text-exploring/repo`); this module reads them from there. An
article's text is its abstract and paragraphs, as in ../shared/corpus/text; its publication day comes
from the Fars id in its link (14 digits since 1390, «8406280228»-style 10 digits before). The set is the
articles with a meeting cue word plus 40 without one (the first by SHA-1 of "neg20" + id), split by
SHA-1 of "split20" + id (fars20_split.json, committed before any label existed).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

MIRROR = Path(__file__).resolve().parents[2].parent / ".mirror" / "language-ml+course-nlp-ir-1-text-exploring" / "repo"
FILES = [f"exploring-datasets/news/fars-news-{i}.json" for i in range(1, 6)]


def _published(link: str) -> str | None:
    """The Gregorian day a Fars id in the link gives, ISO."""
    import jdatetime

    if m := re.search(r"(1[34]\d\d)(\d\d)(\d\d)\d{6}", link):
        y, mo, d = m.groups()
    elif m := re.search(r"/news/([89]\d)(\d\d)(\d\d)\d{4}$", link):
        y, mo, d = "13" + m[1], m[2], m[3]
    else:
        return None
    return jdatetime.date(int(y), int(mo), int(d)).togregorian().isoformat()


def articles() -> dict[str, dict]:
    """Every article of the snapshot by id ("fars-lml-<file>-<index>"), or {} when the snapshot is absent."""
    if not MIRROR.exists():
        return {}
    out = {}
    for i, path in enumerate(FILES, 1):
        raw = subprocess.run(["git", "-C", str(MIRROR), "show", f"HEAD:{path}"], capture_output=True, check=True).stdout
        for j, a in enumerate(json.loads(raw)):
            text = "\n\n".join([a.get("abstract") or "", *(a.get("paragraphs") or [])]).strip()
            out[f"fars-lml-{i}-{j:03d}"] = {"id": f"fars-lml-{i}-{j:03d}", "title": a.get("title"), "text": text,
                                              "published": _published(a.get("link") or "")}
    return out
