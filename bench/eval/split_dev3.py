"""Split ../shared/eval dev3 into a tuning half and a blind half by a hash of the article id.

The split is fixed before any rule is written from dev3: an id goes to the blind half when the
first byte of sha256(id) is odd. Writes `dev3_split.json` beside this file.
"""

import hashlib
import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


def half(article_id: str) -> str:
    """'blind' or 'tune' for one article id."""
    return "blind" if hashlib.sha256(article_id.encode()).digest()[0] % 2 else "tune"


def main() -> None:
    ids = [json.loads(line)["id"] for line in (EVAL / "dev3_articles.jsonl").open(encoding="utf-8")]
    split = {"tune": sorted(i for i in ids if half(i) == "tune"),
             "blind": sorted(i for i in ids if half(i) == "blind")}
    out = Path(__file__).with_name("dev3_split.json")
    out.write_text(json.dumps(split, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"tune {len(split['tune'])}, blind {len(split['blind'])} → {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
