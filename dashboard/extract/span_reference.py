"""A period anaphor that means the span from a time named before up to now: "Since 1992 ...
Over this period, companies have invested $180 m", "The two countries established relations in
1992. During this time, Turkish firms have invested $1.2 bn": a stock to date, not a flow of the
year named; and "the year" named by a day at its head ("at the start of the year"): the day a
stock is counted."""

from __future__ import annotations

import functools
import re

from dashboard.extract.discourse import Discourse
from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import alternation
from dashboard.extract.times import TimeRef

# A span's anaphor with its preposition: "over this period", "during that time" (not "at the same
# time", a connective, nor "This time, China will provide", an occasion).
_SPAN = re.compile(r"\b(?:over|during|throughout|in|for|within)\s(?:all\s)?(?:this|that)\s(?:period|time)$", re.I)


def stock_to_date(when: TimeRef | None, text: str, stock_cue: bool, d: Discourse) -> bool:
    """Whether a stock's period anaphor (`when`, in the sentence `text`) reaches from a time named
    before to now. After "since 1992" it always does. After a whole earlier year that no figure was told
    for (an event's: "established relations in 1992"), it does when the clause says it holds a
    stock (`stock_cue`: "have invested", "to date"): a perfect cannot be a closed year's flow."""
    if when is None or when.kind != "ref":
        return False
    if d.since is not None:
        return "period" in text[when.start : when.end].lower()
    if _SPAN.search(text, max(0, when.start - 30), when.end) is None:
        return False
    current, published, last = d.time, d.published, d.last
    return (
        stock_cue and current is not None and current.kind == "period" and current.period == "FY"
        and current.year is not None and published is not None and current.year < published.year
        and (last is None or last.year != current.year)
    )  # fmt: skip


@functools.cache
def _year_point(points: str = "points") -> re.Pattern[str]:
    words = rules_file("phrases.toml")["year_point"]
    return re.compile(rf"\b(?:{alternation(words['before'])})\s(?:the\s)?(?:{alternation(words[points])})\sof\s$", re.I)


def year_point(when: TimeRef, text: str) -> int | None:
    """The years back from the story's to the day of the year (`when`, "the year") a stock is
    counted on: 0 for a day at its head ("At the start of the year, investment stood at $2 bn"),
    -1 for one at its end told with no story ("At year-end, investment stood at $2 bn", in
    January: the year just over); None when no such day names it."""
    if when.kind != "ref":
        return None
    if _year_point().search(text, max(0, when.start - 30), when.start) is not None:
        return 0
    said_end = "end" in text[when.start : when.end].lower()  # "at year-end": the time says its day itself
    return -1 if said_end or _year_point("end_points").search(text, max(0, when.start - 30), when.start) else None
