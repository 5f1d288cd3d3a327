"""A clause of "with" after an amount, holding an amount of its own ("exceeded $62 bn, with
investment growing by 58% in January-September 2022"): an absolute clause, so the time it names
is its own amount's, not the time of the amount before it (a stock stays a stock)."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.times import TimeRef

_WITH = re.compile(r",\s?with\s", re.I)


def in_with_clause(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether time `r`, after amount `q`, is in a "with" clause that holds another amount."""
    opening = _WITH.search(s.text, q.end, r.start)
    return opening is not None and any(x is not q and opening.end() <= x.start < r.start for x in s.quantities)
