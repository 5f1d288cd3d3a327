"""The time slot of a frame: which period an amount belongs to (a base's own time: `base_times`).
Attached times first ("$1 bn in 2021"), then the clause's, the sentence's, and last the
discourse's current period. A comparison base ("compared to 2019 ($4.4 bn)", "($3.8 bn in
January-May 2023)") is the base amount's own time, never the sentence's; "the same period of
2021" names the current period's months in 2021; a forecast or target has only the time of its
own clause ("by 2030").
"""

from __future__ import annotations

import re

from dashboard.extract.base_times import (
    ATTACHED_GAP,
    STOCK_NOUN,
    base_after,
    base_period,
    fronted_base,
    held_by_amount,
    is_base_amount,
    looked_back_months,
    own_bracket,
    previous_year_base,
    since_of_rate,
    story_within_base,
)
from dashboard.extract.commitments import commitment, committed_ahead, pledged_investment
from dashboard.extract.deadlines import past
from dashboard.extract.discourse import Discourse
from dashboard.extract.gated_pattern import gated
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.preamble_since import since_before_saying
from dashboard.extract.quantities import Quantity
from dashboard.extract.rate_times import from_to_time, level_after_rate, level_time, year_on_year, yearly_in_period
from dashboard.extract.report_date import reporting_date
from dashboard.extract.running_total import before_running_total, running_total_time
from dashboard.extract.span_reference import stock_to_date, year_point
from dashboard.extract.stock_flow import not_the_stocks, told_as_flow, told_present, volume_by_deadline
from dashboard.extract.story_period import part_of_unfinished
from dashboard.extract.time_brackets import bracket_holds, heads_clause_of, held_by_base
from dashboard.extract.time_reference import (
    THE_YEAR_END,
    YEAR_UNDER_WAY,
    last_year_told,
    named_before,
    new_year_closed,
    reporting_meant,
    story_year_end,
    whole_year_before,
    year_not_begun,
    year_under_way,
)
from dashboard.extract.time_series import series_time
from dashboard.extract.times import TimeRef
from dashboard.extract.with_clause import (
    after_relative_close,
    after_time_part,
    in_dash_aside,
    in_share_part,
    in_with_clause,
    is_time_part,
)

_BRACKET_GAP = re.compile(r"^\s?\(\s?(?:about|almost|nearly|over|more\sthan|around|some)?\s?$", re.I)
_STOCK_INDICATORS = ("investment", "aid")
# A coordinated clause of its own after the amount ("..., and its chairman said the figure could
# double by 2030"): its time is that clause's, not the amount's.
_NEW_CLAUSE = re.compile(r"(?:,\s?|\s)(?:and|but|while|whereas)\s(?:its|his|her|their|the|this|that|it|they|he|she|officials?|experts?)\b|;\s", re.I)
# The places of a flow between an amount and its time: "in Armenia", "to South Korea", "in Georgia's economy",
# after what it was spent on or made of ("$20 m in grants to Tajikistan", "$8 m of goods to Iran").
_PLACE_GAP = re.compile(r"^\s(?:(?:in|of)\s(?:[a-z]+\s){1,2}(?=(?:in|to|from|into)\s))?(?:(?:in|to|from|into)\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}(?:\s(?:economy|market))?\s)+(?:(?:in|during)\s)?$")
_LABEL_GAP = re.compile(r"\s?[-–—:]\s?$")
PENDING_MONTHS = "same-months-later"  # a figure whose months the article names after it
_FUTURE = re.compile(r"future|coming|next|to\scome|near", re.I)


