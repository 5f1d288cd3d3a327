"""The year of an undated article: the earliest it can be by what its words say of its years (a
relative year compared with a written one, "Last year ... up 28.3% against 2006"; a written year
told before a comparison with last year's; the latest year it writes, or the year after when it
says that year is over; the year after, when it tells months of that year that end no earlier
than its dateline's month), reading no year it looks ahead to or starts a stock from as its present."""

from __future__ import annotations

import re
from collections.abc import Callable

from dashboard.extract.pattern_shape import first_char_checked_compiled, longest_match
from dashboard.extract.time_resolution import month_span
from dashboard.extract.times import find_times

_RELATIVE_YEAR = first_char_checked_compiled(
    r"\b(?P<rel>this|the\scurrent|current|last|the\sprevious|the\spast|previous)\syear\b", re.I
)
# A base named as the figure or level of its year: "8 percent above the level of 2015".
_FIGURE_OF = r"(?:figures?|level|indicator|volume|result)s?\s(?:of|for|in)\s(?:the\s)?"
_BASE_YEAR = re.compile(
    r"\b(?:than|against|compared\s(?:to|with)|versus|over|from|above|below)\s(?:in\s)?(?:the\s)?(?:(?:same|given|corresponding|comparable|similar)\s(?:periods?\s)?(?:(?:of|in)\s)?"
    r"|" + _FIGURE_OF + r")?(?P<y>(?:19|20)\d\d)\b(?!\s(?:through|to|till|until)\b)"
    r"|\bof\s(?:the\s)?(?P<level>(?:19|20)\d\d)\s(?:level|figure|volume)"  # "88 percent of the 2019 level"
    r"|\b(?:from|than|against|compared\s(?:to|with))\s[$€£¥]?\s?[\d.,]+\s?(?:[A-Za-z$]+\s){0,3}?(?:\([^)]{0,30}\)\s)?in\s(?P<amount>(?:19|20)\d\d)\b",  # "from $123 m in 2017"
    re.I,
)
# (not a decade: "In the 1990s, trade barely existed" dates no article)
_WRITTEN_YEAR = first_char_checked_compiled(r"(?<![\d$€£.,/-])(?P<y>(?:19|20)\d\d)(?![\d%]|['’]?s\b)")
# The words just before a year that say it is not the present: a year looked ahead to, "by 2030",
# "until October 31, 2026" (group `ahead`: a year that is not over either), one a run of years
# goes through, "from 2018 through 2023", or the year a stock or a run started, "since 1992".
_NOT_NOW = re.compile(
    r"\b(?:(?P<ahead>by|until|till|before)\s(?:the\s(?:end|beginning)\sof\s)?(?:the\syear\s)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s(?:\d\d?,?\s)?)?"
    r"|(?:through|(?<!compared\s)(?<!equal\s)to)\s(?:the\s(?:end|beginning)\sof\s)?(?:the\syear\s)?|since\s)$",
    re.I,
)


def _not_now(text: str, year_at: int) -> re.Match[str] | None:
    """The words just before a year that say it is not the present, if they do. A match ends
    where the year starts, so it starts at most its longest match before: the search looks
    there, not along all the text before each year of a long sentence."""
    return _NOT_NOW.search(text, max(0, year_at - _NOT_NOW_REACH), year_at)


_NOT_NOW_REACH = longest_match(_NOT_NOW) or 0
# A sentence that looks ahead names years that are no evidence either: those after its words of
# the future ("the bank expects inflows to reach $20 bn in 2008", "talks are scheduled for 2026")
# and the time of what it looks ahead to ("in 2024 Azerbaijan plans to supply ...", "when the
# pipeline opens in 2020, gas will flow"); a thing it names by its year still is ("officials
# expect the 2023 harvest to be weak").
_FUTURE = first_char_checked_compiled(
    r"\b(?:will|would|shall|could|might|(?-i:may)|(?<!than\s)expect(?:s|ed)?|plans?|planned|planning|aims?|aiming|intends?|scheduled"
    r"|wants?\sto|seeks?\sto|hopes?\sto|(?:goal|target)s?\sof"
    r"|forecasts?|projected|envisages?|(?:on\s(?:course|track)|set)\sto)\b",
    re.I,
)
_TIME_OF = re.compile(r"\b(?:in|for|during|from)\s(?P<y>(?:19|20)\d\d)\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:its|the|their|our|his|her)\s$", re.I)


