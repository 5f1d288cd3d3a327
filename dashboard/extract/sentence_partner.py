"""Another country of the sentence as the open side of a flow (the [open_slot] filler
"sentence"): not one that gives in a clause of its own, nor the partner of an earlier clause's own
amount, nor, under a word of a total ("total imports"), the owner of another clause's own flow
("Azerbaijan's total imports amounted to $12.9 bn, while Iran's total exports reached $21.4 bn":
each is its owner's total with the world, the conventions' "total" saying so)."""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.extract.frame_coordination import fellow_givers
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.world_cue import is_world

GIVING_LEXEMES = ("aid", "invest")


def sentence_partner(
    known: str, q: Quantity, t: TriggerMention, s: SentenceParts, codes: Sequence[str], origin_open: bool, lex: Lexicon
) -> str | None:
    """The first of the sentence's `codes` that can be the other side of `known`'s flow."""
    givers = fellow_givers(known, q, s, lex) if not origin_open and t.trigger.lexeme in GIVING_LEXEMES else set()
    totals = is_world(t, s, lex, q, lex.world_weak)
    others = [
        c for c in codes
        if c != known and c not in givers and not _partner_of_earlier_amount(known, q, t, s, c) and not (totals and _owns_other_clause(c, q, t, s))
    ]  # fmt: skip
    return others[0] if others else None


def _partner_of_earlier_amount(known: str, q: Quantity, t: TriggerMention, s: SentenceParts, code: str) -> bool:
    """ "Exports to Georgia grew to $500 m, and imports from Ukraine amounted to $400 m": a
    partner named only in an earlier clause that has its own amount is that amount's, and no
    side of this one's (an owner, "Azerbaijan's exports", still may be)."""
    own = s.clause_of(t.start)[0]
    if not any(c.code == known and s.clause_of(c.start)[0] == own and s.preposition(c, own) in ("to", "into", "from", "with") for c in s.countries):
        return False  # "..., while imports fell 3.8%": a clause with no partner of its own shares the earlier one
    mentions = [c for c in s.countries if c.code == code]
    for c in mentions:
        cs, ce = s.clause_of(c.start)
        if ce > own or c.possessive or c.adjective or s.preposition(c, cs) not in ("to", "into", "from", "with"):
            return False
        if not any(y is not q and cs <= y.start < ce for y in s.quantities):
            return False
    return bool(mentions)


def _owns_other_clause(code: str, q: Quantity, t: TriggerMention, s: SentenceParts) -> bool:
    """Whether every mention of `code` owns ("Iran's", "Iranian") the flow of another clause than
    the trigger's, one with an amount of its own."""
    own = s.clause_of(t.start)
    mentions = [c for c in s.countries if c.code == code]
    for c in mentions:
        clause = s.clause_of(c.start)
        if clause == own or not (c.possessive or c.adjective) or not any(y is not q and clause[0] <= y.start < clause[1] for y in s.quantities):
            return False
    return bool(mentions)
