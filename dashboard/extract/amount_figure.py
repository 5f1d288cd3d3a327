"""The figure one amount states (`figure_for`), at sentence offsets: the frame of its trigger,
its value and reading, status and period, with the words that gave each as evidence. A rate
right after a level, or of "this figure", is a change of the figure before."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.contract.schema import Figure
from dashboard.extract.amount_part import part_of
from dashboard.extract.amount_runs import respective
from dashboard.extract.asides import story_after_aside
from dashboard.extract.base_after_figure import base_after_figure
from dashboard.extract.base_times import (
    STOCK_NOUN,
    base_amount_time,
    before_figure_year,
    compared_unsaid,
    from_to_base,
    months_back,
    span_endpoint,
)
from dashboard.extract.body_named_again import multilateral_named_again
from dashboard.extract.bracket_base import bracketed_base
from dashboard.extract.bracket_parts import in_parts_bracket
from dashboard.extract.commitments import commitment, given_once
from dashboard.extract.discourse import Discourse
from dashboard.extract.frame_coordination import respective_member
from dashboard.extract.frame_lists import conjunct_of, list_head_trigger
from dashboard.extract.frame_open_slot import ranking_home, unowned_ranking
from dashboard.extract.frame_ranking import placed_trigger, ranking_trigger
from dashboard.extract.frame_trigger import trigger_for, unowned_part, whole_named
from dashboard.extract.frame_types import Who
from dashboard.extract.frame_who import who_for
from dashboard.extract.fronted_partner import fronted_partner, with_fronted_partner
from dashboard.extract.level_rate import follows_last_level
from dashboard.extract.lexicon import Lexicon, load
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.named_whole import opens_on_whole
from dashboard.extract.no_country_aid import many_givers, multilateral_acts, multilateral_receives, organisation_own, repaid
from dashboard.extract.plan_times import plan_time
from dashboard.extract.quantities import Quantity
from dashboard.extract.readings import Value, column_index, is_anaphoric, is_level, is_previous_figure, qualifier, rate_value
from dashboard.extract.sector_holder import sector_holds
from dashboard.extract.status import counterfactual, current_base, status, told_now
from dashboard.extract.story_month import month_ahead, month_in_story_year
from dashboard.extract.time_brackets import bracket_aside
from dashboard.extract.time_patterns import names_previous
from dashboard.extract.times import TimeRef, day_of_week
from dashboard.extract.timing import PENDING_MONTHS, previous_year, time_for, year_period
from dashboard.extract.trigger_kind import Trigger
from dashboard.extract.when_clause import when_clause_time

_FROM_BEFORE = re.compile(r"\bfrom\s$", re.I)
# The time of an aid amount given once: a year or a month, not a part of a year it flowed over.
_YEAR_OR_MONTH = re.compile(r"FY|M\d{1,2}")

Evidence = tuple[str, int, int, str]


def figure_for(
    q: Quantity, s: SentenceParts, d: Discourse, lex: Lexicon, refs: dict[int, str]
) -> tuple[Figure, Who | None] | None:
    """The figure an amount states, at sentence offsets (the article shifts it), and its frame."""
    if sector_holds(q, s, lex):
        return None  # "; mining - USD 12 m": a sector's part of a breakdown, no pair's figure
    if q.kind != "money" and follows_last_level(q, s, d) and respective(q, s) is None:
        # "Azerbaijan - $558 m, 1.5% increase y/y", "$37 m (20% increase)": the rate of the level
        # it follows, in that level's frame, whatever trigger stands nearer.
        adjacent = _rate_of_previous(q, s, d, lex, adjacent=True)
        if adjacent is not None:
            return adjacent, None
    if unowned_part(q, s, lex) or counterfactual(q, s):
        return None
    t = trigger_for(q, s, lex)
    if t is not None and any(x.trigger.bound == "receiver" and x.end <= q.start < x.end + 40 and multilateral_receives(x, s, lex) for x in s.triggers):
        return None  # "the WFP, which has also received $5 m from Russia": no verb before takes it
    pronoun = pronoun_frame(q, s, d, lex) if t is None or t.start >= q.end else None
    if pronoun is None and t is not None and d.last_in_sentence and t.end <= s.clause_of(q.start)[0]:
        # "exports from the EU amounted to $2.45 bn; a year earlier, it was $1.96 bn": "it" in a
        # later clause is the flow of this sentence's figure, not a part of it.
        pronoun = pronoun_frame(q, s, d, lex, after=t.end)
    if pronoun is not None:
        t = pronoun[0]
    if t is None:
        t = _part_of_whole(q, s, d, lex)
    if t is None:
        # After a sentence of another measure ("GDP grew 5%."), "It reached $80 bn" is that measure.
        # ("the country's external debt of $2.2 bn": the amount of another measure, whatever "the country" refers to)
        anaphoric = not d.other_measure and is_anaphoric(s, lex) and not lex.blockers.search(s.text, max(0, q.start - 30), q.start)
        if q.kind == "money" and d.topic is not None and anaphoric and not s.names_country_before(q.start):
            # "Trade between Georgia and Kazakhstan keeps rising. It has been around $415 m"
            t = TriggerMention(0, 0, Trigger(d.topic.indicator, d.topic.lexeme), d.topic.measure)
        elif q.kind == "money" and (conjunct_of(q, s, lex) is not None or anaphoric or opens_on_whole(s) or respective_member(q, s, lex) or bracketed_base(q, s, d)):
            # "It is followed by Tajikistan ($4.6 bn), ...", "this figure ... ($3.8 bn a year earlier)",
            # "Turkey and Uzbekistan follow with $228 m and $215 m, respectively"; a ranking's
            # noun names its flow: "Russia was the top partner with $1.35 bn"
            t = ranking_trigger(s, lex, d) or placed_trigger(q, s, d, lex) or list_head_trigger(d)
        elif q.kind == "money" and _ranked_amount(q, s, lex):
            # "Switzerland, the main destination of Kyrgyz gold, received goods worth $637.8 m":
            # a ranking with its owner names the flow of an amount with no trigger of its own.
            t = ranking_trigger(s, lex, d)
        if t is None:
            previous = _rate_of_previous(q, s, d, lex)
            return None if previous is None else (previous, None)
    indicator = t.trigger.indicator
    evidence: list[Evidence] = [("indicator", t.start, t.end, f"trigger:{t.trigger.lexeme}")] if t.end else []

    value: Value | None
    if q.kind == "money":
        if indicator == "other" or not is_level(q, s, lex):
            return None  # other flows: only their growth; their amounts are tonnes and trips
        value = Value("level", q.value, q.unit, "level")
    elif indicator == "other" and s.may_hold(lex.blocker_gate) and lex.blockers.search(s.text) and not any(x.kind == "money" for x in s.quantities):
        return None  # "freight via Iran grew 30% to 2 m tonnes": the rate of what the sentence counts, no value
    else:
        value = rate_value(q, t, s, lex)
        if value is None:
            return None
    evidence.append(("amount", q.start, q.end, f"reading:{value.reading}"))

    if t.trigger.lexeme in ("aid", "invest") and (
        multilateral_acts(q, t, s, lex) or organisation_own(q, s) or many_givers(q, t, s) or multilateral_named_again(q, t, s, d.last_body, lex)
    ):
        return None  # "the IMF disbursed a $280 m loan to Armenia", "... the bank invested EUR 98 m": no country's flow
    if t.trigger.lexeme == "aid" and repaid(q, t, s):
        return None  # "Moldova will repay Switzerland a loan of $5 m": debt service, no aid given
    who = pronoun[1] if pronoun is not None else who_for(q, t, s, d, refs, lex)
    if who is None and t.trigger.bound:
        # "Emirati companies put $1.9 bn into the economy": a verb of spending whose clause
        # names no receiver names no flow; the amount is read as if it were not there.
        return figure_for(q, replace(s, triggers=tuple(x for x in s.triggers if not x.trigger.bound)), d, lex, refs)
    if who is None:
        return None
    evidence += who.evidence
    unit = value.unit
    if unit == "AZN" and "TKM" in who.pair and "AZE" not in who.pair and "AZN" not in s.text[q.start : q.end]:
        unit = "TMT"  # "manat" in a Turkmen story is the Turkmen manat

    # "(in January-September 2018 - $31.0 m)": a bracket's base time before its amount, else the others.
    base_time = base_amount_time(q, s, d, lex) if value.kind == "level" else None
    if base_time is None and value.kind == "level" and compared_unsaid(q, s):
        base_time = previous_year(q, s)  # "an increase of 12% compared to $446 m": a year before the figure's
    if base_time is not None:
        figure_before = previous_year(q, s)  # a year before the figure's own time in the sentence
        base_time = before_figure_year(base_time, q, s, figure_before.year + 1 if figure_before and figure_before.year else None, d)
    if base_time is not None:
        d.aside_times.add(base_time.start)  # "against $250 m in 2014": no period the article moves to
    clause_time = when_clause_time(q, s, d) if base_time is None else None
    if clause_time is not None:
        d.aside_times.add(clause_time.start)  # a time a "when" clause looks back to: not the article's period
    when = base_time or clause_time or time_for(q, s, index=value.reading == "index")
    if when is not None and bracket_aside(when, q, s):
        d.aside_times.add(when.start)
    ahead = when is not None and (when.kind == "deadline" or (d.published is not None and (when.year or 0) > d.published.year))
    if when is not None and when.end <= q.start and (current_base(q, s) or (ahead and told_now(q, s, when.end))):
        when = None  # "to $2 bn by 2026 from the current $1 bn", "by 2028, while the stock now stands at": the plan's time
    if when is not None and indicator != "aid" and day_of_week(when, s.text):
        # "On Monday the ministry reported that exports reached $500 m": the day it was told, no flow's period
        when = time_for(q, replace(s, times=tuple(r for r in s.times if r is not when)), index=value.reading == "index")
    state = status(q, t, s, when, lex, d.published.year if d.published else None)
    if base_time is not None and state != "reported" and d.published is not None and (base_time.year or d.published.year) < d.published.year:
        state = "reported"  # "aim to double trade from the 2021 level of $489.8 m": the base is a level reached
    if state != "reported" and base_time is None:
        when = plan_time(q, t, s)
        if when is not None and not (when.kind == "period" and d.published is not None and d.dated and (when.year or 9999) < d.published.year):
            d.aside_times.add(when.start)  # "expected to reach $1.5 bn in 2017": not what the article reports (a year over is)
    if when is not None and (told := month_in_story_year(when, q.start, s, d) or month_ahead(when, q.start, s, d)) is not None:
        when = told  # "had already announced a $1 bn package in September", after October 2008's conference
    if when is not None and when.kind == "back":
        # "Five years earlier, trade stood at $2.1 bn": that many years before the year the
        # article speaks of ("ago": before its date); "Two years later" (back < 0): after it.
        ago = "ago" in s.text[when.start : when.end].lower()
        before = previous_year(q, s)  # the year of the amount before it in the sentence, less one
        if ago:
            now = d.published.year if d.published else None
        elif before is not None and before.year is not None:
            now = before.year + 1
        elif when.back < 0:
            # A step forward counts from the year the story has reached, never from its date.
            now = d.year_reached()
        elif when.back == 0 and d.aside_year is not None:
            now = d.aside_year  # "established relations in 1992. That year, trade was $1 m"
        else:
            now = d.time.year if d.time is not None else (d.published.year if d.published else None)
        months = "FY"
        if when.back == 0 and (before is None or before.year is None) and d.time is not None and d.time.year == now:
            months = d.time.period or "FY"  # "That year, ..." after a lead on its first half: those months
        when = TimeRef(when.start, when.end, "period", now - when.back, months) if now else None
    if when is not None and when.kind == "before":
        step = when
        when = previous_year(q, s)
        own = [r for r in s.times if not r.base and r.kind == "period" and r.year is not None and r.end <= step.start]
        if when is None and own and own[-1].year is not None:
            # "Exports in 2016 exceeded the previous year's $2.9 m": a year before the sentence's own time
            when = TimeRef(step.start, step.end, "period", own[-1].year - 1, months_back(step, s.text, own[-1].period))
        if when is None and d.time is not None and d.time.kind == "period" and d.time.year is not None:
            # "Trade reached $2 bn in 2019. A year earlier it was $1.8 bn": a year before the
            # period the story has reached, its months kept ("The previous year" names all of it).
            when = TimeRef(step.start, step.end, "period", d.time.year - 1, months_back(step, s.text, d.time.period))
        if when is None and d.published is not None and (names_previous(s.text[step.start : step.end]) or "ago" in s.text[step.start : step.end]):
            # "amounted to $312 m in the previous year", "a year ago", the article's first time: the year before its date
            when = TimeRef(step.start, step.end, "period", d.published.year - 1, "FY")
        if when is None and (stock := d.last) is not None and d.last_in_sentence and stock.period == "cumulative" and stock.indicator == indicator and stock.year:
            # "As of January 1, 2023, accumulated FDI reached $5.1 bn, compared with $4.6 bn a year
            # earlier": a year back from the stock's as-of date, which a date names and no period does
            when = TimeRef(step.start, step.end, "period", stock.year - max(step.back, 1), "FY")
        if when is None:
            return None
    elif when is None and value.kind == "level" and _FROM_BEFORE.search(s.text[max(0, q.start - 6) : q.start]) and not base_after_figure(q, s, when):
        return None  # "up from $450 million": the base of a comparison, its time unsaid
    year, period, rule_time = year_period(q, t, s, d, when, indicator, value.kind, lex, plan=state != "reported")
    if rule_time == "paragraph" and (story := story_after_aside(who.pair, d)) is not None:
        year, period, rule_time = story.year, story.period, "story-after-aside"
    if (endpoint := span_endpoint(q, s, when)) is not None and value.kind == "level":
        # "In 2021-2023, it grew from $25 bn to $31 bn"; a stock's ends are its stock at each year's end
        year, period, rule_time = endpoint, "cumulative" if STOCK_NOUN.search(s.text, 0, q.start) else "FY", "span-endpoint"
    if period not in (None, "cumulative") and value.kind == "level" and commitment(q, t, s, lex):
        period, rule_time = None, f"{rule_time}-commitment"  # "will provide JPY 305 m for 2020": the year, no period
    given_in = (when.period if when is not None and when.kind == "period" else period) or ""
    if period not in (None, "cumulative") and _YEAR_OR_MONTH.fullmatch(given_in) and given_once(q, t, s, given_in != "FY"):
        period, rule_time = None, f"{rule_time}-given"  # "In June Russia provided $30 m": not June's flow
    if base_time is None and endpoint is None and value.kind == "level" and year is not None and period != "cumulative" and (
        from_to_base(q, s) or base_after_figure(q, s, when)
    ):
        # "fell year-on-year from $41.37 bn to $39 bn", "imports rose to $6.2 bn from $5.4 bn":
        # a base with no time of its own is a year before the figure it is the base of.
        year, rule_time = year - 1, "from-to-base"
    continues_last = in_parts_bracket(q, s) or any(rule in ("list", "discourse:previous-figure", "discourse:breakdown-of-last", "discourse:whole-before") for _, _, _, rule in who.evidence)
    continues_last = continues_last and not current_base(q, s)  # ("... by 2026 from the current $1.2 bn": no list's member)
    last = d.last
    if when is None and continues_last and state == "reported" and last is not None and last.year is not None and not _of_base(last, q, s):
        year, period, rule_time = last.year, last.period, "list:previous-figure"
        if d.time_after_last and (current := d.time) is not None and current.kind == "period" and current.year is not None:
            year, period, rule_time = current.year, current.period, "list:current-period"
    elif when is None and continues_last and state == "reported" and last is not None and (own := [r for r in s.times if not r.base and r.kind == "period" and r.year and r.end <= q.start]):
        year, period, rule_time = own[-1].year, own[-1].period, "list:own-period"  # the list's figure before its base: its period
    if when is not None and when.end > when.start:
        evidence.append(("period", when.start, when.end, f"time:{rule_time}"))
    else:
        evidence.append(("period", -1, -1, f"time:{rule_time}"))

    figure = Figure(
        country_a=who.pair[0],
        country_b=who.pair[1],
        flow_from=who.origin,
        flow_to=who.destination,
        indicator=indicator,
        kind=value.kind,
        status=state,
        value=float(value.value),
        unit=unit,
        qualifier=qualifier(q, s, lex),
        year=year,
        period=period,
        quote=s.text,
        span_start=q.start,
        span_end=q.end,
        rule=f"{t.trigger.lexeme}:{q.kind}:{rule_time}",
        measure=" ".join(t.text.lower().split()) or None,
        part_of=part_of(q, s, lex),
        evidence=tuple(evidence),
    )
    return figure, who


# From another measure to an "it" that heads the next coordinated clause: "revenue grew, and it".
_COORDINATED_SUBJECT = re.compile(r"[^,.;]{0,60}(?:,\s?)?(?:and|but|while)\s")
_AFTER_CONJUNCTION = re.compile(r"\w\s?,?\s(?:and|but|while)\s$")


def pronoun_frame(q: Quantity, s: SentenceParts, d: Discourse, lex: Lexicon, after: int = 0) -> tuple[TriggerMention, Who] | None:
    """ "Two years later it peaked at $272 m", "The pandemic cut it to $309 m": "it" before the
    amount, with no trigger or country between, stands for the measure the sentences before
    told (the topic they spoke of, else their last figure), of the same pair and direction."""
    # Searched past the amount's start: "it was" looks ahead at the amount it stands before.
    found = None
    for m in lex.pronoun.finditer(s.text, max(after, q.start - 90)):
        if m.end() > q.start and not (q.growth_word and m.start() < q.end):
            break  # "it had doubled", "to double it": a multiple that is the pronoun's own verb is its rate
        found = m
    if found is None:
        return None
    if any(found.end() <= x.start < q.start for x in s.triggers) or any(c.code and found.end() <= c.start < q.start for c in s.countries):
        return None  # "it exported $5 bn", "it sold Russia $5 bn worth": the sentence names its own frame
    if d.other_measure or lex.blockers.search(s.text, found.end(), q.start):
        # "GDP grew 5 percent. It reached $80 bn", "it reached a deal worth $500 m": another measure
        return None
    named = max([x.end for x in s.triggers if x.end <= found.start()], default=0)
    other = None
    for other in lex.blockers.finditer(s.text, named, found.start()):  # noqa: B007 - the last one counts
        pass
    if other is not None and _COORDINATED_SUBJECT.fullmatch(s.text, other.end(), found.start()):
        return None  # "revenue also grew, and it reached $15 bn": the subject of the clause before
    if not any(x.end <= found.start() for x in s.triggers) and _AFTER_CONJUNCTION.search(s.text, 0, found.start()):
        if not any(m.start() < found.start() for m in lex.pronoun.finditer(s.text, 0, found.start())):
            return None  # "The ruble collapsed in 2014, and it fell 45%": the clause before has its own subject
    evidence = (("pair", found.start(), found.end(), "discourse:pronoun"),)
    topic = d.topic
    partner = fronted_partner(s, found.start())  # "With Uzbekistan, it came to $4.2 bn"
    if topic is not None and topic.pair is not None and not after:
        who = Who(topic.pair, None, None, evidence)
        return TriggerMention(0, 0, Trigger(topic.indicator, topic.lexeme), topic.measure), with_fronted_partner(who, partner, d) if partner else who
    last = d.last
    head = list_head_trigger(d)
    if last is None or head is None or last.period == "cumulative":
        return None
    who = Who((last.country_a, last.country_b), last.flow_from, last.flow_to, evidence)
    return head, with_fronted_partner(who, partner, d) if partner else who


# A time in the possessive, owning the noun of the figure before: "This year's volume".
_TIME_OWNS = re.compile(r"['’]s\s(?:volume|figure|level|indicator)\b", re.I)


def _rate_of_previous(q: Quantity, s: SentenceParts, d: Discourse, lex: Lexicon, adjacent: bool = False) -> Figure | None:
    """ "This figure is 33.9 percent higher": a rate of the figure just before."""
    last = d.last
    # ("Exports rose 5% to $2 bn. A 3% increase was recorded in March": a sentence opened by a rate
    # goes on with the flow of the rate before it as of a level)
    if last is None or (last.kind != "level" and not lex.rate_opener.match(s.text)) or not (adjacent or is_previous_figure(q, s, lex)):
        return None
    if not adjacent and (d.other_measure or (d.last_unpaired is not None and d.last_unpaired == d.last_group)):
        return None  # "GDP grew last year. The growth was 5.1 percent": the rate of the measure (or group) between
    anchor = TriggerMention(0, 0, load().trigger_groups["g0"], "")
    value = (column_index(q, s) if d.heading_index else None) or rate_value(q, anchor, s, lex)
    if value is None:
        return None
    own = time_for(q, s, index=value.reading == "index")
    if own is not None and own.base:
        own = None  # "88 percent of the 2019 level": the base is no time of the rate's
    if own is not None and own.year is not None and last.year is not None and own.year < last.year and any(q.end <= y.start and y.end <= own.start for y in s.quantities):
        own = None  # "It rose 75%, from $96 m in January 2024": an earlier time after the rate is its base amount's
    year, period = (own.year, own.period) if own is not None and own.kind == "period" and not last.rule.endswith("-looked-back") else (last.year, last.period)
    if own is not None and last.rule.endswith(":unfinished-year") and (own.year, own.period) == (last.year, "FY"):
        period = last.period  # "exports reached $52 m in 2024, 30% more than in 2023", of a report on its first half
    if own is not None and (own.year, own.period) == (last.year, "FY") and _TIME_OWNS.match(s.text, own.end):
        period = last.period  # "This year's volume is 30% above ...": the year's figure just told, of its months
    # A level still waiting for the months its article names later passes the wait on.
    pending = own is None and last.rule.endswith(f":{PENDING_MONTHS}")
    evidence: tuple[Evidence, ...] = (
        ("amount", q.start, q.end, f"reading:{value.reading}"),
        ("indicator", -1, -1, "discourse:previous-figure"),
        ("period", -1, -1, f"time:{PENDING_MONTHS if pending else 'previous-figure'}"),
    )
    return replace(
        last, kind="change", value=float(value.value), unit=value.unit, qualifier=qualifier(q, s, lex), year=year,
        period=period, quote=s.text, span_start=q.start, span_end=q.end,
        rule=f"previous-figure:{q.kind}" + (f":{PENDING_MONTHS}" if pending else ""), part_of=None, evidence=evidence,
    )  # fmt: skip


def _part_of_whole(q: Quantity, s: SentenceParts, d: Discourse, lex: Lexicon) -> TriggerMention | None:
    """ "Russia accounted for 488.7 bn drams of this volume": a country's part of the flow of the
    amount read last, figure or not (trade with a group is none), with no trigger of its own."""
    if q.kind != "money" or d.last_measure is None or not s.names_country_before(q.start):
        return None
    if not whole_named(q, s, lex):
        return None
    return TriggerMention(0, 0, Trigger(*d.last_measure), "")


def _ranked_amount(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """ "China was the main market for Uzbek fruit with $300 m", "Kazakhstan remains our biggest
    partner at $6.6 bn": an amount of the ranked country's flow, told "with", "at" or as goods
    "worth" it, in a clause of no other measure; a ranking with no owner is the home's."""
    if lex.ranked_amount.search(s.text, max(0, q.start - 30), q.start) is None:
        return False
    cs, ce = s.clause_of(q.start)
    return lex.blockers.search(s.text, cs, ce) is None and (ranking_home(s, lex) is not None or unowned_ranking(s, lex) is not None)


def _of_base(last: Figure, q: Quantity, s: SentenceParts) -> bool:
    """Whether the last figure is a base's of the sentence, before the amount: "to Uzbekistan -
    $1.1 bn (in H1 2020 - $0.8 bn), to Kyrgyzstan - $450 m" continues the list, not the base."""
    if any(r.base and r.end <= q.start and (r.year, r.period) == (last.year, last.period) for r in s.times):
        return True
    # "in H1 2023 ($8.4 bn a year earlier), with Russia - $12.3 bn": a bracketed base dated a year back
    return last.quote == s.text and any(r.kind == "before" and last.span_end <= r.start < q.start and s.text[last.span_end : r.start].strip() == "" for r in s.times)
