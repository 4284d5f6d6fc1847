"""Adaptive polling (Media Cloud's rule) and linear failure back-off, as pure functions.

After an ok run the share of already-known article links, known / (known + new), decides:
more than two thirds known -> poll less often (interval x 1.5), fewer than one third -> more
often (x 0.75), in between -> unchanged. A run that found nothing at all (e.g. a 304 Not
Modified feed) counts as all known. The interval stays within [low, high].

A failed or timed-out run leaves the base interval alone and increments the failing streak;
the effective interval is then base x (1 + streak), capped at ``high`` (linear, not
exponential, back-off "to be kind" to a struggling site). An interrupted run (daemon stopped)
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

GROW = 1.5
SHRINK = 0.75
MOSTLY_KNOWN = 2 / 3
MOSTLY_NEW = 1 / 3
FAILED = frozenset({"failed", "timed_out"})


@dataclass(frozen=True)
class Bounds:
    """The interval range of a site: the configured [min_interval, max_interval], widened to
    include the configured `every` so that an explicit interval is always honoured."""

    low: float
    high: float

    @classmethod
    def of(cls, schedule) -> "Bounds":
        """Bounds of an interval schedule (a rasad.config.Schedule with `every` set)."""
        every = schedule.every.total_seconds()
        return cls(min(schedule.min_interval.total_seconds(), every),
                   max(schedule.max_interval.total_seconds(), every))

    def clamp(self, seconds: float) -> float:
        return min(self.high, max(self.low, seconds))


@dataclass(frozen=True)
class Pace:
    """A site's polling state: the adaptive base interval and the consecutive failures."""

    interval: float
    failing_streak: int = 0

    def effective(self, bounds: Bounds) -> float:
        """Seconds until the next run: the base interval backed off by the failing streak."""
        return min(bounds.high, self.interval * (1 + self.failing_streak))


def known_ratio(new: int, known: int) -> float:
    """known / (known + new); a run that saw no article links counts as all known."""
    total = new + known
    return 1.0 if total == 0 else known / total


def next_streak(streak: int, status: str) -> int:
    """Consecutive failures after a run ending with *status* (interrupted runs do not count)."""
    return streak + 1 if status in FAILED else 0 if status == "ok" else streak


def next_pace(pace: Pace, status: str, new: int, known: int, bounds: Bounds) -> Pace:
    """The pace after a run that ended with *status* and found *new* / *known* article links."""
    if status != "ok":
        return Pace(pace.interval, next_streak(pace.failing_streak, status))
    ratio = known_ratio(new, known)
    factor = GROW if ratio > MOSTLY_KNOWN else SHRINK if ratio < MOSTLY_NEW else 1.0
    return Pace(bounds.clamp(pace.interval * factor), 0)