def time_for(q: Quantity, s: SentenceParts, index: bool = False) -> TimeRef | None:
    """The time an amount's own words give it, before the discourse is consulted.

    An index of a base ("108.4% of the same period of 2023") does not take the base's time.
    """
    running = running_total_time(q, s)
    if running is not None:
        return running  # "..., bringing the total since January to $330 m": the months to date
    yearly = yearly_in_period(q, s)
    times = [r for r in s.times if r is not yearly]
    own = [r for r in times if not r.base]
    for r in own:
        # "exports to China: 2021 - $10 bn, 2022 - $12 bn": a year a dash or a colon gives its amount.
        if r.kind == "period" and r.end <= q.start and _LABEL_GAP.match(s.text, r.end, q.start):
            return r
        # "grew steadily: $45 m (2019), $78 m (2020) and $96 m (2021)": a time alone in the bracket after it.
        if r.kind == "period" and own_bracket(q, r, s):
            return r
    series = series_time(q, s, own)
    if series is not None:
        return series
    for r in times:
        gap = s.text[q.end : r.start]
        if r.start >= q.end and r.as_of and _YEAR_END_GAP.fullmatch(gap):
            return r  # "up from $61 m at the end of 2021": the amount's own as-of time, not the sentence's first
        if r.start >= q.end and ATTACHED_GAP.match(gap) and not (index and gap.strip().startswith("of")):
            if r.base and gap.strip().lower().startswith("over"):
                continue  # "up 14 percent over the same period of 2019": compared with, not during
            if r.base and q.kind != "money":
                continue  # "twice the 2015 level": a multiple or a rate is the figure's own, whatever base it names
            return base_period(r, q, s) if r.base else r
        if r.kind == "before" and not r.base and r.start >= q.end and _PLACE_GAP.match(gap):
            # "invested $50 m in Armenia in the previous year", "exported goods worth $8 m to Iran a
            # year earlier": a year back after the amount's place, as its own time, not a stock's.
            return r
        if r.kind == "before" and not r.base and r.end <= q.start and heads_clause_of(r, q, s) and not held_by_amount(r, q, s):
            # "while a year earlier $8.8 billion", "while a year earlier the figure stood at $16.3 m";
            # never a base ("rose 12% from a year earlier to $7 bn in 2019": the level is 2019's)
            return r
    if (led_to := level_time(q, s, own) or from_to_time(q, s, own)) is not None:
        return led_to
    for r in own:
        # "in 2021 (US$11 million) and 2022 (US$9 million)": a bracket right after a time.
        if r.end <= q.start and _BRACKET_GAP.match(s.text[r.end : q.start]) and r.kind == "period":
            return r
    if (part_time := next((r for r in own if r.start >= q.end and is_time_part(r, q, s)), None)) is not None:
        return part_time  # "Since 2005 it has invested $7 bn, of which $1.1 bn came in 2022": the part's own year
    # "Iran, its main partner in 2019 (at $4.1 bn), came third at $1.3 bn": a time whose
    # bracket gives another amount is that amount's, no time of the clause after it.
    cs, _ = s.clause_of(q.start)
    before_clause = [r for r in own if cs <= r.start and r.end <= q.start and r.kind != "before" and not bracket_holds(r, q, s) and not since_before_saying(r, q, s)]
    if before_clause:
        return before_clause[-1]
    later_amounts = [x.start for x in s.quantities if x.start > q.end]
    limit = later_amounts[0] if later_amounts else len(s.text)
    after = [r for r in own if q.end <= r.start < limit and r.kind != "before" and not after_relative_close(r, q, s)
             and not in_dash_aside(r, q, s) and not reporting_date(r, s) and not in_share_part(r, q, s)]  # fmt: skip
    # "signed a EUR 30 m loan last month, while KfW has committed EUR 380 m since 1995": a time
    # of the amount's own clause, after it, before one of an earlier clause.
    _, ce = s.clause_of(q.start)
    if after and after[0].start < ce:
        return after[0]
    before = [
        r for r in own if r.end <= q.start and r.kind != "before" and not bracket_holds(r, q, s) and not since_of_rate(r, q, s) and not since_before_saying(r, q, s)
    ]
    if before:
        return before[-1]
    if after and not _NEW_CLAUSE.search(s.text, q.end, after[0].start):
        return after[0]
    # "increased by 8 percent to $1.1 billion in 2023": one period for the rate and the level;
    # but not a time that another amount holds ("... ($3.8 bn in January-May 2023)").
    _, ce = s.clause_of(q.start)
    in_clause = [
        r for r in own if q.end <= r.start < ce and r.kind in ("period", "ref", "reporting") and not held_by_base(r, q, s) and not in_with_clause(r, q, s) and not in_dash_aside(r, q, s)
        and not after_time_part(r, q, s) and not in_share_part(r, q, s)
    ]  # fmt: skip
    if in_clause:
        return in_clause[0]
    # "exports rose 28.4%, and imports rose 28.2% in 2007": one period closing the sentence,
    # after every amount, is the period of each coordinated clause that names none; not the time of
    # a base that closes it (", up from $215 m last year").
    periods = [r for r in own if r.kind == "period"]
    last_amount = max(x.end for x in s.quantities)
    if (
        periods and len({(r.year, r.period) for r in periods}) == 1 and periods[0].start >= last_amount
        and not held_by_base(periods[0], q, s) and not in_with_clause(periods[0], q, s) and not in_dash_aside(periods[0], q, s)
        and not after_time_part(periods[0], q, s) and not in_share_part(periods[0], q, s)
    ):  # fmt: skip
        return periods[0]
    return None


