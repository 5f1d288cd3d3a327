"""A bare month told in the past perfect in a story set in an earlier year ("At the donors'
conference in October 2008 ... Washington had already announced a $1 bn package in September"):
that year's month, not the latest such month before the article's date; and one in a clause that
looks ahead ("will receive ... in June", written in May), the coming one."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.discourse import Discourse
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.times import TimeRef

_MONTH_PERIOD = re.compile(r"M\d+")  # a single month: "M9", not "M1-M9"
# "had already announced", "had pledged": told before the story's moment, in its past.
_PAST_PERFECT = re.compile(r"\bhad\s(?:already\s|earlier\s|previously\s|also\s)?[a-z]+(?:ed|en|ne|de)\b", re.I)


def month_in_story_year(when: TimeRef, at: int, s: SentenceParts, d: Discourse) -> TimeRef | None:
    """A bare month ("in September") in a clause told in the past perfect, in a story the
    sentences before set in an earlier year than the article's ("At the donors' conference in
    October 2008 ... Washington had already announced a $1 bn package in September"): that
    year's month, not the latest one before the article's date; None when it is not one."""
    story = d.time
    if (
        story is None or story.year is None or when.kind != "period" or when.period is None or when.year is None
        or story.year >= when.year or not _MONTH_PERIOD.fullmatch(when.period)
        or any(ch.isdigit() for ch in s.text[when.start : when.end])
    ):  # fmt: skip
        return None
    cs, _ = s.clause_of(at)
    return replace(when, year=story.year) if _PAST_PERFECT.search(s.text, cs, at) else None


# A verb that looks ahead: "will receive", "is to be disbursed", "are expected to arrive".
_FUTURE_VERB = re.compile(r"\b(?:will|shall|(?:is|are)\s(?:to|expected\sto|due\sto|scheduled\sto|set\sto))\b", re.I)


def month_ahead(when: TimeRef, at: int, s: SentenceParts, d: Discourse) -> TimeRef | None:
    """A bare month in a clause that looks ahead ("will receive the second tranche of $30 m in
    June", written in May): the coming one, not the latest before the article's date; None when
    it is not one."""
    published = d.published
    if (
        published is None or when.kind != "period" or when.period is None or when.year is None
        or not _MONTH_PERIOD.fullmatch(when.period) or any(ch.isdigit() for ch in s.text[when.start : when.end])
        or when.year >= published.year
    ):  # fmt: skip
        return None
    cs, _ = s.clause_of(at)
    return replace(when, year=when.year + 1) if _FUTURE_VERB.search(s.text, cs, at) else None
