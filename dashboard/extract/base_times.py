"""The time of a comparison's base: "compared with $98.4 m in January-May 2018", "up from the
previous year's $612.7 m", "Compared with the same period of 2023, when it stood at $395.6 m".

A base amount takes the base's time, never the figure's; "the same (corresponding) period" of a
year is the figure's months in that year, or the story's where the sentence names none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.contract.periods import month_range, period_bounds
from dashboard.extract.discourse import Discourse
from dashboard.extract.gated_pattern import gated
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file
from dashboard.extract.step_back import previous_step
from dashboard.extract.time_patterns import names_previous
from dashboard.extract.time_series import span_run_year, written_years
from dashboard.extract.times import BRACKET_TIME_DASH, SAME_PERIOD_WORDS, TimeRef

# Small words that may stand between an amount and the time it belongs to: "$1 bn in 2021",
# "a 6% drop in 2021", "$146 million (RM602 million) in 2019" (past a bracketed conversion),
# "$157 million US in January-July" (past a currency's country said again), "a $200 m grant in 2015".
ATTACHED_GAP = re.compile(
    rf"^\s*(?:\([^()]*\d[^()]*\)\s*)?(?:US\s)?(?:(?:growth|increase|rise|fall|decline|drop|decrease|jump|surge|contraction|loan|grant)\s(?=in\s|during\s))?(?:(?:recorded|registered|posted)\s)?(?:(?:in|during|for|of|over|at|as\sof|by)\s)?(?:the\s)?(?:(?:whole|entire|full)\sof\s|year\s|period\s)?(?:(?:{SAME_PERIOD_WORDS})\s(?:period|quarter|half|months?|timeframe)\s(?:of\s|in\s)?(?:the\s)?)?$",
    re.I,
)

# From an amount to a time alone in the bracket after it: "$45 m (2019)", "EUR 1.5 bn (in 2021)".
TIME_BRACKET = re.compile(r"\s?\(\s?(?:in\s)?")
_DASH_BEFORE = re.compile(r"\s?[–—-]\s?(?:[$€£¥]|US\$|USD\s?)?$")
# From a bracketed amount to the base time it is compared at: "($1.4 bn over the same period of 2022)".
_SAME_PERIOD_GAP = re.compile(
    r"\s(?:over|against|compared\s(?:to|with)|versus|vs\.?)\s(?:the\s)?(?:same|corresponding)\s(?:period|months?|quarter|half)\s(?:of|in)\s(?:the\s)?", re.I
)

# A sentence that opens with its comparison's base: "Compared with $612.7 m a year earlier, ...",
# "Against $1.4 bn in 2018, ...", "From $1.05 bn in 2004, ...", "Up from ...".
_FRONTED_BASE = re.compile(
    r"[\"“'‘\s]*(?:(?:As\s)?[Cc]ompared\s(?:to|with)|In\scomparison\s(?:to|with)|Against|From|(?:Up|Down)\sfrom|Versus)\s"
    r"(?:the\s)?(?:(?:about|around|almost|nearly|over|more\sthan)\s)?$"
)


def fronted_base(text: str, amount_start: int) -> bool:
    """Whether the amount starting at `amount_start` is a base the sentence opens with."""
    return _FRONTED_BASE.match(text, 0, amount_start) is not None


def held_by_amount(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether a time is written right after another amount, so is that amount's ("Compared with
    $612.7 m a year earlier, trade rose to $845.3 m": the base's year back, not the figure's)."""
    return any(x is not q and x.end <= r.start and ATTACHED_GAP.match(s.text[x.end : r.start]) for x in s.quantities)


_SAME_BEFORE = re.compile(rf"\b(?:{SAME_PERIOD_WORDS})\s(?:period|quarter|half|months?|timeframe)\b", re.I)


