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
    if clause != s.clause_of(q.start) and not _labels(s, clause, q):
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


# A release's label and its value: "foreign trade turnover in 2022: $10.2 bn", "... – $10.2 bn".
_LABEL_SIGN = re.compile(r"\s*(?::|[-–—])\s*")


def _labels(s: SentenceParts, clause: tuple[int, int], q: Quantity) -> bool:
    """The amount stands right after the colon or dash that ends the trigger's clause: the value
    of the label that clause is, not a clause of its own."""
    return s.clause_of(q.start)[0] == clause[1] and _LABEL_SIGN.fullmatch(s.text, clause[1], q.start) is not None
