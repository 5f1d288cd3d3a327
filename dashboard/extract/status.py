"""Reported, forecast or target: the words before an amount that make it a forecast or a target,
an amount that names a target, a deadline still ahead; a loan or grant announced is a commitment,
reported. A plan's word governs only its own clause: "Despite plans to expand ties, trade fell to
$1 bn in 2022", "As expected, exports exceeded $2 bn", "Trade, which the sides plan to double,
reached $3 bn", "expects its exports to keep growing: in 2022 they reached $1 bn" are reported,
the amount's own verb telling a level reached."""

from __future__ import annotations

import re

from dashboard.extract.commitments import commitment
from dashboard.extract.deadlines import past
from dashboard.extract.gated_pattern import gated
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.plan_after import passive_status
from dashboard.extract.plan_times import RATE_TO_LEVEL
from dashboard.extract.quantities import Quantity
from dashboard.extract.times import TimeRef

# Verbs of a level reached, finite wherever they stand: "fell to", "reached", "amounted to".
_LEVEL_DONE = (
    r"reached|amounted|totall?ed|stood|exceeded|surpassed|topped|hit|fell|rose|grew|increased|decreased|declined"
    r"|dropped|jumped|climbed|came|valued|accounted"
)
# Verbs of a flow given or sold, which are also participles after a noun ("the investments
# attracted from China to $5 bn" is a plan's object): finite only right before their amount,
# with no preposition of a partner between ("exported goods worth $2 bn", "invested $40 m").
_FLOW_DONE = r"exported|imported|invested|attracted|received|shipped|sold|bought|purchased"
# (its verbs asked of the words before the amount first)
_DONE = gated(re.compile(rf"\b(?:(?P<level>{_LEVEL_DONE})|(?P<flow>{_FLOW_DONE}))\b", re.I))
# A participle after "be", a perfect after a modal or "to", or "hit" as an infinitive: still the
# plan's ("should be increased to $2 bn", "is expected to have reached $5 bn", "to hit $1 bn").
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:be|being|(?:to|will|would|could|should|may|might|must|shall|can)(?:\shave(?:\sbeen)?)?)\s$", re.I
)
_PARTNER_PREPOSITION = re.compile(r"\b(?:from|to|into|in|by|for)\b", re.I)


def _runs_to(rate: Quantity, q: Quantity, s: SentenceParts) -> bool:
    """Whether a rate runs to the amount after it: "fell 5 percent to $650 m"."""
    return rate.kind != "money" and RATE_TO_LEVEL.fullmatch(s.text, rate.end, q.start) is not None


def told_done(q: Quantity, s: SentenceParts, after: int) -> bool:
    """Whether the amount's own verb, after position `after` (the end of a plan's word) and past
    any amount before it, tells a level reached or a flow done; a verb set off by a comma from
    the amount is another clause's ("return trade, which decreased in 2020, to $2 bn"). A rate
    that runs to the amount is the same verb's ("Despite plans to expand trade, it fell 5% to $1 bn"):
    looked past."""
    start = max([after, *(x.end for x in s.quantities if x.end <= q.start and not _runs_to(x, q, s))])
    if start >= q.start:
        return False
    done = None
    for m in _DONE.finditer(s.text, start, q.start):
        done = m
    if done is None or "," in s.text[done.end() : q.start]:
        return False
    if _NOT_DONE_BEFORE.search(s.text, max(0, done.start() - 20), done.start()):
        return False
    return done["level"] is not None or not _PARTNER_PREPOSITION.search(s.text, done.end(), q.start)


def status(q: Quantity, t: TriggerMention, s: SentenceParts, when: TimeRef | None, lex: Lexicon, now: int | None = None) -> str:
    """Reported, forecast or target. A loan or grant announced ("will provide", "will receive",
    "intends to allocate") is a commitment, and the commitment is the event: reported, unless
    it is a flow expected over a period ("aid is expected to reach $1 bn this year") or an aim
    with a deadline ("plans to raise aid to $1 bn by 2030"). `now`: the article's year, after
    which no deadline is still ahead."""
    state = _stated(q, t, s, when, lex, now)
    if t.trigger.lexeme == "aid" and state != "reported":
        if commitment(q, t, s, lex):
            return "reported"
        over_period = when is not None and when.kind in ("period", "present") and when.period is not None
        by_deadline = when is not None and when.kind == "deadline"
        if not (over_period or by_deadline):
            return "reported"
    return state


