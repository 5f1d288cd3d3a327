"""A plan or an expectation told in the passive after its amount: "Investment of $2 bn from China
is planned for 2025", "exports of $1 bn to Turkey are expected this year", "trade worth $1.5 bn is
envisaged for 2026". The words stand before the amount in most news ("is expected to reach"); in
this order the amount is the passive's subject, and the status its participle's."""

from __future__ import annotations

import functools
import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import alternation


@functools.cache
def _passive() -> re.Pattern[str]:
    words = rules_file("phrases.toml")["status_after"]
    # the amount's noun phrase may run on to its partners ("$2 bn between Georgia and Turkey",
    # "$1 bn from Japan to Mongolia", "$3 bn in Chinese investment") before the verb: a few words,
    # no comma, no verb of its own
    return re.compile(
        r"(?:\s(?:of|in|from|to|into|with|by)\s(?:the\s)?[\w'’-]+(?:\s[A-Z][\w'’-]+)?"
        r"|\sbetween\s(?:the\s)?[\w'’-]+(?:\s[A-Z][\w'’-]+)?\sand\s(?:the\s)?[\w'’-]+(?:\s[A-Z][\w'’-]+)?){0,3}"
        # ("against $1.2 bn initially planned": a bare participle after its adverb of the plan's time)
        rf"\s(?:(?:is|are|was|were|has\sbeen|have\sbeen)\s(?:also\s|now\s|currently\s|initially\s|originally\s)?|(?:initially|originally|previously)\s)"
        rf"(?:(?P<forecast>{alternation(words['forecast'])})|(?P<target>{alternation(words['target'])}))\b",
    )


def passive_status(q: Quantity, s: SentenceParts) -> str | None:
    """'forecast' or 'target' when the amount is the subject of a passive of expecting or planning."""
    m = _passive().match(s.text, s.amount_span(q)[1])
    if m is None:
        return None
    return "forecast" if m["forecast"] is not None else "target"
