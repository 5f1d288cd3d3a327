"""Where the phrase of one flow begins in a clause that coordinates several, so a country
governed in an earlier conjunct ("imported ... from Laos and exported ...") is not this one's."""

from __future__ import annotations

import re

from dashboard.extract.frame_trigger import NOUN_AFTER_AMOUNT
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity


def own_phrase_start(q: Quantity, t: TriggerMention, s: SentenceParts, cs: int) -> int:
    """Where a coordinated verb phrase begins: "France imported goods worth €10 m from Laos and
    exported €90 m to it" - the second verb shares the subject, never the first one's "from".
    It begins at the end of the last amount before this trigger that an earlier trigger of the
    clause governs; 0 when there is none (a single phrase)."""
    if q.start < t.start:
        return _named_after_start(q, t, s, cs)
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


_COORDINATOR = re.compile(r"\b(?:and|while|whereas|but)\b|[,;]")


def _named_after_start(q: Quantity, t: TriggerMention, s: SentenceParts, cs: int) -> int:
    """ "$90 m of exports from Latvia and $310 m in imports": an amount whose flow the noun after
    it names begins its own phrase at the coordinator after the amount before it, so the other
    conjunct's "from" is not its own; 0 where no flow of the clause comes before."""
    if not NOUN_AFTER_AMOUNT.fullmatch(s.text, s.amount_span(q)[1], t.start):
        return 0
    if not any(cs <= x.start and x.end <= q.start for x in s.triggers):
        return 0
    own = [y for y in s.quantities if cs <= y.start and y.end <= q.start]
    if not own:
        return 0
    joins = list(_COORDINATOR.finditer(s.text, own[-1].end, q.start))
    return joins[-1].start() if joins else 0
