"""Clauses that part an amount from a time after it: a clause of "with" holding an amount of its
own ("exceeded $7 bn, with investment growing by 14% in January-September 2023"), whose time is
its own amount's (a stock stays a stock); and the close of a relative clause the amount sits in
("Russia, whose trade stood at $5.6 bn, now trails China"), after which the time is the main
clause's; and a dash aside with a clause of its own ("$161 m as demand fell – 18 million bottles
of which had been sold there in 2014"), whose time is the aside's."""

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


# A relative clause the amount sits in, opened after a comma: "Russia, whose trade with it stood at $5.6 bn, ...".
_RELATIVE_OPEN = re.compile(r",\s(?:whose|which|where)\s[^,;()]*$", re.I)


def after_relative_close(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether time `r` comes after the comma that closes the relative clause amount `q` sits in
    ("Russia, whose trade with Uzbekistan stood at $5.6 bn, now trails China"): the main
    clause's time, not the amount's."""
    return "," in s.text[q.end : r.start] and _RELATIVE_OPEN.search(s.text, 0, q.start) is not None


# A dash aside with a clause of its own: "– 18 million bottles of which had been sold there in 2014".
_DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—;()]*\b(?:which|whom|who|had|has\sbeen|have\sbeen)\b", re.I)


def in_dash_aside(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether time `r`, after amount `q`, is inside a dash aside with a clause of its own."""
    return _DASH_ASIDE.search(s.text, q.end, r.start) is not None
