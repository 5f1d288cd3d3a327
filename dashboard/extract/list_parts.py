"""A part of a world total just stated ("..., of which China accounted for $402 m"): the whole's
flow with the part's country on the world's side (`frame_who` asks it before a list's conjunct)."""

from __future__ import annotations

from dashboard.contract.schema import Figure
from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import WORLD, Discourse
from dashboard.extract.frame_types import Who, directed_who, turnover_who
from dashboard.extract.mentions import TriggerMention
from dashboard.extract.quantities import Quantity


def part_who(q: Quantity, t: TriggerMention, whole: Quantity, part: CountryMention, d: Discourse) -> Who | None:
    """A part of the whole just stated ("..., of which China accounted for $402 m"): the whole's
    flow with this country on the world's side, the host kept ("FDI into Kyrgyzstan", WLD -> KGZ,
    gives China's part CHN -> KGZ; "the EU gave $90 m, with Georgia receiving $30 m", EUU -> GEO)."""
    head = d.last if d.last_in_sentence else None
    if head is None or abs(head.value - whole.value) > 1e-6 * whole.value:
        return None
    return part_of(head, t, part)


def part_of(head: Figure, t: TriggerMention, part: CountryMention) -> Who | None:
    """The part of a world total `head` that `part` is: its flow, the world's side given to it
    ("Kazakhstan's exports reached $50 bn. China accounted for $15 bn of this amount": KAZ -> CHN)."""
    if head.kind != "level" or head.indicator != t.trigger.indicator:
        return None
    if WORLD not in (head.country_a, head.country_b) or part.code in (head.country_a, head.country_b):
        return None
    evidence = [("conjunct", part.start, part.end, "part"), ("head", -1, -1, "part:whole")]
    swap = {WORLD: part.code}
    a, b = (swap.get(x, x) for x in (head.country_a, head.country_b))
    if head.flow_from is None:
        return turnover_who(a, b, evidence)
    return directed_who(swap.get(head.flow_from, head.flow_from), swap.get(head.flow_to or "", head.flow_to), evidence)
