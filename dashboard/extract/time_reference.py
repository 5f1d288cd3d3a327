"""What a time that refers to another means: "by the end of the year" told in the past, "in the
reporting period" after the sentence has named its period, a part "of the year" not yet begun told
of a figure that happened."""

from __future__ import annotations

import re
from datetime import date

from dashboard.contract.periods import period_bounds
from dashboard.extract.discourse import Discourse
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.rule_files import rules_file
from dashboard.extract.times import TimeRef

# "by the end of the year", "by year-end": the end of the year the story is in, which is the
# article's own only when it looks ahead.
THE_YEAR_END = re.compile(r"\b(?:the\syear|year[\s-]end)\b", re.I)


def story_year_end(when: TimeRef, s: SentenceParts, d: Discourse) -> TimeRef:
    """A deadline of "the year" told in the past ("In 2018, exports had reached $300 m by the end
    of the year"): the year written before it in its sentence, else the story's year."""
    written = [r.year for r in s.times if r.end <= when.start and r.kind == "period" and r.period == "FY" and r.year]
    year = written[-1] if written else (d.time.year if d.time is not None and d.time.kind == "period" else None)
    return TimeRef(when.start, when.end, when.kind, year or when.year, when.period, when.base, when.as_of, when.same_months, when.back)


def named_before(when: TimeRef, s: SentenceParts) -> TimeRef | None:
    """The period a reference back ("in the reporting period", "in this period") means when its
    own sentence named one before it, in a clause of its own ("Azerbaijan was Georgia's fourth
    partner in January-August this year, with trade amounting to $594 m in the reporting
    period"): that period, not the one of the sentences before. A base is no period of the
    figure's, nor is a "the same period of" ("compared to the same period of 2019"); "for the
    whole year" names a year of its own."""
    if when.period is not None:
        return None
    named = [r for r in s.times if r.end <= when.start and r.kind == "period" and r.year and r.period and not r.base and not r.same_months]
    return named[-1] if named else None


def last_year_told(when: TimeRef, s: SentenceParts, d: Discourse) -> int | None:
    """The year a flow's "now" closes when its sentence told of the last whole year before it
    ("Trade with Japan rose by 6% in 2012 and now stands at over $700 m", in March 2013):
    the year's total, not a level of the article's date; after an older year ("fell in 2009 but
    now stands at $5 bn", in 2012) "now" stays the present. So does a "now" that heads a sentence
    naming no period after one on that last year ("Trade fell 8% in 2012. Today it is about
    $700 m"): the story is still on that year's results."""
    published = d.published
    if published is None or s.text[when.start : when.end].endswith("since"):
        return None  # ("rose to $1 bn in 2012 and has since grown to $1.3 bn": a level after that year)
    told = [r for r in s.times if r.end <= when.start and r.kind == "period" and r.period == "FY" and not r.base and r.year == published.year - 1]
    if told:
        return told[-1].year
    story = d.time
    if story is None or story.kind != "period" or story.period != "FY" or story.year != published.year - 1 or not d.dated:
        return None
    if any(r.kind == "period" and not r.base for r in s.times) or any(x.end <= when.start for x in s.quantities):
        return None
    return story.year


# "the year" of a part named with it: "in the second half of the year", "the last quarter of the year".
_OF_THE_YEAR = re.compile(r"\bof\sthe\syear\b", re.I)


def year_not_begun(when: TimeRef, s: SentenceParts, published: date | None) -> int | None:
    """A part "of the year" not over by the article's month, told of a figure that happened
    ("exports reached $45 m in the second half of the year", written in May; "in the first half
    of the year", written in February): the year before, whose part it is, as a part said
    without "of the year" is (a plan's is ahead, and never comes here); None otherwise."""
    if published is None or when.kind != "period" or when.year != published.year or not _OF_THE_YEAR.search(s.text, when.start, when.end):
        return None
    _, end = period_bounds(when.year, when.period)
    return when.year - 1 if end is not None and (end.year, end.month) > (published.year, published.month) else None


def whole_year_before(when: TimeRef, published_year: int | None, plan: bool) -> int | None:
    """"For the full year, trade reached $2 bn" in an article that names no year of its story:
    the last whole year before the article's date (the year under way is not whole yet); a
    plan's whole year is ahead, and stays open."""
    return published_year - 1 if published_year is not None and when.period == "FY" and not plan else None


YEAR_UNDER_WAY = "year-under-way-later"  # a year not over, whose months to date the article names after it


def year_under_way(when: TimeRef, published: date | None) -> bool:
    """A bare year not over when the article was written, told of a figure that happened before
    the article names which months it reports ("Trade has grown 28% this year," in a lead, with
    January-July named below): the year to date, whose months `later_months.reporting_months` fills
    in once the article has named them."""
    return published is not None and when.kind == "period" and when.period == "FY" and when.year == published.year and published.month < 12


# A sentence that opens with a whole year sets the story in it: "Last year, ...", "In 2017, ...".
_FRONTED_YEAR = re.compile(r"(?:Last\syear|(?:In|During|Throughout|For)\s(?:(?:19|20)\d\d|the\s(?:previous|past|last)\syear))\b")


def reporting_meant(reporting: TimeRef, d: Discourse) -> tuple[TimeRef, str]:
    """What "in the reporting period" means: the period the article reports on, unless the sentence
    right before it, in its paragraph, moved the story to another period with a figure of its own
    ("Last year, trade with the EU came to $9.4 bn. Exports made up $7.5 bn in the reporting
    period": that year); across a paragraph, or after a look back told in passing, the report's."""
    current, last = d.time, d.last
    if (
        current is not None and current.kind == "period" and last is not None and (last.year, last.period) == (current.year, current.period)
        and (current.year, current.period) != (reporting.year, reporting.period)
        and d.time_at == (d.at[0] - 1, d.at[1]) and _FRONTED_YEAR.match(d.time_text.lstrip()) is not None
    ):  # fmt: skip
        return current, "reference"
    return reporting, "reporting-period"


_NEW_YEAR_DAY = re.compile("|".join(rules_file("phrases.toml")["time_words"]["new_year_day"]))


def new_year_closed(when: TimeRef, text: str) -> int | None:
    """A flow counted "as of January 1, 2024" (`when` the date, in `text`): its months to that
    day are the whole year before, 2023; None for any other time."""
    if when.kind != "date" or not when.as_of or when.year is None or _NEW_YEAR_DAY.match(text, when.start, when.end) is None:
        return None
    return when.year - 1
