"""A text that an archive or a wire hard-wrapped: its line breaks inside a sentence are spaces,
not sentence ends."""

from __future__ import annotations

import re
from itertools import pairwise
from re import Pattern

# A wrapped line is cut at a space wherever the width ran out, so it ends on a word with no
# sentence mark, and its paragraph goes on in small letters on the next line ("totaled $1.2" /
# "mln in January"). Prose that breaks its lines only at sentences and headings does not do that
# twice: those breaks (a heading, a byline, a table's row) stay sentence ends.
_EVIDENCE = 2
_SHORTEST = 40  # a wrapped line fills most of its width; a heading or a byline does not
_FULL = 0.75  # of the widest wrapped line: a shorter line closes its paragraph
_CLOSED = re.compile(r"[.!?;\"”’)]\s*$")  # not ":", which a wrapped clause goes on after
# A list's item opens with its mark after a line that opens the list (":") or is an item too; a
# dash after a line that goes on is the sentence's ("followed by Ukraine\n- $245.9 m", "the
# turnover\n— $14.6 bn").
_ITEM = re.compile(r"\s*[-–•*·]\s")
# A table's row (columns set off by a bar, a tab or a run of spaces) is a line of its own.
_COLUMNS = re.compile(r"\S?\s*\||\S(?:\t| {2,})\S")
# Where one break alone shows a sentence going on: a next line that opens with a small letter ("an
# increase of 9 percent\nin the first half", "$1.2\nbillion", "10.37 billion U.S.\ndollars"): no
# sentence or heading does, and a list's item only after the colon that opens the list.


def unwrap(text: str, open_end: Pattern[str] | None = None) -> str:
    """The text with each break inside a wrapped sentence made a space: the same length, so every
    offset into it is an offset into the text. `open_end` matches a line's last word that no
    sentence ends in ("between", "of"): a break after it is always a wrap.

    >>> unwrap("Trade between Azerbaijan and Georgia totaled $1.2\\nbillion in 2023, the office of\\n"
    ...        "statistics has reported, and exports grew to\\nthree countries of the region in\\n"
    ...        "the same months.\\nA new line.")[:60]
    'Trade between Azerbaijan and Georgia totaled $1.2 billion in'
    >>> unwrap("Heading\\nTrade rose.\\nIt fell.") == "Heading\\nTrade rose.\\nIt fell."
    True
    >>> unwrap("Trade rose 37 percent\\nin the first half.\\nNew line")
    'Trade rose 37 percent in the first half.\\nNew line'
    >>> unwrap("Trade between\\nChina and Iran rose.", re.compile(r"between$"))
    'Trade between China and Iran rose.'
    >>> unwrap("BAKU Exports in\\n2019 rose.", re.compile(r"\\bin$"))
    'BAKU Exports in 2019 rose.'
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    wrapped = [len(a) for a, b in pairwise(lines) if _wrap(a, b)]
    full = _FULL * max(wrapped) if len(wrapped) >= _EVIDENCE else None
    out = []
    for a, b in pairwise(lines):
        out.append(a)
        whole = full is not None and a.strip() and b.strip() and len(a) >= full and not _CLOSED.search(a) and not _item(a, b) and not _columns(b)
        out.append(" " if whole or _one_break(a, b, open_end) else "\n")
    out.append(lines[-1])
    return "".join(out)


def _columns(line: str) -> bool:
    """Whether `line` is a table's row (`_COLUMNS`): asked of every line twice, and the pattern,
    which may start anywhere, is tried at each position; most lines hold no bar, tab or two
    spaces in a row, which every match does."""
    return ("|" in line or "\t" in line or "  " in line) and _COLUMNS.search(line) is not None


def _item(line: str, after: str) -> bool:
    return bool(_ITEM.match(after)) and (line.rstrip().endswith(":") or bool(_ITEM.match(line)))


def _wrap(line: str, after: str) -> bool:
    return len(line) >= _SHORTEST and after[:1].islower() and not _CLOSED.search(line)


def _one_break(line: str, after: str, open_end: Pattern[str] | None) -> bool:
    if not line or not after or line[-1] == " " or after[0] == " " or _columns(line) or _columns(after):
        return False
    if after[0].islower():
        return not line.endswith(":")  # "partners in 2018:\nthe Netherlands - $X": a list's items

    # a number goes on after such a word too: "ASTANA Jan 22 Kazakhstan's imports in\n2013 rose"
    return open_end is not None and after[0].isalnum() and bool(open_end.search(line))
