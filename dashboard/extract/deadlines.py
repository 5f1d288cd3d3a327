"""Whether a deadline ("by 2015", "by the end of 2021") is told in the past: an as-of date of a
level reached, not a plan."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.times import TimeRef

# ("had invested $2.6 bn by the end of 2016", "invested a total of $45 m by 2018": a flow's verb in
# the past or its past perfect tells a level reached by then; a plan's verb does not: "had planned
# to invest $2 bn by 2020")
_PAST_VERB = re.compile(
    r"\b(?:reached|amounted|totall?ed|was|were|stood|exceeded|hit|rose|grew|made\sup|invested|provided|allocated|disbursed"
    r"|had\s(?!(?:planned|hoped|expected|intended|aimed|wanted|agreed|promised|pledged|targeted|envisaged)\b)(?:\w{3,}ed|lent|spent|given"
    r"|risen|grown|fallen|shrunk|sunk|stood|hit))\b",
    re.I,
)
# A verb told in the past after a deadline, before its amount: "by 2015 it had dropped to",
# "By 2007 exports were worth"; a modal or a present makes it a plan ("by 2030 it will have doubled").
_PAST_AFTER = re.compile(r"\b(?:had|was|were|rose|grew|fell|shrank|sank|stood|hit|came|grown|risen|fallen|[a-z]{3,}ed)\b", re.I)
# ("to" before a name is a preposition: "By 2007 exports to Russia had collapsed to $46.2 m";
# so is "to" before the words that open an amount: "by 2016 it had fallen to just $1.97 bn".)
# (Only words no infinitive's "to" stands before: "agreed to more than double it" is a plan.)
# Nor is "to" before a determiner: "By 2007 exports to the Russian Federation had collapsed".
_AMOUNT_OPENER = r"(?:just|only|about|around|nearly|almost|roughly|approximately|a\s(?:mere|record)|a\snew\srecord)\b"
_DETERMINER = r"(?:the|a|an|its|their|this|that|these|those)\b"
# A present perfect tells a level reached by now ("By the end of 2021, trade has reached $7 bn",
# written in 2024); a plan's perfect carries its modal ("will have doubled"), caught by the modal.
_PERFECT = r"(?:has|have)(?!\s(?:already\s)?(?:[a-z]{3,}ed|risen|grown|fallen|exceeded|hit)\b)"
_NOT_PAST = re.compile(
    rf"\b(?:will|would|shall|should|could|can|may|might|must|is|are|{_PERFECT}|to\s(?!\W*\d)(?!{_AMOUNT_OPENER})(?!{_DETERMINER})(?-i:(?![A-Z]))\w+)\b",
    re.I,
)
# "rose from $21 m by the end of 2013 to $164 m in 2017": the first end of a change told from
# one level to another, its date right after it.
_CHANGE_FROM = re.compile(r"\bfrom\s(?:about\s|some\s|around\s|almost\s|nearly\s)?$", re.I)
_CHANGE_TO = re.compile(r"\s?,?\s?to\s")


def _dates_change_start(when: TimeRef, s: SentenceParts) -> bool:
    """Whether a time dates the first end of a change from one amount to another."""
    start = next((x for x in reversed(s.quantities) if x.end <= when.start), None)
    return (
        start is not None and not s.text[start.end : when.start].strip() and _CHANGE_TO.match(s.text, when.end) is not None
        and _CHANGE_FROM.search(s.text, max(0, start.start - 12), start.start) is not None
    )  # fmt: skip


def past(when: TimeRef, s: SentenceParts) -> bool:
    """ "reached $17 bn by the end of 2021", "by 2015 it had dropped to $14.3 bn": a deadline
    told in the past is an as-of date, not a plan; so is the date of a change's first end."""
    if _PAST_VERB.search(s.text, s.clause_of(when.start)[0], when.start):
        return True  # not a verb of another clause: "reached $3 bn in 2021, while by 2030 ... aim to"
    if _dates_change_start(when, s):
        return True
    amount = next((x.start for x in s.quantities if x.start >= when.end), None)
    if amount is None:
        return False
    between = s.text[when.end : amount]
    return bool(_PAST_AFTER.search(between)) and not _NOT_PAST.search(between)
