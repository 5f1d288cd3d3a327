"""Hard-wrapped copy: prose that a wire or an aggregator broke into lines of about seventy
characters, where a line break is no sentence end ("... between the two\\ncountries reached").

A line break ends a sentence elsewhere (headlines, lists, tables), so only a text that reads
as wrapped is joined: most of its breaks between two lines of text fall after a long line with
no closing mark, which a headline or a list line seldom is and a wrapped paragraph nearly always.
"""

from __future__ import annotations

import re
from itertools import pairwise

# A line a sentence, a clause or a heading ends: wrapping cuts between words, not after these.
_CLOSED = re.compile(r"[.!?:;][\"'”’)\]]*\s*$")
# A table's row (columns set off by a bar, a tab or a run of spaces) or a list's item is a line
# of its own, however long.
_COLUMNS = re.compile(r"\S?\s*\||\S(?:\t| {2,})\S")
_ITEM = re.compile(r"\s*[-–—•*·]")
_MIN_WRAPPED = 40  # a wrapped line fills most of its width; a short one closes a paragraph
_MIN_BREAKS = 3  # one or two such breaks are headlines, not a wrapped text
_SHARE = 0.5  # of the breaks between two lines of text, the part that must read as wraps


def _wraps(lines: list[str]) -> tuple[list[int], int]:
    """The lines whose break reads as a wrap, and how many breaks join two lines of text."""
    wraps: list[int] = []
    between = 0
    for i, (line, after) in enumerate(pairwise(lines)):
        if not line.strip() or not after.strip():
            continue
        between += 1
        if len(line) >= _MIN_WRAPPED and not _CLOSED.search(line) and not _COLUMNS.search(line) and not _ITEM.match(after):
            wraps.append(i)
    return wraps, between


def unwrapped(text: str) -> str:
    """`text` with the line breaks of its wrapping read as spaces (same length, same offsets).

    >>> unwrapped("In 2022, the trade turnover between the two\\ncountries reached a record, increasing by 37\\n"
    ...           "percent year-on-year, while exports of grain and\\nfertiliser rose fastest.")
    'In 2022, the trade turnover between the two countries reached a record, increasing by 37 percent year-on-year, while exports of grain and fertiliser rose fastest.'
    >>> unwrapped("Country      Exports      Imports      Turnover\\nItaly        1 210.3      101.5        1 311.8\\n"
    ...           "Turkey       352.6        420.2        772.8\\nAll countries  4 102.0    2 380.4      6 482.4")[:60]
    'Country      Exports      Imports      Turnover\\nItaly       '
    >>> unwrapped("Trade rises between the two countries\\nBAKU, May 5. Trade rose.")
    'Trade rises between the two countries\\nBAKU, May 5. Trade rose.'
    """
    if text.count("\n") < _MIN_BREAKS:
        return text
    lines = text.split("\n")
    wraps, between = _wraps(lines)
    if len(wraps) < _MIN_BREAKS or len(wraps) < _SHARE * between:
        return text
    chars = list(text)
    at = -1
    breaks: list[int] = []
    for _ in lines[:-1]:
        at = text.index("\n", at + 1)
        breaks.append(at)
    for i in wraps:
        chars[breaks[i]] = " "
    return "".join(chars)