# "If trade was $47 m in 1992, by 2021 it would have grown 20 times, to $950 m": a conditional
# whose "if" states a past fact tells what did happen, not a plan nor a counterfactual.
_FACTUAL_IF = re.compile(
    r"^\s*If\b[^,;]*?\b(?:was|were|amounted|stood|totall?ed|reached|came)\b[^;]*?\bwould\shave\s\w+(?:ed|en|own|isen)\b", re.I
)


# "Had the border not closed, firms might have invested twice as much", "Were it not for the
# sanctions, exports would have been 30% higher", "Without the sanctions, trade could have reached
# $1 bn", "if not for the war": a perfect after a modal, in a sentence that
# states its unmet condition, tells what did not happen; no figure (a past "if ... was" is
# _FACTUAL_IF's, and its "would have" tells what did).
_COUNTERFACTUAL_MODAL = re.compile(r"\b(?:would|might|could)\s(?:(?:well|easily|even|probably|likely)\s)?have\s(?!to\b)\w+", re.I)
_UNMET_CONDITION = re.compile(r"^\W*(?:Had|Were|Without)\s|\bif\snot\sfor\b|\bwere\sit\snot\b|\bbut\sfor\b|\bif\b[^,;]{0,80}?\bhad\b|\bhad\s(?:[\w'’-]+\s){0,5}?not\b", re.I)


def counterfactual(q: Quantity, s: SentenceParts) -> bool:
    """Whether the amount is what would have been, had a condition the sentence denies held."""
    if " have " not in s.text:  # most sentences have no perfect at all
        return False
    cs, _ = s.clause_of(q.start)
    return _COUNTERFACTUAL_MODAL.search(s.text, cs, q.start) is not None and _UNMET_CONDITION.search(s.text) is not None


_FINITE_AFTER_SEMICOLON = re.compile(rf"\b(?:was|were|is|are|{_LEVEL_DONE})\b", re.I)


# An amount that names a target or a goal: "set a $1.2 bn trade target for 2030", "the $5 bn goal".
_TARGET_NOUN_AFTER = re.compile(
    r"[\s-](?:(?:annual|bilateral|mutual|trade|turnover|export|exports|import|imports|investment)\s){0,2}(?:targets?|goal)\b", re.I
)


