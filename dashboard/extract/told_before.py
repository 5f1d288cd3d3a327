"""What the figure just told says of an amount read after it: a whole it cannot exceed, a
partner's flow it outgrows, a total with a group rather than the world (`frame_from_slots`)."""

from __future__ import annotations

from dashboard.contract.schema import AGGREGATES, Figure
from dashboard.extract.discourse import WORLD, Discourse
from dashboard.extract.quantities import Quantity


def larger_than_partner_flow(q: Quantity, last: Figure, lead: Figure | None) -> bool:
    """Whether an amount exceeds a partner's export or import just told, in an article led by
    its home's total with the world: no flow of that partner, the total again."""
    return (
        lead is not None and WORLD in (lead.country_a, lead.country_b) and lead.indicator != "trade_turnover"
        and last.indicator == "exports" and last.kind == "level" and WORLD not in (last.country_a, last.country_b)
        and q.kind == "money" and q.unit == last.unit and q.value > last.value
    )


def turnover_past_world_part(lexeme: str, last: Figure, d: Discourse) -> bool:
    """ "Of its supplies, non-oil goods made up $317 m. In 2016, the turnover was $1.81 bn": a
    turnover is no breakdown of a one-way world flow, and in a story of a pair that opened with
    no home's total it is the pair's."""
    return lexeme == "turnover" and last.indicator != "trade_turnover" and d.pair is not None and d.reporter is None and not d.last_in_sentence


def larger_than_turnover(q: Quantity, last: Figure) -> bool:
    """Whether an amount exceeds the turnover just told, in its currency: no part of it."""
    return last.indicator == "trade_turnover" and last.kind == "level" and q.kind == "money" and q.unit == last.unit and q.value > last.value


def group_trade_of(home: str, last: Figure) -> bool:
    """Whether the figure before is the home's trade with a group ("with the EU"), not the world's."""
    pair = (last.country_a, last.country_b)
    return last.indicator == "trade_turnover" and home in pair and any(c in AGGREGATES and c != WORLD for c in pair)
