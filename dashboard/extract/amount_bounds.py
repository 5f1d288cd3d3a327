"""A bound written after its amount: "$200 million or more", "$1 bn plus", "$1 billion-plus",
"$5 m or less", "$40 m or so". Its words are `rules/phrases.toml` [qualifier_after]."""

from __future__ import annotations

import functools
import re

from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import alternation


@functools.cache
def _after() -> re.Pattern[str]:
    words = rules_file("phrases.toml")["qualifier_after"]
    groups = "|".join(f"(?P<{name}>{alternation(words[name])})" for name in ("over", "under", "approx"))
    # (a hyphen glues the word on: "$1 billion-plus"; nothing of a word may follow: "plus VAT" is
    # read as no more than "plus", "oddly" never; a scale's abbreviating dot may stand between,
    # "$1.2 bln. or more", never a full stop: "$1 bn. Plus, ..." opens another sentence)
    return re.compile(rf"(?:\.(?=[-,]|\s(?-i:[a-z])))?[\s-]?(?:{groups})(?![\w])", re.IGNORECASE)


def bound_after(text: str, end: int) -> str | None:
    """The qualifier ("over", "under", "approx") a bound right after text[:end] gives its amount.

    >>> [bound_after(t, 5) for t in ("$2 bn or more.", "$2 bn plus", "$2 bn-plus", "$2 bn or so", "$2 bn or less", "$2 bn in 2023")]
    ['over', 'over', 'over', 'approx', 'under', None]
    >>> [bound_after(t, 6) for t in ("$2 bln. or more", "$2 bln. Plus, it grew")]
    ['over', None]
    """
    m = _after().match(text, end)
    return m.lastgroup if m else None