def _written_years(text: str, end: int | None = None) -> list[int]:
    """The years a sentence writes (before `end`) that may be its own: not looked ahead to,
    not a start."""
    future = _FUTURE.search(text)
    ahead_from = future.start() if future else len(text)
    told_ahead = {m.start("y") for m in _TIME_OF.finditer(text)} if future else set()
    return [
        int(m.group("y"))
        for m in _WRITTEN_YEAR.finditer(text, 0, len(text) if end is None else end)
        if m.start() not in told_ahead and not _not_now(text, m.start())
        and (m.start() < ahead_from or _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()))
    ]  # fmt: skip


# A relative year a comparison is made with: "than in the same period of last year", "from the
# previous year", "on the corresponding months of last year".
_BASE_BEFORE = re.compile(
    r"\b(?:(?:same|corresponding|comparable|similar|given)\s(?:periods?|months?|quarter|time|indicator|figure|level)\s(?:of\s|in\s)?"
    r"|(?:than|from|against|compared\s(?:to|with)|over|on|versus)\s(?:in\s)?)(?:the\s)?$",
    re.I,
)
_BASE_BEFORE_REACH = longest_match(_BASE_BEFORE) or 0
# A year a comparison is made with, the article's own period being later: "the same periods of
# 2012 and 2013", "41 percent higher than in January-March 2022", "compared with the first half
# of 2022".
_BASE_OF = first_char_checked_compiled(
    r"\b(?:(?:same|similar|corresponding|comparable)\s(?:periods?|months?)\s(?:of|in)\s"
    r"|(?:than|against|compared\s(?:to|with)|versus)\s(?:in\s)?(?:the\s)?(?:" + _FIGURE_OF + r")?"
    r"(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}(?:[-–](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})?"
    r"|first\s(?:[a-z0-9]+\s)?(?:months?|quarter|half))\s(?:of\s)?)?)"
    r"(?:(?:19|20)\d\d(?:,\s|\sand\s))*(?:19|20)\d\d\b(?![-–]\d)",
    re.I,
)
# All twelve months of a year are the year as a whole: "January-December 2017", "from January to
# December 2020", "Jan-Dec 2019".
_ALL_MONTHS = r"(?:from\s)?jan(?:uary)?\.?\s?(?:[-–]|to|through)\s?dec(?:ember)?\.?\s(?:of\s)?"
_LAST_YEAR = re.compile(r"(?<!period\s)(?<!months\s)\blast\syear\b", re.I)  # not "the same period last year"
# A year named as a whole, not the year of some months: "in 2015", "for 2013", "as of the end of
# 2015", "on the results of 2015" (not "of 2015", "January-May 2015", "by 2015").
_WHOLE_YEAR = first_char_checked_compiled(
    r"\b(?:(?:in|for|during|throughout|(?:as\sof|at)\sthe\send\sof|(?:the\s)?results\sof|the\swhole\sof)\s|"
    + _ALL_MONTHS
    + r")(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)",
    re.I,
)
# A year's plan, not the year told: "adopted a roadmap for 2016", "the budget for 2020".
_PLAN_FOR = re.compile(r"\b(?:road\s?map|plan|programme|program|budget|forecast|target|agenda|schedule|strategy|calendar)s?\sfor\s$", re.I)
_PLAN_FOR_REACH = longest_match(_PLAN_FOR) or 0


def _planned(text: str, year_at: int) -> bool:
    return _PLAN_FOR.search(text, max(0, year_at - _PLAN_FOR_REACH), year_at) is not None


# The words before a year (or before "in 2015") that make it the year of some months:
# "January-May 2015", "the first half of 2015", "from January to June in 2015".
_PART_BEFORE = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|\b(?:months?|half|quarter|period))\s(?:of\s(?:the\s)?)?$",
    re.I,
)
_PART_BEFORE_REACH = longest_match(_PART_BEFORE) or 0


