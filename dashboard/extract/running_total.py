"""A running total told after the part of a year its clause reports: "exports rose to $120 m in
March, bringing the total since January to $330 m" is January-March; "..., taking the total for
the year to $150 m" after April is January-April; "bringing the total for the quarter to $330 m"
after March is the first quarter; "invested $120 m in the third quarter, bringing their investment
this year to $410 m" is January-September. The months run from the year's (or the quarter's)
first to the last month of the time the sentence gave before."""

from __future__ import annotations

import re

from dashboard.extract.gates import holds_any
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.time_resolution import month_range, month_span
from dashboard.extract.times import TimeRef

_PARTICIPLES = ("bringing", "taking", "lifting", "pushing", "raising")
# The participle, the few words of the total it names, and "to" right before the amount.
_RUNNING_TO = re.compile(
    r"\b(?:bringing|taking|lifting|pushing|raising)\s(?P<words>(?:[\w'’-]+\s){1,7}?)to\s"
    r"(?:(?:about|around|some|nearly|almost|over|more\sthan)\s)?$",
    re.I,
)
# The total's words that say it runs from the start of the year or of the quarter to date.
_TO_DATE = re.compile(
    r"\bsince\s(?:January|the\s(?:start|beginning)\sof\s(?:the\s)?year)\b|\b(?:for\s)?the\s(?P<q>quarter|year)\b"
    r"|\b(?P<q2>quarter|year)['’]s\b|\b(?:this|that)\syear\b|\bso\sfar\b|\byear-to-date\b|\bto\sdate\b",
    re.I,
)


def running_total_time(q: Quantity, s: SentenceParts) -> TimeRef | None:
    """The months of a running total to date, from the time its sentence reported before it."""
    if not holds_any(s.text.lower(), _PARTICIPLES):
        return None  # most sentences bring nothing to a total (a plain loop: any() over a generator costs more)
    m = _RUNNING_TO.search(s.text, max(0, q.start - 90), q.start)
    if m is None:
        return None
    span = _TO_DATE.search(m.group("words"))
    if span is None:
        return None  # "bringing the total for January-March to": a period of its own
    reported = [r for r in s.times if not r.base and r.kind == "period" and r.year and r.end <= m.start()]
    months = month_span(reported[-1].period) if reported else None
    if months is None:
        return None
    last = months[1]
    quarter = (span.group("q") or span.group("q2") or "").lower() == "quarter"
    first = (last - 1) // 3 * 3 + 1 if quarter else 1
    return TimeRef(m.start(), m.end(), "period", reported[-1].year, month_range(first, last))


# A running total told after an amount: ", bringing its total assistance to Tajikistan to $40 m".
_TOTAL_AFTER = re.compile(r",?\s(?:bringing|taking|lifting|pushing|raising)\s(?:the\s|its\s|their\s)?(?:overall\s)?total\b", re.I)


def before_running_total(q: Quantity, s: SentenceParts, end: int) -> int:
    """Where a running total told after the amount begins (else `end`): "will provide an additional
    $12 m, bringing its total aid to $40 m" makes the total a stock, never the amount it adds."""
    m = _TOTAL_AFTER.search(s.text, q.end, end) if holds_any(s.text.lower(), _PARTICIPLES) else None
    return m.start() if m is not None else end
