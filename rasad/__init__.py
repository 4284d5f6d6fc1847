"""rasad (رصد): watches Persian news sites, extracts the meetings they report, keeps them in SQLite."""

__version__ = "0.1.0"