def _part_before(text: str, at: int) -> bool:
    return (
        _PART_BEFORE.search(text, max(0, at - _PART_BEFORE_REACH), at) is not None
        and _WHOLE_MONTHS_BEFORE.search(text, max(0, at - _WHOLE_MONTHS_REACH), at) is None
    )


_WHOLE_MONTHS_BEFORE = re.compile(_ALL_MONTHS + "$", re.I)
_WHOLE_MONTHS_REACH = longest_match(_WHOLE_MONTHS_BEFORE) or 0


def _years_told(sentences: list[str]) -> tuple[set[int], set[int], set[int], set[int]]:
    """The years the sentences report as a whole ("grew 12% in 2019", in a sentence that does
    not look ahead), those they report a part of as their own ("in January-May 2019", "the
    first half of 2019"), those they compare with ("than in January-March 2019"), and those they
    look ahead to ("by 2019")."""
    wholes: set[int] = set()
    parts: set[int] = set()
    bases: set[int] = set()
    ahead: set[int] = set()
    for text in sentences:
        base_spans = [m.span() for m in _BASE_OF.finditer(text)]
        for m in _WRITTEN_YEAR.finditer(text):
            year = int(m.group("y"))
            if any(start <= m.start() < end for start, end in base_spans):
                bases.add(year)
            elif _part_before(text, m.start()):
                parts.add(year)
            elif (not_now := _not_now(text, m.start())) and not_now.group("ahead"):
                ahead.add(year)
        if _FUTURE.search(text) is None:
            wholes.update(int(m.group("y")) for m in _WHOLE_YEAR.finditer(text) if not _part_before(text, m.start()) and not _planned(text, m.start("y")))
    return wholes, parts, bases, ahead


