"""Whether an amount of investment with no time of its own is a flow of the article's period or
a stock to date: told in the past of a period that is over, it is that period's flow ("In 2016,
... The UK led with $437 m", "Turkey's investment in Georgia amounted to $187 m" after an account
of January-June 2018); told in the present or the perfect ("is estimated at", "has reached"), or
as a total, it is the stock as of the article's date."""

from __future__ import annotations

import re

from dashboard.extract.base_times import ATTACHED_GAP
from dashboard.extract.discourse import Discourse
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.time_resolution import month_span
from dashboard.extract.times import TimeRef

# A finite verb in the past tense (not a participle after "has"/"have"): "led", "received",
# "was", "followed", "decreased".
_TOLD_PAST = re.compile(
    r"(?<!has\s)(?<!have\s)(?<!been\s)(?<!is\s)(?<!are\s)(?<!be\s)\b(?:was|were|led|stood|rose|grew|fell|came|made\sup|\w{3,}ed)\b",
    re.I,
)


_INVESTMENT = re.compile(r"\binvest|\bFDI\b", re.I)


# A verb of a level in the past simple right before the amount: "amounted to", "totaled",
# "was", "came to" (not "has reached", "is estimated at": a stock's present); a statistics
# release's verbs of a part or a change in its period: "accounted for", "led with",
# "decreased by 1.7 times to".
_PAST_LEVEL_VERB = re.compile(
    r"(?<!has\s)(?<!have\s)(?<!had\s)\b(?:amounted\sto|totall?ed|was|were|came\sto|stood\sat|accounted\sfor|led\swith"
    r"|(?:increased|decreased|grew|rose|fell|declined|dropped)\s(?:by\s[\d.,]+\s?(?:%|percents?|per\scent|times)\s)?to)\s"
    r"(?:(?:about|around|approximately|nearly|almost|some|over|more\sthan|less\sthan|only|just)\s)?$",
    re.I,
)


def told_in_past(sentence: str) -> bool:
    """Whether a finite verb of the sentence is in the past tense ("invested", "was"), not a
    participle after "has", "have" or "been"."""
    return _TOLD_PAST.search(sentence) is not None


def _closed_period(current: TimeRef | None, d: Discourse) -> bool:
    """Whether the article's current period is one that was over when it was written: a whole
    year before its date's, or months of a year that ended before its date's month."""
    if current is None or current.kind != "period" or current.year is None or not d.dated or d.published is None:
        return False
    months = month_span(current.period)
    if months is None:
        return False
    return current.year < d.published.year or (current.year == d.published.year and months[1] < d.published.month)


def _closed_year(current: TimeRef | None, d: Discourse) -> bool:
    """Whether the article's current period is a whole year that was over when it was written."""
    return (
        current is not None and current.kind == "period" and current.period == "FY" and current.year is not None
        and d.dated and d.published is not None and current.year < d.published.year
    )  # fmt: skip


def told_as_flow(q: Quantity, t: TriggerMention, s: SentenceParts, d: Discourse, lex: Lexicon) -> bool:
    """Whether an investment amount with no time of its own and no word of a stock is a flow of
    the article's current period, which is over.

    "FDI in 2016: ... The UK led with $437 m": told in the past after an account of investment
    that named the year; a line under a heading of investors that named a period that is over
    ("The largest investors in Georgia in 2022 were:" then "Turkey - $180 m;"). "In January-June 2018, trade ... Turkey's investment in Georgia
    amounted to $187 m": its own verb says it amounted to so much, after any account of a
    period that is over; "total investment ... amounted to" is still a stock.
    """
    current = d.time
    cs, ce = s.clause_of(q.start)
    if _closed_year(current, d) and _INVESTMENT.search(d.time_text) and _TOLD_PAST.search(s.text, min(cs, t.start), ce):
        return True
    if d.heading_flow is not None and d.heading_flow[0] == "investment" and _closed_period(current, d):
        return True  # a line under a heading that names its period: "The largest investors in Georgia in 2022 were:"
    if not _closed_period(current, d) or lex.world_weak.search(s.text, min(cs, t.start), q.start):
        return False
    return _PAST_LEVEL_VERB.search(s.text, max(cs, q.start - 40), q.start) is not None


def not_the_stocks(when: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether a period told near a stock ("have invested $62 bn") is another flow's: another
    clause's ("..., and last month we signed a loan"), or written right after another amount
    ("trade reached $3.1 bn last year and companies have invested $62 bn")."""
    if when.kind != "period":
        return False
    cs, ce = s.clause_of(q.start)
    if not cs <= when.start < ce:
        return True
    return any(x is not q and x.end <= when.start and ATTACHED_GAP.match(s.text[x.end : when.start]) for x in s.quantities)


# The total of a country's investments named as a volume, not a year's inflow: "the volume of
# Azerbaijani investments in Turkey", "the total volume of Korean investment".
_VOLUME = re.compile(r"\b(?:total\s)?volume\sof\s(?:[\w'’-]+\s){0,2}?investments?\b|\btotal\s(?:[\w'’-]+\s){0,2}?investments?\b", re.I)
# The deadline's word before a year read as a period: "until 2020", "till 2025".
_UNTIL = re.compile(r"\b(?:until|till|up\sto)\s(?:the\s(?:end\sof\s)?)?$", re.I)


def volume_by_deadline(when: TimeRef, s: SentenceParts, start: int, end: int) -> bool:
    """Whether a plan of investment names its total volume, to a deadline ("The volume of Kazakh
    investments in Georgia will exceed $3 bn by 2025", "until 2025"): the stock as of that year,
    not a year's inflow ("annual FDI of $25 bn by 2025" names none)."""
    deadline = when.kind == "deadline" or (when.kind == "period" and when.period == "FY" and _UNTIL.search(s.text, max(0, when.start - 16), when.start) is not None)
    return deadline and _VOLUME.search(s.text, start, end) is not None


# A verb of a level in the present between the flow's noun and its amount: "Kyrgyz investments in
# Kazakhstan are smaller, about $40 m", "its investment stands at $90 m".
_PRESENT_LEVEL = re.compile(r"\b(?:is|are|stands?|amounts?\sto|totals?|remains?|exceeds?)\b", re.I)


def told_present(q: Quantity, t: TriggerMention, s: SentenceParts) -> bool:
    """Whether an amount of investment is told in the present after its noun, close by, with no
    past verb between: a stock as of the article's date, not a part of the period the figure before
    reported ("Last year alone, Kazakh investment in Kyrgyzstan totaled $300 m. Kyrgyz investments
    in Kazakhstan are smaller, about $40 m"); "X is the largest investor with $50 m" names its verb
    before the noun, and stays a part of that period."""
    if t.end > q.start or q.start - t.end > 80:
        return False
    between = s.text[t.end : q.start]
    return _PRESENT_LEVEL.search(between) is not None and _TOLD_PAST.search(between) is None
