"""Period codes (FY, Q1, H2, M1-M10, M7, cumulative): their dates and their human labels.

Pure functions shared by the pipeline (period_start / period_end columns) and the charts
(labels such as "Jan-Oct 2021").
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date

_MONTHS = re.compile(r"^M(\d{1,2})(?:-M(\d{1,2}))?$")
_MONTH_ABBR = [calendar.month_abbr[m] for m in range(13)]


def month_range(period: str | None) -> tuple[int, int] | None:
    """First and last month a period covers within its year; None for cumulative or unknown.

    >>> month_range("FY"), month_range("Q3"), month_range("H1"), month_range("M1-M10")
    ((1, 12), (7, 9), (1, 6), (1, 10))
    >>> month_range("M7"), month_range("cumulative"), month_range(None)
    ((7, 7), None, None)
    """
    if period == "FY":
        return 1, 12
    if period in ("Q1", "Q2", "Q3", "Q4"):
        q = int(period[1])
        return 3 * q - 2, 3 * q
    if period in ("H1", "H2"):
        return (1, 6) if period == "H1" else (7, 12)
    m = _MONTHS.match(period or "")
    if m:
        first = int(m.group(1))
        last = int(m.group(2) or first)
        if 1 <= first <= last <= 12:
            return first, last
    return None


def is_full_year(period: str | None) -> bool:
    """True only for a period covering January to December.

    >>> is_full_year("FY"), is_full_year("M1-M12"), is_full_year("M1-M10"), is_full_year(None)
    (True, True, False, False)
    """
    return month_range(period) == (1, 12)


@functools.lru_cache(maxsize=4096)  # a build asks for a few hundred distinct ones, per figure
def period_bounds(
    year: int | None, period: str | None, as_of: date | None = None
) -> tuple[date | None, date | None]:
    """First and last day of the period; a cumulative stock ends on its as-of date.

    >>> period_bounds(2021, "M1-M10")
    (datetime.date(2021, 1, 1), datetime.date(2021, 10, 31))
    >>> period_bounds(2025, "cumulative", date(2025, 4, 16))
    (None, datetime.date(2025, 4, 16))
    >>> period_bounds(2006, "cumulative")
    (None, datetime.date(2006, 12, 31))
    >>> period_bounds(None, "FY")
    (None, None)
    """
    if year is None:
        return None, None
    if period == "cumulative":
        if as_of is not None and as_of.year == year:
            return None, as_of
        return None, date(year, 12, 31)
    months = month_range(period)
    if months is None:
        return None, None
    first, last = months
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def period_label(year: int | None, period: str | None) -> str:
    """How a person reads the period: "2024", "Q1 2025", "Jan-Oct 2021", "to date".

    >>> [period_label(2024, p) for p in ("FY", "Q1", "H2", "M1-M10", "M7", "M1-M12")]
    ['2024', 'Q1 2024', 'H2 2024', 'Jan-Oct 2024', 'Jul 2024', '2024']
    >>> period_label(2025, "cumulative"), period_label(None, None), period_label(2006, None)
    ('total to 2025', 'date unknown', '2006')
    """
    if year is None:
        return "date unknown"
    if period == "cumulative":
        return f"total to {year}"
    if period is None or is_full_year(period):
        return str(year)
    if period in ("Q1", "Q2", "Q3", "Q4", "H1", "H2"):
        return f"{period} {year}"
    months = month_range(period)
    if months is None:
        return f"{period} {year}"
    first, last = months
    if first == last:
        return f"{_MONTH_ABBR[first]} {year}"
    return f"{_MONTH_ABBR[first]}-{_MONTH_ABBR[last]} {year}"
