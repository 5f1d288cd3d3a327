"""A run of labelled amounts flattened from a release's table, whose first item alone carries the
scale and currency: "Russia - 1,234.5 million dollars (23.4%), China - 987.1 (18.2%),
Kazakhstan - 654.3". Each later label's bare number is in the first item's scale and currency,
as the table's column heading once said for all."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dashboard.extract.numbers import parse_number
from dashboard.extract.quantities import Quantity

# A label: a name in capitals of up to four words ("Russia", "the USA", "United Arab Emirates",
# "Republic of Korea"), then the dash or colon a flattened table's row puts before its number.
_LABEL = r"(?:the\s)?(?-i:[A-Z])[\w'’.]*(?:\s(?:of\s)?(?-i:[A-Z])[\w'’.]*){0,3}"
_DASH = r"\s?[-–—:]\s?"
_NUM = r"\d{1,3}(?:[\s\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?|\d(?:[\d.,]*\d)?"
_LABEL_BEFORE = re.compile(rf"(?:^|[\s,;(])\b{_LABEL}{_DASH}$")
# The next row: the previous row's bracket (its share or index), a comma, a semicolon or "and",
# a label and its bare number, which the row's end follows (its bracket, the next row, the end):
# no scale, currency or percent sign of its own.
_NEXT_ROW = re.compile(
    rf"(?:\s?\([^()]{{0,60}}\))?\s?(?:[,;]|\sand)\s{_LABEL}{_DASH}(?P<n>{_NUM})"
    r"(?=\s?(?:\((?!\s?(?:in\s)?(?:USD|US\sdollars?|dollars?)\b)|[,;]|\.(?!\d)|\sand\s|$))"
)
_FIRST_NUMBER = re.compile(_NUM)
_YEAR = re.compile(r"(?:19|20)\d\d")


def label_run_money(text: str, money: list[Quantity]) -> Iterator[Quantity]:
    """The bare numbers of the rows after a labelled amount with a scale, in its scale and currency."""
    if " - " not in text and "–" not in text and "—" not in text and ":" not in text:
        return
    for first in money:
        if not _LABEL_BEFORE.search(text, max(0, first.start - 60), first.start):
            continue
        printed = _FIRST_NUMBER.search(text, first.start, first.end)
        number = parse_number(printed.group(0)) if printed else None
        if not number or first.value / number < 1000:
            continue  # no scale word: "Russia - $1,234" is whole dollars, its bare neighbours may be anything
        scale = first.value / number
        at = first.end
        while (row := _NEXT_ROW.match(text, at)) is not None:
            value = parse_number(row.group("n"))
            if value is None or _YEAR.fullmatch(row.group("n")):
                break
            yield Quantity(row.start("n"), row.end("n"), "money", round(value * scale, 2), first.unit)
            at = row.end()
