"""A list's member told after its amount, as the head's trigger told its own: "trade with Russia
came to $240 m, $50 m (down 30%) with Ukraine and $1 m with Belarus"."""

from __future__ import annotations

import re

from dashboard.extract.countries import CountryMention
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# From a list's later amount to its country told after it, as the head's trigger told its own
# ("trade with Russia came to $240 m, $50 m (down 30%) with Ukraine and $1 m with Belarus").
_MEMBER_AFTER = re.compile(r"\s?(?:\([^()]{0,60}\)\s?)?(?P<p>with|to|from)\s(?:the\s)?$")
_MEMBER_END = re.compile(r"\s?(?:[,;.)]|\s?\(|\sand\b|\s?$)")


def member_after(q: Quantity, s: SentenceParts) -> CountryMention | None:
    """The country a list binds to an amount before it: a later amount of the sentence (an earlier
    one heads the list), its preposition the one the head's trigger governs its own country with,
    the country closing the member ("..., $50 m with Ukraine, and ...")."""
    c = next((c for c in s.countries if c.start >= q.end), None)
    m = _MEMBER_AFTER.fullmatch(s.text, q.end, c.start) if c is not None and c.code else None
    if c is None or m is None or not _MEMBER_END.match(s.text, c.end):
        return None
    heads = [y for y in s.quantities if y.kind == "money" and y.end <= q.start]
    if not heads:
        return None
    # (the head's trigger may hold its preposition: "trade with")
    governs = re.compile(rf"(?:\s{m.group('p')})?\s(?:the\s)?")
    head_governs = any(
        governs.fullmatch(s.text, t.end, x.start) and (t.text.lower().endswith(m.group("p")) or s.text[t.end : x.start].strip())
        for t in s.triggers for x in s.countries if x.code and t.end <= x.start < heads[-1].start
    )  # fmt: skip
    return c if head_governs else None
