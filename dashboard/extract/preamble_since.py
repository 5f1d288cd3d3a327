"""A "since" of the words before a verb of saying ("Noting that ties have grown since
independence, the minister said that trade rose by 34% and stood at $14 bn in January-July"):
the start of what that preamble tells, not of the rate the said clause gives, whose period is its
own clause's. The verbs are `[quote_address] said` of `rules/discourse.toml`."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file
from dashboard.extract.times import TimeRef

_SAID = re.compile(r"\b(?:" + "|".join(rules_file("discourse.toml")["quote_address"]["said"]) + r")\b", re.I)


def since_before_saying(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether `r` is a "since" standing before a verb of saying whose clause holds the amount."""
    return r.kind == "since" and r.end <= q.start and _SAID.search(s.text, r.end, q.start) is not None
