"""The spans of a sentence already read as one time, so a later pattern's match inside one is
skipped (`times.find_times`: the most specific pattern wins)."""

from __future__ import annotations

from bisect import bisect_right, insort


class TakenSpans:
    """Spans already read, kept in order (they never overlap), so a test for overlap is a
    bisection: a test of every span per match was quadratic in a sentence of many times."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_right(self.starts, s)
        return (i > 0 and self.ends[i - 1] > s) or (i < len(self.starts) and self.starts[i] < e)

    def add(self, s: int, e: int) -> None:
        insort(self.starts, s)
        insort(self.ends, e)
