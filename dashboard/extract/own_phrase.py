"""Where the phrase of an amount's own flow begins in a clause of coordinated verbs: the
countries governed before it are an earlier conjunct's, never this one's ("France imported
goods worth €10 m from Laos and exported €90 m to it", "$6 m in imports from Peru and $34 m
in exports to Peru")."""

from __future__ import annotations

import re

from dashboard.extract.amount_nouns import NOUN_AFTER_AMOUNT
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity

_COORDINATOR = re.compile(r"\b(?:and|while|whereas|but)\b|[,;]")


def own_phrase_start(q: Quantity, t: TriggerMention, s: SentenceParts, cs: int) -> int:
    """Where a coordinated verb phrase begins: the second verb shares the subject, never the
    first one's "from". It begins at the end of the last amount before this trigger that an
    earlier trigger of the clause governs; 0 when there is none (a single phrase)."""
    if q.start < t.start:
        return _noun_phrase_start(q, t, s, cs)
    if t.start <= cs:
        return 0
    earlier = [x for x in s.triggers if cs <= x.start and x.end <= t.start]
    if not earlier:
        return 0
    own = [y for y in s.quantities if earlier[0].end <= y.start and y.end <= t.start]
    if not own:
        return 0
    if all(x.trigger.weak for x in earlier) and NOUN_AFTER_AMOUNT.fullmatch(s.text, own[-1].end, t.start):
        return 0  # "Mongolia received $2.1 bn of FDI": the verb's amount is the noun's own, one phrase
    joins = list(_COORDINATOR.finditer(s.text, own[-1].end, t.start))
    return joins[-1].start() if joins else own[-1].end


def _noun_phrase_start(q: Quantity, t: TriggerMention, s: SentenceParts, cs: int) -> int:
    """An amount its flow's noun follows, in a run of such amounts ("$6 m in imports from Peru
    and $34 m in exports to Peru"), begins its phrase at the coordinator after the noun before."""
    if not NOUN_AFTER_AMOUNT.fullmatch(s.text, s.amount_span(q)[1], t.start):
        return 0
    earlier = [x for x in s.triggers if cs <= x.start and x.end <= q.start]
    if not earlier or not any(NOUN_AFTER_AMOUNT.fullmatch(s.text, s.amount_span(y)[1], earlier[-1].start) for y in s.quantities if y.end <= earlier[-1].start):
        return 0
    joins = list(_COORDINATOR.finditer(s.text, earlier[-1].end, q.start))
    return joins[-1].start() if joins else 0
