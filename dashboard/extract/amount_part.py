"""The whole an amount is a part of, in its own sentence: "$694 m, including $74 m in grants"."""

from __future__ import annotations

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity


def part_of(q: Quantity, s: SentenceParts, lex: Lexicon) -> int | None:
    """ "$694 m, including $74 m in grants": the start of the whole this amount is a part of."""
    earlier = [x for x in s.quantities if x.kind == q.kind == "money" and x.end <= q.start]
    if not earlier:
        return None
    whole = earlier[-1]
    gap = s.text[whole.end : q.start]
    if len(gap) > 60 or not lex.breakdown.search(gap):
        return None
    return whole.start
