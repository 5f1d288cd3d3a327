"""The time expressions a sentence is searched for, as written: each pattern's kind, its source
and its gate (what a sentence must hold for it to have any chance), most specific first; the
words a statistics release varies ("the last calendar year", "the first semester") come from
rules/phrases.toml [time_words]. `times.py` compiles and runs them."""

from __future__ import annotations

import re

from dashboard.extract.rule_files import rules_file

# The words a release or an older wire varies for a year or a half (rules/phrases.toml [time_words]).
_WORDS = rules_file("phrases.toml")["time_words"]
_YEAR_KIND = "|".join(_WORDS["year_kinds"])  # "the last calendar year": the year itself
_HALF = "|".join(_WORDS["half_nouns"])  # "the first semester of 2012": its first half
_BEFORE_LAST = "|".join(_WORDS["year_before_last"])  # two years before the article's
_SINCE_THEN = "|".join(_WORDS["since_then"])  # "since then", "since that time": the time just named
_PREVIOUS = "(?:" + "|".join(_WORDS["previous"]) + ")"  # "the previous (preceding, prior) year"
TO_END_OF = "|".join(_WORDS["to_end_of"])  # "up to (until) the end of September": counted to its end
YEAR_END = "|".join(_WORDS["year_end"])  # "as of year-end 2023": the end of that year
THROUGH_MONTH = "|".join(_WORDS["through_month"])  # "through September": to that month's end
_WHOLE_ADJ = "|".join(_WORDS["whole_year_adjectives"])  # "full-year trade": the whole year
_WHOLE_NOUN = "|".join(_WORDS["whole_year_nouns"])
_QUARTER_BACK = "|".join(_WORDS["quarter_back"])  # "the last quarter": the one before the article's
_RESULTS_OF = "|".join(_WORDS["results_of"])  # "the results of nine months": the year's first nine
_DAY_YEAR = r"(?:this|the\scurrent|current|last|the\spast|the\sprevious|previous)\syear"  # "October 1 of this year"
_JUST_OVER = "|".join(_WORDS["year_just_over"])  # "the year just ended": the year before the article's
# Month names keep their capital (so the verb "may" is never May); abbreviations may end in ".".
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_REL_YEAR = (
    r"(?:this|the\scurrent|current|last|the\slast|the\sprevious|previous|the\spast|next"
    # "the year 2019" is 2019; "In 2017, the year before the deal," restates the year before it
    # ("the year ended 31 December 2018" is the date's year; "the last year of the crisis" another event's;
    # "the year-earlier period" is a base a year back, `base_times`)
    rf"|the\snext|the\sreporting|the\s(?:whole|full|entire)|(?<!\d,\s)the)\s(?:(?:{_YEAR_KIND})\s)?year(?!-(?:earlier|ago)\b|\s(?:of\s)?(?:19|20)\d\d|\s(?:that\s)?end(?:ed|ing)\b|\sof\s(?!the\s(?:same|current|reporting)\b))"
)
_YEARREF = rf"(?:(?P<y>{_YEAR})|(?P<rel>{_REL_YEAR}))"
_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|I|II|III|IV)"
_RUN_OF_YEARS = r"\s(?:of\s)?(?:19|20)\d\d(?:,\s?(?:19|20)\d\d)*,?\s(?:and\s)?(?:19|20)\d\d"
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
    # "January 1 - September 30, 2012", "1 January - 30 September 2012", "01.01.2012-30.09.2012": the
    # months from the first day of one to the last of another, written as a range of two dates.
    ("months", _source(rf"\b(?P<m1>{_MONTH})\s0?1(?:st)?\s?[-–—]\s?(?P<m2>{_MONTH})\s(?:2[89]|3[01])(?:th|st)?,?\s(?P<y>{_YEAR})\b"), _DM),
    ("months", _source(rf"\b0?1(?:st)?\s(?P<m1>{_MONTH})\s?[-–—]\s?(?:2[89]|3[01])(?:th|st)?\s(?P<m2>{_MONTH}),?\s(?P<y>{_YEAR})\b"), _DM),
    ("months", _source(rf"(?:\b[Ff]rom\s)?(?<![\d.,])0?1\.(?P<m1>0?[1-9]|1[0-2])\.(?P<y>{_YEAR})(?:\s?[-–—]\s?|\s(?:to|till|until|through)\s)(?:2[89]|3[01])\.(?P<m2>0?[1-9]|1[0-2])\.(?P=y)(?![\d.,]\d)"), _Y),
    ("date", _source(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}})?\s(?P<m>{_MONTH}),?\s(?P<y>{_YEAR})\b"), _DM),
    ("date", _source(rf"\b(?P<m>{_MONTH})\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}})?,?\s(?P<y>{_YEAR})\b"), _DM),
    # ("as of October 1 of this year": the day in the year named after it)
    ("date", _source(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<m>{_MONTH})(?:\sof\s(?P<rel>{_DAY_YEAR}))?(?![\w])"), _DM),
    ("date", _source(rf"\b(?P<m>{_MONTH})\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\sof\s(?P<rel>{_DAY_YEAR}))?(?![\w.,]?\d)"), _DM),
    # "as of 01.01.2015", "as of 1.07.2013": a date written in digits, day first (dots never put the month first)
    ("date", _source(rf"(?<![\d.,])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{_YEAR})(?![\d.,]\d)"), _Y),
    # ("the January-September period of 2018", "the January-March quarter of 2019")
    ("months", _source(rf"\b(?:[Ff]rom\s)?(?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH})(?:\s(?:period|quarter))?(?:,?\s\[?(?:of\s)?{_YEARREF}\]?)?(?:\b|(?<=\]))"), _M),
    # ("the ten-month period of 2018": its first ten months; "nine-month exports", "six-month trade" before a
    # flow's noun too, or "the seven-month total", "the nine-month figure"; "a six-month loan" is a term, "a six-month high" no period)
    # "the last three months of 2011", "the final month of last year": the year's closing months (its year
    # after it, so "the last month" alone stays the month before the article's; "the last months of 2011" says no number)
    ("last_n", _source(rf"\b(?:the\s)?(?:last|final|closing)\s(?:(?P<n>{_COUNT})\smonths|month)\s(?:of|in)\s(?:(?P<y>{_YEAR})|(?P<rel>{_REL_YEAR}))\b", I), ("last", "final", "closing")),
    ("first_n", _source(rf"\b(?:the\s)?(?P<first>first\s)?(?P<n>{_COUNT})\s?(?:-\s?)?months?(?P<adj>(?<=-month)(?=\s(?:(?:foreign|bilateral|mutual)\s)?(?:exports?|imports?|trade|turnover|investments?|total|figure|volume)\b))?(?:\speriod)?(?:\s(?:(?:of|in)\s(?:the\s)?)?{_YEARREF})?\b", I), ("month",)),
    ("first_n", _source(rf"\b(?P<n>\d{{1,2}})M\s?(?P<y>{_YEAR})\b"), ("m1", "m2", "m 1", "m 2")),
    # ... and with no year, after a preposition of time ("reached $4.2 bn in 9M"; never "$9M", an amount)
    ("first_n", _source(r"(?:(?<=\b[Ii]n\s)|(?<=\b[Ff]or\s)|(?<=\b[Oo]ver\s)|(?<=\b[Dd]uring\s))(?P<n>1[0-2]|[2-9])M\b(?!\s?(?:19|20)\d\d)"), tuple(f"{n}m" for n in range(10))),
    # "Over the 8 months our exports have risen", "In 10 months, exports reached": the article's year's first months.
    # ("over the past nine months" said in November: the year's first nine, told a month or two after)
    # "in the seven months through July", "the 10 months to October 2019": a wire's months to date,
    # the year's first when they end where they count to (else a window of months, no period)
    ("first_n", _source(rf"\b(?:[Oo]ver|[Ii]n|[Ff]or|[Dd]uring)\s(?P<span>(?:the\s)?)(?P<n>{_COUNT})\smonths\s(?:through|to|till|until|ending(?:\sin)?)\s(?P<end>{_MONTH})(?:,?\s(?:of\s)?(?P<y>{_YEAR}))?(?![\w])"), ("months",)),
    ("first_n", _source(rf"\b(?:[Oo]ver|[Ii]n|[Ff]or|[Dd]uring)\s(?P<span>(?:the\s)?)(?P<past>(?<=the\s)(?:past|last)\s)?(?P<n>{_COUNT})\smonths\b(?!\s(?:to|ago|before|earlier|later))"), ("months",)),
    ("first_n", _source(rf"\b(?:{_RESULTS_OF})\s(?P<span>)(?P<n>{_COUNT})\smonths\b(?!\s(?:to|ago|before|earlier|later))", I), ("results", "outcome")),
    # Analysts' shorthand: "1H17", "2Q19", "9M18" (the half, quarter or first months, and the year's last two digits).
    ("short", _source(r"\b(?P<n>1[0-2]|[1-9])(?P<u>[HQM])(?P<yy>\d{2})\b"), _SHORT),
    ("first_n", _source(rf"\b(?:the\s)?(?P<first>first)\smonth(?:\s(?:of|in)\s(?:the\s)?{_YEARREF})?\b", I), ("month",)),
    # "the first three quarters of 2023", "Q1-Q3 2023", "the second and third quarters": the months of a run of quarters.
    ("quarters", _source(rf"\b(?:the\s)?first\s(?P<n>two|three|2|3)\squarters(?:\s(?:of\s)?{_YEARREF})?\b", I), ("quarters",)),
    # ("in three quarters of 2012", "for the 3 quarters of this year": a run from the first, said
    # without "first" as a release does; its year after it, so "three quarters of the exports" is a share)
    ("quarters", _source(rf"(?:(?<=\b[Ii]n\s)|(?<=\b[Ff]or\s)|(?<=\b[Oo]ver\s)|(?<=\b[Dd]uring\s)|(?<=\b[Ww]ithin\s))(?:the\s)?(?P<n>two|three|2|3)\squarters\s(?:of\s)?(?:(?P<y>{_YEAR})|(?P<rel>{_REL_YEAR}))\b(?!['’])", I), ("quarters",)),
    ("quarters", _source(rf"\bQ(?P<q1>[1-4]){_DASH}Q(?P<q2>[1-4])(?:\s?(?:of\s)?(?P<y>{_YEAR}))?\b"), ("-q", "q1", "q2", "q3")),
    ("quarters", _source(rf"\b(?:the\s)?(?:(?P<o0>first|second),\s)?(?P<o1>first|second|third){_DASH}(?P<o2>second|third|fourth)\squarters(?:\s(?:of\s)?{_YEARREF})?\b", I), ("quarters",)),
    # "the first quarter of 2019", "first-quarter trade", "first-half exports"
    # ("the last quarter of 2018", "the final quarter of 2023": with no year, "last quarter" is the one before now)
    # ("the first quarters of 2022 and 2023": the plural before a run of years, `time_runs._part_runs`)
    ("quarter", _source(rf"\b(?:the\s)?(?P<o>{_ORD}|(?:last|final)(?=\squarter\sof\s(?:(?:19|20)\d\d|{_REL_YEAR})))[\s-]quarter(?:s(?={_RUN_OF_YEARS}))?(?:\s(?:of\s)?{_YEARREF})?\b", I), ("quarter",)),
    # ("Q1'18", "H2 ’23": the year's last two digits after an apostrophe)
    # ("in the last quarter", "the previous quarter": with no year, the one before the article's)
    ("relquarter", _source(rf"\b(?:the\s)?(?P<rq>{_QUARTER_BACK})\squarter\b(?!s|\sof\b|[-\s]on[-\s]quarter|[\s-]century)", I), ("quarter",)),
    ("quarter", _source(rf"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:\s?(?:of\s)?(?P<y>{_YEAR})|\s?['’](?P<yy>\d\d))?\b"), ("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q")),
    # ("in the half-year of 2018", "the first half-year": a report's half-year is the first half)
    # ("the 1st half of 2007", "the II half of 2007": the half in digits or, after "the", in Roman numerals)
    # ("the first and second halves of 2022": both halves, the whole year; `time_members` gives a
    # run of two amounts beside it one half each)
    ("halves", _source(rf"\b(?:the\s)?(?:first|1st)\s(?:and|&)\s(?:second|2nd)\shalves(?:\s(?:of\s)?{_YEARREF})?\b", I), ("halves",)),
    ("half", _source(rf"\b(?:(?:the\s)?(?P<o>first|second|1st|2nd|(?<=the\s)(?-i:II|I))[\s-](?:{_HALF}|halves(?={_RUN_OF_YEARS}))(?:-year)?|the\shalf[\s-]year)(?:\s(?:of\s)?{_YEARREF})?\b", I), (*(w.split("\\")[0] for w in _WORDS["half_nouns"]), "halves")),
    # ("1H 2018", "2H 2023": the half written number first, as "3Q 2019" is)
    ("half", _source(rf"\b(?:H(?P<h>[12])|(?P<hb>[12])H(?=\s?(?:19|20)\d\d))(?:\s?(?:of\s)?(?P<y>{_YEAR})|\s?['’](?P<yy>\d\d))?\b"), ("h1", "h2", "1h", "2h")),
    # "in FY 2018", "FY2023": a full year.
    ("year", _source(rf"\bFY\s?(?P<y>{_YEAR})\b"), ("fy",)),
    # (a month's three-letter abbreviation before a capitalised word is a person's name: "Khan Jan
    # Karimi", "Jan Kubis said")
    ("month", _source(rf"\b(?P<m>{_MONTH})(?!(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s[A-Z][a-z])(?:\s(?:of\s)?{_YEARREF})?(?![\w])"), _M),
    ("relmonth", _source(r"\b(?P<rm>last|previous|past|this|current)\smonth\b(?!s)", I), ("month",)),
    # Gated on the word after "year", which far fewer sentences hold; cut short of an "i" or an
    # "s", which ignoring case matches in "ı", "İ" and "ſ" too.
    # ("the year before the agreement" names an event, no time back; "($215 m year on year)", an amount's bracket, is one.)
    # ("In the previous year, it stood at $1.2 bn", "The previous year, ...": a year before the one the story has reached;
    # so at a clause's head: "$312 m in 2007, while in the previous year it was $254 m", "; in the previous year, ...")
    # (so is a base's closing its clause: "reached $4.1 bn in 2017, up from $3.3 bn in the previous year, the office said")
    # ("from the previous year's $612 m": the year before the figure's, as the base amount's owner)
    # ("The figure for the previous year was $1.1 bn": the figure's year is the one before the story's)
    # "the year before last": two years before the article's (before "a year before" reads "the year before")
    ("relyear", _source(rf"\b(?P<rel>{_BEFORE_LAST})\b", I), ("before last",)),
    ("before", _source(rf"\b(?:a|one|the)\syear\s(?:earlier|before(?!\s(?:the|a|an|its|his|her|their|[A-Z0-9]))|ago)\b|(?:(?<=lion\s)|(?<=mln\s)|(?<=bn\s))year[-\s]on[-\s]year(?=\))|\bthe\s{_PREVIOUS}\syear\b(?=[.,;]?\s?$|['’]s\s|\s\()|(?<=\sin\s)the\s{_PREVIOUS}\syear\b(?=,\s)|(?<=\sfigure\sfor\s)the\s{_PREVIOUS}\syear\b|(?:(?<=^In\s)|(?<=^For\s)|(?<=^During\s)|(?<=[;,]\sin\s)|(?<=while\sin\s)|(?<=whereas\sin\s)|^(?=the\s{_PREVIOUS}\syear,))the\s{_PREVIOUS}\syear\b", I), ("earl", "before", "ago", *_WORDS["previous"], "on-year", "on year")),
    ("back", _source(rf"\b(?P<n>{_COUNT})\syears\s(?:earlier|before|ago)\b", I), ("years",)),
    # "A year later", "Two years later", "The following year": so many years after the time before;
    # "That year", "the same year": none after it (the year the story has reached, not the article's).
    ("later", _source(rf"\b(?:(?P<n>{_COUNT}|a)\syears?\slater|the\sfollowing\syear|(?P<same>that|the\ssame)\syear(?!['’]))\b(?!\s(?:than|of)\b)", I), ("later", "following", "that year", "same year")),
    ("vague", _source(rf"\b(?:in\sthe\snear\sfuture|in\sthe\scoming\syears?|(?:in|over|during|within)\sthe\s(?:next|coming)\s{_COUNT}\syears|(?:over|in|during)\sthe\s(?:past|last)\s{_COUNT}\s(?:years|months)|(?:over|in|during|for|within)\sthe\s(?:past|last)\s(?:year\sand\sa\shalf|(?:one\sand\sa\shalf|one-and-a-half|1\.5)\syears)|(?:over|in|during|within)\sthe\speriod\sof\s{_COUNT}\syears|in\srecent\syears|annually|per\s(?:year|annum)|(?<!\d,\s)a\syear(?![-\u2011](?:on|to|over)[-\u2011\s]year)|each\syear|every\syear|in\sthe\sfuture|in\s(?:the\s)?future\syears|in\sthe\syears\sto\scome|in\sthe\smedium\sterm|in\sthe\slong\sterm|in\sthe\sshort\sterm)\b", I), ("future", "coming", "next", "past", "last", "recent", "annual", "per ", "year", "term")),
    # (and "so far this year", "so far in 2019", "year-to-date")
    ("to_date", _source(rf"\b(?:(?:since|from)\s(?:the\s(?:beginning|start)\sof\s|early\s)(?:(?:the\s|this\s)?(?:current\s)?year|(?P<y>{_YEAR}))|so\sfar\s(?:this\syear|in\s(?:the\scurrent\syear|(?P<y2>{_YEAR})))|year[\s-]to[\s-]date)\b", I), ("beginning", "start", "early", "so far", "to date", "to-date")),
    # "since cooperation began in 2008", "since the fund was established in 1995": the stock's start
    ("since", _source(rf"\bsince\s(?:the\s)?(?:(?:[\w-]+\s){{1,3}}(?:began|started|opened|(?:was|were)\s(?:established|launched|signed|founded|set\sup))\sin\s)?(?:(?P<y>{_YEAR})|independence|the\sbeginning|the\sestablishment|the\sstart|{_SINCE_THEN})\b", I), ("since",)),
    # ("by end-2025", "by end of 2025", "by year-end", "by year-end 2025": wire shorthand of "by the end of";
    # "by (the end of) the year 2030" is 2030's, never the article's year that a bare "the year" names)
    ("deadline", _source(rf"\bby\s(?:(?:the\s)?end(?:\sof\s|[\s-])|(?:{YEAR_END})\s)?(?:the\syear\s(?={_YEAR}\b))?(?:(?P<y>{_YEAR})|(?P<rel>this\syear|the\syear|the\scurrent\syear|next\syear|(?:the\s)?year[\s-]end))\b", I), ("by ",)),
    ("span", _source(rf"\b(?P<y>{_YEAR})\s?[-–/]\s?(?P<y2>{_YEAR}|\d{{2}}(?![.,]\d|\s?(?:%|percent|per\scent|[mb]ln|bn|mn|(?:b|m|tr)illion|thousand)\b)(?!%))\b"), _Y),
    ("span", _source(rf"\b(?:[Bb]etween\s(?P<y>{_YEAR})\sand|[Ff]rom\s(?P<y3>{_YEAR})\s(?:to|through|till|until))\s(?:the\send\sof\s)?(?P<y2>{_YEAR})\b"), ("between", "from")),
    ("relyear", _source(rf"\b(?P<rel>{_JUST_OVER})\b", I), ("just",)),
    ("relyear", _source(rf"\b(?P<rel>{_REL_YEAR})\b", I), ("year",)),
    # "full-year exports", "whole-year trade": the year the story speaks of, said whole (after
    # "the full year" above); "at year-end", "as of year-end" with no year: the day that year ends
    ("whole_year", _source(rf"\b(?:{_WHOLE_ADJ})(?=\s(?:(?:foreign|bilateral|mutual)\s)?(?:{_WHOLE_NOUN})\b)", I), ("full", "whole")),
    ("year_end", _source(rf"(?:(?<=\bat\s)|(?<=\bof\s))(?:the\s)?(?:{YEAR_END})\b(?![\s-]?(?:19|20)\d\d)", I), ("end",)),
    # "as of mid-2023", "by early 2024": a part of a year, the as-of year of a stock
    ("year", _source(rf"\b(?:early|mid|late)[\s-](?P<y>{_YEAR})\b", I), ("early", "mid", "late")),
    # "as of end-2012", "at end-2012": the wires' "the end of 2012" (a year after a hyphen is no year otherwise)
    ("year", _source(rf"(?<=\bend-)(?P<y>{_YEAR})\b", I), ("end-",)),
    ("year", _source(rf"(?<![\w$€£.,/-])(?P<y>{_YEAR})(?![\w%]|[.,]\d|\s?(?:%|percent|per\scent))"), _Y),
    # "announced on Tuesday", "signed yesterday", "earlier this week": a day of the article's week.
    ("date", _source(r"\b(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:[Yy]esterday|(?:earlier\s|later\s)?this\sweek|last\sweek)\b"), ("day", "week")),
    ("present", _source(r"\b(?:at\sthe\smoment|currently|at\spresent|presently|as\sof\stoday|to\sday|today|now)\b", I), ("moment", "current", "present", "today", "now", "to day")),
    # "totaled $128 m in August 2021 but has since risen to $213 m": the amount after "has since"
    # is of the present, never of the time the clause before it named
    ("present", _source(r"\b(?:has|have)\ssince(?=\s(?:[a-z]+ed|grown|risen|fallen|climbed|dropped|doubled|tripled)\b)"), ("has since", "have since")),
]


def names_previous(text: str) -> bool:
    """Whether a time's words name the year before by a word of [time_words] previous ("the preceding year")."""
    low = text.lower()
    return any(w in low for w in _WORDS["previous"])