def previous_year(q: Quantity, s: SentenceParts) -> TimeRef | None:
    """For "a year earlier": the time of the amount before this one in the sentence."""
    earlier = [x for x in s.quantities if x.end <= q.start]
    if not earlier:
        # "Compared with $612.7 m a year earlier, trade rose to $845.3 m last year": a base
        # set before its figure is a year before the figure after it.
        later = [x for x in s.quantities if x.start >= q.end and x.kind == q.kind]
        earlier = later[:1] if later and fronted_base(s.text, q.start) else []
    if not earlier:
        return None
    t = time_for(earlier[-1], s)
    if t is None or t.year is None or t.kind != "period":
        return None
    return TimeRef(t.start, t.end, "period", t.year - 1, t.period)


def _part_of_unfinished(when: TimeRef, d: Discourse) -> TimeRef | None:
    """An amount's own bare year that is not over, of which the article reports a part (the
    story's period, else the one it reports on, after a look back at an earlier year's part):
    the figure is for that part, not the whole year."""
    if when.kind != "period":
        return None
    return next((story for story in (d.time, d.reporting) if part_of_unfinished(when, story, d.published)), None)


# An amount told as a former one, before the event the article reports: "an earlier $2 m grant",
# "a previous EUR 10 m loan", "had previously provided $5 m".
# (its words asked of the window first: few hold one)
_FORMER = gated(re.compile(r"\b(?:earlier|previous|prior|former)\s$|\b(?:previously|earlier)\s(?:[\w'’-]+\s){1,4}$", re.I))


# Between an amount and the year whose end it is counted at: "$61 m at the end of 2021".
_YEAR_END_GAP = re.compile(r"\s(?:at|by|as\sof)\sthe\send\sof\s", re.I)
# A stock named as one before its amount: its year is the year it was counted in.
_ONE_MONTH_OR_YEAR = re.compile(r"FY|M\d\d?")  # a stock is told as of a year's or a month's end, never of a range
# The whole year of the period the story reports: "the annual figure", "the full-year figure".
_WHOLE_YEAR_FIGURE = re.compile(r"\b(?:annual|yearly|full-year)\s(?:figure|volume|amount)\b", re.I)
def _base_of_stock(q: Quantity, s: SentenceParts, d: Discourse, when: TimeRef, indicator: str, lex: Lexicon) -> bool:
    """Whether `q` is the base a stock just told in its sentence is compared with, at a year
    before the stock's ("totaled $78 m as of the end of 2022, up from $61 m a year earlier",
    "has invested $3 bn to date, compared with $2.4 bn a year ago"): the stock as of that year,
    not a flow of it."""
    last = d.last
    return (
        last is not None and d.last_in_sentence and last.period == "cumulative" and last.indicator == indicator
        and when.kind == "period" and when.year is not None and last.year is not None
        and when.year < last.year and is_base_amount(q, s, lex)
    )  # fmt: skip


