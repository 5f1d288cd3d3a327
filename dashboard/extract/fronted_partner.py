"""A partner set before a pronoun that stands for the flow told before: "Trade with Kazakhstan
reached $12 bn. With Uzbekistan, it came to $4.2 bn", "For Georgia, it was $300 m". The pronoun
keeps the flow and its fixed country; the fronted partner takes the other's place."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import Discourse
from dashboard.extract.frame_types import Who, directed_who, turnover_who
from dashboard.extract.mentions import SentenceParts

# From the clause's start to the partner: "With ", "and with ", "As for trade with ".
_OPENING = re.compile(r"(?:[,;]\s|\b(?:and|while|but)\s)?(?:as\sfor\s(?:[\w-]+\s)?)?(?P<p>with|for|to|in|into|from)\s(?:the\s)?$", re.I)
# From the partner to the pronoun: "With Uzbekistan, it", "To Russia they".
_BEFORE_PRONOUN = re.compile(r",?\s$")


def fronted_partner(s: SentenceParts, pronoun: int) -> CountryMention | None:
    """The country a preposition governs at the head of the pronoun's clause, right before it."""
    cs = s.clause_of(pronoun)[0]
    before = [c for c in s.countries if c.code and cs <= c.start and c.end <= pronoun]
    if len(before) != 1 or not _BEFORE_PRONOUN.fullmatch(s.text, before[0].end, pronoun):
        return None
    c = before[0]
    return c if _OPENING.search(s.text, max(cs, c.start - 30), c.start) else None


def with_fronted_partner(who: Who, partner: CountryMention, d: Discourse) -> Who:
    """The flow `who` with the fronted partner in place of the side that is not the fixed one."""
    code = partner.code
    if code in who.pair:
        return who
    keep = next((x for x in (d.last_anchor, d.home, d.reporter, d.last_actor) if x in who.pair), None)
    if keep is None:
        return who
    other = who.pair[1] if who.pair[0] == keep else who.pair[0]
    evidence = (*who.evidence, ("partner", partner.start, partner.end, "fronted-partner"))
    if who.origin is None or who.destination is None:
        turnover = turnover_who(keep, code, list(evidence))
        return who if turnover is None else replace(turnover, anchor=keep)
    swap = {other: code}
    directed = directed_who(swap.get(who.origin, who.origin), swap.get(who.destination, who.destination), list(evidence))
    return who if directed is None else replace(directed, anchor=keep)
