"""Two parties that sign an agreement on a loan or grant no word gives to either: "Tajikistan
signed an agreement with Germany on a grant of $2.3 m", "Mongolia and China signed a $165 m loan
agreement". Signing is done by both sides, so its subject is no giver; the donor of the two (a
country of `[donors]` in `rules/countries.toml`) gives, and the other receives."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity

# A verb both parties do, before the amount: "signed", "concluded", "exchanged notes on".
_SIGNING = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|conclud(?:ed|es|ing)|exchang(?:ed|es|ing)\snotes|finali[sz]ed|initial(?:l)?ed|reached\san\sagreement)\b", re.I
)
# The words that name who gives or who receives, which signing leaves to the donor list only
# when none of them is there: "to", "for", an object, "from", "by", an agency, an owner.
_TOLD_ROLES = frozenset({"role:to", "role:for", "role:in", "role:into", "role:object", "role:none_before_amount", "role:from", "role:by", "role:agency"})


def signs(s: SentenceParts, start: int, end: int) -> bool:
    """Whether the words between tell an agreement signed: its parties sign, neither gives."""
    return _SIGNING.search(s.text, start, end) is not None


def signed(q: Quantity, t: TriggerMention, s: SentenceParts) -> bool:
    """Whether the amount's clause tells an agreement signed, before its amount."""
    if t.trigger.lexeme != "aid" or q.kind != "money":
        return False
    cs = s.clause_of(min(q.start, t.start) if t.end else q.start)[0]
    return _SIGNING.search(s.text, cs, s.amount_span(q)[0]) is not None


def signed_direction(
    q: Quantity, t: TriggerMention, s: SentenceParts, origin: str | None, destination: str | None,
    evidence: list[tuple[str, int, int, str]], lex: Lexicon,
) -> tuple[str | None, str | None]:
    """The donor first, when the two parties of a signed loan or grant are told by signing alone
    and exactly one of them is a donor; else the order read."""
    if origin is None or destination is None or (origin in lex.donors) == (destination in lex.donors) or not signed(q, t, s):
        return origin, destination
    if any(rule in _TOLD_ROLES for _, _, _, rule in evidence):
        return origin, destination
    owners = [c for c in s.countries if c.code == origin and (c.adjective or c.possessive) and c.start < q.start]
    if owners:
        return origin, destination  # "a Japanese ODA loan": the owner gives
    return (origin, destination) if origin in lex.donors else (destination, origin)
