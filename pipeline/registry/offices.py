"""An office as a key: the words of a title (pipeline.events.roles.shape) and its country."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.events.lexicon import lexicon
from pipeline.events.roles import shape
from rasad.persian import span_fold

FILLERS = Path(__file__).resolve().parents[1] / "events" / "data" / "office_fillers.txt"
HOME = "ایران"  # Iranian news: an office written without a country is Iran's
_COUNTERPART = span_fold("همتای")


@dataclass(frozen=True)
class Office:
    """«وزیر امور خارجه» of عمان, as key «وزیر خارج / عمان»."""

    key: str
    country: str


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(filler word stems, words that end a title) from office_fillers.txt."""
    lines = [w.strip() for w in FILLERS.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    return (frozenset(span_fold(w)[:4] for w in lines if not w.startswith("-")),
            frozenset(span_fold(w[1:]) for w in lines if w.startswith("-")))


def _fillers() -> frozenset[str]:
    return _words()[0]


def trim(title: str) -> str:
    """A title read from running text, cut where the sentence goes on («… روز سه‌شنبه در تماسی …»)."""
    lex = lexicon()
    words = title.split()
    for i, w in enumerate(words):
        f = span_fold(w)
        after = " ".join(span_fold(x) for x in words[i + 1:i + 3])
        if f in _words()[1] or f == "در" and not any(after == p or after.startswith(p + " ")
                                                     for p in lex.cities | lex.country_names):
            return " ".join(words[:i])
    return title


def office_of(title: str | None, country: str | None = None) -> Office | None:
    """The office *title* names, with *country* when the title names none; None when it is too vague
    («وزیر», «رئیس»), refers to a country it does not name («این کشور»), or is a counterpart."""
    if not title or span_fold(title).strip().startswith(_COUNTERPART):
        return None
    s = shape(title)
    if s.country == "?":
        return None
    words = [w for w in s.words if w not in _fillers()]
    explicit = s.country or country
    if not words or len(words) < 2 and not explicit:
        return None
    where = explicit or HOME
    key = " ".join(words) + " / " + where + (f" / در {s.post}" if s.post else "")
    return Office(key, where)


def counterpart_office(title: str | None, country: str | None, other_title: str | None) -> Office | None:
    """«همتای عمانی خود»: the other side's office, in this party's country."""
    if not title or not country or not span_fold(title).strip().startswith(_COUNTERPART):
        return None
    theirs = office_of(other_title)
    if theirs is None:
        return None
    words = theirs.key.split(" / ")[0]
    return Office(f"{words} / {country}", country)