def infer_year(sentences: list[str], dateline_month: int | None = None, flowless: Callable[[str], bool] = lambda s: False) -> int | None:
    """An undated article's year, from what its own words say of its years.

    A relative year beside a written one says it most directly: "Last year, trade hit $538 m, up
    20% against 2009" was written in 2011 (the written year a comparison's base); "exports in
    2014 were $979 m and imports last year $4.3 bn" in 2015 (the written year the relative one);
    "in January-May 2019, up 8% on the same period of last year" in 2019 (the year told before a
    comparison with last year's), "in January-September 2010 after last year's slump" in 2010 (a
    year's months told beside "last year"). The latest year the text writes is its own, unless the text
    says that year is past: it compares with it ("the same periods of 2022", "than in
    January-March 2022") and tells no months of it as its own, or reports it as a whole
    ("grew 12% in 2019") and neither looks ahead to it nor reports a part of it without speaking
    of "last year". Each says the earliest the article can be; the later is its year. No year is
    evidence that the text looks ahead to ("by 2030"), starts a stock from ("since 1992"), or
    names in a sentence that looks ahead after its words of the future or as the time of what it
    looks ahead to.

    >>> infer_year(["Exports in January-November of this year were 2% more than in 2013."])
    2014
    >>> infer_year(["Last year, trade hit $538 million, up 19.6% against 2009."])
    2011
    >>> infer_year(["Exports in 2014 were $979 m, and imports last year came to $4.3 billion."])
    2015
    >>> infer_year(["Trade rose 5% in the first half of 2019.", "It aims at $1 billion by 2025."])
    2019
    >>> infer_year(["Trade grew 12% to $210 m in 2019.", "Exports made up $140 m last year."])
    2020
    >>> infer_year(["Exports fell 8% in the first half of this year.", "They rose in the same periods of 2021 and 2022."])
    2023

    A stock's start, a year looked ahead to, a sentence that looks ahead:

    >>> infer_year(["Japan has lent Armenia $1 billion since 1993.", "Trade rose 4% in January-March 2016."])
    2016
    >>> infer_year(["The programme runs until October 31, 2026.", "Trade rose 4% in January-March 2024."])
    2024
    >>> infer_year(["Trade rose 4% in January-March 2019.", "In 2020 Baku plans to open a trade house in Rome."])
    2019
    >>> infer_year(["The Development Programme 2016 will be carried out later this year."])
    2016

    A comparison with last year's, or with the year before the one told:

    >>> infer_year(["In January-May 2019 exports grew 8% on the same period of last year."])
    2019
    >>> infer_year(["Imports rose 24% on the same period last year ($2 billion in January-April 2022).", "Exports in January-April 2023 fell."])
    2023
    >>> infer_year(["In January-June 2012 trade was 20% above the same indicator of the previous year."])
    2012

    Months compared with those of a written year are later; months told beside "last year"
    are this year's:

    >>> infer_year(["In the first quarter of this year trade was 41% higher than in January-March 2022."])
    2023
    >>> infer_year(["Trade recovered in January-September 2010 after last year's slump."])
    2010

    A year reported as a whole is over; one looked ahead to, or reported in part, is not:

    >>> infer_year(["Trade between the two countries hit $3.5 billion in 2010, the ambassador said."])
    2011
    >>> infer_year(["The stock of investment stood at $600 million as of the end of 2022."])
    2023
    >>> infer_year(["Trade grew 15% in 2019.", "It should reach $2 billion by the end of 2019."])
    2019
    >>> infer_year(["Trade grew 20% in 2020.", "In January-October 2020 it was $1 billion."])
    2020

    Months told as past end by the dateline's month (`dateline_month`, "Baku, March 13"):

    >>> infer_year(["Trade fell 4% in January-November 2009."], dateline_month=1)
    2010
    >>> infer_year(["Trade fell 4% in January-February 2009."], dateline_month=3)
    2009

    All twelve months told are the year as a whole; a year's plan is no year told; a year after
    words of what may be or is wished for is looked ahead to; a base may be named as the figure
    or level of its year:

    >>> infer_year(["From January to December 2016, exports came to $1.6 billion."])
    2017
    >>> infer_year(["The ministers adopted a roadmap for 2016.", "In 2015, exports climbed 9 percent."])
    2016
    >>> infer_year(["Exports could top $700 million in 2021.", "In 2020, imports fell 6 percent."])
    2021
    >>> infer_year(["Last year, imports were $318 million, 8 percent above the level of 2015."])
    2017

    A sentence with no number but its years and no word of a flow tells an event (`flowless`
    says which sentences hold no flow): its year says only how early the article can be.

    >>> no_flow = lambda s: "trade" not in s
    >>> infer_year(["The two countries established relations in 1992.", "Trade grew in January-March this year."], flowless=no_flow) is None
    True
    >>> infer_year(["Trade grew 12 percent in 2019.", "The presidents met in 2021."], flowless=no_flow)
    2021

    The later of two: "from $622 m in 2014 to $805 m last year" says 2016 at the earliest.

    >>> infer_year(["Exports rose from $622 million in 2014 to $805 million last year.", "Trade reached $3 billion in 2019."])
    2020
    """
    # "The two countries established diplomatic relations in 1992": a sentence with no number
    # but years and no word of a flow tells an event, which says the article is no earlier than
    # its year, and not that the article's year is the one after it.
    events: list[str] = []
    told: list[str] = []
    for text in sentences:
        (events if _event_told(text, flowless) else told).append(text)
    beside_relative, from_written = _beside_relative(told), _from_written(told)
    # Each says the earliest the article can be: "last year ... up 28% against 2006" may be
    # told years after 2007 ("from $622 m in 2014 to $805 m last year"), a year reported may
    # be the one before the article's.
    year = max(beside_relative, from_written) if beside_relative and from_written else beside_relative or from_written
    if year is None:
        return None
    year = max([year, *(y for text in events for y in _written_years(text))])
    if dateline_month and _months_told_through(sentences, year, dateline_month):
        return year + 1
    return year


def _event_told(text: str, flowless: Callable[[str], bool]) -> bool:
    return (
        _WRITTEN_YEAR.search(text) is not None and not any(c.isdigit() for c in _WRITTEN_YEAR.sub("", text))
        and _CHANGED.search(text) is None and _BASE_OF.search(text) is None and _RELATIVE_YEAR.search(text) is None
        and _FUTURE.search(text) is None and not any(_not_now(text, m.start()) or _planned(text, m.start()) for m in _WRITTEN_YEAR.finditer(text))
        and flowless(text)
    )  # fmt: skip


