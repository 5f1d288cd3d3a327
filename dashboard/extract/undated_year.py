"""The year of an undated article: from a relative year compared with a written one ("Last
year ... up 28.3% against 2006"), else the latest year it writes, unless it says that year is
over."""

from __future__ import annotations

import re

from dashboard.extract.gates import first_char_checked_compiled, longest_match

_RELATIVE_YEAR = first_char_checked_compiled(
    r"\b(?P<rel>this|the\scurrent|current|last|the\sprevious|the\spast|previous)\syear\b", re.I
)
_BASE_YEAR = re.compile(
    r"\b(?:than|against|compared\s(?:to|with)|versus|over|from)\s(?:in\s)?(?:the\s)?(?:(?:same|given|corresponding|comparable|similar)\s(?:periods?\s)?(?:(?:of|in)\s)?)?(?P<y>(?:19|20)\d\d)\b(?!\s(?:through|to|till|until)\b)"
    r"|\bof\s(?:the\s)?(?P<level>(?:19|20)\d\d)\s(?:level|figure|volume)"  # "96 percent of the 2016 level"
    r"|\b(?:from|than|against|compared\s(?:to|with))\s[$€£¥]?\s?[\d.,]+\s?(?:[A-Za-z$]+\s){0,3}?(?:\([^)]{0,30}\)\s)?in\s(?P<amount>(?:19|20)\d\d)\b",  # "from $123 m in 2017"
    re.I,
)
_WRITTEN_YEAR = re.compile(r"(?<![\d$€£.,/-])(?P<y>(?:19|20)\d\d)(?![\d%])")
# A year the text looks ahead to is no evidence of when it was written: "by 2030", "until 2025".
_AHEAD = re.compile(r"\b(?:by|until|till|through|to|before)\s(?:the\s(?:end|beginning)\sof\s)?(?:the\syear\s)?$", re.I)


def _ahead(text: str, year_at: int) -> bool:
    """Whether the words just before a year look ahead to it. A match ends where the year
    starts, so it starts at most its longest match before: the search looks there, not along
    all the text before each year of a long sentence."""
    return _AHEAD.search(text, max(0, year_at - _AHEAD_REACH), year_at) is not None


_AHEAD_REACH = longest_match(_AHEAD) or 0


_SAME_PERIODS_OF = re.compile(
    r"\b(?:same|similar|corresponding|comparable)\s(?:periods?|months?)\s(?:of|in)\s(?:(?:19|20)\d\d(?:,\s|\sand\s))*(?:19|20)\d\d\b",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_LAST_YEAR = re.compile(r"(?<!period\s)(?<!months\s)\blast\syear\b", re.I)  # not "the same period last year"
# A year named as a whole, not the year of some months: "in 2015", "for 2013" (not "of 2015",
# "January-May 2015", "by 2015").
_WHOLE_YEAR = re.compile(r"\b(?:in|for|during|throughout)\s(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", re.I)
_PART_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s$|\b(?:months?|half|quarter|period)\s$", re.I
)


def infer_year(sentences: list[str]) -> int | None:
    """An undated article's year, from what its own words say of its years.

    A relative year beside a written one says it most directly: "Last year, trade hit $677 m, up
    28% against 2006" was written in 2008 (the written year a comparison's base); "exports in
    2014 were $979 m and imports last year $4.3 bn" in 2015 (the written year the relative one).
    Else the latest year the text writes, not looked ahead to, is its own, unless the text says
    that year is past: it compares with "the same periods of" it, or names it as a whole year
    ("grew 12% in 2019") while it speaks of "last year" (that year, written the year after).

    >>> infer_year(["Exports in January-November of this year were 2% more than in 2013."])
    2014
    >>> infer_year(["Last year, trade hit $677 million, up 28.3% against 2006."])
    2008
    >>> infer_year(["Exports in 2014 were $979 m, and imports last year came to $4.3 billion."])
    2015
    >>> infer_year(["Trade rose 5% in the first half of 2019.", "It aims at $1 billion by 2025."])
    2019
    >>> infer_year(["Trade grew 12% to $210 m in 2019.", "Exports made up $140 m last year."])
    2020
    >>> infer_year(["Exports fell 8% in the first half of this year.", "They rose in the same periods of 2021 and 2022."])
    2023
    """
    for text in sentences:
        rel = _RELATIVE_YEAR.search(text)
        if rel is None:
            continue
        past = rel.group("rel").lower() in ("last", "the previous", "the past", "previous")
        base = _BASE_YEAR.search(text)
        if base:
            year = int(base.group("y") or base.group("level") or base.group("amount")) + 1
            return year + 1 if past else year
        written = [int(m.group("y")) for m in _WRITTEN_YEAR.finditer(text) if not _ahead(text, m.start())]
        if past and written:
            return max(written) + 1
    written = [
        int(m.group("y")) for text in sentences for m in _WRITTEN_YEAR.finditer(text) if not _ahead(text, m.start())
    ]
    if not written:
        return None
    latest = max(written)
    # "the same periods of 2012 and 2013": the article's own period comes after each of them.
    bases = [int(y) for text in sentences for m in _SAME_PERIODS_OF.finditer(text) for y in _YEAR.findall(m.group(0))]
    if bases and max(bases) >= latest:
        return max(bases) + 1
    # "Trade fell 30% in 2015. ... a drop last year": a past year as a whole, beside "last year",
    # is that last year; the article was written the year after it.
    if any(_LAST_YEAR.search(text) for text in sentences) and any(
        int(m.group("y")) == latest
        for text in sentences
        for m in _WHOLE_YEAR.finditer(text)
        if not _PART_BEFORE.search(text, 0, m.start())
    ):
        return latest + 1
    return latest


# The year of a thing of that year, "its 2020 budget", "the 2021 harvest": not "in 2020" (a year
# told, maybe past), not "the 2018 figure" (a base), not "the Action Programme 2014" (a name),
# not "from 2017 through this year" (a span's start).
_OWN_NOUN_AFTER = re.compile(r"\s(?!level|figure|volume|result|indicator)[a-z]{3,}")
_DETERMINER_BEFORE = re.compile(r"\b(?:its|the|their|our|his|her)\s$", re.I)
_THIS_YEAR = re.compile(r"\b(?:this|the\scurrent|current)\syear\b", re.I)


def stated_year(sentences: list[str]) -> int | None:
    """The year an undated article states as its own: the one year of a thing a sentence names
    beside "this year" ("amended its 2020 budget ... projected to total 170 bn drams this year"),
    in a sentence with no comparison's base; None when none does, or they disagree.

    >>> stated_year(["The government amended its 2020 budget; revenue is projected to fall this year."])
    2020
    >>> stated_year(["Exports this year rose 5% against 2019."]) is None
    True
    >>> stated_year(["Output will grow 5% this year after it fell in 2020."]) is None
    True
    >>> stated_year(["The economy grew from 2017 through the first quarter of this year."]) is None
    True
    >>> stated_year(["Funds of the Action Programme 2014 will be allocated later this year."]) is None
    True
    """
    found: set[int] = set()
    for text in sentences:
        if _THIS_YEAR.search(text) is None or _BASE_YEAR.search(text):
            continue
        written = {
            int(m.group("y")) for m in _WRITTEN_YEAR.finditer(text)
            if _OWN_NOUN_AFTER.match(text, m.end()) and _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())
        }  # fmt: skip
        if len(written) == 1:
            found |= written
    return found.pop() if len(found) == 1 else None
