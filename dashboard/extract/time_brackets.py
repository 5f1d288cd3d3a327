"""Which amount a time written beside a bracket or a comparison belongs to: a time right after
another amount's bracket or after a base amount ("compared with $98 m in 2018") is that amount's,
and a time heading an amount's clause is its own (`timing.time_for`)."""

from __future__ import annotations

import re

from dashboard.extract.base_times import ATTACHED_GAP
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.times import TimeRef

# A bracket or a comparison word right before an amount makes it a comparison's base ("down from the
# record $5.35 bn of 2008", "well below the $400 m of 2006": a base named as a record or a level too).
_BASE_WORDS = r"(?:(?:the|a|an|its|their|this|that|record|peak|high|low|level|figure|total|previous|all-time|of)\s){0,4}"
_BASE_AMOUNT_BEFORE = re.compile(rf"(?:\(\s?|\b(?:compared\s(?:to|with)|against|(?<!more\s)(?<!less\s)than|from|versus|below|above)\s{_BASE_WORDS}(?:\w+\s)?)$", re.I)


def bracket_holds(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether another amount, before this one, sits in a bracket right after the time."""
    return any(x is not q and x.end <= q.start and _HELD_BRACKET.match(s.text[r.end : x.start]) for x in s.quantities)


def bracket_aside(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """A time whose bracket holds this amount, before more amounts of the sentence ("in 2019 (at
    $4.1 bn), came third at $1.3 bn"), is an aside's: no period the story moves to."""
    return r.end <= q.start and bool(_HELD_BRACKET.match(s.text[r.end : q.start])) and any(x.start > q.end for x in s.quantities)


_HELD_BRACKET = re.compile(r"\s?\(\s?(?:at|with|worth|of)?\s?$", re.I)


def held_by_base(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether a time is written right after another amount that a comparison word introduces."""
    return any(
        x is not q and x.end <= r.start and ATTACHED_GAP.match(s.text[x.end : r.start]) and _BASE_AMOUNT_BEFORE.search(s.text, max(0, x.start - 30), x.start)
        for x in s.quantities
    )  # fmt: skip


def heads_clause_of(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether a time before an amount is its clause's own, with no other amount between."""
    if not s.text[r.end : q.start].strip(" -–—:,"):
        return True  # "a year earlier $8.8 bn", "a year earlier - $290 m": right before it
    cs, _ = s.clause_of(q.start)
    return cs <= r.start and not any(r.end <= x.start and x.end <= q.start for x in s.quantities)
