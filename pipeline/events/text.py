"""Length-preserving folding and sentence splitting, so every match maps back to the original text."""

from __future__ import annotations

import re

_FOLD = str.maketrans(
    {
        "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه",
        "أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ٱ": "ا",
        "\u200c": " ", "\u200d": " ", "\u200e": " ", "\u200f": " ", "\xa0": " ", "\t": " ",
        "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
    }
)

# A sentence ends at a newline, or at . ! ? ؟ unless the full stop sits between two digits.
_SENT_END = re.compile(r"\n+|[!?؟]+|(?<!\d)\.+|\.+(?!\d)")


def fold(text: str) -> str:
    """Unify Arabic/Persian letter variants and digits, ZWNJ as space; same length as `text`."""
    return text.translate(_FOLD)


def folded_rx(pattern: str, flags: int = 0) -> re.Pattern:
    """A regular expression written in plain Persian («هیئت», «مسئول», «رئیس»), compiled to match folded text."""
    return re.compile(fold(pattern), flags)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, stripped of surrounding whitespace."""
    spans = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if text[m.start()] != "\n" else m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
