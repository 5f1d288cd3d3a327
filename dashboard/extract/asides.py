"""Sentences that do not move the story's period for the sentences after them: asides of another
measure or of now, and look backs at an earlier year of the story's own figure."""

from __future__ import annotations

import re

from dashboard.contract.schema import Figure
from dashboard.extract.discourse import Discourse
from dashboard.extract.times import TimeRef


def aside_of_other_year(named: TimeRef | None, d: Discourse, text: str = "") -> bool:
    """ "The country's GDP grew 4.1 percent in 2015.": a sentence of another measure, in a year
    other than the story's, is an aside; the story's period stays for the flows told after it
    (one of the same year, "GDP grew 8.2% in January-June", still names the period reported on).
    So is a sentence without a figure said of now ("The EU now accounts for 27 percent of
    Georgia's trade"): what holds today, not the period the story reports on."""
    if named is None or d.time is None:
        return False
    said_now = named.kind == "present" and d.time.kind == "period" and _NOW.fullmatch(text, named.start, named.end) is not None
    return said_now or (named.year != d.time.year and d.other_measure)


_NOW = re.compile(r"now|currently|today|at\spresent|presently|at\sthe\smoment", re.I)


# A sentence that opens by saying it looks back: "Three years earlier, in 2020, ...", "Ten years
# ago, ...", "Back in 2015, ...", "By comparison, in 2008, ...".
_LOOK_BACK_OPENER = re.compile(
    r"[\"“]?\s*(?:(?:[\w-]+\s){1,2}(?:years?|decades?)\s(?:earlier|ago|before)|back\sin|(?:by|in|for)\scomparison)\b", re.I
)


def looks_back_to(named: TimeRef | None, d: Discourse, told_before: Figure | None, text: str = "") -> bool:
    """Whether a sentence's figure is the story's own measure in a whole earlier year, told to
    compare ("Our turnover reached $1.4 bn last year. Ten years ago, in 2014, it was around
    $600 m. Most of it is still imports: deliveries amounted to $1.15 bn"): a look back, after
    which the story goes on in its year; so too a sentence that opens by saying it looks back
    ("Three years earlier, in 2020, Russia led with $21.5 bn, while China was second"), whatever
    pairs it names. (A part of a year reported may go on to the year before it, and a narrative
    moves forward: neither is a look back.)"""
    last, current = d.last, d.time
    return (
        named is not None and d.last_in_sentence and last is not None and told_before is not None and current is not None
        and named.kind == "period" and named.period == "FY" and current.kind == "period" and current.period == "FY"
        and named.year is not None and current.year is not None and named.year < current.year
        and last.year == named.year and told_before.year == current.year
        and ((last.indicator == told_before.indicator and (last.country_a, last.country_b) == (told_before.country_a, told_before.country_b))
             or _LOOK_BACK_OPENER.match(text) is not None)
    )  # fmt: skip
