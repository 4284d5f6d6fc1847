"""Whose a participant's body is: an Iranian office or body with no country is Iran's, an
international organisation is an organisation and never a country (data/iranian_bodies.txt,
data/international_organizations.txt)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.events.lexicon import B, E, alternation, data_lines
from pipeline.events.text import folded_rx

IRAN = "ایران"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern | None, re.Pattern]:
    """(Iranian bodies, phrases that are not Iran's, international organisations) on folded text."""
    lines = data_lines("iranian_bodies.txt")
    not_iran = [line[1:] for line in lines if line.startswith("-")]
    iran = [line for line in lines if not line.startswith("-")]
    rx = lambda phrases: folded_rx(B + "(?:" + alternation(phrases) + ")" + E)  # noqa: E731
    return rx(iran), rx(not_iran) if not_iran else None, rx(data_lines("international_organizations.txt"))


def international(folded: str) -> re.Match | None:
    """The international organisation a folded title names, if any."""
    return _patterns()[2].search(folded)


def tag(folded: str, country: str | None, org: str | None) -> tuple[str | None, str | None]:
    """(country, organization) of a participant whose folded title is *folded*."""
    iran, not_iran, _ = _patterns()
    body = international(folded)
    if body:
        return country, org or body.group()
    if country is None:
        plain = not_iran.sub(" ", folded) if not_iran else folded
        if iran.search(plain):
            return IRAN, org
    return country, org
