"""Months a figure's period takes from the article after it: a lead's rate "compared to the same
period of last year", or its "this year" before the year was over, both told before the article
says which months it reports on."""

from __future__ import annotations

from dataclasses import replace

from dashboard.contract.periods import month_range
from dashboard.contract.schema import Figure
from dashboard.extract.time_reference import YEAR_UNDER_WAY
from dashboard.extract.times import TimeRef
from dashboard.extract.timing import PENDING_MONTHS


def reporting_months(f: Figure, reporting: TimeRef | None) -> Figure:
    """A lead's figure compared with "the same period" of last year, or told of "this year" before
    it was over, before the article says which months: the months of its reporting period, when
    that is of the figure's year (for "this year", months from January)."""
    to_date = f.rule.endswith(f":{YEAR_UNDER_WAY}")
    if not f.rule.endswith(f":{PENDING_MONTHS}") and not to_date:
        return f
    if reporting is None or reporting.year != f.year or reporting.period in (None, "FY"):
        return f
    if to_date and (month_range(reporting.period) or (0, 0))[0] != 1:
        return f  # a year to date is months from January: not "In March, exports rose"
    rule = f.rule.replace(YEAR_UNDER_WAY if to_date else PENDING_MONTHS, "reporting-period-later")
    evidence = tuple((slot, a, b, f"time:{rule.rsplit(':', 1)[1]}" if slot == "period" else r) for slot, a, b, r in f.evidence)
    return replace(f, period=reporting.period, rule=rule, evidence=evidence)
