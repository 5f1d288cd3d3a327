"""Read a written number ("1,234.5", "1.234,5", "7.9", "four") as a float."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_SPACES = re.compile(r"[\u00a0\u202f\u2009 ]")
# More digits than any amount news prints (a float holds 15 exactly): a code, or junk.
MAX_SIGNIFICANT_DIGITS = 15


def parse_number(raw: str) -> float | None:
    """The value of a number as news prints it, English or continental; None if unreadable.

    A comma followed by exactly three digits groups thousands; otherwise it is a decimal
    comma. A dot is a decimal point unless it repeats or a decimal comma follows.

    >>> [parse_number(s) for s in ("7.9", "1,234.5", "1.234,5", "228,1", "500,000", "1.234.567")]
    [7.9, 1234.5, 1234.5, 228.1, 500000.0, 1234567.0]
    >>> parse_number("four"), parse_number("1\\u00a0200"), parse_number("1,2,3")
    (4.0, 1200.0, None)
    >>> parse_number("1,234,567,890,123,456.5"), parse_number("0.000123456789012345")
    (None, 0.000123456789012345)
    >>> parse_number("0,592")
    0.592
    """
    s = raw.strip().lower()
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s])
    s = _SPACES.sub("", s)
    if not s or not s[0].isdigit():
        return None
    if "," in s and "." in s:
        # Whichever comes last is the decimal mark.
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        groups = s.split(",")
        # A lone zero opens no thousands group: "0,592" is a decimal comma.
        if all(len(g) == 3 for g in groups[1:]) and groups[0] != "0":
            s = s.replace(",", "")
        elif len(groups) == 2:
            s = s.replace(",", ".")
        else:
            return None
    elif s.count(".") > 1:
        groups = s.split(".")
        if not all(len(g) == 3 for g in groups[1:]):
            return None
        s = s.replace(".", "")
    if len(s.replace(".", "").lstrip("0")) > MAX_SIGNIFICANT_DIGITS:
        return None
    try:
        return float(s)
    except ValueError:
        return None
