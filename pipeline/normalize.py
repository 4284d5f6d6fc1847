"""Persian text normalisation (pure). PLACEHOLDER: owned by the Persian-text helper, to be replaced."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _normalizer():
    from hazm import Normalizer

    return Normalizer(seperate_mi=False)


def normalize(text: str | None) -> str | None:
    """Normalised Persian text (ی/ک, digits, spacing); None stays None."""
    if not text:
        return text
    return _normalizer().normalize(text)
