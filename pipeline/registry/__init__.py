"""Who held which office, when (issue 14): a dated actor registry that names role-only participants.

- `offices`: a title as an office key (words + country); `seed`: the hand-made seed file;
- `store`: sightings of «NAME TITLE» per article, holders per office, the holder at a date;
- `late`: the earlier role-only mentions a newly established holder names;
- `spelling`: spelling rules (data) that make variants of one name one person.

The event store (pipeline.event_store) calls `sync_seed`, `learn`, `resolve`, `index_roles` and
`late_articles` inside the article's transaction; `rasad extract` does not use the registry.
"""

from pipeline.registry.late import index_roles, late_articles, original_events
from pipeline.registry.store import clear, day_of, learn, resolve, sync_seed

__all__ = ["clear", "day_of", "index_roles", "late_articles", "learn", "original_events", "resolve", "sync_seed"]