def year_period(
    q: Quantity,
    t: TriggerMention,
    s: SentenceParts,
    d: Discourse,
    when: TimeRef | None,
    indicator: str,
    kind: str,
    lex: Lexicon,
    plan: bool = False,
) -> tuple[int | None, str | None, str]:
    """The figure's year and period code, and where they came from (for the evidence). A plan
    (`plan`: a forecast or target) for "this year" is for the whole year, not the part reported."""
    published = d.published
    published_year = d.published.year if d.published and d.dated else None
    cs, ce = s.clause_of(q.start)
    current = d.time
    if when is not None and when.kind == "deadline" and THE_YEAR_END.search(s.text, when.start, when.end) and past(when, s):
        when = story_year_end(when, s, d)
    if when is None and _FORMER.search(s.text, max(cs, q.start - 60), q.start):
        # An earlier grant beside the one reported: neither the period before nor the event's year.
        return None, None, "former"
    if when is not None and indicator in _STOCK_INDICATORS and kind == "level" and not plan and stock_to_date(
        when, s.text, bool(lex.cumulative.search(s.text, min(cs, t.start), ce)), d
    ):
        return published_year, "cumulative", "since-reference"  # "since 1992 ... over this period amounted to $180 m"
    if when is not None and indicator in _STOCK_INDICATORS and kind == "level" and not plan and (back := year_point(when, s.text)) is not None:
        return (current.year if current is not None and current.year else published_year and published_year + back), "cumulative", "stock-year-point"
    if when is not None and when.kind == "reporting" and d.reporting is not None:
        meant, rule = reporting_meant(d.reporting, d)
        return meant.year, meant.period, rule
    if when is not None and when.kind in ("ref", "reporting"):
        # "in the reporting period": the period the article is talking about.
        reporting = d.reporting
        if (
            current is not None and reporting is not None and current.period == "FY" and reporting.period not in (None, "FY")
            and (current.year or 0) < (reporting.year or 0) and "period" in s.text[when.start : when.end].lower()
        ):  # fmt: skip
            # "In 2018 trade stood at $6.6 bn ... exports in the same period": a period, not the
            # earlier year looked back to, in a report on January-October 2019.
            return reporting.year, reporting.period, "reference-reporting"
        if (named := named_before(when, s)) is not None:
            return named.year, named.period, "reference-in-sentence"
        if current is not None:
            return current.year, when.period or current.period, "reference"  # "the whole year": FY
        whole = whole_year_before(when, published_year, plan)
        return whole, (when.period if whole else None), ("reference-whole-year" if whole else "reference-unresolved")
    if when is not None and not plan and (part := _part_of_unfinished(when, d)) is not None:
        # "$307 m in 2022", written in September 2022 of a report on January-June: that part.
        return part.year, part.period, "unfinished-year"
    if when is not None and not plan and (kind == "change" or indicator not in _STOCK_INDICATORS) and year_under_way(when, published):
        return when.year, "FY", YEAR_UNDER_WAY  # its months named later, if ever (`later_months.reporting_months`)
    if when is not None and when.same_months:
        # "the same period of 2022": the months of the sentence's own period, else the article's.
        own = [
            r for r in s.times
            if not r.base and not r.same_months and r.kind == "period" and r.period and r is not when and _part_of_unfinished(r, d) is None
        ]  # fmt: skip
        months = own[0].period if own else (current.period if current is not None else None)
        if months:
            return when.year, months, "same-months"
    if (
        when is not None
        and when.kind == "present"
        and when.year is not None
        and s.text[when.start : when.end].lower().startswith(("since", "from", "so far", "year"))
    ):
        # Year to date: the current period when it is of that year.
        if current is not None and current.year == when.year and current.period not in (None, "FY"):
            return when.year, current.period, "to-date"
        if indicator not in _STOCK_INDICATORS or kind != "level":
            return when.year, None, "to-date"
    if when is not None and current is not None and year_on_year(when, q, s, current):
        return current.year, current.period, "year-on-year"  # "Over the past year, exports fell 3.8%"
    if when is not None and when.kind == "present" and indicator not in _STOCK_INDICATORS and (year := last_year_told(when, s, d)):
        return year, "FY", "now-after-last-year"
    after_base = base_after(s, published)
    if indicator in _STOCK_INDICATORS and kind == "level":
        # Only a stock asks whether its clause says it is one: most figures skip this long search.
        stock_cue = bool(lex.cumulative.search(s.text, min(cs, t.start), before_running_total(q, s, ce)))
        if stock_cue and when is not None and not_the_stocks(when, q, s):
            when = None
        if when is None and not stock_cue and after_base is not None:
            return after_base[0], after_base[1], "after-base"
        if when is not None and ((when.kind == "deadline" and past(when, s)) or when.as_of):
            return when.year, "cumulative", "stock-as-of"
        if when is not None and _base_of_stock(q, s, d, when, indicator, lex):
            return when.year, "cumulative", "stock-base"  # "$78 m as of end-2022, up from $61 m a year earlier"
        if (
            when is not None and when.kind == "period" and _ONE_MONTH_OR_YEAR.fullmatch(when.period or "")
            and STOCK_NOUN.search(s.text, min(cs, t.start), q.start) and not is_time_part(when, q, s)
        ):  # fmt: skip (the whole's stock noun is no part's: "accumulated ... $2 bn, including $300 m in 2023")
            return when.year, "cumulative", "stock-of-year"  # "In 2023 (in May 2023), accumulated investment reached $2.5 bn"
        last = d.last
        if (
            when is not None and when.kind == "deadline" and plan and d.last_in_sentence and last is not None
            and last.period == "cumulative" and last.indicator == indicator and any(cs <= y.start < q.start for y in s.quantities)
        ):  # fmt: skip
            # "has passed $5 bn and is expected to reach $17 bn by 2018": the stock of its own clause, ahead
            return when.year, "cumulative", "stock-plan"
        if when is not None and plan and volume_by_deadline(when, s, min(cs, t.start), q.start):
            return when.year, "cumulative", "stock-plan"  # "The volume of its investments in Turkey will exceed $20 bn by 2020"
        if when is not None and when.kind == "present" and indicator == "investment":
            return published_year, "cumulative", "stock-now"  # "Currently, the investment is over $4 bn"
        if when is not None and when.kind == "vague" and _FUTURE.search(s.text, when.start, when.end):
            if indicator == "aid" and not plan and commitment(q, t, s, lex):
                return published_year, None, "committed-ahead"  # "will provide $2 bn over the next three years": the pledge's year
            return None, None, "vague"  # "we expect it to exceed $15 bn in future years": no year
        if indicator == "investment" and when is None and not stock_cue and told_as_flow(q, t, s, d, lex):
            # A flow told in the past of a period that is over, not a stock (`stock_flow`).
            assert current is not None
            return current.year, current.period, "paragraph-year"
        # (a rate still waiting for its months, "up 11.2% on the same period of 2023", is of a period too)
        periodic = last is not None and (last.period not in (None, "cumulative") or last.rule.endswith(PENDING_MONTHS))
        if when is None and not stock_cue and last is not None and last.indicator == indicator and periodic and not told_present(q, t, s):
            # "Turkey's investments totaled X" after the period's total: a part of that period,
            # the one the article reports (the last amount may be a base it compared with:
            # "compared with $1.98 bn in January-April 2010").
            if current is not None and current.kind == "period" and current.period not in (None, "cumulative"):
                return current.year, current.period, "paragraph-list"
            return last.year, last.period, "paragraph-list"
        if when is None and plan and not stock_cue:
            return None, None, "plan-unsaid"  # "Russia is ready to invest $1 bn": no period borrowed
        if when is None or when.kind in ("since", "span") or (stock_cue and when.kind not in ("period", "deadline")):
            if when is None and not stock_cue and (indicator == "aid" or pledged_investment(q, t, s)):
                return published_year, None, "one-off"  # a grant, a loan or an investment pledged: the event's year
            if when is not None and when.kind == "span":
                if committed_ahead(when, q, t, s, published_year, indicator, plan, lex):
                    return published_year, None, "committed-ahead"  # "will allocate $25 m in 2012-2014": the pledge's year
                return when.year, "cumulative", "stock-span"  # "between 2007 and 2023": as of 2023
            if when is None and current is not None and current.kind == "span" and not (current.year or 0) > (published_year or 9999):
                return current.year, "cumulative", "stock-span"  # (a plan's span ending ahead dates no stock)
            as_of = next((r for r in s.times if r.as_of and r.year), None)
            return (as_of.year if as_of else published_year), "cumulative", "stock"
    if when is None:
        if plan and current is not None and current.kind == "period" and _WHOLE_YEAR_FIGURE.search(s.text, cs, q.start):
            return current.year, "FY", "plan-whole-year"  # "The annual figure is expected to exceed $1.8 bn" after a quarter's
        if plan:
            # "Our aim is to raise trade to $2 bn", after a paragraph on 2018: a plan or a
            # forecast has only the time its own clause gives it, none carried from before.
            return None, None, "plan-unsaid"
        if indicator != "investment" and current is not None and not story_within_base(current, s, published):
            return current.year, current.period, "paragraph"
        compared = next((r for r in s.times if r.base and r.same_months and r.year), None)
        if compared is not None and compared.year is not None:
            # "down 43.5% compared to the same period of 2019" in a lead that names no period:
            # the same months a year on, which the article names later (`reporting_months`).
            return compared.year + 1, None, PENDING_MONTHS
        if kind == "change" and current is not None and current.kind == "period" and current.year and previous_year_base(s):
            return current.year, current.period, "previous-base"  # the year before the story's, not the article's
        if after_base is not None:
            return after_base[0], after_base[1], "after-base"
        if indicator == "investment" and kind == "change" and (level := level_after_rate(q, s)) is not None and told_as_flow(level, t, s, d, lex):
            # "Investments from Iran decreased by 12 percent to 26.4 m manats" in an account of
            # a period that is over: the rate of the flow its level is.
            assert current is not None
            return current.year, current.period, "paragraph-year"
        if indicator == "investment" and kind == "change" and (lead := d.lead_period(indicator)) is not None:
            return lead[0], lead[1], "lead-rate"  # "Turkish investors also grew 87 percent"
        return None, None, "none"
    if when.kind == "deadline" and committed_ahead(when, q, t, s, published_year, indicator, plan, lex):
        return published_year, None, "committed-ahead"  # "pledged to provide $300 m by 2021": the pledge's year
    if not plan and (before := year_not_begun(when, s, published)) is not None:
        return before, when.period, "year-not-begun"  # "reached $45 m in the second half of the year", in May
    if (months := looked_back_months(when, s, current)) is not None:
        return when.year, months, "same-period-looked-back"  # "Last year, ... compared to the same period of 2019"
    if when.kind in ("period", "deadline"):
        return when.year, when.period, when.kind
    if (closed := new_year_closed(when, s.text)) is not None:
        return closed, "FY", "as-of-new-year"  # "as of January 1, 2024, trade amounted to $2 bn": all of 2023
    if when.kind in ("present", "date"):
        # "today" in an undated article: its year is only inferred, so it stays open.
        written = d.dated or any(ch.isdigit() for ch in s.text[when.start : when.end])
        return (when.year if when.year and written else None), None, when.kind
    if when.kind == "since":
        # "Since 2015, trade between Kazakhstan and Korea has totaled $30 bn": a sum from that year
        # to the article's date, a stock to date as the README's "cumulative" is (a rate since a year is no stock).
        return published_year, ("cumulative" if kind == "level" else None), "since"
    return (when.year if when.kind == "span" else None), None, when.kind

