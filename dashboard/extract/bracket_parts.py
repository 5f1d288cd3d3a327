"""The parts of a whole told in a bracket after it: "$120 m ($45 m in exports, $75 m in imports)"."""

from __future__ import annotations

from dashboard.extract.amount_nouns import NOUN_AFTER_AMOUNT
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity


def part_named(q: Quantity, s: SentenceParts) -> bool:
    """ "$120 m ($45 m in exports, $75 m in imports)": a bracketed amount whose flow the noun
    after it names is a part of the whole before the bracket, not the whole said again."""
    return any(NOUN_AFTER_AMOUNT.fullmatch(s.text, q.end, t.start) for t in s.triggers if t.start > q.end)


def in_parts_bracket(q: Quantity, s: SentenceParts) -> bool:
    """ "$64 m in 2022 ($51 m in exports, $13 m in imports)": a part in a bracket after its whole,
    which goes on with the figure before it (its time, when the part's clause has none)."""
    opening = s.text.rfind("(", 0, q.start)
    if opening < 0 or ")" in s.text[opening : q.start] or not part_named(q, s):
        return False
    return any(x.kind == "money" and opening - 40 <= x.end <= opening for x in s.quantities)
