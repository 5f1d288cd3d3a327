"""Whether a flow is a country's total with all partners by the words around its trigger
("foreign trade", "total investments", "trade of Armenia with the world"): asked of a frame's
open side (`frame_open_slot`) and of the whole frame (`frame_from_slots`)."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity


def is_world(t: TriggerMention, s: SentenceParts, lex: Lexicon, q: Quantity, cue: re.Pattern[str] | None = None) -> bool:
    """ "foreign trade", "total investments", "trade of Armenia with the world"."""
    clause = s.clause_of(t.start)
    if clause != s.clause_of(q.start):
        return False
    if cue is None and not s.may_hold(lex.world_gate):
        # A trigger from the discourse has words of its own; most triggers hold no cue's word.
        return lex.world_gate.search(t.text) and lex.world.search(t.text) is not None
    cue = cue or lex.world
    cs = clause[0]
    if lex.bilateral_between.match(s.text, t.end + 1, q.start):
        return False  # "foreign trade volume between the nations": the pair's, no world total
    between = cue.search(s.text, t.end, q.start) if t.end <= q.start and q.start - t.end <= 80 else None
    return bool(cue.search(t.text)) or bool(cue.search(s.text, max(cs, t.start - 25), t.start)) or bool(between)