def _stated(q: Quantity, t: TriggerMention, s: SentenceParts, when: TimeRef | None, lex: Lexicon, now: int | None) -> str:
    if s.text.lstrip()[:3].lower() == "if " and _FACTUAL_IF.search(s.text, 0, q.start):
        return "reported"
    if current_base(q, s):
        return "reported"  # "to $2 bn by 2026 from the current $1 bn", "up from $1 bn now": the level a plan starts from
    cs, _ = s.clause_of(min(q.start, t.start))
    prefix_start = min(cs, t.start)
    semi = s.text.rfind(";", prefix_start, q.start)
    if semi > 0 and _FINITE_AFTER_SEMICOLON.search(s.text, semi, q.start):
        # "set a goal of $5 bn back in 2017; last year the actual figure was $1.36 bn": a plan's
        # word before a semicolon governs no amount of a clause with its own verb after it.
        prefix_start = semi
    forecast: list[int] = []
    target: list[int] = []
    cue_end = 0
    # "agreed to double trade by 2030": a multiple said as a verb is the plan's own verb, which
    # its cue holds
    cue_stop = q.end if q.growth_word else q.start
    if s.may_hold(lex.plan_gate):  # most sentences of figures report them, with neither word
        for m in lex.forecast.finditer(s.text, prefix_start, q.start):
            forecast.append(m.start())
            cue_end = max(cue_end, m.end())
        for m in lex.target.finditer(s.text, prefix_start, cue_stop):
            target.append(m.start())
            cue_end = max(cue_end, m.end())
            # "hope that trade will reach $2 bn": a modal inside the target's own words is the aim's
            forecast = [c for c in forecast if not m.start() < c < m.end()]
    if target and _owned_then_done(q, s, target[-1]):
        # "fell short of the $5 bn target in 2022, reaching $3.2 bn": the target's noun is the earlier amount's
        target = []
    if forecast and when is not None and when.kind == "period" and not when.base and now and when.year and when.year < now:
        # "trade could not exceed $2 bn in 2022": "could" denied of a year gone is an ability that failed, no forecast
        forecast = [c for c in forecast if not _COULD_NOT.match(s.text, c)]
        # "trade may have exceeded $10 bn last year": a modal's perfect of a year gone estimates a fact
        forecast = [c for c in forecast if not _MODAL_PERFECT_DONE.match(s.text, c)]
    if forecast and _owned_then_done(q, s, forecast[-1]):
        forecast = []  # "exceeded the forecast of $2 bn, reaching $2.3 bn"
    # "hit the target of $5 bn in 2022", "reached the targeted $2 bn": a level reached, the goal's noun its object
    target = [c for c in target if not _REACHED_GOAL.search(s.text, max(0, c - 40), c)]
    forecast = [c for c in forecast if not _REACHED_GOAL.search(s.text, max(0, c - 40), c)]
    if (forecast or target) and told_done(q, s, cue_end):
        return "reported"  # "Despite plans to expand ties, trade fell to $1 bn": the plan's word is another clause's
    if (forecast or target) and told_now(q, s, cue_end):
        return "reported"  # "... projected to reach $30 bn by 2028, while the current stock stands at $24 bn"
    if target and (not forecast or target[-1] >= forecast[-1]):
        return "target"
    if forecast:
        return "forecast"
    if _TARGET_NOUN_AFTER.match(s.text, s.amount_span(q)[1]):
        return "target"
    if _FORECAST_NOUN_AFTER.match(s.text, s.amount_span(q)[1]):
        return "forecast"  # "beat the $2 bn forecast", "the $3 bn projection for 2024"
    named = _PLAN_NOUN_COLON.search(s.text, max(0, s.amount_span(q)[0] - 40), s.amount_span(q)[0])
    if named is not None:
        # "set a new target: $2 bn in trade by 2030", "the forecast: $3 bn": the noun before a colon names the amount
        return "target" if named["target"] else "forecast"
    after = passive_status(q, s)
    if after is not None:
        return after
    # (a level "hitting $90 m by the end of 2021", in a story of 2022: reached by a date already
    # gone, whatever the verb's form)
    if when is not None and when.kind == "deadline" and not past(when, s) and not (now and when.year and when.year < now):
        return "forecast"
    ahead = when is not None and when.kind == "period" and when.period is not None and not when.base and now and when.year and when.year > now
    if ahead and q.kind == "money" and t.trigger.lexeme != "aid" and not told_done(q, s, cs):
        # "Estimates put trade at $2 bn in 2025", said in 2023: a year not yet begun has no fact (but
        # "in 2017, trade reached $3 bn" on a page misdated 2014 tells one: its verb says so; and
        # aid "allocated for 2025" is a commitment, the event)
        return "forecast"
    return "reported"


_PLAN_NOUN_COLON = re.compile(
    r"\b(?:(?P<target>targets?|goals?|aims?|objectives?|task)|forecasts?|projections?|outlook)\s?:\s"
    r"(?:(?:about|around|nearly|almost|over|some|more\sthan|up\sto)\s)?$",
    re.I,
)
# The level a plan or a forecast starts from, told as today's: "from the current $1 bn", "from the
# present level of $1 bn", "up from $1 bn now", "from about $1 bn at present".
_BASE_QUALIFIER = r"(?:(?:about|around|some|nearly|almost|over|more\sthan|roughly|approximately)\s)?"
_CURRENT_BASE_BEFORE = re.compile(
    rf"\b(?:from|compared\s(?:with|to)|against|versus)\s(?:the\s|its\s|their\s)?(?:current|present|existing|today['’]s)\s(?:(?:annual\s)?(?:level|volume|figure|value)\sof\s)?{_BASE_QUALIFIER}$", re.I
)
_FROM_BEFORE = re.compile(rf"\bfrom\s{_BASE_QUALIFIER}$", re.I)
_NOW_AFTER = re.compile(r"\s(?:now|at\spresent|currently|today|at\sthe\smoment)\b", re.I)
# A level told in the present of today, after a plan's word: "while the current stock stands at
# $24 bn", "trade now totals $3 bn", "at present it amounts to $1 bn" (a present verb alone is not
# enough: "predicts that trade reaches $2 bn in 2028" is the forecast's).
_NOW_TOLD = re.compile(
    r"\b(?:current(?:ly)?|now|at\spresent|presently|today)\b[^,;:]{0,40}?\b(?:stands|amounts|totals|is|are)\s(?:at\s|to\s)?"
    r"(?:(?:about|around|some|nearly|almost|over|more\sthan|roughly)\s)?$",
    re.I,
)


