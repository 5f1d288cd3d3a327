"""The time of a rate, where its own words differ from a level's: "annually" after a rate measured
in a period is year on year, not an average over years; a rate said with the level it led to
("has grown by 9% to $2.4 bn in January-September") is of that level's period; and "over the past year"
of a rate is the change on a year before, to the period the story reports.
"""

from __future__ import annotations

import re

from dashboard.extract.base_times import ATTACHED_GAP
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.times import TimeRef

# A rate's "annually", "per year": year on year when its sentence names the period it was measured in.
_YEARLY = re.compile(r"annually|per\s(?:year|annum)|a\syear", re.I)


def yearly_in_period(q: Quantity, s: SentenceParts) -> TimeRef | None:
    """The "annually" of "jumped by 16.2% annually to $1.9 bn in January-May 2021", or of
    "reached $1.9 bn in January-May 2021, up 16.2% per year": no average over years but the
    change on a year before, so the period the sentence names is the rate's too (never in a
    sentence that names a span of years or a start, over which a rate per year is an average)."""
    if q.kind != "percent":
        return None
    yearly = next((r for r in s.times if r.kind == "vague" and r.start >= q.end and ATTACHED_GAP.match(s.text[q.end : r.start])), None)
    if yearly is None or not _YEARLY.fullmatch(s.text, yearly.start, yearly.end):
        return None
    if any(r.kind in ("span", "since") for r in s.times):
        return None
    _, ce = s.clause_of(q.start)
    return yearly if any(r.kind == "period" and not r.base and (yearly.end <= r.start < ce or r.end <= q.start) for r in s.times) else None


def level_after_rate(q: Quantity, s: SentenceParts) -> Quantity | None:
    """The level a rate leads to: "decreased by 12 percent to 26.4 m manats"."""
    return next((y for y in s.quantities if y.kind == "money" and q.end <= y.start <= q.end + 6 and s.text[q.end : y.start].strip() == "to"), None)


def measured_amount(q: Quantity, s: SentenceParts) -> tuple[float, str] | None:
    """The amount a figure measures, as (value, unit): its own, or a rate's level ("Iran's exports
    grew 12% to $96.8 m" measures $96.8 m), which says whether it can be a part of a whole."""
    level = q if q.kind == "money" else level_after_rate(q, s) if q.kind == "percent" else None
    return None if level is None else (level.value, level.unit)


def level_time(q: Quantity, s: SentenceParts, own: list[TimeRef]) -> TimeRef | None:
    """ "rose 18% in 2023 and has grown by 9% to $2.4 bn in January-September": the time
    written right after the level a rate leads to is the rate's, before any time of the sentence
    before it (which is another clause's)."""
    level = level_after_rate(q, s) if q.kind != "money" else None
    if level is None:
        return None
    return next((r for r in own if r.start >= level.end and ATTACHED_GAP.match(s.text[level.end : r.start])), None)


# "Over the past year, exports fell 3.8%": the change on the year before, not a change in it.
_OVER_BEFORE = re.compile(r"\b(?:over|during|in|for)\s$", re.I)
_PAST_YEAR = re.compile(r"the\s(?:past|last)\syear", re.I)


def year_on_year(when: TimeRef, q: Quantity, s: SentenceParts, current: TimeRef | None) -> bool:
    """Whether a rate's "over the past year" is year on year to the part of a year the story
    reports (`current`, of the year after it), not a change during the year before; a story of a
    whole year keeps the year before ("In the past year, trade rose 28% to $563 m")."""
    if q.kind != "percent" or current is None or current.kind != "period" or current.period in (None, "FY", "cumulative") or when.year is None:
        return False
    if current.year != when.year + 1 or not _PAST_YEAR.fullmatch(s.text, when.start, when.end):
        return False
    return _OVER_BEFORE.search(s.text, max(0, when.start - 8), when.start) is not None


_FROM_BEFORE = re.compile(r"\bfrom\s(?:about\s|some\s|around\s|nearly\s)?$", re.I)
_TO_BEFORE = re.compile(r"\bto\s(?:about\s|some\s|around\s|nearly\s|almost\s|over\s)?$", re.I)


def from_to_time(q: Quantity, s: SentenceParts, own: list[TimeRef]) -> TimeRef | None:
    """ "has nearly doubled, rising from $60 m in 2023 to $110 m in 2024", "grew by 25%, from
    $80 m in 2022 to $100 m in 2023": a rate the two levels after it explain is of the period the
    change ends in, the time written right after the level after "to"."""
    if q.kind == "money":
        return None
    later = [x for x in s.quantities if x.start >= q.end]
    if len(later) < 2 or later[0].kind != "money" or later[1].kind != "money" or later[0].start - q.end > 40:
        return None
    if not _FROM_BEFORE.search(s.text, max(0, later[0].start - 14), later[0].start) or not _TO_BEFORE.search(s.text, max(0, later[1].start - 14), later[1].start):
        return None
    start = next((r for r in s.times if later[0].end <= r.start < later[1].start), None)  # (a base: "from $60 m in 2023")
    end = next((r for r in own if r.start >= later[1].end and ATTACHED_GAP.match(s.text[later[1].end : r.start])), None)
    return end if start is not None and end is not None and end.kind == "period" else None
