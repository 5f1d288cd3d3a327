"""The period a story talks about after each sentence: the last period a sentence names for
itself (`current_period`), the one the article goes on with (`next_period`: a bare year not over
does not replace the part of it reported), and which periods are only looks back to compare with
(the same months of an earlier year, a whole earlier year named after a part of a later one)."""

from __future__ import annotations

from datetime import date

from dashboard.contract.schema import Figure
from dashboard.extract.times import TimeRef


def looks_back(named: TimeRef, reporting: TimeRef | None) -> bool:
    """Whether a period just named is the same months of an earlier year as the part of a year
    the article reports ("In January-September 2018, the figure stood at $1.7 bn" in a report on
    January-September 2019): a look back to compare with, after which the article goes on with
    the period it reports. (A whole earlier year is not: a report on January may go on to the
    year before it.)"""
    return (
        reporting is not None and reporting.period not in (None, "FY") and named.kind == "period"
        and named.period == reporting.period and named.year is not None and reporting.year is not None
        and named.year < reporting.year
    )  # fmt: skip


def same_months_back(named: TimeRef, current: TimeRef | None) -> bool:
    """Whether a sentence's own time is the current period's months in an earlier year ("In the
    same period of 2017, the turnover was $350 m", "In the corresponding period of last year,
    ..."): a look back to compare with, after which the article goes on with its period."""
    if named.same_months and current is not None and named.year is None and current.year is None:
        return True  # undated: "the same period last year" is still another year's months than the story's
    return (
        named.same_months and current is not None and named.year is not None and current.year is not None
        and named.year < current.year
    )  # fmt: skip


def reports_on(named: TimeRef, reporting: TimeRef) -> bool:
    """Whether a period just named is the one a statistics report covers: the part of a year it
    covers, the latest named; not a whole year named in passing ("in 2021 trade exceeded
    $3.6 bn"), nor a look back ("in the first seven months of 2018, ...")."""
    return named.period not in (None, "FY") and (named.year or 0) >= (reporting.year or 0)


def current_period(times: tuple[TimeRef, ...], published: date | None) -> TimeRef | None:
    """The last period a sentence names for itself, for the sentences after it."""
    # "since the beginning of this year" carries too: year to date, months unsaid; so does a
    # past "by the end of 2019" (the year it closes) and a span "between 2004 and 2019".
    periods = [
        r
        for r in times
        if not r.base
        # (in an article with no date, "in the first quarter of this year" has no year, but it is
        # still the period the sentences after it go on with)
        and (r.year or (published is None and r.kind == "period" and r.period is not None))
        and (
            r.kind in ("period", "present", "span")
            or (r.kind == "deadline" and published is not None and r.year is not None and r.year < published.year)
        )
    ]
    named: TimeRef | None = None
    for r in periods:  # "January to October this year ..., the results of the year": the months
        if named is not None and (_looks_back_from(r, named) or _now_closes(r, named, published)):
            continue
        named = next_period(named, r, published)
    return named


def _now_closes(named: TimeRef, before: TimeRef, published: date | None) -> bool:
    """Whether a "now" after the last whole year before the article's ("fell by 20 percent in 2015
    and now stands at $450 m", in February 2016) is that year's close: the story stays in it."""
    return (
        named.kind == "present" and before.kind == "period" and before.period == "FY"
        and published is not None and before.year == published.year - 1
    )  # fmt: skip


def _looks_back_from(named: TimeRef, before: TimeRef) -> bool:
    """Whether a whole year named after a part of a later year, in the same sentence, is only a
    look back ("recovered in January-September 2010 after last year's slump"): the sentence
    reports the part, and the story goes on with it."""
    return (
        named.kind == "period" and named.period == "FY" and before.kind == "period" and before.period not in (None, "FY")
        and named.year is not None and before.year is not None and named.year < before.year
    )  # fmt: skip


def next_period(current: TimeRef | None, named: TimeRef | None, published: date | None) -> TimeRef | None:
    """The period the article talks about after a sentence that named `named`.

    A bare year that is not over yet ("Tokyo ranked first in 2021", written in October 2021)
    does not replace the part of that year the article reports ("January-October 2019").
    """
    if named is None:
        return current
    return current if part_of_unfinished(named, current, published) else named


def part_of_unfinished(named: TimeRef, current: TimeRef | None, published: date | None) -> bool:
    """Whether `named` is a bare year not over when the article was written, of which the
    article reports a part (`current`): what is said of it is said of that part."""
    return (
        published is not None and named.year == published.year and named.period == "FY"
        and current is not None and current.year == named.year and current.period not in (None, "FY")
    )  # fmt: skip


def after_base_period(last: Figure | None) -> TimeRef | None:
    """The period a sentence that names only a base reports ("Turnover rose 9% compared to 2011 and
    came to $1.4 bn"): the year after the base, as its figure read it. The sentences after it go on
    with that period ("Imports fell 3% to $410 m") as they would after "in 2012"."""
    if last is None or last.year is None or last.period is None:
        return None
    if not any(e[-1] == "time:after-base" for e in last.evidence):
        return None
    return TimeRef(-1, -1, "period", last.year, last.period)
