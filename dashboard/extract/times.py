"""Find the time expressions of a sentence and resolve them against the article date.

Each expression becomes a `TimeRef`: a period of a year (FY, Q1, H1, M1-M10, M7), an event
date, a deadline ("by 2025"), a start of a stock ("since 1996"), the present, something vague
("in the near future"), or a step back from another time ("a year earlier"). A time that an
amount is compared against ("compared to the same period of 2023") is marked as a base, so it
never becomes the figure's own period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from dashboard.contract.records import quick_init
from dashboard.extract.gated_pattern import gated
from dashboard.extract.gates import holds_any
from dashboard.extract.pattern_shape import first_char_checked_compiled, longest_written
from dashboard.extract.taken_spans import TakenSpans
from dashboard.extract.time_resolution import months_to_date, resolve, year_closed
from dashboard.extract.time_runs import neighbours_read

# Month names keep their capital (so the verb "may" is never May); abbreviations may end in ".".
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_REL_YEAR = (
    r"(?:this|the\scurrent|current|last|the\slast|the\sprevious|previous|the\spast|next"
    # "the year 2019" is 2019; "In 2017, the year before the deal," restates the year before it
    # ("the year ended 31 December 2018" is the date's year; "the last year of the crisis" another event's)
    r"|the\snext|the\sreporting|the\s(?:whole|full|entire)|(?<!\d,\s)the)\syear(?!\s(?:of\s)?(?:19|20)\d\d|\s(?:that\s)?end(?:ed|ing)\b|\sof\s(?!the\s(?:same|current|reporting)\b))"
)
_YEARREF = rf"(?:(?P<y>{_YEAR})|(?P<rel>{_REL_YEAR}))"
_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|I|II|III|IV)"
_DASH = r"\s?(?:-|–|—|through|to|till|until|and)\s?"

I = re.IGNORECASE
# What a sentence must hold for a pattern to have any chance, tested before running it (one
# search for plain words, far cheaper): a digit (_D), a month's capitalised stem (_M: the month
# names keep their capital), both (_DM), an analyst's period letter and two digits (_SHORT:
# "1H17"; the words h, q and m are in nearly every sentence), a year's four digits (_Y: most
# sentences with a number name no year), or one of the words given, in the lower-cased sentence.
_D, _M, _DM, _SHORT, _Y = 1, 2, 3, 4, 5


def _source(written: str, flags: int = 0) -> tuple[str, int]:
    """A time pattern as written, compiled once with its look-ahead (`_PATTERNS`), not also as it is."""
    return written, flags


# Most specific first: a match blocks any later pattern that overlaps it.
_WRITTEN: list[tuple[str, tuple[str, int], int | tuple[str, ...]]] = [
    # "since opening its office in 1992", "since it joined in May 2015", "Since the AFD started its
    # work in Armenia in 2014", "since (the) August 2008 (war)": the year starts a span (a month too).
    ("since", _source(rf"\b[Ss]ince\s(?:(?:[\w'’()-]+\s){{1,12}}?in\s(?:{_MONTH}\s)?|(?:the\s)?{_MONTH}\s(?:\d{{1,2}},?\s)?)(?P<y>{_YEAR})\b"), ("since",)),
    # "from January 1 to October 31, 2018": the months from the first day of one to the last of another.
    # (its year may follow with "in" or "of": "from February to June in 2013" is one range)
    ("months", _source(rf"\b[Ff]rom\s(?:1(?:st)?\s)?(?P<m1>{_MONTH})(?:\s1(?:st)?)?,?\s(?:to|through|till|until)\s(?:(?:2[89]|3[01])(?:th|st)?\s)?(?P<m2>{_MONTH})(?:\s(?:2[89]|3[01])(?:th|st)?)?,?\s(?:(?:in|of)\s)?(?P<y>{_YEAR})\b"), _DM),
    ("date", _source(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}})?\s(?P<m>{_MONTH}),?\s(?P<y>{_YEAR})\b"), _DM),
    ("date", _source(rf"\b(?P<m>{_MONTH})\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}})?,?\s(?P<y>{_YEAR})\b"), _DM),
    ("date", _source(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<m>{_MONTH})(?![\w])"), _DM),
    ("date", _source(rf"\b(?P<m>{_MONTH})\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\w.,]?\d)"), _DM),
    # ("the January-September period of 2018", "the January-March quarter of 2019")
    ("months", _source(rf"\b(?:[Ff]rom\s)?(?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH})(?:\s(?:period|quarter))?(?:,?\s\[?(?:of\s)?{_YEARREF}\]?)?(?:\b|(?<=\]))"), _M),
    # ("the ten-month period of 2018": its first ten months; "nine-month exports", "six-month trade" before a
    # flow's noun too, or "the seven-month total", "the nine-month figure"; "a six-month loan" is a term, "a six-month high" no period)
    ("first_n", _source(rf"\b(?:the\s)?(?P<first>first\s)?(?P<n>{_COUNT})\s?(?:-\s?)?months?(?P<adj>(?<=-month)(?=\s(?:(?:foreign|bilateral|mutual)\s)?(?:exports?|imports?|trade|turnover|investments?|total|figure|volume)\b))?(?:\speriod)?(?:\s(?:(?:of|in)\s(?:the\s)?)?{_YEARREF})?\b", I), ("month",)),
    ("first_n", _source(rf"\b(?P<n>\d{{1,2}})M\s?(?P<y>{_YEAR})\b"), ("m1", "m2", "m 1", "m 2")),
    # ... and with no year, after a preposition of time ("reached $4.2 bn in 9M"; never "$9M", an amount)
    ("first_n", _source(r"(?:(?<=\b[Ii]n\s)|(?<=\b[Ff]or\s)|(?<=\b[Oo]ver\s)|(?<=\b[Dd]uring\s))(?P<n>1[0-2]|[2-9])M\b(?!\s?(?:19|20)\d\d)"), tuple(f"{n}m" for n in range(10))),
    # "Over the 9 months our turnover has grown", "In 10 months, exports reached": the article's year's first months.
    # ("over the past nine months" said in November: the year's first nine, told a month or two after)
    ("first_n", _source(rf"\b(?:[Oo]ver|[Ii]n|[Ff]or|[Dd]uring)\s(?P<span>(?:the\s)?)(?P<past>(?<=the\s)(?:past|last)\s)?(?P<n>{_COUNT})\smonths\b(?!\s(?:to|ago|before|earlier|later))"), ("months",)),
    # Analysts' shorthand: "1H17", "2Q19", "9M18" (the half, quarter or first months, and the year's last two digits).
    ("short", _source(r"\b(?P<n>1[0-2]|[1-9])(?P<u>[HQM])(?P<yy>\d{2})\b"), _SHORT),
    ("first_n", _source(rf"\b(?:the\s)?(?P<first>first)\smonth(?:\s(?:of|in)\s(?:the\s)?{_YEARREF})?\b", I), ("month",)),
    # "the first three quarters of 2023", "Q1-Q3 2023", "the second and third quarters": the months of a run of quarters.
    ("quarters", _source(rf"\b(?:the\s)?first\s(?P<n>two|three|2|3)\squarters(?:\s(?:of\s)?{_YEARREF})?\b", I), ("quarters",)),
    ("quarters", _source(rf"\bQ(?P<q1>[1-4]){_DASH}Q(?P<q2>[1-4])(?:\s?(?:of\s)?(?P<y>{_YEAR}))?\b"), ("-q", "q1", "q2", "q3")),
    ("quarters", _source(rf"\b(?:the\s)?(?P<o1>first|second|third){_DASH}(?P<o2>second|third|fourth)\squarters(?:\s(?:of\s)?{_YEARREF})?\b", I), ("quarters",)),
    # "the first quarter of 2019", "first-quarter trade", "first-half exports"
    # ("the last quarter of 2018", "the final quarter of 2023": with no year, "last quarter" is the one before now)
    ("quarter", _source(rf"\b(?:the\s)?(?P<o>{_ORD}|(?:last|final)(?=\squarter\sof\s(?:19|20)\d\d))[\s-]quarter(?:\s(?:of\s)?{_YEARREF})?\b", I), ("quarter",)),
    # ("Q1'18", "H2 ’23": the year's last two digits after an apostrophe)
    ("quarter", _source(rf"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:\s?(?:of\s)?(?P<y>{_YEAR})|\s?['’](?P<yy>\d\d))?\b"), ("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q")),
    # ("in the half-year of 2018", "the first half-year": a report's half-year is the first half)
    # ("the 1st half of 2007", "the II half of 2007": the half in digits or, after "the", in Roman numerals)
    ("half", _source(rf"\b(?:(?:the\s)?(?P<o>first|second|1st|2nd|(?<=the\s)(?-i:II|I))[\s-]half(?:-year)?|the\shalf[\s-]year)(?:\s(?:of\s)?{_YEARREF})?\b", I), ("half",)),
    # ("1H 2018", "2H 2023": the half written number first, as "3Q 2019" is)
    ("half", _source(rf"\b(?:H(?P<h>[12])|(?P<hb>[12])H(?=\s?(?:19|20)\d\d))(?:\s?(?:of\s)?(?P<y>{_YEAR})|\s?['’](?P<yy>\d\d))?\b"), ("h1", "h2", "1h", "2h")),
    # "in FY 2018", "FY2023": a full year.
    ("year", _source(rf"\bFY\s?(?P<y>{_YEAR})\b"), ("fy",)),
    ("month", _source(rf"\b(?P<m>{_MONTH})(?:\s(?:of\s)?{_YEARREF})?(?![\w])"), _M),
    ("relmonth", _source(r"\b(?P<rm>last|previous|past|this|current)\smonth\b(?!s)", I), ("month",)),
    # Gated on the word after "year", which far fewer sentences hold; cut short of an "i" or an
    # "s", which ignoring case matches in "ı", "İ" and "ſ" too.
    # ("the year before the agreement" names an event, no time back; "($215 m year on year)", an amount's bracket, is one.)
    # ("In the previous year, it stood at $1.2 bn", "The previous year, ...": a year before the one the story has reached;
    # so at a clause's head: "$312 m in 2007, while in the previous year it was $254 m", "; in the previous year, ...")
    # (so is a base's closing its clause: "reached $4.1 bn in 2017, up from $3.3 bn in the previous year, the office said")
    # ("from the previous year's $612 m": the year before the figure's, as the base amount's owner)
    ("before", _source(r"\b(?:a|one|the)\syear\s(?:earlier|before(?!\s(?:the|a|an|its|his|her|their|[A-Z0-9]))|ago)\b|(?:(?<=lion\s)|(?<=mln\s)|(?<=bn\s))year[-\s]on[-\s]year(?=\))|\bthe\sprevious\syear\b(?=[.,;]?\s?$|['’]s\s|\s\()|(?<=\sin\s)the\sprevious\syear\b(?=,\s)|(?:(?<=^In\s)|(?<=^For\s)|(?<=^During\s)|(?<=[;,]\sin\s)|(?<=while\sin\s)|(?<=whereas\sin\s)|^(?=the\sprevious\syear,))the\sprevious\syear\b", I), ("earl", "before", "ago", "prev", "on-year", "on year")),
    ("back", _source(rf"\b(?P<n>{_COUNT})\syears\s(?:earlier|before|ago)\b", I), ("years",)),
    # "A year later", "Two years later", "The following year": so many years after the time before;
    # "That year", "the same year": none after it (the year the story has reached, not the article's).
    ("later", _source(rf"\b(?:(?P<n>{_COUNT}|a)\syears?\slater|the\sfollowing\syear|(?P<same>that|the\ssame)\syear(?!['’]))\b(?!\s(?:than|of)\b)", I), ("later", "following", "that year", "same year")),
    ("vague", _source(rf"\b(?:in\sthe\snear\sfuture|in\sthe\scoming\syears?|(?:in|over|during|within)\sthe\s(?:next|coming)\s{_COUNT}\syears|(?:over|in|during)\sthe\s(?:past|last)\s{_COUNT}\s(?:years|months)|(?:over|in|during|within)\sthe\speriod\sof\s{_COUNT}\syears|in\srecent\syears|annually|per\s(?:year|annum)|(?<!\d,\s)a\syear|each\syear|every\syear|in\sthe\sfuture|in\s(?:the\s)?future\syears|in\sthe\syears\sto\scome|in\sthe\smedium\sterm|in\sthe\slong\sterm|in\sthe\sshort\sterm)\b", I), ("future", "coming", "next", "past", "last", "recent", "annual", "per ", "year", "term")),
    # (and "so far this year", "so far in 2019", "year-to-date")
    ("to_date", _source(rf"\b(?:(?:since|from)\s(?:the\s(?:beginning|start)\sof\s|early\s)(?:(?:the\s|this\s)?(?:current\s)?year|(?P<y>{_YEAR}))|so\sfar\s(?:this\syear|in\s(?:the\scurrent\syear|(?P<y2>{_YEAR})))|year[\s-]to[\s-]date)\b", I), ("beginning", "start", "early", "so far", "to date", "to-date")),
    # "since cooperation began in 2008", "since the fund was established in 1995": the stock's start
    ("since", _source(rf"\bsince\s(?:the\s)?(?:(?:[\w-]+\s){{1,3}}(?:began|started|opened|(?:was|were)\s(?:established|launched|signed|founded|set\sup))\sin\s)?(?:(?P<y>{_YEAR})|independence|the\sbeginning|the\sestablishment|the\sstart|then)\b", I), ("since",)),
    # ("by end-2025", "by end of 2025", "by year-end": wire shorthand of "by the end of")
    ("deadline", _source(rf"\bby\s(?:(?:the\s)?end(?:\sof\s|[\s-]))?(?:(?P<y>{_YEAR})|(?P<rel>this\syear|the\syear|the\scurrent\syear|next\syear|(?:the\s)?year[\s-]end))\b", I), ("by ",)),
    ("span", _source(rf"\b(?P<y>{_YEAR})\s?[-–/]\s?(?P<y2>{_YEAR}|\d{{2}}(?![.,]\d|\s?(?:%|percent|per\scent|[mb]ln|bn|mn|(?:b|m|tr)illion|thousand)\b)(?!%))\b"), _Y),
    ("span", _source(rf"\b(?:[Bb]etween\s(?P<y>{_YEAR})\sand|[Ff]rom\s(?P<y3>{_YEAR})\s(?:to|through|till|until))\s(?:the\send\sof\s)?(?P<y2>{_YEAR})\b"), ("between", "from")),
    ("relyear", _source(rf"\b(?P<rel>{_REL_YEAR})\b", I), ("year",)),
    # "as of mid-2023", "by early 2024": a part of a year, the as-of year of a stock
    ("year", _source(rf"\b(?:early|mid|late)[\s-](?P<y>{_YEAR})\b", I), ("early", "mid", "late")),
    ("year", _source(rf"(?<![\w$€£.,/-])(?P<y>{_YEAR})(?![\w%]|[.,]\d|\s?(?:%|percent|per\scent))"), _Y),
    # "announced on Tuesday", "signed yesterday", "earlier this week": a day of the article's week.
    ("date", _source(r"\b(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:[Yy]esterday|(?:earlier\s|later\s)?this\sweek|last\sweek)\b"), ("day", "week")),
    ("present", _source(r"\b(?:at\sthe\smoment|currently|at\spresent|presently|as\sof\stoday|to\sday|today|now)\b", I), ("moment", "current", "present", "today", "now", "to day")),
]
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of `words`: where its first match starts is where the first of them
    does (the leftmost match), found in one pass of the engine rather than a search per word."""
    return re.compile("|".join(map(re.escape, words)))


