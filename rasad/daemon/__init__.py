"""The daemon's helpers: adaptive intervals, crawl child processes, run/site bookkeeping, status.

The daemon itself is ``scheduler.py`` at the project root (``rasad run`` runs the same thing).
"""