# "They had risen in the same periods of 2021 and 2022": a change told, of the story's flow
# named before, is no event; nor is a sentence that compares, speaks of this or last year, looks
# ahead ("hope to keep that pace until the end of 2018") or starts a run ("since 2010").
_CHANGED = re.compile(r"\b(?:r[io]s(?:e|en|es|ing)|gr[eo]w(?:n|s|ing)?|f[ae]ll(?:en|s|ing)?|(?:in|de)creas|declin|dropp?)", re.I)


def _months_told_through(sentences: list[str], year: int, month: int) -> bool:
    """Whether the text tells months of `year` as its own, not looked ahead to, that end in or
    after `month`, its dateline's ("DUSHANBE, Feb 17 - ... in the first nine months of 2015"):
    their data come out after they end, so that year is the one before the article's."""
    written = str(year)
    return any(
        t.kind == "period" and not t.base and t.year == year and t.period != "FY"
        and (span := month_span(t.period)) is not None and span[1] >= month
        for text in sentences
        if written in text and _FUTURE.search(text) is None
        for t in find_times(text, None)
    )  # fmt: skip


def _beside_relative(sentences: list[str]) -> int | None:
    """The year a relative year says beside a written one, in the first sentence that has both."""
    for text in sentences:
        rels = list(_RELATIVE_YEAR.finditer(text))
        told = [m for m in rels if not _BASE_BEFORE.search(text, max(0, m.start() - _BASE_BEFORE_REACH), m.start())]
        if not told:
            # "In January-May 2019 exports grew 8% on the same period of last year": the year
            # told before a comparison with last year's is this one ("the previous year" is the
            # one before the year told, whenever that was).
            last = next((m for m in rels if m.group("rel").lower() == "last"), None)
            written = _written_years(text, last.start()) if last else []
            if written:
                return max(written)
            continue
        rel = told[0]
        past = rel.group("rel").lower() in ("last", "the previous", "the past", "previous")
        base = _BASE_YEAR.search(text)
        if base:
            year = int(base.group("y") or base.group("level") or base.group("amount")) + 1
            return year + 1 if past else year
        written = _written_years(text)
        if past and written:
            # "in January-September 2010, after last year's slump": the months told are this
            # year's; a whole year told beside "last year" is that last year.
            parts = {int(m.group("y")) for m in _WRITTEN_YEAR.finditer(text) if _part_before(text, m.start())}
            return max(written) if max(written) in parts else max(written) + 1
    return None


def _from_written(sentences: list[str]) -> int | None:
    """The latest year the text writes, not looked ahead to; or the year after it, when the
    text says it is over."""
    written = [y for text in sentences for y in _written_years(text)]
    if not written:
        return None
    latest = max(written)
    wholes, parts, bases, ahead = _years_told(sentences)
    # "the same periods of 2015 and 2016", "than in January-March 2022": the article's own
    # period comes after each of them, unless it tells months of that year as its own.
    compared = [year for year in bases if year not in parts]
    if compared and max(compared) >= latest:
        return max(compared) + 1
    # "Trade fell 30% in 2015": a year reported as a whole is over, and the article was written
    # the year after it, unless the text looks ahead to that year ("by the end of 2015") or
    # reports a part of it ("in January-May 2015") with no "last year" to say it is past.
    if latest in wholes and latest not in ahead and (latest not in parts or any(_LAST_YEAR.search(text) for text in sentences)):
        return latest + 1
    return latest


# The year of a thing of that year, "its 2020 budget", "the 2021 harvest": not "in 2020" (a year
# told, maybe past), not "the 2018 figure" (a base), not "the Action Programme 2014" (a name),
# not "from 2017 through this year" (a span's start).
_OWN_NOUN_AFTER = re.compile(r"\s(?!level|figure|volume|result|indicator)[a-z]{3,}")
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
    >>> stated_year(["Output rose from 2015 through the first quarter of this year."]) is None
    True
    >>> stated_year(["Funds of the Development Programme 2016 will be allocated later this year."]) is None
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
