"""The time of a forecast or a target: the one its own clause gives it ("by 2030", "in 2028"),
never one borrowed from the story or from another amount of the sentence."""

from __future__ import annotations

import re

from dashboard.extract.base_times import ATTACHED_GAP
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.times import TimeRef

# Between a rate and the level it runs to: "by 20 percent to $2 bn", "20%, reaching $2 bn", with
# its base between them: "to double from a year before to $3 bn", "tripled year-on-year to".
RATE_TO_LEVEL = re.compile(r"(?:\s(?:from|over)\sa\syear\s(?:earlier|ago|before)|\syear-on-year|\sy/y)?,?\s?(?:to|reaching)\s(?:about\s|around\s|nearly\s|almost\s|over\s|more\sthan\s|some\s)?")


# A multiple said as the plan's verb, its flow the object, before the level it runs to: "agreed
# to double trade to $3 bn by 2030", "to triple mutual trade turnover to" (the deadline is both's).
_OBJECT_TO_LEVEL = re.compile(
    r"\s(?:(?:the|their|its|our|mutual|bilateral|annual)\s)*(?:(?:trade|commodity)\s)?(?:trade|turnover|exports?|imports?|investments?)"
    r"\sto\s(?:about\s|around\s|nearly\s|almost\s|over\s|more\sthan\s|some\s)?",
    re.I,
)


def _runs_to(rate: Quantity, level: Quantity, s: SentenceParts) -> bool:
    """Whether a rate runs to the level after it ("by 20% to $2 bn", "to double trade to $3 bn")."""
    if RATE_TO_LEVEL.fullmatch(s.text, rate.end, level.start):
        return True
    return rate.growth_word and _OBJECT_TO_LEVEL.fullmatch(s.text, rate.end, level.start) is not None


def plan_time(q: Quantity, t: TriggerMention, s: SentenceParts) -> TimeRef | None:
    """A forecast or target has the time its own clause gives it ("by 2030"), nothing borrowed."""
    attached = next(
        (r for r in s.times if r.start >= q.end and not r.base and ATTACHED_GAP.match(s.text[q.end : r.start])), None
    )
    if attached is not None and attached.kind in ("period", "deadline"):
        return attached  # "will pass $2 bn in 2022, as agreed on a call of 14 Dec 2022"
    cs, ce = s.clause_of(q.start)
    lo = min(cs, t.start)
    own = [r for r in s.times if lo <= r.start < ce and not r.base and r.kind != "before"]
    # A time written right after another amount is that amount's: "$2.1 bn last year"; unless
    # that amount is the level this rate runs to: "to grow by 20% to $2 bn in 2028" (both).
    own = [
        r
        for r in own
        if not any(
            x is not q and ATTACHED_GAP.match(s.text[x.end : r.start]) and not _runs_to(q, x, s)
            for x in s.quantities
            if x.end <= r.start
        )
    ]
    deadline = [r for r in own if r.kind == "deadline"]
    return deadline[0] if deadline else (own[-1] if own else None)