def base_period(base: TimeRef, q: Quantity, s: SentenceParts, story: str | None = None) -> TimeRef | None:
    """ "compared with $126.5 million in the same period of 2022": the months of the
    sentence's own period, in the base's year; with none before the amount, the months of the
    story's period (`story`: "In January-June 2024, ... Compared with the same period of 2023,
    when it stood at $395.6 m, ...")."""
    if base.year is None:
        return None
    if base.period not in (None, "FY") or not _SAME_BEFORE.search(s.text, max(0, base.start - 30), base.end):
        return TimeRef(base.start, base.end, "period", base.year, base.period)
    return TimeRef(base.start, base.end, "period", base.year, _own_months(q, s) or story or "FY")


def _own_months(q: Quantity, s: SentenceParts) -> str | None:
    """The period code of the sentence's own last period before the amount, if any."""
    own = [r for r in s.times if not r.base and r.kind == "period" and r.period and r.end <= q.start]
    return own[-1].period if own else None


def story_months(d: Discourse | None) -> str | None:
    """The months of the period the story has reached, for a base said as "the same period"."""
    return d.time.period if d is not None and d.time is not None and d.time.kind == "period" else None


# (or a year back by its adjective: "the year-earlier period", "the year-ago quarter")
_YEAR_BACK = "|".join(rules_file("phrases.toml")["time_words"]["year_back_periods"])
_SAME_REF = re.compile(rf"(?:the\s)?(?:(?:{SAME_PERIOD_WORDS})\s(?:\w+-month\s)?period|(?:{_YEAR_BACK})\s(?:period|quarter|half|months))", re.I)


def _same_months_back(ref: TimeRef, q: Quantity, s: SentenceParts, d: Discourse) -> TimeRef | None:
    """ "the corresponding period" with no year, as a base: the months of the sentence's own
    period (else the story's), a year before it."""
    if not _SAME_REF.fullmatch(s.text, ref.start, ref.end):
        return None
    own = [r for r in s.times if not r.base and r.kind == "period" and r.year and r.end <= q.start]
    told = own[-1] if own else (d.time if d.time is not None and d.time.kind == "period" else None)
    if told is None or told.year is None or told.period in (None, "cumulative"):
        return None
    return TimeRef(ref.start, ref.end, "period", told.year - 1, told.period)


_OWNED_BY_TIME = re.compile(r"['’]s\s(?:(?:about|around|almost|nearly|over|more\sthan)\s)?", re.I)
_LEVEL_OF = re.compile(r"(?:['’]s)?\s(?:level|figure|volume)\sof\s(?:about\s|around\s|some\s|nearly\s)?", re.I)


def _part_year_months(owner: TimeRef, q: Quantity, s: SentenceParts, story: str | None) -> TimeRef | None:
    """ "rose to $230 m in January-June, up from last year's $215 m" (or "from $215 m last
    year"): a year said relatively ("last year", "the previous year") as the time of the base
    of a part of a year is those months in that year, not the whole of it; the months are the
    sentence's own, else the story's (`story`); a plan's deadline before it ("to lift trade to $3 bn
    by 2025, up from $2.1 bn last year") is a whole year's, so the base is too."""
    if owner.year is None or owner.period not in (None, "FY") or any(ch.isdigit() for ch in s.text[owner.start : owner.end]):
        return None
    if any(not r.base and r.kind == "deadline" and r.period == "FY" and r.end <= q.start for r in s.times):
        return None
    months = _own_months(q, s) or story
    return TimeRef(owner.start, owner.end, "period", owner.year, months) if months not in (None, "FY", "cumulative") else None


_BARE_YEAR = re.compile(r"(?:19|20)\d\d|(?:the\s)?(?:previous|last|prior)\syear", re.I)


