"""A change's two ends with one scale: "rose from $1.1 to $1.5 billion", "increased from 1.1 to
1.5 billion dollars", "from $540 to $612 million". The number after "from" shares the scale and
the currency of the amount after "to", and is the base's level, not a sum of dollars."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.numbers import parse_number
from dashboard.extract.quantities import Quantity

_FROM_NUMBER = re.compile(r"\bfrom\s(?P<sign>(?:[$€£¥]|US\$)\s?)?(?P<n>\d(?:[\d.,]*\d)?)\sto\s(?:about\s|some\s|nearly\s|almost\s|over\s)?", re.I)
_SCALE_IN = re.compile(r"\d\s?(?P<s>trillion|billion|million|thousand|trln|bln|mln|bn|mn)\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")


def find_from_to_scaled(text: str, money: list[Quantity], lex: Lexicon) -> Iterator[Quantity]:
    """The number after "from" that the amount after "to" gives its scale and currency; an
    unscaled "$1.1" read on its own is read again, with the scale."""
    if "from" not in text:
        return
    for m in _FROM_NUMBER.finditer(text):
        if _YEAR.fullmatch(m.group("n")):
            continue  # "from 2021 to $1.5 bn"
        to = next((q for q in money if q.start in (m.end(), m.end() - 1) or (q.start > m.end() and not text[m.end() : q.start].strip("$€£¥ "))), None)
        scale = _SCALE_IN.search(text, to.start, to.end) if to is not None else None
        number = parse_number(m.group("n"))
        if to is None or scale is None or number is None:
            continue
        yield Quantity(m.start("sign") if m.group("sign") else m.start("n"), m.end("n"), "money",
                       round(number * lex.scales[scale.group("s").lower()], 2), to.unit)  # fmt: skip
