"""Whether a later trigger is the verb of an amount's own noun, not a new flow: its countries are
that noun's ("a loan of $50 m was granted to Mongolia by South Korea", "$3 bn in grants received
directly from Germany"), so the frame's window reaches past it."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity

# Between an amount and the passive verb of its own noun: "a loan of $50 m was granted to Mongolia";
# past the amount's own tail, its scale's abbreviating dot or a bound said after it ("a loan of
# $450 mln. will be provided", "a grant of $2 m or more was given", "$1.2 bn approximately").
_AMOUNT_PASSIVE_GAP = re.compile(
    r"\.?(?:\s(?:or\s(?:more|less|so|thereabouts)|approximately|plus))?\s(?:(?:will|would|shall|has|have|had)\s)?(?:be|been|is|are|was|were)\s"
)

# Between an amount and its own noun right after it: "a $5 m grant", "a €20 m budget support loan".
_NOUN_RIGHT_AFTER = re.compile(r"[\s-](?:[a-z]+\s){0,2}")

# Between an amount and its noun named after it: "$3 bn in grants", "$40 m of loans".
_AMOUNT_IN_NOUN = re.compile(r"\s(?:in|of)\s(?:[a-z-]+\s)?")


# An amount restated as a share of its whole right after it: ", or 18.5 percent of all".
_SHARE_RESTATED = re.compile(r"\bor\s(?:about\s|some\s|nearly\s|almost\s)?\d+(?:[.,]\d+)?\s?(?:%|percent|per\scent|pct)\sof\s(?:the\s)?(?:total\s|all\s|overall\s)?(?:[a-z-]+\s)?$")


def own_passive_verb(q: Quantity, t: TriggerMention, x: TriggerMention, s: SentenceParts) -> bool:
    """Whether a later trigger is the passive verb of the amount's own noun, whose countries
    ("to Mongolia by South Korea") are that noun's, not a new flow's: "a loan of $50 m was
    granted", "a $5 m grant was provided", past a conversion ("a grant of €2 m ($2.2 m) will be");
    or a participle right after the noun, a reduced relative clause with no verb of its own
    ("$3 bn in grants received directly from the US", "$40 m of loans provided by Japan"); or the
    whole of a share that restates the amount ("$465 m of investments, or 24.6% of total investments")."""
    if x.trigger.lexeme != t.trigger.lexeme:
        return False
    start, end = s.amount_span(q)
    if _SHARE_RESTATED.search(s.text, max(end, x.start - 50), x.start) and not any(end <= c.start < x.start for c in s.countries):
        return True  # "$465 m of investments, or 24.6% of total investments in Georgia": the same flow, as a share
    if t.end <= start:
        phrase_end = end
    elif end <= t.start and _NOUN_RIGHT_AFTER.fullmatch(s.text, end, t.start):
        phrase_end = t.end
        if _AMOUNT_IN_NOUN.fullmatch(s.text, end, t.start) and s.text[t.end : x.start] == " " and x.text.endswith("ed"):
            return True  # the participle follows its noun at once: no auxiliary, no clause of its own
    else:
        return False
    return bool(_AMOUNT_PASSIVE_GAP.fullmatch(s.text, phrase_end, x.start))
