"""The countries of a flow's later parts ("exports were $40 bn, of which $10 bn went to Italy"):
each is its part's, never the whole's, so the whole keeps the side its own words give it."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

_PART_IN = re.compile(r"\sin\s(?:the\s)?")
_NEXT_PART = re.compile(r"(?:,\s(?:and\s)?|\sand\s)$")


def later_parts_countries(q: Quantity, s: SentenceParts, lex: Lexicon) -> frozenset[int]:
    """ "exports were $40 bn, of which $10 bn went to Italy": the country a later part's link
    names is that part's, never the whole's."""
    if "of which" not in s.text and "including" not in s.text:
        return frozenset()  # the free test first: most sentences break nothing down
    found: set[int] = set()
    parts = False  # within a run of parts: "including $700 m in Georgia and $300 m in Turkey"
    for y in s.quantities:
        opened = lex.part_amount_opener.search(s.text, max(0, y.start - 30), y.start) is not None
        parts = y.start > q.end and (opened or (parts and _NEXT_PART.search(s.text, max(0, y.start - 8), y.start) is not None))
        if not parts:
            continue
        c = next((c for c in s.countries if c.code and c.start >= y.end), None)
        if c is not None and (lex.part_link.fullmatch(s.text, y.end, c.start) or _PART_IN.fullmatch(s.text, y.end, c.start)):
            found.add(c.start)  # ("invested $2.1 bn abroad, including $400 m in Kyrgyzstan": the part's host)
    return frozenset(found)
