"""Duplicate detection. PLACEHOLDER: owned by the dedup helper, to be replaced."""


def link_article(db, article_id: int, settings) -> None:
    """Set duplicate_of/similarity of a just-inserted article (inside the store transaction)."""