def _bare_year_months(base: TimeRef, q: Quantity, s: SentenceParts) -> TimeRef:
    """ "$245 m in January-May 2022 (2021: $198 m)", "(previous year: $198 m)": a bracket that opens
    with a bare year or its label, as a release's table sets a base beside its figure, holds the
    figure's months in that year; a year with its own words ("(in the whole of 2021 - $1.1 bn)")
    keeps them."""
    if base.period != "FY" or not _BARE_YEAR.fullmatch(s.text, base.start, base.end) or not s.text[: base.start].rstrip().endswith("("):
        return base
    months = _own_months(q, s)
    return replace(base, period=months) if months not in (None, "FY", "cumulative") else base


def base_amount_time(q: Quantity, s: SentenceParts, d: Discourse, lex: Lexicon) -> TimeRef | None:
    """The base period of an amount that is a comparison's base, or None if it is not one.

    "compared to 2019 ($4.4 bn)", "against $500,000 in 2006", "($25.9 bn in January-May 2023)",
    "up from $640 m", "(in January-September 2018 - $31.0 m)": the amount is the base's, in the base's period.
    """
    if (stepped := previous_step(q, s)) is not None:
        return stepped  # "up from $3.6 bn in the previous quarter": the quarter before the figure's
    if (bracketed := bracket_base_time(s.times, s.text, q.start, q.end)) is not None:
        return _bare_year_months(bracketed, q, s)
    # "by 2026 from the 2021 level of $489.8 m": a base year named before the amount, with its noun.
    lead = [r for r in s.times if r.base and r.year and r.end <= q.start and _LEVEL_OF.fullmatch(s.text, r.end, q.start)]
    if lead:
        return base_period(lead[-1], q, s, story_months(d))
    # "from the previous year's $612.7 m", "down from 2022's $845 m": the base's time owns the amount
    # (so does a year back with its noun: "compared with the previous year's figure of $250 m").
    owner = [
        r for r in s.times if r.base and r.end <= q.start
        and (_OWNED_BY_TIME.fullmatch(s.text, r.end, q.start) or (r.kind == "before" and _LEVEL_OF.fullmatch(s.text, r.end, q.start)))
    ]  # fmt: skip
    if owner:
        if owner[-1].kind == "before":
            return owner[-1]
        months = _part_year_months(owner[-1], q, s, story_months(d))
        if months is not None:
            return months
        return base_period(owner[-1], q, s, story_months(d))
    # ("up on the same period last year – $212.5 m": a dash after the base time opens its amount)
    opening = s.text.rfind("(", max(0, q.start - 3), q.start + 1)
    if opening == -1 and (dash := _DASH_BEFORE.search(s.text, max(0, q.start - 4), q.start)) is not None:
        dashed = [r for r in s.times if r.base and r.year and r.end <= dash.start() and not s.text[r.end : dash.start()].strip()]
        if dashed:
            return base_period(dashed[-1], q, s, story_months(d))
    if opening != -1:
        # "compared to 2019 ($4.4 billion)": a bracket right after a base time.
        bases = [r for r in s.times if r.base and r.end <= opening and not s.text[r.end : opening].strip()]
        # "year-on-year ($2.6 billion in January-April 2022)": a bracketed amount with a base time.
        inside = [r for r in s.times if r.start >= q.end and r.start - q.end <= 12 and r.kind == "period"]
        if bases and bases[-1].kind == "before":
            return bases[-1]  # "down 14.6% from the previous year ($28.22 bn)": a year before the figure's
        if bases and bases[-1].kind == "ref" and (year_back := _same_months_back(bases[-1], q, s, d)) is not None:
            return year_back  # "up 40% compared to the corresponding period ($90 m)": those months a year back
        if bases and bases[-1].year:
            # "the same period last year ($1 bn in January-May 2023)": the bracket's own months first;
            # a bare year there ("the same period last year ($229 m in 2020)") names the period's year only
            own = inside and inside[0].year == bases[-1].year and not (inside[0].period == "FY" and _BARE_YEAR.fullmatch(s.text, inside[0].start, inside[0].end))
            return inside[0] if own else base_period(bases[-1], q, s, story_months(d))
        if inside and lex.base_before.search(s.text, max(0, opening - 40), opening + 1):
            return inside[0]
        # "$1.5 bn ($1.4 bn over the same period of 2022)": the bracket's base time after its amount.
        compared = [r for r in s.times if r.base and r.year and _SAME_PERIOD_GAP.fullmatch(s.text, q.end, r.start)]
        if compared:
            return base_period(compared[0], q, s, story_months(d))
        # "$230 m ($215 m a year earlier)": a bracketed base whose time is a year back.
        back = [r for r in s.times if r.kind == "before" and r.start >= q.end and ATTACHED_GAP.match(s.text[q.end : r.start])]
        if back:
            return back[0]
        if inside and re.search(
            r"(?:year-on-year|y/y|a\syear\searlier|than\sa\syear\sago)\s?\($", s.text[max(0, opening - 30) : opening + 1], re.I
        ):
            return inside[0]
    if lex.base_before.search(s.text, max(0, q.start - 30), q.start):
        attached = [r for r in s.times if r.start >= q.end and ATTACHED_GAP.match(s.text[q.end : r.start])]
        if attached and attached[0].kind in ("period", "before"):
            return _part_year_months(attached[0], q, s, story_months(d)) or attached[0]
        if attached and attached[0].kind == "ref":
            return _same_months_back(attached[0], q, s, d)  # "up from $900 m in the same period": those months a year back
    return None




