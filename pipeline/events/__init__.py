"""Meeting-event extraction: who met, phoned or video-called whom, when, where (pure functions).

`extract_events(text, title, published)` returns events in the gold format of ../shared/eval
(GUIDE.md there is the definition) plus `cameo`, `span` and `confidence`."""

from pipeline.events.extract import extract_events

__all__ = ["extract_events"]
