"""Text handling is linear in the text's length for every run of one character (each printable
ASCII character, the common Unicode punctuation and spaces, alone and between words) and for
dotted leaders between words and amounts: the families of `make fuzz`, here at 4 KB and 64 KB.

The check compares sizes, not clocks: 16 times the text may cost at most 64 times the time
(linear work costs about 16 times, quadratic 256 times), and the small case's time is never
taken as less than that of a plain 4 KB article measured in the same run, so a case too quick
to time does not make the bound meaningless. A case past its bound is interrupted, so a
quadratic regression fails in seconds rather than after the minute it would take."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

import pytest

from benchmarks.fuzz import run_families
from dashboard.extract import extract_article
from dashboard.extract.quantities import unread_numbers

PUBLISHED = date(2024, 6, 30)
SMALL, LARGE = 4_096, 65_536
GROWTH_BOUND = 64  # for x16 in size: linear is about 16, quadratic about 256
FAMILIES = run_families()
PROSE = "Trade between Japan and China reached $1.2 billion in 2023, up 5% on the year before. "


class _TooSlow(Exception):
    pass


@contextmanager
def _interrupt_after(seconds: float) -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _handle(text: str) -> None:
    """What a build does with an article's text: extract it, and find the numbers it notes."""
    extract_article(text, PUBLISHED)
    list(unread_numbers(text))


def _best(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        _handle(text)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.fixture(scope="module")
def floor() -> float:
    _handle(PROSE)  # rules loaded
    return _best((PROSE * (SMALL // len(PROSE) + 1))[:SMALL], 5)


@pytest.mark.parametrize("family", list(FAMILIES))
def test_sixteen_times_the_text_costs_at_most_sixty_four_times_the_time(family: str, floor: float) -> None:
    make: Callable[[int], str] = FAMILIES[family]
    small_text, large_text = make(SMALL), make(LARGE)
    assert len(large_text) >= 15 * len(small_text)
    small = max(_best(small_text, 3), floor)
    bound = GROWTH_BOUND * small
    try:
        with _interrupt_after(bound * 2):  # twice the bound: one slow try is not a failure
            large = _best(large_text, 2)
    except _TooSlow:
        large = float("inf")
    assert large <= bound, f"{family}: {len(small_text)} -> {len(large_text)} chars took {small:.4f} -> {large:.4f} s (x{large / small:.0f})"
