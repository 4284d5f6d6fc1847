"""rasad (رصد): watches Persian news sites, extracts the meetings they report, keeps them in SQLite."""

import sys

if sys.version_info < (3, 12):  # before any module that needs 3.12 fails with a SyntaxError
    sys.exit(f"rasad needs Python ≥ 3.12 (this is Python {'.'.join(map(str, sys.version_info[:3]))}); "
             "see the set-up in README.md")

__version__ = "0.1.0"
