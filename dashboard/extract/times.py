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
from dashboard.extract import time_patterns as said
from dashboard.extract.gated_pattern import gated
from dashboard.extract.gates import holds_any
from dashboard.extract.pattern_shape import first_char_checked_compiled, longest_written
from dashboard.extract.taken_spans import TakenSpans
from dashboard.extract.time_patterns import _D, _DM, _M, _MONTH, _SHORT, _WRITTEN, _Y, _YEAR, I
from dashboard.extract.time_resolution import month_over, months_to_date, resolve, year_closed
from dashboard.extract.time_runs import neighbours_read


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

# The words that name the same months of another year: "the same period of 2022", "the
# corresponding quarter", "the like period", "the analogous months".
SAME_PERIOD_WORDS = "same|corresponding|like|analogous"
# A base named by its figure or its time rather than its months: "12% above the same figure for
# 2019", "4% below the same time last year", "against the level at the close of 2020".
_BASE_NOUNS = "time|figure|indicator|level|result"
# Words just before a time that make it what an amount is compared against ("the period of 2019";
# a wire's "compared to same month of 2019", its article dropped before "same").
# Searched for in the words before each time: first_char_checked, as the patterns above.
_BASE_BEFORE = first_char_checked_compiled(
    r"\b(?:compared\s(?:to|with)|as\scompared\sto|in\scomparison\s(?:with|to)|relative\sto|than|against|as\s(?:high|much|large|big|great)\sas"
    r"|versus|vs\.?|from|the\slevel\sof|exceed(?:ed|ing|s)?\s(?:the\s)?(?:same\s|corresponding\s)?(?:figure|level|indicator|result|data)s?\s(?:for|of)|year-on-year\s\(|y/y\s\(|(?:a|one)\syear\searlier\s\("
    r"|(?:%|pct|percent|per\scent)\s(?:up\s|down\s)?(?:on|over|of|below|above)"  # "4% below the same time last year", "up 46.2 pct on the same period of 2007", "12 percent on 2017", "38 per cent over 2010"
    rf"|(?:%|pct|percent|per\scent)\sto(?=\sthe\s(?:{SAME_PERIOD_WORDS})\s)|in\s(?:%|percent)\s(?:of|to)"  # indexes: "114.6% to the same period", "2009 in % of 2008"
    r"|(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall)\s(?:on|over)(?!\sthe\s(?:year|period)\b)|(?<=\()changes?\s(?:to|on|over|against)"  # "a 23% increase over January 2011", "(change to 2013)"
    rf")\s(?:(?:in\s|for\s|during\s)?(?:the\s(?:(?:{SAME_PERIOD_WORDS}|given)\s)?|(?:{SAME_PERIOD_WORDS})\s)(?:\w+-month\s)?(?:period|quarter|half|months?|{_BASE_NOUNS})\s(?:(?:of|in|for|at\sthe\s(?:end|close)\sof)\s)?"
    rf"(?:the\s(?:{SAME_PERIOD_WORDS})\s(?:period|quarter|half|months?)\s(?:(?:of|in)\s)?)?)?(?:in\s|of\s)?(?:the\s)?$"
    # "27 percent over the same period of 2019": "over" compares only with the same months
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
# "the same period of 2022" with no comparison word: the current period's months, in 2022 (so
# are "the same quarter", "half" or "month" of a year).
_SAME_MONTHS_BEFORE = first_char_checked_compiled(rf"\b(?:{SAME_PERIOD_WORDS}|given|similar)\s(?:\w+-month\s)?(?:periods?|quarters?|half|months?|time|timeframe|figures?|indicators?)\s(?:(?:of|in|for)\s)?(?:the\s)?$", I)
# "($2.6 billion in January-April 2022)": the time of a bracketed comparison amount; after a time
# said in words, "in January-April this year (2018: $198 m)", too.
_BRACKET_TIME_OPEN = re.compile(r"(?:\d|\byear)[^()]{0,25}\(\s?(?:(?:in|for|during)\s)?(?:the\s)?$", I)
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
# (or the base's amount it owns: "exceeded the previous year's $2.9 m by 12%")
_BASE_NOUN_AFTER = re.compile(r"(?:['’]s)?\s(?:figure|level|indicator|result|volume)s?\b|['’]s\s(?:[$€£¥]|US\$|USD\s|EUR\s|\d)", I)
_BASE_WORDS = ("compar", "relative", "than", "below", "above", "change", "against", "versus", "vs", "from", "level", "year-on-year", "y/y", "earlier", "on", "over", "exceed", "in %", "in percent", " as ")
_AS_OF_WORDS = ("as", "by")
_OVER_BEFORE = re.compile(r"\bover\s(?:the\s)?$", I)
_EXCEEDED_BEFORE = re.compile(r"\b(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|above|over|below|under)\s(?:the\s)?$", I)
# ("at the start of 2019", "as of the beginning of 2024": a stock counted on the year's first day)
# (and the wires' "as of end-2012", "at end-June 2012")
# (and "up to the end of September", "as of year-end 2023": `time_patterns.TO_END_OF`, `YEAR_END`)
_END_OF_BEFORE = first_char_checked_compiled(
    rf"\b(?:(?:as\sof|as\sat|at|by)\s(?:the\s)?(?:(?:end|close|start|beginning)(?:\sof\s(?:the\s)?|-)|(?:{said.YEAR_END})\s)"
    rf"|(?:{said.TO_END_OF})\s(?:the\s)?end(?:\sof\s(?:the\s)?|-))$", I
)
# "as of (by, up to) the end of": a flow counted to that day, not only a day named ("at the end of")
_COUNTED_TO = re.compile(rf"\b(?:as\sof|as\sat|by|{said.TO_END_OF})\s(?:the\s)?end\sof\s(?:the\s)?$", I)
# "Through September, trade reached $2 bn": a month counted to its end (never a year: "through 2023")
_THROUGH_BEFORE = re.compile(rf"(?:^|\s)(?:{said.THROUGH_MONTH})\s$", I)


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
    same_months: bool = False  # "the same period of 2022": the current period's months, that year
    back: int = 0  # "five years earlier": so many years before the year the article speaks of


_DAY_OF_WEEK = re.compile(r"(?:on\s)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|(?:earlier\s|later\s)?this\sweek|last\sweek)")


def day_of_week(r: TimeRef, text: str) -> bool:
    """Whether a time is a day of the article's week ("on Tuesday", "yesterday"): the day something
    was said or signed, never the period of a flow."""
    return r.kind == "date" and bool(_DAY_OF_WEEK.fullmatch(text, r.start, r.end))


# "the same period of 2022": the year after a period reference is the time.
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
            # ("grew 11.6% over the past year": the year it grew in, a span, not the one it is compared with)
            base = base and not (before.endswith("over ") and m.group(0).lower().startswith("the past"))
            # "exceeded the 2023 figure by 12 percent", "88 percent of the 2019 level": a base.
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
                or (kind == "month" and _THROUGH_BEFORE.search(before) is not None)
            )
            as_of = as_of or at_end
            if as_of and not base:
                # "as of October 1, 2018", "by the end of September 2018": a flow's months to date.
                counted_to = at_end and _COUNTED_TO.search(before) is not None
                rkind, period = months_to_date(
                    rkind, period, m, at_end, before.rstrip()[-5:].lower() in ("as of", "as at"), month_over(year, period, published), counted_to
                )
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
