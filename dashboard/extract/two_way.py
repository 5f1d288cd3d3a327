"""Investment told as the sum of both ways between two countries ("mutual investments of
Kazakhstan and Russia reached $40 bn", "two-way investment", "investments between Uzbekistan and
China"): it has no one direction, so it is no figure a chart of one way can show."""

from __future__ import annotations

import functools
import re

from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import alternation


@functools.cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = rules_file("frames.toml")["two_way"]
    # the word of both ways right before the noun, past "direct" or "capital" ("mutual direct investment")
    before = re.compile(rf"\b(?:{alternation(table['before'])})\s(?:(?:direct|capital)\s)?$", re.IGNORECASE)
    after = re.compile(rf"\s(?:{alternation(table['after'])})\s(?:the\s)?", re.IGNORECASE)
    return before, after


def two_way(t: TriggerMention, s: SentenceParts) -> bool:
    """Whether an investment's noun is told of both ways: a word of both ways before it, or two
    countries after "between" right after it ("investments between 2015 and 2020" are a span)."""
    if t.trigger.lexeme != "invest":
        return False
    before, after = _words()
    if before.search(s.text, max(0, t.start - 24), t.start):
        return True
    m = after.match(s.text, t.end)
    return m is not None and any(c.code and c.start == m.end() for c in s.countries)