def told_now(q: Quantity, s: SentenceParts, after: int = 0) -> bool:
    """Whether the amount is told as today's level by a present verb after `after` ("while the
    current stock stands at $24 bn")."""
    a0 = s.amount_span(q)[0]
    return _NOW_TOLD.search(s.text, max(after, a0 - 80), a0) is not None


def current_base(q: Quantity, s: SentenceParts) -> bool:
    """Whether the amount is today's level a plan or a forecast starts from ("from the current $1
    bn", "compared with the current $1 bn", "up from $1 bn now"): a level reached, with none of the
    plan's deadline."""
    a0, a1 = s.amount_span(q)
    if _CURRENT_BASE_BEFORE.search(s.text, max(0, a0 - 60), a0):
        return True
    return _FROM_BEFORE.search(s.text, max(0, a0 - 30), a0) is not None and _NOW_AFTER.match(s.text, a1) is not None


_MODAL_PERFECT_DONE = re.compile(
    r"(?:may|might|could|must|should|would|will)\s(?:(?:well|already|likely|probably)\s)?have\s(?:already\s)?"
    r"(?:exceeded|reached|surpassed|topped|totall?ed|amounted|grown|risen|fallen|increased|decreased|declined|hit|passed|crossed)\b",
    re.I,
)
_COULD_NOT = re.compile(r"(?:could|was\sable\sto|were\sable\sto)(?:\snot|n['’]t)\b", re.I)
_FORECAST_NOUN_AFTER = re.compile(r"\s(?:forecast|projection)(?!\sto\b)\b", re.I)
_NOUN_OF_PLAN_AFTER = re.compile(rf"{_TARGET_NOUN_AFTER.pattern}|{_FORECAST_NOUN_AFTER.pattern}", re.I)
# A level told of the later amount, after an earlier amount that a target's noun names: "fell short
# of the $5 bn target, reaching $3.2 bn", "missed the target of $2 bn and stood at $1.4 bn".
_LEVEL_AFTER_TARGET = re.compile(rf"\b(?:{_LEVEL_DONE}|reaching|totall?ing|amounting|standing|coming|hitting)\b", re.I)
_TARGET_OF = re.compile(r"(?:targets?|goal|forecasts?|projections?)(?:\sof|\sset\sat)?\s(?:\S+\s)?$", re.I)
_REACHED_GOAL = re.compile(
    r"\b(?:reached|reaching|hit|hitting|met|meeting|achieved|achieving|attained|fulfilled)\s(?:the|its|their)\s(?:[\w-]+\s)?$", re.I
)


def _owned_then_done(q: Quantity, s: SentenceParts, cue: int) -> bool:
    """Whether the target's word at `cue` names an earlier amount ("the $5 bn target", "the target
    of $5 bn") after which the amount's own verb tells a level (a list of targets, "a target of $2 bn
    for 2025 and $3 bn for 2030", has none)."""
    for x in s.quantities:
        if x.end > q.start or x is q:
            continue
        owns = _NOUN_OF_PLAN_AFTER.match(s.text, s.amount_span(x)[1]) is not None and x.end <= cue + 1
        owns = owns or (_TARGET_OF.search(s.text, max(0, x.start - 30), x.start) is not None and cue < x.start)
        if owns and _LEVEL_AFTER_TARGET.search(s.text, x.end, q.start):
            return True
    return False
