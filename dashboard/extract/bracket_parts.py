"""The parts of a whole told in a bracket after it: "$120 m ($45 m in exports, $75 m in imports)"."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# "$120 m ($45 m in exports, $75 m in imports)": a bracketed amount whose flow the noun after it
# names is a part of the whole before the bracket, not the whole said again.
_NOUN_NAMED_AFTER = re.compile(r"\s(?:in|of)\s(?P<word>\w+\s)?")


def part_named(q: Quantity, s: SentenceParts) -> bool:
    m = _NOUN_NAMED_AFTER.match(s.text, q.end)
    return m is not None and any(t.start in (m.start("word"), m.end()) for t in s.triggers)


def in_parts_bracket(q: Quantity, s: SentenceParts) -> bool:
    """ "$64 m in 2022 ($51 m in exports, $13 m in imports)": a part in a bracket after its whole,
    which goes on with the figure before it (its time, when the part's clause has none)."""
    opening = s.text.rfind("(", 0, q.start)
    if opening < 0 or ")" in s.text[opening : q.start] or not part_named(q, s):
        return False
    return any(x.kind == "money" and opening - 40 <= x.end <= opening for x in s.quantities)
