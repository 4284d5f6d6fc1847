"""Sentence splitting and rule regexes over text folded by rasad.persian.span_fold (same length), so spans map back."""

from __future__ import annotations

import re

from rasad.persian import span_fold

# The channel adjectives after a contact noun (the cue families are in data/meeting_cues.tsv), Dari spellings too
CHANNEL_WORDS = r"تلفنی|تلفونی|تیلفونی|تلیفونی|تصویری|ویدئویی|ویدیویی|(?:ویدئو|ویدیو) ?کنفرانسی|مجازی|برخط"

# A sentence ends at a newline, or at . ! ? ؟ unless the full stop sits between two digits; a closing quote right
# after the stop ends it too (".» X گفت": the next sentence starts at X).
_SENT_END = re.compile(r"\n+|[!?؟]+[»\"]?|(?<!\d)\.+[»\"]?|\.+(?!\d)[»\"]?")
# … but not at a newline after a word no sentence or headline ends with: a line wrapped inside a sentence, as
# copied papers do ("… با دلیر جمعه، وزیر\nانرژی و ذخایر آبی تاجیکستان …")
_WRAPPED = re.compile(span_fold(r"(?<!\S)(?:و|با|در|به|از|که|را|برای|تا|این|آن|وزیر|رئیس|رییس|معاون|سفیر|نماینده|"
                                r"دبیر|مدیر|سخنگوی|مشاور|دستیار)[ \t]*$"))


def folded_rx(pattern: str, flags: int = 0) -> re.Pattern:
    """A regular expression written in plain Persian («هیئت», «مسئول», «رئیس»), compiled to match folded text."""
    return re.compile(span_fold(pattern), flags)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, stripped of surrounding whitespace."""
    spans = []
    start = 0
    for m in _SENT_END.finditer(text):
        if _wrapped(text, start, m) or _INITIAL.search(text, max(start, m.start() - 8), m.start() + 1):
            continue
        end = m.end() if text[m.start()] != "\n" else m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


# a Latin initial written out in a foreign name ("توماس جی. ویلکرسون", "جان اف. کندی") ends no sentence («دی»,
# «وی» and «او» are words too, and are left out)
_INITIAL = re.compile(r"(?<![^\s])(?:جی|اف|ام|اس|ال|آر|اچ|پی|تی|بی|سی|کی|ایکس|دبلیو|کیو)\.$")


def _wrapped(text: str, start: int, m: re.Match) -> bool:
    """Is this break one newline after a word no sentence ends with (a line wrapped inside a sentence)?"""
    return m.group() == "\n" and bool(_WRAPPED.search(span_fold(text[max(start, m.start() - 12):m.start()])))


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
