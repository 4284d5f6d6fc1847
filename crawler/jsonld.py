"""JSON-LD blocks of a page, read with the standard library's json (pure).

Sites write JSON-LD by hand: a block may be wrapped in an HTML comment, carry `//` or `/* */`
comments, trailing commas or raw control characters. Such a block is repaired once; one that is
still not JSON is skipped, and the page's other blocks are read.
"""

from __future__ import annotations

import json
import re

from lxml import etree

_SCRIPTS = etree.XPath('descendant-or-self::script[@type="application/ld+json"]')
_REPAIRS = (
    (re.compile(r"^\s*<!--|-->\s*$"), ""),               # an HTML comment around the block
    (re.compile(r"^\s*//.*$", re.M), ""),                 # whole-line // comments
    (re.compile(r"/\*.*?\*/", re.S), ""),                 # /* block comments */
    (re.compile(r",(\s*[}\]])"), r"\1"),                  # trailing commas
)


def _loads(text: str):
    """The JSON value of one block, or None when it cannot be read even after repair."""
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    for pattern, replacement in _REPAIRS:
        text = pattern.sub(replacement, text)
    try:
        return json.loads(text, strict=False)
    except ValueError:
        return None


def jsonld_items(root) -> list[dict]:
    """Every top-level JSON-LD object of the page (a block holding a list gives each item)."""
    items = []
    for script in _SCRIPTS(root):
        data = _loads(script.xpath("string()"))
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and item:
                items.append(item)
    return items
