"""Where a crawl's log goes: everything, tracebacks included, to a log file beside the database;
to the terminal only what the chosen level asks for, one line per record.

At the default level (WARNING) the terminal gets no Scrapy or Twisted records: each failed page
is already an `errors` row, which `rasad crawl` prints as one line, and the file has the details.
With ``--log-level info`` the terminal shows every logger's records (first lines only); with
``--log-level debug`` it shows Scrapy's full output, tracebacks and all.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "crawl.log"
FILE_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
TERMINAL_FORMAT = "%(levelname)s %(name)s: %(message)s"
_twisted_begun = False  # Twisted's logging is begun once per process
LIBRARIES = ("scrapy", "twisted", "py.warnings", "asyncio", "filelock", "protego")


def log_path(database: Path) -> Path:
    """The crawl log of the database at *database*: crawl.log in its folder."""
    return Path(database).parent / LOG_NAME


class OneLineFormatter(logging.Formatter):
    """A record's first line, without its traceback."""

    def format(self, record: logging.LogRecord) -> str:
        bare = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None,
                                      "stack_info": None})
        return super().format(bare).split("\n", 1)[0]


def _from_libraries(record: logging.LogRecord) -> bool:
    return record.name.split(".")[0] in LIBRARIES


def setup_logging(level: str, database: Path) -> Path:
    """Root handlers for one crawl process (Scrapy's own root handler is off); the log file."""
    path = log_path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    to_file = logging.FileHandler(path, encoding="utf-8")
    to_file.setFormatter(logging.Formatter(FILE_FORMAT))
    to_file.setLevel(logging.DEBUG if level == "DEBUG" else logging.INFO)
    terminal = logging.StreamHandler()
    terminal.setLevel(level)
    if level != "DEBUG":
        terminal.setFormatter(OneLineFormatter(TERMINAL_FORMAT))
    else:
        terminal.setFormatter(logging.Formatter(TERMINAL_FORMAT))
    if logging.getLevelName(level) >= logging.WARNING:
        terminal.addFilter(lambda record: not _from_libraries(record))
    root = logging.getLogger()
    root.handlers[:] = [to_file, terminal]
    root.setLevel(logging.DEBUG if level == "DEBUG" else logging.INFO)
    _end_twisted_stderr()
    return path


def _end_twisted_stderr() -> None:
    """Until logging is "begun", Twisted prints its critical events ("while handling timed call" and a
    traceback) straight to stderr, bypassing the handlers above; Scrapy's observer already forwards Twisted's
    events to the `twisted` logger, so beginning with no extra observer only removes that stderr printer."""
    global _twisted_begun
    if not _twisted_begun:
        from twisted.logger import globalLogBeginner

        globalLogBeginner.beginLoggingTo([], redirectStandardIO=False)
        _twisted_begun = True
