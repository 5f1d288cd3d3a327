"""A year that dates one loan, grant or credit line rather than a flow: "financed under a grant
agreement dated 2018", "(credit line signed in 2011)", "Tokyo's 2009 grant of 5 bn yen". The amount
it goes with is that instrument's size, an event of that year with no period; "since the 2012
loan" counts from the loan, and the year is the loan's, not the start of a stock."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # times.py imports time_runs, which imports this module
    from dashboard.extract.times import TimeRef

# One instrument (never "loans", a year's many): `commitments` names the same ones.
INSTRUMENT = r"(?:loan|grant|credit\sline|line\sof\scredit|tranche|package)"
_YEAR = r"(?:19|20)\d\d"
# The instrument, then its date: "its grant agreement dated 2019", "a credit line agreed in 2011".
_DATED_AFTER = re.compile(
    rf"\b{INSTRUMENT}(?:\sagreement|\scontract)?(?!s)\s(?:(?:signed|concluded|agreed)\s)?(?:of|in|from|dated)\s(?:[A-Z][a-z]+\s)?{_YEAR}\b", re.I
)
# The date, then the instrument: "the 2004 loan of", "Japan's 2012 grant".
_DATED_BEFORE = re.compile(rf"\b{_YEAR}\s(?:[\w-]+\s)?{INSTRUMENT}(?:\sagreement)?\b(?!s)", re.I)
_SINCE_THE = re.compile(rf"since\s(?:the|its|their|a)\s{_YEAR}$", re.I)
_INSTRUMENT_NEXT = re.compile(rf"\s(?:[\w-]+\s)?{INSTRUMENT}\b(?!s)", re.I)


def dated_instrument(text: str, start: int, end: int) -> bool:
    """Whether the stretch of text (an amount's clause) dates a single loan or grant."""
    return _DATED_AFTER.search(text, start, end) is not None or _DATED_BEFORE.search(text, start, end) is not None


def since_instrument(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """ "no credit has come since the 2012 loan of $60 m": the year dates the loan, so it is a
    year's time, not the start of a span."""
    out = []
    for r in refs:
        if r.kind == "since" and r.year is not None and _SINCE_THE.fullmatch(sentence, r.start, r.end):
            if _INSTRUMENT_NEXT.match(sentence, r.end):
                r = replace(r, start=r.end - 4, kind="period", period="FY")
        out.append(r)
    return out
