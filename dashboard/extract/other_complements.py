"""The countries another flow or amount of the sentence governs, when this one governs its own:
no side of this one's frame ("Exports to China and imports from Russia amounted to ...", "Japan
invested $3 bn in Kazakhstan and $1.2 bn in Uzbekistan")."""

from __future__ import annotations

import re

from dashboard.extract.countries import CountryMention
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity

# A country right after a flow's noun or verb, governed by its preposition: "exports to China".
_DIRECT_COMPLEMENT = re.compile(r"\s(?:to|from|into|in|with)\s(?:the\s)?")


def other_heads_countries(t: TriggerMention, s: SentenceParts) -> frozenset[int]:
    """The countries another flow of the sentence governs, when this one governs its own: in
    "Exports to China and imports from Russia amounted to $1.2 bn and $3.4 bn, respectively" or
    "Exports to China amounted to $1.2 bn and imports from Russia to $3.4 bn", Russia is the
    imports' partner and no side of the exports, whatever country the discourse gives them."""
    if len(s.triggers) < 2:
        return frozenset()
    own = {c.code for c in _complements(t, s)}
    if not own:
        return frozenset()
    return frozenset(c.start for x in s.triggers if x.start != t.start for c in _complements(x, s) if c.code not in own)


def _complements(x: TriggerMention, s: SentenceParts) -> list[CountryMention]:
    return [c for c in s.countries if c.code and c.start > x.end and _DIRECT_COMPLEMENT.fullmatch(s.text, x.end, c.start)]


# A country right after an amount, governed by the flow's preposition: "$1.2 bn in Uzbekistan".
_AMOUNT_COMPLEMENT = re.compile(r"\s(?:to|from|into|in)\s(?:the\s)?")


def other_amounts_countries(q: Quantity, s: SentenceParts) -> frozenset[int]:
    """The countries right after another amount, when one is right after this one: in "Japan
    invested $3 bn in Kazakhstan and $1.2 bn in Uzbekistan" each amount has its own host."""
    own = _after_amount(q, s)
    if own is None or len(s.quantities) < 2:
        return frozenset()
    return frozenset(c.start for y in s.quantities if y is not q for c in [_after_amount(y, s)] if c is not None and c.code != own.code)


def _after_amount(y: Quantity, s: SentenceParts) -> CountryMention | None:
    return next((c for c in s.countries if c.code and c.start > y.end and _AMOUNT_COMPLEMENT.fullmatch(s.text, y.end, c.start)), None)
