"""A rate set against its base's amount: "reached $1.5 bn in 2022, or 12% more than $1.3 bn in
2021", "12 percent less than the $1.3 bn of 2021". The comparative after the rate gives its sign,
and its "more than" is no bound of the base, which is the level a year before (or the year it
names), exact as printed."""

from __future__ import annotations

import re

from dashboard.extract.rule_files import rules_file

_WORDS = rules_file("phrases.toml")["rate_than_amount"]
_THAN = r"\sthan\s(?:the\s)?(?:(?:about|around|nearly|almost|some)\s)?"
_AFTER_RATE = re.compile(
    rf"\s?(?:(?P<up>{'|'.join(_WORDS['up'])})|(?P<down>{'|'.join(_WORDS['down'])})){_THAN}(?=[$€£¥]|US\$|USD\s|EUR\s|\d)", re.I
)
_RATE_BEFORE = re.compile(rf"(?:%|\bpercents?|\bper\scent|\bpct|\btimes|fold),?\s?(?:{'|'.join(_WORDS['up'] + _WORDS['down'])}){_THAN}$", re.I)


def sign_against_amount(text: str, rate_end: int) -> int | None:
    """+1 or -1 when the rate ending at `rate_end` is followed by a comparative and an amount."""
    m = _AFTER_RATE.match(text, rate_end)
    return None if m is None else (1 if m.group("up") else -1)


def base_after_rate(text: str, amount_start: int) -> bool:
    """Whether the amount at `amount_start` is the base a rate right before it is measured from."""
    return _RATE_BEFORE.search(text, max(0, amount_start - 60), amount_start) is not None