# A base's year said from the article's date: "in the same period last year", "$215 m last year".
_LAST_YEAR = re.compile(r"\b(?:last|previous)\syear\b", re.I)


def before_figure_year(base: TimeRef, q: Quantity, s: SentenceParts, figure_year: int | None, d: Discourse) -> TimeRef:
    """ "reached $230 m in 2023 against $215 m in the same period last year" (or ", up from $215 m
    last year"), written in 2024: a base is never of the very year it is compared with, so a
    "last year" that the article's date makes the figure's year is the year before it. The
    figure's year is its own time in the sentence (`figure_year`), else the story's; "was less than
    €150 m last year", with no figure before it, is no base of one."""
    if base.year is None or not _LAST_YEAR.search(s.text, max(0, base.start - 12), base.end + 12):
        return base
    if not any(x.kind == "money" and x.end <= q.start for x in s.quantities):
        return base
    year = figure_year if figure_year is not None else (d.time.year if d.time is not None else None)
    return replace(base, year=year - 1) if year is not None and base.year == year else base


_FROM_AMOUNT = re.compile(r"\bfrom\s(?:about\s|some\s|around\s)?$", re.I)
# A noun that names a stock, not a flow: "accumulated investment", "the FDI stock", "stock of".
STOCK_NOUN = re.compile(r"\b(?:accumulated|cumulative|stock\sof)\b|\b(?:O?FDI|investment)\sstock\b", re.I)
_TO_AMOUNT = re.compile(r"\s?to\s(?:about\s|almost\s|nearly\s|over\s|some\s|around\s)?", re.I)
_TO_BEFORE = re.compile(r"\bto\s(?:about\s|almost\s|nearly\s|over\s|some\s|around\s)?$", re.I)


