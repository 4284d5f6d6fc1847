"""Event storage. PLACEHOLDER: owned by the dedup/event-store helper, to be replaced."""


def store_events(db, article_id: int, events: list[dict], settings) -> None:
    """Replace the events this article reports (inside the store transaction)."""
