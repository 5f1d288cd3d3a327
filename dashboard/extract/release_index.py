"""Indexes of a base as the statistics releases of the CIS print them, with no growth word: an
index after an amount and ", or" with its base period ("$2.1 bn, or 98.7% compared to the
corresponding period of 2022") and a bracket's bare number under its base ("(in % to
January-March 2022 - 87.4)"). Both are growth rates of 100 less (the words: `[release_index]` of
`rules/readings.toml`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from re import Pattern

from dashboard.extract.numbers import parse_number
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import alternation

_NUM = r"\d{1,3}(?:[.,]\d{1,2})?"
# (the amount's time may stand between: "$664.2 million in 2019, or 87.4% compared with 2018")
_OR_AFTER_AMOUNT = re.compile(r"(?:\s(?:in|for|during|over)\s[^,;%$()]{1,40}?)?,\s?or\s$")


@functools.cache
def _bracket_opening() -> Pattern[str]:
    return re.compile(rf"\s?(?:{alternation(rules_file('readings.toml')['release_index']['bracket'])})", re.I)


def opens_index_bracket(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the opening of an index's bracket: " (in % to 2022 - "."""
    return _bracket_opening().fullmatch(text, start, end) is not None


@functools.cache
def _patterns() -> tuple[Pattern[str], Pattern[str]]:
    words = rules_file("readings.toml")["release_index"]
    or_base = re.compile(rf"\s(?:{alternation(words['or_base'])})", re.I)
    # (the bracket closes right after the number: "- 87.4)" is the index, "- 87.4 million)" is none)
    bracket = re.compile(rf"(?:{alternation(words['bracket'])})(?P<n>{_NUM})(?=\s?\))", re.I)
    return or_base, bracket


def bracket_indexes(text: str) -> Iterator[Quantity]:
    """The bare numbers closing a bracket that names their base, as percentages: "(in % to 2022 - 87.4)"."""
    if "(" not in text or ("%" not in text and "cent" not in text):
        return
    for m in _patterns()[1].finditer(text):
        number = parse_number(m.group("n"))
        if number is not None:
            yield Quantity(m.start("n"), m.end("n"), "percent", number, "percent")


def release_index(q: Quantity, text: str, quantities: tuple[Quantity, ...]) -> str | None:
    """How a percentage is an index of its base: "bracket", one of `bracket_indexes`; "or", one
    after an amount and ", or" with the base period right after it (an index only where no verb
    of change governs it: "grew to $2 bn, or 12% compared to 2022" is a growth, the caller's to
    ask); None when it is none."""
    if q.kind != "percent" or q.sign or q.growth_word:
        return None
    or_base, bracket = _patterns()
    if any(m.start("n") == q.start for m in bracket.finditer(text, max(0, q.start - 90), q.end + 2)):
        return "bracket"
    after_amount = any(x.kind == "money" and _OR_AFTER_AMOUNT.fullmatch(text, x.end, q.start) for x in quantities)
    return "or" if after_amount and or_base.match(text, q.end) is not None else None
