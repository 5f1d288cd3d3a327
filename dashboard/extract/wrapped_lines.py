"""A text that an archive hard-wrapped at a fixed width: its line breaks inside a paragraph are
spaces, not sentence ends."""

from __future__ import annotations

import re
from itertools import pairwise

# A wrapped line is cut at a space wherever the width ran out, so it ends on a word with no
# sentence mark, and its paragraph goes on in small letters on the next line ("totaled $1.2" /
# "mln in January"). Prose that breaks its lines only at sentences and headings does not do that
# twice: those breaks (a heading, a byline, a table's row) stay sentence ends.
_EVIDENCE = 2
_SHORTEST = 40  # a wrapped line fills most of its width; a heading or a byline does not
_FULL = 0.75  # of the widest wrapped line: a shorter line closes its paragraph
_CLOSED = re.compile(r"[.!?:;\"”’)]\s*$")


def unwrap(text: str) -> str:
    """The text with each break inside a wrapped paragraph made a space: the same length, so every
    offset into it is an offset into the text.

    >>> unwrap("Trade between Azerbaijan and Georgia totaled $1.2\\nbillion in 2023, the office of\\n"
    ...        "statistics has reported, and exports grew to\\nthree countries of the region in\\n"
    ...        "the same months.\\nA new line.")[:60]
    'Trade between Azerbaijan and Georgia totaled $1.2 billion in'
    >>> unwrap("Heading\\nTrade rose.\\nIt fell.") == "Heading\\nTrade rose.\\nIt fell."
    True
    """
    lines = text.split("\n")
    wrapped = [len(a) for a, b in pairwise(lines) if _wrap(a, b)]
    if len(wrapped) < _EVIDENCE:
        return text
    full = _FULL * max(wrapped)
    out = []
    for a, b in pairwise(lines):
        out.append(a)
        joined = a.strip() and b.strip() and len(a) >= full and not _CLOSED.search(a)
        out.append(" " if joined else "\n")
    out.append(lines[-1])
    return "".join(out)


def _wrap(line: str, after: str) -> bool:
    return len(line) >= _SHORTEST and after[:1].islower() and not _CLOSED.search(line)