def is_base_amount(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """ "from $9 m (24 m lari) in 2021", "compared with $9 m (...)": an amount a change is
    measured from, whose bracketed conversion is no level of the figure's time."""
    return bool(_FROM_AMOUNT.search(s.text, max(0, q.start - 14), q.start) or lex.base_before.search(s.text, max(0, q.start - 40), q.start))


def own_bracket(q: Quantity, r: TimeRef, s: SentenceParts) -> bool:
    """Whether `r` stands alone in the bracket right after `q`: "$45 m (2019)", "EUR 1.5 bn (in 2021)"."""
    return r.start >= q.end and TIME_BRACKET.fullmatch(s.text, q.end, r.start) is not None and s.text.startswith(")", r.end)


def from_to_base(q: Quantity, s: SentenceParts) -> bool:
    """ "from $41.37 billion to $39 billion": the amount after "from", the base of a change."""
    return bool(_FROM_AMOUNT.search(s.text, max(0, q.start - 14), q.start)) and _to_amount(s, q.end)


def _to_amount(s: SentenceParts, end: int) -> bool:
    """ "to" right after the amount ending at `end`, and another amount right after it, however its
    currency is written: "$2 bn", "EUR 2 bn", "KZT 900 bn", "2 bn euros" (a list of symbols missed
    the codes written before the number)."""
    m = _TO_AMOUNT.match(s.text, end)
    return m is not None and any(x.start == m.end() for x in s.quantities)


def span_endpoint(q: Quantity, s: SentenceParts, when: TimeRef | None) -> int | None:
    """ "In 2021-2023, trade grew from $25 bn to $31 bn", "Between 2010 and 2015, exports rose
    from $1 bn to $2 bn": the amount after "from" is of the span's first year, the one after "to"
    of its last; None for any other amount, or a time that is no span."""
    if when is not None and (in_run := span_run_year(q, s, when)) is not None:
        return in_run  # "In 2016-2018, ... $1.2 bn, $1.4 bn and $1.5 bn, respectively"
    if when is None or when.kind != "span" or when.year is None:
        return None
    if from_to_base(q, s):
        first = next(iter(written_years(when, s.text)), None)
        return first if first is not None and first < when.year else None
    before = [x for x in s.quantities if x.end <= q.start and x.kind == q.kind]
    if before and _TO_BEFORE.search(s.text, max(0, q.start - 20), q.start) and _to_amount(s, before[-1].end):
        return when.year
    return None


def bracket_base_time(times: tuple[TimeRef, ...] | list[TimeRef], text: str, start: int, end: int) -> TimeRef | None:
    """The time of the amount at text[start:end] when it closes a bracket that opens with a base
    time and a dash: "(in January-September 2018 - $31.0 m)"."""
    for r in reversed(times):
        if not (r.base and r.kind == "period" and r.end <= start):
            continue
        m = BRACKET_TIME_DASH.match(text, r.end)
        if m is not None and start < m.end() <= end and text.rfind("(", 0, r.start) > text.rfind(")", 0, r.start):
            return r
    return None


# "in the same (corresponding) period of the previous year": the months of the story, a year back.
_SAME_PERIOD_OF = re.compile(r"\b(?:same|corresponding|similar|given)\s(?:period|months?|quarter|half)\s(?:of|in)\s$", re.I)


def months_back(step: TimeRef, text: str, months: str | None) -> str | None:
    """The months of a year back from the story's period (`months`): "A year earlier" keeps them;
    "The previous year" names the whole year, unless it is "the same period of the previous year"."""
    if not names_previous(text[step.start : step.end]) or _SAME_PERIOD_OF.search(text, max(0, step.start - 40), step.start):
        return months
    return "FY"



def looked_back_months(when: TimeRef, s: SentenceParts, current: TimeRef | None) -> str | None:
    """ "Last year exports came to $37 m, 3% less than in the same period of 2020", in a story on
    the first half of this year: a whole year compared with "the same period" of the year before
    it is the story's months in that year (None when the sentence names no such base, or the
    story reports no part of the year after, or the year is written as a number)."""
    if when.kind != "period" or when.period != "FY" or when.year is None or current is None or current.kind != "period":
        return None
    if current.year != when.year + 1 or current.period in (None, "FY", "cumulative") or any(ch.isdigit() for ch in s.text[when.start : when.end]):
        return None  # ("In 2020, ..." names a whole year by its number)
    same = any(r.base and r.same_months and r.year == when.year - 1 for r in s.times)
    return current.period if same else None


# A comparison word right before an amount: "an increase of 12% compared to $446 m".
# (its words asked of the window first: 67 of 4,792 hold one)
_COMPARED_TO = gated(first_char_checked_compiled(r"\b(?:compared\s(?:to|with)|in\scomparison\s(?:to|with)|against|versus|vs\.?)\s(?:the\s)?(?:(?:about|around|nearly|almost|some)\s)?$", re.I))


_BASE_CLOSES = re.compile(r"\s?(?:[,.;:)]|$|and\b|but\b|while\b|according\b)", re.I)


def compared_unsaid(q: Quantity, s: SentenceParts) -> bool:
    """ "reached $500 m in 2023, an increase of 12% compared to $446 m": a base amount after a
    figure, with no time of its own, is of a year before that figure's (never one that "from"
    opens, whose time the article may leave unsaid: "up from $450 m"; nor one of another partner:
    "$8.3 m with Chile against $4.6 bn with China")."""
    if not _COMPARED_TO.search(s.text, max(0, q.start - 40), q.start) or not any(x.end <= q.start for x in s.quantities):
        return False
    if any(c.code and q.end <= c.start < q.end + 30 for c in s.countries) or not _BASE_CLOSES.match(s.text, q.end):
        return False  # (nor of another flow: "$8.4 bn in imports compared to $1.9 bn in exports")
    return not any(r.start >= q.end and ATTACHED_GAP.match(s.text[q.end : r.start]) for r in s.times)


def base_after(s: SentenceParts, published: date | None) -> tuple[int, str] | None:
    """ "rising 24.9 percent compared to 2019", "grew by 12% compared with January-June 2018",
    with no time of its own: the same months a year after the base (a whole year when that year
    has begun, a part of one when it is over)."""
    base = next((r for r in s.times if r.base and r.kind == "period" and r.period == "FY" and r.year and not r.same_months), None)
    if base is not None and base.year is not None:
        return None if published is not None and base.year >= published.year else (base.year + 1, "FY")
    part = next((r for r in s.times if r.base and r.kind == "period" and r.year and month_range(r.period) and not r.same_months), None)
    if part is None or part.year is None or part.period is None:
        return None
    _, end = period_bounds(part.year + 1, part.period)
    return None if end is None or (published is not None and end >= published) else (part.year + 1, part.period)


def previous_year_base(s: SentenceParts) -> bool:
    """Whether a sentence's whole-year base is "the previous (preceding) year": the year before
    the story's, where a later sentence tells a rate of a level already given ("Investment reached
    $1.8 bn in 2021. Compared to the previous year, it grew by 15%": 2021's rate, not the year
    after the one before the article's date)."""
    return any(r.base and r.kind == "period" and r.period == "FY" and names_previous(s.text[r.start : r.end]) for r in s.times)


def story_within_base(current: TimeRef, s: SentenceParts, published: date | None) -> bool:
    """Whether the story's period is no later than the base a figure is compared with, its year
    written ("fell 20% compared with January-March 2008" in a story last said to be in 2008): a
    figure is never of the period it is measured against, so the months a year on are its own.
    (A base said as "the previous year" is read from the article's date, not the story's.)"""
    after = base_after(s, published)
    if after is None or current.year is None or current.year >= after[0]:
        return False
    return any(r.base and r.year == after[0] - 1 and _WRITTEN_YEAR.search(s.text, r.start, r.end) for r in s.times)


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# A start a rate is measured from: "a 10.2 percent growth since 2017", "up 40% since 2019".
_RATE_SINCE_GAP = re.compile(r"\s?(?:(?:growth|increase|rise|gain|decline|decrease|drop|fall|up|down)\s)?$", re.I)


def since_of_rate(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether a "since" is the start of another rate's change, written right after it ("Exports
    reached $1.5 bn, a 10.2 percent growth since 2017, however imports totaled $3.6 bn"): the
    base of that rate, no time of the amounts after it."""
    return r.kind == "since" and any(
        x is not q and x.kind == "percent" and x.end <= r.start and _RATE_SINCE_GAP.fullmatch(s.text, x.end, r.start) for x in s.quantities
    )
