"""An amount in a bracket right after a figure's own, with its own time and nothing else: "- Spain
- $71 m (in 2012: $58 m)", "USD 120 m; (USD 98 m in 2014)". It is the same flow in another
period, the base a list line or a sentence compares with: the figure's frame, the bracket's time."""

from __future__ import annotations

import re

from dashboard.extract.discourse import Discourse
from dashboard.extract.frame_types import Who
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# What a bracket may hold besides its amount and its time: separators and the words that join them.
_FILLER = re.compile(r"(?:[\s:;,.\-–—]|\b(?:in|for|during|against|vs|versus|compared\s(?:to|with))\b)*", re.I)
_GAP = re.compile(r"[\s:;,]*")


def bracketed_base(q: Quantity, s: SentenceParts, d: Discourse) -> Who | None:
    """The last figure's frame, for an amount bracketed with its own time right after that
    figure's amount (a time may stand between them); None where the bracket holds anything else
    (a country, a flow noun, a conversion with no time of its own)."""
    last = d.last
    if last is None or not d.last_in_sentence or q.kind != "money" or last.unit != q.unit:
        return None
    opening, closing = s.text.rfind("(", 0, q.start), s.text.find(")", q.end)
    if opening < 0 or closing < 0 or ")" in s.text[opening : q.start] or "(" in s.text[q.end : closing]:
        return None
    inside = [r for r in s.times if opening < r.start and r.end <= closing]
    if not inside or any(c.start > opening and c.end <= closing for c in s.countries):
        return None
    residue = _blanked(s.text, opening + 1, closing, [(q.start, q.end), *((r.start, r.end) for r in inside)])
    if not _FILLER.fullmatch(residue):
        return None
    prev = next((x for x in reversed(s.quantities) if x.end <= opening), None)
    if prev is None or prev.value != last.value or prev.unit != q.unit:
        return None
    between = [(r.start, r.end) for r in s.times if prev.end <= r.start and r.end <= opening]
    if not _GAP.fullmatch(_blanked(s.text, prev.end, opening, between)):
        return None
    evidence = (("pair", -1, -1, "discourse:bracketed-base"),)
    return Who((last.country_a, last.country_b), last.flow_from, last.flow_to, evidence)


def _blanked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for a, b in spans:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)
