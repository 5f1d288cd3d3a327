"""A time that coordinates parts of one year ("the first and second quarters", "January and
February", "the first and second halves", "Q1 and Q2") beside a run of as many amounts paired with them by
order: each amount is of the part in its place, not of the months the parts span together."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.time_resolution import MONTHS, ORDINALS, month_range, month_span
from dashboard.extract.times import TimeRef

_ORDINAL = r"first|second|third|fourth|1st|2nd|3rd|4th"
_MONTH_NAME = "|".join(name for name in MONTHS if len(name) > 3)
# The members and what joins them: "the first and second quarters", "January and February".
_MEMBERS = re.compile(
    rf"(?:the\s)?(?:(?P<ord>(?:{_ORDINAL})(?:,\s(?:{_ORDINAL}))*,?\s(?:and|&)\s(?:{_ORDINAL}))\s(?P<noun>quarters|halves)"
    rf"|(?P<months>(?:{_MONTH_NAME})(?:,\s(?:{_MONTH_NAME}))*,?\s(?:and|&)\s(?:{_MONTH_NAME}))"
    r"|(?P<q>Q[1-4](?:,\sQ[1-4])*,?\s(?:and|&)\sQ[1-4]))\b",
    re.I,
)
_WORD = re.compile(r"[A-Za-z0-9]+")
_PART_MONTHS = {"quarters": 3, "halves": 6}


def member_times(when: TimeRef, text: str) -> list[TimeRef] | None:
    """The parts a coordinated time names, in order, each a time of its own with the year the
    whole was given; None for a time that is no such coordination."""
    m = _MEMBERS.match(text, when.start, when.end)
    if m is None or when.kind != "period" or when.year is None:
        return None
    if m.group("q"):
        spans = [(3 * int(n) - 2, 3 * int(n)) for n in re.findall(r"[1-4]", m.group("q"))]
    elif m.group("months"):
        spans = [(MONTHS[w.lower()],) * 2 for w in _WORD.findall(m.group("months")) if w.lower() in MONTHS]
    else:
        size = _PART_MONTHS[m.group("noun").lower()]
        spans = [((n - 1) * size + 1, n * size) for w in _WORD.findall(m.group("ord")) if (n := ORDINALS.get(w.lower(), 0))]
    whole = month_span(when.period)
    if len(spans) < 2 or any(last > 12 for _, last in spans) or whole is None or not whole[0] <= spans[0][0]:
        return None
    return [replace(when, period=month_range(first, last)) for first, last in spans]
