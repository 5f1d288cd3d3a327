"""An amount a blocker noun owns: "a positive balance of $1.1 bn was formed in foreign trade",
"a debt of some $40 m to China". The amount is that noun's value; a flow named after it is only
where the value arose, so the amount is no figure of the flow (`frame_trigger`)."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# Between a blocker noun and the amount it owns: "a positive balance of $1.1 bn", "a debt of some $40 m".
_OF_AMOUNT = re.compile(r"\s(?:of|totall?ing|amounting\sto)\s(?:(?:about|some|around|nearly|almost|over|more\sthan|only|just)\s)?", re.I)


def blocker_owns(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """The amount is the value of a blocker noun right before it, so a flow named after it
    ("a positive balance of $1.1 bn was formed in foreign trade") is only where that value arose."""
    start = s.amount_span(q)[0]
    last = None
    for last in lex.blockers.finditer(s.text, max(0, start - 40), start):  # noqa: B007 - the last one counts
        pass
    return last is not None and _OF_AMOUNT.fullmatch(s.text, last.end(), start) is not None
