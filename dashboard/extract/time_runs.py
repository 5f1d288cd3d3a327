"""A sentence's times read with their neighbours: a year that only dates the period after it
("this year's first two months"), the times of another event (`other_event_times`), a run of
years after "the same period of", a period with no year after one with its year."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dashboard.extract.dated_instruments import since_instrument
from dashboard.extract.other_event_times import drop_other_event_times

if TYPE_CHECKING:  # times.py imports this module to finish its list
    from dashboard.extract.times import TimeRef


def neighbours_read(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """The times of a sentence (in order, none overlapping) as their neighbours make them."""
    if "s " in sentence:
        refs = _drop_possessive_years(sentence, refs)
    if refs:
        refs = drop_other_event_times(sentence, refs)
    if "since" in sentence:
        refs = since_instrument(sentence, refs)
    if any(r.same_months for r in refs):
        refs = _same_months_runs(sentence, refs)
    if len(refs) > 1 and any(r.base for r in refs):
        refs = _base_runs(sentence, refs)
    if len(refs) > 1:
        refs = _part_runs(sentence, _years_lent(sentence, _years_lent_back(sentence, _year_back_in_run(sentence, refs))))
    return refs


# A time that writes its year: "2018", "this year", "1H17"; "the second quarter" and "nine-month"
# write none, and were given the latest such period before the article's date.
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d|year|\d[HQM]\d\d", re.I)
_ATTRIBUTIVE = re.compile(r"-(?:month|half|quarter)$", re.I)
_PART_OF = re.compile(r"\b(?:with|of\s(?:which|them|this|it)|including|includ(?:es|ed))\b(?!.*\b(?:but|while|whereas|however)\b)", re.I)


def _year_written(sentence: str, r: TimeRef) -> bool:
    return _YEAR_WRITTEN.search(sentence, r.start, r.end) is not None


def _years_lent(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """ "$45 m in the first quarter of 2023 and $30 m in the second quarter", "In 2018, ..., with
    $80 m in the fourth quarter": a part of a year with no year of its own after one with its
    year is of that year; "nine-month exports ... in 2018", "first-half trade ... in 2019": a
    period said as an adjective takes the year the sentence writes, which is no whole year of
    its own."""
    def part(r: TimeRef) -> bool:
        return r.kind == "period" and r.period not in (None, "FY") and not r.base

    out: list[TimeRef] = []
    for r in refs:
        head = out[-1] if out else None
        if (
            head is not None and part(r) and head.kind == "period" and not head.base and _year_written(sentence, head)
            and not _year_written(sentence, r) and (head.period != "FY" or _PART_OF.search(sentence, head.end, r.start))
        ):  # fmt: skip
            # A whole year lends its year only to a part told as its part: "In 2021 it was $4.8 bn,
            # and in January it made up $420 m" goes on to the next January.
            r = replace(r, year=head.year)
        out.append(r)
    adjectives = [r for r in out if part(r) and _ATTRIBUTIVE.search(sentence, r.start, r.end) and not _year_written(sentence, r)]
    if len(adjectives) != 1:
        return out
    adjective = adjectives[0]
    # The year written after it ("first-quarter exports reached $1.1 bn in 2018"), else the one
    # right before it ("In 2023, second-half investment ...").
    years = [r for r in out if r.kind == "period" and not r.base and sentence[r.start : r.end].isdigit()]
    year = next((r for r in years if r.start > adjective.end), None) or next((r for r in reversed(years) if r.end < adjective.start), None)
    if year is None or any(min(adjective.end, year.end) <= r.start < max(adjective.start, year.start) for r in out):
        return out
    return [replace(r, year=year.year) if r is adjective else r for r in out if r is not year]


# Between two parts of a year that share the year written after the second: "January-March and
# January-June 2022", "the first quarter and the first half of 2022".
_SHARED_YEAR_GAP = re.compile(r"\s?(?:,\s?(?:and\s)?|(?:and|or)\s)(?:in\s)?")


def _years_lent_back(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """ "in January-March and January-June 2022, respectively": a part of a year with no year of
    its own, coordinated with a part that writes its year, is of that year (not the latest one
    ended by the article's date)."""
    out = list(refs)
    for i in range(len(out) - 2, -1, -1):
        r, after = out[i], out[i + 1]
        if (
            r.kind == after.kind == "period" and not r.base and not after.base and r.period not in (None, "FY", "cumulative")
            and after.period not in (None, "FY", "cumulative") and not _year_written(sentence, r)
            and _year_written(sentence, after) and _SHARED_YEAR_GAP.fullmatch(sentence, r.end, after.start)
        ):  # fmt: skip
            out[i] = replace(r, year=after.year)
    return out


def _year_back_in_run(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """ "$5 m and $4 m last year and the year before, respectively", "in 2022 and a year earlier": a
    year back coordinated with a time is that time's period a year before it."""
    out = list(refs)
    for i in range(1, len(out)):
        head, r = out[i - 1], out[i]
        if (
            r.kind == "before" and not r.base and head.kind == "period" and not head.base and head.year is not None
            and head.period is not None and _SHARED_YEAR_GAP.fullmatch(sentence, head.end, r.start)
        ):  # fmt: skip
            out[i] = replace(r, kind="period", year=head.year - 1, period=head.period)
    return out


_YEAR_RUN_GAP = re.compile(r"\s?(?:,\s?(?:and\s)?|and\s)")


def _same_months_runs(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """ "similar periods of 2015 and 2016": each year of the run names those months, not the
    whole year, and is a base when the first is."""
    out: list[TimeRef] = []
    for r in refs:
        head = out[-1] if out else None
        if (
            head is not None and head.same_months and r.kind == "period" and r.period == "FY" and not r.same_months
            and _YEAR_RUN_GAP.fullmatch(sentence, head.end, r.start) and sentence[r.start : r.end].isdigit()
        ):  # fmt: skip
            r = replace(r, same_months=True, base=head.base)
        out.append(r)
    return out


def _part_runs(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """ "in January-March 2022 and 2023", "in the first half of 2021, 2022 and 2023": a part of a
    year said once over a run of years is that part of each year of the run, not the whole of the
    later ones (read with "respectively" or as a figure and its base)."""
    out: list[TimeRef] = []
    for r in refs:
        head = out[-1] if out else None
        if (
            head is not None and head.kind == "period" and head.period not in (None, "FY", "cumulative") and r.kind == "period"
            and r.period == "FY" and sentence[r.start : r.end].isdigit() and sentence[head.end - 4 : head.end].isdigit()
            and _YEAR_RUN_GAP.fullmatch(sentence, head.end, r.start)
        ):  # fmt: skip
            r = replace(r, period=head.period, base=head.base)
        out.append(r)
    return out


# What stands between a base's time and the next base of its list: ", $1.19 billion in", " and
# about $1.05 bn (AZN 1.8 bn) in".
_BASE_RUN_GAP = re.compile(
    r"\s?(?:,\s?(?:and\s|or\s)?|\s(?:and|or)\s)(?:the\s)?(?:(?:about|some|around|nearly|almost|over|more\sthan)\s)?"
    r"(?:[$€£¥]|US\$|USD\s)?\s?\d[\d.,]*\s?(?:[A-Za-z$.]+\s){0,3}(?:\([^()]{0,30}\)\s)?(?:in|for|during)\s(?:the\s)?",
    re.I,
)


def _base_runs(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """ "$1.42 bn, compared to $1.34 bn in 2013 and $1.19 bn in 2012": each amount of a list the
    comparison word opens is a base, and so is its time; the later years date neither the
    figure nor what the story says next."""
    out: list[TimeRef] = []
    for r in refs:
        head = out[-1] if out else None
        if (
            head is not None and head.base and not r.base and r.kind in ("period", "before")
            and _BASE_RUN_GAP.fullmatch(sentence, head.end, r.start)
        ):  # fmt: skip
            r = replace(r, base=True)
        out.append(r)
    return out


_POSSESSIVE_GAP = re.compile(r"['’]s\s(?:the\s)?$")


def _drop_possessive_years(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """ "this year's first two months", "2023's first quarter": the year only dates the period
    after it, and is no time of its own."""
    keep: list[TimeRef] = []
    owner: TimeRef | None = None
    for i, r in enumerate(refs):
        if owner is not None:
            r, owner = replace(r, year=owner.year), None
        after = refs[i + 1] if i + 1 < len(refs) else None
        if (
            after is not None and r.period == "FY" and after.kind == "period" and after.period not in (None, "FY")
            and after.start - r.end <= 4 and _POSSESSIVE_GAP.search(sentence, r.end, after.start)
        ):  # fmt: skip
            owner = r
            continue
        keep.append(r)
    return keep
