"""A run of amounts beside a run of as many years: "$700 m, $650 m and $720 m in 2015, 2016 and
2017", each amount the year in its place."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.time_members import member_times
from dashboard.extract.times import TimeRef

# Between the members of a run of amounts or of years: "$700 m, $650 m and $720 m", "2015, 2016 and 2017".
_RUN_GAP = re.compile(r"\s?(?:,\s?(?:and\s)?|and\s)(?:(?:about|around|almost|nearly|over|some|in)\s)?")
# "in 2015, 2016 and 2017", "in the years 2015 and 2016", "in similar periods of 2016 and 2017",
# "respectively in 2016, 2017 and 2018", "last year and the year before".
_RUN_TIMES_AFTER = re.compile(
    r",?\s(?:respectively,?\s)?(?:(?:in|for|during)\s(?:the\s)?(?:years\s|(?:same|similar|corresponding)\speriods\s(?:of\s)?)?)?"
)


def _runs(items: list[tuple[int, int]], text: str) -> list[list[int]]:
    """The indices of `items` (spans, in order) grouped into runs joined by commas and "and"."""
    runs: list[list[int]] = []
    for i, (start, _) in enumerate(items):
        if runs and _RUN_GAP.fullmatch(text, items[runs[-1][-1]][1], start):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def series_time(q: Quantity, s: SentenceParts, own: list[TimeRef]) -> TimeRef | None:
    """ "$700 m, $650 m and $720 m in 2015, 2016 and 2017 (respectively)", "In 2015, 2016 and
    2017 exports were $700 m, $650 m and $720 m": a run of amounts and a run of as many years,
    each amount the year in its place."""
    if not own:
        return None
    amounts, run = _run_of(q, s)
    if len(run) < 2:
        return None
    periods = [r for r in own if r.kind == "period"]
    first, last = amounts[run[0]], amounts[run[-1]]
    for times in _runs([(r.start, r.end) for r in periods], s.text):
        if len(times) == len(run) and _beside(periods[times[0]], periods[times[-1]], first, last, s):
            return periods[times[run.index(amounts.index(q))]]
    for r in periods:
        # "$5 m and $6 m in the first and second quarters of 2022": one time naming as many parts.
        parts = member_times(r, s.text)
        if parts is not None and len(parts) == len(run) and _beside(r, r, first, last, s):
            return parts[run.index(amounts.index(q))]
    # "$50 m, $70 m and $90 m in 2016-2018, respectively": a span after the run gives each its year.
    span = next((r for r in own if r.start >= last.end and _times_after(s, last.end, r.start)), None)
    year = span_run_year(q, s, span) if span is not None else None
    return TimeRef(span.start, span.end, "period", year, "FY") if span is not None and year is not None else None



# The place of the flow between a run and its years: "invested $5 m and $7 m in Mongolia in 2019 and 2020".
_PLACE_BEFORE = re.compile(r"\s(?:in|to|into|from)\s(?:the\s)?")
# The flow's noun between a run and its years: "attracted $1.2 bn and $1.4 bn in foreign direct
# investment in 2021 and 2022", "received $5 m and $7 m of Japanese loans in ...".
_NOUN_BEFORE = re.compile(r"\s(?:of|in)\s(?:[\w'’-]+\s){0,3}")


def _times_after(s: SentenceParts, end: int, start: int) -> bool:
    """Whether text[end:start], between a run of amounts and a run of times, joins them: nothing
    but "in", "respectively" and the like, after the one country the flow goes to or comes from
    ("$5 m and $7 m in Mongolia in 2019 and 2020, respectively": the country is no time's) or
    after the flow's noun ("$1.2 bn and $1.4 bn in foreign direct investment in 2021 and 2022")."""
    if _RUN_TIMES_AFTER.fullmatch(s.text, end, start) is not None:
        return True
    if any(
        end < t.start and t.end <= start and _NOUN_BEFORE.fullmatch(s.text, end, t.start) and _RUN_TIMES_AFTER.fullmatch(s.text, t.end, start)
        for t in s.triggers
    ):
        return True
    place = next((c for c in s.countries if end < c.start and c.end <= start), None)
    return (
        place is not None and _PLACE_BEFORE.fullmatch(s.text, end, place.start) is not None
        and _RUN_TIMES_AFTER.fullmatch(s.text, place.end, start) is not None
    )  # fmt: skip


def _beside(head: TimeRef, tail: TimeRef, first: Quantity, last: Quantity, s: SentenceParts) -> bool:
    """Whether times run right after a run of amounts ("... in 2015 and 2016") or before it with
    no other amount between ("In 2015 and 2016, exports were ...")."""
    after = head.start >= last.end and _times_after(s, last.end, head.start)
    return after or (tail.end <= first.start and not any(tail.end <= x.start < first.start for x in s.quantities))


def _run_of(q: Quantity, s: SentenceParts) -> tuple[list[Quantity], list[int]]:
    """The sentence's amounts of `q`'s kind, and the indices of the run among them that holds `q`."""
    amounts = [x for x in s.quantities if x.kind == q.kind]
    run = next((r for r in _runs([(x.start, x.end) for x in amounts], s.text) if amounts.index(q) in r), [])
    return amounts, run


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_RESPECTIVELY_AFTER = re.compile(r",?\s(?:(?:(?:in|to|from|into)\s\w+,?\s)?respectively)", re.I)


def written_years(when: TimeRef, text: str) -> list[int]:
    """The years a time writes as digits, in order: "2016-2018" is [2016, 2018]."""
    return [int(y) for y in _YEAR_DIGITS.findall(text, when.start, when.end)]


def span_run_year(q: Quantity, s: SentenceParts, when: TimeRef) -> int | None:
    """ "In 2016-2018, trade totaled $1.2 bn, $1.4 bn and $1.5 bn, respectively": a run of as many
    amounts as the span has years, closed by "respectively", each amount the year in its place."""
    if when.kind not in ("span", "period"):
        return None
    # ("2017-2018", two years in a row, is read as one season's time: a run gives each its own.)
    ends = written_years(when, s.text)
    if len(ends) != 2 or ends[0] >= ends[1]:
        return None
    amounts, run = _run_of(q, s)
    last = amounts[run[-1]].end if run else 0
    # "$50 m, $70 m and $90 m in 2016-2018, respectively": the span between the run and its word.
    spanned = when.start >= last and _times_after(s, last, when.start)
    if len(run) != ends[1] - ends[0] + 1 or not _RESPECTIVELY_AFTER.match(s.text, when.end if spanned else last):
        return None
    return ends[0] + run.index(amounts.index(q))