# Each with a look-ahead of the characters its matches start with, which the engine tests at
# every position far quicker than a word boundary and an optional word; and with the longest
# match it can make, so its scan starts that far before the first place its gate found.
_PATTERNS = [(kind, first_char_checked_compiled(*source), needs, longest_written(*source)) for kind, source, needs in _WRITTEN]
_DIGIT = re.compile(r"\d")
_MONTH_STEM = _any_of(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
_SHORT_UNIT = re.compile(r"[HQM]\d\d")
_YEAR_DIGITS = re.compile(_YEAR)

# The words that name the same months of another year: "the same period of 2021", "the
# corresponding quarter", "the like period", "the analogous months".
SAME_PERIOD_WORDS = "same|corresponding|like|analogous"
# A base named by its figure or its time rather than its months: "12% above the same figure for
# 2019", "4% below the same time last year", "against the level at the close of 2020".
_BASE_NOUNS = "time|figure|indicator|level|result"
# Words just before a time that make it what an amount is compared against ("the period of 2019").
# Searched for in the words before each time: first_char_checked, as the patterns above.
_BASE_BEFORE = first_char_checked_compiled(
    r"\b(?:compared\s(?:to|with)|as\scompared\sto|in\scomparison\s(?:with|to)|relative\sto|than|against|as\s(?:high|much|large|big|great)\sas"
    r"|versus|vs\.?|from|the\slevel\sof|exceed(?:ed|ing|s)?\s(?:the\s)?(?:same\s|corresponding\s)?(?:figure|level|indicator|result|data)s?\s(?:for|of)|year-on-year\s\(|y/y\s\(|(?:a|one)\syear\searlier\s\("
    r"|(?:%|pct|percent|per\scent)\s(?:up\s|down\s)?(?:on|over|of|below|above)"  # "4% below the same time last year", "up 46.2 pct on the same period of 2007", "12 percent on 2017", "38 per cent over 2010"
    rf"|(?:%|pct|percent|per\scent)\sto(?=\sthe\s(?:{SAME_PERIOD_WORDS})\s)|in\s(?:%|percent)\s(?:of|to)"  # indexes: "114.6% to the same period", "2009 in % of 2008"
    r"|(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall)\s(?:on|over)(?!\sthe\s(?:year|period)\b)|(?<=\()changes?\s(?:to|on|over|against)"  # "a 23% increase over January 2011", "(change to 2013)"
    rf")\s(?:(?:in\s|for\s|during\s)?the\s(?:(?:{SAME_PERIOD_WORDS}|given)\s)?(?:\w+-month\s)?(?:period|quarter|half|months?|{_BASE_NOUNS})\s(?:(?:of|in|for|at\sthe\s(?:end|close)\sof)\s)?"
    rf"(?:the\s(?:{SAME_PERIOD_WORDS})\s(?:period|quarter|half|months?)\s(?:(?:of|in)\s)?)?)?(?:in\s|of\s)?(?:the\s)?$"
    # "30 percent over the same period of 2018": "over" compares only with the same months
    rf"|\bover\sthe\s(?:{SAME_PERIOD_WORDS})\s(?:\w+-month\s)?(?:period|quarter|half|months?)\s(?:(?:of|in)\s)?(?:the\s)?$",
    I,
)
# "compared with $98.4 million in January-May 2018", "up from $118.6 million in 2021", "against
# 98.4 million US dollars in 2018" (a scale and a currency of two words), "from $0.9 bn in the
# same period of 2018": the time
# of an amount a comparison word introduces is that base amount's, not the sentence's ("more
# than $10 m in 2019" is a bound, not a comparison).
_BASE_AMOUNT_TIME = gated(first_char_checked_compiled(  # (its words asked of the window first: few hold one)
    r"\b(?:compared\s(?:to|with)|as\scompared\sto|in\scontrast\sto|against|(?<!more\s)(?<!less\s)(?<!fewer\s)than|versus|from)\s(?:the\s)?(?:about\s|some\s|around\s|nearly\s)?"
    r"(?:[$€£¥]|US\$|USD\s)?\s?\d[\d.,]*\s?(?:[A-Za-z$.]+\s){0,3}(?:\([^()]{0,30}\)\s)?(?:in|for|during)\s(?:the\s)?(?:(?:whole|entire|full)\s(?:of\s)?|year\s|period\s)?"
    rf"(?:(?:{SAME_PERIOD_WORDS}|similar|given)\s(?:\w+-month\s)?(?:period|quarter|half|months?|timeframe)\s(?:(?:of|in)\s)?(?:the\s)?)?$",
    I,
))
# "the same period of 2021" with no comparison word: the current period's months, in 2021 (so
# are "the same quarter", "half" or "month" of a year).
_SAME_MONTHS_BEFORE = first_char_checked_compiled(rf"\b(?:{SAME_PERIOD_WORDS}|given|similar)\s(?:\w+-month\s)?(?:periods?|quarters?|half|months?|time|timeframe|figure)\s(?:(?:of|in|for)\s)?(?:the\s)?$", I)
# "($3.8 billion in January-May 2023)": the time of a bracketed comparison amount.
_BRACKET_TIME_OPEN = re.compile(r"\d[^()]{0,25}\(\s?(?:(?:in|for|during)\s)?(?:the\s)?$", I)
BRACKET_TIME_DASH = re.compile(r"\s?[-–—:]\s?(?:(?:about|around|nearly|almost|over)\s)?(?:[$€£¥]|US\$|USD\s)?\s?\d")
_IN_AMOUNT_BRACKET = re.compile(r"\(\s?(?:[$€£¥]|US\$|USD\s)?\s?\d[\d.,]*\s?(?:[a-z]+\.?\s){0,3}(?:in|for|during)\s(?:the\s)?$", I)
# (A preposition opening the sentence is no name: "During 2018, ...", "Throughout 2023, ...")
_NAME_BEFORE = re.compile(r"(?:^|\s)(?!(?:In|By|Of|The|Since|For|Until|Till|To|During|Throughout|Through|Over|From|Between|After|Before|And)\b)[A-Z][\w-]*\s$")
# "The ministry announced last month that ...": a relative month after a verb of saying dates
# the saying, not the figure it reports.
_SAID_BEFORE = first_char_checked_compiled(r"\b(?:announced|said|reported|published|released|stated|revealed|disclosed)\s$", I)
# "from January-June 2023": "from" before a range its dash closes ("from January to June" is the range's own "from").
_FROM_WHOLE_RANGE = re.compile(rf"[Ff]rom\s{_MONTH}\s?[-–—]", I)
# "in the year ended 31 December 2018", "for the twelve months ending December 31, 2019": the
# calendar year that date closes, told by its last day.
_YEAR_ENDED_BEFORE = re.compile(r"\b(?:year|twelve\smonths|12\smonths)\s(?:that\s)?end(?:ed|ing)\s(?:on\s)?$", I)
_AS_OF_BEFORE = first_char_checked_compiled(r"\b(?:as\sof|as\sat|by)\s(?:the\s)?$", I)


# A word every match of each pattern above holds (lower-cased; none holds a space, which `\s`
# may match otherwise): plain ASCII text without one is answered without the search.
_BASE_NOUN_AFTER = re.compile(r"(?:['’]s)?\s(?:figure|level|indicator|result|volume)s?\b", I)
_BASE_WORDS = ("compar", "relative", "than", "below", "above", "change", "against", "versus", "vs", "from", "level", "year-on-year", "y/y", "earlier", "on", "over", "exceed", "in %", "in percent", " as ")
_AS_OF_WORDS = ("as", "by")
_OVER_BEFORE = re.compile(r"\bover\s(?:the\s)?$", I)
_EXCEEDED_BEFORE = re.compile(r"\b(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|above|over|below|under)\s(?:the\s)?$", I)
# ("at the start of 2019", "as of the beginning of 2024": a stock counted on the year's first day)
_END_OF_BEFORE = first_char_checked_compiled(r"\b(?:as\sof|as\sat|at|by)\s(?:the\s)?(?:end|close|start|beginning)\sof\s(?:the\s)?$", I)


def _firsts(sentence: str) -> dict[int, int]:
    """Where the first digit (_D), the first month (_M), the later of the two (_DM), the first
    period letter with its year's digits (_SHORT) and the first year's digits (_Y) start; -1
    where there is none: every match of a pattern gated on them holds one."""
    digit = _DIGIT.search(sentence)
    month = _MONTH_STEM.search(sentence)
    firsts = {_D: digit.start() if digit else -1, _M: month.start() if month else -1, _SHORT: -1, _Y: -1}
    firsts[_DM] = max(firsts[_D], firsts[_M]) if min(firsts[_D], firsts[_M]) >= 0 else -1
    if digit is not None:
        short = _SHORT_UNIT.search(sentence, digit.start())
        firsts[_SHORT] = short.start() if short else -1
        year = _YEAR_DIGITS.search(sentence, digit.start())
        firsts[_Y] = year.start() if year else -1
    return firsts


def _gate_start(firsts: dict[int, int], low: str, needs: int | tuple[str, ...]) -> int:
    """Where the first thing a pattern's gate asks for starts (-1: nowhere, so no match)."""
    if isinstance(needs, int):
        return firsts[needs]
    return _first_word(low, needs)


def _first_word(low: str, words: tuple[str, ...]) -> int:
    """Where the first of `words` starts in `low` (-1: none of them is in it)."""
    # A substring test per word: most are in no sentence, and `in` answers that far quicker
    # than a search of all the words at once, which tries each position of the sentence.
    first = -1
    for w in words:
        if w in low:
            at = low.find(w)
            if first < 0 or at < first:
                first = at
    return first


# Each pattern with its gate read apart, for the loop of find_times: a time's gate is asked of
# every pattern for every sentence, and a call of _gate_start each time cost more than its test.
# A gate of one word (most) is that word, found by one `find` in the loop, not by _first_word.
_GATED = tuple(
    (kind, pattern, needs if isinstance(needs, int) else None, () if isinstance(needs, int) else needs,
     needs[0] if not isinstance(needs, int) and len(needs) == 1 else None, reach)
    for kind, pattern, needs, reach in _PATTERNS
)  # fmt: skip


def _found(pattern: re.Pattern[str], text: str, low: str | None, words: tuple[str, ...]) -> bool:
    """`pattern.search(text)`, skipped where it cannot match: an ASCII text (`low`, lower-cased;
    None for other text) holding none of `words` (which ignore case only as lower-casing does
    for ASCII)."""
    if low is not None and not holds_any(low, words):
        return False
    return pattern.search(text) is not None


@quick_init
@dataclass(frozen=True, slots=True)
class TimeRef:
    start: int
    end: int
    kind: str  # period | date | deadline | since | present | vague | span | before | ref | reporting
    year: int | None
    period: str | None
    base: bool = False  # compared against, not the figure's own time
    as_of: bool = False  # "as of 1 January 2024", "as of July 2023": the as-of date of a stock
    same_months: bool = False  # "the same period of 2021": the current period's months, that year
    back: int = 0  # "five years earlier": so many years before the year the article speaks of


_DAY_OF_WEEK = re.compile(r"(?:on\s)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|(?:earlier\s|later\s)?this\sweek|last\sweek)")


def day_of_week(r: TimeRef, text: str) -> bool:
    """Whether a time is a day of the article's week ("on Tuesday", "yesterday"): the day something
    was said or signed, never the period of a flow."""
    return r.kind == "date" and bool(_DAY_OF_WEEK.fullmatch(text, r.start, r.end))


# "the same period of 2021": the year after a period reference is the time.
# So does a range right after it: "in the period from January through October 2018", "from 1995 to 2019".
_YEAR_FOLLOWS = re.compile(r"\s(?:(?:of|in|from|between)\s)?(?:the\s)?(?:\d{4}|last|previous|past|this|current|a\syear|one\syear)"
                           r"|\s(?:(?:from|between|of)\s)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def find_times(sentence: str, published: date | None, references: re.Pattern[str] | None = None) -> list[TimeRef]:
    """Every time expression of a sentence, in order, without overlaps.

    >>> [(t.kind, t.year, t.period, t.base) for t in find_times(
    ...     "In January-September 2024, trade fell 4.1 percent compared to the same period of 2023.", None)]
    [('period', 2024, 'M1-M9', False), ('period', 2023, 'FY', True)]
    >>> [(t.year, t.period) for t in find_times("in the first 10 months of 2021", None)]
    [(2021, 'M1-M10')]
    >>> [(t.kind, t.year, t.period) for t in find_times("last year and the first quarter of this year", date(2025, 4, 16))]
    [('period', 2024, 'FY'), ('period', 2025, 'Q1')]
    >>> [(t.kind, t.year) for t in find_times("Since 1996, firms invested at Expo 2025 on 27 January 2025", None)]
    [('since', 1996), ('date', 2025)]
    """
    taken = TakenSpans()
    refs: list[TimeRef] = []
    low = sentence.lower()
    plain = sentence.isascii()  # then `low` has the sentence's offsets
    firsts = _firsts(sentence)
    for kind, pattern, key, words, word, reach in _GATED:
        # A match holds a word of its gate, so it starts at most `reach` before the first one
        # (in `low` only for plain text, which keeps the sentence's offsets): `_gate_start`, its
        # branch on the key written out here, where most patterns stop.
        if key is not None:
            first = firsts[key]
        elif word is not None:
            first = low.find(word)
        else:
            first = _first_word(low, words)
        if first < 0:
            continue
        pos = first - reach if reach is not None and (plain or key is not None) and first > reach else 0
        for m in pattern.finditer(sentence, pos):
            s, e = m.span()
            if taken.overlaps(s, e):
                continue
            # "Expo 2025", "Vision 2030": a name, not a time (the name needs a capital: plain
            # text whose lower case is itself has none).
            if kind == "year" and sentence[s].isdigit() and not (plain and low[max(0, s - 30) : s] == sentence[max(0, s - 30) : s]):
                if _NAME_BEFORE.search(sentence, max(0, s - 30), s):
                    continue
            resolved = resolve(kind, m, published)
            if resolved is None:
                continue
            rkind, year, period = resolved
            if kind == "months" and _FROM_WHOLE_RANGE.match(sentence, s) and sentence[:s].rstrip()[-1:] not in ("", ",", ";", ":", "("):
                s += 5  # "up 8.3% from January-June 2023": "from" a range said whole is the comparison's word
            if kind == "relmonth" and _SAID_BEFORE.search(sentence, max(0, s - 30), s):
                taken.add(s, e)  # "announced this month that ...": when it was said, no time of a figure
                continue
            before = sentence[max(0, s - 60) : s]
            before_low = low[max(0, s - 60) : s] if plain else (before.lower() if before.isascii() else None)
            # The kind first: it is free, and rules out most of the searches.
            base = rkind in ("period", "date", "before") and (
                _found(_BASE_BEFORE, before, before_low, _BASE_WORDS) or ("(" in before and bool(_IN_AMOUNT_BRACKET.search(before)))
                or (rkind == "period" and _BASE_AMOUNT_TIME.search(sentence, max(0, s - 100), s) is not None)
            )
            # "up 21% over the first nine months of the year": "over" a part of the current year
            # spans it (a base is of a year before; "38% over 2010", "over January-May 2018" stay bases).
            base = base and not (rkind == "period" and period not in (None, "FY") and _OVER_BEFORE.search(before) is not None
                                 and (not _YEAR_DIGITS.search(m.group(0)) or (published is not None and year == published.year)))
            # "exceeded the 2023 figure by 12 percent", "96 percent of the 2016 level": a base.
            base = base or (rkind == "period" and before.endswith("the ") and _BASE_NOUN_AFTER.match(sentence, e) is not None)
            # "surpassing the previous year's level by 4%", "2% above the previous year's result": a base
            base = base or (rkind in ("period", "before") and _EXCEEDED_BEFORE.search(before) is not None and _BASE_NOUN_AFTER.match(sentence, e) is not None)
            # "With Armenia - $59.4 m (in January-September 2018 - $31.0 m)": a bracket after an amount
            # that opens with a time and a dash holds the base's amount and its time.
            base = base or (rkind == "period" and "(" in before and bool(_BRACKET_TIME_OPEN.search(before)) and bool(BRACKET_TIME_DASH.match(sentence, e)))
            # ("as of 2019" names the year a stock stands at; "by 2019" is a deadline's year)
            as_of = (rkind == "date" or (rkind == "period" and period is not None and (period != "FY" or before[-6:].lower() in ("as of ", "as at ")))) and _found(_AS_OF_BEFORE, before, before_low, _AS_OF_WORDS)
            # "at the end of 2022", "as of the end of June 2023": the date a stock is counted at.
            at_end = rkind == "period" and (
                _found(_END_OF_BEFORE, before, before_low, ("end", "close", "start", "beginning"))
                or (sentence[s : s + 3].lower() in ("ear", "mid", "lat") and _found(_AS_OF_BEFORE, before, before_low, _AS_OF_WORDS))
            )
            as_of = as_of or at_end
            if as_of and not base:
                # "as of October 1, 2018", "by the end of September 2018": a flow's months to date.
                rkind, period = months_to_date(rkind, period, m, at_end, before.rstrip()[-5:].lower() in ("as of", "as at"))
            if rkind == "date" and "end" in before and _YEAR_ENDED_BEFORE.search(before):
                rkind, period = year_closed(rkind, period, m)
            same = rkind == "period" and period == "FY" and _found(_SAME_MONTHS_BEFORE, before, before_low, ("period", "quarter", "half", "month", "time", "figure"))
            taken.add(s, e)
            if rkind == "back":
                refs.append(TimeRef(s, e, "back", None, None, back=int(period or 0)))
                continue
            refs.append(TimeRef(s, e, rkind, year, period, base, as_of, same))
    if references is not None and holds_any(low, ("period", "month", "time")):
        # "in the reporting period", "during this period": the article's current period.
        for m in references.finditer(sentence):
            s, e = m.span()
            if taken.overlaps(s, e):
                continue
            if _YEAR_FOLLOWS.match(sentence[e : e + 16]):
                continue  # "the same period of 2021", "the period from January to May": the time after it
            before = sentence[max(0, s - 60) : s]
            base = _found(_BASE_BEFORE, before, before.lower() if before.isascii() else None, _BASE_WORDS)
            taken.add(s, e)
            kind = "reporting" if "report" in m.group(0).lower() else "ref"
            refs.append(TimeRef(s, e, kind, None, None, base))
    refs.sort(key=lambda r: r.start)
    return neighbours_read(sentence, refs)


def shift(ref: TimeRef, start: int, end: int) -> TimeRef:
    """The same time at other offsets (sentence -> article)."""
    return replace(ref, start=start, end=end)
