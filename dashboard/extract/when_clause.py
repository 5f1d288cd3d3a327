"""The time a "when" (or, after a base, "which") clause that holds an amount describes: the time
right before the clause, not the sentence's other times."""

from __future__ import annotations

import re

from dashboard.extract.base_times import base_period, story_months
from dashboard.extract.discourse import Discourse
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.times import TimeRef

# "the record of 2022, when high prices lifted turnover to $17.9 bn", "less than in 2008, when
# trade had topped $1 bn": a clause of "when" tells what happened at the time before it.
_WHEN_CLAUSE = re.compile(r",\s?when\s[^,;()]*$", re.I)
# So does a "which" clause after a base: "up 9% on the same period of 2022, which stood at $40 m".
_WHICH_CLAUSE = re.compile(r",\s?which\s[^,;()]{0,40}$", re.I)


# "the highest since 2014, when it stood at $11 bn", "for the first time since 2013, when exports
# were $6.8 bn": the year a record is measured back to is no time of the sentence's figure (the time
# finder drops it), but a "when" clause right after it tells that year's amount.
_SINCE_WHEN = re.compile(r"\bsince\s(?P<y>(?:19|20)\d\d),\s?when\s[^,;()]*$", re.I)


# "has decreased by 16.6% over the year, during which turnover was recorded at $77.1 m": the year a
# year-on-year rate is measured over, told by a "during which" clause after it, is the one before:
# the months of the sentence's own period (else the story's) a year back.
_OVER_THE_YEAR_DURING = re.compile(r"\bover\s(?:the|a)\s(?:past\s)?year,\s?during\swhich\s[^,;()\d]{0,60}$", re.I)


def when_clause_time(q: Quantity, s: SentenceParts, d: Discourse | None = None) -> TimeRef | None:
    """The time a "when" clause that holds the amount describes: the one right before it."""
    if ", during which" in s.text and (over := _OVER_THE_YEAR_DURING.search(s.text, max(0, q.start - 100), q.start)) is not None:
        own = [r for r in s.times if not r.base and r.kind == "period" and r.year and r.end <= over.start()]
        told = own[-1] if own else (d.time if d is not None and d.time is not None and d.time.kind == "period" else None)
        if told is None or told.year is None or told.period in (None, "cumulative"):
            return None
        return TimeRef(over.start(), over.end(), "period", told.year - 1, told.period)
    if ", when" not in s.text and ",when" not in s.text and ", which" not in s.text:
        return None
    since = _SINCE_WHEN.search(s.text, max(0, q.start - 120), q.start)
    if since is not None:
        return TimeRef(since.start("y"), since.end("y"), "period", int(since.group("y")), "FY")
    before = [r for r in s.times if r.end <= q.start and r.kind == "period" and r.year]
    if not before or not (
        _WHEN_CLAUSE.match(s.text, before[-1].end, q.start) or (before[-1].base and _WHICH_CLAUSE.match(s.text, before[-1].end, q.start))
    ):
        return None
    r = before[-1]
    return base_period(r, q, s, story_months(d)) if r.base else r
